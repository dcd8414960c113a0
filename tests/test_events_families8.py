"""Families of issue 10's eighth round, on our own sentences: a peace mission that is the mover of an
intransitive motion verb ('peacekeepers arrived', 'observers deployed'), a noun act whose phrases the
parser hangs on its light verb ('announced the deployment of troops ... on a peacekeeping mission'), and
more verbs that ease a restriction ('shortened the curfew', 'scaled back the lockdown'), failing to agree and
ruling out a course of action as rejections."""

from __future__ import annotations

import pytest

from coding import asserted
from truce.events.classes import main_event, sentence_class


@pytest.mark.parametrize("text", [
    "A battalion of Kenyan peacekeeping troops arrived in Goma on Friday.",
    "The foreign ministry said the observers arrived in the capital to monitor the vote.",
    "The army said 300 peacekeepers deployed to the border region last week.",
    "The government announced the deployment of 400 soldiers to Haiti on a peacekeeping mission.",
])
def test_peace_mission_moving_in_is_aid(pipe, text):
    events = asserted(pipe, text)
    assert main_event(events) is not None and main_event(events).event == "AID", [(e.event, e.event_text) for e in events]
    assert sentence_class(events) == 2  # CAMEO 074 peacekeeping: material cooperation


@pytest.mark.parametrize("text", [
    "A unit of rebel fighters arrived in the town on Sunday.",
    "The delegation arrived in Varno on Monday evening.",
])
def test_other_movers_arriving_are_no_aid(pipe, text):
    assert not [e for e in asserted(pipe, text) if e.event == "AID"]


@pytest.mark.parametrize("text", [
    "The army deployed 2,000 troops to the frontier.",
    "Two armoured divisions deployed along the border overnight.",
])
def test_troops_deploying_stay_mobilize(pipe, text):
    types = {e.event for e in asserted(pipe, text)}
    assert "MOBILIZE" in types and "AID" not in types


@pytest.mark.parametrize("text", [
    "The governor shortened the nightly curfew by two hours.",
    "The council scaled back the lockdown in the capital.",
])
def test_cutting_back_a_restriction_is_concede(pipe, text):
    events = asserted(pipe, text)
    assert main_event(events) is not None and main_event(events).event == "CONCEDE", [(e.event, e.event_text) for e in events]
    assert "COERCE" not in {e.event for e in events}


def test_shortening_other_things_is_no_event(pipe):
    assert not asserted(pipe, "The shop shortened its opening hours for the winter.")


@pytest.mark.parametrize("text", [
    "The two delegations failed to reach agreement on the border dispute after three days of talks.",
    "Ministers from the two countries failed to agree on the new fishing quotas.",
])
def test_failing_to_agree_is_a_rejection(pipe, text):
    events = pipe.code_text(text).events
    main = main_event([e for e in events if e.modality.asserted and not e.demoted])
    assert main is not None and main.event == "REJECT" and main.actor, [(e.event, e.modality) for e in events]
    agree = [e for e in events if e.event == "AGREE"]
    assert agree and not agree[0].modality.asserted  # the agreement itself did not happen
    assert sentence_class(events) == 3


def test_failing_at_other_acts_is_no_rejection(pipe):
    assert "REJECT" not in {e.event for e in pipe.code_text("The army failed to capture the town.").events}


@pytest.mark.parametrize("text", [
    "The junta ruled out talks with the opposition.",
    "The prime minister ruled out a withdrawal of troops from the valley.",
    "The president ruled out the possibility of a ceasefire before the elections.",
])
def test_ruling_out_a_course_of_action_is_reject(pipe, text):
    events = asserted(pipe, text)
    assert main_event(events) is not None and main_event(events).event == "REJECT", [(e.event, e.event_text) for e in events]


@pytest.mark.parametrize("text", ["Police ruled out foul play in the death of the singer.", "Doctors ruled out an infection."])
def test_ruling_out_a_cause_is_no_event(pipe, text):
    assert "REJECT" not in {e.event for e in pipe.code_text(text).events}


@pytest.mark.parametrize("text", [
    "Government forces continued their attacks on the rebel-held district for a third day.",
    "Government forces attacked the rebel-held district for a third day.",
])
def test_how_long_an_attack_went_on_is_no_reason_for_criticism(pipe, text):
    types = {e.event for e in asserted(pipe, text)}
    assert "ASSAULT" in types and "ACCUSE" not in types


def test_attacking_someone_for_something_is_still_criticism(pipe):
    events = asserted(pipe, "The senator attacked the president for his handling of the crisis.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_an_order_to_suspend_publication_is_the_coercion(pipe):
    events = asserted(pipe, "The military government ordered the opposition weekly to suspend publication.")
    assert [(e.event, e.mode) for e in events] == [("COERCE", "censor")]
    assert events[0].actor and events[0].actor[0].sector == "GOV"
    assert events[0].recipient and "weekly" in events[0].recipient[0].text


@pytest.mark.parametrize("text", [
    "The court ordered the ministry to release the documents.",
    "The interior ministry ordered the foreign journalists to leave the country within 48 hours.",
])
def test_other_orders_stay_demands(pipe, text):
    assert "COERCE" not in {e.event for e in pipe.code_text(text).events}


@pytest.mark.parametrize("text", [
    "Officials said on Monday that easing the sanctions on the regime is currently out of the question.",
    "The minister said a withdrawal of troops from the valley was out of the question.",
    "The foreign minister said talks with the rebels were off the table.",
])
def test_an_act_ruled_out_is_the_speakers_rejection(pipe, text):
    events = pipe.code_text(text).events
    main = main_event([e for e in events if e.modality.asserted and not e.demoted])
    assert main is not None and main.event == "REJECT" and main.actor, [(e.event, e.modality) for e in events]
    assert all(not e.modality.asserted for e in events if e is not main)  # the ruled-out act did not happen
    assert sentence_class(events) == 3


def test_an_ordinary_plan_out_of_the_question_is_no_event(pipe):
    assert not pipe.code_text("A holiday this year is out of the question, the farmer said.").events


@pytest.mark.parametrize("text, mode", [
    ("The rebel army prepared to resume shelling the government-held districts of the city.", "weapons"),
    ("The army prepared to attack the town.", "troops"),
])
def test_forces_readying_an_attack_mobilize(pipe, text, mode):
    events = pipe.code_text(text).events
    main = main_event([e for e in events if e.modality.asserted and not e.demoted])
    assert main is not None and (main.event, main.mode) == ("MOBILIZE", mode), [(e.event, e.mode) for e in events]
    assert all(not e.modality.asserted for e in events if e.event == "ASSAULT")  # the attack is not done yet


@pytest.mark.parametrize("text", [
    "The militia said it was preparing to attack the base.",
    "The minister said the government was ready to attack any intruders.",
])
def test_saying_one_is_ready_to_attack_stays_a_threat(pipe, text):
    types = {e.event for e in asserted(pipe, text)}
    assert "THREATEN" in types and "MOBILIZE" not in types


def test_preparing_to_sign_is_no_mobilization(pipe):
    assert "MOBILIZE" not in {e.event for e in pipe.code_text("The two sides prepared to sign the peace accord.").events}


@pytest.mark.parametrize("text, mode", [
    ("The authorities let free dozens of detained activists.", "release"),
    ("The rebels handed back the captured town to the army.", None),
    ("The militia gave back the border post to the government forces.", None),
])
def test_freeing_and_handing_back_are_retreat(pipe, text, mode):
    events = asserted(pipe, text)
    main = main_event(events)
    assert main is not None and (main.event, main.mode) == ("RETREAT", mode), [(e.event, e.mode) for e in events]
    assert sentence_class(events) == 2


def test_letting_someone_go_home_is_no_event(pipe):
    assert not pipe.code_text("The coach let the players go home early.").events


@pytest.mark.parametrize("text", [
    "Germany took in 800,000 refugees last year.",
    "The country admitted 20,000 refugees from the war zone.",
    "Uganda welcomed thousands of refugees from South Sudan.",
])
def test_taking_in_refugees_is_aid(pipe, text):
    events = asserted(pipe, text)
    assert main_event(events) is not None and main_event(events).event == "AID", [(e.event, e.event_text) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("The minister welcomed the decision of the court.", "SUPPORT"),
    ("The school admitted 200 new students.", None),
])
def test_welcoming_or_admitting_others_is_no_aid(pipe, text, kind):
    types = [e.event for e in asserted(pipe, text)]
    assert "AID" not in types and (kind is None or kind in types)


@pytest.mark.parametrize("text", [
    "The military ruler took steps to expand political freedoms in the country.",
    "The junta restored press freedom after ten years of censorship.",
    "The government legalized opposition parties on Monday.",
])
def test_widening_political_freedoms_is_concede(pipe, text):
    events = asserted(pipe, text)
    assert main_event(events) is not None and main_event(events).event == "CONCEDE", [(e.event, e.event_text) for e in events]


def test_restoring_a_service_is_no_concession(pipe):
    assert "CONCEDE" not in {e.event for e in pipe.code_text("The city restored electricity to the district.").events}


@pytest.mark.parametrize("text", [
    "Negotiators from the two sides return to Vienna this week for talks on the nuclear programme.",
    "The foreign minister flew to Ankara on Monday for talks with his Turkish counterpart.",
    "Opposition leaders gathered in the capital for a meeting on the election.",
])
def test_travelling_for_talks_is_consult(pipe, text):
    events = asserted(pipe, text)
    assert main_event(events) is not None and main_event(events).event == "CONSULT", [(e.event, e.demoted) for e in pipe.code_text(text).events]


def test_travelling_for_a_match_is_no_event(pipe):
    assert not asserted(pipe, "The team flew to Madrid for a friendly match.")
