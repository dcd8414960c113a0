"""Own sentences (issue 10, sixth pass): month names in dates are no protest marches; missiles launched
towards a target, raids on armed groups, baton charges, dispersals and control regained are the acts they
name; protesters storming a building riot. Police raids on homes and criminal charges keep their types."""

from __future__ import annotations

import pytest


def types(pipe, text):
    return [e.event for e in pipe.code_text(text).events if not e.demoted and e.modality.asserted]


def test_a_month_in_a_date_is_no_march(pipe):
    events = pipe.code_text("On 12 March 2026, a fire destroyed a bakery in Tessit.").events
    assert not [e for e in events if e.event == "PROTEST"], [(e.event, e.trigger) for e in events]


@pytest.mark.parametrize("text, event", [
    ("On 4 March 2026, rebel forces launched two rockets towards the airport in Tessit.", "ASSAULT"),
    ("Marines carried out a raid on a militant hideout near Tessit.", "ASSAULT"),
    ("Commandos conducted raids against insurgent positions in the hills.", "ASSAULT"),
    ("Police charged the marchers with batons near the ministry.", "ASSAULT"),
    ("Riot police dispersed the protesters outside the electoral commission.", "ASSAULT"),
    ("Government troops regained control of Tessit after two days of fighting.", "COERCE"),
    ("Hundreds of protesters stormed the regional assembly in Tessit.", "PROTEST"),
    ("Militants stormed an army post near Tessit overnight.", "ASSAULT"),
])
def test_coverage_families(pipe, text, event):
    got = types(pipe, text)
    assert event in got, [(e.event, e.trigger, e.demoted_reason) for e in pipe.code_text(text).events]


@pytest.mark.parametrize("text, event, not_event", [
    ("Police raided the homes of three opposition figures in Tessit.", "COERCE", "ASSAULT"),
    ("Prosecutors charged the former mayor with fraud.", "ACCUSE", "ASSAULT"),
])
def test_police_raids_and_criminal_charges_keep_their_types(pipe, text, event, not_event):
    got = types(pipe, text)
    assert event in got and not_event not in got, got


@pytest.mark.parametrize("text, event, gone", [
    ("Riot police stormed the party's offices in Tessit and detained its secretary general.", "COERCE", "ASSAULT"),
    ("Gendarmes stormed the radio station and arrested two presenters.", "COERCE", "ASSAULT"),
])
def test_a_forced_entry_to_arrest_is_the_arrest(pipe, text, event, gone):
    got = types(pipe, text)
    assert event in got and gone not in got, got


def test_a_storming_with_killings_stays_an_attack(pipe):
    assert "ASSAULT" in types(pipe, "Militants stormed a hotel in Tessit and killed five guards.")
