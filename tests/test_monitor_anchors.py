"""Events placed in time by the truce's start ("hours after the ceasefire came into force")."""

from __future__ import annotations

import pytest

from truce.monitor import NOT_COVERED, POSSIBLE, VIOLATION, example_truce, judge, loads_truce
from truce.monitor.anchors import side_of_start
from truce.records import ActorRef, Event, EventLocation

LNF = ActorRef("LNF fighters", country="LBY", sector="REB", name="Libyan National Front")


def event(sentence: str, trigger: str, date: str = "2026-03-02", precision: str = "reported") -> Event:
    e = Event(id=f"e{abs(hash(sentence))}", article_id="a1", event="ASSAULT", mode="heavy-weapons", actor=[LNF],
              sentence=sentence, date=date, date_precision=precision,
              location=EventLocation(name="Misrata", lat=32.3754, lon=15.0925, country="LBY", precision="city"))
    e.sentence_start = 0
    e.trigger_start = sentence.index(trigger)
    e.trigger_end = e.trigger_start + len(trigger)
    return e


@pytest.mark.parametrize(("sentence", "trigger", "side"), [
    ("Troops opened fire near Misrata on Saturday evening, just hours after a new ceasefire came into force.",
     "opened fire", "after"),
    ("A drone struck a compound at about 10 p.m., two hours before the ceasefire took effect.", "struck", "before"),
    ("It was the most serious attack since the start of the truce.", "attack", "after"),
    ("The truce took effect at noon on Saturday, hours after artillery shelled the village.", "shelled", "before"),
    ("The truce took effect on Monday, hours before fighters attacked a post.", "attacked", "after"),
    ("Fighters attacked a checkpoint before talks on a ceasefire began.", "attacked", None),
    ("The shelling took place hours after the two sides agreed to a ceasefire.", "shelling", None),
    ("Rebels attacked the town, accusing the army of violating the truce.", "attacked", None),
])
def test_side_of_the_start(sentence, trigger, side):
    assert side_of_start(event(sentence, trigger)) == side


def test_a_date_span_straddling_the_start_is_cut_where_the_sentence_puts_the_event():
    """A report dated only "by the report" of 2 March straddles the 1 March start (possible); "hours after
    the ceasefire came into force" puts it inside (violation), "hours before" outside (not covered)."""
    chain = example_truce()
    plain = event("Fighters shelled the town, residents said.", "shelled")
    after = event("Fighters shelled the town hours after the ceasefire came into force.", "shelled")
    before = event("Fighters shelled the town hours before the ceasefire came into force.", "shelled")
    got = {v.event_id: v for v in judge([plain, after, before], chain)}
    assert got[plain.id].verdict == POSSIBLE
    assert got[after.id].verdict == VIOLATION
    assert any("places it after the truce took effect" in r for r in got[after.id].reasons)
    assert got[before.id].verdict == NOT_COVERED
    # a date wholly on one side is not moved by the words: a day-precise 5 March stays inside
    late = event("Fighters shelled the town hours before the ceasefire came into force.", "shelled",
                 date="2026-03-05", precision="day")
    assert judge([late], chain)[0].verdict == VIOLATION


def test_a_part_of_the_day_places_a_day_that_a_midday_start_splits():
    """A truce from noon: "on Saturday evening" is inside, "early on Saturday" before it; a sentence naming
    two parts of the day ("morning ... evening") or none stays a straddling day (possible)."""
    chain = loads_truce(NOON)
    where = EventLocation(name="Movses", lat=40.9053, lon=45.4884, country="ARM", precision="city")
    aze = ActorRef("Azerbaijani troops", country="AZE", sector="MIL")

    def verdict(sentence: str) -> str:
        e = event(sentence, "fire", date="2026-10-10", precision="day")
        e.location, e.actor = where, [aze]
        return judge([e], chain)[0].verdict

    assert verdict("Troops opened fire near Movses on Saturday evening.") == VIOLATION
    assert verdict("Troops opened fire near Movses early on Saturday.") == NOT_COVERED
    assert verdict("Troops opened fire near Movses on Saturday.") == POSSIBLE
    assert verdict("A soldier was wounded by fire near Movses on Saturday night.") == VIOLATION  # "night" alone
    assert verdict("Troops opened fire in the morning and again in the evening.") == POSSIBLE


NOON = """
name: noon truce
timezone: Asia/Yerevan
sources: [a test agreement]
start: 2026-10-10 12:00
parties:
  - {id: aze, name: Armed Forces of Azerbaijan, side: azerbaijan, accepted: 2026-10-09,
     match: [{country: AZE, sector: [GOV, MIL]}]}
area: {countries: [ARM, AZE]}
prohibited: [{event: ASSAULT}]
"""


@pytest.mark.parametrize(("sentence", "trigger", "side"), [
    ("A truce in the state took effect at 6 a.m. on Sunday, less than two hours after army artillery shelled "
     "the town.", "shelled", "before"),
    ("The ceasefire came into force at 11 p.m. on Nov. 1, shortly before gunmen attacked a post.", "attacked",
     "after"),
])
def test_an_abbreviations_full_stop_does_not_end_the_inverted_clause(sentence, trigger, side):
    """"took effect at 6 a.m. on Sunday, less than two hours after artillery shelled the town": the stops of
    "a.m." or "Nov." are no sentence ends, so the inverted form still reads the event as before the start
    (our own writing, fifth dev scenario's style)."""
    assert side_of_start(event(sentence, trigger)) == side


def test_a_full_stop_ending_a_sentence_still_ends_the_clause():
    sentence = "The truce took effect at noon. Hours after, artillery shelled the village."
    assert side_of_start(event(sentence, "shelled")) is None
