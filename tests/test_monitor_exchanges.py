"""Incident rules of verdict6: one side's own account is not two opposed ones, a party not yet bound is
accused of no violation, and the act a self-defence claim answers is judged in the incident it defends.

All sentences are our own writing (the fifth dev scenario's style), on the sample Libya truce file."""

from __future__ import annotations

import pytest

from sirte_events import GNU, LNF, SIRTE
from sirte_events import sirte_event as ev
from sirte_events import verdicts_by_id as by_id
from truce.monitor import CONTESTED, NOT_COVERED, POSSIBLE, VIOLATION, example_truce
from truce.records import ActorRef, Claim, Modality

ZAWIYA = ActorRef("Zawiya Brigades", country="LBY", sector="REB", name="Zawiya Brigades")


@pytest.fixture(scope="module")
def chain():
    return example_truce()


def test_one_sides_self_defence_against_the_other_it_blames_is_not_contested(chain):
    """"LNF fighters ambushed an army patrol ... 'Our troops returned fire in self-defence,' the army said":
    the army's one account. The ambush is the LNF's violation, the return of fire the army's permitted
    self-defence (possible); before, the army's self-defence and the LNF's blame made both contested."""
    ambush = ev(LNF, "LNF fighters ambushed an army patrol near Sirte on Thursday.", cluster="c1")
    s2 = "Our troops returned fire in self-defence, the army said."
    answer = ev(GNU, s2, start=70, cluster="c1")
    claim = Claim("self-defence", GNU, "the army", s2, 85, 98, "returned fire")
    answer.claims, ambush.claims = [claim], [claim]
    v = by_id([ambush, answer], chain)
    assert v[ambush.id].verdict == VIOLATION and v[ambush.id].party == "lnf"
    assert v[answer.id].verdict == POSSIBLE


def test_self_defence_answered_by_the_other_sides_denial_is_contested(chain):
    ambush = ev(LNF, "LNF fighters ambushed an army patrol near Sirte on Thursday.", cluster="c2", article="a2")
    s2 = "Our troops returned fire in self-defence, the army said."
    answer = ev(GNU, s2, start=70, cluster="c2", article="a2")
    claim = Claim("self-defence", GNU, "the army", s2, 85, 98, "returned fire")
    answer.claims, ambush.claims = [claim], [claim]
    denial = ev(LNF, "The LNF said its fighters had not fired a shot.", cluster="c2", article="a3")
    denial.modality = Modality(negated=True, claimed=True, claimant="LNF spokesman", cue="not")
    v = by_id([ambush, answer, denial], chain)
    assert v[ambush.id].verdict == CONTESTED and v[answer.id].verdict == CONTESTED


def test_two_sides_each_claiming_self_defence_is_contested(chain):
    a = ev(GNU, "Army units fired on LNF positions near Sirte on Thursday.", cluster="c3", article="a4")
    a.claims = [Claim("self-defence", GNU, "the army", a.sentence, 5, 10, "in self-defence"),
                Claim("self-defence", LNF, "an LNF commander", a.sentence, 30, 40, "defended ourselves")]
    assert by_id([a], chain)[a.id].verdict == CONTESTED


def test_a_blame_of_a_party_not_yet_bound_opposes_no_one(chain):
    """The Zawiya Brigades accepted on 4 March. "On 3 March Zawiya fighters attacked an army checkpoint ...
    Our forces repelled the attack. The army holds the Brigades responsible": the Brigades' attack is not
    covered (not yet bound); the army's blame accuses them of no violation, so the army's repelling is
    its self-defence (possible), not contested."""
    attack = ev(ZAWIYA, "On 3 March Zawiya fighters attacked an army checkpoint near Sirte.", date="2026-03-03T10:00",
                precision="minute", cluster="c4", article="a5")
    s2 = "Our forces repelled the attack."
    repel = ev(GNU, s2, date="2026-03-03", precision="day", start=70, cluster="c4", article="a5")
    defence = Claim("self-defence", GNU, "Our forces", s2, 81, 89, "repelled")
    blame = Claim("blame", ZAWIYA, "The army", "The army holds the Brigades responsible.", 110, 115, "holds")
    repel.claims, attack.claims = [defence, blame], [defence]
    v = by_id([attack, repel], chain)
    assert v[attack.id].verdict == NOT_COVERED
    assert v[repel.id].verdict == POSSIBLE


def test_the_act_a_self_defence_claim_answers_joins_the_incident_it_defends(chain):
    """"A drone strike hit an LNF position near Sirte late on Thursday ... An army officer said the drone
    was used in self-defence after LNF fighters fired on an army patrol": the fire (dated only by the
    report, clustered elsewhere) is judged in the strike's incident, where the LNF's blame of the army and
    the army's account oppose each other."""
    strike = ev(None, "A drone strike hit an LNF position near Sirte late on Thursday.", cluster="c5", article="a6")
    s3 = "An army officer said the drone was used in self-defence after LNF fighters fired on an army patrol."
    fire = ev(LNF, s3, date="2026-03-06", precision="reported", start=120, cluster="c-other", article="a6")
    defence = Claim("self-defence", GNU, "An army officer", s3, 160, 175, "self-defence")
    blame = Claim("blame", GNU, "The LNF", "The LNF blamed the army for the strike.", 70, 77, "blamed")
    strike.claims, fire.claims = [blame, defence], [defence]
    elsewhere = ev(None, "Gunmen shot dead two traders in Sirte market on Sunday.", date="2026-03-01", cluster="c-other",
                   article="a7")
    v = by_id([strike, fire, elsewhere], chain)
    assert v[fire.id].incident == v[strike.id].incident != v[elsewhere.id].incident
    assert v[strike.id].verdict == CONTESTED and v[fire.id].verdict == CONTESTED
    assert v[fire.id].local_day == v[strike.id].local_day


def test_a_dated_act_of_another_day_in_the_claims_sentence_keeps_its_incident(chain):
    strike = ev(None, "A drone strike hit an LNF position near Sirte on Thursday.", cluster="c6", article="a8")
    s2 = "The army said it acted in self-defence after LNF fighters attacked a post on Monday."
    fire = ev(LNF, s2, date="2026-03-02", precision="day", start=90, cluster="c7", article="a8")
    defence = Claim("self-defence", GNU, "The army", s2, 110, 125, "in self-defence")
    strike.claims, fire.claims = [defence], [defence]
    v = by_id([strike, fire], chain)
    assert v[fire.id].incident != v[strike.id].incident


def test_a_defence_that_only_retells_the_incidents_attack_is_permitted(chain):
    """"On 3 March at around 10:00 Zawiya fighters attacked an army checkpoint near Sirte ... Our forces
    repelled the attack": the second sentence has no date or place of its own (dated by the report, placed
    by its paragraph), and the incident tells, with its own words, the attack it answers. It is that
    defence, permitted as self-defence (not covered), not an act of the army's own; the incident is judged
    by the attack. Told with its own day and place (the test above) it stays the army's act whose
    self-defence is claimed (possible)."""
    from dataclasses import replace

    attack = ev(ZAWIYA, "On 3 March at around 10:00 Zawiya fighters attacked an army checkpoint near Sirte.",
                date="2026-03-03T10:00", precision="minute", cluster="c9", article="a9")
    s2 = "Our forces repelled the attack."
    repel = ev(GNU, s2, date="2026-03-03", precision="reported", start=90, cluster="c9", article="a9")
    repel.location = replace(SIRTE, rule="focus")
    defence = Claim("self-defence", GNU, "Our forces", s2, 101, 109, "repelled")
    repel.claims, attack.claims = [defence], [defence]
    v = by_id([attack, repel], chain)
    assert v[attack.id].verdict == NOT_COVERED
    assert v[repel.id].verdict == NOT_COVERED
    assert any("defence against" in r for r in v[repel.id].reasons)
    unknown = ev(None, "On 3 March at around 10:00 gunmen attacked an army checkpoint near Sirte.",
                 date="2026-03-03T10:00", precision="minute", cluster="c10", article="a10")
    repel2 = replace(repel, id="x-repel2", article_id="a10", cluster_id="c10", claims=[defence])
    unknown.claims = [defence]
    assert by_id([unknown, repel2], chain)[repel2.id].verdict != NOT_COVERED  # no party's attack told: its own act
