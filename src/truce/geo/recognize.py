"""Toponym recognition: spaCy place entities, then gazetteer matches for names the NER missed.

Conventions (documented in docs/geo.md, chosen to match the TR-News annotation):
- a place name used as a modifier is a toponym ("Edmonton residents", "Granville County sheriff");
- direction words are not part of the name ("northern Syria" -> "Syria");
- "X County" / "X Province" keep their head noun when the gazetteer knows "X" ;
- national adjectives ("Syrian troops") are demonyms: not places by default, toponyms only in
  the TR-News convention (``demonyms=True``), and never inside an organisation name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from truce.geo.gazetteer import Gazetteer, data_rows, normalize

PLACE_LABELS = ("GPE", "LOC", "FAC")
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
              "northwestern", "southeastern", "southwestern", "north-east", "north-west",
              "south-east", "south-west", "north-eastern", "north-western", "south-eastern",
              "south-western", "upper", "lower", "greater"}
LEADING_DROP = {"the", "of", "in", "at"}
# Importance a bare capitalised name needs before a gazetteer match (no NER) counts as a place.
MIN_MATCH_POPULATION = 100_000
MAX_MATCH_TOKENS = 4


@dataclass
class Mention:
    """A recognised toponym span before resolution."""

    text: str
    start: int
    end: int
    source: str  # ner, gazetteer, demonym
    demonym: str | None = None  # ISO2 or "@Region" when the mention is a national adjective


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("demonyms.tsv")}


def _trim(doc: Doc, span: Span) -> Span | None:
    """Drop leading articles/prepositions/direction words and a trailing possessive."""
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in LEADING_DROP or doc[start].lower_ in DIRECTIONS
                           and start + 1 < end and not doc[start].is_title):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", ".", ","):
        end -= 1
    return doc[start:end] if end > start else None


def _important(gaz: Gazetteer, key_name: str) -> bool:
    """Enough to trust a capitalised name without NER: a country, state, region or big city."""
    for entry, alt in gaz.lookup(key_name):
        kind = gaz.kind[entry]
        if kind in ("country", "continent", "region") or (kind == "admin1" and not alt):
            return True
        if kind == "city" and not alt and gaz.pop[entry] >= MIN_MATCH_POPULATION:
            return True
    return False


def _is_demonym_use(tok_span: Span) -> bool:
    """An adjective in front of a noun or a plural people noun, not a language ("in Turkish")."""
    last = tok_span[-1]
    if last.dep_ in ("amod", "compound", "nmod") and last.head.i > last.i:
        return True
    return last.tag_ == "NNPS" or (last.tag_ == "JJ" and last.head.pos_ in ("NOUN", "PROPN"))


def find_mentions(doc: Doc, gaz: Gazetteer, with_demonyms: bool = False) -> list[Mention]:
    """All toponym mentions in ``doc``, sorted, without overlaps (longest, NER-first wins)."""
    taken = [False] * len(doc)
    out: list[Mention] = []
    dem = demonyms()
    blocked = [False] * len(doc)  # tokens inside person / organisation / work names
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"):
            for i in range(ent.start, ent.end):
                blocked[i] = True

    def claim(span: Span, source: str, demonym: str | None = None) -> None:
        if any(taken[i] for i in range(span.start, span.end)):
            return
        for i in range(span.start, span.end):
            taken[i] = True
        out.append(Mention(span.text, span.start_char, span.end_char, source, demonym))

    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            span = _trim(doc, ent)
            if span is None or not (span.text[:1].isupper() or span.text[:1].isdigit()):
                continue
            if span.text in dem:
                if with_demonyms:
                    claim(span, "demonym", dem[span.text])
                continue
            claim(span, "ner")
        elif ent.label_ == "NORP" and with_demonyms:
            span = _trim(doc, ent)
            if span is not None and span.text in dem and _is_demonym_use(span):
                claim(span, "demonym", dem[span.text])
        elif ent.label_ == "ORG" and ent.end - ent.start <= 3 and _important(gaz, ent.text):
            # NER often calls a capital or country an organisation in metonymic use.
            claim(ent, "ner")
    _gazetteer_scan(doc, gaz, taken, blocked, claim)
    if with_demonyms:
        for tok in doc:
            if not taken[tok.i] and not blocked[tok.i] and tok.text in dem and _is_demonym_use(doc[tok.i:tok.i + 1]):
                claim(doc[tok.i:tok.i + 1], "demonym", dem[tok.text])
    out.sort(key=lambda m: m.start)
    return out


def _gazetteer_scan(doc: Doc, gaz: Gazetteer, taken: list[bool], blocked: list[bool], claim) -> None:
    """Capitalised proper-noun runs that name an important place, longest match first."""
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if taken[i] or blocked[i] or not tok.is_title or tok.pos_ != "PROPN" or tok.is_sent_start:
            i += 1
            continue
        matched = 0
        for length in range(min(MAX_MATCH_TOKENS, n - i), 0, -1):
            span = doc[i:i + length]
            if any(taken[j] or blocked[j] for j in range(i, i + length)):
                continue
            if not span[-1].is_title and not span[-1].text[:1].isupper():
                continue
            if normalize(span.text) in gaz.index and _important(gaz, span.text):
                claim(span, "gazetteer")
                matched = length
                break
        i += matched or 1
