"""Read-only loaders for the date stage's data files, through ``truce.knowledge``.

English words (months, weekdays, relative phrases, cue words, zone names such as
"Syrian") are in ``data/lang/en/time/``; zone abbreviations and country zones, which
hold for any language, in ``data/time/zones.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from truce.knowledge import lang_file, load_yaml, shipped


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """Month/weekday names, relative phrases, cue words and reporting verbs (lexicon.yaml)."""
    return load_yaml(lang_file("time", "lexicon.yaml"), expect=dict)


@lru_cache(maxsize=1)
def zone_data() -> dict[str, Any]:
    """Time-zone abbreviations and country zones (zones.yaml) plus the English zone names."""
    data = dict(load_yaml(shipped("time", "zones.yaml"), expect=dict))
    data["names"] = load_yaml(lang_file("time", "zone_names.yaml"), expect=dict)["names"]
    return data


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Capitalised month name or abbreviation -> month number."""
    return {name: int(num) for num, names in lexicon()["months"].items() for name in names}


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """Capitalised weekday name or abbreviation -> weekday (Monday 0)."""
    return {name: int(num) for num, names in lexicon()["weekdays"].items() for name in names}
