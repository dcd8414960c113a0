"""Title-case headlines (own sentences): the parse of a title-cased line is made on its sentence-case
form and put back on the original characters, so the verb is found and offsets, token texts and event
spans stay the article's own; names keep their capitals; ordinary sentences are not touched."""

from __future__ import annotations

import pytest


def kept(pipe, text):
    return [e for e in pipe.code_text(text).events if e.modality.asserted and not e.demoted]


@pytest.mark.parametrize("text, event", [
    ("Army Retakes Mining Town From Rebels in Eastern Congo", "COERCE"),
    ("Zambia Deploys Troops to Restive Border After Raids", "MOBILIZE"),
    ("Ghana Backs Senegal's Bid to Host Summit", "SUPPORT"),
    ("Venezuela Frees Four Americans After Talks With US Envoy", "RETREAT"),
    ("Brazil and Chile Launch Joint Patrols Along Border", "COOPERATE"),
    ("Dock Workers Strike Over Unpaid Wages in Mombasa", "PROTEST"),
])
def test_a_title_cased_headline_states_its_act(pipe, text, event):
    events = kept(pipe, text)
    assert event in [e.event for e in events], [(e.event, e.trigger, e.demoted_reason) for e in pipe.code_text(text).events]


def test_the_event_keeps_the_headline_s_own_text(pipe):
    text = "Army Retakes Mining Town From Rebels in Eastern Congo"
    (event,) = [e for e in kept(pipe, text) if e.event == "COERCE"]
    assert event.trigger == "Retakes"
    assert event.sentence == text
    assert text[event.trigger_start:event.trigger_end] == "Retakes"


def test_names_keep_their_capitals_and_plain_sentences_are_untouched(pipe):
    parsed = pipe._parse_text("Japan and Chad Agree to Share Border Data")
    assert parsed == "Japan and Chad agree to share border data"
    plain = "Police in Kano arrested Musa Danjuma on Friday."
    assert pipe._parse_text(plain) == plain
    caps = "BREAKING: Explosion Hits Ministry Building in Kabul"
    assert pipe._parse_text(caps) == "BREAKING: Explosion hits ministry building in Kabul"
    assert len(pipe._parse_text(caps)) == len(caps)


def test_is_title_cased():
    from truce.ingest.lines import is_title_cased

    assert is_title_cased("Army Retakes Key Town From Rebels")
    assert not is_title_cased("Army retakes key town from rebels")
    assert not is_title_cased("Ministers met in Addis Ababa on Monday to discuss the talks.")


@pytest.mark.parametrize("text", [
    "Dock Workers Strike Over Unpaid Wages in Mombasa",
    "Junior doctors struck for a third day in Lagos on Tuesday.",
    "Nurses walked out at two hospitals in Leeds on Monday.",
])
def test_workers_striking_is_a_labour_strike_not_an_attack(pipe, text):
    events = pipe.code_text(text).events
    assert [(e.event, e.mode) for e in events if not e.demoted] == [("PROTEST", "strike")], \
        [(e.event, e.mode, e.trigger) for e in events]


def test_an_armed_actor_striking_is_still_an_attack(pipe):
    assert "ASSAULT" in [e.event for e in kept(pipe, "Rebels struck an army post near Goma.")]


def test_a_rebuilt_doc_builds_its_per_doc_tables_again(nlp):
    """Tables cached on the parsed Doc describe its old tree: a rebuilt Doc must not carry them over."""
    from truce.nlp import doc_deps
    from truce.nlp.headline_case import rebuild

    doc = nlp("Rebels shelled the town.")
    old = doc_deps(doc)
    changed = ["dep"] * len(doc)
    new = rebuild(doc, [t.text for t in doc], deps=changed, heads=[0] * len(doc))
    assert doc_deps(new) == changed != old
