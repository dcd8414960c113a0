"""Whole articles: repeated mentions are one event, background (old, habitual, known) is marked.

Fixtures in tests/fixtures/events/articles/ are fictional multi-paragraph articles written for truce, each
with the number of reported (asserted, non-background) events per type and the triggers that must be
marked background.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truce.events.article import consolidate, is_background
from truce.records import ActorRef, Event

ARTICLES = sorted((Path(__file__).parent / "fixtures" / "events" / "articles").glob("*.json"))


@pytest.fixture(scope="module")
def pipeline():
    from truce.pipeline import Pipeline

    return Pipeline()


def _reported(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality.asserted and not is_background(e)]


def test_six_fixture_articles() -> None:
    assert len(ARTICLES) >= 6


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_no_double_counting_and_background(pipeline, path: Path) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    events = pipeline.code_text(spec["text"], published=spec["published"]).events
    reported = _reported(events)
    for etype, n in spec["reported"].items():
        assert sum(e.event == etype for e in reported) == n, [(e.event, e.trigger) for e in reported]
    for trig in spec["background_triggers"]:
        hits = [e for e in events if e.trigger == trig and is_background(e)]
        assert hits, f"'{trig}' not marked background"
        assert all(e.modality.asserted for e in hits), "background events happened: never negated/future"


def _ev(start: int, sent: int, event: str = "ASSAULT", **kw) -> Event:
    return Event(id=str(start), article_id="a", event=event, trigger="x", trigger_start=start,
                 sentence_start=sent, **kw)


def test_merge_keeps_first_offsets_and_records_mention() -> None:
    a = _ev(10, 0, date="2027-01-05", date_precision="day", date_text="Tuesday")
    b = _ev(80, 70, mode="aerial", actor=[ActorRef("the air force", country="XYZ", sector="MIL")])
    out = consolidate([a, b], "2027-01-06")
    assert out == [a] and a.trigger_start == 10 and a.mode == "aerial" and a.actor
    assert any("also mentioned at 80" in n for n in a.explanation)


def test_different_explicit_days_stay_apart() -> None:
    a = _ev(10, 0, date="2027-01-04", date_precision="day", date_text="Monday")
    b = _ev(80, 70, date="2027-01-05", date_precision="day", date_text="Tuesday")
    assert len(consolidate([a, b], "2027-01-06")) == 2


def test_a_clock_time_on_the_publication_day_names_no_day() -> None:
    """"Shells hit the district on Sunday evening ... six were killed when artillery shelled it shortly
    after 7 p.m.": the clock time was put on the publication day (Monday), which the text never named,
    so the two mentions are one attack dated Sunday."""
    a = _ev(10, 0, date="2027-01-03", date_precision="day", date_text="Sunday evening")
    b = _ev(80, 70, date="2027-01-04T19:00", date_precision="day", date_text="7 p.m.", date_source="publication")
    out = consolidate([a, b], "2027-01-04")
    assert out == [a] and a.date == "2027-01-03"
    b = _ev(80, 70, date="2027-01-04T19:00", date_precision="day", date_text="Monday 7 p.m.")
    assert len(consolidate([_ev(10, 0, date="2027-01-03", date_precision="day", date_text="Sunday evening"), b],
                           "2027-01-04")) == 2


def test_conflicting_participants_stay_apart() -> None:
    a = _ev(10, 0, actor=[ActorRef("rebels", country="AAA", sector="REB")])
    b = _ev(80, 70, actor=[ActorRef("the police", country="BBB", sector="COP")])
    assert len(consolidate([a, b], "2027-01-06")) == 2


def test_same_sentence_is_left_to_the_sentence_rules() -> None:
    assert len(consolidate([_ev(10, 0), _ev(30, 0)], "2027-01-06")) == 2


def test_old_date_is_background_not_negated() -> None:
    old = _ev(10, 0, date="2026-03-01", date_precision="month", date_text="March 2026")
    fresh = _ev(90, 80, event="AID", date="2027-01-05", date_precision="day", date_text="Tuesday")
    out = consolidate([old, fresh], "2027-01-06")
    assert old.background and "background" not in old.context and old.modality.asserted
    assert not is_background(fresh) and len(out) == 2


def test_evaluation_leaves_background_out_unless_asked(tmp_path: Path, pipeline) -> None:
    from truce.evaluate.events import evaluate_events

    spec = json.loads(ARTICLES[0].read_text(encoding="utf-8"))
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": spec["text"], "date": spec["published"],
                                "events": [{"event": "ASSAULT"}]}) + "\n", encoding="utf-8")
    without = evaluate_events(gold, pipeline)
    with_bg = evaluate_events(gold, pipeline, include_background=True)
    assert without["micro"]["fp"] < with_bg["micro"]["fp"]


def test_negated_speech_verb_leaves_report_unconfirmed(pipeline) -> None:
    text = "Officials could not confirm that rebels had shelled the village."
    events = pipeline.code_text(text, published="2027-01-02").events
    assert [e for e in events if e.event == "ASSAULT"] and not _reported(events)
    said = pipeline.code_text("Officials confirmed that rebels had shelled the village.", published="2027-01-02").events
    assert any(e.event == "ASSAULT" for e in _reported(said))


def test_a_later_mention_with_an_armed_actor_lifts_the_learned_demotion() -> None:
    """'A farmer was shot and wounded ...' alone reads as a crime to the learned model; 'Masked gunmen fired
    at him' tells the same happening with an armed actor, so the merged report is the political reading.
    Another demotion (an accident) is not lifted."""
    a = _ev(10, 0, demoted=True, demoted_reason="learned sense model: political reading unlikely (p=0.03)",
            relevance=0.03)
    b = _ev(80, 70, actor=[ActorRef("Masked gunmen", sector="UAF")], relevance=0.95)
    assert consolidate([a, b], "2027-01-06") == [a]
    assert not a.demoted and a.relevance == 0.95 and a.actor
    c = _ev(10, 0, demoted=True, demoted_reason="an accident: 'accidentally'", relevance=0.1)
    d = _ev(80, 70, actor=[ActorRef("Masked gunmen", sector="UAF")], relevance=0.95)
    consolidate([c, d], "2027-01-06")
    assert c.demoted


def test_a_shooting_told_again_with_gunmen_is_counted(pipeline) -> None:
    text = ("A farmer was shot and wounded in the fields east of Kelby on Monday morning.\n\n"
            "Masked gunmen fired at him from a pickup on the road to Dorvo, the Kelby police said. It was not "
            "clear who fired the shots, and no group has claimed responsibility.")
    events = pipeline.code_text(text, published="2027-01-05T12:00:00Z").events
    kept = [e for e in events if e.event == "ASSAULT" and e.modality.asserted and not e.demoted]
    assert any(e.actor and e.actor[0].text == "Masked gunmen" for e in kept)
    assert all(e.sentence_start == 0 for e in kept if e.actor and e.actor[0].text == "Masked gunmen")


def test_victims_counted_after_a_fight_between_two_parties_are_the_same_event():
    """roles14: a fight coded with the other party as its recipient still absorbs the next sentence's toll."""
    from truce.config import TruceConfig
    from truce.ingest import read_text
    from truce.pipeline import Pipeline

    text = ("Clashes broke out near Malakal on Friday between army troops and militiamen of the White Army, "
            "officials said. At least four soldiers were killed, the officials said.")
    coded = next(iter(Pipeline(TruceConfig()).code_articles([read_text(text)])))
    fights = [e for e in coded.events if e.event == "ASSAULT" and e.counted]
    assert len(fights) == 1
