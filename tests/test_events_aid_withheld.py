"""Aid kept from its destination is COERCE withhold, the act a truce's humanitarian clause prohibits, even
when a road word stands in a prepositional phrase (own sentences, verdict9)."""

from __future__ import annotations

import pytest


def _coded(pipe, text):
    return [(e.event, e.mode) for e in pipe.code_text(text).events if e.modality.asserted]


@pytest.mark.parametrize("text", [
    "Soldiers blocked a convoy of relief trucks at the bridge on Monday.",
    "Armed men blocked a shipment of medicine on the highway north of the town on Sunday.",
    "Militiamen prevented a convoy of food from entering the camp on Friday.",
    "Rebel fighters prevented aid trucks from reaching the displaced families on Tuesday.",
])
def test_aid_kept_from_its_destination_is_withheld(pipe, text) -> None:
    assert ("COERCE", "withhold") in _coded(pipe, text), _coded(pipe, text)


@pytest.mark.parametrize(("text", "coded"), [
    ("Protesters blocked the road to the airport on Monday.", ("PROTEST", "obstruct")),
    ("Police prevented journalists from entering the court on Monday.", ("COERCE", "restrict")),
])
def test_other_blocks_stay_what_they_were(pipe, text, coded) -> None:
    assert coded in _coded(pipe, text), _coded(pipe, text)


@pytest.mark.parametrize("text", [
    "Guards at the crossing refused to let a convoy of relief supplies through on Sunday.",
    "The militia refused to allow food trucks into the camp on Wednesday.",
])
def test_refusing_to_let_aid_through_is_withheld(pipe, text) -> None:
    assert ("COERCE", "withhold") in _coded(pipe, text), _coded(pipe, text)


def test_refusing_to_let_people_in_stays_a_refusal(pipe) -> None:
    coded = _coded(pipe, "The mayor refused to let reporters into the meeting on Monday.")
    assert ("COERCE", "withhold") not in coded
