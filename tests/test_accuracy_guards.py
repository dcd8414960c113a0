"""CI guards: accuracy on the shared development gold must not fall below what was measured.

Each floor is the value measured when the stage landed (docs/accuracy.md) minus 0.02. The tests
skip cleanly where ../shared/eval is absent.
"""

from __future__ import annotations

import pytest

from truce.config import TruceConfig
from truce.pipeline import Pipeline

pytestmark = pytest.mark.slow

GEO_RECOGNITION_F1 = 0.899  # exact spans, end to end (measured 2026-12-02)
GEO_GOLD_SPAN_ACC161 = 0.903  # resolution of the gold spans, distance only (the headline; measured 2026-12-02, third geo session)
GEO_END_TO_END_ACC161 = 0.927  # distance only (measured 2026-12-02, third geo session)


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


# Events (issue 10): measured on the odd (check) halves and the even (tuning) halves, docs/accuracy.md.
# Second pass (2026-12-02, docs/accuracy.md): quad up; BBC politics events per story down 0.1 (the sense
# model demotes metaphorical attacks/clashes in politics stories); GSR odd down 0.006 (capture of
# territory coded COERCE seize per PLOVER's CAMEO2PLOVER, where the GSR codes FIGHT).
# Third pass (2026-12-02, docs/accuracy.md): claims of responsibility, material cooperation families,
# appeals for hostile acts; quad up, BBC `other` even up 0.002 (still far below the 0.05 target).
# 2026-12-04: raised to the values reached (eval_events.py --cache on main 03f4c73); GSR odd stays at the
# 0.804 measured earlier (now 0.797), so its floor is not lowered.
QUAD_ACCURACY = {"even": 0.924, "odd": 0.860}  # five-way CAMEO class, cameo_quad_train
BBC_OTHER_MATERIAL_SHARE = {"even": 0.023, "odd": 0.025}  # share of non-political stories with material conflict
BBC_POLITICS_EVENTS_PER_STORY = {"even": 4.04, "odd": 3.98}
GSR_PRIMARY_TYPE = {"even": 0.917, "odd": 0.804}


@pytest.mark.parametrize("split", ["even", "odd"])
def test_quad_five_way_accuracy(shared_eval, pipeline, split):
    from truce.evaluate.quad import evaluate_quad

    report = evaluate_quad(shared_eval / "events" / "cameo_quad_train.jsonl", pipeline, split=split)
    assert report["accuracy"] >= QUAD_ACCURACY[split] - 0.02


@pytest.mark.parametrize("split", ["even", "odd"])
def test_relevance_non_political_stories(shared_eval, pipeline, split):
    from truce.evaluate.relevance import evaluate_relevance

    report = evaluate_relevance(shared_eval / "relevance" / "bbc_train.jsonl", pipeline, split=split)
    assert report["other"]["share_with_material_conflict"] <= BBC_OTHER_MATERIAL_SHARE[split] + 0.02
    assert report["politics"]["events_per_story"] >= BBC_POLITICS_EVENTS_PER_STORY[split] - 0.2


@pytest.mark.parametrize("split", ["even", "odd"])
def test_gsr_primary_type_accuracy(shared_eval, pipeline, split):
    from truce.evaluate.events import evaluate_events

    report = evaluate_events(shared_eval / "events" / "plover_gsr.jsonl", pipeline, split=split)
    assert report["primary_type_accuracy"] >= GSR_PRIMARY_TYPE[split] - 0.02
