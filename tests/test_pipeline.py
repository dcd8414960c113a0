"""The wired pipeline: stages run in order on one parse, offsets stay valid."""

from __future__ import annotations

import truce
from truce.pipeline import mask_header

WIRE = ("TRIPOLI, March 2 (Sahel Wire) - Government forces shelled two districts of Misrata on Monday, "
        "killing four civilians, state media said.")


def test_mask_header_keeps_length_and_body():
    masked = mask_header(WIRE)
    assert len(masked) == len(WIRE)
    assert masked.lstrip().startswith("Government forces")
    assert mask_header("No dateline here.") == "No dateline here."


def test_mask_header_blanks_a_date_line_but_not_an_intro_sentence():
    text = ("Published: 7 March 2026 12:00\n\nThe truce faced its first test.\n\n"
            "SIRTE, March 7 (Desert Wire) - Police fired tear gas at protesters.")
    masked = mask_header(text)
    assert len(masked) == len(text)
    assert "Published" not in masked and "SIRTE" not in masked
    assert "The truce faced its first test." in masked
    assert masked.rstrip().endswith("Police fired tear gas at protesters.")


def test_dateline_city_is_not_read_as_the_actor():
    events = truce.code(WIRE, published="2026-03-02")
    shelling = [e for e in events if e.event == "ASSAULT"]
    assert shelling
    actor_texts = [a.text for a in shelling[0].actor]
    assert actor_texts == ["Government forces"]
    ref = shelling[0].actor[0]
    assert WIRE[ref.start:ref.end] == ref.text


def test_trigger_offsets_point_into_the_article_text():
    for event in truce.code(WIRE, published="2026-03-02"):
        assert WIRE[event.trigger_start:event.trigger_end] == event.trigger
        assert WIRE[event.sentence_start:event.sentence_start + len(event.sentence)] == event.sentence
        assert event.sentence.startswith("Government forces")


def test_a_dateline_with_only_a_dash_is_header_matter_too():
    """"ZABID, Yemen \u2014 Gunmen of ... attacked": a dateline that credits no agency and gives no date
    (many papers' style) is blanked like a wire dateline; left in, the parser read "Yemen \u2014 Gunmen"
    as one phrase and the attack lost its actor. A capitalised word inside a sentence is no dateline."""
    text = "ZABID, Yemen \u2014 Gunmen of the Red Hills Brigade attacked an army checkpoint on Sunday."
    masked = mask_header(text)
    assert len(masked) == len(text) and masked.lstrip().startswith("Gunmen of")
    assert mask_header("HODEIDAH \u2014 Fuel prices rose.").lstrip() == "Fuel prices rose."
    assert mask_header("Prices rose. HODEIDAH \u2014 traders said.") == "Prices rose. HODEIDAH \u2014 traders said."
    (attack,) = [e for e in truce.code(text, published="2026-04-12") if e.event == "ASSAULT"]
    assert [a.text for a in attack.actor] == ["Gunmen of the Red Hills Brigade"]


def test_a_blanked_datelines_country_still_tells_which_town():
    """"MOCHA, Yemen \u2014": the parser never sees the blanked "Yemen", yet it tells which Mocha the
    story was filed from (there is one in Ecuador too)."""
    text = "MOCHA, Yemen \u2014 Shells struck a fishing village north of Mocha on Tuesday, residents said."
    (attack,) = [e for e in truce.code(text, published="2026-04-21") if e.event == "ASSAULT"]
    assert attack.location is not None and attack.location.country == "YEM"
