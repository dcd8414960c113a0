"""The monitor never judges a non-political reading (a match report's "beat" in the truce's town),
but still judges a weak political candidate the coder demoted for want of support."""

from __future__ import annotations

from truce.monitor import NOT_COVERED, judge, loads_truce
from truce.records import ActorRef, Event, EventLocation

TRUCE = """
name: local truce
timezone: America/Bogota
sources: [a test]
start: 2026-06-01 00:00
parties:
  - {id: gov, name: Government of Colombia, accepted: 2026-06-01, match: [{country: COL, sector: [MIL]}]}
prohibited:
  - {event: ASSAULT}
area:
  places:
    - {name: Ocana, lat: 8.2378, lon: -73.3560, radius_km: 15}
"""
OCANA = EventLocation(name="Ocana", lat=8.2378, lon=-73.3560, country="COL", precision="city")


def _event(relevance: float, reason: str) -> Event:
    return Event(id="e1", article_id="a1", event="ASSAULT", actor=[ActorRef("troops", country="COL", sector="MIL")],
                 sentence="The troops beat them.", sentence_start=0, location=OCANA, date="2026-06-05",
                 date_precision="day", demoted=True, demoted_reason=reason, relevance=relevance)


def test_a_non_political_reading_is_not_judged_and_says_why():
    (v,) = judge([_event(0.12, "sense-prone trigger 'beat' in a sport story")], loads_truce(TRUCE))
    assert v.verdict == NOT_COVERED
    assert any("non-political reading" in r and "sport story" in r for r in v.reasons)


def test_a_weak_political_candidate_is_still_judged():
    (v,) = judge([_event(0.95, "weak candidate, nothing else in the sentence survived")], loads_truce(TRUCE))
    assert v.verdict != NOT_COVERED
