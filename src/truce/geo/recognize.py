"""Toponym recognition: spaCy place entities, then gazetteer matches for names the NER missed.

Conventions (documented in docs/geo.md, chosen to match the TR-News annotation):
- a place name used as a modifier is a toponym ("Edmonton residents", "Granville County sheriff");
- a place name inside an organisation name is a toponym ("Kentucky" in "Kentucky State Police"),
  but the organisation is not a place; names inside person names never are;
- direction words are not part of the name ("northern Syria", "Far North Queensland" -> the
  place), nor is a lower-case administrative word ("Sichuan province" -> "Sichuan");
- "X County" with a capital C keeps its head noun (it is the name);
- national adjectives ("Syrian troops") are demonyms: not places by default, toponyms only in
  the TR-News convention (``with_demonyms=True``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_TITLE, IS_UPPER, POS
from spacy.parts_of_speech import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span

from truce.geo.gazetteer import Gazetteer, data_rows, normalize
from truce.nlp import doc_ents, doc_text

PLACE_LABELS = ("GPE", "LOC", "FAC")
NEVER_INSIDE = ("PERSON",)
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
              "northwestern", "southeastern", "southwestern", "north-east", "north-west",
              "south-east", "south-west", "north-eastern", "north-western", "south-eastern",
              "south-western", "upper", "lower", "greater", "far", "mid", "-"}
ADMIN_COUNTY = re.compile(r"\s(County|Parish)$")
_NAME_POS = [int(PROPN), int(ADJ), int(NOUN)]
LEADING_DROP = {"the", "of", "in", "at"}
TRAILING_ADMIN = {"province", "district", "region", "governorate", "state", "county", "city", "area",
                  "municipality", "prefecture", "oblast"}
# Importance a bare capitalised name needs before a gazetteer match (no NER) counts as a place.
MIN_MATCH_POPULATION = 100_000
MAX_MATCH_TOKENS = 4
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})(?=\s*(?:,|\u2014|\u2013|--| - |\())")


@dataclass
class Mention:
    """A recognised toponym span before resolution."""

    text: str
    start: int
    end: int
    source: str  # ner, gazetteer, dateline, qualifier, demonym, given
    demonym: str | None = None  # ISO2 or "@Region" when the mention is a national adjective


@lru_cache(maxsize=1)
def locative_verbs() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("locative_verbs.txt"))


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("place_heads.txt"))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("demonyms.tsv")}


def _known(gaz: Gazetteer, text: str) -> bool:
    return gaz.has(normalize(text))


def _trim(doc: Doc, span: Span, gaz: Gazetteer) -> Span | None:
    """Drop articles, direction words and lower-case admin words around a place name."""
    start, end = span.start, span.end
    while start < end and doc[start].lower_ in LEADING_DROP:
        start += 1
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", ".", ",", "-"):
        end -= 1
    head = start
    while head < end - 1 and doc[head].lower_ in DIRECTIONS:
        head += 1
    if head > start and (not doc[start].is_title or _known(gaz, doc[head:end].text)
                         and not _known(gaz, doc[start:end].text)):
        start = head
    if end - start > 1 and doc[end - 1].lower_ in TRAILING_ADMIN and doc[end - 1].is_lower:
        end -= 1
    return doc[start:end] if end > start else None


STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "drive", "boulevard", "highway",
                "square", "park", "bridge", "way", "crescent", "close", "place", "court"}


def _known_part(span: Span, gaz: Gazetteer) -> Span:
    """An NER span no gazetteer entry knows, cut to its longest known head or tail when the rest
    is not a street word: "Air Berlin" -> "Berlin", "Metcalfe County Fire" -> "Metcalfe County",
    "West Virginia State" -> "West Virginia"; "Hertford Road" stays a street."""
    if len(span) < 2 or _known(gaz, span.text) or span[-1].lower_.rstrip(".") in STREET_WORDS \
            or ADMIN_COUNTY.search(span.text):
        return span
    for size in range(len(span) - 1, 0, -1):
        for part in (span[:size], span[len(span) - size:]):
            if part[0].text[:1].isupper() and _known(gaz, part.text) and _important_any(gaz, part.text):
                return part
    return span


def _important_any(gaz: Gazetteer, name: str) -> bool:
    """A country, state, region or town of 1,000+ people ("County" names count via their state)."""
    if ADMIN_COUNTY.search(name):
        return True
    return any(gaz.kind[e] != "city" or gaz.pop[e] >= 1000 for e, alt in gaz.lookup(name) if not alt)


def _important(gaz: Gazetteer, name: str, support: set[str], strict: bool = False) -> bool:
    """Enough to trust a capitalised name without NER.

    Countries, continents and regions always. A state or a big city when the article's other
    places already point to its country (``support``) or when every reading of the name lies in
    one country: generic words ("Lakes", "Centre", "Man") name places in many countries.
    ``strict`` (sentence-initial words, capitalised anyway): no cities.
    """
    found = gaz.lookup(name)
    countries = {gaz.cc[e] for e, alt in found if not alt}
    for entry, alt in found:
        kind = gaz.kind[entry]
        if alt and kind != "country":
            continue
        if kind == "country" or (not strict and kind in ("continent", "region")):
            return True
        if gaz.cc[entry] not in support and len(countries) > 1:
            continue
        if kind == "admin1" or (not strict and kind == "city" and gaz.pop[entry] >= MIN_MATCH_POPULATION):
            return True
    return False


def _support(gaz: Gazetteer, mentions: list[Mention]) -> set[str]:
    """Countries of the most likely reading of each mention found so far."""
    out = set()
    for m in mentions:
        best, best_prior = None, -1.0
        for entry, alt in gaz.lookup(m.text):
            prior = {"country": 1e10, "admin1": 1e7}.get(gaz.kind[entry], gaz.pop[entry]) / (10 if alt else 1)
            if prior > best_prior:
                best, best_prior = entry, prior
        if best is not None and gaz.cc[best]:
            out.add(gaz.cc[best])
    return out


def _only_directions(span: Span) -> bool:
    return all(t.lower_ in DIRECTIONS for t in span)


def _is_demonym_use(tok_span: Span) -> bool:
    """An adjective in front of a noun or a plural people noun, not a language ("in Turkish")."""
    last = tok_span[-1]
    if last.dep_ in ("amod", "compound", "nmod") and last.head.i > last.i:
        return True
    return last.tag_ == "NNPS" or (last.tag_ == "JJ" and last.head.pos_ in ("NOUN", "PROPN"))


class _Claims:
    """Token ownership so mentions never overlap; first claim wins."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.taken = [False] * len(doc)
        self.out: list[Mention] = []

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def claim(self, span: Span, source: str, demonym: str | None = None) -> bool:
        if not self.free(span.start, span.end):
            return False
        for i in range(span.start, span.end):
            self.taken[i] = True
        self.out.append(Mention(span.text, span.start_char, span.end_char, source, demonym))
        return True


def find_mentions(doc: Doc, gaz: Gazetteer, with_demonyms: bool = False, text: str | None = None) -> list[Mention]:
    """All toponym mentions in ``doc``, sorted by offset, without overlaps.

    ``text``: ``doc.text`` when the caller has it (spaCy rebuilds it from tokens on each access).
    """
    text = doc_text(doc) if text is None else text
    claims = _Claims(doc)
    dem = demonyms()
    ents = doc_ents(doc)  # spaCy builds Doc.ents on every access: once per Doc
    blocked = [False] * len(doc)
    in_org = [False] * len(doc)
    for ent in ents:
        if ent.label_ in NEVER_INSIDE:
            blocked[ent.start:ent.end] = [True] * (ent.end - ent.start)
        elif ent.label_ == "ORG":
            in_org[ent.start:ent.end] = [True] * (ent.end - ent.start)
    _datelines(doc, text, gaz, claims)
    for ent in ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        span = _trim(doc, ent, gaz)
        if span is None or not (span.text[:1].isupper() or span.text[:1].isdigit()) or _only_directions(span):
            continue
        if span.text in dem:
            if with_demonyms:
                claims.claim(span, "demonym", dem[span.text])
            continue
        if len(span) == 1 and not _known(gaz, span.text) and ent.label_ == "GPE":
            continue  # a one-word "GPE" no gazetteer knows is usually a person or a brand
        claims.claim(_known_part(span, gaz), "ner")
    support = _support(gaz, claims.out)
    _misread_entities(ents, gaz, claims, support, blocked)
    _gazetteer_scan(doc, gaz, claims, blocked, support)
    _qualifiers(doc, gaz, claims)
    if with_demonyms:
        for tok in doc:
            if not blocked[tok.i] and not in_org[tok.i] and tok.text in dem and _is_demonym_use(doc[tok.i:tok.i + 1]):
                claims.claim(doc[tok.i:tok.i + 1], "demonym", dem[tok.text])
    return sorted(claims.out, key=lambda m: m.start)


LOCATIVE_PREPS = {"in", "near", "at", "on", "to", "from", "into", "toward", "towards", "outside", "around",
                  "via", "between", "across", "through", "inside", "within", "throughout"}


def _locative(tok, claimed: list[bool], depth: int = 0) -> bool:
    """Whether a token stands where places stand: object of a locative preposition or verb,
    or conjoined with a place ("in Misrata and Sirte")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
        return True
    if tok.dep_ == "dobj" and (tok.head.lemma_.lower() in locative_verbs() or tok.head.lower_ in locative_verbs()):
        return True
    if tok.dep_ in ("poss", "compound", "nmod") and tok.head.lemma_.lower() in place_heads():
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in place_heads():
        return True  # "two districts of Misrata", "the outskirts of Sirte"
    if tok.dep_ == "conj" and depth < 3:
        return claimed[tok.head.i] or _locative(tok.head, claimed, depth + 1)
    return False


def _plausible(gaz: Gazetteer, name: str, support: set[str]) -> bool:
    """A place in a country the article is about, or a sizeable place whose readings lie in one
    country, or one far larger than any other reading elsewhere (so it cannot be a common
    surname or word reused across the world)."""
    found = gaz.lookup(name)
    if any(gaz.cc[e] in support for e, _ in found):
        return True
    # Names the gazetteer knows only as an alternate spelling count when the place is large.
    # Acronyms and very short words ("CNN", "Eta") are alternate names of some town too often.
    spelled_out = len(name) >= 4 and not name.isupper()
    readings = [e for e, alt in found if not alt] or \
        [e for e, alt in found if spelled_out and gaz.pop[e] >= 50_000]
    biggest: dict[str, int] = {}
    for e in readings:
        size = 10**9 if gaz.kind[e] == "country" else gaz.pop[e]
        biggest[gaz.cc[e]] = max(biggest.get(gaz.cc[e], 0), size)
    if len(biggest) == 1:
        return any(gaz.kind[e] in ("admin1", "country") or gaz.pop[e] >= 10_000 for e in readings)
    sizes = sorted(biggest.values(), reverse=True)
    return len(sizes) > 1 and sizes[0] >= 50_000 and sizes[0] >= 10 * sizes[1]


def _misread_entities(ents: tuple[Span, ...], gaz: Gazetteer, claims: _Claims, support: set[str],
                      blocked: list[bool]) -> None:
    """Re-read person / organisation entities that are really places.

    The small English model often tags an unfamiliar town as PERSON or ORG ("Sirte", "Gharyan").
    Such an entity becomes a place when its whole text names a place in a country the article
    is already about and it stands in a locative position.
    """
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT") \
                or not claims.free(ent.start, ent.end):
            continue
        if ent.text in demonyms() or not _plausible(gaz, ent.text, support):
            continue
        if _locative(ent.root, claims.taken):
            blocked[ent.start:ent.end] = [False] * (ent.end - ent.start)
            claims.claim(ent, "context")


def _datelines(doc: Doc, text: str, gaz: Gazetteer, claims: _Claims) -> None:
    """"TRIPOLI, March 2 -", "BANTAM \u2014 A stonemason ...": an upper-case place at a line start."""
    for match in DATELINE.finditer(text):
        if match.group(1).isupper() and _known(gaz, match.group(1)):
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
            if span is not None and len(span):
                claims.claim(span, "dateline")
            elif not doc_text(doc)[match.start(1):match.end(1)].strip():
                # The pipeline blanks the dateline before parsing (truce.pipeline.mask_header):
                # no token covers it, so the mention comes from the article text itself.
                claims.out.append(Mention(match.group(1), match.start(1), match.end(1), "dateline"))


def _gazetteer_scan(doc: Doc, gaz: Gazetteer, claims: _Claims, blocked: list[bool], support: set[str]) -> None:
    """Capitalised proper-noun runs that name an important place, longest match first."""
    n = len(doc)
    arr = doc.to_array([IS_TITLE, IS_UPPER, POS])  # one C pass instead of a Token per word
    caps = (arr[:, 0] | arr[:, 1]) != 0
    named = caps & np.isin(arr[:, 2], _NAME_POS)
    starts = [int(i) for i in np.flatnonzero(named) if not blocked[i] and not claims.taken[i]]
    skip_to = 0
    for i in starts:
        if i < skip_to or claims.taken[i]:
            continue
        for length in range(min(MAX_MATCH_TOKENS, n - i), 0, -1):
            if not caps[i + length - 1] or not claims.free(i, i + length) or any(blocked[i:i + length]):
                continue
            span = doc[i:i + length]
            if _known(gaz, span.text) and span.text not in demonyms() \
                    and _important(gaz, span.text, support, strict=doc[i].is_sent_start):
                claims.claim(span, "gazetteer")
                skip_to = i + length
                break


def _qualifiers(doc: Doc, gaz: Gazetteer, claims: _Claims) -> None:
    """The state or country after "Place, ": "Churchill, Man.", "Paris, Texas", "Planadas, Tolima"."""
    mentions = sorted(claims.out, key=lambda m: m.end)
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        for length in (3, 2, 1):
            cand = doc[span.end + 1: span.end + 1 + length]
            if len(cand) != length or not cand[0].text[:1].isupper():
                continue
            kinds = {gaz.kind[e] for e, _ in gaz.lookup(cand.text)}
            if kinds & {"admin1", "country"}:
                claims.claim(cand, "qualifier")
                break


