"""An incident told only at a district, state or country level joins another story's finer one (branch
scen15): the same act, local day and doer, the coarse place containing the fine one, a single candidate.
Our own sentences, on the sample Libya truce."""

from __future__ import annotations

import itertools

import pytest

from truce.monitor import example_truce, judge
from truce.records import ActorRef, Casualty, Event, EventLocation, Modality

MISRATA = EventLocation(name="Misrata", lat=32.3754, lon=15.0925, country="LBY", admin1="Misrata", precision="city",
                      rule="sentence")
MISRATA_DISTRICT = EventLocation(name="Misrata", lat=32.0, lon=15.0, country="LBY", admin1="Misrata", precision="admin1",
                               rule="sentence")
TRIPOLI_DISTRICT = EventLocation(name="Tripoli", lat=32.88, lon=13.19, country="LBY", admin1="Tripoli",
                                 precision="admin1", rule="sentence")
LIBYA = EventLocation(name="Libya", lat=27.0, lon=17.0, country="LBY", precision="country", rule="sentence")
ARMY = ActorRef(text="Libyan army", name="Government of National Unity", country="LBY", sector="MIL")
_n = itertools.count()


def ev(sentence: str, article: str, where: EventLocation, killed: int, cluster: str,
       day: str = "2026-03-05") -> Event:
    e = Event(id=f"q{next(_n)}", article_id=article, event="ASSAULT", mode="aerial", sentence=sentence,
              location=where, date=day, date_precision="day", date_text="on Thursday", cluster_id=cluster,
              modality=Modality(), casualties=[Casualty("killed", killed)], actor=[ARMY])
    e.sentence_start, e.trigger_start, e.trigger_end = 0, 10, 15
    return e


@pytest.fixture(scope="module")
def chain():
    return example_truce()


def run(chain, events):
    sources = {e.article_id: {"outlet": e.article_id, "published": "2026-03-05T18:00:00"} for e in events}
    return {x.event_id: x for x in judge(events, chain, sources)}


def town() -> Event:
    return ev("The Libyan army bombed a market in Misrata on Thursday, killing nine people.", "w1", MISRATA, 9, "c1")


def test_a_state_level_report_joins_the_town_report(chain):
    a = town()
    state = ev("A Libyan army strike killed twelve people at a market in Misrata district on Thursday.", "w2",
               MISRATA_DISTRICT, 12, "c2")
    v = run(chain, [a, state])
    assert v[a.id].party is not None and v[state.id].incident == v[a.id].incident
    assert any("one happening with incident" in r for r in v[state.id].reasons)


def test_another_province_stays_apart(chain):
    a = town()
    other = ev("A Libyan army strike killed twelve people at a market in Tripoli district on Thursday.", "w2",
               TRIPOLI_DISTRICT, 12, "c2")
    v = run(chain, [a, other])
    assert v[other.id].incident != v[a.id].incident


def test_another_day_stays_apart(chain):
    a = town()
    later = ev("A Libyan army strike killed twelve people at a market in Misrata district on Friday.", "w2",
               MISRATA_DISTRICT, 12, "c2", day="2026-03-06")
    v = run(chain, [a, later])
    assert v[later.id].incident != v[a.id].incident


def test_two_candidates_join_neither(chain):
    a = town()
    near = EventLocation(name="Tawergha", lat=31.98, lon=15.05, country="LBY", admin1="Misrata", precision="city",
                         rule="sentence")
    b = ev("The Libyan army bombed a school in Tawergha on Thursday, killing four people.", "w3", near, 4, "c3")
    state = ev("A Libyan army strike killed twelve people in Misrata district on Thursday.", "w2", MISRATA_DISTRICT, 12,
               "c2")
    v = run(chain, [a, b, state])
    assert v[state.id].incident not in (v[a.id].incident, v[b.id].incident)


@pytest.mark.parametrize("killed,joins", [(12, False), (9, True)])
def test_country_level_needs_a_figure_alike(chain, killed, joins):
    a = town()
    country = ev(f"A Libyan army strike killed {killed} people in Libya on Thursday.", "w2", LIBYA, killed, "c2")
    v = run(chain, [a, country])
    assert (v[country.id].incident == v[a.id].incident) is joins
