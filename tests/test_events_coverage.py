"""Coverage families of how news reports events (own sentences): bases set up, weapons found or
defused, territory captured, arson and looting, exchanges of fire, blockades and barricades, releases
and surrenders, appeals versus demands, denials, blocked aid convoys, ceasefire violations."""

from __future__ import annotations

import pytest

from coding import asserted
from truce.events.classes import sentence_class


@pytest.mark.parametrize("text, event, mode", [
    ("Soldiers set up checkpoints on the main road into Dorvo.", "MOBILIZE", "troops"),
    ("The militia established a new base outside the village.", "MOBILIZE", "troops"),
    ("Police found a weapons cache in a farmhouse near Kelby.", "COERCE", "seize"),
    ("Army engineers defused a roadside bomb near the market.", "COERCE", "seize"),
    ("Customs officers seized a shipment of rifles at the port.", "COERCE", "seize"),
    ("Rebels captured the town of Varno after two days of fighting.", "COERCE", "seize"),
    ("Insurgents seized control of three villages in the north.", "COERCE", "seize"),
    ("Fighters took over the airport on Sunday.", "COERCE", "seize"),
    ("Gunmen set fire to houses in the village of Dorvo.", "ASSAULT", "destroy"),
    ("Militiamen looted shops and burned the market.", "ASSAULT", "destroy"),
    ("Militiamen set several cars ablaze in the city centre.", "ASSAULT", "destroy"),  # rioters': PROTEST riot (gsr11)
    ("Armed youths set several huts ablaze in the village.", "ASSAULT", "destroy"),  # an armed crowd attacks
    ("Youths set several cars ablaze in the city centre after the verdict.", "PROTEST", "riot"),
    ("Troops and rebels exchanged fire near the border post.", "ASSAULT", "firearms"),
    ("Protesters erected barricades on the main highway.", "PROTEST", "obstruct"),
    ("Farmers blocked roads into the capital with tractors.", "PROTEST", "obstruct"),
    ("Protesters burned the national flag outside the embassy.", "PROTEST", "demo"),
    ("The rebels released twenty prisoners on Friday.", "RETREAT", "release"),
    ("The group handed over its weapons to the peacekeepers.", "RETREAT", "disarm"),
    ("Two hundred fighters surrendered to the army.", "RETREAT", "disarm"),
    ("The museum returned the stolen statues to the government of Kelby.", "RETREAT", "return"),
    ("Militias turned back an aid convoy at the crossing.", "COERCE", "withhold"),
    ("Soldiers blocked aid deliveries to the besieged town.", "COERCE", "withhold"),
    ("Rebels stopped an aid convoy near the town on Friday.", "COERCE", "withhold"),
    ("Fighters stopped a convoy of six food trucks at a checkpoint and ordered the drivers back.", "COERCE", "withhold"),
    ("The government stopped aid to the region.", "SANCTION", "discontinue"),
    ("The army violated the ceasefire in the eastern province.", "ASSAULT", None),
    ("Norland is deploying 300 peacekeepers to Estland.", "AID", None),
    ("About 2,000 soldiers were deployed as peacekeeping forces along the corridor.", "AID", None),
    ("Norland sent 200 troops to Estland to serve as a peacekeeping force.", "AID", None),
    ("Norland sent 300 troops to the border on Monday.", "MOBILIZE", "troops"),
    ("Government troops advanced into rebel-held territory on Sunday.", "MOBILIZE", "troops"),
    ("An army column advanced towards the rebel stronghold on Sunday.", "MOBILIZE", "troops"),
    ("The trade council lifted its four-year boycott of Norland's products.", "CONCEDE", None),
    ("The government rolled back tariffs on imported steel.", "CONCEDE", None),
    ("The junta repealed the travel ban on foreign journalists.", "CONCEDE", None),
    ("The army lifted the curfew in Dorvo.", "CONCEDE", None),
    ("The UN withdrew its weapons inspectors from Norland on Monday.", "SANCTION", "withdraw"),
    ("Norland withdrew its troops from the border.", "RETREAT", None),
    ("The government gave $2 million to the flood-hit province.", "AID", None),
    ("The foreign minister praised the mediators.", "SUPPORT", None),
    ("The council condemned the bombing.", "ACCUSE", "disapprove"),
])
def test_coverage_family(pipe, text, event, mode):
    events = asserted(pipe, text)
    assert any(e.event == event and (mode is None or e.mode == mode) for e in events), \
        [(e.event, e.mode, e.event_text) for e in events]


@pytest.mark.parametrize("text, root, quad", [
    ("The envoy urged both sides to return to talks.", "02", 0),
    ("The union called on the government to raise wages.", "02", 0),
    ("The opposition demanded the immediate release of its leader.", "10", 3),
    ("The ministry rejected accusations that its troops had shelled the town.", "01", 0),
    ("The president expressed his condolences to the families of the victims.", "01", 0),
])
def test_appeals_demands_and_statements_have_their_cameo_roots(pipe, text, root, quad):
    events = pipe.code_text(text).events
    assert any(e.cameo_root == root for e in events if e.modality.asserted), [(e.event, e.cameo_root) for e in events]
    assert sentence_class(events) == quad


def test_light_verb_decides_the_sense_of_strike(pipe):
    attack = asserted(pipe, "The air force carried out a strike on a weapons depot.")
    labour = asserted(pipe, "Teachers went on strike on Monday.")
    assert any(e.event == "ASSAULT" for e in attack) and not any(e.event == "PROTEST" for e in attack)
    assert any(e.event == "PROTEST" for e in labour) and not any(e.event == "ASSAULT" for e in labour)


def test_capture_generalises_over_places_and_people(pipe):
    town = asserted(pipe, "Government forces captured Mosul on Tuesday.")
    person = asserted(pipe, "Troops captured the rebel commander near the border.")
    assert any(e.event == "COERCE" and e.mode == "seize" for e in town)  # PLOVER: occupying territory is COERCE
    assert any(e.event == "COERCE" and e.mode == "arrest" for e in person)


def test_considering_an_act_is_not_the_act(pipe):
    events = pipe.code_text("Norland is considering sending aid to Estland.").events
    assert not [e for e in events if e.event == "AID" and e.modality.asserted]
    assert sentence_class(events) == 0


@pytest.mark.parametrize("text", [
    "A roadside bomb killed three soldiers near Dorvo.",
    "Mortar rounds hit the market on Monday.",
    "Rockets struck a school in the east of the city.",
])
def test_weapons_are_never_actors(pipe, text):
    events = [e for e in pipe.code_text(text).events if e.event == "ASSAULT"]
    assert events
    for e in events:
        for a in e.actor:
            assert not any(w in a.text.lower() for w in ("bomb", "mortar", "rocket", "round")), a.text


def test_demoted_candidate_when_nothing_else_survives(pipe):
    events = pipe.code_text("Residents fled the town after two days of heavy shelling.").events
    demoted = [e for e in events if e.demoted]
    assert demoted and demoted[0].event == "ASSAULT" and "weak candidate" in demoted[0].demoted_reason
    assert not [e for e in events if not e.demoted and e.event == "ASSAULT"]


@pytest.mark.parametrize("text, event", [
    ("The senator says he is pessimistic about the possibility of a deal with Norland.", "AGREE"),
    ("The minister expressed optimism at the prospect of a trade accord with Estland.", "AGREE"),
    ("Analysts are skeptical about the chances of new talks between Norland and Estland.", "CONSULT"),
])
def test_a_prospect_of_an_act_is_not_the_act(pipe, text, event):
    events = pipe.code_text(text).events
    assert not [e for e in events if e.event == event and e.modality.asserted], [(e.event, e.modality) for e in events]
    assert sentence_class(events) == 0


def test_an_advance_into_the_other_sides_ground_has_the_territory_context(pipe):
    """A truce's "no movement of forces into areas held by the other party" is MOBILIZE troops with the
    PLOVER context territory; talks that "advanced towards a deal" (no armed actor) are no movement."""
    (e,) = [e for e in asserted(pipe, "Government troops advanced into rebel-held territory on Sunday.")
            if e.event == "MOBILIZE"]
    assert "territory" in e.context
    assert not [e for e in asserted(pipe, "The talks advanced towards a deal.") if e.event == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Army units moved into the town of Dorvo overnight.",
    "Rebel fighters pushed beyond the old ceasefire line on Sunday.",
    "Government tanks rolled into the village at dawn.",
    "Soldiers moved to new positions near the front line.",
    "Militia forces pushed towards the provincial capital.",
])
def test_a_plain_verb_of_motion_with_a_direction_is_a_troop_movement(pipe, text):
    """News tells an advance with "moved into", "pushed beyond", "rolled into" as often as with
    "advanced": with an armed mover and a direction it is MOBILIZE troops in the territory context."""
    mobilized = [e for e in asserted(pipe, text) if e.event == "MOBILIZE"]
    assert mobilized and mobilized[0].mode == "troops" and "territory" in mobilized[0].context, \
        [(e.event, e.mode, e.context) for e in pipe.code_text(text).events]


@pytest.mark.parametrize("text", [
    "The company moved into new offices in the capital.",
    "Oil prices pushed towards $90 a barrel on Tuesday.",
    "The bill moved to the upper house after a long debate.",
    "The storm rolled into the coastal towns overnight.",
    "The striker pushed into the box and scored.",
])
def test_a_move_without_an_armed_mover_is_no_troop_movement(pipe, text):
    assert not [e for e in asserted(pipe, text) if e.event == "MOBILIZE"], \
        [(e.event, e.event_text) for e in pipe.code_text(text).events]


@pytest.mark.parametrize("text, event, mode", [
    ("Government forces retook the airport after a week of fighting.", "COERCE", "seize"),
    ("Rebels broke the truce on Sunday with an attack on the garrison.", "ASSAULT", None),
    ("Norlandic warplanes struck targets in the south of Estland.", "ASSAULT", "aerial"),
    ("The truce was violated several times overnight, the monitors said.", "ASSAULT", None),
    ("Militiamen torched homes in the village of Dorvo.", "ASSAULT", "destroy"),
])
def test_military_wording_the_small_model_or_a_sense_rule_used_to_lose(pipe, text, event, mode):
    """An irregular past the lemmatizer leaves alone ('retook'), breaking a truce, targets struck by
    warplanes (no level reached), and triggers with no everyday sense that the learned sense model
    is not asked about ('violated' a truce, 'torched')."""
    events = asserted(pipe, text)
    assert any(e.event == event and (mode is None or e.mode == mode) for e in events), \
        [(e.event, e.mode, e.event_text, e.demoted_reason) for e in pipe.code_text(text).events]


@pytest.mark.parametrize("text", [
    "The company hit its sales target for the year.",
    "Shares hit a record high on Monday.",
])
def test_a_level_reached_by_a_firm_or_a_price_is_no_attack(pipe, text):
    assert not [e for e in asserted(pipe, text) if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, actor", [
    ("Monitors observed a column of about 30 army vehicles moving into areas held by the rebels.", "army vehicles"),
    ("Witnesses saw soldiers firing at the crowd outside the ministry.", "soldiers"),
    ("An army column of about 30 vehicles advanced from Dorvo towards Kelby and set up positions east of Dorvo.",
     "army column"),
])
def test_who_moves_or_fires_in_a_participle_or_a_broken_conjunction(pipe, text, actor):
    """The noun a present participle describes does its act ('vehicles moving', 'soldiers firing'), also
    as the object of a verb of observation; a verb the parser joins to the subject noun itself takes
    that noun as its subject."""
    events = [e for e in asserted(pipe, text) if e.event in ("MOBILIZE", "ASSAULT")]
    assert events and any(a.text.startswith(actor) for e in events for a in e.actor), \
        [(e.event, [a.text for a in e.actor]) for e in events]


@pytest.mark.parametrize("text", [
    "Three soldiers died in Dorvo when shells fell on the army camp beside the river.",
    "Rockets landed on the airport overnight.",
    "Mortar rounds rained down on the town for hours.",
])
def test_munitions_that_fall_or_land_on_a_place_are_an_attack(pipe, text):
    assert [e for e in asserted(pipe, text) if e.event == "ASSAULT" and e.mode == "heavy-weapons"], \
        [(e.event, e.event_text, e.demoted_reason) for e in pipe.code_text(text).events]


@pytest.mark.parametrize("text", [
    "Oil prices fell on Monday.",
    "The plane landed in Kelby on Tuesday.",
    "Rain fell on the capital for hours.",
    "The festival falls on a Sunday this year.",
])
def test_a_fall_or_a_landing_of_anything_else_is_no_attack(pipe, text):
    assert not [e for e in asserted(pipe, text) if e.event == "ASSAULT"]
