"""The learned sense model (truce.events.learned): shipped small with its provenance, judges only the
readings no rule decided, and steps aside when a Doc has no tok2vec tensor. Sentences are our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.events import EventExtractor
from truce.events.learned import load_sense_model, model_info
from truce.ingest import read_text
from truce.knowledge import lang_file
from truce.settings import load_settings

UNDECIDED = "A man attacked a shopkeeper in the village of Dorvo on Sunday."  # no armed actor, no domain, no kin
ARMED = "Rebel fighters attacked an army post near the village of Dorvo on Sunday."


def _extractor(**events) -> EventExtractor:
    return EventExtractor(TruceConfig(settings=load_settings(overrides={"events": events})))


def _assaults(nlp, extractor: EventExtractor, text: str):
    doc = nlp(text)
    return [e for e in extractor.extract(doc, read_text(text)) if e.event == "ASSAULT"]


def test_model_is_shipped_small_with_provenance():
    node = lang_file("events", "sense_model.npz")
    assert node.is_file() and len(node.read_bytes()) < 200_000
    model = load_sense_model()
    assert model is not None and model.dense_w.shape[0] == model.mean.shape[0] == model.scale.shape[0]
    info = model_info()
    assert info["script"] == "scripts/train_sense.py" and info["commit"] and info["data"]
    assert all("blind" not in d["file"] for d in info["data"])  # never trained on held-out text
    if any("gsr" in d["file"] for d in info["data"]):
        assert "CC BY-SA 4.0" in info["licence"]


def test_model_judges_only_undecided_readings(nlp):
    everything_demoted = _extractor(sense_model_demote=1.01)  # any probability is below the cut
    undecided = _assaults(nlp, everything_demoted, UNDECIDED)
    assert undecided and all(e.demoted and "learned sense model" in (e.demoted_reason or "") for e in undecided)
    armed = _assaults(nlp, everything_demoted, ARMED)  # an armed actor: the rules decide, the model is not asked
    assert armed and not any(e.demoted for e in armed)


def test_probability_becomes_relevance_and_switch_turns_it_off(nlp):
    kept = _assaults(nlp, _extractor(sense_model_demote=0.0), UNDECIDED)
    assert kept and all(not e.demoted and 0.0 <= (e.relevance or 0) <= 1.0 for e in kept)
    assert any("learned sense model" in note for e in kept for note in e.explanation)
    off = _assaults(nlp, _extractor(sense_model=False, sense_model_demote=1.01), UNDECIDED)
    assert off and not any(e.demoted for e in off)
    assert not any("learned sense model" in note for e in off for note in e.explanation)


def test_doc_without_tensor_leaves_the_rules_alone(nlp):
    parsed = nlp(UNDECIDED)
    bare = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
               pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], lemmas=[t.lemma_ for t in parsed],
               heads=[t.head.i for t in parsed], deps=[t.dep_ for t in parsed])
    assert bare.tensor.size == 0
    events = [e for e in _extractor(sense_model_demote=1.01).extract(bare, read_text(UNDECIDED)) if e.event == "ASSAULT"]
    assert events and not any(e.demoted for e in events)


@pytest.mark.parametrize("key", ["sense_model", "sense_model_demote", "sense_model_types"])
def test_settings_are_documented(key):
    from truce.knowledge import shipped

    text = shipped("settings.toml").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith(key + " "))
    assert "#" in line


def test_military_target_is_never_demoted_by_the_model(nlp):
    everything_demoted = _extractor(sense_model_demote=1.01)
    target = _assaults(nlp, everything_demoted, "A group of men attacked a military base near Dorvo on Sunday.")
    assert target and not any(e.demoted for e in target)
    person = _assaults(nlp, everything_demoted, UNDECIDED)  # the same cut demotes an attack on a neighbour
    assert person and all(e.demoted for e in person)


def test_quoted_state_speaker_is_never_demoted_by_the_model(nlp):
    """A quote whose speaker is an office holder keeps its reading however low the model's
    probability; the same words outside a quote, or from a private speaker, are still judged."""
    everything_demoted = _extractor(sense_model_demote=1.01)
    quoted = _assaults(nlp, everything_demoted, '"This was a deliberate attack on a housing estate," the mayor said.')
    assert quoted and not any(e.demoted for e in quoted)
    private = _assaults(nlp, everything_demoted, '"This was a deliberate attack on a housing estate," a neighbour said.')
    assert private and all(e.demoted for e in private)
    indirect = _assaults(nlp, everything_demoted, "A man attacked his neighbour in Dorvo on Sunday, the mayor said.")
    assert indirect and all(e.demoted for e in indirect)
