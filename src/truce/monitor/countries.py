"""Which countries a truce area covers, so a country-level event is judged only where it can be.

An event known only as "in Venezuela" cannot touch a truce whose area is a circle around a
Colombian town: the area must cover (part of) the event's country. Whole countries are named in
the truce file; for circles and polygons the file may say `countries: [COL]`, otherwise the
countries are inferred from the gazetteer's populated places that lie inside the shape (or, for a
shape holding none, the town nearest its centre). Inference reads the gazetteer once per process,
and its answers are kept in a small file beside the gazetteer's cache (``TRUCE_CACHE_DIR``), so a
truce file's shapes are looked up once, not on every run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from truce.geo.distance import haversine_km
from truce.monitor.geometry import in_any
from truce.monitor.model import Circle, NamedPolygons, Party, Region
from truce.monitor.params import default_params


@lru_cache(maxsize=1)
def _towns():
    """(lat, lon, iso3) arrays of the gazetteer's populated places."""
    import numpy as np

    from truce.geo.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    rows = [i for i, kind in enumerate(gaz.kind) if kind == "city" and gaz.cc[i]]
    lat = np.array([gaz.lat[i] for i in rows], dtype=float)
    lon = np.array([gaz.lon[i] for i in rows], dtype=float)
    iso3 = np.array([gaz.iso3.get(gaz.cc[i], gaz.cc[i]) for i in rows], dtype=object)
    return lat, lon, iso3


@lru_cache(maxsize=1)
def _admin1_countries() -> dict[str, frozenset[str]]:
    """Normalised admin1 name (or 'code:NN') -> the ISO3 countries that have such a region."""
    from truce.geo.gazetteer import default_gazetteer
    from truce.monitor.model import norm_name

    gaz = default_gazetteer()
    out: dict[str, set[str]] = {}
    for (iso2, name) in gaz.admin1_entry:
        out.setdefault(norm_name(name) if not name.startswith("code:") else name, set()).add(gaz.iso3.get(iso2, iso2))
    return {k: frozenset(v) for k, v in out.items()}


def _box(lat0: float, lat1: float, lon0: float, lon1: float):
    import numpy as np

    lat, lon, iso3 = _towns()
    mask = (lat >= lat0) & (lat <= lat1) & (lon >= lon0) & (lon <= lon1)
    idx = np.nonzero(mask)[0]
    return [(float(lat[i]), float(lon[i]), str(iso3[i])) for i in idx]


def _nearest(lat: float, lon: float, km: float) -> frozenset[str]:
    dlat = km / 111.0
    dlon = km / max(1.0, 111.0 * math.cos(math.radians(min(abs(lat), 89.0))))
    near = [(haversine_km(lat, lon, y, x), c) for y, x, c in _box(lat - dlat, lat + dlat, lon - dlon, lon + dlon)]
    near = [(d, c) for d, c in near if d <= km]
    return frozenset({min(near)[1]}) if near else frozenset()


@lru_cache(maxsize=1024)
def _circle_countries(lat: float, lon: float, radius_km: float, nearest_km: float) -> frozenset[str]:
    dlat = radius_km / 111.0
    dlon = radius_km / max(1.0, 111.0 * math.cos(math.radians(min(abs(lat), 89.0))))
    inside = {c for y, x, c in _box(lat - dlat, lat + dlat, lon - dlon, lon + dlon)
              if haversine_km(lat, lon, y, x) <= radius_km}
    return frozenset(inside) or _nearest(lat, lon, max(radius_km, nearest_km))


_polygon_cache: dict[tuple, frozenset[str]] = {}


def _polygon_countries(shape: NamedPolygons, nearest_km: float) -> frozenset[str]:
    key = (nearest_km, *(tuple(tuple(p) for p in ring) for poly in shape.polygons for ring in poly))
    if key not in _polygon_cache:
        found: set[str] = set()
        for poly in shape.polygons:
            xs = [p[0] for p in poly[0]]
            ys = [p[1] for p in poly[0]]
            found |= {c for y, x, c in _box(min(ys), max(ys), min(xs), max(xs)) if in_any(x, y, [poly])}
            if not found:
                found |= _nearest(sum(ys) / len(ys), sum(xs) / len(xs), nearest_km)
        _polygon_cache[key] = frozenset(found)
    return _polygon_cache[key]


def _disk_cache() -> Path:
    from truce.geo.gazetteer import cache_dir, cache_key

    return cache_dir() / f"monitor-shape-countries-{cache_key()}.json"


_memo: dict[str, frozenset[str]] = {}


def _nearest_town_km(value: float | None) -> float:
    if value is not None:
        return value
    return default_params().nearest_town_km


def shape_countries(shape: Circle | NamedPolygons, nearest_km: float | None = None,
                    home: frozenset[str] = frozenset()) -> frozenset[str]:
    """The countries a circle or polygon lies in: as the truce file says, else inferred (a shape holding
    no known town: the country of the nearest town within ``nearest_km`` of its centre; default
    ``[monitor] nearest_town_km``). ``home``: the countries of the truce's parties (``party_countries``);
    of the inferred countries only those count when any of them is one: a circle drawn around a border
    town (Goma, Muse) holds towns across the border, but the truce its parties signed is about their
    country's side of it."""
    if shape.countries:
        return shape.countries
    found = _inferred_countries(shape, nearest_km)
    return (found & home) or found


def party_countries(parties: Iterable[Party]) -> frozenset[str]:
    """The countries whose actors a truce binds: the ``country`` of its parties' ``match`` rules."""
    return frozenset(rule.country for p in parties for rule in p.rules if rule.country)


def _inferred_countries(shape: Circle | NamedPolygons, nearest_km: float | None = None) -> frozenset[str]:
    nearest_km = _nearest_town_km(nearest_km)
    if isinstance(shape, Circle):
        geometry = ["circle", shape.lat, shape.lon, shape.radius_km]
    else:
        geometry = ["polygons", [[list(map(list, ring)) for ring in poly] for poly in shape.polygons]]
    key = hashlib.sha256(json.dumps([geometry, nearest_km]).encode()).hexdigest()[:20]
    if key in _memo:
        return _memo[key]
    path = _disk_cache()
    stored: dict[str, list[str]] = {}
    with contextlib.suppress(OSError, ValueError):
        stored = json.loads(path.read_text(encoding="utf-8"))
    if key in stored:
        _memo[key] = frozenset(stored[key])
        return _memo[key]
    if isinstance(shape, Circle):
        found = _circle_countries(shape.lat, shape.lon, shape.radius_km, nearest_km)
    else:
        found = _polygon_countries(shape, nearest_km)
    _memo[key] = found
    stored[key] = sorted(found)
    with contextlib.suppress(OSError):  # a read-only cache only costs a lookup per process
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(stored), encoding="utf-8")
        tmp.replace(path)
    return found


def area_countries(region: Region, nearest_km: float | None = None, home: frozenset[str] = frozenset()
                   ) -> frozenset[str]:
    """Every country the region covers at least in part (``nearest_km``, ``home``: see ``shape_countries``)."""
    nearest_km = _nearest_town_km(nearest_km)
    cached = _regions.get((id(region), nearest_km, home))
    if cached is not None and cached[0] is region:
        return cached[1]
    found = _area_countries(region, nearest_km, home)
    _regions[(id(region), nearest_km, home)] = (region, found)
    return found


_regions: dict[tuple[int, float, frozenset[str]], tuple[Region, frozenset[str]]] = {}


def _area_countries(region: Region, nearest_km: float, home: frozenset[str] = frozenset()) -> frozenset[str]:
    out = set(region.countries)
    for shape in (*region.circles, *region.polygons):
        out |= shape_countries(shape, nearest_km, home)
    if region.admin1:
        table = _admin1_countries()
        for name in region.admin1:
            out |= table.get(name, frozenset())
    return frozenset(out)
