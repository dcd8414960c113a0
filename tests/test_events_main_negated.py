"""Own sentences: the main event of a sentence about an act that did not happen is that act, not a
reported act in a clause below it; an order to leave given to an envoy is an expulsion."""

from __future__ import annotations

import pytest

from truce.events.classes import main_event


def main(pipe, text):
    return main_event([e for e in pipe.code_text(text).events if not e.demoted])


@pytest.mark.parametrize("text, event", [
    ("Elders in Tessit said they heard no shelling after the truce took effect.", "ASSAULT"),
    ("Monitors said they heard no gunfire in Kidal after the curfew took effect.", "ASSAULT"),
])
def test_a_negated_act_beats_a_reported_act_told_below_it(pipe, text, event):
    ev = main(pipe, text)
    assert ev is not None and ev.event == event and ev.modality.negated


def test_a_reported_act_in_the_main_clause_still_wins(pipe):
    ev = main(pipe, "Rebels shelled Tessit on Monday but did not attack the airport.")
    assert ev is not None and ev.event == "ASSAULT" and ev.modality.asserted


@pytest.mark.parametrize("text, event", [
    ("The military government ordered the Belgian ambassador to leave the country within 72 hours.", "SANCTION"),
    ("The authorities ordered UN peacekeepers to leave by the end of the year.", "SANCTION"),
    ("The army ordered residents of Tessit to leave their homes ahead of an offensive.", "REQUEST"),
])
def test_an_order_to_leave_is_an_expulsion_only_for_envoys_and_missions(pipe, text, event):
    ev = main(pipe, text)
    assert ev is not None and ev.event == event, [(e.event, e.trigger) for e in pipe.code_text(text).events]


def test_the_learned_model_does_not_demote_a_negated_reading(pipe):
    text = "Villagers in Tessit said there had been no air raids on the town since the accord was signed."
    raids = [e for e in pipe.code_text(text).events if e.event == "ASSAULT"]
    assert raids and raids[0].modality.negated and not raids[0].demoted, [(e.event, e.demoted_reason) for e in raids]
