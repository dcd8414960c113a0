"""The gold-span actor evaluation runs and reports what it promises (skips without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.evaluate.actors import evaluate_actor_coding, format_actor_report

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "events" / "plover_gsr.jsonl"


@pytest.mark.slow
@pytest.mark.skipif(not GOLD.exists(), reason="shared gold data not present")
def test_actor_evaluation_report():
    report = evaluate_actor_coding(GOLD, limit=60)
    assert report["records"] == 60
    for split in ("all", "even", "odd"):
        for role in ("actor", "recipient"):
            r = report[split][role]
            assert 0.0 <= r["country_accuracy"] <= 1.0 and 0.0 <= r["sector_accuracy"] <= 1.0
            assert r["found"] + r["not_found"] == r["gold"]
    assert report["all"]["actor"]["found"] == report["even"]["actor"]["found"] + report["odd"]["actor"]["found"]
    assert len(report["errors"]) <= 20
    text = format_actor_report(report)
    assert "country" in text and "commonest errors" in text
