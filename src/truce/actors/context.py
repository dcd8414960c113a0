"""Document context for actor coding: the focus country and earlier coded mentions (coreference).

Built once per parsed document.  The focus country is the country most mentioned in the document
(country names, demonyms, capitals, regions, named actors; cities unless inside a longer
person/organisation name, since the small model often mislabels a lone town name as a person); it codes unqualified agents ("rebels", "government forces", "state media").  Mentions are
spaCy PERSON/ORG entities coded from their noun phrase ("French Foreign Minister Jean Dupont"),
so a later "Dupont said" or "the minister" keeps the first mention's codes.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from truce.actors.lexicon import COUNTRY_KINDS, SPECIAL_COUNTRIES, Lexicon
from truce.actors.match import tokenize, tokenize_text
from truce.actors.span import code_tokens, find, is_ethnicity, is_stance
from truce.nlp import doc_ents, doc_noun_chunks, doc_pos, doc_text, doc_words, sentence_bounds, span_text
from truce.settings import Section, default_settings


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
    actor_id: str | None = None  # the dictionary entry that coded it, if any
    sent: int = 0  # index of its sentence in the document
    subject: bool = False  # the subject of its clause (a salient antecedent)
    described: tuple[str, ...] = ()  # nouns the text uses for it: "The NSDF, a drug-trafficking group" -> group


@dataclass(frozen=True)
class Salience:
    """How a reference chooses its antecedent (settings ``[actors]``: coref_*)."""

    max_sentences_back: int
    described: int
    subject: int
    recent: int

    @classmethod
    def from_settings(cls, actors) -> Salience:
        return cls(int(actors.coref_max_sentences_back), int(actors.coref_weight_described),
                   int(actors.coref_weight_subject), int(actors.coref_weight_recent))


# Sectors of the state: "the group" or "its fighters" never refer back to the army or a ministry.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
INTERNATIONAL = frozenset({"UNO", "IGO", "EUR"})


@dataclass
class DocContext:
    focus: str | None = None
    focus_counts: dict[str, int] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)  # character offset of each sentence
    text: str = ""  # the document's text (to read what follows a span)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1) if self.sent_starts else 0

    def antecedent(self, before: int, noun: str | None, armed: bool, weights: Salience) -> Mention | None:
        """The organisation a reference ("the group", "its fighters") most likely points back to.

        Candidates are organisations named in this or the ``max_back`` previous sentences, never a
        state body; ``armed`` (a reference to fighters) also leaves out international and
        non-governmental bodies. The most salient wins: described with the reference's own noun
        ("a drug-trafficking group" ... "the group"), then the subject of its clause, then named in
        this or the previous sentence, then the nearest. So in "The NSDF, a group ..., is not part of
        the truce signed with the FPC. The group's fighters fled" the fighters are the NSDF's.
        """
        here = self.sentence_of(before)
        best, best_key = None, None
        for m in self.mentions:
            if m.kind != "org" or m.start >= before or here - m.sent > weights.max_sentences_back:
                continue
            if (m.sector in STATE_SECTORS and (m.actor_id or not m.name)) or \
                    (armed and (m.country in INTERNATIONAL or m.country == "NGO")):
                continue
            key = (weights.described * (noun is not None and noun in m.described) + weights.subject * m.subject
                   + weights.recent * (here - m.sent <= 1), m.start)
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best

    def by_name(self, keys: list[str], before: int) -> Mention | None:
        """Nearest mention starting at or before ``before`` whose name contains the given name tokens
        (at: a span that is part of a longer mention takes that mention's codes)."""
        hits = [m for m in self.mentions if m.start <= before and keys and _contains(m.keys, keys)]
        coded = [m for m in hits if m.country or m.sector]  # an uncoded mention never shadows a coded one
        return (coded or hits)[-1] if hits else None

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


def focus_country(lex: Lexicon, doc: Doc, place_countries: Iterable[str] = (), *, min_mentions: int
                  ) -> tuple[str | None, dict[str, int]]:
    """Most-mentioned country: needs ``min_mentions`` mentions, or to be the only country mentioned.

    ``place_countries``: countries of the toponyms the geoparser resolved (it knows far more
    towns than the actor dictionaries, and reads datelines the parser never sees).
    """
    names = [(e.start_char, e.end_char) for e in doc_ents(doc)
             if e.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW") and len(e) > 1]
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    tokens = tokenize_text(doc_text(doc))
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
    if counts[best] >= min_mentions or len(counts) == 1:
        top = [c for c in counts if counts[c] == counts[best]]
        if len(top) == 1 or len(counts) == 1:
            return best, dict(counts)
    return None, dict(counts)


def build_context(lex: Lexicon, doc: Doc, date: str | None = None, place_countries: Iterable[str] = (),
                  place_spans: Iterable[tuple[int, int]] = (), actors: Section | None = None) -> DocContext:
    """Focus country and the document's named actors (``place_spans``: toponyms, never organisations).

    ``actors``: the ``[actors]`` settings (the shipped defaults unless given).
    """
    actors = actors if actors is not None else default_settings().actors
    focus, counts = focus_country(lex, doc, place_countries, min_mentions=int(actors.focus_min_mentions))
    ctx = DocContext(focus=focus, focus_counts=counts, sent_starts=[b[2] for b in sentence_bounds(doc)])
    chunk_of = {}
    for chunk in doc_noun_chunks(doc):
        for i in range(chunk.start, chunk.end):
            chunk_of[i] = chunk
    places = list(place_spans)
    for ent in _named_spans(doc, places, int(actors.entity_name_min_capitals), int(actors.chunk_name_min_propns)):
        chunk = chunk_of.get(ent.start)
        start = min(chunk.start_char, ent.start_char) if chunk is not None else ent.start_char
        end = max(chunk.end_char, ent.end_char) if chunk is not None else ent.end_char
        coded = code_tokens(lex, tokenize(doc_text(doc)[start:end], start), date)
        if not coded:
            continue
        c = coded[0]
        kind = "person" if ent.label_ == "PERSON" else "org"
        if c.named is not None:
            kind = c.named.kind
        if not (c.country or c.sector) and kind != "org":
            continue  # an uncoded name is kept only as an organisation ("the group" may point back to it)
        keys = tuple(t.key for t in tokenize(span_text(ent)) if t.key.isalpha() or "-" in t.key)
        if kind == "person":
            name = c.name or span_text(ent)
        else:  # an organisation's own name when the dictionary does not know it ("Nororiente Self-Defence Forces")
            name = c.name or (_org_name(ent) if c.unknown_names or not (c.country or c.sector) else None)
        info = dict(actor_id=c.named.id if c.named else None, sent=ctx.sentence_of(ent.start_char),
                    subject=_is_subject(ent), described=_described(ent))
        if kind == "org" and c.named is None:  # "the Front" after "the Catatumbo Popular Front": that org
            longer = next((m for m in reversed(ctx.mentions) if m.kind == "org" and len(m.keys) > len(keys)
                           and _contains(m.keys, list(keys))), None)
            if longer is not None:
                name, info["actor_id"] = longer.name or name, longer.actor_id
                c.country, c.sector = c.country or longer.country, c.sector or longer.sector
        ctx.mentions.append(Mention(ent.start_char, ent.end_char, keys, kind, c.country, c.sector, name,
                                    span_text(ent), tuple(c.heads), **info))
        acronym = _acronym(doc_text(doc), span_text(ent), ent.end_char)
        if acronym is not None:  # 'the Libyan National Front (LNF)': a later 'LNF' is the same actor
            ctx.mentions.append(Mention(ent.start_char, ent.end_char, (tokenize(acronym)[0].key,), kind, c.country,
                                        c.sector, name or span_text(ent), span_text(ent), tuple(c.heads), **info))
    ctx.mentions.sort(key=lambda m: m.start)
    return ctx


def _named_spans(doc: Doc, places: list[tuple[int, int]], min_capitals: int, min_propns: int) -> list[Span]:
    """PERSON and ORG entities, and capitalised proper-noun phrases the model did not label
    ("the Nororiente Self-Defence Forces"), minus toponyms the geoparser resolved.

    ``min_capitals``: capitalised words that make an unresolved FAC/GPE/LOC entity a name;
    ``min_propns``: unlabelled proper nouns that make a noun phrase one.
    """
    def is_place(span: Span) -> bool:  # a toponym the geoparser resolved
        return any(a < span.end_char and span.start_char < b for a, b in places)

    ents = doc_ents(doc)
    out = [e for e in ents if e.label_ in ("PERSON", "ORG") and not (e.label_ == "ORG" and is_place(e))]
    for e in ents:  # the small model often calls an unknown group a facility or a place
        if e.label_ in ("FAC", "GPE", "LOC") and not is_place(e) and sum(t.text[:1].isupper() for t in e) >= min_capitals:
            span = doc[e.start:e.end]
            span.label_ = "ORG"
            out.append(span)
    taken = {i for e in ents for i in range(e.start, e.end)}
    pos, text = doc_pos(doc), doc_words(doc).text  # per-Doc tables: no Token per word of a chunk
    for chunk in doc_noun_chunks(doc):
        names = [i for i in range(chunk.start, chunk.end) if pos[i] == "PROPN" and text[i][:1].isupper() and i not in taken]
        if len(names) < min_propns or any(i in taken for i in range(chunk.start, names[-1] + 1)) or is_place(chunk):
            continue
        span = doc[names[0]:names[-1] + 1]
        span.label_ = "ORG"
        out.append(span)
    return sorted(out, key=lambda s: s.start_char)


def _org_name(span: Span) -> str | None:
    """An unlisted organisation's own name ("Nororiente Self-Defence Forces"); None for a common noun
    phrase the model labelled ORG ("the defence ministry")."""
    words = span.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words) if any(w[:1].isupper() for w in words) else None


def _is_subject(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))


def _described(span: Span) -> tuple[str, ...]:
    """Common nouns the text applies to this name: its appositions ("X, a drug-trafficking group"),
    the noun it is apposed to, and the common words of the name itself ("... Self-Defence Forces")."""
    root = span.root
    nouns = [c.lemma_.lower() for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head.lemma_.lower())
    nouns += [t.text.lower().rstrip("s") for t in span if t.text[:1].isupper() and t.i > span.start]
    return tuple(dict.fromkeys(nouns))


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
