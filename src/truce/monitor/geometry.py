"""Plane-and-sphere geometry the monitor needs: distances, GeoJSON checks, point in polygon.

Written here (no shapely) because truce only needs three things: great-circle
distance for "within N km of a place", even-odd ray casting for "inside this
polygon" (exact for the small areas truces name; longitudes are not wrapped
across the antimeridian), and structural validation of GeoJSON so a broken
polygon is an error, never a silent "outside".
"""

from __future__ import annotations

from collections.abc import Sequence

Ring = list[tuple[float, float]]  # (lon, lat) pairs, GeoJSON order
Polygon = list[Ring]  # outer ring first, then holes


def in_ring(lon: float, lat: float, ring: Sequence[tuple[float, float]]) -> bool:
    """Even-odd rule: a ray east from the point crosses the ring an odd number of times."""
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > lat) != (y2 > lat):
            x_cross = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < x_cross:
                inside = not inside
    return inside


def in_polygon(lon: float, lat: float, polygon: Polygon) -> bool:
    """Inside the outer ring and in none of the holes."""
    if not polygon or not in_ring(lon, lat, polygon[0]):
        return False
    return not any(in_ring(lon, lat, hole) for hole in polygon[1:])


def in_any(lon: float, lat: float, polygons: Sequence[Polygon]) -> bool:
    return any(in_polygon(lon, lat, p) for p in polygons)


class GeoJSONError(ValueError):
    """The GeoJSON is not a valid Polygon/MultiPolygon (or collection of them)."""


def polygons_from_geojson(obj: object) -> list[Polygon]:
    """Polygons of a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection.

    Raises ``GeoJSONError`` naming what is wrong: the type, a ring with fewer
    than four positions or not closed, a position that is not [lon, lat] in range.
    """
    if not isinstance(obj, dict):
        raise GeoJSONError("GeoJSON must be an object with a 'type'")
    kind = obj.get("type")
    if kind == "FeatureCollection":
        feats = obj.get("features")
        if not isinstance(feats, list) or not feats:
            raise GeoJSONError("FeatureCollection needs a non-empty 'features' list")
        return [p for f in feats for p in polygons_from_geojson(f)]
    if kind == "Feature":
        return polygons_from_geojson(obj.get("geometry"))
    coords = obj.get("coordinates")
    if kind == "Polygon":
        return [_polygon(coords, "Polygon")]
    if kind == "MultiPolygon":
        if not isinstance(coords, list) or not coords:
            raise GeoJSONError("MultiPolygon needs a non-empty 'coordinates' list")
        return [_polygon(c, f"MultiPolygon part {i}") for i, c in enumerate(coords)]
    raise GeoJSONError(f"unsupported GeoJSON type {kind!r} (use Polygon, MultiPolygon, Feature, FeatureCollection)")


def _polygon(coords: object, what: str) -> Polygon:
    if not isinstance(coords, list) or not coords:
        raise GeoJSONError(f"{what}: 'coordinates' must be a non-empty list of rings")
    return [_ring(r, f"{what} ring {i}") for i, r in enumerate(coords)]


def _ring(ring: object, what: str) -> Ring:
    if not isinstance(ring, list) or len(ring) < 4:
        raise GeoJSONError(f"{what}: a linear ring needs at least 4 positions")
    points = [_position(p, f"{what} position {i}") for i, p in enumerate(ring)]
    if points[0] != points[-1]:
        raise GeoJSONError(f"{what}: ring is not closed (first and last positions differ)")
    return points[:-1]


def _position(pos: object, what: str) -> tuple[float, float]:
    if not isinstance(pos, list) or len(pos) < 2 or not all(isinstance(v, (int, float)) for v in pos[:2]):
        raise GeoJSONError(f"{what}: must be [lon, lat] numbers")
    lon, lat = float(pos[0]), float(pos[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise GeoJSONError(f"{what}: [{lon}, {lat}] out of range (GeoJSON order is [lon, lat])")
    return lon, lat


def bbox(polygon: Polygon) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of the outer ring."""
    xs = [p[0] for p in polygon[0]]
    ys = [p[1] for p in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)
