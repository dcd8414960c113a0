"""The day of an incident's reports that tell no happening of their own (branch verdict13).

A denial joined to the incident its claim is about is of that happening's day, whatever its own words date
("... not fired a single bullet since Saturday" dates the denial's span); a report clustering put in the
incident that tells no happening and is dated only by its article is of the happening's day. Before, both
kept their own day, and the incident reached days (and gold incidents) it does not tell of.

All sentences are our own writing, on the sample Libya truce file."""

from __future__ import annotations

import pytest

from test_monitor_exchanges import LNF  # the same event builder and parties
from test_monitor_exchanges import ev as _ev
from truce.monitor import CONTESTED, example_truce, judge
from truce.records import ActorRef, Claim, Event, Modality

GNU = ActorRef("the defence ministry", country="LBY", sector="MIL")


def ev(actor, sentence: str, date: str, precision: str = "day", start: int = 0, cluster: str | None = None,
       modality: Modality | None = None, background: bool = False) -> Event:
    """An event of article a1 at Sirte, with its modality and background flag."""
    e = _ev(actor, sentence, date=date, precision=precision, start=start, cluster=cluster)
    e.modality, e.background = modality or Modality(), background
    return e


@pytest.fixture(scope="module")
def chain():
    return example_truce()


def test_a_denial_with_its_own_day_takes_the_denied_happenings_day(chain):
    s1 = "Gunmen attacked a police post in Sirte on Monday night, killing two policemen."
    attack = ev(None, s1, "2026-03-09", cluster="c1")
    s2 = "The ministry blamed the LNF for the attack."
    s3 = '"Our fighters have not fired a single bullet since Saturday," an LNF spokesman said.'
    denial = ev(LNF, s3, "2026-03-07", start=len(s1) + len(s2) + 2, modality=Modality(negated=True, cue="not"))
    blame = Claim("blame", LNF, "The ministry", s2, len(s1) + 1, len(s1) + 1 + len(s2), "blamed")
    deny = Claim("denial", LNF, "an LNF spokesman", s3, denial.sentence_start, denial.sentence_start + len(s3),
                 "not")
    attack.claims = [blame, deny]
    v = {x.event_id: x for x in judge([attack, denial], chain)}
    assert v[attack.id].verdict == CONTESTED
    assert v[denial.id].incident == v[attack.id].incident
    assert v[denial.id].local_day == v[attack.id].local_day == "2026-03-09"


def test_a_clustered_report_of_no_happening_dated_by_its_article_takes_the_happenings_day(chain):
    bomb = ev(None, "A roadside bomb killed two civilians south of Sirte on Wednesday.", "2026-03-11",
              cluster="c2")
    recall = ev(None, "Sirte has been hit by years of violence.", "2026-03-12", precision="reported", start=80,
                cluster="c2", background=True)
    v = {x.event_id: x for x in judge([bomb, recall], chain)}
    assert v[recall.id].incident == v[bomb.id].incident
    assert v[recall.id].local_day == "2026-03-11"


def test_a_clustered_report_of_no_happening_with_its_own_day_keeps_it(chain):
    """Only a report dated by its article takes the happening's day: one its own words date keeps its day."""
    bomb = ev(None, "A roadside bomb killed two civilians south of Sirte on Wednesday.", "2026-03-11",
              cluster="c3")
    recall = ev(None, "Sirte was shelled on 2 March.", "2026-03-02", start=80, cluster="c3", background=True)
    v = {x.event_id: x for x in judge([bomb, recall], chain)}
    assert v[recall.id].local_day == "2026-03-02"


def test_a_condemnation_dated_by_its_statement_takes_the_happenings_day(chain):
    """"A statement on Saturday condemned the killings and blamed the army": the day is the statement's;
    the mention its blame ties to Thursday's shooting is of Thursday (before, it reached Saturday's
    incidents nearby)."""
    s1 = "Soldiers opened fire outside a church in Sirte on Thursday, killing four men."
    shooting = ev(ActorRef("Soldiers", country="LBY", sector="MIL"), s1, "2026-03-12", cluster="c4")
    s2 = "An LNF statement on Saturday condemned the killings and blamed the army."
    mention = ev(None, s2, "2026-03-14", start=len(s1) + 1, modality=Modality(hypothetical=True, cue="condemned"))
    shooting.claims = [Claim("blame", GNU, "An LNF statement", s2, len(s1) + 1, len(s1) + 1 + len(s2), "blamed")]
    v = {x.event_id: x for x in judge([shooting, mention], chain)}
    assert v[mention.id].incident == v[shooting.id].incident
    assert v[mention.id].local_day == "2026-03-12"
