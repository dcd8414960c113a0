"""Reports of one incident judged together (branch scen14, issue 12): a report that names no perpetrator
takes the one party another report of the incident names, and an article's second sentence about a
happening, dated only by the report, is of the happening's day.

All sentences are our own writing (the tenth dev scenario's style), on the sample Libya truce file."""

from __future__ import annotations

import pytest

from sirte_events import GNU, LNF
from sirte_events import sirte_event as ev
from sirte_events import verdicts_by_id as by_id
from truce.monitor import CONTESTED, UNATTRIBUTED, VIOLATION, example_truce


@pytest.fixture(scope="module")
def chain():
    return example_truce()


def test_an_unattributed_report_takes_the_party_another_report_of_the_incident_names(chain):
    """One outlet tells the shells hitting the town (no doer), another that the army fired them."""
    hit = ev(None, "On Thursday afternoon artillery shells hit Sirte, killing two civilians.", article="a1",
             cluster="c1")
    told = ev(GNU, "Government forces shelled Sirte on Thursday, killing three people.", article="a2",
              cluster="c1")
    v = by_id([hit, told], chain)
    assert v[hit.id].verdict == VIOLATION
    assert v[hit.id].party == "gnu"
    assert any("another report of this incident" in r for r in v[hit.id].reasons)


def test_an_unattributed_report_alone_stays_unattributed(chain):
    hit = ev(None, "On Thursday afternoon artillery shells hit Sirte, killing two civilians.", cluster="c2")
    assert by_id([hit], chain)[hit.id].verdict == UNATTRIBUTED


def test_reports_naming_both_sides_are_contested_not_attributed(chain):
    hit = ev(None, "Shells hit Sirte on Thursday, killing two civilians.", article="a1", cluster="c3")
    army = ev(GNU, "Government forces shelled Sirte on Thursday.", article="a2", cluster="c3")
    rebels = ev(LNF, "LNF fighters shelled Sirte on Thursday.", article="a3", cluster="c3")
    v = by_id([hit, army, rebels], chain)
    assert v[hit.id].verdict == CONTESTED
    assert v[hit.id].party is None


def test_an_articles_second_sentence_dated_by_the_report_takes_the_happenings_day(chain):
    s1 = "Artillery shells struck a neighbourhood of Sirte on Thursday afternoon, killing two people."
    first = ev(None, s1, date="2026-03-05", cluster="c4")
    second = ev(None, "Residents said the shells were fired from an army position.", date="2026-03-07",
                precision="reported", start=len(s1) + 1, cluster="c4")
    v = by_id([first, second], chain)
    assert v[second.id].local_day == "2026-03-05"


def test_a_report_dated_by_another_article_keeps_its_day(chain):
    """Only the same article's earlier report of the same act is the host: another outlet's report of
    the incident dated by its publication keeps that day."""
    first = ev(None, "Artillery shells struck Sirte on Thursday afternoon.", date="2026-03-05", cluster="c5")
    other = ev(None, "Residents said the shells were fired from an army position.", date="2026-03-07",
               precision="reported", article="a9", start=40, cluster="c5")
    v = by_id([first, other], chain)
    assert v[other.id].local_day == "2026-03-07"
