"""Headline verbs the small model tags as nouns (truce.nlp.headline_verbs): in a short line with no
finite verb, a verb trigger's base form after a plural or collective subject and before an object is
the clause's verb, with the noun phrases around it as subject and object; lines with a verb, singular
subjects, long sentences and non-political headlines of the same shape are left as they were."""

from __future__ import annotations

import pytest


def kept(pipe, text):
    return [e for e in pipe.code_text(text).events if e.modality.asserted and not e.demoted]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Gunmen torch houses in Zamfara", "ASSAULT", "Gunmen", "houses"),
    ("Security forces storm party headquarters", "ASSAULT", "Security forces", "party headquarters"),
    ("Rebels shell army base near Goma", "ASSAULT", "Rebels", "army base"),
    ("Militants raid police post", None, "Militants", "police post"),
])
def test_a_headline_verb_read_as_a_noun_states_its_act(pipe, text, event, actor, recipient):
    events = kept(pipe, text)
    assert events, [(e.event, e.trigger, e.demoted_reason) for e in pipe.code_text(text).events]
    main = events[0]
    assert event is None or main.event == event
    assert [a.text for a in main.actor] == [actor]
    assert [r.text for r in main.recipient] == [recipient]


def test_the_repaired_tree_is_a_clause(pipe):
    doc = pipe._restored(pipe.nlp("Gunmen torch houses in Zamfara"), "x", "x")
    verb = doc[1]
    assert (verb.text, verb.tag_, verb.pos_, verb.dep_, verb.lemma_) == ("torch", "VBP", "VERB", "ROOT", "torch")
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.i != 1] == [
        ("Gunmen", "nsubj", "torch"), ("houses", "dobj", "torch"), ("in", "prep", "torch"), ("Zamfara", "pobj", "in")]
    assert doc.text == "Gunmen torch houses in Zamfara"


@pytest.mark.parametrize("text", [
    "Police in Kano arrested three suspects on Friday.",  # a finite verb
    "The storm front reached the coast overnight.",
    "Storm damage estimates for northern coastal districts rise again after a second wave of heavy rain hits",
])
def test_sentences_with_a_verb_are_untouched(pipe, text):
    doc = pipe.nlp(text)
    assert pipe._restored(doc, text, text) is doc


def test_a_singular_subject_does_not_take_the_base_form():
    from truce.nlp.headline_verbs import HeadlineWords, repair_headline_verbs
    from truce.pipeline import Pipeline

    nlp = Pipeline().nlp
    doc = nlp("Tropical storm warning issued")
    words = HeadlineWords(verbs=frozenset({"storm", "warn"}), collective=frozenset())
    assert repair_headline_verbs(doc, words, 12) is doc


def test_a_long_line_is_not_headline_like(pipe):
    from truce.nlp.headline_verbs import repair_headline_verbs

    doc = pipe.nlp("Gunmen torch houses in Zamfara")
    assert repair_headline_verbs(doc, pipe._headline_words, 3) is doc
    assert repair_headline_verbs(doc, pipe._headline_words, 12) is not doc


@pytest.mark.parametrize("text", ["Fans storm pitch after derby win", "Markets rally on rate cut hopes"])
def test_non_political_headlines_of_the_same_shape_stay_non_political(pipe, text):
    assert not [e for e in pipe.code_text(text).events if e.counted]
