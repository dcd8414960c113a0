"""Where the monitor places an event besides the geoparser: the truce file's own places, and distances.

Two readings of the event's own sentence that the geoparser does not make:

* *The truce file's places.* A local truce is drawn around towns a gazetteer may not know (Morobo,
  Lainya and Kajo Keji are not in the shipped one), yet the truce file gives each circle a name and a
  centre. An event whose sentence names one of them ("attacked an army base in Morobo") and that the
  geoparser placed only vaguely (a country, nothing) or by a rule that did not read its own words (the
  dateline, the paragraph, the article's town) happened there: the circle's centre places it.
* *A distance from a place.* "Gunmen ambushed a minibus about 70 km west of Yei": the geoparser places
  the event at Yei, inside a 30 km circle; the sentence places it 70 km west, outside. A distance and a
  direction from the very place the event was given move the point by that much.

``placed_event`` returns the event with its location re-read (a copy; the stored event is unchanged), so
every rule of the monitor (scope, activity of excluded groups, incidents, the report's place) reads the
same place.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from truce.geo.distance import EARTH_RADIUS_KM, haversine_km
from truce.knowledge import lang_file, load_yaml
from truce.monitor.model import Circle, TruceChain
from truce.monitor.params import MonitorParams, default_params
from truce.records import Event, EventLocation, Place

TRUCE_PLACE = "truce-place"  # EventLocation.rule of a place read from the truce file's own places
OFFSET = "offset"  # EventLocation.rule of a place moved by a distance and direction from a named place
VAGUE = {"country", "region", "continent", "admin1"}
OWN_WORDS = frozenset({"attached-to-trigger", "sentence"})

_chains: dict[int, tuple[TruceChain, tuple[Circle, ...]]] = {}


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and runs of spaces as one space: "Kajo-Keji" reads as "kajo keji"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[-\u2010-\u2015]", " ", text).split())


def chain_places(chain: TruceChain) -> tuple[Circle, ...]:
    """The named circles of every unit's area (included and excluded), once per chain."""
    hit = _chains.get(id(chain))
    if hit is not None and hit[0] is chain:
        return hit[1]
    seen: dict[str, Circle] = {}
    for unit in chain.active_units():
        for part in unit.area:
            for region in (part.include, part.exclude):
                for c in region.circles:
                    if c.name and fold(c.name) not in seen:
                        seen[fold(c.name)] = c
    out = tuple(seen.values())
    _chains[id(chain)] = (chain, out)
    return out


def named_place(sentence: str, circles: tuple[Circle, ...]) -> Circle | None:
    """The truce place the sentence names first (whole words, spelling folded), if any."""
    text = fold(sentence or "")
    found = []
    for c in circles:
        m = re.search(r"\b" + re.escape(fold(c.name)) + r"\b", text)
        if m:
            found.append((m.start(), c))
    return min(found, key=lambda f: f[0])[1] if found else None


def _names(sentence: str, loc: EventLocation) -> bool:
    text = fold(sentence or "")
    return any(n and re.search(r"\b" + re.escape(fold(n)) + r"\b", text) for n in (loc.name, loc.text))


_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]+(?:,[^\n]{0,60}?)?\s+[-\u2013\u2014]+\s+")


def without_dateline(e: Event) -> str:
    """The event's sentence without a dateline it opens with ("YEI - ", "JUBA, South Sudan, Nov 11 (Wire) - "):
    the town there is where the report was filed, not a place the sentence names. (The sentence's offset
    does not tell: a store may hold the title before the text.)"""
    text = e.sentence or ""
    m = _DATELINE.match(text)
    return text[m.end():] if m else text


def _vague(loc: EventLocation | None) -> bool:
    return loc is None or loc.lat is None or loc.lon is None or (loc.precision or "").lower() in VAGUE


def _resolved(e: Event, c: Circle, places: Sequence[Place], km: float) -> bool:
    """Did the geoparser resolve this name in the event's sentence to the truce's town (within ``km``)?
    Then its own rules placed the event. Resolved to a far place, the name is the truce's town."""
    lo, hi = e.sentence_start, e.sentence_start + len(e.sentence or "")
    key = fold(c.name)
    return any(lo <= p.start < hi and p.lat is not None and p.lon is not None and fold(p.text or "") == key
               and haversine_km(p.lat, p.lon, c.lat, c.lon) <= km for p in places)


def by_truce_place(e: Event, circles: tuple[Circle, ...], places: Sequence[Place] = (),
                   params: MonitorParams | None = None) -> EventLocation | None:
    """The truce place the event's sentence names, when the geoparser did not resolve that name there and
    its place is vague or not read from the event's own words (and the sentence does not name it)."""
    loc = e.location
    if not circles or not e.sentence:
        return None
    params = params or default_params()
    own = without_dateline(e)
    if not _vague(loc) and loc.rule in OWN_WORDS and _names(own, loc):
        return None  # the geoparser placed it by a town its own sentence names (not only in its dateline)
    c = named_place(own, circles)
    if c is None or _resolved(e, c, places, params.dateline_same_place_km) or (
            loc is not None and not _vague(loc) and loc.lat == c.lat and loc.lon == c.lon):
        return None
    country = next(iter(c.countries)) if len(c.countries) == 1 else (loc.country if loc else None)
    return EventLocation(name=c.name, lat=c.lat, lon=c.lon, country=country, precision="town",
                         rule=TRUCE_PLACE, text=c.name,
                         note=f"its sentence names {c.name}, a place of the truce file")


@lru_cache(maxsize=1)
def _bearings() -> tuple[dict[str, float], re.Pattern[str]]:
    data = load_yaml(lang_file("monitor", "places.yaml"), expect=dict)
    bearings = {fold(str(k)): float(v) for k, v in (data.get("bearings") or {}).items()}
    units = "|".join(re.escape(fold(str(u))) for u in (data.get("distance_units") or {}))
    dirs = "|".join(sorted((re.escape(b) for b in bearings), key=len, reverse=True))
    pattern = re.compile(r"\b(\d+(?:\.\d+)?)\s*(" + units + r")\b\s+(?:to the\s+)?(" + dirs + r")\s+of\s+(?:the\s+)?"
                         r"(?:(?:town|city|village|border town|county|capital)\s+of\s+)?([a-z][a-z ']*)")
    return bearings, pattern


@lru_cache(maxsize=1)
def _unit_km() -> dict[str, float]:
    data = load_yaml(lang_file("monitor", "places.yaml"), expect=dict)
    return {fold(str(k)): float(v) for k, v in (data.get("distance_units") or {}).items()}


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` (degrees from north), on a sphere."""
    r = km / EARTH_RADIUS_KM
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def by_offset(sentence: str, loc: EventLocation | None, params: MonitorParams) -> EventLocation | None:
    """``loc`` moved by "N km <direction> of <that place>" in the sentence, when the distance is at least
    ``offset_min_km`` (nearer than that, the town's own point is as good)."""
    if _vague(loc) or not sentence:
        return None
    bearings, pattern = _bearings()
    names = [fold(n) for n in (loc.name, loc.text) if n]
    for m in pattern.finditer(fold(sentence)):
        km = float(m.group(1)) * _unit_km()[m.group(2)]
        rest = m.group(4)
        if km < params.offset_min_km or not any(rest == n or rest.startswith(n + " ") for n in names):
            continue
        lat, lon = destination(loc.lat, loc.lon, km, bearings[m.group(3)])
        return replace(loc, lat=lat, lon=lon, precision="point", rule=OFFSET,
                       name=f"{m.group(1)} {m.group(2)} {m.group(3)} of {loc.name}",
                       note=f"its sentence places it {m.group(1)} {m.group(2)} {m.group(3)} of {loc.name}")
    return None


def placed_event(e: Event, chain: TruceChain, params: MonitorParams | None = None,
                 places: Sequence[Place] = ()) -> Event:
    """The event as the monitor places it for this chain: at a truce place its sentence names (when the
    geoparser could not place it by its own words), then moved by a distance its sentence gives.
    ``places``: the geoparser's toponyms of the event's article."""
    params = params or default_params()
    loc = by_truce_place(e, chain_places(chain), places, params) or e.location
    moved = by_offset(e.sentence or "", loc, params) or loc
    return e if moved is e.location else replace(e, location=moved)
