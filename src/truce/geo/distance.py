"""Great-circle distance, shared by the geoparser, duplicate clustering and the ceasefire monitor."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def moved(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) at ``bearing`` degrees clockwise from north, on a flat earth (the
    offsets news gives, "30 km north of X", are short enough): used for a place written as a reference."""
    per_degree = math.pi * EARTH_RADIUS_KM / 180
    rad = math.radians(bearing)
    dlat = km * math.cos(rad) / per_degree
    dlon = km * math.sin(rad) / (per_degree * max(math.cos(math.radians(lat)), 1e-6))
    return round(lat + dlat, 4), round((lon + dlon + 180) % 360 - 180, 4)
