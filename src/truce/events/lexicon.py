"""Trigger lexicon: YAML entries (lemma or phrase -> type, mode, context, constraints).

The shipped lexicon lives in ``truce/data/events/triggers.yaml``; users extend or
override it with their own files (``TruceConfig.trigger_files``) in the same format.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from truce.records import EVENT_TYPES

REMOVE = "NONE"


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon entry; ``words`` are lemmas, ``head`` indexes the syntactic head word."""

    trigger: str
    event: str
    pos: str = "any"  # verb | noun | any
    mode: str | None = None
    context: tuple[str, ...] = ()
    particle: str | None = None
    prep: str | None = None
    objects: frozenset[str] = field(default_factory=frozenset)
    not_objects: frozenset[str] = field(default_factory=frozenset)
    strength: float = 0.8
    complement: bool = False  # needs a clausal complement ("ready to ...")
    speech: bool = False  # only a trigger when it reports speech ("a rights group protested")
    source: str = "shipped"

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.trigger.lower().replace("-", " - ").split())

    @property
    def head(self) -> int:
        """Verb phrases are headed by their first word, noun phrases by their last."""
        return 0 if self.pos == "verb" else len(self.words) - 1

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.trigger.lower(), self.pos, self.particle, self.prep, tuple(sorted(self.objects)), self.speech)

    def label(self) -> str:
        extra = [f"{k}={v}" for k, v in (("particle", self.particle), ("prep", self.prep)) if v]
        if self.objects:
            extra.append("object")
        return f"{self.source}:{self.trigger}/{self.pos}" + (f"[{','.join(extra)}]" if extra else "")


class Lexicon:
    """Entries indexed by the lemma of their head word, most specific first."""

    def __init__(self, entries: Iterable[TriggerEntry]) -> None:
        self.by_head: dict[str, list[TriggerEntry]] = {}
        for entry in entries:
            self.by_head.setdefault(entry.words[entry.head], []).append(entry)
        for lst in self.by_head.values():
            lst.sort(key=_specificity, reverse=True)

    def candidates(self, lemma: str) -> list[TriggerEntry]:
        return self.by_head.get(lemma, [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_head.values())


def _specificity(entry: TriggerEntry) -> tuple[int, int, float]:
    constraints = bool(entry.particle) + bool(entry.prep) + bool(entry.objects) + entry.speech
    return (len(entry.words), constraints, entry.strength)


def parse_entries(data: dict[str, Any], source: str) -> list[tuple[tuple[Any, ...], TriggerEntry | None]]:
    """(key, entry) pairs from one YAML mapping; entry None means 'remove this key'."""
    out: list[tuple[tuple[Any, ...], TriggerEntry | None]] = []
    for event, items in (data or {}).items():
        event = str(event).upper()
        if event not in EVENT_TYPES and event != REMOVE:
            raise ValueError(f"{source}: unknown PLOVER event type {event!r}")
        for item in items or []:
            entry = _entry(item, event, source)
            out.append((entry.key, None if event == REMOVE else entry))
    return out


def _entry(item: dict[str, Any], event: str, source: str) -> TriggerEntry:
    if "trigger" not in item:
        raise ValueError(f"{source}: entry without 'trigger': {item!r}")
    objects = item.get("object") or []
    pos = str(item.get("pos", "any")).lower()
    if pos not in ("verb", "noun", "any"):
        raise ValueError(f"{source}: pos must be verb, noun or any: {item!r}")
    return TriggerEntry(
        trigger=str(item["trigger"]).lower(), event=event, pos=pos, mode=item.get("mode"),
        context=tuple(item.get("context") or ()), particle=item.get("particle"), prep=item.get("prep"),
        objects=frozenset(str(o).lower() for o in objects),
        not_objects=frozenset(str(o).lower() for o in item.get("not_object") or []), strength=float(item.get("strength", 0.8)),
        complement=bool(item.get("complement", False)), speech=bool(item.get("speech", False)), source=source,
    )


DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"


def _read_yaml(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # noqa: S506 - safe
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of event type -> entries")
    return data


@lru_cache(maxsize=8)
def shipped_data(name: str) -> dict[str, Any]:
    """A shipped YAML data file of the events stage (cached, read-only)."""
    return _read_yaml(DATA_DIR / name)


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon, extended/overridden by user files in order."""
    merged: dict[tuple[Any, ...], TriggerEntry] = {}
    layers = [("shipped", shipped_data("triggers.yaml"))] + [(Path(p).name, _read_yaml(Path(p))) for p in extra_files]
    for source, data in layers:
        for key, entry in parse_entries(data, source):
            if entry is None:
                merged.pop(key, None)
            else:
                merged[key] = entry
    return Lexicon(merged.values())

