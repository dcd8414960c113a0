"""Families of issue 10's third round, on our own sentences (news of every kind): claims of
responsibility, material cooperation verbs outside the first lexicon (aid handed out, debts written off,
peace missions arriving), halting one's own operations, easing more kinds of measure, ending a protest,
expelling aid workers, silencing a newspaper, appeals for hostile acts, conditional threats, coordinated
acts, light verbs of statements, elapsed time, agreeing with a view."""

from __future__ import annotations

import pytest

from coding import asserted
from truce.events.classes import sentence_class


@pytest.mark.parametrize("text", [
    "The Nasir Brigade claimed responsibility for a bombing at a police station in Kelby.",
    "A little-known group claimed credit for a rocket attack on the airport.",
    "The rebels claimed that they had attacked an army base near Dorvo.",
    "The Islamic Front claimed the attack on the checkpoint in a statement on Sunday.",
])
def test_claim_of_responsibility_is_a_statement_about_a_real_act(pipe, text):
    events = pipe.code_text(text).events
    attacks = [e for e in events if e.event == "ASSAULT" and e.modality.asserted and not e.demoted]
    assert attacks, [(e.event, e.demoted, e.modality) for e in events]
    claim = attacks[0].modality
    assert claim.claim_kind == "responsibility" and claim.claimed and claim.claim_verb in ("claim",)
    assert attacks[0].actor  # the claimant is the attacker
    assert sentence_class(events) == 0  # CAMEO 015: the claim is the statement coded


def test_claim_for_an_attack_told_before_is_a_statement(pipe):
    # 'the bombing' refers to an earlier mention (the article's claims pass attributes it): no new attack
    events = pipe.code_text("The Nasir Brigade claimed responsibility for the bombing on Sunday.").events
    assert all(e.modality.claim_kind == "responsibility" for e in events if e.event == "ASSAULT")
    assert not [e for e in events if e.event == "ASSAULT" and not e.demoted]
    assert sentence_class(events) == 0


@pytest.mark.parametrize("text", [
    "Police said rebels attacked the village of Dorvo.",
    "The army said its fighters had shelled rebel positions overnight.",
    "Residents claimed that soldiers had attacked the market.",  # a third party's claim, not the actor's own
])
def test_a_report_of_an_attack_stays_an_attack(pipe, text):
    events = pipe.code_text(text).events
    assert not any(e.modality.claim_kind == "responsibility" for e in events)
    assert sentence_class(events) == 4


def test_claim_verb_is_recorded_for_reports(pipe):
    events = asserted(pipe, "State media said government troops shelled the town.")
    assert events and events[0].modality.claim_verb == "say"


@pytest.mark.parametrize("text, event, mode", [
    ("The agency distributed food and tents to displaced families in Varno.", "AID", None),
    ("UN agencies airdropped food to civilians trapped in the hills.", "AID", None),
    ("The IMF disbursed $40 million to Estland after its review of the loan programme.", "AID", None),
    ("The European Union is mobilising additional funds for reconstruction in Estland.", "AID", None),
    ("Norland wrote off Estland's debt of $300 million.", "AID", None),
    ("Two hundred troops arrived in Varno to join the UN peacekeeping mission.", "AID", None),
    ("The army said it had ceased its military operations near Dorvo.", "RETREAT", "ceasefire"),
    ("The rebels halted their offensive on the capital on Sunday.", "RETREAT", "ceasefire"),
    ("Norland suspended the tariffs on steel from Estland.", "CONCEDE", None),
    ("The council rescinded the levy on fuel after a week of protests.", "CONCEDE", None),
    ("The government revoked the state of emergency in the north.", "CONCEDE", None),
    ("Nurses ended their strike after the ministry raised wages.", "CONCEDE", None),
    ("The government expelled 20 humanitarian workers from the province.", "SANCTION", "expel"),
    ("The junta forced the UN observers out of the capital.", "SANCTION", "expel"),
    ("Authorities suspended the newspaper Varno Times for a month.", "COERCE", "censor"),
    ("The regime shut down two independent radio stations.", "COERCE", "censor"),
])
def test_material_cooperation_and_coercion_families(pipe, text, event, mode):
    events = asserted(pipe, text)
    assert any(e.event == event and (mode is None or e.mode == mode) for e in events), \
        [(e.event, e.mode, e.event_text) for e in events]


def test_ending_a_threat_of_a_strike_is_no_concession(pipe):
    events = asserted(pipe, "Pilots voted to accept the pay offer, ending the threat of a strike.")
    assert not any(e.event == "CONCEDE" and e.event_text.startswith("end") for e in events)


def test_refusing_to_end_a_strike_is_a_rejection(pipe):
    events = pipe.code_text("Teachers said they will not end the strike until their demands are met.").events
    assert any(e.event == "REJECT" and e.modality.asserted for e in events)
    assert sentence_class(events) == 3


@pytest.mark.parametrize("text, root, quad", [
    ("The opposition called for sanctions against Norland over the arrests.", "10", 3),
    ("Activists called on supporters to join a rally against the new tax.", "10", 3),
    ("The UN called for an end to the fighting in Dorvo.", "02", 0),
    ("The president asked Norland for help in fighting the forest fires.", "02", 0),
])
def test_an_appeal_for_a_hostile_act_is_a_demand(pipe, text, root, quad):
    events = pipe.code_text(text).events
    req = [e for e in events if e.event == "REQUEST" and e.modality.asserted]
    assert req and req[0].cameo_root == root, [(e.event, e.cameo_root) for e in events]
    assert sentence_class(events) == quad


def test_a_threat_with_a_condition_is_still_a_threat(pipe):
    events = pipe.code_text("Norland issued an ultimatum to Estland, warning of military action if "
                            "Estland does not withdraw its troops from the border.").events
    assert any(e.event == "THREATEN" and e.modality.asserted for e in events)
    assert sentence_class(events) == 3


def test_coordinated_acts_are_each_reported(pipe):
    events = asserted(pipe, "The council rejected the proposal and condemned the attack on the convoy.")
    assert {"REJECT", "ACCUSE"} <= {e.event for e in events}
    agreed = pipe.code_text("The rebels agreed to release and return the hostages.").events
    assert not [e for e in agreed if e.event == "RETREAT" and e.modality.asserted]  # still only agreed


def test_expressed_condolences_is_the_main_statement(pipe):
    events = pipe.code_text("The president expressed condolences to the families and condemned the attack.").events
    assert any(e.event == "SUPPORT" and e.cameo_root == "01" and e.modality.asserted for e in events)
    assert any(e.event == "ACCUSE" and e.modality.asserted for e in events)
    assert sentence_class(events) == 0


def test_minutes_later_is_past(pipe):
    events = asserted(pipe, "A car bomb exploded outside the governor's office, and minutes later gunmen "
                            "opened fire on rescuers, officials said.")
    assert any(e.event == "ASSAULT" and e.mode == "firearms" for e in events)
    assert not any(e.event == "THREATEN" for e in events)


@pytest.mark.parametrize("text, root, quad", [
    ("Officials said they agree with the panel's recommendation.", "01", 0),  # CAMEO 019 express accord
    ("The minister said he agreed with the court's decision.", "01", 0),
    ("Norland agreed with Estland on a ceasefire along the border.", "03", 1),
    ("Norland agreed with Estland to reopen the border crossing.", "03", 1),
])
def test_agreeing_with_a_view_is_a_statement(pipe, text, root, quad):
    events = pipe.code_text(text).events
    agree = [e for e in events if e.event == "AGREE" and e.modality.asserted]
    assert agree and agree[0].cameo_root == root, [(e.event, e.cameo_root) for e in events]
    assert sentence_class(events) == quad



def test_british_spelling_matches_an_american_entry(pipe):
    """'recognised' finds the lexicon's 'recognize' (frames.yaml spelling_suffixes), for every entry."""
    from truce.events.match import american_spelling

    assert american_spelling("recognise") == "recognize"
    assert american_spelling("mobilisation") == "mobilization"
    assert american_spelling("rise") == "rise"  # too short to be a suffix form
    assert [e.event for e in asserted(pipe, "Norland recognised the new government of Estland on Monday.")] == ["SUPPORT"]


def test_joint_activity_is_cooperation_whatever_stands_between(pipe):
    """A trigger entry's `modifier` list: 'joint naval drills' is COOPERATE, a plain 'fire drill' is not."""
    joint = asserted(pipe, "Norland and Estland began joint naval drills off the coast on Monday.")
    assert [e.event for e in joint] == ["COOPERATE"]
    assert asserted(pipe, "Staff at the Dorvo office took part in a fire drill on Monday.") == []


def test_support_noun_counts_only_as_the_object_of_a_verb_of_expressing(pipe):
    """A trigger entry's `governor` list: 'voiced support for' is SUPPORT, 'budget support' is not."""
    assert [e.event for e in asserted(pipe, "Norland voiced support for Estland in the dispute over the islands.")] \
        == ["SUPPORT"]
    assert asserted(pipe, "The country depends on budget support from donors.") == []


def test_weapon_launched_at_a_target_is_an_attack(pipe):
    """'launched drones at' a target is ASSAULT drone; a missile launched into the sea has no target."""
    hits = asserted(pipe, "Estland launched drones at an oil depot in the border region, the governor said.")
    assert [(e.event, e.mode) for e in hits] == [("ASSAULT", "drone")]
    assert asserted(pipe, "Norland launched a ballistic missile into the sea on Tuesday.") == []


@pytest.mark.parametrize("text, mode", [
    ("Police took two students into custody after the protest in Dorvo.", "arrest"),
    ("Officers apprehended a man suspected of planting the bomb at the ministry.", "arrest"),
    ("Security agents detained opposition figure Amadou Sall at the airport in Dorvo.", "arrest"),
    ("The junta has barred women from working for foreign organisations.", "restrict"),
])
def test_custody_apprehension_and_bars_are_coercion(pipe, text, mode):
    """'took into custody', 'apprehended', 'barred from' are COERCE; an 'opposition figure' is a person,
    not a level reached (classes.yaml level has no 'figure')."""
    assert [(e.event, e.mode) for e in asserted(pipe, text)] == [("COERCE", mode)]
