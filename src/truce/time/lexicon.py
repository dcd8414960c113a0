"""Read-only loaders for the date stage's data files (``truce/data/time``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _load(name: str) -> dict[str, Any]:
    path = resources.files("truce") / "data" / "time" / name
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """Month/weekday names, relative phrases and reporting verbs (lexicon.yaml)."""
    return _load("lexicon.yaml")


@lru_cache(maxsize=1)
def zone_data() -> dict[str, Any]:
    """Time-zone abbreviations, names and country zones (zones.yaml)."""
    return _load("zones.yaml")


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Capitalised month name or abbreviation -> month number."""
    return {name: int(num) for num, names in lexicon()["months"].items() for name in names}


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """Capitalised weekday name or abbreviation -> weekday (Monday 0)."""
    return {name: int(num) for num, names in lexicon()["weekdays"].items() for name in names}
