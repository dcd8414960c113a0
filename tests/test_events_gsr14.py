"""Issue 10, helper gsr14: families of the news nobody tuned on - a physical charge at a crowd against a legal
charge, crowd-control weapons used on people, a planted explosive's blast with no named actor, communal and
herder-farmer clashes, vehicles of a state force, heavy-weapon nouns, and headlines whose second clause is
joined by a comma. All text is our own, fictional; each family has a counter-example that keeps its old
reading (or no event)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_events_gsr13 import main  # noqa: E402  (the main counted event; the session's ``pipe`` is conftest's)


@pytest.mark.parametrize("text,event,mode", [
    # a charge at, into or on a crowd is crowd control; a charge 'with' an offence is an accusation
    ("Riot police charged the marchers outside the governor's office.", "ASSAULT", "crowd-control"),
    ("Mounted officers charged into the crowd of striking nurses.", "ASSAULT", "crowd-control"),
    ("Gendarmes charged at demonstrators near the port of Tadji.", "ASSAULT", "crowd-control"),
    ("Police charged the two protesters with arson and theft.", "ACCUSE", "allege"),
    ("The councillor was charged at the district court with fraud.", "ACCUSE", "allege"),
    # crowd-control weapons used, turned or fired on people
    ("Troops used live ammunition against mourners in the town of Keri.", "ASSAULT", "crowd-control"),
    ("The police turned water cannon on farmers blocking the road.", "ASSAULT", "crowd-control"),
    # a planted explosive's blast is violence with no named actor
    ("A bomb exploded outside a bank in the old town of Sarif, killing three passers-by.", "ASSAULT", "explosives"),
    # communities fighting each other
    ("Pastoralists and farmers clashed near the river, leaving nine dead.", "ASSAULT", None),
    ("Intercommunal clashes in the hills killed fourteen people on Monday.", "ASSAULT", None),
    # a vessel of a state force acts for it
    ("Naval patrol vessels fired warning shots at a trawler near the reef, officials said.", "ASSAULT", "firearms"),
    # crowd weapons used on people: the target may hang on the weapon ('used tear gas against')
    ("Gendarmes used tear gas against villagers at the market in Bolo.", "ASSAULT", "crowd-control"),
    # heavy weapons on a place: the learned model may not demote them
    ("The bombardment of the harbour district went on through the night, residents said.", "ASSAULT", "heavy-weapons"),
    # forces or police sent, also in the passive
    ("Riot police were sent to the port of Lamu after dockers clashed with guards.", "MOBILIZE", None),
    # a headline's comma-joined second clause: the first verb read as a noun is repaired too
    ("Gunmen storm mosque in Tillaberi, kill imam", "ASSAULT", None),
])
def test_family_main_event(pipe, text, event, mode):
    ev = main(pipe, text)
    assert ev is not None, text
    assert ev.event == event, (text, ev.event, ev.mode)
    if mode is not None:
        assert ev.mode == mode, (text, ev.mode)


@pytest.mark.parametrize("text", [
    # accidents, ordinary quarrels and sport with the same words
    "A gas cylinder exploded in a bakery, injuring two bakers.",
    "A farmer clashed with his neighbour over a hedge.",
    "The full-back charged down the wing and crossed for the winner.",
    "A delivery van crashed into a shop window on the high street.",
    "Vandals set fire to two cars in a supermarket car park.",
    "The defence held firm under an aerial bombardment in the last ten minutes.",
])
def test_family_counter_examples(pipe, text):
    evs = [e for e in pipe.code_text(text).events if e.counted and e.event in ("ASSAULT", "COERCE", "ACCUSE")]
    assert not evs, (text, [(e.event, e.trigger) for e in evs])
