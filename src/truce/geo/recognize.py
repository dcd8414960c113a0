"""Toponym recognition: spaCy place entities, then gazetteer matches for names the NER missed or misread.

Conventions (documented in docs/geo.md, chosen to match the TR-News annotation):
- a place name used as a modifier is a toponym ("Edmonton residents", "Granville County sheriff");
- a place name inside an organisation name is a toponym ("Kentucky" in "Kentucky State Police"),
  marked ``in_org`` so that it never becomes an event's location; the organisation is not a place;
  names inside person names never are;
- direction words are not part of the name ("northern Syria", "Far North Queensland" -> the
  place), nor is a lower-case administrative word ("Sichuan province" -> "Sichuan", kept as the
  mention's ``admin_hint`` for the resolver);
- "X County" with a capital C keeps its head noun (it is the name);
- national adjectives ("Syrian troops") are demonyms: not places by default, toponyms only in
  the TR-News convention (``with_demonyms=True``).
English words come from ``data/lang/en/geo/``; thresholds from ``settings.toml`` ``[geo]``.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import IS_TITLE, IS_UPPER, POS
from spacy.parts_of_speech import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from truce.geo.gazetteer import TOWNLESS_FCODE, AnyGazetteer, normalize
from truce.geo.tables import demonym_forms, demonym_runs, demonyms, lang_table, words
from truce.nlp import char_span, doc_ents, doc_offsets, doc_pos, doc_text, doc_words, span_text
from truce.settings import default_settings

PLACE_LABELS = ("GPE", "LOC", "FAC")
NEVER_INSIDE = ("PERSON",)
MISREAD_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
ADMIN_COUNTY = re.compile(r"\s(County|Parish)$")
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})(?=\s*(?:,|\u2014|\u2013|--| - |\())")
# Natural features a multi-word name of which the scan trusts ("Red Sea", "Jordan Valley"); buildings,
# squares and crossings ("White House") are places only when the NER says so (often they are metonyms).
NATURAL_CODES = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "CNL", "STM", "LK", "LKS", "MTS", "MT",
                           "DSRT", "VAL", "PLN", "PEN", "ISL", "ISLS", "RGN"})


@dataclass
class Mention:
    """A recognised toponym span before resolution."""

    text: str
    start: int
    end: int
    source: str  # ner, gazetteer, dateline, qualifier, demonym, context, given
    demonym: str | None = None  # ISO3 or "@Region" when the mention is a national adjective
    admin_hint: str | None = None  # "province", "state", "county", "city" ... written after the name
    in_org: bool = False  # part of an organisation's name ("Kentucky" in "Kentucky State Police")
    label: str | None = None  # the NER label when the NER found it (GPE, LOC, FAC)


def locative_verbs() -> frozenset[str]:
    return words("locative_verbs")


def place_heads() -> frozenset[str]:
    return words("place_heads")


def unit_word(tok: Token) -> str | None:
    """The singular admin word a token is (``admin_words.txt``): lower case, singular or plural ("district",
    "districts", "territories"), or an all-capital abbreviation listed there ("LGA", "LGAs"). Plural unit
    words follow lists ("Masisi and Rutshuru territories", "Bokkos and Barkin Ladi LGAs", geo12)."""
    admin = words("admin_words")
    low = tok.lower_
    if not tok.is_lower and not (tok.text[:1].isupper() and tok.text.rstrip("s").isupper()):
        return None
    for form in (low, low[:-3] + "y" if low.endswith("ies") else None, low[:-1] if low.endswith("s") else None):
        if form and form in admin and (tok.is_lower or form in words("admin_abbreviations")):
            return form
    return None


def _list_unit_after(doc: Doc, end: int) -> str | None:
    """The plural unit word after a list the name begins ("Kurram and Orakzai districts", "Taiz, Ibb and Lahj
    governorates"): every member is such a unit. Only capitalised words, commas and "and" may stand between."""
    if end >= len(doc) or doc[end].lower_ not in ("and", ","):
        return None
    for j in range(end, min(len(doc), end + default_settings().geo.unit_list_max_tokens)):
        tok = doc[j]
        if tok.lower_ in ("and", ",") or tok.is_title or tok.is_upper and unit_word(tok) is None:
            continue
        word = unit_word(tok)
        return word if word is not None and tok.lower_ != word else None  # a plural ends the list
    return None


def _org_end(doc: Doc, ent: Span, s: Any) -> int:
    """Where an organisation's name ends: an NER span that runs on over "near" / "outside" / "around"
    (town_preps.txt) into a place ("the Semien Amhara Front near Chifra", geo15) ends before the
    preposition, which no group's name contains."""
    if s.org_stops_at_town_preps:
        for tok in ent[1:]:
            if tok.is_lower and tok.lower_ in words("town_preps"):
                return tok.i
    return ent.end


def _known(gaz: AnyGazetteer, text: str) -> bool:
    return gaz.has(normalize(text))


def _trim(doc: Doc, span: Span, gaz: AnyGazetteer) -> tuple[Span | None, str | None]:
    """Drop articles, direction words and lower-case admin words around a place name; the dropped
    admin word is returned as a hint of the level ("Sichuan province")."""
    start, end = span.start, span.end
    leading, directions = words("leading_drop"), words("directions")
    while start < end and doc[start].lower_ in leading:
        start += 1
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", ".", ",", "-"):
        end -= 1
    head = start
    while head < end - 1 and doc[head].lower_ in directions:
        head += 1
    if head > start and (not doc[start].is_title or _known(gaz, doc[head:end].text)
                         and not _known(gaz, doc[start:end].text)):
        start = head
    hint = None
    word = unit_word(doc[end - 1]) if end - start > 1 else None
    if word is not None and (not _plural_unit(doc[end - 1], word) or _ends_list(doc, start)):
        hint = word
        end -= 1
    else:
        hint = _admin_word_after(doc, end, start) or _town_word_before(doc, start)  # "Washington state"
    return (doc[start:end] if end > start else None), hint


def _admin_word_after(doc: Doc, end: int, start: int | None = None) -> str | None:
    """The lower-case admin word right after a name ("Hodeidah governorate"): a hint of its level."""
    word = unit_word(doc[end]) if end < len(doc) else None
    if word is not None and (not _plural_unit(doc[end], word) or _ends_list(doc, start)):
        return word  # "Hodeidah governorate"; a plural only after a list's last member ("Kurram and Orakzai districts")
    return _list_unit_after(doc, end) if word is None else None  # "the Gulf states": a region, no one state


def _plural_unit(tok: Token, word: str) -> bool:
    """Whether a unit word is written in the plural ("districts", "LGAs")."""
    return tok.lower_ != word


def _ends_list(doc: Doc, start: int | None) -> bool:
    """Whether the name starting at ``start`` is the last member of a list ("Masisi and Rutshuru", "X, Y")."""
    return start is not None and start > 1 and doc[start - 1].lower_ in ("and", ",") and doc[start - 2].is_title


def _town_word_before(doc: Doc, start: int) -> str | None:
    """"town" for a name after "<part of a town> of" ("in the centre of Kidal", "the town of Kidal";
    town_part_words.txt): a hint that the name is the town, not the region it shares a name with."""
    of = doc[start - 1] if start else None
    if of is not None and of.lower_ in words("reference_preps") or _distance_before(doc, start):
        return "town"  # geo14: "outside Al Bayda", "35 km east of Marib": a reference point is a town
    if of is None or of.lower_ != "of" or not of.i:
        return None
    noun = doc[of.i - 1]
    return "town" if noun.is_lower and noun.lower_ in words("town_part_words") else None


def _distance_before(doc: Doc, start: int) -> bool:
    """Whether "<number> <unit> <compass word> of" stands right before ``start`` ("30 km north of")."""
    return relative_offset(doc.text[max(0, doc[start].idx - 60):doc[start].idx]) is not None


_OFFSET = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([a-z]+)\.?\s+(?:to\s+the\s+)?([a-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+)?$", re.I)


def relative_offset(before: str) -> tuple[float, float] | None:
    """(km, bearing) when ``before`` (the text before a place name) ends in "<number> <unit> <compass word>
    of" ("about 30 km north of", "40 kilometres south-east of", "12 miles to the west of"); None otherwise.
    The units and bearings are English tables (``distance_units.tsv``, ``compass_bearings.tsv``, geo14)."""
    m = _OFFSET.search(before)
    if m is None:
        return None
    per_km, bearing = lang_table("distance_units", "km").get(m[2].lower()), \
        lang_table("compass_bearings", "degrees").get(m[3].lower())
    if per_km is None or bearing is None:
        return None
    return float(m[1].replace(",", "")) * per_km, bearing


def is_feature_name(name: str) -> bool:
    """A natural feature's name by its first or last word ("Spokane River", "Lake Springfield")."""
    parts = name.split()
    return len(parts) > 1 and (parts[-1].lower() in words("feature_words")
                               or parts[0].lower().rstrip(".") in words("feature_words"))


def with_feature_word(span: Span) -> Span:
    """The span widened by a capitalised feature word right after it ("Spokane" + "River") or a leading
    one right before it ("Lake" + "Springfield"): the feature is the place, not the town it is named after."""
    doc, start, end = span.doc, span.start, span.end
    if is_feature_name(span_text(span)):
        return span  # "Peace River" stays itself before "Valley"
    if end < len(doc) and doc[end].is_title and doc[end].lower_ in words("feature_words"):
        end += 1
    elif start > 0 and doc[start - 1].is_title and doc[start - 1].lower_.rstrip(".") in words("feature_words") \
            and not doc[start - 1].is_sent_start:
        start -= 1
    return doc[start:end]


def _known_part(span: Span, gaz: AnyGazetteer, s: Any) -> Span:
    """An NER span no gazetteer entry knows, cut to its longest known head or tail when the rest
    is not a street word: "Air Berlin" -> "Berlin", "Metcalfe County Fire" -> "Metcalfe County",
    "West Virginia State" -> "West Virginia"; "Hertford Road" stays a street."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if len(span) < 2 or _known(gaz, span_text(span)) or span[-1].lower_.rstrip(".") in words("street_words") \
            or (after is not None and after.lower_ in words("street_words")) or ADMIN_COUNTY.search(span_text(span)):
        return span  # "Scarborough Shoal", "Ain al-Asad air base": a facility's name, not the town in it
    feature = is_feature_name(span_text(span))  # "Spokane River" is not cut to the town; "Peace River Valley" to the river
    for size in range(len(span) - 1, 0, -1):
        for part in (span[:size], span[len(span) - size:]):
            if feature and not is_feature_name(span_text(part)):
                continue
            if part[0].text[:1].isupper() and _known(gaz, span_text(part)) and _important_any(gaz, span_text(part), s) \
                    and not _only_directions(part):  # "East Gojjam" is not Cameroon's East region
                if s.particle_heads and len(part) == 1 and part.start == span.start and part[0].lower_ in words("name_particles"):
                    continue  # "Abu Shouk camp" is not Mount Abu (geo11): the particle alone names no place here
                return part
    return span


def _important_any(gaz: AnyGazetteer, name: str, s: Any) -> bool:
    """A country, state, region or town of 1,000+ people ("County" names count via their state)."""
    if ADMIN_COUNTY.search(name):
        return True
    return any(gaz.kind[e] not in ("city", "airport") or gaz.pop[e] >= s.important_min_population
               for e, alt in gaz.lookup(name) if not alt)


def _important(gaz: AnyGazetteer, name: str, support: set[str], s: Any, strict: bool = False,
               dominant_ok: bool = False) -> bool:
    """Enough to trust a capitalised name without NER.

    Countries, continents and regions always; a multi-word physical feature ("Red Sea"). A state or
    a big city when the article's other places already point to its country (``support``) or when
    every reading of the name lies in one country: generic words ("Lakes", "Centre", "Man") name
    places in many countries. ``strict`` (sentence-initial words, capitalised anyway): no cities.
    ``dominant_ok`` (a name written where places stand, geo13): a city far larger than every namesake
    abroad counts like an unambiguous one ("residents of Sabha").
    Supranational bodies ("EU"), airports and one-word features ("Java", "Amazon") need the NER.
    """
    found = gaz.lookup(name)
    # a district known by name alone (geo13) makes no name ambiguous: "Kentucky" stays the state's
    countries = {gaz.cc[e] for e, alt in found if not alt and gaz.fcode[e] != TOWNLESS_FCODE}
    short_caps = name.isupper() and len(name) <= s.acronym_max_chars  # "ACT", "WA": acronyms need the article's country
    # A city far larger than every namesake abroad counts like an unambiguous one (geo13, ``dominant_scan``).
    dominant = _dominant_country(gaz, [e for e, alt in found if not alt], s) \
        if dominant_ok and len(countries) > 1 and not strict else None
    for entry, alt in found:
        kind = gaz.kind[entry]
        if alt and kind != "country":
            continue
        if kind == "country" and not (short_caps and gaz.cc[entry] not in support and len(name) <= s.country_code_chars):
            return True
        if not strict and kind in ("continent", "region"):
            return True
        if kind == "feature" and " " in name and not strict and gaz.fcode[entry] in NATURAL_CODES:
            return True
        if gaz.cc[entry] not in support and ((len(countries) > 1 and gaz.cc[entry] != dominant) or short_caps):
            continue
        if kind == "admin1" or (not strict and kind == "city" and gaz.pop[entry] >= s.min_match_population):
            return True
        if kind == "admin2" and ADMIN_COUNTY.search(name):
            return True  # "Black Hawk County Sheriff's Office": a county named in full
        if strict and kind == "city" and gaz.cc[entry] in support and gaz.pop[entry] >= s.sentence_start_population_factor * s.min_match_population:
            return True  # a big city at a sentence start, in the article's country ("Edmonton needs ...")
    return False


def _after_the_town_of(span: Span) -> bool:
    """"recaptured the town of Mahas", "the village of X": the phrase says the name is a town whatever country its
    readings lie in (geo13, ``town_of_any``); the resolver then reads it in context or abstains, and a dateline no
    longer stands in for a town the text names."""
    head = span.root.head
    if span.root.dep_ != "pobj" or head.lower_ != "of":
        return False
    noun = head.head
    return noun.lower_ in ("town", "village") and any(d.lower_ == "the" for d in noun.children)


def _town_where_places_stand(span: Span, gaz: AnyGazetteer, support: set[str], s: Any) -> bool:
    """A town of the article's country where only a place stands: after "<direction> of" ("in the hills
    south-east of Voskepar", "15 km north of Dorvo": a bearing is taken from a place), after "the <place
    noun> of" ("the coastal town of Al Khawkhah", "the outskirts of Mueda"; place_heads.txt), before a
    place noun ("Mueda market", "Mueda's airport") or after a plainly locative preposition ("on the road
    outside Mueda"; town_preps.txt). The name is a place however small, while the NER, in a long
    sentence, often misses a village's name or calls it a person. The town must lie in a country the
    article's places already point to."""
    head = span.root.head
    if span.root.dep_ == "nsubjpass" and (head.lemma_.lower() in locative_verbs() or head.lower_ in locative_verbs()):
        # "Kupiansk was shelled overnight" (geo12): what an attack verb's passive subject names is the place hit
        return any(gaz.kind[e] == "city" and gaz.cc[e] in support and (not alt or gaz.pop[e] >= s.passive_alt_population)
                   for e, alt in gaz.lookup(span_text(span)))
    if span.root.dep_ in ("compound", "poss") and head.i > span.root.i and head.is_lower:
        if head.lemma_.lower() not in place_heads():  # "hit Mueda market", "Mueda's airport"
            return False
    elif span.root.dep_ != "pobj" or not head.is_lower:
        return False
    elif head.lower_ == "of":
        noun = head.head
        residents = bool(s.residents_of_towns) and _residents_of(noun)  # "Residents of Ubari" (geo15)
        if not residents and (not noun.is_lower or (noun.lower_ not in words("directions")
                                                    and noun.lemma_.lower() not in place_heads())):
            return False
        if s.town_of_any and _after_the_town_of(span):
            return any(gaz.kind[e] == "city" for e, alt in gaz.lookup(span_text(span)) if not alt)
    elif head.lower_ not in words("town_preps"):
        return False
    # geo15: an alternate spelling of a town of the article's country counts from ``locative_alt_population``
    # on ("near Chifra": GeoNames writes Sifra), as for an attack verb's passive subject.
    floor = s.locative_alt_population or math.inf
    return any(gaz.kind[e] == "city" and gaz.cc[e] in support and (not alt or gaz.pop[e] >= floor)
               for e, alt in gaz.lookup(span_text(span)))


def _variant_in_support(gaz: AnyGazetteer, name: str, support: set[str], s: Any) -> bool:
    """A name the gazetteer knows only under another romanisation ("Hodeidah" for Hudaydah), read without
    the NER when that reading is a state, a district or a big town of a country the article's other
    places already point to (``variant_lookup``'s own population floor)."""
    return any(gaz.cc[e] in support for e, _ in gaz.variant_lookup(name, s.variant_min_population, s.variant_min_chars))


def _support(gaz: AnyGazetteer, mentions: list[Mention]) -> set[str]:
    """Countries of the most likely reading of each mention found so far."""
    out = set()
    for m in mentions:
        if m.demonym and not m.demonym.startswith("@"):
            iso2 = gaz.iso2_of(m.demonym)
            if iso2:
                out.add(iso2)  # "Canadian cities": the article is about Canada
            continue
        best, best_prior = None, -1.0
        for entry, alt in gaz.lookup(m.text):
            prior = {"country": 1e10, "admin1": 1e7}.get(gaz.kind[entry], gaz.pop[entry]) / (10 if alt else 1)
            if prior > best_prior:
                best, best_prior = entry, prior
        if best is not None and gaz.cc[best]:
            out.add(gaz.cc[best])
    return out


def _only_directions(span: Span) -> bool:
    return all(t.lower_ in words("directions") for t in span)


def _country_named(span: Span, gaz: AnyGazetteer) -> bool:
    """A demonym that is also a country's own name, used as a noun ("in Hong Kong", "the Philippines",
    "New Zealand said"), is the country; before a noun ("New Zealand troops") it stays a demonym."""
    last = span[-1]
    if (last.dep_ in ("amod", "compound", "nmod") and last.head.i > last.i) or \
            (last.tag_ == "JJ" and last.head.pos_ in ("NOUN", "PROPN")):
        return False  # an adjective in front of a noun
    own = demonyms().get(span_text(span))  # the country the word names as a demonym ("Turks" is Turkey's people,
    return any(not alt and gaz.kind[e] == "country" and gaz.iso3.get(gaz.cc[e]) == own  # not Turks and Caicos)
               for e, alt in gaz.lookup(span_text(span)))


def _is_demonym_use(tok_span: Span) -> bool:
    """An adjective in front of a noun or a plural people noun, not a language ("in Turkish")."""
    last = tok_span[-1]
    if last.dep_ in ("amod", "compound", "nmod") and last.head.i > last.i:
        return True
    return last.tag_ == "NNPS" or (last.tag_ == "JJ" and last.head.pos_ in ("NOUN", "PROPN"))


def _org_follows(doc: Doc, end: int, s: Any) -> bool:
    """A capitalised organisation word right after a name ("Levant Human Rights Monitor"), within
    ``org_follow_tokens`` capitalised words; or a seat adjective ("Bunia-based", ``seat_words``): the town
    where an organisation or person is based, not where anything happened."""
    heads = words("org_heads")
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in words("seat_words"):
        return True  # "the Bunia-based Radio Canal Amani", "a Goma-based group": the seat of who speaks
    for tok in doc[end:end + s.org_follow_tokens]:
        if not (tok.is_title or tok.is_upper):
            return False
        if tok.lower_ in heads:
            return True
    return False


def _names_a_newspaper(doc: Doc, end: int) -> bool:
    """A capitalised newspaper word right after a name ("The New York Times", "Chicago Tribune"): the
    name is the paper's, not a place (an agency's name keeps its place: "Kentucky State Police")."""
    return end < len(doc) and doc[end].is_title and doc[end].lower_ in words("media_heads")


class _Claims:
    """Token ownership so mentions never overlap; first claim wins."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.taken = [False] * len(doc)
        self.out: list[Mention] = []

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def claim(self, span: Span, source: str, demonym: str | None = None, hint: str | None = None,
              in_org: bool = False, label: str | None = None) -> bool:
        if not self.free(span.start, span.end):
            return False
        for i in range(span.start, span.end):
            self.taken[i] = True
        self.out.append(Mention(span_text(span), span.start_char, span.end_char, source, demonym, hint, in_org, label))
        return True


def find_mentions(doc: Doc, gaz: AnyGazetteer, settings: Any, with_demonyms: bool = False,
                  text: str | None = None, context: frozenset[str] = frozenset(),
                  learnt: set[str] | None = None) -> list[Mention]:
    """All toponym mentions in ``doc``, sorted by offset, without overlaps.

    ``settings``: the ``[geo]`` table; ``text``: ``doc.text`` when the caller has it (spaCy rebuilds
    it from tokens on each access); ``context``: ISO2 codes the article is about by other evidence
    (the countries of the armed groups and organisations it names); ``learnt``: when given, receives the
    country read from several names together (``_joint_support``), context for the resolver too.
    """
    text = doc_text(doc) if text is None else text
    claims = _Claims(doc)
    dem = demonyms()
    ents = _hyphen_wholes(_split_entities(doc), gaz)  # built from doc_ents(doc): spaCy's Doc.ents once per Doc
    blocked = [False] * len(doc)
    cut: list[tuple[int, Span]] = []  # (mention index, the whole NER span) of NER spans cut to a known part
    in_org: list[tuple[int, int] | None] = [None] * len(doc)  # the ORG entity a token is part of
    for ent in ents:
        if ent.label_ in NEVER_INSIDE:
            blocked[ent.start:ent.end] = [True] * (ent.end - ent.start)
        elif ent.label_ == "ORG":
            end = _org_end(doc, ent, settings)
            in_org[ent.start:end] = [(ent.start, end)] * (end - ent.start)
    _datelines(doc, text, gaz, claims)
    _bracketed(doc, gaz, claims, blocked, settings)
    for ent in ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        span, hint = _trim(doc, ent, gaz)
        if span is None or not (span_text(span)[:1].isupper() or span_text(span)[:1].isdigit()) or _only_directions(span):
            continue
        if span_text(span) in dem and not _country_named(span, gaz):
            if with_demonyms and not demonym_forms()[span_text(span)][1]:
                claims.claim(span, "demonym", dem[span_text(span)])
            continue
        if len(span) == 1 and not _known(gaz, span_text(span)) and ent.label_ == "GPE" and not \
                gaz.variant_lookup(span_text(span), settings.variant_min_population, settings.variant_min_chars):
            continue  # a one-word "GPE" no gazetteer knows is usually a person or a brand
        whole = with_feature_word(span)
        part = _known_part(whole, gaz, settings)
        if _names_a_newspaper(doc, part.end):
            continue
        if claims.claim(part, "ner", hint=hint, in_org=_org_follows(doc, part.end, settings), label=ent.label_) \
                and len(part) < len(whole) and ent.label_ in ("GPE", "LOC", "FAC"):
            cut.append((len(claims.out) - 1, whole))
    people = _person_names(ents)
    if settings.foreign_part_guard and cut:
        _uncut_foreign_parts(gaz, claims, cut, _demonym_countries(doc, gaz, dem) | set(context))
    support = _support(gaz, claims.out) | _demonym_countries(doc, gaz, dem) | set(context)
    if settings.joint_support and not support:
        support = _joint_support(doc, gaz, claims, blocked, people, settings)
        if learnt is not None:
            learnt |= support
    _misread_entities(ents, gaz, claims, support, blocked, settings)
    _gazetteer_scan(doc, gaz, claims, blocked, support, in_org, settings, people)
    # A second pass with the countries the first pass found ("Black Hawk County" makes "Waterloo" Iowa's).
    _gazetteer_scan(doc, gaz, claims, blocked, support | _support(gaz, claims.out), in_org, settings, people)
    if settings.misread_second_pass:  # "attacked a camp in Gao [PERSON] ... Bourem": Bourem makes Gao Mali's
        _misread_entities(ents, gaz, claims, support | _support(gaz, claims.out), blocked, settings,
                          labels=("PERSON", "ORG"))  # not misread dates ("at Christmas")
    if settings.unit_phrase_names:
        _unit_phrase_names(doc, gaz, claims, blocked, support | _support(gaz, claims.out), people, settings)
    if settings.agency_names:
        _agency_names(ents, gaz, claims, support | _support(gaz, claims.out), settings)
    if settings.contained_names:
        _contained_names(doc, gaz, claims, blocked, people, settings)
    _qualifiers(doc, gaz, claims)
    if with_demonyms:  # adjectives only: "Syrian troops" (TR-News does not mark "the Syrians")
        forms = demonym_forms()
        for i, j, place in demonym_runs(doc_words(doc).text):  # longest form first ("South Sudanese troops")
            form = " ".join(doc_words(doc).text[i:j])
            if not any(blocked[i:j]) and all(o is None for o in in_org[i:j]) and not forms[form][1] \
                    and _is_demonym_use(doc[i:j]):
                claims.claim(doc[i:j], "demonym", place)
    out = [m for m in claims.out if not _is_person_mention(m, doc, people)]
    return sorted(out, key=lambda m: m.start)


def _uncut_foreign_parts(gaz: AnyGazetteer, claims: _Claims, cut: list[tuple[int, Span]], context: set[str]) -> None:
    """An unknown multi-word place name the NER found ("Sabon Garin Banga") was cut to its known part
    ("Banga"); when every reading of that part is a town in none of the countries the article's other names
    point to, the whole name stays: a local name the gazetteer lacks, placed by the event's other places or
    the local fallback, not a town abroad (geo12: a Nigeria story's village read in the Philippines). A part
    that is a country, state or region keeps the cut ("Air Berlin" in no German story is still unknown)."""
    cut_at = {i for i, _ in cut}
    support = _support(gaz, [m for i, m in enumerate(claims.out) if i not in cut_at]) | context
    if not support:
        return  # no country to judge the part by
    for i, whole in cut:
        m = claims.out[i]
        # a district known by name alone (no town, geo13) counts like a town here: it is no state or region
        readings = gaz.lookup(m.text)
        if any(gaz.cc[e] in support or gaz.kind[e] != "city" and gaz.fcode[e] != TOWNLESS_FCODE for e, _ in readings):
            continue
        if any(not t.is_title for t in whole) or any(t.lower_ in words("org_heads") for t in whole):
            continue  # only a name of capitalised words ("Garin Banga"), no organisation's
        for j in range(whole.start, whole.end):
            claims.taken[j] = True
        claims.out[i] = Mention(span_text(whole), whole.start_char, whole.end_char, m.source, m.demonym,
                                m.admin_hint, m.in_org, m.label)


BRACKETS = frozenset({"(", ")", "[", "]"})
_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name, *calendar.month_abbr[1:]))


def _split_entities(doc: Doc) -> tuple[Span, ...]:
    """The NER's entities, cut at brackets ("Kadugli (South Kordofan" is two names); an entity of a
    misread label is also cut at "and" and commas ("Damboa and Biu"), and at "to" after "from" ("from Bentiu
    to Leer"). A date entity with no digit and
    no calendar word is a misread name ("near Manbij" tagged DATE) and keeps its place among the
    misread labels."""
    out: list[Span] = []
    for ent in doc_ents(doc):
        label = ent.label_
        if label in ("DATE", "TIME"):
            if any(ch.isdigit() for ch in span_text(ent)) or any(t.lower_ in _CALENDAR for t in ent) \
                    or not all(t.is_title for t in ent):
                out.append(ent)
                continue
            label = "PRODUCT"  # re-read like any other misread entity
        route = ent.start > 0 and doc[ent.start - 1].lower_ == "from"  # "from Bentiu to Leer" tagged ORG (geo11)
        cuts = [t.i for t in ent if t.text in BRACKETS or
                (label in MISREAD_LABELS and (t.lower_ == "and" or t.text == "," or (route and t.text == "to")))]
        if not cuts and label == ent.label_:
            out.append(ent)
            continue
        start = ent.start
        for cut in [*cuts, ent.end]:
            if cut > start:
                out.append(Span(doc, start, cut, label=label))
            start = cut + 1
    return tuple(out)


def _hyphen_wholes(ents: tuple[Span, ...], gaz: AnyGazetteer) -> tuple[Span, ...]:
    """An entity that is part of a hyphenated name is widened to the whole word when the gazetteer
    knows it ("Croix" of "Croix-des-Bouquets", "Ville" of "Petion-Ville": the tokenizer splits at
    hyphens and the NER tags one piece). Overlapping entities stay as they are."""
    out: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        doc, start, end = ent.doc, ent.start, ent.end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and end + 1 not in taken:
            end += 2
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha and start - 2 not in taken:
            start -= 2
        if (start, end) != (ent.start, ent.end) and doc[start].text[:1].isupper() and _known(gaz, doc[start:end].text):
            out.append(Span(doc, start, end, label=ent.label_))
        else:
            out.append(ent)
    return tuple(out)


def _bracketed(doc: Doc, gaz: AnyGazetteer, claims: _Claims, blocked: list[bool], s: Any) -> None:
    """Containers written in brackets after a name: "Boni (Douentza cercle, Mopti region)", "Akobo
    (Jonglei)", "Kale (Sagaing region)". Each comma-separated part that names a country, a first- or
    second-level unit, or any place when an admin word follows it, is a qualifier of the name before
    the bracket (the conflict-note convention: the place, then the units it lies in)."""
    n = len(doc)
    for i in (i for i, word in enumerate(doc_words(doc).text) if word == "("):
        tok = doc[i]
        before = doc[tok.i - 1] if tok.i else None
        if before is None or not (before.is_title or before.is_upper or
                                                      unit_word(before) is not None):
            continue
        close = next((j for j in range(tok.i + 1, min(n, tok.i + s.bracket_max_tokens)) if doc[j].text in (")", "(")), None)
        if close is None or doc[close].text != ")":
            continue
        start = tok.i + 1
        for cut in [*(j for j in range(tok.i + 1, close) if doc[j].text in (",", ";")), close]:
            end, hint = cut, None
            if end - start > 1 and unit_word(doc[end - 1]):
                end, hint = end - 1, unit_word(doc[end - 1])
            part = doc[start:end]
            start = cut + 1
            if not len(part) or not part[0].text[:1].isupper() or not claims.free(part.start, part.end):
                continue
            readings = gaz.lookup(span_text(part))
            if hint is None and not any(gaz.kind[e] in ("country", "admin1", "admin2") or
                                        (gaz.kind[e] == "city" and gaz.pop[e] >= s.plausible_min_population
                                         and not span_text(part).isupper())  # "(RNS)" is a news agency
                                        for e, _ in readings):
                continue  # "(Harim, Idleb)": Idleb, a provincial capital's spelling, is a container too
            if readings:
                blocked[part.start:part.end] = [False] * len(part)
                claims.claim(part, "qualifier", hint=hint)


def _demonym_countries(doc: Doc, gaz: AnyGazetteer, dem: dict[str, str]) -> set[str]:
    """Countries the article's national adjectives name ("Canadian cities")."""
    out = set()
    for _, _, place in demonym_runs(doc_words(doc).text):  # "South Sudanese" is South Sudan's, not Sudan's
        if not place.startswith("@"):
            iso2 = gaz.iso2_of(place)
            if iso2:
                out.add(iso2)
    return out


def _person_names(ents: tuple[Span, ...]) -> frozenset[str]:
    """Surnames of the article's PERSON entities of two or more words ("Mayor Tom Bingham" -> Bingham):
    the same word alone later in the article is that person, not the town of that name."""
    return frozenset(ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2)


def _is_person_mention(m: Mention, doc: Doc, people: frozenset[str]) -> bool:
    """A one-word mention that is a surname of the article, or any mention right after a title."""
    if m.source in ("dateline", "demonym", "given", "qualifier"):
        return False
    span = char_span(doc, m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in words("person_titles") and before.is_title:
        return True
    if len(span) > 1 and span[0].lower_.rstrip(".") in words("person_titles"):
        return True  # "Ms Raggi" tagged as a place
    return len(span) == 1 and span_text(span) in people and not (span.root.dep_ == "pobj" and
                                                          span.root.head.lower_ in words("locative_preps"))


def _locative(tok: Token, claimed: list[bool], s: Any, depth: int = 0) -> bool:
    """Whether a token stands where places stand: object of a locative preposition or verb,
    possessor or modifier of a place noun, before an admin word ("Planadas municipality"),
    or conjoined with a place ("in Misrata and Sirte"); conjunctions, appositions and admin words are
    followed at most ``locative_max_depth`` steps."""
    if tok.dep_ == "pobj" and tok.head.lower_ in words("locative_preps"):
        return True
    if tok.dep_ == "dobj" and (tok.head.lemma_.lower() in locative_verbs() or tok.head.lower_ in locative_verbs()):
        return True
    if tok.dep_ in ("poss", "compound", "nmod") and tok.head.lemma_.lower() in place_heads():
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.lemma_.lower() in place_heads()
                                                          or unit_word(tok.head.head) is not None):
        return True  # "two districts of Misrata", "the outskirts of Sirte", "the western state of Michoacan"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _of_is_locative(tok.head):
        return True  # "outside of Waterloo", "north of Sirte", "Paul Block, 49, of Waterloo"
    if tok.dep_ == "conj" and depth < s.locative_max_depth:
        return claimed[tok.head.i] or _locative(tok.head, claimed, s, depth + 1)
    if tok.dep_ == "appos" and depth < s.locative_max_depth:
        return claimed[tok.head.i]  # "Bentiu, Unity state" style appositions of a place
    if tok.dep_ in ("compound", "amod", "nmod") and unit_word(tok.head) is not None \
            and depth < s.locative_max_depth:
        return _locative(tok.head, claimed, s, depth + 1)  # "in eastern Gezira state"
    return False


def _of_is_locative(of: Token) -> bool:
    """An "of" that introduces a place: after a locative preposition or a direction word ("outside of",
    "north of"), or after a person described by an age ("Paul Block Jr., 49, of Waterloo": where the
    person lives, the formula of local crime and court news), or after the people of a place ("residents of
    Sabha", resident_words.txt; geo13)."""
    head = of.head
    if head.lower_ in words("locative_preps") or head.lower_ in words("directions"):
        return head.is_lower
    if _residents_of(head):
        return True
    return head.ent_type_ == "PERSON" and any(c.dep_ == "appos" and c.like_num for c in head.children)


def _residents_of(noun: Token) -> bool:
    """The people of a place (resident_words.txt), also as a sentence's first word ("Residents of Ubari
    protested", geo15)."""
    return (noun.is_lower or noun.is_sent_start) and noun.lemma_.lower() in words("resident_words")


def _after_locative_word(tok: Token) -> bool:
    """A name written right after a locative preposition, whatever the parse says ("on the road to
    Djibo" parsed as an infinitive). "to" and "from" also start people's roles ("spoke to Ahmed", "a
    call from Ahmed"), so they count only after a noun ("the road to", "a convoy from") or a verb of
    movement ("moving from Kadugli", ``motion_verbs.txt``)."""
    doc = tok.doc
    prep = doc[tok.i - 1] if tok.i else None
    if prep is None or prep.lower_ not in words("locative_preps") or not prep.is_lower:
        return False
    if prep.lower_ in ("to", "from"):
        before = doc[prep.i - 1] if prep.i > 0 else None
        return before is not None and (before.pos_ == "NOUN" or (
            before.pos_ == "VERB" and before.lemma_.lower() in words("motion_verbs")))
    return True


def _plausible(gaz: AnyGazetteer, name: str, support: set[str], s: Any) -> bool:
    """A place in a country the article is about, or a sizeable place whose readings lie in one
    country, or one far larger than any other reading elsewhere (so it cannot be a common
    surname or word reused across the world)."""
    found = gaz.lookup(name)
    if any(gaz.cc[e] in support for e, _ in found):
        return True
    # Names the gazetteer knows only as an alternate spelling count when the place is large.
    # Acronyms and very short words ("CNN", "Eta") are alternate names of some town too often.
    spelled_out = len(name) >= s.alt_name_min_chars and not name.isupper()
    # An alternate spelling of a big town or of a state counts beside the name's own readings
    # ("Zaporizhzhia" is a village's own name and the city's alternate; "Gezira" the state's).
    readings = [e for e, alt in found if not alt or
                (spelled_out and (gaz.pop[e] >= s.plausible_alt_population or gaz.kind[e] == "admin1"))]
    if len({gaz.cc[e] for e in readings}) == 1:
        return any(gaz.kind[e] in ("admin1", "country") or gaz.pop[e] >= s.plausible_min_population
                   for e in readings)
    return _dominant_country(gaz, readings, s) is not None


def _dominant_country(gaz: AnyGazetteer, readings: list[int], s: Any) -> str | None:
    """The country of a reading far larger than any reading elsewhere (``plausible_dominance`` times the
    next country's biggest, and at least ``plausible_dominant_population``): "Sabha" is Libya's city of
    150,000, not a Jordanian village of 5,000. None when no country's reading dominates."""
    biggest: dict[str, int] = {}
    for e in readings:
        size = 10**9 if gaz.kind[e] == "country" else gaz.pop[e]
        biggest[gaz.cc[e]] = max(biggest.get(gaz.cc[e], 0), size)
    if len(biggest) < 2:
        return None
    (top_cc, top), (_, runner) = sorted(biggest.items(), key=lambda kv: -kv[1])[:2]
    return top_cc if top >= s.plausible_dominant_population and top >= s.plausible_dominance * runner else None


def _misread_entities(ents: tuple[Span, ...], gaz: AnyGazetteer, claims: _Claims, support: set[str],
                      blocked: list[bool], s: Any, labels: tuple[str, ...] = MISREAD_LABELS) -> None:
    """Re-read person / organisation entities that are really places.

    The small English model often tags an unfamiliar town or district as PERSON or ORG ("Sirte",
    "Gharyan", a department in a conflict note). Such an entity becomes a place when its text names
    a place in a country the article is already about (or a sizeable place) and it stands in a
    locative position, or when a lower-case admin word follows it ("Planadas municipality").
    An organisation word after it ("Levant Human Rights Monitor") keeps it an organisation.
    """
    for ent in ents:
        if ent.label_ not in labels or not claims.free(ent.start, ent.end):
            continue
        span, hint = ent, None
        if len(span) > 1 and unit_word(span[-1]):
            span, hint = span[:-1], unit_word(span[-1])
        doc = ent.doc
        if hint is None:
            hint = _admin_word_after(doc, ent.end, ent.start)
        name = span_text(span)  # sliced from the Doc's text: ``span_text(span)`` joins a Token per word
        if not any(c.isupper() for c in name) or name in demonyms() or _org_follows(doc, span.end, s):
            continue  # a lower-case word the NER tagged ("fled into the bush" [PERSON]) names no place (geo12)
        if not _known(gaz, name):
            if not (s.misread_variants and _variant_in_support(gaz, name, support, s)):
                continue
            plausible = True  # "stormed Al-Nuhud [ORG]": An Nuhud, a town of the article's country
        else:
            plausible = _plausible(gaz, name, support, s) or _repeated_town(ent, ents, claims, gaz, s) \
                or s.town_of_any and _after_the_town_of(span)
        strong_hint = hint is not None and hint not in ("state", "city", "town", "area")
        if not plausible or not (strong_hint or _locative(span.root, claims.taken, s) or _after_locative_word(span[0])
                                 or s.country_possessors and _country_possessor(span, gaz)):
            continue
        blocked[ent.start:ent.end] = [False] * (ent.end - ent.start)
        claims.claim(span, "context", hint=hint or _town_word_before(doc, span.start))


def _repeated_town(ent: Span, ents: tuple[Span, ...], claims: _Claims, gaz: AnyGazetteer, s: Any) -> bool:
    """A small town the NER calls a nationality ("in the pastures north of Noyemberyan", "taken to hospital
    in Noyemberyan"): no nationality word, known in one country only, and written where places stand at
    least ``repeated_locative_min`` times in the article. The size test of ``_plausible`` guards against
    names reused as people's and firms' names; a NORP tag on a word that is no demonym is no such name,
    and the repetition in place positions shows the article is about that town."""
    if ent.label_ != "NORP":
        return False
    name = span_text(ent)
    countries = {gaz.cc[e] for e, alt in gaz.lookup(name) if not alt}
    if len(countries) != 1:
        return False
    seen = sum(1 for other in ents if span_text(other) == name
               and (_locative(other.root, claims.taken, s) or _after_locative_word(other[0])))
    return seen >= s.repeated_locative_min


@lru_cache(maxsize=1)
def _unit_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``unit_phrases.txt`` as word tuples by their first word, longest first (one dictionary probe a token)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(w.split()) for w in words("unit_phrases")), key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _unit_phrase_at(doc: Doc, i: int) -> str | None:
    """The lower-case unit phrase starting at token ``i`` ("local government area"), if any; its last word
    may be plural ("local government areas", "districts") and an abbreviation stands for itself ("LGAs")."""
    for phrase in _unit_phrases().get(doc[i].lower_, ()):
        toks = doc[i:i + len(phrase)]
        if len(toks) == len(phrase) and all(t.is_lower and t.lower_ == w for t, w in zip(toks[:-1], phrase, strict=False)) \
                and (toks[-1].is_lower and toks[-1].lower_ == phrase[-1] or unit_word(toks[-1]) == phrase[-1]):
            return " ".join(phrase)
    word = unit_word(doc[i])
    if word is not None and word in words("admin_abbreviations"):
        return word
    return None


def _unit_phrase_names(doc: Doc, gaz: AnyGazetteer, claims: _Claims, blocked: list[bool], support: set[str],
                       people: frozenset[str], s: Any) -> None:
    """A capitalised name the parser tagged as nothing, right before a lower-case unit phrase ("Guma local
    government area", "Elwak sub-county", "Kurram district"), is that unit when the gazetteer knows the
    name in a country the article is about (or, with no such country, as a unit of one country). Never a person: not a surname of the
    article, not after a title, not inside a PERSON entity; never a name an organisation word follows."""
    firsts = _unit_phrases()
    abbreviations = words("admin_abbreviations")
    lowers = doc_words(doc).lower  # read once per Doc; a Token per word (or np.isin) costs more than the rest
    starts = [k for k, low in enumerate(lowers) if low in firsts or low.rstrip("s") in firsts
              or low.endswith("ies") and low[:-3] + "y" in firsts or low.rstrip("s") in abbreviations]
    for i in starts:
        if i == 0 or claims.taken[i]:
            continue
        phrase = _unit_phrase_at(doc, i)
        if phrase is None:
            continue
        hint = phrase.split()[-1] if phrase != "local government area" else "district"
        end = i
        last = doc[i + len(phrase.split()) - 1]
        plural = last.lower_ != (unit_word(last) or last.lower_)  # "districts", "LGAs", "local government areas"
        while end > 0:  # "Kurram and Orakzai districts": with a plural, each member of the list before it
            j = _unit_name_start(doc, end, claims, blocked, s)
            if j is None or plural and not _ends_list(doc, j) and end == i:
                break  # "the Kivu provinces", "the Gulf states": one name before a plural is a region, no unit
            _claim_unit_name(doc[j:end], gaz, claims, support, people, hint, s)
            if not plural or j < 2 or doc[j - 1].lower_ not in ("and", ","):
                break
            end = j - 1


def _unit_name_start(doc: Doc, end: int, claims: _Claims, blocked: list[bool], s: Any) -> int | None:
    """The first token of the untagged capitalised name that ends right before token ``end``, if any (never a
    sentence's first word, nor a name after a person's title)."""
    j = end
    while j > 0 and end - j < s.unit_name_max_tokens and doc[j - 1].is_title and doc[j - 1].pos_ == "PROPN" \
            and not claims.taken[j - 1] and not blocked[j - 1]:
        j -= 1
    if j == end or doc[j].is_sent_start or (j > 0 and doc[j - 1].lower_.rstrip(".") in words("person_titles")):
        return None
    return j


def _claim_unit_name(span: Span, gaz: AnyGazetteer, claims: _Claims, support: set[str], people: frozenset[str],
                     hint: str, s: Any) -> None:
    """Claim an untagged name before a unit phrase when the gazetteer knows it where the article is."""
    name = span_text(span)
    if name in people or name in demonyms() or _only_directions(span) or not _known(gaz, name):
        return
    found = gaz.lookup(name)
    # An untagged name is weak evidence: a reading in a country the article is about, or (in an article
    # that names no country yet) a unit whose readings all lie in one country ("Haram district" of Giza
    # is no Norwegian municipality).
    if any(gaz.cc[e] in support for e, _ in found) or not support and \
            any(gaz.kind[e] in ("admin1", "admin2") for e, _ in found) and _plausible(gaz, name, support, s):
        claims.claim(span, "context", hint=hint)


def _agency_names(ents: tuple[Span, ...], gaz: AnyGazetteer, claims: _Claims, support: set[str], s: Any) -> None:
    """The town or county that begins a local agency's name ("the Huntsville Police Department", "the
    Pulaski County Sheriff's Office") is a toponym inside an organisation name (``in_org``): it tells the
    story's place when no other place is named, and votes half in the focus."""
    agency = words("agency_words")
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        toks = [t for t in ent if t.lower_ != "the"]
        cut = next((k for k, t in enumerate(toks) if t.lower_ in agency), None)
        if not cut or not all(t.is_title for t in toks[:cut]):
            continue
        span = ent.doc[toks[0].i:toks[cut - 1].i + 1]
        if not claims.free(span.start, span.end) or not _known(gaz, span_text(span)) or span_text(span) in demonyms():
            continue
        if _plausible(gaz, span_text(span), support, s) or span[-1].lower_ in ("county", "parish"):
            claims.claim(span, "gazetteer", in_org=True)


def _datelines(doc: Doc, text: str, gaz: AnyGazetteer, claims: _Claims) -> None:
    """"TRIPOLI, March 2 -", "BANTAM \u2014 A stonemason ...": an upper-case place at a line start."""
    for match in DATELINE.finditer(text):
        if match.group(1).isupper() and _known(gaz, match.group(1)):
            span = char_span(doc, match.start(1), match.end(1), alignment_mode="contract")
            if span is not None and len(span):
                claims.claim(span, "dateline")
            elif not doc_text(doc)[match.start(1):match.end(1)].strip():
                # The pipeline blanks the dateline before parsing (truce.pipeline.mask_header):
                # no token covers it, so the mention comes from the article text itself.
                claims.out.append(Mention(match.group(1), match.start(1), match.end(1), "dateline"))
                _blanked_dateline_qualifier(text, match.end(1), gaz, claims)


_DATELINE_QUALIFIER = re.compile(r",[ \t]*([A-Z][A-Za-z'.]+(?: [A-Z][A-Za-z'.]+){0,2})(?=[ \t]*(?:,|\u2014|\u2013|--| - |\())")


def _blanked_dateline_qualifier(text: str, at: int, gaz: AnyGazetteer, claims: _Claims) -> None:
    """The country or state after a blanked dateline's city ("MOCHA, Yemen \u2014"): the parser never saw
    it (``_qualifiers`` reads parsed tokens), yet it tells which Mocha the story was filed from."""
    m = _DATELINE_QUALIFIER.match(text, at)
    if m is None or doc_text(claims.doc)[m.start(1):m.end(1)].strip():
        return  # no qualifier, or the parser saw it (then ``_qualifiers`` reads it)
    if {gaz.kind[e] for e, _ in gaz.lookup(m.group(1))} & {"admin1", "country"}:
        claims.out.append(Mention(m.group(1), m.start(1), m.end(1), "qualifier"))


def _person_like(doc: Doc, i: int, length: int, claimed: list[bool]) -> bool:
    """A capitalised name run longer than the match ("Georgia Smith", "Mr. Jordan"): a person or a
    name of something else, unless the neighbour is itself a place ("Paris Texas" is rare)."""
    after = doc[i + length] if i + length < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    if after is not None and after.pos_ == "PROPN" and after.is_title and not claimed[after.i] \
            and after.lower_ not in words("admin_words"):
        return True
    return before is not None and before.pos_ == "PROPN" and before.is_title and not claimed[before.i] \
        and not before.is_sent_start and before.lower_ not in words("directions")


def _gazetteer_scan(doc: Doc, gaz: AnyGazetteer, claims: _Claims, blocked: list[bool], support: set[str],
                    in_org: list[tuple[int, int] | None], s: Any, people: frozenset[str] = frozenset()) -> None:
    """Capitalised proper-noun runs that name an important place, longest match first; never part of a
    longer capitalised name, and inside an organisation's name only as a marked ``in_org`` mention."""
    n = len(doc)
    caps, named = _capitalised(doc)
    starts = [i for i in named if not blocked[i] and not claims.taken[i]]
    if s.article_names:
        starts = sorted(set(starts) | set(_article_starts(doc, claims, blocked)))
    skip_to = 0
    dem = demonyms()
    text, (first_char, last_char) = doc_text(doc), doc_offsets(doc)
    lower, directions = doc_words(doc).lower, words("directions")
    particles = words("name_particles")
    for i in starts:
        if i < skip_to or claims.taken[i]:
            continue
        for length in range(min(s.max_match_tokens, n - i), 0, -1):
            if not caps[i + length - 1] or not claims.free(i, i + length) or any(blocked[i:i + length]):
                continue
            name = text[first_char[i]:last_char[i + length - 1]]  # ``span_text(span)``, from the per-Doc tables
            if all(w in directions for w in lower[i:i + length]) or (length == 1 and name in people):
                continue  # ``_only_directions``
            if length == 1 and s.particle_heads and i + 1 < n and caps[i + 1] and lower[i] in particles:
                continue  # "Middle" of "Middle Shabelle", "Abu" of "Abu Shouk": the head of a longer name (geo11)
            if name in dem and not _country_named(doc[i:i + length], gaz):
                skip_to = i + length  # "New Zealand troops": no "Zealand" (Denmark) inside the demonym
                break
            known = _known(gaz, name)
            if not known and (doc[i].is_sent_start or not _variant_in_support(gaz, name, support, s)):
                continue
            span = doc[i:i + length]
            if _names_a_newspaper(doc, i + length) or \
                    (known and not _important(gaz, name, support, s, strict=doc[i].is_sent_start)
                     and not (s.dominant_scan and _locative(span.root, claims.taken, s)
                              and _important(gaz, name, support, s, strict=doc[i].is_sent_start, dominant_ok=True))
                     and not _town_where_places_stand(span, gaz, support, s)
                     and not (s.article_names and _article_name_where_places_stand(span, gaz, support, s))):
                continue
            # Part of a longer organisation name ("Kentucky State Police"); a whole ORG entity that is a
            # place name ("the UAE", tagged ORG) is the place itself.
            org = any(o is not None and (o[0] < i or o[1] > i + length) for o in in_org[i:i + length]) \
                or _org_follows(doc, i + length, s)
            if not org and _person_like(doc, i, length, claims.taken) and not _locative(span.root, claims.taken, s):
                break
            end = i + length
            if end < n and doc[end].text == "." and span_text(span).lower() in _dotted_abbreviations():
                span = doc[i:end + 1]  # "Alta.", "Sask.": the abbreviation's own full stop
            wider = with_feature_word(span)  # "Kentucky Lake": the lake, not the state
            if claims.free(wider.start, wider.end) and not any(blocked[wider.start:wider.end]):
                span = wider
            claims.claim(span, "gazetteer", in_org=org,
                         hint=_admin_word_after(doc, span.end, span.start) or _town_word_before(doc, span.start))
            skip_to = span.end
            break


_CAPS_KEY = "truce.geo.capitalised"


def _capitalised(doc: Doc) -> tuple[list[bool], list[int]]:
    """Whether each token is capitalised (title or upper case), and the capitalised proper nouns, adjectives
    and nouns (where a scan starts), once per Doc from one ``to_array`` (both scans of an article read
    them; Python bools, as the scan reads them one by one)."""
    got = doc.user_data.get(_CAPS_KEY)
    if got is None:
        arr = doc.to_array([IS_TITLE, IS_UPPER, POS])  # one C pass instead of a Token per word
        caps = (arr[:, 0] | arr[:, 1]) != 0
        pos = arr[:, 2]
        named = caps & ((pos == PROPN) | (pos == ADJ) | (pos == NOUN))  # np.isin costs more than the scan itself
        got = doc.user_data[_CAPS_KEY] = (caps.tolist(), np.flatnonzero(named).tolist())
    return got


@lru_cache(maxsize=1)
def _dotted_abbreviations() -> frozenset[str]:
    """Abbreviations written with a full stop in aliases.tsv ("Alta.", "Sask."), without it, lower case."""
    from truce.geo.tables import rows

    return frozenset(r["alias"][:-1].lower() for r in rows("aliases.tsv") if r["alias"].endswith("."))


def _qualifiers(doc: Doc, gaz: AnyGazetteer, claims: _Claims) -> None:
    """The state or country after "Place, ": "Churchill, Man.", "Paris, Texas", "Planadas, Tolima"."""
    mentions = sorted(claims.out, key=lambda m: m.end)
    for m in mentions:
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        for length in (3, 2, 1):
            cand = doc[span.end + 1: span.end + 1 + length]
            if len(cand) != length or not cand[0].text[:1].isupper():
                continue
            kinds = {gaz.kind[e] for e, _ in gaz.lookup(span_text(cand))}
            if kinds & {"admin1", "country"}:
                claims.claim(cand, "qualifier")
                break


# --- geo11: names no NER and no anchor country find (issue 11, news nobody on the team wrote) -------------

_ARABIC_ARTICLES = frozenset({"al", "el", "as", "an", "ad", "ar", "at", "az", "ash", "ath", "ad-", "al-"})


def _article_starts(doc: Doc, claims: _Claims, blocked: list[bool]) -> list[int]:
    """Tokens that start an Arabic article-prefixed name ("As-Suwayda", "Al-Bab", "Ad-Damazin"): the
    capitalised article is tagged as a preposition or a determiner ("As" of "As-Suwayda" as "as"), so the
    scan, which starts at proper nouns, never sees the name."""
    out = []
    words = doc_words(doc)  # the per-Doc tables: a Token only for a capitalised article word
    lower, text = words.lower, words.text
    for i in [k for k in range(len(doc) - 2) if lower[k] in _ARABIC_ARTICLES and text[k].istitle()]:
        tok = doc[i]
        if tok.is_title and tok.lower_ in _ARABIC_ARTICLES and doc[i + 1].text in ("-", "\u2010") \
                and not tok.whitespace_ and doc[i + 2].is_title and not blocked[i] and not claims.taken[i]:
            out.append(i)
    return out


def _article_name_where_places_stand(span: Span, gaz: AnyGazetteer, support: set[str], s: Any) -> bool:
    """An Arabic article-prefixed name written where places stand ("protested in As-Suwayda", "stormed
    Al-Bab"), whose readings are a state or a town of ``plausible_min_population`` people in the article's
    countries or, with none, in one country only: the hyphenated article is a place-name shape (people's
    names write it inside a longer name: "Bashar al-Assad", which the person guards keep out)."""
    if span[0].lower_ not in _ARABIC_ARTICLES or len(span) < 3 or span[1].text not in ("-", "\u2010"):
        return False
    if not (_after_locative_word(span[0]) or any(_locative(t, [False] * len(span.doc), s) for t in span)):
        return False
    found = [e for e, alt in gaz.lookup(span_text(span)) if not alt and
             (gaz.kind[e] in ("admin1", "admin2") or gaz.pop[e] >= s.plausible_min_population)]
    if support:
        return any(gaz.cc[e] in support for e in found)
    return len({gaz.cc[e] for e in found}) == 1


def _place_position(span: Span, claimed: list[bool], s: Any) -> bool:
    """A capitalised name where places stand: a locative position or right after a locative word, or
    before a lower-case admin word ("Unity state")."""
    doc = span.doc
    if span.end < len(doc) and unit_word(doc[span.end]):
        return True
    return _after_locative_word(span[0]) or _locative(span.root, claimed, s)


def _name_runs(doc: Doc, claims: _Claims, blocked: list[bool], people: frozenset[str], s: Any):
    """Unclaimed runs of title-case proper nouns (at most ``max_match_tokens``), not at a sentence start,
    not a person of the article, not inside a PERSON entity (``blocked``; pass ``[False] * len(doc)`` to
    count those too): the names a country could be read from."""
    i, n = 0, len(doc)
    pos = doc_pos(doc)  # the per-Doc table, tested first: a Token only for a proper noun
    while i < n:
        if pos[i] != "PROPN" or claims.taken[i] or blocked[i] or not (tok := doc[i]).is_title:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < s.max_match_tokens and pos[j] == "PROPN" and not claims.taken[j] \
                and not blocked[j] and doc[j].is_title:
            j += 1
        span = doc[i:j]
        if not tok.is_sent_start and span_text(span) not in people:
            yield span
        i = j


def _joint_support(doc: Doc, gaz: AnyGazetteer, claims: _Claims, blocked: list[bool], people: frozenset[str],
                   s: Any) -> set[str]:
    """An article none of whose names the NER calls a place yet ("near Leer [PERSON] ... from Bentiu to
    Leer [ORG] ... in Unity state"): the country in which at least ``joint_support_names`` different names
    written where places stand all have a reading. One such name alone is weak (Leer is also a German
    town, Unity a Canadian one); several names of one country are the article's country. Only the country
    is learnt here; each name must still pass its own test."""
    countries: dict[str, set[str]] = {}
    # PERSON entities vote too ("near Leer [PERSON]"): only the country is learnt, not the name.
    for span in _name_runs(doc, claims, [False] * len(doc), people, s):
        name = span_text(span)
        if name in demonyms() or not _place_position(span, claims.taken, s) or not _known(gaz, name):
            continue
        for cc in {gaz.cc[e] for e, alt in gaz.lookup(name) if not alt and gaz.cc[e]}:
            countries.setdefault(cc, set()).add(normalize(name))
    best = max(countries.items(), key=lambda kv: len(kv[1]), default=None)
    if best is None or len(best[1]) < s.joint_support_names:
        return set()
    tied = [cc for cc, names in countries.items() if len(names) == len(best[1])]
    return {best[0]} if len(tied) == 1 else set()


def _contained_names(doc: Doc, gaz: AnyGazetteer, claims: _Claims, blocked: list[bool], people: frozenset[str],
                     s: Any) -> None:
    """A capitalised name where places stand, written right before "in" or "," and a place that contains
    one of its readings: "attacked Isa in Sokoto state" (a town of Sokoto, tagged as nothing), "near
    Mushu, Bokkos". The written container is the evidence (as "Paris, Texas" is for the resolver), so the
    name needs no NER and no size; a person's name is kept out by the article's people and the position."""
    by_start = {m.start: m for m in claims.out}
    for span in _name_runs(doc, claims, blocked, people, s):
        end = span.end
        if end + 1 >= len(doc) or doc[end].lower_ not in ("in", ",") or not _place_position(span, claims.taken, s):
            continue
        container = by_start.get(doc[end + 1].idx)
        name = span_text(span)
        if container is None or container.demonym or name in demonyms() or not _known(gaz, name):
            continue
        outer = [e for e, alt in gaz.lookup(container.text) if gaz.kind[e] in ("admin1", "admin2")]
        inner = [e for e, alt in gaz.lookup(name) if not alt and gaz.kind[e] in ("city", "admin2")]
        if any(gaz.cc[i] == gaz.cc[o] and gaz.name[o] in (gaz.admin1[i], gaz.admin2[i]) for i in inner for o in outer):
            claims.claim(span, "context", hint=_town_word_before(doc, span.start))


def _country_possessor(span: Span, gaz: AnyGazetteer) -> bool:
    """A country's own name the NER calls a person, written as a possessor ("Niger's army", "Chad's
    government"): a country, however the noun after it reads (geo11). A surname of the article's people
    ("Michael Jordan ... Jordan's goal") is dropped later by the person guards."""
    return span.root.dep_ == "poss" and any(gaz.kind[e] == "country" and not alt for e, alt in gaz.lookup(span_text(span)))
