"""Is an event inside a truce's area? 'in', 'out' or 'unsure', with the reason.

Imprecise places are not forced into a yes/no: an event located only to a
country or province is 'unsure' when the truce covers part of that country or
province, and a verdict built on it becomes *possible*. Two limits keep that
honest: a country-level place touches an area only if the area covers (part of)
that country (``countries.area_countries``), so an event "in Venezuela" is never
judged by a truce around a Colombian town; and inside a truce country, the
places its own sentence names (``hints``: precise toponyms the geoparser found
there) decide first: all outside the area, it is out; one inside, it stays
unsure; none, it is unsure because nothing places it elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from truce.geo.distance import haversine_km
from truce.monitor.countries import area_countries, party_countries, shape_countries
from truce.monitor.geometry import bbox
from truce.monitor.model import AreaPart, Region, Truce, norm_name
from truce.monitor.params import MonitorParams, default_params
from truce.records import EventLocation


@dataclass(frozen=True)
class PlaceHint:
    """A precise place named near the event (in its sentence), which may place an imprecise event."""

    name: str
    lat: float
    lon: float
    country: str | None = None
    where: str = "sentence"  # sentence (named in the event's sentence) or article (another incident of the story)

PRECISE = {"point", "exact", "city", "town", "village", "neighbourhood", "neighborhood", "admin3", "admin2",
           "site", "feature"}
COUNTRY_LEVEL = {"country", "region", "continent"}
DATELINE = "dateline"  # EventLocation.rule of a place taken from the story's dateline
# Location rules that place an event by its own words (not the dateline or the focus country).
OWN_PLACE_RULES = frozenset({"attached-to-trigger", "sentence"})


def place_relation(loc: EventLocation | None, truce: Truce, hints: Sequence[PlaceHint] = (),
                   params: MonitorParams | None = None) -> tuple[str, str]:
    """('in'|'out'|'unsure', reason) for the event location against all area parts of ``truce``.

    ``hints``: precise places named in the event's sentence, used only when the location itself
    is imprecise (country, province, none).
    """
    params = params or default_params()
    home = party_countries(truce.parties.values())
    results = [_part_relation(loc, part, hints, params, home) for part in truce.area]
    for wanted in ("in", "unsure"):
        hit = next((r for r in results if r[0] == wanted), None)
        if hit:
            return hit
    excluded = next((r for r in results if "excluded sub-area" in r[1]), None)
    return excluded or (results[0] if results else ("out", "the truce names no area"))


def _has_point(loc: EventLocation | None) -> bool:
    return loc is not None and loc.lat is not None and loc.lon is not None


def _level(loc: EventLocation) -> str:
    p = (loc.precision or "").lower()
    if p in COUNTRY_LEVEL or (not p and not _has_point(loc) and loc.country):
        return "country"
    if p == "admin1":
        return "admin1"
    return "precise" if _has_point(loc) else "country"


def _part_relation(loc: EventLocation | None, part: AreaPart, hints: Sequence[PlaceHint],
                   params: MonitorParams, home: frozenset[str] = frozenset()) -> tuple[str, str]:
    """``home``: the countries of the truce's parties (``countries.party_countries``)."""
    if loc is None or not (_has_point(loc) or loc.country or loc.admin1):
        return _by_hints("no location reported", None, part, hints)
    level = _level(loc)
    if level in ("precise", "admin1") and loc.rule == DATELINE:  # "GAO, Mali -" read as the region: filed there too
        return _dateline(loc, part, hints, params, home)
    if level == "precise":
        return _precise(loc, part, params, home)
    return _imprecise(loc, part, level, hints, params, home)


def placed_by_dateline_only(loc: EventLocation | None, hints: Sequence[PlaceHint], params: MonitorParams) -> bool:
    """Is the event's town only the story's dateline (not confirmed by its sentence)? Then the monitor
    does not say it happened there: reports show its country, not the dateline's town."""
    return loc is not None and loc.rule == DATELINE and _has_point(loc) and not dateline_confirmed(loc, hints, params)


def dateline_confirmed(loc: EventLocation, hints: Sequence[PlaceHint], params: MonitorParams) -> bool:
    """The sentence names (or points at) the dateline's town."""
    return any(h.where == "sentence" and haversine_km(h.lat, h.lon, loc.lat, loc.lon) <= params.dateline_same_place_km
               for h in hints)


def _dateline(loc: EventLocation, part: AreaPart, hints: Sequence[PlaceHint], params: MonitorParams,
              home: frozenset[str] = frozenset()) -> tuple[str, str]:
    """A place taken from the story's dateline says where the report was filed, not where it happened:
    enough when the whole country is in the area, otherwise the event is placed like a country-level one."""
    where = loc.name or loc.country or "?"
    if dateline_confirmed(loc, hints, params):
        return _precise(loc, part, params, home)  # the sentence names the dateline's town too
    excluded = _region_hit(loc, part.exclude)
    if excluded:  # the story was filed from a place the truce leaves out: that is where it happened
        return "out", f"placed only by its dateline ({where}), which lies in excluded sub-area {excluded} ({part.origin})"
    if loc.country and loc.country in part.include.countries:
        return "in", f"placed only by its dateline ({where}); the whole of {loc.country} is in the area ({part.origin})"
    vague = EventLocation(name=f"dateline {where}", country=loc.country, precision="country")
    state, reason = _imprecise(vague, part, "country", hints, params, home)
    return state, reason.replace("place known only to country level", "placed only by its dateline")


def _region_hit(loc: EventLocation, region: Region) -> str | None:
    """What in ``region`` holds this precise place: a circle/polygon, an admin region, a country."""
    if _has_point(loc):
        shape = region.point_match(loc.lat, loc.lon)
        if shape:
            return shape
    if loc.admin1 and norm_name(loc.admin1) in region.admin1:
        return f"admin region {loc.admin1}"
    if loc.country and loc.country in region.countries:
        return f"country {loc.country}"
    return None


def _precise(loc: EventLocation, part: AreaPart, params: MonitorParams | None = None,
             home: frozenset[str] = frozenset()) -> tuple[str, str]:
    where = loc.name or f"{loc.lat:.3f},{loc.lon:.3f}"
    excluded = _region_hit(loc, part.exclude)
    if excluded:
        return "out", f"{where} is in excluded sub-area {excluded} ({part.origin})"
    included = _region_hit(loc, part.include)
    if included:
        across = _across_border(loc, part.include, params or default_params(), home)
        if across:
            return "out", f"{where} is inside {included} ({part.origin}) but {across}"
        return "in", f"{where} is inside {included} ({part.origin})"
    return "out", f"{where} is outside the area ({part.include.describe()}){_nearest(loc, part.include)}"


def _across_border(loc: EventLocation, region: Region, params: MonitorParams, home: frozenset[str]) -> str | None:
    """Why a place a circle or polygon holds is nevertheless outside it: it lies in a country the shape does
    not (``countries.shape_countries``). A 30 km circle around Muse holds Ruili across the Shweli river, in
    China; the truce is about Myanmar's side. None when the place's country is unknown, when a whole
    country or admin region of the area holds it, or when a shape holding it lies in its country."""
    if not loc.country or not _has_point(loc) or loc.country in region.countries or (
            loc.admin1 and norm_name(loc.admin1) in region.admin1):
        return None
    shapes = [s for s in (*region.circles, *region.polygons) if s.contains(loc.lat, loc.lon)]
    lands = [shape_countries(s, params.nearest_town_km, home) for s in shapes]
    if not shapes or any(not c or loc.country in c for c in lands):
        return None
    return f"in {loc.country}, and the area there lies in {', '.join(sorted(set().union(*lands)))}"


def _nearest(loc: EventLocation, region: Region) -> str:
    if not region.circles or not _has_point(loc):
        return ""
    dist, circle = min((haversine_km(c.lat, c.lon, loc.lat, loc.lon), c) for c in region.circles)
    return f": {dist:.1f} km from {circle.name}, radius {circle.radius_km:g} km"


def _imprecise(loc: EventLocation, part: AreaPart, level: str, hints: Sequence[PlaceHint],
               params: MonitorParams, home: frozenset[str] = frozenset()) -> tuple[str, str]:
    what = f"place known only to {level} level ({loc.name or loc.admin1 or loc.country})"
    if level == "admin1" and loc.admin1:
        key = norm_name(loc.admin1)
        if key in part.exclude.admin1:
            return "out", f"{what}: excluded admin region"
        if key in part.include.admin1:
            return "in", f"{what}: admin region in the area ({part.origin})"
    if loc.country and loc.country in part.exclude.countries:
        return "out", f"{what}: excluded country"
    if loc.country and loc.country in part.include.countries:
        if part.exclude.is_empty():
            return "in", f"{what}: whole country in the area ({part.origin})"
        return "unsure", f"{what}: the area excludes {part.exclude.describe()}"
    countries = area_countries(part.include, params.nearest_town_km, home)
    if loc.country and loc.country not in countries:
        return "out", f"{what}: the area ({part.include.describe()}) lies in {', '.join(sorted(countries)) or 'no known country'}, not in {loc.country}"
    if level == "admin1" and _has_point(loc) and not _near_shapes(loc, part.include, params.admin_reach_km):
        return "out", f"{what}: outside the area ({part.include.describe()})"
    if not (part.include.circles or part.include.polygons or part.include.admin1):
        return "out", f"{what}: outside the area ({part.include.describe()})"
    return _by_hints(what, loc.country, part, hints)


def _by_hints(what: str, country: str | None, part: AreaPart, hints: Sequence[PlaceHint]) -> tuple[str, str]:
    """An imprecise event in a truce country: the places its sentence names decide (else those of the
    story's other incidents), else it is unsure."""
    named = [h for h in hints if country is None or h.country in (None, country)]
    strong = [h for h in named if h.where == "sentence"]
    named = strong or named
    inside = [h for h in named if part.include.point_match(h.lat, h.lon) and not part.exclude.point_match(h.lat, h.lon)]
    source = "its sentence" if strong else "the story's other incidents"
    if inside:
        return "unsure", f"{what}; {source} name {inside[0].name}, inside the area ({part.origin})"
    if named:
        names = ", ".join(sorted({h.name for h in named}))
        return "out", f"{what}; {source} place it at {names}, outside the area ({part.include.describe()})"
    return "unsure", f"{what}: the truce covers only part of it ({part.include.describe()}) and nothing places it elsewhere"


def _near_shapes(loc: EventLocation, region: Region, reach_km: float) -> bool:
    """Could a province-level place (its centre given) overlap the region's circles or polygons?"""
    for c in region.circles:
        if haversine_km(c.lat, c.lon, loc.lat, loc.lon) <= c.radius_km + reach_km:
            return True
    for named in region.polygons:
        for poly in named.polygons:
            x0, y0, x1, y1 = bbox(poly)
            cx, cy = min(max(loc.lon, x0), x1), min(max(loc.lat, y0), y1)
            if haversine_km(cy, cx, loc.lat, loc.lon) <= reach_km:
                return True
    return False
