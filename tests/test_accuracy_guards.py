"""CI guards: accuracy on the shared development gold must not fall below what was measured.

Each floor is the value measured when the stage landed (docs/accuracy.md) minus 0.02. The tests
skip cleanly where ../shared/eval is absent.
"""

from __future__ import annotations

import pytest

from truce.config import TruceConfig
from truce.pipeline import Pipeline

pytestmark = pytest.mark.slow

GEO_RECOGNITION_F1 = 0.898  # exact spans, end to end
GEO_GOLD_SPAN_ACC161 = 0.889  # resolution of the gold spans, distance only (the headline)
GEO_END_TO_END_ACC161 = 0.913  # distance only


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(TruceConfig())


@pytest.fixture(scope="module")
def tr_news(shared_eval):
    return shared_eval / "geo" / "tr_news.jsonl"


def test_geo_recognition_and_end_to_end_resolution(tr_news, pipeline):
    from truce.evaluate.geo import evaluate_geo

    report = evaluate_geo(tr_news, pipeline)["all"]
    assert report["recognition"]["tr-news"]["exact"]["f1"] >= GEO_RECOGNITION_F1 - 0.02
    assert report["resolution_end_to_end_distance_only"]["acc@161km"] >= GEO_END_TO_END_ACC161 - 0.02


def test_geo_resolution_of_gold_spans(tr_news, pipeline):
    from truce.evaluate.geo import evaluate_geo

    report = evaluate_geo(tr_news, pipeline, gold_spans=True)["all"]
    assert report["resolution_gold_spans_distance_only"]["acc@161km"] >= GEO_GOLD_SPAN_ACC161 - 0.02
