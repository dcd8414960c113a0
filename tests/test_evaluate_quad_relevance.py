"""`truce evaluate quad|relevance` on tiny fictional gold files; null gold events are skipped, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truce.evaluate.events import evaluate_events
from truce.evaluate.quad import evaluate_quad, load_quad_gold
from truce.evaluate.relevance import evaluate_relevance
from truce.events.classes import five_way, main_event, sentence_class
from truce.pipeline import Pipeline
from truce.records import Event, Modality


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


QUAD = [
    ("Government troops shelled the rebel-held village of Dorvo on Monday.", 4),
    ("The Norland foreign minister visited Estland on Friday.", 1),
    ("The militia released twelve hostages near the border.", 2),
    ("The interior minister accused the rebels of smuggling arms.", 3),
    ("The weather was mild and the harvest festival drew large crowds.", 0),
]


def test_quad_report_counts_and_splits(tmp_path, pipeline):
    gold = _write(tmp_path / "quad.jsonl", [
        {"id": f"q{i}", "text": t, "events": [], "labels": {"quad": q}} for i, (t, q) in enumerate(QUAD)])
    report = evaluate_quad(gold, pipeline)
    assert report["records"] == 5
    assert report["accuracy"] >= 0.8
    assert sum(sum(row.values()) for row in report["confusion"].values()) == 5
    assert len(load_quad_gold(gold, split="even")) == 3 and len(load_quad_gold(gold, split="odd")) == 2


def test_five_way_table():
    assert [five_way(r) for r in ("01", "02", "04", "07", "08", "10", "16", "14", "19", "20")] == \
        [0, 0, 1, 2, 2, 3, 3, 4, 4, 4]
    assert five_way(None) == 0


def test_main_event_prefers_asserted_main_clause():
    main = Event(id="a", article_id="x", event="ASSAULT", cameo_root="19", clause_depth=1, confidence=0.5)
    wish = Event(id="b", article_id="x", event="CONSULT", cameo_root="04", clause_depth=0, confidence=0.9,
                 modality=Modality(future=True))
    outer = Event(id="c", article_id="x", event="ACCUSE", cameo_root="11", clause_depth=0, confidence=0.4)
    assert main_event([main, wish]) is main
    assert main_event([main, outer, wish]) is outer
    assert sentence_class([]) == 0
    assert sentence_class([wish]) == 1  # announced talks: CAMEO's intent to cooperate, verbal cooperation
    assert sentence_class([main, wish]) == 4


def _unasserted(event: str, root: str, **flags) -> Event:
    return Event(id="u", article_id="x", event=event, cameo_root=root, clause_depth=0, confidence=0.8,
                 modality=Modality(**flags))


def test_announced_refused_and_considered_acts_give_the_cameo_class():
    assert sentence_class([_unasserted("AID", "07", future=True)]) == 1  # will send aid: intent to cooperate
    assert sentence_class([_unasserted("ASSAULT", "19", future=True)]) == 3  # will attack: a threat
    assert sentence_class([_unasserted("ACCUSE", "09", future=True)]) == 3  # will investigate
    assert sentence_class([_unasserted("AGREE", "03", negated=True, cue="failed")]) == 3  # a rejection
    assert sentence_class([_unasserted("AID", "07", negated=True, future=True, cue="refused")]) == 3
    assert sentence_class([_unasserted("AID", "07", negated=True, cue="denied")]) == 0  # a denial: a statement
    assert sentence_class([_unasserted("ASSAULT", "19", negated=True)]) == 0  # did not attack: no event
    assert sentence_class([_unasserted("AID", "07", hypothetical=True)]) == 0  # only considered


def test_relevance_report(tmp_path, pipeline):
    gold = _write(tmp_path / "bbc.jsonl", [
        {"id": "p1", "text": "Rebels attacked an army post near the border and troops shelled their camp.",
         "labels": {"topic": "politics"}},
        {"id": "o1", "text": "The new phone has a larger screen and a faster chip, the company said.",
         "labels": {"topic": "tech"}},
    ])
    report = evaluate_relevance(gold, pipeline)
    assert report["politics"]["stories"] == 1 and report["other"]["stories"] == 1
    assert report["politics"]["share_with_material_conflict"] == 1.0
    assert report["other"]["share_with_material_conflict"] == 0.0


def test_events_gold_with_null_event_is_skipped_with_a_count(tmp_path, pipeline):
    gold = _write(tmp_path / "null.jsonl", [
        {"id": "n1", "text": "Police arrested the editor of the weekly newspaper.", "date": None,
         "events": [{"event": None, "mode": None, "context": [], "actor": [], "recipient": [], "location": None,
                     "event_date": None, "evidence": None}]},
        {"id": "n2", "text": "Police arrested the editor of the weekly newspaper on Friday.", "date": None,
         "events": [{"event": "COERCE", "mode": "arrest", "context": [], "actor": [], "recipient": [],
                     "location": None, "event_date": None, "evidence": None}]},
    ])
    report = evaluate_events(gold, pipeline)
    assert report["skipped_null_events"] == 1
    assert report["per_type"]["COERCE"]["tp"] == 1


def test_cli_quad_and_relevance(tmp_path, cli_run):
    gold = _write(tmp_path / "quad.jsonl", [{"id": "q0", "text": QUAD[0][0], "events": [], "labels": {"quad": 4}}])
    result = cli_run("evaluate", "quad", "--gold", str(gold), "--split", "even")
    assert result.exit_code == 0 and "accuracy: 1.0" in result.output
    bbc = _write(tmp_path / "bbc.jsonl", [{"id": "o", "text": "Shares rose two percent.", "labels": {"topic": "business"}}])
    result = cli_run("evaluate", "relevance", "--gold", str(bbc), "--json")
    assert result.exit_code == 0 and json.loads(result.output)["other"]["stories"] == 1
