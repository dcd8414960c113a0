"""Per-Doc tables read once (truce.nlp.doc_words, truce.nlp.span_text, truce.events.match.doc_forms)
give exactly what the per-token spaCy attributes give, and the actor lexicon is built once."""

from __future__ import annotations

from truce.actors.lexicon import load_lexicon
from truce.events.match import _forms, doc_forms
from truce.nlp import doc_words, span_text

TEXT = ("Rebels shelled the town's market on Tuesday, killing 12 civilians. \"We acted in self-defence,\" "
        "the group's spokesman said. The U.S. envoy, who had been staying in Kadugli (South Kordofan), "
        "condemned the attacks — and called for talks.")


def test_word_table_matches_token_attributes(nlp):
    doc = nlp(TEXT)
    words = doc_words(doc)
    assert words.text == [t.text for t in doc]
    assert words.lower == [t.lower_ for t in doc]
    assert words.lemma == [t.lemma_.lower() for t in doc]
    assert words.alpha == [t.is_alpha for t in doc]
    assert doc_words(doc) is words  # kept on the Doc


def test_forms_match_per_token_forms(nlp):
    doc = nlp(TEXT)
    expected = [None if t.is_punct else tuple(dict.fromkeys(_forms(t))) for t in doc]
    assert doc_forms(doc) == expected
    assert doc_forms(nlp(TEXT)) == expected  # the second Doc reads the shared cache


def test_span_text_is_spacy_text(nlp):
    doc = nlp(TEXT)
    for sent in doc.sents:
        assert span_text(sent) == sent.text
    assert span_text(doc[3:9]) == doc[3:9].text


def test_actor_lexicon_built_once():
    assert load_lexicon() is load_lexicon(())
