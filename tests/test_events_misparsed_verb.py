"""A past tense the small parser reads as a noun ("men on a motorcycle shot dead ..."), and unnamed men
who carry out an armed attack (own sentences, verdict9)."""

from __future__ import annotations

import pytest


def _assaults(pipe, text):
    return [e for e in pipe.code_text(text).events if e.event == "ASSAULT" and e.modality.asserted]


@pytest.mark.parametrize(("text", "victim"), [
    ("Armed men on a motorbike shot dead a village official in the town late on Friday.", "official"),
    ("Two gunmen on a motorcycle shot dead a police officer outside his home on Sunday evening.", "officer"),
])
def test_a_past_tense_read_as_a_noun_before_an_adjective_with_an_object(pipe, text, victim) -> None:
    found = _assaults(pipe, text)
    assert found, [(e.event, e.event_text) for e in pipe.code_text(text).events]
    (event,) = found
    assert event.mode == "firearms" and not event.demoted
    assert [a.sector for a in event.actor] == ["UAF"]
    assert any(victim in r.text for r in event.recipient)


def test_a_well_parsed_shooting_is_unchanged(pipe) -> None:
    (event,) = _assaults(pipe, "Soldiers shot a protester in the leg on Monday.")
    assert event.trigger == "shot" and [a.sector for a in event.actor] == ["MIL"]


def test_an_adjective_without_an_object_is_no_verb(pipe) -> None:
    text = "The dead soldier's rifle shot was heard across the valley."
    assert not [e for e in _assaults(pipe, text) if e.trigger == "shot" and e.recipient]


@pytest.mark.parametrize("text", [
    "Two men opened fire on a police post in the town on Sunday night.",
    "Masked men shot dead a police officer near the station on Monday.",
])
def test_unnamed_men_carrying_out_an_armed_attack_are_unidentified(pipe, text) -> None:
    (event,) = _assaults(pipe, text)
    assert [a.sector for a in event.actor] == ["UAF"], [(a.text, a.sector) for a in event.actor]


def test_men_attacked_stay_civilians(pipe) -> None:
    (event,) = _assaults(pipe, "Soldiers beat two men at a checkpoint on Monday.")
    assert [a.sector for a in event.actor] == ["MIL"]
    assert [r.sector for r in event.recipient] == ["CVL"]


def test_the_vehicle_of_the_on_phrase_is_no_actor_of_a_misparsed_shooting(pipe) -> None:
    """"Men on a motorcycle shot dead ...": the parser makes "motorcycle" the compound of the noun "shot";
    the sense check read it as the shooting's actor, a vehicle: an accident, demoted (verdict13)."""
    (event,) = _assaults(pipe, "Men on a motorcycle shot dead the chief of a neighbourhood in the town late on "
                               "Saturday, residents said.")
    assert not event.demoted, event.demoted_reason
