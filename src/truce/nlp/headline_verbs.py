"""Headline verbs the parser read as nouns.

The small English model parses a short present-tense headline such as "Gunmen torch houses in Zamfara"
or "Security forces storm party headquarters" as one noun phrase: "torch" and "storm" become compound
nouns, the line has no verb and no event is found. Headlines drop the article and write the present
tense; with a plural or collective subject that present is the verb's base form, the same letters as a
noun. So in a headline-like sentence (at most ``[ingest] headline_verb_max_words`` tokens, no finite
verb in the parse) a noun that is a known verb trigger's base form, right after a plural or collective
noun (the subject's head) and followed by a noun phrase (the object), is read as the sentence's verb:
the tree is rebuilt with that word as root (VBP), the noun phrase before it as its subject (nsubj),
the one after it as its direct object (dobj) and the prepositional phrases after the object on the verb.
Every other stage then reads an ordinary clause. Which words are verb triggers and which nouns are
collective actors is the events stage's knowledge, passed in by the pipeline (``HeadlineWords``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from truce.nlp.headline_case import rebuild

_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Parts of speech a headline's noun phrases and prepositional phrases are made of; a sentence with any
# other word (a verb form, a conjunction, an adverb) is left as parsed.
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "PART", "PUNCT", "ADP", "SYM"})
_NOUN_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nsubj", "dobj", "pobj"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_KEEP_DEPS = frozenset({"compound", "amod", "det", "nummod", "poss", "punct", "nmod", "quantmod", "case"})


@dataclass(frozen=True)
class HeadlineWords:
    """What the repair must know: verb triggers' base forms and nouns that name a collective actor."""

    verbs: frozenset[str]
    collective: frozenset[str]


def repair_headline_verbs(doc: Doc, words: HeadlineWords, max_words: int) -> Doc:
    """``doc`` with every headline-like sentence whose verb was read as a noun parsed as a clause, or
    ``doc`` itself when there is none."""
    if max_words <= 0 or not doc.has_annotation("DEP"):
        return doc
    found = [(sent, verb) for sent in doc.sents if (verb := _headline_verb(sent, words, max_words)) is not None]
    if not found:
        return doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    verbs = [verb for sent, verb in found if _rebuild_clause(sent, verb, heads, deps)]
    if not verbs:
        return doc
    tags = [t.tag_ for t in doc]
    pos = [t.pos_ for t in doc]
    morphs = [str(t.morph) for t in doc]
    lemmas = [t.lemma_ for t in doc]
    for i in verbs:
        tags[i], pos[i], morphs[i], lemmas[i] = "VBP", "VERB", "Tense=Pres|VerbForm=Fin", doc[i].lower_
    return rebuild(doc, [t.text for t in doc], tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
                   heads=heads, deps=deps)


def _headline_verb(sent: Span, words: HeadlineWords, max_words: int) -> int | None:
    """The index of the noun to read as the sentence's verb, or None."""
    if len(sent) > 2 * max_words:
        return None
    toks = [t for t in sent if not t.is_space]
    if len(toks) > max_words or any(t.tag_ in _FINITE and not _noun_like(t) for t in toks):
        return None
    if any(t.pos_ not in _PHRASE_POS and not _noun_like(t) for t in toks):
        return None
    for k in range(1, len(toks) - 1):
        tok, before, after = toks[k], toks[k - 1], toks[k + 1]
        if not _noun_like(tok) or tok.lower_ not in words.verbs or tok.ent_type_ in _NAME_ENTS:
            continue
        if not _noun_like(before) or not (_noun_like(after) or after.pos_ in ("ADJ", "NUM", "DET")):
            continue
        subj = _phrase_head(sent.doc, sent.start, tok.i)
        if subj is not None and _plural_or_collective(sent.doc[subj], words):
            return tok.i
    return None


def _noun_like(tok: Token) -> bool:
    """A noun, or a verb form the parse hangs inside a noun phrase ("recruit" a compound of "fighters")."""
    return tok.pos_ in _NOMINAL or (tok.tag_ in ("VB", "VBP") and tok.dep_ in _NOUN_DEPS)


def _plural_or_collective(tok: Token, words: HeadlineWords) -> bool:
    """A subject that takes the base form: a plural ("gunmen", "forces") or a collective actor ("police")."""
    return tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in words.collective or tok.lower_ in words.collective


def _phrase_head(doc: Doc, lo: int, hi: int) -> int | None:
    """The head of the noun phrase opening ``doc[lo:hi]``: its last noun before a preposition."""
    head = None
    for j in range(lo, hi):
        if doc[j].pos_ == "ADP":
            break
        if _noun_like(doc[j]) or doc[j].pos_ == "NUM":
            head = j
    return head


def _rebuild_clause(sent: Span, verb: int, heads: list[int], deps: list[str]) -> bool:
    """Write the clause's tree into ``heads``/``deps``: the subject phrase, the verb, the object and the
    prepositional phrases after it. False (nothing written) when a part is missing."""
    doc = sent.doc
    lo, hi = sent.start, sent.end
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    obj = _phrase_head(doc, verb + 1, hi)
    subj = _phrase_head(doc, lo, verb)
    if obj is None or subj is None:
        return False
    heads[verb], deps[verb] = verb, "ROOT"
    _attach_phrases(doc, lo, verb, verb, "nsubj", heads, deps)
    _attach_phrases(doc, verb + 1, hi, verb, "dobj", heads, deps)
    for j in range(hi, sent.end):
        heads[j], deps[j] = verb, "punct"
    return True


def _attach_phrases(doc: Doc, lo: int, hi: int, verb: int, role: str, heads: list[int], deps: list[str]) -> None:
    """``doc[lo:hi]``: a noun phrase (``role`` of the verb) then prepositional phrases. The first phrase's
    preposition hangs from the subject's head (''gunmen on motorbikes''), after the object from the verb."""
    segments = _segments(doc, lo, hi)
    first_lo, first_hi = segments[0]
    first = _chunk(doc, first_lo, first_hi, heads, deps)
    heads[first], deps[first] = verb, role
    anchor = first if role == "nsubj" else verb
    for seg_lo, seg_hi in segments[1:]:
        heads[seg_lo], deps[seg_lo] = anchor, "prep"
        if seg_hi > seg_lo + 1:
            inner = _chunk(doc, seg_lo + 1, seg_hi, heads, deps)
            heads[inner], deps[inner] = seg_lo, "pobj"


def _segments(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """``doc[lo:hi]`` cut before each preposition."""
    cuts = [lo] + [j for j in range(lo + 1, hi) if doc[j].pos_ == "ADP"] + [hi]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _chunk(doc: Doc, lo: int, hi: int, heads: list[int], deps: list[str]) -> int:
    """Make ``doc[lo:hi]`` one phrase under its last noun (its head, returned); a word whose parse already
    hangs it inside the phrase keeps its head."""
    head = _phrase_head(doc, lo, hi)
    if head is None:
        head = hi - 1
    for j in range(lo, hi):
        if j == head:
            continue
        if not _reaches(heads, j, head):
            heads[j] = head
            deps[j] = deps[j] if deps[j] in _KEEP_DEPS else _modifier_dep(doc[j].pos_)
    return head


def _reaches(heads: Sequence[int], j: int, target: int) -> bool:
    """Whether following heads from ``j`` reaches ``target`` (so ``j`` stays inside the phrase's tree)."""
    seen = set()
    while j not in seen:
        if j == target:
            return True
        seen.add(j)
        j = heads[j]
    return False


def _modifier_dep(pos: str) -> str:
    return {"ADJ": "amod", "DET": "det", "NUM": "nummod", "PUNCT": "punct", "PART": "case"}.get(pos, "compound")
