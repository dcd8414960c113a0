"""Casualty numbers claimed in an event's sentence, so disagreeing tolls are kept side by side."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from truce.dedup.text import fold_synonyms

_WORD = re.compile(r"[A-Za-z]+|\d[\d,]*")


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    text = resources.files("truce.data.dedup").joinpath("casualties.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _number(word: str, words: dict[str, int]) -> int | None:
    if word[0].isdigit():
        return int(word.replace(",", ""))
    return words.get(word.lower())


def casualty_claims(sentence: str) -> list[tuple[str, str]]:
    """(attribute, number) pairs such as ("killed", "7") read from "seven people were killed"."""
    cfg = _config()
    numbers: dict[str, int] = cfg["number_words"]
    attr_of = {w: attr for attr, ws in cfg["attributes"].items() for w in ws}
    gap = int(cfg.get("max_gap_words", 4))
    words = _WORD.findall(fold_synonyms(sentence))
    out: list[tuple[str, str]] = []
    for i, w in enumerate(words):
        n = _number(w, numbers)
        if n is None or (len(w) == 4 and w.startswith(("19", "20"))):  # a year, not a toll
            continue
        after = [attr_of.get(x.lower()) for x in words[i + 1:i + 1 + gap]]
        before = [attr_of.get(x.lower()) for x in words[max(0, i - 2):i]]
        attr = next((a for a in after if a), None) or next((a for a in reversed(before) if a), None)
        if attr:
            out.append((attr, str(n)))
    return sorted(set(out))
