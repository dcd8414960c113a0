"""Per-Doc tables read once (truce.nlp.doc_words, truce.nlp.span_text, truce.events.match.doc_forms)
give exactly what the per-token spaCy attributes give, and the actor lexicon is built once."""

from __future__ import annotations

import pytest

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


def test_label_offset_and_child_tables_match_token_attributes(nlp):
    from truce.nlp import doc_deps, doc_ent_types, doc_kids, doc_noun_chunks, doc_offsets, doc_pos, doc_text

    doc = nlp(TEXT + "\n\n  Troops in  Kadugli were reported killed. ")
    assert doc_deps(doc) == [t.dep_ for t in doc]
    assert doc_pos(doc) == [t.pos_ for t in doc]
    assert doc_ent_types(doc) == [t.ent_type_ for t in doc]
    assert "GPE" in doc_ent_types(doc) and "" in doc_ent_types(doc)
    assert doc_kids(doc) == [tuple(c.i for c in t.children) for t in doc]
    starts, ends = doc_offsets(doc)
    assert starts == [t.idx for t in doc] and ends == [t.idx + len(t.text) for t in doc]
    for i in range(0, len(doc), 3):
        for j in range(i + 1, min(len(doc), i + 6) + 1):
            assert doc_text(doc)[starts[i]:ends[j - 1]] == doc[i:j].text
    assert [(c.start, c.end) for c in doc_noun_chunks(doc)] == [(c.start, c.end) for c in doc.noun_chunks]
    assert doc_deps(doc) is doc_deps(doc) and doc_kids(doc) is doc_kids(doc)  # kept on the Doc


def test_children_from_the_tables_are_spacys_children(nlp):
    from truce.events.syntax import children, has_child

    doc = nlp(TEXT)
    for tok in doc:
        for deps in (("nsubj", "dobj"), ("prep",), ("compound", "amod", "poss"), ("punct",)):
            assert [c.i for c in children(tok, deps)] == [c.i for c in tok.children if c.dep_ in deps]
            assert has_child(tok, deps) == any(c.dep_ in deps for c in tok.children)


def test_settings_keys_read_as_attributes_keep_their_rules():
    import pickle

    from truce.settings import Section, default_settings

    geo = default_settings().geo
    assert geo.max_match_tokens == geo["max_match_tokens"]
    with pytest.raises(AttributeError, match="no setting"):
        getattr(geo, "no_such_key")  # noqa: B009 - the attribute path is what is tested
    with pytest.raises(AttributeError, match="read-only"):
        geo.max_match_tokens = 1
    shadowing = Section("t", {"get": 1, "_private": 2, "plain": 3})
    assert callable(shadowing.get) and shadowing["get"] == 1  # a key named like a method stays the method
    assert shadowing.plain == 3 and shadowing["_private"] == 2
    assert pickle.loads(pickle.dumps(default_settings())).geo.max_match_tokens == geo.max_match_tokens


def test_gazetteer_lookups_remembered_give_fresh_lists():
    from truce.geo.gazetteer import IndexedGazetteer, default_gazetteer

    gaz = default_gazetteer()
    if not isinstance(gaz, IndexedGazetteer):
        pytest.skip("the in-memory gazetteer has no remembered lookups")
    first = gaz.lookup("Paris")
    first.append((-1, True))  # a caller sorting or extending its list changes nothing remembered
    again = gaz.lookup("Paris")
    assert again and (-1, True) not in again and again == gaz.lookup("Paris")
    assert all(gaz.kind[e] == gaz.row(e)[-1] for e, _ in again)  # a column read is the row's value
    assert len(gaz.kind) == len(gaz)


def test_remembered_modality_and_clause_chain_are_fresh_each_call(nlp):
    """modality_for and clause_chain are remembered per Doc; a caller changing what it got (the draft
    clears a threat's hypothetical flag) must not change what the next caller gets."""
    from truce.events.frames import load_frames
    from truce.events.modality import clause_chain, modality_for

    doc = nlp("The army said it would not shell the town if the rebels withdrew.")
    verb = next(t for t in doc if t.lemma_ == "shell")
    sent = verb.sent
    first, notes = modality_for(verb, verb, load_frames(), sent)
    assert first.negated and first.hypothetical
    first.hypothetical, first.negated = False, False
    notes.append("changed by a caller")
    again, notes2 = modality_for(verb, verb, load_frames(), sent)
    assert again.negated and again.hypothetical and "changed by a caller" not in notes2
    chain = clause_chain(verb)
    chain.append(doc[0])
    assert clause_chain(verb) == [verb, verb.head] + ([verb.head.head] if verb.head.head != verb.head else [])


@pytest.mark.parametrize("mode", ["strict", "contract", "expand"])
def test_char_span_is_spacys(nlp, mode):
    """Every character range of a text with runs of spaces, a trailing space and non-ASCII marks: the
    offsets' span is spaCy's (or None where spaCy's is None)."""
    from truce.nlp import char_span

    text = TEXT + "\n\n  Troops in  Kadugli  were reported killed. "
    doc = nlp(text)
    checked = 0
    for start in range(-2, len(text) + 3):
        for end in range(start - 1, min(len(text) + 3, start + 40)):
            try:
                want = doc.char_span(start, end, alignment_mode=mode)
            except Exception as exc:  # noqa: BLE001 - the same error, or none at all
                with pytest.raises(type(exc)):
                    char_span(doc, start, end, mode)
                continue
            got = char_span(doc, start, end, mode)
            assert _bounds(got) == _bounds(want), (start, end)
            checked += 1
    assert checked > 1000
    assert char_span(nlp(""), 0, 1, mode) is None


def _bounds(span):
    return None if span is None else (span.start, span.end)
