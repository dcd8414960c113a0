"""Time zones: "06:00 GMT", "00:00 Damascus time", "local time" -> a tzinfo.

Zone names come from zoneinfo itself (the city part of every IANA zone) plus
zones.yaml (abbreviations, country names, demonyms); "local time" uses the
event's country, mapped through zones.yaml or tzdata's own zone.tab.
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, available_timezones

import pycountry

from truce.time.lexicon import zone_data


@lru_cache(maxsize=1)
def zone_names() -> dict[str, str]:
    """Name usable before "time" -> IANA zone key (IANA cities, then zones.yaml names)."""
    names: dict[str, str] = {}
    for key in available_timezones():
        if "/" in key and not key.startswith(("Etc/", "SystemV/")):
            names.setdefault(key.rsplit("/", 1)[1].replace("_", " "), key)
    names.update(zone_data()["names"])
    return names


MAX_OFFSET_MINUTES = 24 * 60  # Python's (and ISO 8601's) offsets lie strictly within +-24 h


def fixed_zone(minutes: int) -> tzinfo | None:
    """A fixed UTC offset, or None for one no clock can have ("+25:00", "UTC+30")."""
    if abs(minutes) >= MAX_OFFSET_MINUTES:
        return None
    return timezone(timedelta(minutes=minutes))


def abbreviation_zone(abbr: str, shift_hours: int = 0) -> tzinfo | None:
    """Fixed-offset zone for "GMT", "UTC+3", "CET" ... (None when unknown or out of range)."""
    minutes = zone_data()["abbreviations"].get(abbr.upper())
    if minutes is None:
        return None
    return fixed_zone(minutes + 60 * shift_hours)


def named_zone(name: str) -> tzinfo | None:
    """Zone for "<name> time" ("Damascus", "Libyan"), or None."""
    key = zone_names().get(name)
    return ZoneInfo(key) if key else None


@lru_cache(maxsize=1)
def _zone_tab() -> dict[str, str]:
    """ISO alpha-2 -> first zone listed for that country in tzdata's zone.tab."""
    out: dict[str, str] = {}
    text = (resources.files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            out.setdefault(parts[0], parts[2])
    return out


@lru_cache(maxsize=512)
def country_zone(iso3: str | None) -> tzinfo | None:
    """Zone used for "local time" in a country (ISO alpha-3), or None when unknown."""
    if not iso3:
        return None
    key = zone_data()["countries"].get(iso3)
    if key is None:
        country = pycountry.countries.get(alpha_3=iso3)
        key = _zone_tab().get(country.alpha_2) if country else None
    return ZoneInfo(key) if key else None


def city_zone(city: str | None) -> tzinfo | None:
    """Zone for a dateline city ("TRIPOLI" -> Africa/Tripoli), or None."""
    if not city:
        return None
    return named_zone(city.strip().title())
