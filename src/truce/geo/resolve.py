"""Toponym resolution: pick one gazetteer entry per mention using the whole article as context.

Score of a candidate (weights in ``settings.toml`` ``[geo]``, documented in docs/geo.md):
prior (feature class and population) + focus (share of the article's other toponyms, the outlet's
country and the dateline in the candidate's country) + coherence (closeness to the article's other
places) + hierarchy ("Planadas, Tolima": the next name contains this one) + the state the article's
other towns lie in + the admin word written after the name ("Kirkuk province") + a country's own
name (which yields to a same-named state when the story is about that state's country) + a state
among the states the article names. A name keeps one sense per article. Round 1 reads the context from
the names' first guesses, round 2 from round 1's choices. With only far, small namesakes and no support,
the resolver abstains.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from truce.geo.distance import haversine_km
from truce.geo.gazetteer import TOWNLESS_FCODE, AnyGazetteer, normalize
from truce.geo.recognize import Mention, is_feature_name
from truce.geo.tables import words

PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2", "city": "city", "continent": "region",
             "region": "region", "body": "region", "feature": "region", "airport": "point"}


def precision_of(gaz: AnyGazetteer, entry: int) -> str | None:
    """The precision of an entry's point: a unit known only by name (``TOWNLESS_FCODE``) sits at its
    state's point, so it is as precise as its state, whatever its own level (a finer place the article
    names is then preferred, and the monitor does not read the state's point as the district's)."""
    return "admin1" if gaz.fcode[entry] == TOWNLESS_FCODE else PRECISION.get(gaz.kind[entry])

AREA_HINTS = frozenset({"province", "district", "region", "governorate", "state", "county", "municipality",
                        "prefecture", "oblast", "department", "territory", "cercle", "zone", "township",
                        "arrondissement", "commune", "woreda", "canton", "raion", "emirate", "lga"})
TOWN_HINTS = frozenset({"city", "town", "village"})
POINT_KINDS = ("city", "admin2", "airport")
NATURAL = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "CNL", "STM", "LK", "LKS", "MTS", "MT", "DSRT",
                     "VAL", "PLN", "PEN", "ISL", "ISLS"})  # kinds whose nearness to the article's other places counts


LOCAL_FALLBACK_NOTE = "no gazetteer entry; placed at"  # the start of a local-fallback's note


@dataclass
class Resolution:
    """The chosen entry for one mention (entry -1: no candidate, or an abstention) and its score."""

    entry: int
    score: float
    precision: str | None
    candidates: int = 0
    via: str = "prior"
    note: str | None = None  # why, for people: an abstention's reason, the context that decided


@dataclass
class _Name:
    key: str
    mentions: list[int] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    cands: list[tuple[int, bool]] = field(default_factory=list)
    admin_suffix: bool = False
    hint: str | None = None
    label: str | None = None  # the NER label of its first NER mention (FAC: a facility or airport first)
    feature_of: bool = False  # an unknown feature named after its candidates ("Spokane River": Spokane)
    in_org: bool = True  # every mention inside an organisation's name
    dateline: bool = False  # one of its mentions is the story's dateline (datelines name towns)
    variant: bool = False  # known only by alternate names or another romanisation (variant_lookup): a guess, any size


@lru_cache(maxsize=1)
def _admin_suffix() -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words("admin_suffixes"), key=len, reverse=True))
    return re.compile(rf"\s+({alts})$", re.IGNORECASE)


def candidates_for(gaz: AnyGazetteer, mention: Mention, s: Any = None) -> tuple[list[tuple[int, bool]], bool]:
    """Gazetteer candidates for a mention; "X County" style names fall back to "X" as admin area.
    With settings ``s``, a name that matches nothing is looked up under other romanisations
    ("Hodeidah" -> "Hodeida")."""
    if mention.demonym:
        target = mention.demonym
        if target.startswith("@"):
            entry = gaz.region_entry.get(target[1:])
        else:
            iso2 = gaz.iso2_of(target) if len(target) == 3 else target
            entry = gaz.country_entry.get(iso2) if iso2 else None
        return ([(entry, False)] if entry is not None else []), False
    cands = gaz.lookup(mention.text)
    if not cands and s is not None:
        cands = gaz.variant_lookup(mention.text, s.variant_min_population, s.variant_min_chars)
    suffix = _admin_suffix().search(mention.text)
    if suffix and suffix.group(1).lower() in words("county_words"):
        return cands, not cands
    if suffix:  # "Karak district": the written name, and the bare name's first- or second-level units
        bare = [(e, a) for e, a in gaz.lookup(mention.text[: suffix.start()]) if gaz.kind[e] in ("admin1", "admin2")]
        seen = {e for e, _ in cands}
        return cands + [c for c in bare if c[0] not in seen], not cands and not bare
    return cands, False


def _feature_namesakes(gaz: AnyGazetteer, name: str) -> list[tuple[int, bool]]:
    """The towns, districts and states a feature no table knows is named after: "Spokane" of
    "Spokane River", "Springfield" of "Lake Springfield" (the feature word first or last)."""
    parts = name.split()
    feature = words("feature_words")
    bare = parts[:-1] if parts[-1].lower() in feature else parts[1:]
    if not bare:
        return []
    return [(e, a) for e, a in gaz.lookup(" ".join(bare))
            if gaz.kind[e] in ("city", "admin1", "admin2") and gaz.fcode[e] != TOWNLESS_FCODE]


def _without_townless_seats(gaz: AnyGazetteer, cands: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """Drop a second-level unit with no town in the index (placed at its state's point, geo13) when a town of
    its country carries the name: the district is named after its seat, whose point is better ("Jilib
    district" is read at Jilib)."""
    towns = {gaz.cc[e] for e, _ in cands if gaz.kind[e] == "city"}
    return [(e, a) for e, a in cands if gaz.fcode[e] != TOWNLESS_FCODE or gaz.cc[e] not in towns]


# A name whose only readings are second-level units known by name alone, in none of the article's countries
# (geo13: "Lower Shabelle" cut to "Shabelle" in a Somali story is no Ethiopian zone; "University District"
# of a Seattle story no Jamaican unit): left unresolved like an unknown name, so the local fallback may place it.
TOWNLESS_ABROAD = "townless-abroad"


_PRIOR_MEMO: dict[int, tuple[Any, AnyGazetteer, dict[int, float]]] = {}
_PRIOR_MEMO_MAX = 1 << 18


def prior(gaz: AnyGazetteer, entry: int, alt: bool, s: Any) -> float:
    """Feature-class / population prior, in log10-population units. Remembered per settings table and
    gazetteer (the sort, every resolution round and the namesake rule ask again for the same entries)."""
    memo = _PRIOR_MEMO.get(id(s))
    if memo is None or memo[0] is not s or memo[1] is not gaz or len(memo[2]) > _PRIOR_MEMO_MAX:
        memo = _PRIOR_MEMO[id(s)] = (s, gaz, {})  # s and gaz kept alive with it: their ids are not reused
    key = entry + entry + bool(alt)
    got = memo[2].get(key)
    if got is None:
        got = memo[2][key] = _prior(gaz, entry, alt, s)
    return got


def _prior(gaz: AnyGazetteer, entry: int, alt: bool, s: Any) -> float:
    fixed = _kind_priors(s).get(gaz.kind[entry])
    if gaz.fcode[entry] == TOWNLESS_FCODE:  # a unit known only by name, at its state's point: a last resort
        fixed = s.prior_townless_unit
    score = fixed if fixed is not None else math.log10(gaz.pop[entry] + s.prior_population_offset)
    if gaz.fcode[entry] == "PPLC":
        score += s.capital_bonus
        if gaz.pop[entry] >= s.capital_min_population:  # "Washington" is the capital before the state
            score = max(score, s.capital_min_prior)
    if alt:
        score -= s.alt_name_penalty
    return score


_PRIORS: dict[int, tuple[Any, dict[str, float]]] = {}


def _kind_priors(s: Any) -> dict[str, float]:
    """The fixed priors of the non-town kinds, read once per settings table."""
    got = _PRIORS.get(id(s))
    if got is None or got[0] is not s:
        got = (s, {"country": s.prior_country, "continent": s.prior_continent, "region": s.prior_region,
                   "body": s.prior_body, "feature": s.prior_feature, "admin1": s.prior_admin1,
                   "admin2": s.prior_admin2, "airport": s.prior_airport})
        _PRIORS[id(s)] = got
    return got[1]


def _namesake_prior(gaz: AnyGazetteer, area: int, cities: list[tuple[int, bool]], s: Any) -> float | None:
    """A small district named after a city near its centre ("Benghazi", "Misrata") yields to the
    city: its prior drops just below the city's. A large province that shares its capital's name
    ("Quebec") keeps its own prior, because its centroid lies far from the city."""
    if gaz.kind[area] not in ("admin1", "admin2"):
        return None
    near = [prior(gaz, c, a, s) for c, a in cities if gaz.cc[c] == gaz.cc[area]
            and haversine_km(gaz.lat[c], gaz.lon[c], gaz.lat[area], gaz.lon[area]) < s.namesake_km]
    return max(near) - s.namesake_margin if near else None


def contains(gaz: AnyGazetteer, outer: int, inner: int, s: Any) -> bool:
    """Whether ``outer`` (a country, state or region) plausibly contains ``inner``."""
    kind = gaz.kind[outer]
    if kind == "country":
        return gaz.cc[inner] == gaz.cc[outer] and outer != inner
    if kind in ("admin1", "admin2"):
        if gaz.cc[inner] != gaz.cc[outer] or gaz.kind[inner] not in ("city", "admin1", "admin2", "airport") \
                or inner == outer:
            return False
        if kind == "admin1" and gaz.admin1[inner] and gaz.admin1[inner] == gaz.name[outer]:
            return True
        if kind == "admin2" and gaz.admin2[inner] and gaz.admin2[inner] == gaz.name[outer]:
            return True
        if kind == "admin1" and gaz.admin1[inner] and \
                (gaz.cc[inner], normalize(gaz.admin1[inner])) in gaz.admin1_entry:
            return False  # the town's state is known, and it is another one ("Springfield, Illinois")
        if kind == "admin2" and s.admin2_state_check and gaz.admin1[inner] and gaz.admin1[outer] \
                and gaz.admin1[inner] != gaz.admin1[outer]:
            return False  # geo15: a zone lies in one state; a town of another is not inside it ("Dera ... South Gondar")
        return haversine_km(gaz.lat[outer], gaz.lon[outer], gaz.lat[inner], gaz.lon[inner]) < s.contains_km
    return False


def _key(m: Mention, s: Any = None) -> str:
    """A name's key: one sense per key. With ``area_senses``, a mention written with an area word
    ("the Gao region", "Washington state") is a sense of its own beside the bare name ("in Gao")."""
    if m.demonym:
        return "@" + m.demonym
    if s is not None and s.area_senses and m.admin_hint in AREA_HINTS:
        return normalize(m.text) + "#area"
    return normalize(m.text)


def _seat_areas(gaz: AnyGazetteer, cands: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """With an area word ("Hodeidah governorate", "Kidal region") and no area among the name's readings,
    the first-level units whose seat (GeoNames PPLA) or namesake is one of its towns: such units are named
    after their seat, and the gazetteer may know the unit under another spelling only."""
    if any(gaz.kind[e] in ("admin1", "admin2") for e, _ in cands):
        return []
    out = []
    for e, _ in cands:
        if gaz.kind[e] == "city" and gaz.admin1[e] and (gaz.fcode[e] == "PPLA"
                                                       or normalize(gaz.name[e]) == normalize(gaz.admin1[e])):
            unit = gaz.admin1_entry.get((gaz.cc[e], normalize(gaz.admin1[e])))
            if unit is not None and all(unit != u for u, _ in out):
                out.append((unit, True))
    return out


def resolve_mentions(gaz: AnyGazetteer, mentions: list[Mention], text: str, settings: Any,
                     outlet_country: str | None = None, context: dict[str, float] | None = None) -> list[Resolution]:
    """Resolve all mentions of one article together; ``outlet_country``: ISO2 of the outlet, if known;
    ``context``: country votes from other evidence than toponyms (ISO2 -> weight: the countries of the
    armed groups and organisations the article names, its national adjectives)."""
    s = settings
    names: dict[str, _Name] = {}
    order: list[str] = []
    dateline_keys: list[str] = []
    keys = [_key(m, s) for m in mentions]
    for i, (m, key) in enumerate(zip(mentions, keys, strict=True)):
        if key not in names:
            cands, suffix_only = candidates_for(gaz, m, s)
            if m.admin_hint in AREA_HINTS:
                cands = cands + _seat_areas(gaz, cands)
            feature_of = not cands and not m.demonym and is_feature_name(m.text)
            if feature_of:
                cands = _feature_namesakes(gaz, m.text)
            cands = _without_townless_seats(gaz, cands)
            cands.sort(key=lambda c: -prior(gaz, *c, s))
            names[key] = _Name(key, cands=cands[: s.max_candidates], admin_suffix=suffix_only,
                               feature_of=feature_of and bool(cands),
                               variant=bool(s.variant_abstain and cands and not m.demonym and all(a for _, a in cands)))
            order.append(key)
        name = names[key]
        name.mentions.append(i)
        name.offsets.append(m.start)
        name.hint = name.hint or m.admin_hint
        name.label = name.label or m.label
        name.in_org = name.in_org and m.in_org
        if m.source == "dateline":
            dateline_keys.append(key)
            name.dateline = True
    hier, bracketed, own = _hierarchy_pairs(mentions, text, names, s, keys)
    first = {k: _first_guess(gaz, n, s) for k, n in names.items()}
    if s.guess_hierarchy:
        first = {k: _first_guess(gaz, n, s, containers=[names[c] for c in hier.get(k, ()) if c in names],
                                 container_first=first) for k, n in names.items()}
    extra = _extra_votes(gaz, first, dateline_keys, outlet_country, s)
    for cc, weight in (context or {}).items():
        extra[cc] = extra.get(cc, 0.0) + weight
    # A dateline's vote is the name's own reading: it is context for the other names, not for itself
    # ("BENI, June 20 - ... ADF rebels ... Beni": the rebels, not the dateline, tell which Beni).
    self_votes = _extra_votes(gaz, first, dateline_keys, None, s, per_key=True)
    focus = _focus(gaz, names, first, extra, s, self_votes)
    if s.guess_focus_weight:
        first = {k: _first_guess(gaz, n, s, focus[k]) for k, n in names.items()}
        focus = _focus(gaz, names, first, extra, s, self_votes)
    chosen: dict[str, Resolution] = {}
    rounds: list[dict[str, Resolution]] = []
    for _round in range(int(s.rounds)):
        # Round 1 reads the context from prior-only guesses; later rounds from the last choices
        # (``reread_min_confidence`` > 0: only from the choices at least that sure, the rest keep
        # their first guess, so one unsure choice does not move the whole story).
        chosen = {key: _choose(gaz, key, names, first, focus, hier, s, extra, bracketed) for key in order}
        rounds.append(chosen)
        # A name with no reading of its own placed by a fallback (at its written container) is no context.
        reread = {k: r.entry if r.entry >= 0 and r.score >= s.reread_min_confidence and names[k].cands else first[k]
                  for k, r in chosen.items()}
        if reread == first:
            break  # the choices are the guesses the context was read from: another round changes nothing
        first = reread
        focus = _focus(gaz, names, first, extra, s, self_votes)
    else:
        if len(rounds) > 1 and s.stable_check:
            chosen = _stable(gaz, rounds, order, names, first, focus, hier, s, extra, bracketed)
    out = [chosen[key] for key in keys]
    if s.local_fallback:
        out = _local_fallback(gaz, mentions, out, names, keys, text, s)
    if s.container_own_sense:
        for i, container in own.items():
            out[i] = _own_sense(gaz, names[keys[i]], out[i], chosen.get(container), s) or out[i]
    return out


def _local_fallback(gaz: AnyGazetteer, mentions: list[Mention], out: list[Resolution], names: dict[str, _Name],
                    keys: list[str], text: str, s: Any) -> list[Resolution]:
    """A name no gazetteer entry matches at all (a hospital, a church, a stadium, a street, a neighbourhood,
    a village no package carries) is placed at the town the article names nearest to it, in the same
    paragraph first ("St. Michael's Hospital" in a Toronto story, "Northumberland Park, Tottenham"), with a
    note (``via`` local-fallback): news names such places around the town it is about. With
    ``local_fallback_units``, a district or state of the paragraph comes before a town of another paragraph,
    and with no town at all the nearest district or state is taken ("a village in Bajaur district" is placed
    in the district), at that unit's precision. Names the gazetteer matches and the resolver abstained from
    are left alone (a far namesake is no evidence), and so are demonyms; natural features (rivers, capes,
    straits, mountains lie outside towns) only beside a town of their own paragraph. A recognised name must
    say it is local (``_says_local``); a span given as a toponym (``resolve_spans``) is one by the caller."""
    anchors = [(m.start, r) for m, r in zip(mentions, out, strict=True)
               if r.entry >= 0 and not m.in_org and r.via != "local-fallback"
               and (gaz.kind[r.entry] == "city" or s.local_fallback_units and gaz.kind[r.entry] in ("admin2", "admin1"))]
    if not anchors:
        return out
    for i, (m, res) in enumerate(zip(mentions, out, strict=True)):
        if res.entry >= 0 or res.via == "abstain" or names[keys[i]].cands and res.via != TOWNLESS_ABROAD or m.demonym or \
                not (_says_local(m) or s.local_word_after and _local_word_after(m, text)):
            continue
        lo, hi = paragraph_bounds(text, m.start)
        at, anchor = min(anchors, key=lambda a, lo=lo, hi=hi, at=m.start: _anchor_rank(gaz, a, lo, hi, at))
        if _open_feature(m.text) and _anchor_rank(gaz, (at, anchor), lo, hi, m.start)[0] > 0:
            continue  # a river or a cape only beside a town of its own paragraph ("Peaks Island" off Portland)
        kind = "town" if gaz.kind[anchor.entry] == "city" else "unit"
        out[i] = Resolution(anchor.entry, s.local_fallback_score, precision_of(gaz, anchor.entry), 0,
                            "local-fallback", f"{LOCAL_FALLBACK_NOTE} {gaz.name[anchor.entry]}, the {kind} the "
                            f"article names nearest to it{' in its paragraph' if lo <= at < hi else ''}")
    return out


def _says_local(m: Mention) -> bool:
    """A span given as a toponym, or a recognised name that says it is a place inside a town (a local word:
    street, hospital, camp ...), or that the parser calls a facility and no word of which heads organisation
    names (org_heads.txt: forces, front, council ...)."""
    if m.source == "given":
        return True
    parts = [w.lower() for w in m.text.replace("-", " ").split()]
    local = words("local_place_words")
    if any(w in local for w in parts):
        return True
    if any(w in words("org_heads") for w in parts):
        return False  # "Nororiente Self-Defence Forces" (tagged FAC): an organisation, not a place in a town
    return m.label == "FAC"


def _local_word_after(m: Mention, text: str) -> bool:
    """A local word written right after the name, outside the NER's span: "Abu Shanab camp", "Kalma market"
    (geo11): the name says it is a place inside or beside a town as plainly as "Kalma camp" would."""
    after = text[m.end:m.end + 40].split()
    return bool(after) and after[0].islower() and after[0].rstrip(".,;:") in words("local_place_words")


def _open_feature(name: str) -> bool:
    """A natural feature's name (a river, a cape, a strait, a mountain range): such places lie outside towns."""
    return is_feature_name(name) or any(w.lower() in words("open_feature_words") for w in name.split())


def _anchor_rank(gaz: AnyGazetteer, anchor: tuple[int, Resolution], lo: int, hi: int, at: int) -> tuple[int, int]:
    """A town of the paragraph first, then a unit of the paragraph, a town elsewhere, a unit elsewhere;
    nearest in the text within each."""
    town, here = gaz.kind[anchor[1].entry] == "city", lo <= anchor[0] < hi
    return (0 if town and here else 1 if here else 2 if town else 3), abs(anchor[0] - at)


def paragraph_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The character range of the paragraph (line of text) holding ``start`` .. ``end``."""
    stop = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _own_sense(gaz: AnyGazetteer, name: _Name, res: Resolution, container: Resolution | None,
               s: Any) -> Resolution | None:
    """A mention written with its container ("its namesake, Boston, Massachusetts") whose name the article
    reads elsewhere as another place (Boston, England): that mention takes the reading inside its container,
    the best by prior (one name, two senses). None when the article's reading already lies inside it."""
    if container is None or container.entry < 0 or gaz.kind[container.entry] not in ("country", "admin1", "admin2"):
        return None
    if res.entry >= 0 and (res.entry == container.entry or contains(gaz, container.entry, res.entry, s)):
        return None
    inside = [(e, a) for e, a in name.cands if contains(gaz, container.entry, e, s)]
    if not inside:
        return None
    best = max(inside, key=lambda c: prior(gaz, *c, s))[0]
    return Resolution(best, s.fallback_score_written, precision_of(gaz, best), len(name.cands), "own-container",
                      f"written with its container {gaz.name[container.entry]}, unlike the article's other "
                      f"mentions of {name.key.split('#')[0]!r}")


def _stable(gaz: AnyGazetteer, rounds: list[dict[str, Resolution]], order: list[str], names: dict[str, _Name],
            first: dict[str, int], focus: dict[str, dict[str, float]], hier: dict[str, set[str]], s: Any,
            extra: dict[str, float], bracketed: frozenset[str]) -> dict[str, Resolution]:
    """The last round's choices, except for names that flip again when read from them: two wrong names
    can swap each other's country ("Enfield" and "London" each read the other's first guess), and such a
    name keeps its round-1 choice."""
    last = rounds[-1]
    check = {key: _choose(gaz, key, names, first, focus, hier, s, extra, bracketed) for key in order}
    return {key: last[key] if check[key].entry == last[key].entry else rounds[0][key] for key in order}


def _first_guess(gaz: AnyGazetteer, name: _Name, s: Any, share: dict[str, float] | None = None,
                 containers: list[_Name] | None = None, container_first: dict[str, int] | None = None) -> int:
    """The best reading by prior, written admin word and written container: the context the other
    names are read in ("Columbia, Missouri" gives Missouri to the story, not South Carolina).

    ``containers``: the names written right after this one as its container, read by their own first
    guesses (``container_first``). (Reading these guesses with the article's focus, or a second round
    from the first round's choices, scored lower on the even TR-News half: a story about Paris that
    names US places would move Paris to Kentucky.)"""
    if not name.cands:
        return -1
    outer = [container_first[c.key] for c in containers or () if container_first and container_first.get(c.key, -1) >= 0]

    units = _town_units(gaz, name, s)

    def score(c: tuple[int, bool]) -> float:
        value = prior(gaz, *c, s) + _hint_bonus(gaz, c[0], name.hint, s)
        if units and gaz.kind[c[0]] == "city" and not c[1] and any(contains(gaz, u, c[0], s) for u in units):
            value += s.bare_town_bonus
        if share:
            value += s.guess_focus_weight * share.get(gaz.cc[c[0]], 0.0)
        if outer and any(contains(gaz, o, c[0], s) for o in outer):
            value += s.hierarchy_bonus
        return value

    return max(name.cands, key=score)[0]


def _extra_votes(gaz: AnyGazetteer, first: dict[str, int], dateline_keys: list[str], outlet: str | None,
                 s: Any, per_key: bool = False) -> Any:
    """Country votes that do not come from other toponyms: the outlet's country and the dateline's
    (``per_key``: the dateline votes by the name that cast them, {key: {country: weight}})."""
    out: dict[str, float] = {}
    by_key: dict[str, dict[str, float]] = {}
    if outlet and s.outlet_weight:
        out[outlet] = out.get(outlet, 0.0) + float(s.outlet_weight)
    for key in dateline_keys:
        entry = first.get(key, -1)
        if entry >= 0 and gaz.cc[entry] and s.dateline_weight:
            out[gaz.cc[entry]] = out.get(gaz.cc[entry], 0.0) + float(s.dateline_weight)
            mine = by_key.setdefault(key, {})
            mine[gaz.cc[entry]] = mine.get(gaz.cc[entry], 0.0) + float(s.dateline_weight)
    return by_key if per_key else out


def _votes(gaz: AnyGazetteer, name: _Name, entry: int, s: Any) -> dict[str, float]:
    """One name's votes for countries: all on its best reading, or (``focus_temperature`` > 0) spread
    over its readings by exp(prior / T), so a world-famous namesake does not drag a local story abroad."""
    weight = float(len(name.mentions)) * (s.in_org_vote_weight if name.in_org else 1.0)
    if entry >= 0 and gaz.kind[entry] == "country":
        weight *= s.country_vote_weight  # country names are often actors ("the US and China met in Geneva")
    if s.focus_temperature <= 0 or len(name.cands) < 2:
        return {gaz.cc[entry]: weight} if entry >= 0 and gaz.cc[entry] else {}
    scores = [(gaz.cc[e], prior(gaz, e, a, s)) for e, a in name.cands]
    top = max(p for _, p in scores)
    raw: dict[str, float] = {}
    for cc, p in scores:
        if cc:
            raw[cc] = raw.get(cc, 0.0) + math.exp((p - top) / s.focus_temperature)
    total = sum(raw.values()) + sum(math.exp((p - top) / s.focus_temperature) for cc, p in scores if not cc)
    return {cc: weight * v / total for cc, v in raw.items()} if total else {}


def _focus(gaz: AnyGazetteer, names: dict[str, _Name], first: dict[str, int], extra: dict[str, float],
           s: Any, self_votes: dict[str, dict[str, float]] | None = None) -> dict[str, dict[str, float]]:
    """Per name: share of the *other* names' votes (plus outlet and dateline) in each country; a name's
    own dateline vote (``self_votes``) is left out of its own focus."""
    own = {key: _votes(gaz, names[key], entry, s) for key, entry in first.items()}
    total: dict[str, float] = dict(extra)
    for votes in own.values():
        for cc, v in votes.items():
            total[cc] = total.get(cc, 0.0) + v
    for key, votes in (self_votes or {}).items():  # counted in ``extra`` already: now also as the name's own
        mine = dict(own.get(key, {}))
        for cc, v in votes.items():
            mine[cc] = mine.get(cc, 0.0) + v
        own[key] = mine
    grand = sum(total.values())
    out: dict[str, dict[str, float]] = {}
    for key in names:
        mine = own.get(key, {})
        rest = grand - sum(mine.values())
        if rest <= 1e-9:
            out[key] = {}
            continue
        out[key] = {c: (v - mine.get(c, 0.0)) / rest for c, v in total.items() if v - mine.get(c, 0.0) > 1e-9}
    return out


def _hierarchy_pairs(mentions: list[Mention], text: str, names: dict[str, _Name], s: Any,
                     keys: list[str] | None = None) -> tuple[dict[str, set[str]], frozenset[str], dict[int, str]]:
    """name -> names written right after it as its container: "Paris, Texas", "Kale (Sagaing)"; the
    names whose container is written in brackets (never a list of places, unlike "Homs, Damascus"); and
    mention index -> the key of the container written right after that mention."""
    keys = keys or [_key(m) for m in mentions]
    pairs: dict[str, set[str]] = {}
    bracketed: set[str] = set()
    own: dict[int, str] = {}
    for i, (a, b) in enumerate(zip(mentions, mentions[1:], strict=False)):
        gap = text[a.end:b.start]
        # "Nasir (Nasir, Upper Nile)": every place in the bracket after a name is its container.
        in_bracket = gap.lstrip().startswith("(") and ")" not in gap and len(gap) <= s.container_bracket_chars
        settled = bool(s.settlement_containers) and _settlement_gap(gap, bool(s.admin_containers))  # "Mushu village in Bokkos": never a list
        if (gap.strip() in (",", "in", ", in") and len(gap) <= s.container_gap_chars or in_bracket or settled) \
                and not a.demonym and not b.demonym:
            pairs.setdefault(keys[i], set()).add(keys[i + 1])
            own.setdefault(i, keys[i + 1])
            if in_bracket or settled:
                bracketed.add(keys[i])
    return pairs, frozenset(bracketed), own


def _settlement_gap(gap: str, admin: bool = False) -> bool:
    """The text between a name and its container when a settlement noun stands between them: "Mushu
    village in Bokkos", "Kassab camp, Kutum" (``settlement_words.txt``, geo11). A village no gazetteer
    carries, or one whose name is some far town's ("Mushu": Mus in Turkey), then falls back to the
    written container, like "Holliday, Missouri". With ``admin`` (geo15, ``admin_containers``), an
    admin word too, also before "of": "Dera district of South Gondar zone", "Kutum locality in North
    Darfur": a unit named inside a named unit is read there (or at the container), never at a namesake
    of another state, however populous."""
    parts = gap.replace(",", " , ").split()
    if len(parts) != 2:
        return False
    word = parts[0].lower()
    if word in words("settlement_words") and parts[1] in ("in", ","):
        return True
    return admin and word in words("admin_words") and parts[1] in ("in", ",", "of")


def _hint_bonus(gaz: AnyGazetteer, entry: int, hint: str | None, s: Any) -> float:
    if not hint:
        return 0.0
    kind = gaz.kind[entry]
    if hint in AREA_HINTS and kind in ("admin1", "admin2"):
        return float(s.admin_hint_bonus)
    if hint in TOWN_HINTS and kind == "city":
        return float(s.admin_hint_bonus)
    return 0.0


def _choose(gaz: AnyGazetteer, key: str, names: dict[str, _Name], first: dict[str, int],
            focus: dict[str, dict[str, float]], hier: dict[str, set[str]], s: Any,
            extra: dict[str, float] | None = None, bracketed: frozenset[str] = frozenset()) -> Resolution:
    extra = extra or {}
    name = names[key]
    if not name.cands:
        if name.admin_suffix:
            return _admin_fallback(gaz, key, names, first, hier, s)
        if s.unknown_container_fallback and not key.startswith("@"):
            written = [first[k] for k in hier.get(key, ()) if k in names and first[k] >= 0
                       and gaz.kind[first[k]] in ("admin1", "admin2")]
            if written:  # "Mir Ali in North Waziristan district": no Mir Ali known, the district is
                return Resolution(written[0], 0.4, precision_of(gaz, written[0]), 0, "container-fallback",
                                  f"no {key.split('#')[0]!r} known: placed at {gaz.name[written[0]]}, its written container")
        return Resolution(-1, 0.0, None, 0, "none")
    others = [first[k] for k in names if k != key and first[k] >= 0 and gaz.kind[first[k]] in ("city", "admin1", "admin2")]
    if name.feature_of:
        return _feature_by_namesake(gaz, name, [first[k] for k in names if k != key and first[k] >= 0], s)
    containers = [names[k] for k in hier.get(key, ()) if k in names]
    states = _states_named(gaz, key, first)
    named_states = _states_named(gaz, key, first, kinds=("admin1",)) if s.town_state_bonus else {}
    inside = _admin1_shares(gaz, key, first, names)
    peers = _admin1_peers(gaz, key, first, names) if s.admin1_peer_bonus else {}
    named = _countries_named(gaz, key, first) if s.named_country_bonus or s.world_country_named else frozenset()
    share_of = focus[key]
    # The strongest focus share among the name's non-country readings: "Georgia" in a US story.
    rival_share = max((share_of.get(gaz.cc[e], 0.0) for e, _ in name.cands
                       if gaz.kind[e] in ("admin1", "city", "admin2")), default=0.0)
    best, best_score, second, via = -1, -math.inf, -math.inf, "prior"
    best_near = math.inf
    world_entry = max((e for e, a in name.cands if gaz.kind[e] == "city" and not a), key=lambda e: gaz.pop[e], default=-1)
    world = gaz.pop[world_entry] if world_entry >= 0 and _famous(gaz, world_entry, name, s) else 0
    local_share = _local_focus(gaz, key, names, first, extra) if world >= s.world_city_population else {}
    local = [e for e in others if gaz.fcode[e] != "PPLC"]  # the towns, counties and states that make the local focus
    if s.world_country_named and world >= s.world_city_population and gaz.cc[world_entry] in named:
        local_share = {}  # "in France ... Paris": the world city's own country is named, so no namesake abroad
    namesakes = [(e, a) for e, a in name.cands if gaz.kind[e] == "city" and gaz.pop[e] >= s.namesake_min_population]
    # A unit named after its town ("Gao" region and Gao): written bare, the name is the town; with an area
    # word ("the Gao region", a separate sense under ``area_senses``) the unit (``bare_town_bonus``).
    areas = _town_units(gaz, name, s)
    if areas and _unit_peers(gaz, key, first, areas):
        areas = []  # "Quebec ... British Columbia": a province among provinces stays the province
    others_at: list[tuple[float, float]] | None = None
    agree, agree_score = -1, -math.inf  # a dateline's best reading in a country of the article's focus
    home = max((share_of.get(gaz.cc[e], 0.0) for e, _ in name.cands if gaz.cc[e]), default=0.0)
    for entry, alt in name.cands:
        if gaz.fcode[entry] == TOWNLESS_FCODE and share_of and not share_of.get(gaz.cc[entry], 0.0):
            continue  # a name with no point of its own, in none of the countries the article points to
        score = prior(gaz, entry, alt, s)
        yielded = _namesake_prior(gaz, entry, namesakes, s)
        if yielded is not None:
            score = min(score, yielded)
        if s.foreign_unit_penalty and home >= s.foreign_unit_min_share and gaz.kind[entry] in ("admin1", "admin2") \
                and not share_of.get(gaz.cc[entry], 0.0):
            # A unit's fixed prior ranks it with a town of millions: abroad, in no country of the story, it
            # must not outweigh a reading in the article's country ("Bor", "Beni territory"; geo12).
            score -= s.foreign_unit_penalty
        reason = "prior"
        share = share_of.get(gaz.cc[entry], 0.0) if gaz.cc[entry] else 0.0
        if share and not containers and kind_is_small_namesake(gaz, entry, world, s):
            # Country names alone (often the actors: "the US and China met in Geneva") do not move a
            # world city to a small namesake: only the article's towns and states do.
            share = local_share.get(gaz.cc[entry], 0.0)
            if share and s.world_namesake_km and local and _distance_to(gaz, entry, local, s) > s.world_namesake_km:
                share = 0.0  # "Dubai" in a Kerala story: India's Dubai villages lie far from Kerala
                # (with no other town or state, the outlet and the dateline alone keep the local focus)
        if share:
            score += s.focus_weight * share
            reason = "focus"
        kind = gaz.kind[entry]
        score += _hint_bonus(gaz, entry, name.hint, s)
        if kind == "city" and areas and not alt and any(contains(gaz, a, entry, s) for a in areas) \
                and local and _distance_to(gaz, entry, [e for e in local if gaz.kind[e] == "city"], s) <= s.coherence_km:
            score += s.bare_town_bonus  # a town among the story's other towns ("Gao ... Ansongo, Bourem")
        if name.label == "FAC" and (kind == "airport" or (kind == "feature" and gaz.fcode[entry] not in NATURAL)):
            score += s.facility_bonus
        if kind == "admin2" and not alt and gaz.admin1[entry] in states.get(gaz.cc[entry], ()):
            score += s.state_bonus
        if kind == "city" and s.town_state_bonus and gaz.admin1[entry] in named_states.get(gaz.cc[entry], ()):
            score += s.town_state_bonus
        if kind == "admin1" and s.admin1_support_bonus:
            score += s.admin1_support_bonus * inside.get((gaz.cc[entry], gaz.name[entry]), 0.0)
        if kind == "admin1" and peers:
            score += s.admin1_peer_bonus * peers.get(gaz.cc[entry], 0.0)
        if kind != "country" and gaz.cc[entry] in named:
            score += s.named_country_bonus
        near = math.inf
        if kind in POINT_KINDS and others:
            if others_at is None:  # read once per name, not once per candidate
                others_at = [(gaz.lat[o], gaz.lon[o]) for o in others]
            lat, lon = gaz.lat[entry], gaz.lon[entry]
            near = min(haversine_km(lat, lon, a, b) for a, b in others_at)
            score += s.coherence_weight * math.exp(-near / s.coherence_km)
        if any(contains(gaz, c, entry, s) for cont in containers for c, _ in cont.cands):
            score += s.hierarchy_bonus
            reason = "hierarchy"
        elif kind == "country" and not alt:
            # A country's own name: context alone never turns it into a town, but a story focused on
            # another country that has a state of that name ("Georgia", US) may.
            yields = (1.0 - rival_share) if s.country_bonus_yields and rival_share > share else 1.0
            score += s.country_name_bonus * yields
        if score > best_score:
            best, best_score, second, via, best_near = entry, score, best_score, reason, near
        elif score > second:
            second = score
        if name.dateline and share and score > agree_score:
            agree, agree_score = entry, score
    if best < 0:  # only units known by name alone, abroad: the name is as good as unknown (the local fallback may place it)
        return Resolution(-1, 0.0, None, len(name.cands), TOWNLESS_ABROAD,
                          "the only readings are districts known by name alone (no town, no point of their own) in "
                          "none of the article's countries")
    if containers and via != "hierarchy":
        fallback = _container_fallback(gaz, name, [first[c.key] for c in containers], s, key in bracketed)
        if fallback is not None:
            return fallback
    if agree >= 0 and agree != best and _disagreeing_dateline(gaz, best, share_of, others, s):
        return Resolution(agree, s.fallback_score_nearest, precision_of(gaz, agree), len(name.cands), "dateline-agrees",
                          f"the dateline's reading {gaz.name[best]} ({gaz.iso3.get(gaz.cc[best], gaz.cc[best])}) lies in none "
                          f"of the article's countries and far from its places: read in the article's country")
    margin = best_score - second if second > -math.inf else 4.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    result = Resolution(best, confidence, precision_of(gaz, best), len(name.cands), via)
    if s.abstain and _far_namesake(gaz, best, via, best_near, share_of, others, s, name.variant):
        where = "the article's other places" if others else "the countries the article's context names"
        if not others:
            best_near = _distance_to(gaz, best, [gaz.country_entry[c] for c in share_of if c in gaz.country_entry], s)
        return Resolution(-1, 0.0, None, len(name.cands), "abstain",
                          f"abstained: the only readings are small places far from {where} "
                          f"(best: {gaz.name[best]}, {gaz.iso3.get(gaz.cc[best], gaz.cc[best])}, "
                          f"population {gaz.pop[best]:,}, {best_near:,.0f} km away)")
    return result


def _town_units(gaz: AnyGazetteer, name: _Name, s: Any) -> list[int]:
    """The units a bare name reads as first whose own town shares the name ("Gao": Mali's region before
    its town): the ones ``bare_town_bonus`` turns into their town. None when the name carries an area
    word, or when its best reading by prior is a town or a country ("Macau")."""
    if not s.bare_town_bonus or name.hint in AREA_HINTS or not name.cands:
        return []
    top = name.cands[0][0]  # candidates are sorted by prior
    if gaz.kind[top] not in ("admin1", "admin2"):
        return []
    return [e for e, a in name.cands if not a and gaz.kind[e] in ("admin1", "admin2")]


def _unit_peers(gaz: AnyGazetteer, key: str, first: dict[str, int], units: list[int]) -> bool:
    """Whether the article's other names (not the same name with an area word) read first as first-level
    units of the units' country: then a bare name is one unit in a list of units."""
    base = key.split("#")[0]
    countries = {gaz.cc[u] for u in units}
    return any(k.split("#")[0] != base and e >= 0 and gaz.kind[e] == "admin1" and gaz.cc[e] in countries
               for k, e in first.items())


def _feature_by_namesake(gaz: AnyGazetteer, name: _Name, others: list[int], s: Any) -> Resolution:
    """An unknown feature named after a place ("Spokane River", "Kentucky Lake"): the reading of that
    place nearest to the article's other places (a state counts as near when one of them lies in it),
    at region precision; none when every reading is farther than ``feature_namesake_km`` (the "Red" of
    "Red River" names far villages, not the river)."""
    best, gap = -1, math.inf
    for entry, _ in name.cands:
        for other in others:
            if gaz.kind[entry] == "admin1" and contains(gaz, entry, other, s):
                d = 0.0
            else:
                d = haversine_km(gaz.lat[entry], gaz.lon[entry], gaz.lat[other], gaz.lon[other])
            if d < gap:
                best, gap = entry, d
    if best < 0 or gap > s.feature_namesake_km:
        return Resolution(-1, 0.0, None, len(name.cands), "none",
                          f"no table knows {name.key!r}, and no place it is named after lies near the article's places")
    return Resolution(best, s.fallback_score_nearest, "region", len(name.cands), "feature-namesake",
                      f"no table knows {name.key!r}: placed at {gaz.name[best]}, the place it is named after")


def _container_fallback(gaz: AnyGazetteer, name: _Name, containers: list[int], s: Any,
                        bracketed: bool = False) -> Resolution | None:
    """"Holliday, Missouri" where no Holliday the gazetteer knows lies in Missouri: the written state
    (or country) is the best point there is, at its own precision. Only for small towns after which a
    state or country is written (not a list of places: "Homs, Damascus"), or any town whose container
    is written in brackets ("Palma (Cabo Delgado)": not the big Palma of Spain)."""
    if any(gaz.kind[e] not in POINT_KINDS or (gaz.pop[e] >= s.namesake_min_population and not bracketed)
           for e, _ in name.cands):
        return None
    kinds = ("admin1", "admin2", "country") if bracketed else ("admin1", "country")  # "(Fizi territory)", "village in Bokkos"
    for entry in containers:
        if entry >= 0 and gaz.kind[entry] in kinds:
            return Resolution(entry, 0.4, precision_of(gaz, entry), len(name.cands), "container-fallback",
                              f"no {name.key!r} known inside {gaz.name[entry]}: placed at {gaz.name[entry]}")
    return None


def _distance_to(gaz: AnyGazetteer, entry: int, others: list[int], s: Any) -> float:
    """km from a town to the nearest of ``others`` (towns, counties, states; 0 for a state it lies in)."""
    best = math.inf
    for other in others:
        if gaz.kind[other] == "admin1" and contains(gaz, other, entry, s):
            return 0.0
        best = min(best, haversine_km(gaz.lat[entry], gaz.lon[entry], gaz.lat[other], gaz.lon[other]))
    return best


def _famous(gaz: AnyGazetteer, entry: int, name: _Name, s: Any) -> bool:
    """Whether the biggest town of a name may be a world city: a capital, a town of ``world_city_big``
    people, or one whose state or district carries its name ("Geneva", "Dubai"). A district of Tianjin
    ("Hangu", 200,000 people) is none, and Pakistan's Hangu is no "small namesake" of it (geo12)."""
    if gaz.fcode[entry] == "PPLC" or gaz.pop[entry] >= s.world_city_big:
        return True
    return any(gaz.kind[e] in ("admin1", "admin2") and gaz.cc[e] == gaz.cc[entry] and not a for e, a in name.cands)


def kind_is_small_namesake(gaz: AnyGazetteer, entry: int, world: int, s: Any) -> bool:
    """A town far smaller than the world city that shares its name ("Geneva", Illinois vs Geneva)."""
    return world >= s.world_city_population and gaz.kind[entry] == "city" and \
        gaz.pop[entry] * s.world_city_ratio <= world


def _local_focus(gaz: AnyGazetteer, key: str, names: dict[str, _Name], first: dict[str, int],
                 extra: dict[str, float]) -> dict[str, float]:
    """Share of the other names whose first guess is a town, county or state, by country (not a country
    and not a capital: both usually name governments, "Washington demanded ..."), plus the outlet's and
    the dateline's votes."""
    counts: dict[str, float] = dict(extra)
    total = sum(extra.values())
    for k, entry in first.items():
        if k == key or entry < 0 or not gaz.cc[entry]:
            continue
        weight = float(len(names[k].mentions))
        total += weight
        if gaz.kind[entry] != "country" and gaz.fcode[entry] != "PPLC":
            counts[gaz.cc[entry]] = counts.get(gaz.cc[entry], 0.0) + weight
    return {c: v / total for c, v in counts.items()} if total else {}


def _disagreeing_dateline(gaz: AnyGazetteer, best: int, share_of: dict[str, float], others: list[int], s: Any) -> bool:
    """A dateline read as a place in none of the article's focus countries, farther than ``abstain_km``
    from all its other places and no world city ("BOR -" read as Serbia's Bor district in a story about
    Jonglei): ``dateline_agree`` reads it in the article's country instead."""
    if not s.dateline_agree or share_of.get(gaz.cc[best], 0.0) > 0 or gaz.pop[best] >= s.world_city_population:
        return False
    if not others:
        return True  # the story's only other evidence is countries, the outlet or its armed groups
    return _distance_to(gaz, best, others, s) > s.abstain_km


def _far_namesake(gaz: AnyGazetteer, best: int, via: str, near: float, share_of: dict[str, float],
                  others: list[int], s: Any, variant: bool = False) -> bool:
    """The best reading is a small town in no country of the article's focus, far from all its places.

    A name alone in its article (no other place) is judged against the countries its context names
    instead (``abstain_lone``, geo13): "Heavy fighting was reported in Mahas ... Somali state media said"
    is no Jordanian village of 17,000 people when the outlet, the dateline, the armed groups or the
    national adjectives all point to Somalia, thousands of km away; the event then takes that country.
    A name known only as an alternate name or under another spelling (``variant``, ``variant_abstain``, geo14) is
    judged so whatever the size of its reading: "outside Boni" in a story about Douentza and Gao is no Bonn (whose
    GeoNames alternate names include "Boni")."""
    if via == "hierarchy" or gaz.kind[best] not in POINT_KINDS \
            or gaz.pop[best] >= s.abstain_max_population and not variant:
        return False
    if not share_of or share_of.get(gaz.cc[best], 0.0) > 0:
        return False
    if not others:
        return s.abstain_lone and _far_from_countries(gaz, best, share_of, s)
    return near > s.abstain_km


def _far_from_countries(gaz: AnyGazetteer, best: int, share_of: dict[str, float], s: Any) -> bool:
    """Every country of the article's focus has its point farther than ``abstain_lone_km`` from ``best``."""
    points = [gaz.country_entry[cc] for cc in share_of if cc in gaz.country_entry]
    return bool(points) and _distance_to(gaz, best, points, s) > s.abstain_lone_km


def _states_named(gaz: AnyGazetteer, key: str, first: dict[str, int],
                  kinds: tuple[str, ...] = ("admin1", "city")) -> dict[str, set[str]]:
    """Country -> the admin1 names the article's *other* names point to (a state, or a town's state;
    ``kinds``: which first guesses count).

    Many US counties share a name (five Lafayette Counties); the state the story is about picks one.
    """
    out: dict[str, set[str]] = {}
    for k, entry in first.items():
        if k != key and entry >= 0 and gaz.kind[entry] in kinds and gaz.admin1[entry]:
            out.setdefault(gaz.cc[entry], set()).add(gaz.admin1[entry])
    return out


def _admin1_shares(gaz: AnyGazetteer, key: str, first: dict[str, int], names: dict[str, _Name]) -> dict[tuple[str, str], float]:
    """(country, state name) -> share of the other names whose first guess is a town or county in that state."""
    counts: dict[tuple[str, str], float] = {}
    total = 0.0
    for k, entry in first.items():
        if k == key or entry < 0:
            continue
        total += len(names[k].mentions)
        if gaz.kind[entry] in ("city", "admin2", "airport") and gaz.admin1[entry]:
            pair = (gaz.cc[entry], gaz.admin1[entry])
            counts[pair] = counts.get(pair, 0.0) + len(names[k].mentions)
    return {p: v / total for p, v in counts.items()} if total else {}


def _admin1_peers(gaz: AnyGazetteer, key: str, first: dict[str, int], names: dict[str, _Name]) -> dict[str, float]:
    """Country -> share of the other names whose first guess is a state or province of it: a name in a
    story that lists states ("Wisconsin, Michigan, Pennsylvania and New York") is read as a state too."""
    counts: dict[str, float] = {}
    total = 0.0
    for k, entry in first.items():
        if k == key or entry < 0:
            continue
        total += len(names[k].mentions)
        if gaz.kind[entry] == "admin1":
            counts[gaz.cc[entry]] = counts.get(gaz.cc[entry], 0.0) + len(names[k].mentions)
    return {c: v / total for c, v in counts.items()} if total else {}


def _countries_named(gaz: AnyGazetteer, key: str, first: dict[str, int]) -> frozenset[str]:
    """The countries the article's other names name by their country name (not by a demonym): a town of
    such a country is its namesake in the story ("in France ... Paris" is not Paris, Kentucky)."""
    return frozenset(gaz.cc[e] for k, e in first.items()
                     if k != key and not k.startswith("@") and e >= 0 and gaz.kind[e] == "country" and gaz.cc[e])


def _admin_fallback(gaz: AnyGazetteer, key: str, names: dict[str, _Name], first: dict[str, int],
                    hier: dict[str, set[str]], s: Any) -> Resolution:
    """An unknown "X County": its written container ("X County, Iowa"), else the state mentioned
    nearest to it in the text, at admin1 precision (a county with no town of 500 has no point)."""
    states = [(k, e) for k, e in first.items() if e >= 0 and gaz.kind[e] == "admin1"]
    written = [e for k, e in states if k in hier.get(key, ())]
    if written:
        return Resolution(written[0], s.fallback_score_written, "admin1", 0, "admin-fallback")
    here = names[key].offsets[0]
    best, gap = -1, math.inf
    for k, entry in states:
        dist = min(abs(o - here) for o in names[k].offsets)
        if dist < gap:
            best, gap = entry, dist
    if best < 0:
        return Resolution(-1, 0.0, None, 0, "none")
    return Resolution(best, s.fallback_score_nearest, "admin1", 0, "admin-fallback")
