"""A late page dated only by a weekday retells another story's incident (branch claim14).

A content farm rewords a wire story a week later and keeps "on Thursday morning": resolved against the
page's own date it is a second attack seven days later. With the same act, place and a casualty figure
alike, the page is the earlier incident's report, of its day. Our own sentences, on the sample Libya truce."""

from __future__ import annotations

import itertools

import pytest

from truce.monitor import example_truce, judge
from truce.records import Casualty, Event, EventLocation, Modality

SIRTE = EventLocation(name="Sirte", lat=31.2089, lon=16.5887, country="LBY", precision="city", rule="sentence")
_n = itertools.count()


def ev(sentence: str, day: str, article: str, date_text: str, killed: int, cluster: str) -> Event:
    e = Event(id=f"z{next(_n)}", article_id=article, event="ASSAULT", mode="explosives", sentence=sentence,
              location=SIRTE, date=day, date_precision="day", date_text=date_text, cluster_id=cluster,
              modality=Modality(), casualties=[Casualty("killed", killed)])
    e.sentence_start, e.trigger_start, e.trigger_end = 0, 10, 15
    return e


@pytest.fixture(scope="module")
def chain():
    return example_truce()


def run(chain, spin_killed: int, spin_published: str, spin_day: str = "2026-03-12"):
    host = ev("A roadside bomb hit a truck near Sirte on Thursday morning, killing two soldiers.", "2026-03-05",
              "w1", "Thursday morning", 2, "c1")
    spin = ev("An explosive device hit a military truck close to Sirte on Thursday morning, killing two men.",
              spin_day, "f1", "Thursday morning", spin_killed, "c2")
    sources = {"w1": {"outlet": "Wire", "published": "2026-03-05T10:00:00"},
               "f1": {"outlet": "Farm", "published": spin_published}}
    v = {x.event_id: x for x in judge([host, spin], chain, sources)}
    return v[host.id], v[spin.id]


def test_a_week_late_weekday_page_joins_the_incident_it_retells(chain):
    host, spin = run(chain, 2, "2026-03-12")
    assert spin.incident == host.incident and spin.local_day == host.local_day == "2026-03-05"
    assert any("late page dated only by a weekday" in r for r in spin.reasons)


def test_another_casualty_figure_is_another_happening(chain):
    host, spin = run(chain, 5, "2026-03-12")
    assert spin.incident != host.incident and spin.local_day == "2026-03-12"


def test_a_date_other_than_whole_weeks_later_is_another_happening(chain):
    host, spin = run(chain, 2, "2026-03-11", spin_day="2026-03-10")
    assert spin.incident != host.incident
