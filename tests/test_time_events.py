"""EventDater on parsed sentences: attachment to the trigger, defaults, publication dates, the gold set."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from spacy.language import Language

from truce.config import TruceConfig
from truce.records import Article, Event, EventLocation, Modality
from truce.time import EventDater

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "dates_gold.jsonl"


def date_one(nlp: Language, text: str, trigger: str, published: str | None = "2026-03-04",
             future: bool = False, country: str | None = None,
             config: TruceConfig | None = None) -> Event:
    """Parse ``text``, date the article, and date one event on ``trigger``."""
    dater = EventDater(config or TruceConfig())
    doc = nlp(text)
    article = Article(id="a", text=text, published=published,
                      published_source="metadata" if published else "unknown")
    dater.date_article(article, doc)
    m = re.search(rf"\b{re.escape(trigger)}\b", text)
    assert m is not None
    event = Event(id="e", article_id="a", event="ASSAULT", trigger=trigger, trigger_start=m.start(),
                  trigger_end=m.end(), modality=Modality(future=future),
                  location=EventLocation(country=country) if country else None)
    return dater.date_events([event], doc, article)[0]


def test_weekday_attached_to_trigger(nlp: Language) -> None:
    ev = date_one(nlp, "Gunmen attacked a police post on Monday, officials said.", "attacked")
    assert (ev.date, ev.date_precision, ev.date_text) == ("2026-03-02", "day", "Monday")
    assert "attached-to-trigger" in ev.explanation[-1]


def test_future_weekday_is_the_next_one(nlp: Language) -> None:
    ev = date_one(nlp, "Delegations will meet in Geneva on Wednesday.", "meet", future=True)
    assert ev.date == "2026-03-11"


def test_two_dates_each_trigger_gets_its_own(nlp: Language) -> None:
    text = "Gunmen killed two guards on Saturday and burned a school on Sunday."
    assert date_one(nlp, text, "killed").date == "2026-02-28"
    assert date_one(nlp, text, "burned").date == "2026-03-01"


def test_date_of_a_relative_clause_is_not_used(nlp: Language) -> None:
    ev = date_one(nlp, "The militia, which signed the truce on March 1, attacked the town.", "attacked")
    assert (ev.date, ev.date_precision, ev.date_text) == ("2026-03-04", "reported", None)


def test_date_after_temporal_preposition_names_another_event(nlp: Language) -> None:
    ev = date_one(nlp, "Rebels attacked the base after Monday's agreement.", "attacked")
    assert ev.date_precision == "reported"  # Monday is the agreement's day, not the attack's
    counted = date_one(nlp, "Rebels attacked the base two days after Monday's agreement.", "attacked")
    assert (counted.date, counted.date_precision) == ("2026-03-04", "day")  # counted from it (time.after)


def test_reporting_verb_date_gives_reported_precision(nlp: Language) -> None:
    ev = date_one(nlp, "Officials said on Tuesday that militants attacked a checkpoint.", "attacked")
    assert (ev.date, ev.date_precision) == ("2026-03-03", "reported")


def test_local_time_uses_event_country(nlp: Language) -> None:
    ev = date_one(nlp, "Fighting resumed at 23:59 local time on Tuesday.", "resumed", country="LBY")
    assert ev.date == "2026-03-03T23:59+02:00"


def test_local_time_uses_dateline_city(nlp: Language) -> None:
    ev = date_one(nlp, "TRIPOLI (Wire) - Fighting resumed at 23:59 local time on Tuesday.", "resumed")
    assert ev.date == "2026-03-03T23:59+02:00"


def test_time_without_day_is_on_publication_day(nlp: Language) -> None:
    ev = date_one(nlp, "Clashes broke out at 23:59 local time.", "Clashes", country="LBY")
    assert (ev.date, ev.date_precision) == ("2026-03-04T23:59+02:00", "day")


def test_default_is_publication_date_reported(nlp: Language) -> None:
    ev = date_one(nlp, "Police arrested dozens of demonstrators.", "arrested", published="2026-05-20")
    assert (ev.date, ev.date_precision, ev.date_text) == ("2026-05-20", "reported", None)
    assert "publication date" in ev.explanation[-1]


def test_no_publication_date(nlp: Language) -> None:
    ev = date_one(nlp, "Rebels shelled the town on Monday.", "shelled", published=None)
    assert (ev.date, ev.date_precision) == (None, None)
    assert "no publication date" in ev.explanation[-1]


def test_no_publication_date_but_absolute_date(nlp: Language) -> None:
    ev = date_one(nlp, "Troops withdrew on 2 March 2026.", "withdrew", published=None)
    assert (ev.date, ev.date_precision) == ("2026-03-02", "day")


def test_dateline_gives_publication_date_and_is_not_an_event_date(nlp: Language) -> None:
    ev = date_one(nlp, "TRIPOLI, March 2, 2026 (Wire) - Clashes erupted in the capital.", "erupted",
                  published=None)
    assert (ev.date, ev.date_precision) == ("2026-03-02", "reported")


def test_date_article_precedence(nlp: Language) -> None:
    dater = EventDater(TruceConfig(published="2020-01-01"))
    text = "TRIPOLI, March 2, 2026 (Wire) - Clashes erupted."
    meta = Article(id="a", text=text, published="2026-03-01", published_source="metadata")
    assert dater.date_article(meta).published == "2026-03-01"  # metadata beats the dateline
    bare = Article(id="b", text=text)
    got = dater.date_article(bare)
    assert (got.published, got.published_source) == ("2026-03-02", "dateline")
    assert got.meta["published_evidence"].startswith("TRIPOLI")
    undated = dater.date_article(Article(id="c", text="Clashes erupted."))
    assert (undated.published, undated.published_source) == ("2020-01-01", "user")
    weak = Article(id="d", text=text, published="2026-02-01", published_source="text")
    assert dater.date_article(weak).published_source == "dateline"  # stronger than "text"


def test_yearless_dateline_uses_user_reference_year(nlp: Language) -> None:
    dater = EventDater(TruceConfig(published="2026-01-02"))
    got = dater.date_article(Article(id="a", text="BEIRUT, Dec. 30 (Wire) - Shelling resumed."))
    assert (got.published, got.published_source) == ("2025-12-30", "dateline")


def test_gold_file_is_large_and_covers_every_case() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150
    kinds = {r["kind"] for r in rows}
    for kind in ("weekday", "weekday_future", "weekday_last", "relative_day", "relative_period", "recent",
                 "rollover", "explicit", "explicit_dm", "iso", "month", "year", "range", "time", "default",
                 "no_published", "reporting", "two_dates", "other_clause", "dateline"):
        assert kind in kinds
    for r in rows:
        assert r["trigger"] in r["text"]


def test_gold_accuracy(nlp: Language) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_dates
    finally:
        sys.path.pop(0)
    results, _ = eval_dates.run(eval_dates.load_gold(GOLD))
    both = sum(r["got_date"] == r["expected_date"] and r["got_precision"] == r["expected_precision"]
               for r in results)
    assert both / len(results) >= 0.9


def test_anchored_expression_counts_from_earlier_date(nlp: Language) -> None:
    text = "Rebels attacked the convoy on Monday and ambushed a second one the following day."
    ev = date_one(nlp, text, "ambushed")
    assert (ev.date, ev.date_text) == ("2026-03-03", "the following day")
    assert "counted from an earlier date" in ev.explanation[-1]


def test_anchored_expression_without_anchor_is_not_used(nlp: Language) -> None:
    ev = date_one(nlp, "Troops retook the town the following day.", "retook")
    assert ev.date_precision == "reported"


def test_relative_clause_on_the_trigger_noun_dates_it(nlp: Language) -> None:
    ev = date_one(nlp, "Clashes that erupted on Friday spread to three districts on Saturday.", "Clashes",
                  published="2026-05-20")
    assert ev.date == "2026-05-15"


def test_yearless_dateline_takes_its_date_from_a_date_line_above_it():
    from truce.time.published import find_evidence

    text = ("Published: 2 March 2026 14:15\n\nSIRTE, March 2 (Desert Wire) - Mortar rounds hit a market "
            "on Monday, residents said.")
    evidence = find_evidence(text)
    assert evidence.published == "2026-03-02"
    assert evidence.city == "SIRTE"
    assert text[evidence.dateline_end:].startswith("Mortar")


def test_a_weapon_subjects_participle_dates_the_attack(nlp: Language) -> None:
    """"A grenade thrown ... on Sunday night wounded seven": throwing the grenade is the attack (the
    dev scenario's market grenade took a bar's June 14 from the next paragraph without this)."""
    ev = date_one(nlp, "A grenade thrown at a market stall in Ocana on Sunday night wounded seven people, "
                       "police said.", "wounded")
    assert (ev.date, ev.date_text) == ("2026-03-01", "Sunday night")


def test_a_reduced_relative_on_another_subject_still_tells_of_another_happening(nlp: Language) -> None:
    ev = date_one(nlp, "The agreement signed on Monday was violated by rebels, officials said.", "violated")
    assert (ev.date, ev.date_precision) == ("2026-03-04", "reported")


def test_a_when_clause_dates_its_head_before_a_conjunct(nlp: Language) -> None:
    """"Soldiers killed when a car bomb exploded ... two days ago were buried on Tuesday": the bomb's
    moment is the killing's, the burial is another act."""
    ev = date_one(nlp, "Soldiers killed when a car bomb exploded at the gate of their base in Afgooye two days "
                       "ago were buried on Tuesday, relatives said.", "killed")
    assert (ev.date, ev.date_text) == ("2026-03-02", "two days ago")


def test_a_clock_time_alone_is_dated_by_the_publication(nlp: Language) -> None:
    """"shortly after 2 a.m." names no day: the day is the publication's, and the record says so
    (clustering then does not read it as a second named day beside the story's "early Sunday")."""
    ev = date_one(nlp, "Deputies said a fight in the parking lot led to the shooting shortly after 2 a.m.",
                  "shooting")
    assert (ev.date[:10], ev.date_text, ev.date_source) == ("2026-03-04", "2 a.m.", "publication")
    ev = date_one(nlp, "Gunmen attacked a police post on Monday, officials said.", "attacked")
    assert ev.date_source is None


def _date_all(nlp: Language, text: str, triggers: list[tuple[str, str]], published: str = "2026-03-04") -> list[Event]:
    """Date several events of one article (type, trigger word), in text order."""
    dater = EventDater(TruceConfig())
    doc = nlp(text)
    article = Article(id="a", text=text, published=published, published_source="metadata")
    dater.date_article(article, doc)
    events, pos = [], 0
    for i, (kind, trigger) in enumerate(triggers):
        m = re.compile(rf"\b{re.escape(trigger)}\b").search(text, pos)
        assert m is not None
        pos = m.end()
        events.append(Event(id=f"e{i}", article_id="a", event=kind, trigger=trigger, trigger_start=m.start(),
                            trigger_end=m.end()))
    return dater.date_events(events, doc, article)


def test_a_date_counted_from_another_happening_of_the_article(nlp: Language) -> None:
    """"Two days after X": X's day (a day in the phrase, the day of an event in the phrase, or of an
    earlier event of the phrase's type) plus two; the anchor's own date is never moved."""
    hours = date_one(nlp, "Hours after the vote on Sunday, militants stormed the election office.", "stormed")
    assert (hours.date, hours.date_precision) == ("2026-03-01", "day")
    text = ("Rebels attacked a checkpoint in Garo on Saturday, killing two soldiers.\n\n"
            "Two days after the attack on the checkpoint, troops arrested a dozen men in the town.")
    first, attack, arrest = _date_all(nlp, text, [("ASSAULT", "attacked"), ("ASSAULT", "attack"),
                                                  ("COERCE", "arrested")])
    assert first.date == "2026-02-28"
    assert (arrest.date, arrest.date_precision) == ("2026-03-02", "day")
    assert arrest.date_text == "Two days after the attack on the checkpoint"
    plain = text.replace("Two days after the attack on the checkpoint", "After the attack on the checkpoint")
    *_, unmoved = _date_all(nlp, plain, [("ASSAULT", "attacked"), ("ASSAULT", "attack"), ("COERCE", "arrested")])
    assert unmoved.date_precision == "reported"  # no distance given: the report's date, as before


def test_an_event_inside_the_after_phrase_is_counted_back_from_its_clause(nlp: Language) -> None:
    """"The funeral on Saturday, two days after he was shot": the shooting is Saturday - 2."""
    ev = date_one(nlp, "Hundreds attended the funeral of the commander on Saturday, two days after he was shot "
                       "outside a gym.", "shot", published="2026-06-20")
    assert (ev.date, ev.date_precision, ev.date_text) == ("2026-06-18", "day", "two days after")


def test_an_after_phrase_opening_its_sentence_hangs_on_the_clause_after_it(nlp: Language) -> None:
    """"Two days after militiamen took control of two hills near Kauda, farmers said on Saturday ...": the
    phrase opens the sentence, so the clause it hangs on is the one after it (Saturday): the hills were
    taken on Thursday. (Fictional sentence; published Sunday 21 June.)"""
    text = ("Two days after militiamen took control of two hills near Kauda, farmers said on Saturday that "
            "the fighters were digging trenches on both.")
    ev = date_one(nlp, text, "took", published="2026-06-21")
    assert (ev.date, ev.date_precision) == ("2026-06-18", "day")


def test_a_date_on_a_participle_of_the_triggers_object_dates_the_trigger(nlp: Language) -> None:
    """The parser hangs a clause's closing "on Tuesday" on the nearest verb, often a present participle
    describing the trigger's object ("a convoy of trucks carrying food aid ... on Tuesday"): what an
    -ing form says of the object holds at the trigger's moment, so the day is the trigger's, also with a
    speech attribution after it. (Fictional sentences.)"""
    text = ("Armed men turned back a convoy of six lorries carrying seed and fuel at a checkpoint outside "
            "Kauda on Tuesday, the relief agency said.")
    ev = date_one(nlp, text, "turned")
    assert (ev.date, ev.date_precision) == ("2026-03-03", "day")
    ev = date_one(nlp, "Gunmen killed three herders driving cattle to the market on Monday, local officials said.",
                  "killed")
    assert (ev.date, ev.date_precision) == ("2026-03-02", "day")


def test_a_past_participle_or_a_date_inside_the_participles_object_does_not(nlp: Language) -> None:
    """"a convoy returning from talks held on Monday" (the talks' day) and "a man celebrating Monday's
    agreement" (the agreement's) tell of other happenings."""
    ev = date_one(nlp, "Militiamen attacked a convoy returning from talks held on Monday, officials said.",
                  "attacked")
    assert ev.date_precision == "reported"
    ev = date_one(nlp, "Gunmen killed a man celebrating Monday's agreement in the square, police said.", "killed")
    assert ev.date_precision == "reported"


def test_an_act_seen_by_monitors_has_the_date_of_the_observation(nlp: Language) -> None:
    """What a verb of observation's object is seen doing happens when it is seen: 'On 1 March, the team
    observed a column of army vehicles moving ...' dates the movement 1 March, not the bulletin's day."""
    text = "On 1 March, the team observed a column of about 30 army vehicles moving into areas held by the rebels."
    assert date_one(nlp, text, "moving").date == "2026-03-01"


def test_what_an_act_answers_is_dated_apart_from_it(nlp: Language) -> None:
    """"attacked the barracks in retaliation for the arrest ... last week" (our own writing): last week
    dates the arrest; the attack falls back to the report's date. A date on the act itself still counts."""
    ev = date_one(nlp, "The front said its fighters had attacked the barracks in retaliation for the arrest of "
                       "three of its members by soldiers last week.", "attacked")
    assert ev.date_precision == "reported"
    ev = date_one(nlp, "Rebels attacked the barracks on Monday in revenge for the killing of their commander "
                       "last month.", "attacked")
    assert (ev.date, ev.date_precision) == ("2026-03-02", "day")
