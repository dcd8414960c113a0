"""Allegations (branch claim14): a party's act that only its opponents tell is their allegation, not a
violation found: *possible* ("alleged only by rebels"), *contested* when the accused denies it, a violation
when an independent report or the accused's own account confirms it.

All sentences are our own writing, on the sample Libya truce file (the army: government; the LNF: rebels)."""

from __future__ import annotations

import pytest

from sirte_events import LNF, sirte_event
from sirte_events import verdicts_by_id as by_id
from truce.monitor import CONTESTED, POSSIBLE, VIOLATION, example_truce
from truce.monitor.attribution import claimant_attribution
from truce.records import ActorRef, Claim, Event

GNU = ActorRef("government troops", country="LBY", sector="MIL")


def ev(actor, sentence: str, claimant: str | None, cluster: str, **where) -> Event:
    return sirte_event(actor, sentence, claimant=claimant, cluster=cluster, **where)


@pytest.fixture(scope="module")
def chain():
    return example_truce()


def test_claimants_map_to_the_side_they_speak_for(chain):
    unit = chain.active_units()[0]
    assert claimant_attribution("the LNF", unit).party.side == "rebels"
    assert claimant_attribution("soldiers", unit).party.side == "government"  # agent word, one MIL party
    assert claimant_attribution("an army spokesman", unit).party.side == "government"
    for independent in ("residents", "a spokeswoman", "Sirte Daily", None):
        assert claimant_attribution(independent, unit) is None


def test_an_act_only_the_other_side_alleges_is_possible(chain):
    """"Government troops shelled a village near Sirte on Thursday, an LNF spokesman said": the rebels'
    word only, no one else tells it."""
    e = ev(GNU, "Government troops shelled a village near Sirte on Thursday, an LNF spokesman said.",
           "an LNF spokesman", "c1")
    v = by_id([e], chain)[e.id]
    assert v.verdict == POSSIBLE and v.party == "gnu"
    assert any(r.startswith("alleged only by rebels") for r in v.reasons)


def test_an_alleged_act_the_accused_denies_is_contested(chain):
    e = ev(GNU, "Government troops shelled a village near Sirte on Thursday, an LNF spokesman said.",
           "an LNF spokesman", "c2", article="a2")
    e.claims = [Claim("denial", GNU, "the army", "The army denied shelling the village.", 90, 96, "denied")]
    assert by_id([e], chain)[e.id].verdict == CONTESTED


@pytest.mark.parametrize("claimant", ["residents", None, "the army"])
def test_an_independent_report_or_the_accused_confirms_it(chain, claimant):
    """Residents (or the outlet itself, or the army's own account) tell the same shelling: a violation."""
    alleged = ev(GNU, "Government troops shelled a village near Sirte on Thursday, an LNF spokesman said.",
                 "an LNF spokesman", f"c3{claimant}", article="a3")
    other = ev(GNU if claimant == "the army" else None, "Shells hit the village on Thursday, witnesses said.",
               claimant, f"c3{claimant}", article="a4")
    assert by_id([alleged, other], chain)[alleged.id].verdict == VIOLATION


def test_a_justification_answering_the_other_sides_account_is_contested(chain):
    """"LNF fighters attacked an army base near Sirte, the army said. The LNF said its fighters had acted in
    self-defence after government troops raided a village": the army tells the attack (the LNF admits it
    by its self-defence), the LNF alone tells the raid. Two sides blamed: contested, not the army's
    violation (before: the raid, in the LNF's words only, made the incident the army's violation)."""
    attack = ev(LNF, "LNF fighters attacked an army base near Sirte on Thursday, the army said.", "the army", "c4",
                article="a5")
    s2 = "The LNF said its fighters had acted in self-defence after government troops raided a village."
    attack.recipient = [ActorRef("an army base", country="LBY", sector="MIL")]
    raid = ev(GNU, s2, "The LNF", "c4", article="a5", start=80)
    claim = Claim("self-defence", LNF, "The LNF", s2, 110, 125, "in self-defence")
    attack.claims, raid.claims = [claim], [claim]
    v = by_id([attack, raid], chain)
    assert v[raid.id].verdict == CONTESTED and v[attack.id].verdict == CONTESTED
    assert any(r.startswith("alleged only by rebels") for r in v[raid.id].reasons)


def test_the_victims_own_report_of_an_attack_on_it_stays_a_violation(chain):
    """"LNF fighters overran an army checkpoint near Sirte on Thursday, the army said": the army tells an
    attack on its own checkpoint, first-hand; not an allegation."""
    e = ev(LNF, "LNF fighters overran an army checkpoint near Sirte on Thursday, the army said.", "the army", "c5",
           article="a6")
    e.recipient = [ActorRef("an army checkpoint", country="LBY", sector="MIL")]
    v = by_id([e], chain)[e.id]
    assert v.verdict == VIOLATION and not any(r.startswith("alleged") for r in v.reasons)


def test_an_actor_from_another_sentence_is_not_the_claimants_word(chain):
    """"A convoy came under fire near Sirte on Thursday, the army said. An LNF spokesman said the group's
    fighters carried out the attack": the actor comes from the LNF's sentence, the army only tells the fire."""
    e = ev(LNF, "A convoy came under fire near Sirte on Thursday, the army said.", "the army", "c6", article="a7")
    e.actor[0].start, e.actor[0].end = 120, 135
    assert by_id([e], chain)[e.id].verdict == VIOLATION
