"""Toponym resolution: pick one gazetteer entry per mention using the whole article as context.

Score of a candidate = prior (feature class and population) + focus (share of the article's
other toponyms in the candidate's country) + coherence (closeness to the article's other
places) + hierarchy ("Planadas, Tolima": the next name contains this one). A name keeps one
sense per article: every mention of the same normalised name gets the same entry.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from truce.geo.distance import haversine_km
from truce.geo.gazetteer import Gazetteer, normalize
from truce.geo.recognize import Mention

# Priors, in log10-population units, so they compare with cities' log10(population).
PRIOR = {"country": 9.5, "continent": 8.6, "region": 8.0, "admin1": 7.3, "admin2": 4.5}
CAPITAL_BONUS = 0.8
ALT_NAME_PENALTY = 1.2
FOCUS_WEIGHT = 6.0
COHERENCE_WEIGHT = 3.0
COHERENCE_KM = 300.0
HIERARCHY_BONUS = 6.0
ROUNDS = 1  # 2 (re-read context from round-1 choices) scored lower on the even half
COUNTRY_NAME_BONUS = 4.0
NAMESAKE_MARGIN = 0.5
NAMESAKE_MIN_POP = 50_000
NAMESAKE_KM = 150.0
STATE_BONUS = 3.0  # a county in a state the article names ("Monroe County" in a Missouri story)
CONTAINS_KM = 400.0  # a city this close to a state's centroid may lie in it (no polygons offline)
MAX_CANDIDATES = 40
ADMIN_SUFFIX = re.compile(r"\s+(county|co\.|parish|province|district|governorate|region|state|oblast)$", re.IGNORECASE)
COUNTY_WORDS = {"county", "co.", "parish"}  # second-level units: never read as their bare name
PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2", "city": "city", "continent": "region",
             "region": "region"}


@dataclass
class Resolution:
    """The chosen entry for one mention (entry -1: no candidate) and its score."""

    entry: int
    score: float
    precision: str | None
    candidates: int = 0
    via: str = "prior"


@dataclass
class _Name:
    key: str
    mentions: list[int] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    cands: list[tuple[int, bool]] = field(default_factory=list)
    admin_suffix: bool = False


def candidates_for(gaz: Gazetteer, mention: Mention) -> tuple[list[tuple[int, bool]], bool]:
    """Gazetteer candidates for a mention; "X County" style names fall back to "X" as admin area."""
    if mention.demonym:
        target = mention.demonym
        entry = gaz.region_entry.get(target[1:]) if target.startswith("@") else gaz.country_entry.get(target)
        return ([(entry, False)] if entry is not None else []), False
    cands = gaz.lookup(mention.text)
    suffix = ADMIN_SUFFIX.search(mention.text)
    if suffix and suffix.group(1).lower() in COUNTY_WORDS:
        return cands, not cands
    if suffix:
        bare = [(e, a) for e, a in gaz.lookup(mention.text[: suffix.start()]) if gaz.kind[e] in ("admin1", "admin2")]
        return (cands or bare), not cands and not bare
    return cands, False


def prior(gaz: Gazetteer, entry: int, alt: bool) -> float:
    """Feature-class / population prior, in log10-population units."""
    kind = gaz.kind[entry]
    score = PRIOR.get(kind) or math.log10(gaz.pop[entry] + 10)
    if gaz.fcode[entry] == "PPLC":
        score += CAPITAL_BONUS
    if alt:
        score -= ALT_NAME_PENALTY
    return score


def _namesake_prior(gaz: Gazetteer, area: int, cities: list[tuple[int, bool]]) -> float | None:
    """A small district named after a city near its centre ("Benghazi", "Misrata") yields to the
    city: its prior drops just below the city's. A large province that shares its capital's name
    ("Quebec") keeps its own prior, because its centroid lies far from the city."""
    if gaz.kind[area] not in ("admin1", "admin2"):
        return None
    near = [prior(gaz, c, a) for c, a in cities if gaz.cc[c] == gaz.cc[area]
            and haversine_km(gaz.lat[c], gaz.lon[c], gaz.lat[area], gaz.lon[area]) < NAMESAKE_KM]
    return max(near) - NAMESAKE_MARGIN if near else None


def contains(gaz: Gazetteer, outer: int, inner: int) -> bool:
    """Whether ``outer`` (a country, state or region) plausibly contains ``inner``."""
    kind = gaz.kind[outer]
    if kind == "country":
        return gaz.cc[inner] == gaz.cc[outer] and outer != inner
    if kind == "admin1":
        if gaz.cc[inner] != gaz.cc[outer] or gaz.kind[inner] not in ("city", "admin1", "admin2") or inner == outer:
            return False
        if gaz.admin1[inner] and gaz.admin1[inner] == gaz.name[outer]:
            return True
        return haversine_km(gaz.lat[outer], gaz.lon[outer], gaz.lat[inner], gaz.lon[inner]) < CONTAINS_KM
    return False


def resolve_mentions(gaz: Gazetteer, mentions: list[Mention], text: str) -> list[Resolution]:
    """Resolve all mentions of one article together."""
    names: dict[str, _Name] = {}
    order: list[str] = []
    for i, m in enumerate(mentions):
        key = "@" + m.demonym if m.demonym else normalize(m.text)
        if key not in names:
            cands, suffix_only = candidates_for(gaz, m)
            cands.sort(key=lambda c: -prior(gaz, *c))
            names[key] = _Name(key, cands=cands[:MAX_CANDIDATES], admin_suffix=suffix_only)
            order.append(key)
        names[key].mentions.append(i)
        names[key].offsets.append(m.start)
    first = {k: (max(n.cands, key=lambda c: prior(gaz, *c))[0] if n.cands else -1) for k, n in names.items()}
    focus = _focus(gaz, names, first)
    hier = _hierarchy_pairs(mentions, text, names)
    chosen: dict[str, Resolution] = {}
    for _round in range(ROUNDS):
        # Round 1 reads the context from prior-only guesses; later rounds from the last choices.
        for key in order:
            chosen[key] = _choose(gaz, key, names, first, focus, hier)
        first = {k: r.entry for k, r in chosen.items()}
        focus = _focus(gaz, names, first)
    out = []
    for m in mentions:
        key = "@" + m.demonym if m.demonym else normalize(m.text)
        out.append(chosen[key])
    return out


def _focus(gaz: Gazetteer, names: dict[str, _Name], first: dict[str, int]) -> dict[str, dict[str, float]]:
    """Per name: share of the *other* names' mentions whose first guess lies in each country."""
    total: dict[str, float] = {}
    own: dict[str, tuple[str, float]] = {}
    for key, entry in first.items():
        if entry < 0 or not gaz.cc[entry]:
            continue
        weight = float(len(names[key].mentions))
        total[gaz.cc[entry]] = total.get(gaz.cc[entry], 0.0) + weight
        own[key] = (gaz.cc[entry], weight)
    grand = sum(total.values())
    out: dict[str, dict[str, float]] = {}
    for key in names:
        cc, weight = own.get(key, ("", 0.0))
        rest = grand - weight
        if rest <= 0:
            out[key] = {}
            continue
        out[key] = {c: (v - (weight if c == cc else 0.0)) / rest for c, v in total.items()}
    return out


def _hierarchy_pairs(mentions: list[Mention], text: str, names: dict[str, _Name]) -> dict[str, set[str]]:
    """name -> names written right after it as its container: "Paris, Texas", "Aydin province of Turkey"."""
    pairs: dict[str, set[str]] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = text[a.end:b.start]
        if gap.strip() in (",", "in", ", in") and len(gap) <= 5 and not a.demonym and not b.demonym:
            pairs.setdefault(normalize(a.text), set()).add(normalize(b.text))
    return pairs


def _choose(gaz: Gazetteer, key: str, names: dict[str, _Name], first: dict[str, int],
            focus: dict[str, dict[str, float]], hier: dict[str, set[str]]) -> Resolution:
    name = names[key]
    if not name.cands:
        if name.admin_suffix:
            return _admin_fallback(gaz, key, names, first, hier)
        return Resolution(-1, 0.0, None, 0, "none")
    others = [first[k] for k in names if k != key and first[k] >= 0 and gaz.kind[first[k]] in ("city", "admin1", "admin2")]
    containers = [names[k] for k in hier.get(key, ()) if k in names]
    states = _states_named(gaz, key, first)
    best, best_score, second, via = -1, -math.inf, -math.inf, "prior"
    namesakes = [(e, a) for e, a in name.cands if gaz.kind[e] == "city" and gaz.pop[e] >= NAMESAKE_MIN_POP]
    for entry, alt in name.cands:
        score = prior(gaz, entry, alt)
        yielded = _namesake_prior(gaz, entry, namesakes)
        if yielded is not None:
            score = min(score, yielded)
        reason = "prior"
        share = focus[key].get(gaz.cc[entry], 0.0) if gaz.cc[entry] else 0.0
        if share:
            score += FOCUS_WEIGHT * share
            reason = "focus"
        if gaz.kind[entry] == "admin2" and gaz.admin1[entry] in states.get(gaz.cc[entry], ()):
            score += STATE_BONUS
        if gaz.kind[entry] in ("city", "admin2") and others:
            near = min(haversine_km(gaz.lat[entry], gaz.lon[entry], gaz.lat[o], gaz.lon[o]) for o in others)
            score += COHERENCE_WEIGHT * math.exp(-near / COHERENCE_KM)
        if any(contains(gaz, c, entry) for cont in containers for c, _ in cont.cands):
            score += HIERARCHY_BONUS
            reason = "hierarchy"
        elif gaz.kind[entry] == "country" and not alt:
            score += COUNTRY_NAME_BONUS  # a country's own name: context alone never turns it into a town
        if score > best_score:
            best, best_score, second, via = entry, score, best_score, reason
        elif score > second:
            second = score
    margin = best_score - second if second > -math.inf else 4.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    return Resolution(best, confidence, PRECISION.get(gaz.kind[best]), len(name.cands), via)


def _states_named(gaz: Gazetteer, key: str, first: dict[str, int]) -> dict[str, set[str]]:
    """Country -> the admin1 names the article's *other* names point to (a state, or a town's state).

    Many US counties share a name (five Lafayette Counties); the state the story is about picks one.
    """
    out: dict[str, set[str]] = {}
    for k, entry in first.items():
        if k != key and entry >= 0 and gaz.kind[entry] in ("admin1", "city") and gaz.admin1[entry]:
            out.setdefault(gaz.cc[entry], set()).add(gaz.admin1[entry])
    return out


def _admin_fallback(gaz: Gazetteer, key: str, names: dict[str, _Name], first: dict[str, int],
                    hier: dict[str, set[str]]) -> Resolution:
    """An unknown "X County": its written container ("X County, Iowa"), else the state mentioned
    nearest to it in the text, at admin1 precision (a county with no town of 1,000 has no point)."""
    states = [(k, e) for k, e in first.items() if e >= 0 and gaz.kind[e] == "admin1"]
    written = [e for k, e in states if k in hier.get(key, ())]
    if written:
        return Resolution(written[0], 0.5, "admin1", 0, "admin-fallback")
    here = names[key].offsets[0]
    best, gap = -1, math.inf
    for k, entry in states:
        dist = min(abs(o - here) for o in names[k].offsets)
        if dist < gap:
            best, gap = entry, dist
    if best < 0:
        return Resolution(-1, 0.0, None, 0, "none")
    return Resolution(best, 0.3, "admin1", 0, "admin-fallback")
