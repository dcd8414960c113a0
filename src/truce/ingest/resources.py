"""Read-only data of the read and clean stages, loaded once through ``truce.knowledge``.

English words live under ``data/lang/en/ingest/`` (furniture patterns, function words);
language-neutral knowledge under ``data/ingest/`` (file extensions, magic numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from truce.errors import DataFileError
from truce.knowledge import lang_file, load_lines, load_yaml, shipped


@dataclass(frozen=True)
class Pattern:
    """One furniture pattern: ``kind`` is whole, prefix or always (see boilerplate.yaml)."""

    name: str
    kind: str
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[Pattern, ...]:
    path = lang_file("ingest", "boilerplate.yaml")
    data = load_yaml(path, expect=dict)
    patterns = []
    for kind in ("always", "whole", "prefix"):
        for name, regexes in (data.get(kind) or {}).items():
            for regex in regexes:
                try:
                    patterns.append(Pattern(name, kind, re.compile(regex, re.IGNORECASE)))
                except re.error as exc:
                    raise DataFileError(path, f"bad regular expression {regex!r}: {exc}", field=f"{kind}.{name}") from exc
    return tuple(patterns)


@lru_cache(maxsize=1)
def _formats() -> dict:
    return load_yaml(shipped("ingest", "formats.yaml"), expect=dict)


@lru_cache(maxsize=1)
def extensions() -> dict[str, str]:
    return dict(_formats()["extensions"])


@lru_cache(maxsize=1)
def magic_numbers() -> tuple[tuple[bytes, str], ...]:
    """Leading bytes of non-article files; YAML holds them as latin-1 strings."""
    return tuple((key.encode("latin-1"), what) for key, what in _formats()["magic"].items())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English function words (the language double-check)."""
    return frozenset(load_lines(lang_file("ingest", "function_words.txt")))


@lru_cache(maxsize=1)
def headline_minor_words() -> frozenset[str]:
    """Words a title-cased headline capitalises that are never names: the function words and the
    prepositions of ``headline_minor_words.txt`` (truce.nlp.headline_case lower-cases them)."""
    return english_words() | frozenset(load_lines(lang_file("ingest", "headline_minor_words.txt")))
