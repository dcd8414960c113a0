"""Headline style (own sentences): a sentence without a finite verb whose root noun carries a past
participle ("Five soldiers killed in ambush") states that act; the participle's noun is what underwent
it and a 'by' phrase names who did it. In a full sentence the same participle only describes."""

from __future__ import annotations

import pytest

from coding import asserted


@pytest.mark.parametrize("text, recipient", [
    ("Two soldiers killed in roadside bomb attack near Dorvo", "soldiers"),
    ("Three police officers shot dead by gunmen near Dorvo", "police officers"),
    ("Journalist abducted by gunmen in capital", "Journalist"),
])
def test_a_headline_participle_is_the_act_and_its_noun_the_target(pipe, text, recipient):
    events = [e for e in asserted(pipe, text) if e.event == "ASSAULT"]
    assert events, [(e.event, e.demoted_reason) for e in pipe.code_text(text).events]
    assert recipient in [r.text for r in events[0].recipient]


def test_a_headline_by_phrase_names_the_actor(pipe):
    (event,) = [e for e in asserted(pipe, "Journalist abducted by gunmen in capital") if e.event == "ASSAULT"]
    assert [a.text for a in event.actor] == ["gunmen"]


def test_in_a_full_sentence_the_participle_only_describes(pipe):
    text = "The soldiers killed in the blast were buried in Dorvo on Sunday."
    assert not [e for e in asserted(pipe, text) if e.event_text == "killed"]


@pytest.mark.parametrize("text", [
    "Ten people injured in stampede at football stadium",
    "Two killed in car crash on highway",
])
def test_a_headline_accident_is_no_attack(pipe, text):
    assert not [e for e in asserted(pipe, text) if e.event == "ASSAULT"]
