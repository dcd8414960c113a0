"""Trigger lexicon: YAML entries (lemma or phrase -> type, mode, context, constraints).

The shipped lexicon lives in ``truce/data/lang/en/events/triggers.yaml``; users extend or override it
with their own files (``TruceConfig.trigger_files``) in the same format. Every file goes through
``truce.knowledge``: a malformed entry is a ``DataFileError`` naming the file, line and field; two
entries with the same key in one file are refused (one of them would be silently lost); every
shipped entry names its ``source``. Object lists may name a noun class (``'@territory'``) of
``classes.yaml``, so a trigger generalises over a class rather than a fixed word list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from truce.errors import DataFileError
from truce.knowledge import LineDict, lang_file, load_yaml, shipped, valid_source
from truce.records import EVENT_TYPES
from truce.settings import default_settings

REMOVE = "NONE"
USER_SOURCE = "user"
_KEYS = {"trigger", "pos", "mode", "context", "particle", "prep", "object", "not_object", "modifier", "governor", "strength",
         "complement", "speech", "cameo", "source", "subject_object"}


@dataclass(frozen=True)
class NounClass:
    """Lemmas (and entity labels) that play one part in event language (classes.yaml)."""

    name: str
    words: frozenset[str]
    entities: frozenset[str] = frozenset()
    source: str = ""

    def has(self, lemma: str, ent: str = "") -> bool:
        return lemma in self.words or (bool(ent) and ent in self.entities)


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
    object_entities: frozenset[str] = field(default_factory=frozenset)  # entity labels of '@class' objects
    object_spec: tuple[str, ...] = ()  # the object list as written ('@territory' kept), for the key
    any_object: bool = False  # object list '*': any direct object (not_object still excludes)
    modifiers: frozenset[str] = field(default_factory=frozenset)  # one must modify the trigger ('joint' drills)
    governors: frozenset[str] = field(default_factory=frozenset)  # a noun only as the object of one ('expressed support')
    strength: float = field(default_factory=lambda: default_settings().events.trigger_strength)
    complement: bool = False  # needs a clausal complement ("ready to ...")
    speech: bool = False  # only a trigger when it reports speech ("a rights group protested")
    # the object list may be met by the subject of an intransitive use: the mover of a motion verb
    # ('peacekeepers arrived', 'observers deployed to the border') is what 'sent peacekeepers' has as object
    subject_object: bool = False
    cameo: str | None = None  # CAMEO root when not the type/mode default (an appeal: '02')
    source: str = "truce-authors"  # provenance (truce.knowledge.SOURCES)
    origin: str = "shipped"  # the file it came from: 'shipped' or the user file's name
    line: int | None = None

    @cached_property  # read for every candidate of every token (frozen: computed once per entry)
    def words(self) -> tuple[str, ...]:
        return tuple(self.trigger.lower().replace("-", " - ").split())

    @cached_property
    def head(self) -> int:
        """Verb phrases are headed by their first word, noun phrases by their last."""
        return 0 if self.pos == "verb" else len(self.words) - 1

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.trigger.lower(), self.pos, self.particle, self.prep, tuple(sorted(self.object_spec)), self.speech) \
            + ((tuple(sorted(self.modifiers)),) if self.modifiers else ()) \
            + (("governor", *sorted(self.governors)) if self.governors else ())

    def label(self) -> str:
        extra = [f"{k}={v}" for k, v in (("particle", self.particle), ("prep", self.prep)) if v]
        if self.objects or self.object_entities:
            extra.append("object")
        return f"{self.origin}:{self.trigger}/{self.pos}" + (f"[{','.join(extra)}]" if extra else "")


class Lexicon:
    """Entries indexed by the lemma of their head word, most specific first."""

    def __init__(self, entries: Iterable[TriggerEntry], classes: dict[str, NounClass] | None = None) -> None:
        self.by_head: dict[str, list[TriggerEntry]] = {}
        self.classes = classes or {}
        for entry in entries:
            self.by_head.setdefault(entry.words[entry.head], []).append(entry)
        for lst in self.by_head.values():
            lst.sort(key=specificity, reverse=True)

    def candidates(self, lemma: str) -> list[TriggerEntry]:
        return self.by_head.get(lemma, [])

    def has_any(self, forms: Iterable[str]) -> bool:
        """Whether some entry is headed by one of ``forms`` (no list in ``by_head`` is empty)."""
        return not self.by_head.keys().isdisjoint(forms)

    def entries(self) -> list[TriggerEntry]:
        return [e for lst in self.by_head.values() for e in lst]

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_head.values())


def specificity(entry: TriggerEntry, any_object_weight: float | None = None) -> tuple[int, float, float]:
    """Longer phrases first, then more constraints, then stronger entries (an any-object entry's
    constraint counts ``[events] any_object_constraint``)."""
    if any_object_weight is None:
        any_object_weight = default_settings().events.any_object_constraint
    constraints = bool(entry.particle) + bool(entry.prep) + bool(entry.objects or entry.object_entities) + entry.speech \
        + bool(entry.modifiers) + bool(entry.governors) \
        + any_object_weight * entry.any_object
    return (len(entry.words), constraints, entry.strength)


def parse_entries(data: dict[str, Any], origin: str, classes: dict[str, NounClass] | None = None,
                  path: str | None = None, default_strength: float | None = None
                  ) -> list[tuple[tuple[Any, ...], TriggerEntry | None]]:
    """(key, entry) pairs from one YAML mapping; entry None means 'remove this key'. Entries of the
    shipped lexicon must name their source; a user's entries are ``user`` unless they say otherwise.
    An entry without ``strength`` gets ``default_strength`` (``[events] trigger_strength``)."""
    path = path or origin
    if default_strength is None:
        default_strength = default_settings().events.trigger_strength
    classes = classes if classes is not None else load_classes()
    out: list[tuple[tuple[Any, ...], TriggerEntry | None]] = []
    seen: dict[tuple[Any, ...], int | None] = {}
    if not isinstance(data, dict):
        raise DataFileError(path, "expected a mapping of event type -> list of entries")
    for event, items in data.items():
        event = str(event).upper()
        if event not in EVENT_TYPES and event != REMOVE:
            raise DataFileError(path, f"unknown PLOVER event type {event!r}", line=getattr(data, "line", None))
        if items is not None and not isinstance(items, list):
            raise DataFileError(path, f"{event}: expected a list of entries", line=getattr(data, "line", None))
        for item in items or []:
            entry = _entry(item, event, origin, path, classes, default_strength)
            if entry.key in seen:
                raise DataFileError(path, f"duplicate entry (same trigger, pos, particle, prep, object, speech) as "
                                    f"line {seen[entry.key]}", line=entry.line, field="trigger")
            seen[entry.key] = entry.line
            out.append((entry.key, None if event == REMOVE else entry))
    return out


def _fail(path: str, item: Any, message: str, fld: str | None = None) -> DataFileError:
    return DataFileError(path, message, line=item.line if isinstance(item, LineDict) else None, field=fld)


def _words(item: dict[str, Any], key: str, path: str) -> list[str]:
    value = item.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise _fail(path, item, "expected a list of words", key)
    return [str(v).lower() for v in value]


def _entry(item: Any, event: str, origin: str, path: str, classes: dict[str, NounClass], default_strength: float
           ) -> TriggerEntry:
    if not isinstance(item, dict):
        raise _fail(path, item, f"{event}: an entry must be a mapping like {{trigger: word, pos: verb}}")
    line = item.line if isinstance(item, LineDict) else None
    unknown = sorted(set(map(str, item)) - _KEYS)
    if unknown:
        raise _fail(path, item, f"unknown key (allowed: {', '.join(sorted(_KEYS))})", unknown[0])
    trigger = item.get("trigger")
    if not isinstance(trigger, str) or not trigger.strip():
        raise _fail(path, item, "missing or empty", "trigger")
    pos = str(item.get("pos", "any")).lower()
    if pos not in ("verb", "noun", "any"):
        raise _fail(path, item, f"must be verb, noun or any, not {item.get('pos')!r}", "pos")
    try:
        strength = float(item.get("strength", default_strength))
    except (TypeError, ValueError):
        raise _fail(path, item, f"must be a number, not {item.get('strength')!r}", "strength") from None
    if not 0.0 <= strength <= 1.0:
        raise _fail(path, item, f"must lie in 0..1, not {strength}", "strength")
    for key in ("mode", "particle", "prep", "cameo"):
        if item.get(key) is not None and not isinstance(item[key], str | int):
            raise _fail(path, item, "must be a word", key)
    source = item.get("source", USER_SOURCE if origin != "shipped" else None)
    if not valid_source(source):
        raise _fail(path, item, f"missing or unknown provenance {source!r} (one of the SOURCES or package:<name>)",
                    "source")
    spec = _words(item, "object", path)
    objects, ents = _expand(spec, classes, path, item)
    not_objects, _ = _expand(_words(item, "not_object", path), classes, path, item)
    return TriggerEntry(
        trigger=trigger.strip().lower(), event=event, pos=pos, mode=item.get("mode"),
        context=tuple(_words(item, "context", path)), particle=item.get("particle"), prep=item.get("prep"),
        objects=objects - {"*"}, not_objects=not_objects, object_entities=ents, object_spec=tuple(spec),
        any_object="*" in objects,
        modifiers=frozenset(w.lower() for w in _words(item, "modifier", path)),
        governors=frozenset(w.lower() for w in _words(item, "governor", path)),
        strength=strength, complement=bool(item.get("complement", False)), speech=bool(item.get("speech", False)),
        subject_object=bool(item.get("subject_object", False)),
        cameo=str(item["cameo"]).zfill(2) if item.get("cameo") is not None else None, source=source,
        origin=origin, line=line,
    )


def _expand(words: list[str], classes: dict[str, NounClass], path: str, item: Any) -> tuple[frozenset[str], frozenset[str]]:
    """Words of an object list, '@class' names replaced by the class's lemmas (and entity labels)."""
    out: set[str] = set()
    ents: set[str] = set()
    for w in words:
        if w.startswith("@"):
            cls = classes.get(w[1:])
            if cls is None:
                raise _fail(path, item, f"unknown noun class {w!r} (see classes.yaml)", "object")
            out |= cls.words
            ents |= cls.entities
        else:
            out.add(w)
    return frozenset(out), frozenset(ents)


def word_list(data: dict[str, Any], key: str, path: str) -> tuple[frozenset[str], str]:
    """A ``{source, words}`` list of a frames-style file: its lower-case words and provenance."""
    node = data.get(key)
    if node is None:
        return frozenset(), ""
    if not isinstance(node, dict) or "words" not in node:
        raise DataFileError(path, "expected {source: ..., words: [...]}", line=getattr(data, "line", None), field=key)
    if not valid_source(node.get("source")):
        raise _fail(path, node, f"missing or unknown provenance {node.get('source')!r}", f"{key}.source")
    words = [str(w).lower() for w in node.get("words") or []]
    dup = sorted({w for w in words if words.count(w) > 1})
    if dup:
        raise _fail(path, node, f"word listed twice: {dup[0]!r}", f"{key}.words")
    return frozenset(words), str(node["source"])


@lru_cache(maxsize=1)
def load_classes() -> dict[str, NounClass]:
    node = lang_file("events", "classes.yaml")
    data = load_yaml(node, expect=dict, lines=True)
    out = {}
    for name in data:
        words, source = word_list(data, name, str(node))
        ents = frozenset(str(e).upper() for e in (data[name].get("entities") or []))
        out[str(name)] = NounClass(str(name), words, ents, source)
    return out


@lru_cache(maxsize=16)
def shipped_data(*parts: str, lang: bool = True) -> dict[str, Any]:
    """A shipped YAML data file of the events stage (cached, read-only): ``lang/en/events/<parts>``, or
    ``events/<parts>`` for language-neutral knowledge (``lang=False``)."""
    node = lang_file("events", *parts) if lang else shipped("events", *parts)
    return load_yaml(node, expect=dict, lines=True)


def _user_file(path: str) -> dict[str, Any]:
    return load_yaml(Path(path), expect=dict, lines=True)


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = (), default_strength: float | None = None) -> Lexicon:
    """The shipped lexicon, extended/overridden by user files in order (``default_strength``: the
    strength of an entry without one, ``[events] trigger_strength``)."""
    classes = load_classes()
    merged: dict[tuple[Any, ...], TriggerEntry] = {}
    shipped_node = lang_file("events", "triggers.yaml")
    layers = [("shipped", shipped_data("triggers.yaml"), str(shipped_node))]
    layers += [(Path(p).name, _user_file(p), str(p)) for p in extra_files]
    for origin, data, path in layers:
        for key, entry in parse_entries(data, origin, classes, path, default_strength):
            if entry is None:
                merged.pop(key, None)
            else:
                merged[key] = entry
    return Lexicon(merged.values(), classes)


def singular_forms(low: str) -> tuple[str, ...]:
    """Singular forms of a plural the tagger kept as a name ('Militias', 'Militiamen', 'Thieves' after a
    dateline, 'Neighbours' opening a sentence are tagged PROPN, whose lemma is the word itself): the noun
    classes (truce.events.sense) and the domain cues (truce.events.domain) look them up."""
    if low.endswith("men"):
        return (low[:-3] + "man",)
    if low.endswith("ies"):
        return (low[:-3] + "y",)
    if low.endswith("ves"):
        return (low[:-3] + "f", low[:-3] + "fe", low[:-1])  # thieves, wives; 'captives'
    if low.endswith("s"):
        return (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)
    return ()
