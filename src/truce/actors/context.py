"""Document context for actor coding: the focus country and earlier coded mentions (coreference).

Built once per parsed document.  The focus country is the country most mentioned in the document
(country names, demonyms, capitals, regions, named actors; cities unless inside a longer
person/organisation name, since the small model often mislabels a lone town name as a person); it codes unqualified agents ("rebels", "government forces", "state media").  Mentions are
spaCy PERSON/ORG entities coded from their noun phrase ("French Foreign Minister Jean Dupont"),
so a later "Dupont said" or "the minister" keeps the first mention's codes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from truce.actors.lexicon import COUNTRY_KINDS, SPECIAL_COUNTRIES, Lexicon
from truce.actors.match import tokenize
from truce.actors.span import code_tokens, find, is_ethnicity, is_stance
from truce.nlp import doc_ents, doc_text


@dataclass(frozen=True)
class Mention:
    """An earlier actor mention that later references can resolve to."""

    start: int
    end: int
    keys: tuple[str, ...]  # folded name tokens (surname = last)
    kind: str  # person | org
    country: str | None
    sector: str | None
    name: str | None
    text: str
    roles: tuple[str, ...] = ()  # title/agent words of its noun phrase ("minister")


@dataclass
class DocContext:
    focus: str | None = None
    focus_counts: dict[str, int] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def by_name(self, keys: list[str], before: int) -> Mention | None:
        """Nearest mention starting at or before ``before`` whose name contains the given name tokens
        (at: a span that is part of a longer mention takes that mention's codes)."""
        hits = [m for m in self.mentions if m.start <= before and keys and _contains(m.keys, keys)]
        return hits[-1] if hits else None

    def by_role(self, roles: list[str], sector: str | None, before: int) -> Mention | None:
        """Nearest earlier mention introduced with the same title ("Minister X" ... "the minister")."""
        hits = [m for m in self.mentions if m.start < before and m.country and set(roles) & set(m.roles)
                and (sector is None or m.sector == sector)]
        return hits[-1] if hits else None

    def last_org(self, before: int) -> Mention | None:
        hits = [m for m in self.mentions if m.start < before and m.kind == "org"]
        return hits[-1] if hits else None


def _contains(full: tuple[str, ...], part: list[str]) -> bool:
    n = len(part)
    return any(list(full[i:i + n]) == part for i in range(len(full) - n + 1))


def focus_country(lex: Lexicon, doc: Doc, place_countries: Iterable[str] = ()
                  ) -> tuple[str | None, dict[str, int]]:
    """Most-mentioned country: needs two mentions, or to be the only country mentioned.

    ``place_countries``: countries of the toponyms the geoparser resolved (it knows far more
    towns than the actor dictionaries, and reads datelines the parser never sees).
    """
    names = [(e.start_char, e.end_char) for e in doc_ents(doc)
             if e.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW") and len(e) > 1]
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    tokens = tokenize(doc_text(doc))
    for m in find(lex, tokens):
        e = m.values[0]
        if e.kind not in (*COUNTRY_KINDS, "org", "person") or not e.country or e.country in SPECIAL_COUNTRIES:
            continue
        if is_ethnicity(tokens, m.i) or is_stance(tokens, m.i):
            continue
        start = tokens[m.i].start
        if e.kind == "city" and any(a <= start < b for a, b in names):
            continue
        counts[e.country] += 1
        first.setdefault(e.country, start)
    for i, country in enumerate(place_countries):
        counts[country] += 1
        first.setdefault(country, len(doc_text(doc)) + i)
    if not counts:
        return None, {}
    best = sorted(counts, key=lambda c: (-counts[c], first[c]))[0]
    if counts[best] >= 2 or len(counts) == 1:
        top = [c for c in counts if counts[c] == counts[best]]
        if len(top) == 1 or len(counts) == 1:
            return best, dict(counts)
    return None, dict(counts)


def build_context(lex: Lexicon, doc: Doc, date: str | None = None, place_countries: Iterable[str] = ()
                  ) -> DocContext:
    focus, counts = focus_country(lex, doc, place_countries)
    ctx = DocContext(focus=focus, focus_counts=counts)
    chunk_of = {}
    for chunk in doc.noun_chunks:
        for tok in chunk:
            chunk_of[tok.i] = chunk
    for ent in doc_ents(doc):
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        chunk = chunk_of.get(ent.start)
        start = min(chunk.start_char, ent.start_char) if chunk is not None else ent.start_char
        end = max(chunk.end_char, ent.end_char) if chunk is not None else ent.end_char
        coded = code_tokens(lex, tokenize(doc_text(doc)[start:end], start), date)
        if not coded:
            continue
        c = coded[0]
        if not (c.country or c.sector):
            continue
        kind = "person" if ent.label_ == "PERSON" else "org"
        if c.named is not None:
            kind = c.named.kind
        keys = tuple(t.key for t in tokenize(ent.text) if t.key.isalpha() or "-" in t.key)
        name = c.name or (ent.text if kind == "person" else None)
        ctx.mentions.append(Mention(ent.start_char, ent.end_char, keys, kind, c.country, c.sector, name,
                                    ent.text, tuple(c.heads)))
        acronym = _acronym(doc_text(doc), ent.text, ent.end_char)
        if acronym is not None:  # 'the Libyan National Front (LNF)': a later 'LNF' is the same actor
            ctx.mentions.append(Mention(ent.start_char, ent.end_char, (tokenize(acronym)[0].key,), kind, c.country,
                                        c.sector, name or ent.text, ent.text, tuple(c.heads)))
    return ctx


_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z/.-]{1,7})\)")
_MINOR = {"of", "the", "for", "and", "in", "on", "de", "al"}


def _acronym(text: str, name: str, end: int) -> str | None:
    """An acronym introduced in parentheses right after a name, if it fits the name's initials."""
    m = _ACRONYM.match(text, end)
    if m is None:
        return None
    acr = m.group(1)
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _MINOR and w[0].isupper())
    return acr if acr.replace(".", "").replace("/", "")[:2] == initials[:2] else None
