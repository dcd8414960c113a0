"""Read-only loaders for the date stage's data files, through ``truce.knowledge``.

English words (months, weekdays, relative phrases, cue words, zone names such as
"Syrian") are in ``data/lang/en/time/``; zone abbreviations and country zones, which
hold for any language, in ``data/time/zones.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from truce.errors import DataFileError
from truce.knowledge import lang_file, load_yaml, shipped


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """Month/weekday names, relative phrases, cue words and reporting verbs (lexicon.yaml)."""
    path = lang_file("time", "lexicon.yaml")
    data = load_yaml(path, expect=dict)
    for key, value in data.items():
        if isinstance(value, list):
            bad = [v for v in value if not isinstance(v, str)]
            if bad:
                raise DataFileError(path, f"{bad[0]!r} is not a word (YAML reads a bare on, off, yes or no "
                                          f"as true or false: quote it)", field=key)
    return data


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


@lru_cache(maxsize=1)
def simultaneity_marks() -> frozenset[str]:
    """Words that open a clause happening at the same moment as its head ("when", "while")."""
    return frozenset(lexicon()["simultaneity_marks"])


@lru_cache(maxsize=1)
def temporal_marks() -> frozenset[str]:
    """Words that open a clause or phrase dating another happening ("after", "since" ...)."""
    return frozenset(lexicon()["temporal_marks"])


@lru_cache(maxsize=1)
def answer_nouns() -> frozenset[str]:
    """Nouns whose phrase names what an act answered ("in retaliation for ...", "in revenge for ...")."""
    return frozenset(lexicon().get("answer_nouns") or ())


@lru_cache(maxsize=1)
def parts_of_day() -> tuple[tuple[re.Pattern[str], int, int], ...]:
    """Parts of the day a sentence may name ("on Saturday evening", "before dawn"): (pattern, from hour,
    to hour) in local hours [from, to) (parts_of_day.yaml). The monitor narrows a day with them, clustering
    compares them."""
    def alt(words: list[Any]) -> str:
        return "|".join(re.escape(str(w).lower()).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    path = lang_file("time", "parts_of_day.yaml")
    out = []
    for i, p in enumerate(load_yaml(path, expect=dict).get("parts_of_day") or []):
        try:
            out.append((re.compile(rf"\b(?:{alt(p.get('words') or [])})\b", re.IGNORECASE), int(p["from"]), int(p["to"])))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DataFileError(path, f"part {i + 1}: needs words, from and to ({exc})", field="parts_of_day") from exc
    return tuple(out)
