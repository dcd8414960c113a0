"""The claims stage: statements in other sentences reach the incident they are about, and the monitor
judges the incident with them (contested, attributed, excluded); casualty figures per report."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from truce.claims.casualties import parse_casualties
from truce.monitor import CONTESTED, NOT_COVERED, UNATTRIBUTED, VIOLATION, judge, loads_truce
from truce.monitor.attribution import attribute_ref
from truce.pipeline import code

TRUCE = """
name: Delta truce
timezone: Africa/Lagos
sources: [a test agreement]
start: 2026-04-01 00:00
parties:
  - {id: gov, name: Government of Nigeria, side: government, accepted: 2026-04-01,
     match: [{country: NGA, sector: [GOV, MIL]}], aliases: [Nigerian army, the army]}
  - {id: ndu, name: Delta Union, side: rebels, accepted: 2026-04-01, aliases: [Delta Union, DU],
     match: [{country: NGA, sector: [REB]}]}
excluded:
  - id: rhb
    names: [{name: Red Hills Brigade}]
area: {countries: [NGA]}
prohibited:
  - {event: ASSAULT}
permitted:
  - {kind: against-excluded}
  - {kind: self-defence}
"""


@pytest.fixture(scope="module")
def truce():
    return loads_truce(TRUCE)


def story(*sentences: str) -> str:
    return " ".join(sentences)


def incidents(text: str, truce):
    events = code(text, published="2026-04-06")
    verdicts = judge(events, truce)
    attacks = [v for v in verdicts if v.event.event == "ASSAULT" and v.event.modality.asserted]
    return events, attacks


ATTACK = "Gunmen attacked an army checkpoint near Warri on Sunday, killing two soldiers, police said."


def claims_of(events, kind: str):
    return [c for e in events for c in e.claims if c.kind == kind]


def test_blame_in_a_later_sentence_attributes_the_attack(truce):
    events, attacks = incidents(story(ATTACK, "The army blamed the Delta Union for the attack."), truce)
    assert [c.party.text for c in claims_of(events, "blame")] == ["the Delta Union"]
    assert attacks and all(v.verdict == VIOLATION and v.party == "ndu" for v in attacks)
    assert any("no one denies" in r for r in attacks[0].reasons)


def test_a_weapon_launched_by_a_party_blames_it(truce):
    """"Police said the drone was launched by the army": a weapon's passive verb names its doer, a blame
    that attributes the unattributed strike; a thing "sent by" someone that is no weapon blames nobody."""
    strike = "Two farmers were wounded near Warri on Sunday when a drone hit their car."
    events, attacks = incidents(story(strike, "Police said the drone was launched by the Nigerian army."), truce)
    assert [(c.party.text, c.claimant) for c in claims_of(events, "blame")] == [("the Nigerian army", "Police")]
    assert attacks and all(v.verdict == VIOLATION and v.party == "gov" for v in attacks)
    events, _ = incidents(story(strike, "The photograph was sent by the Nigerian army."), truce)
    assert not claims_of(events, "blame")


def test_blame_and_denial_in_other_sentences_make_it_contested(truce):
    text = story(ATTACK, "The army blamed the Delta Union for the attack.",
                 "The Delta Union denied any involvement.")
    events, attacks = incidents(text, truce)
    assert claims_of(events, "denial")
    assert attacks and all(v.verdict == CONTESTED for v in attacks)
    assert any("denies" in c for c in attacks[0].claimants)


def test_a_quoted_first_person_denial_is_the_speakers(truce):
    text = story(ATTACK, "The army blamed the Delta Union.",
                 '"Our fighters have not fired a single bullet," a Delta Union spokesman said.')
    events, attacks = incidents(text, truce)
    denials = claims_of(events, "denial")
    assert denials and attribute_ref(denials[0].party, truce.units[0]).party.id == "ndu"
    assert denials[0].party.coref == "a Delta Union spokesman"
    assert all(v.verdict == CONTESTED for v in attacks)


def test_an_admitted_strike_with_a_disputed_target_is_no_denial(truce):
    # the army says it struck, and denies only whom it hit: the strike is admitted, not denied
    text = story("An air strike hit a market near Warri on Sunday, killing six traders, witnesses said.",
                 "Residents blamed the Nigerian army for the strike.",
                 "The army said in a statement that its jets had struck a Delta Union depot near the town, "
                 "and denied hitting civilians.")
    events, attacks = incidents(text, truce)
    assert not claims_of(events, "denial")
    assert [c.party.text for c in claims_of(events, "responsibility")] == ["army"]
    assert attacks and all(v.verdict == VIOLATION and v.party == "gov" for v in attacks)


def test_a_denial_of_the_act_itself_still_counts(truce):
    # the control: no admission in the sentence, so the negated strike is the army's denial
    text = story("An air strike hit a market near Warri on Sunday, killing six traders, witnesses said.",
                 "Residents blamed the Nigerian army for the strike.",
                 "The army said in a statement that it had not carried out any strike near the town.")
    events, attacks = incidents(text, truce)
    assert claims_of(events, "denial")
    assert attacks and all(v.verdict == CONTESTED for v in attacks)


def test_did_not_mention_is_no_denial(truce):
    text = story(ATTACK, "The army blamed the Delta Union for the attack.",
                 "The army's daily bulletin did not mention the attack.")
    events, attacks = incidents(text, truce)
    assert not claims_of(events, "denial")
    assert all(v.verdict == VIOLATION and v.party == "ndu" for v in attacks)


def test_a_party_statement_that_did_not_mention_the_attack_is_its_silence_not_a_denial(truce):
    # the negated mention's actor is the party's statement: the negation is a silence, not "we did not"
    text = story(ATTACK, "The army blamed the Delta Union for the attack.",
                 "A Delta Union statement issued on Monday welcomed the talks but did not mention the attack.")
    events, attacks = incidents(text, truce)
    assert not claims_of(events, "denial")
    assert [c.cue for c in claims_of(events, "silence")] == ["not mention"]
    assert attacks and all(v.verdict == VIOLATION and v.party == "ndu" for v in attacks)


def test_a_silence_claim_keeps_the_monitor_from_reading_a_negated_mention_as_a_denial(truce):
    from truce.records import ActorRef, Claim, Event, EventLocation, Modality

    where = EventLocation(name="Warri", lat=5.517, lon=5.75, country="NGA", precision="city", rule="sentence")
    attack = Event(id="e1", article_id="a1", event="ASSAULT", sentence="Gunmen attacked a checkpoint.",
                   sentence_start=0, location=where, date="2026-04-05", date_precision="day",
                   actor=[ActorRef("Gunmen", sector="UAF")],
                   claims=[Claim("blame", ActorRef("the Delta Union", country="NGA", sector="REB"), "the army")])
    union = ActorRef("A Delta Union statement", name="Delta Union")
    mention = Event(id="e2", article_id="a1", event="ASSAULT", sentence="A Delta Union statement did not mention it.",
                    sentence_start=40, location=where, date="2026-04-06", date_precision="reported", actor=[union],
                    modality=Modality(negated=True, cue="not"))
    v1, v2 = judge([attack, mention], truce)
    assert v2.verdict == NOT_COVERED and v1.verdict == CONTESTED  # without the claim: read as the Union's denial
    mention.claims = [Claim("silence", union, "A Delta Union statement", mention.sentence, 60, 62, "not mention")]
    v1, _ = judge([attack, mention], truce)
    assert v1.verdict == VIOLATION and v1.party == "ndu"


def test_did_not_comment_is_no_denial(truce):
    text = story(ATTACK, "Local officials said the attackers were Delta Union fighters.",
                 "The Delta Union did not comment.")
    events, attacks = incidents(text, truce)
    assert claims_of(events, "blame") and not claims_of(events, "denial")
    assert all(v.verdict == VIOLATION for v in attacks)


def test_responsibility_claimed_by_an_excluded_group_is_not_covered(truce):
    text = story("A car bomb exploded outside the governor's office in Warri on Saturday, injuring six people.",
                 "The Red Hills Brigade claimed responsibility for the bombing on Sunday.")
    events, attacks = incidents(text, truce)
    # one claim, on every report the event coder made of the bombing's sentence
    assert {(c.party.text, c.start) for c in claims_of(events, "responsibility")} == {
        ("The Red Hills Brigade", text.index("claimed responsibility"))}
    assert attacks and all(v.verdict == NOT_COVERED for v in attacks)


def test_self_defence_by_both_sides_is_contested(truce):
    text = story("Rebels ambushed an army patrol near Warri on Sunday, wounding one soldier, the army said.",
                 '"Our troops returned fire in self-defence," the army said.',
                 '"We defended ourselves," a Delta Union commander said.')
    events, attacks = incidents(text, truce)
    sides = {attribute_ref(c.party, truce.units[0]).party.id for c in claims_of(events, "self-defence")}
    assert sides == {"gov", "ndu"}
    assert attacks and all(v.verdict == CONTESTED for v in attacks)


def test_a_group_name_with_self_defence_in_it_is_no_claim():
    events = code("Gunmen from the Warri Self-Defence Forces attacked a police station on Sunday.",
                  published="2026-04-06")
    assert not claims_of(events, "self-defence")


def test_an_unclaimed_attack_stays_unattributed(truce):
    _, attacks = incidents(ATTACK, truce)
    assert attacks and all(v.verdict == UNATTRIBUTED for v in attacks)


def test_casualties_reach_the_report_with_their_claimant():
    events = code(ATTACK, published="2026-04-06")
    figures = [(c.kind, c.count, c.claimant) for e in events for c in e.casualties]
    assert ("killed", 2, "police") in figures


# --- casualty parsing -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("killing three officers and wounding five", [("killed", 3, None), ("injured", 5, None)]),
    ("Twelve suspected members were arrested on Wednesday.", [("arrested", 12, None)]),
    ("Armed men abducted four oil workers.", [("abducted", 4, None)]),
    ("at least 15 people were wounded", [("injured", 15, None)]),
    ("more than 20 civilians died", [("killed", 21, None)]),
    ("between five and seven people were hurt", [("injured", 5, 7)]),
    ("5-7 people were injured", [("injured", 5, 7)]),
    ("up to 30 people were killed", [("killed", 1, 30)]),
    ("The strike killed dozens of fighters.", [("killed", 24, 99)]),
    ("leaving two smugglers dead", [("killed", 2, None)]),
    ("Seven civilians, including two children, were killed.", [("killed", 7, None)]),
    ("The monitor put the death toll at nine.", [("killed", 9, None)]),
    ("twenty-five people were killed", [("killed", 25, None)]),
    ("One soldier was wounded.", [("injured", 1, None)]),
])
def test_casualty_figures(text, expected):
    assert [(c.kind, c.count, c.high) for c in parse_casualties(text)] == expected


@pytest.mark.parametrize("text", [
    "A 57-year-old man was shot outside his home.",
    "Flight MH17 was shot down.",
    "The 1,200 troops deployed in the region had not stopped the threats.",
    "Fighting in 2014 displaced families.",
    "The shelling began at 10:30 p.m. and ended at 03:15.",
    "On June 14 a grenade hit a bar.",
    "About 40 percent of the families were displaced.",
    "Several people were hurt.",
    "A convoy of eight trucks was turned back.",
    "Route 55 was closed.",
])
def test_false_friends_are_not_counts(text):
    assert parse_casualties(text) == []


def test_offsets_point_into_the_article():
    text = "Intro. Police said gunmen killed seven people."
    (c,) = parse_casualties(text[7:], offset=7)
    assert text[c.start:c.end] == c.text == "killed seven"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_parser_never_fails_and_offsets_hold(text):
    for c in parse_casualties(text):
        assert c.count >= 0 and (c.high is None or c.high > c.count)
        assert text[c.start:c.end] == c.text


def test_a_claim_reaches_every_report_of_its_sentence_happening():
    """The event coder may code one happening twice in a sentence ("a car bomb exploded ..., injuring
    six"): a claim about it reaches both reports, not one of them."""
    from truce.claims import attach
    from truce.records import ActorRef, Claim, Event

    sent = "A car bomb exploded in Warri on Saturday, injuring six people."
    a = Event(id="a", article_id="x", event="ASSAULT", sentence=sent, sentence_start=0, trigger_start=6)
    b = Event(id="b", article_id="x", event="ASSAULT", sentence=sent, sentence_start=0, trigger_start=42)
    other = Event(id="c", article_id="x", event="ASSAULT", sentence="Gunmen shot a guard.", sentence_start=200,
                  trigger_start=207)
    claim = Claim("responsibility", ActorRef("the Brigade", name="Red Hills Brigade"), None, "claimed", 80, 87)
    attach(claim, [a, b, other])
    assert a.claims == [claim] and b.claims == [claim] and other.claims == []


def test_a_spokesmans_denial_is_the_organisation_his_apposition_names(truce):
    """"Musa Bello, a spokesman for the Delta Union, denied the charge": the speaker is a person the
    coder cannot place; his apposition says whom he speaks for, so the denial is the Delta Union's and
    the army's blame is contested."""
    text = story("Gunmen attacked a police post in Warri on Sunday, killing two officers.",
                 "The army blamed the Delta Union for the attack.",
                 "Musa Bello, a spokesman for the Delta Union, denied the charge.")
    events, attacks = incidents(text, truce)
    denials = [c for e in events for c in e.claims if c.kind == "denial"]
    assert denials and "Delta Union" in denials[0].party.text
    assert attacks and {v.verdict for v in attacks} == {CONTESTED}


def test_self_defence_reaches_the_earlier_act_of_another_type_it_defends():
    """"Fighters of the Delta Union seized an army outpost ... A Delta Union commander said his fighters had
    acted in self-defence because soldiers at the outpost had shelled their villages": the shelling in the
    claim's sentence is what the speaker answered; with no earlier attack, the claim is also about the
    seizure before it (our own writing)."""
    events = code("Fighters of the Delta Union seized an army outpost near Warri on Sunday, police said. "
                  "A Delta Union commander said his fighters had acted in self-defence because soldiers at the "
                  "outpost had shelled their villages.", published="2026-04-06")
    seizure = [e for e in events if e.event == "COERCE" and e.modality.asserted]
    assert seizure and any(c.kind == "self-defence" for c in seizure[0].claims)


def test_self_defence_prefers_an_earlier_act_of_its_own_type():
    from truce.claims import _also_about_earlier
    from truce.records import ActorRef, Claim, Event

    def e(kind: str, start: int) -> Event:
        x = Event(id=f"t{start}", article_id="a", event=kind, sentence="x" * 40)
        x.sentence_start, x.trigger_start = start, start + 2
        return x

    attack, seizure, response = e("ASSAULT", 0), e("COERCE", 50), e("ASSAULT", 100)
    claim = Claim("self-defence", ActorRef("our troops", country="NGA", sector="MIL"), "the army", "", 105, 110)
    _also_about_earlier(claim, response, [attack, seizure, response])
    assert claim in attack.claims and claim not in seizure.claims
    claim2 = Claim("self-defence", ActorRef("our troops", country="NGA", sector="MIL"), "the army", "", 106, 111)
    _also_about_earlier(claim2, response, [seizure, response])
    assert claim2 in seizure.claims


def test_some_of_the_excluded_groups_fighters_killed_by_the_army_is_permitted(truce):
    # "them" after "four of" is the plural object named before it: the group's fighters, the excluded group
    text = story("Fighters of the Red Hills Brigade ambushed a police truck near Warri on Saturday, killing three "
                 "officers.", "Army troops pursued the group's fighters into the hills and killed four of them near "
                 "Warri on Sunday, the military said.")
    events, attacks = incidents(text, truce)
    (killed,) = [v for v in attacks if v.event.trigger == "killed"]
    assert [r.name for r in killed.event.recipient] == ["Red Hills Brigade"]
    assert killed.verdict == NOT_COVERED and killed.rule.startswith("permitted")


@pytest.mark.parametrize(("text", "antecedent"), [
    ("Troops pursued the group's fighters into the hills and killed four of them.", "the group's fighters"),
    ("Police arrested twenty suspects and later released several of them.", "twenty suspects"),
    ("Rebels ambushed an army patrol on Sunday, killing three of them.", None),  # no plural object: no guess
    ("Rebels fired at the soldiers, who told four of them to leave.", None),  # not after a number's "of"
])
def test_a_partitive_them_stands_for_the_plural_object_before_it(nlp, text, antecedent):
    from truce.actors.coref import partitive_antecedent

    doc = nlp(text)
    at = text.rindex("them")
    found = partitive_antecedent(doc, at, at + 4)
    assert (found.text if found is not None else None) == antecedent
