"""Read-only data of the read and clean stages, loaded once from ``truce/data/ingest``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ingest"


def _load(name: str) -> dict[str, Any]:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Pattern:
    """One furniture pattern: ``kind`` is whole, prefix or always (see boilerplate.yaml)."""

    name: str
    kind: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[Pattern, ...]:
    data = _load("boilerplate.yaml")
    patterns = []
    for kind in ("always", "whole", "prefix"):
        for name, regexes in (data.get(kind) or {}).items():
            for regex in regexes:
                patterns.append(Pattern(name, kind, re.compile(regex, re.IGNORECASE)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def extensions() -> dict[str, str]:
    return dict(_load("formats.yaml")["extensions"])


@lru_cache(maxsize=1)
def magic_numbers() -> tuple[tuple[bytes, str], ...]:
    """Leading bytes of non-article files; YAML holds them as latin-1 strings."""
    magic = _load("formats.yaml")["magic"]
    return tuple((key.encode("latin-1"), what) for key, what in magic.items())


@lru_cache(maxsize=1)
def english_words() -> tuple[frozenset[str], float]:
    data = _load("english.yaml")
    return frozenset(data["function_words"]), float(data["min_ratio"])
