"""One loader for every knowledge file (lexicons, dictionaries, word lists, tables).

Knowledge lives in data, not code: shipped files under ``truce/data/`` and users'
extension files are read here and nowhere else, so every malformed file gives the
same kind of error (``DataFileError`` with file, line and field) and every stage
finds its files the same way.

Layout:
- ``data/lang/<lang>/<stage>/...``: words of one language (trigger words, cue words,
  month names). A second language is a new folder plus a spaCy model, not new code.
- ``data/<stage>/...``: language-neutral knowledge (codes, coordinates, aliases of
  names, truce schemas).

Provenance: every lexicon and dictionary entry carries ``source`` naming where it
comes from (see ``SOURCES``); word-list files carry it once in a ``# source:`` header.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from truce.errors import DataFileError

DEFAULT_LANG = "en"

# Where a lexicon or dictionary entry may come from. An entry's ``source`` is one of
# these, or ``package:<name>`` for data derived from an installed package.
SOURCES = frozenset({
    "plover-manual",  # the PLOVER manual (Open Event Data Alliance)
    "cameo-manual",  # the CAMEO codebook
    "iso",  # ISO 3166 / ISO 639 code lists
    "general-knowledge",  # facts any reference work gives (heads of state, capitals, armed groups)
    "truce-authors",  # our own writing: word senses, cue words, patterns written for truce
    "user",  # entries from a user's extension file
})


def valid_source(value: object) -> bool:
    """True when ``value`` names an allowed provenance (``SOURCES`` or ``package:<name>``)."""
    return isinstance(value, str) and (value in SOURCES or (value.startswith("package:") and len(value) > 8))


def data_root() -> Traversable:
    return resources.files("truce") / "data"


def shipped(*parts: str) -> Traversable:
    """A shipped data file or folder, e.g. ``shipped("geo", "aliases.tsv")``."""
    node = data_root()
    for part in parts:
        node = node / part
    return node


def lang_file(*parts: str, lang: str = DEFAULT_LANG) -> Traversable:
    """A shipped file of one language, e.g. ``lang_file("events", "triggers.yaml")``."""
    return shipped("lang", lang, *parts)


def _read(path: Traversable | Path | str) -> tuple[str, str]:
    node = Path(path) if isinstance(path, str) else path
    try:
        return str(node), node.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(node, "file not found") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(node, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise DataFileError(node, f"cannot be read: {exc.strerror or exc}") from exc


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses duplicate keys (a silently dropped entry is a lost entry)."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    out: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            hash(key)
        except TypeError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"unhashable key {key!r}", key_node.start_mark) from exc
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=deep)
    return out


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


class LineDict(dict):
    """A YAML mapping that remembers the line it starts on (1-based), so a later check of an entry
    (an unknown key, a bad value) can still name the line."""

    line: int | None = None


class _LineLoader(_UniqueKeyLoader):
    """Like the unique-key loader, but mappings are ``LineDict`` with their line number."""


def _construct_line_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> LineDict:
    out = LineDict(_construct_unique_mapping(loader, node, deep=True))
    out.line = node.start_mark.line + 1
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_line_mapping)


def parse_yaml(text: str, name: str, lines: bool = False) -> Any:
    """Parse YAML text; errors become ``DataFileError`` with the line number. With ``lines`` every
    mapping is a ``LineDict`` carrying its line."""
    try:
        return yaml.load(text, Loader=_LineLoader if lines else _UniqueKeyLoader)  # noqa: S506 (SafeLoader subclasses)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise DataFileError(name, exc.problem or str(exc), line=line) from exc
    except yaml.YAMLError as exc:
        raise DataFileError(name, str(exc)) from exc


def load_yaml(path: Traversable | Path | str, expect: type | None = None, lines: bool = False) -> Any:
    """Read a YAML file (duplicate keys refused); ``expect`` checks the top-level type; ``lines``
    makes every mapping a ``LineDict`` that knows its line (for errors found after parsing)."""
    name, text = _read(path)
    data = parse_yaml(text, name, lines=lines)
    if data is None and expect is not None:
        data = expect()
    if expect is not None and not isinstance(data, expect):
        raise DataFileError(name, f"expected a {expect.__name__} at the top level, found {type(data).__name__}")
    return data


@dataclass(frozen=True)
class Row:
    """One TSV row with its line number, so a later check can still point at the line."""

    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.values.get(key)
        return default if value in (None, "") else value


def load_tsv(path: Traversable | Path | str, required: tuple[str, ...] = ()) -> list[Row]:
    """Read a tab-separated table whose first non-comment line is the header.

    Lines starting with ``#`` and blank lines are skipped. A row with more cells than
    the header, or a missing required cell, is a ``DataFileError`` naming the line.
    """
    name, text = _read(path)
    header: list[str] | None = None
    rows: list[Row] = []
    for line_no, line in _content_lines(text):
        cells = next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(name, f"header lacks column(s) {', '.join(missing)}", line=line_no)
            continue
        if len(cells) > len(header):
            raise DataFileError(name, f"{len(cells)} cells, the header has {len(header)}", line=line_no)
        values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        for col in required:
            if not values.get(col):
                raise DataFileError(name, "required cell is empty", line=line_no, field=col)
        rows.append(Row(line_no, values))
    return rows


def load_lines(path: Traversable | Path | str) -> list[str]:
    """Read a word list: one entry per line; ``#`` comments and blank lines skipped."""
    _, text = _read(path)
    return [line.strip() for _, line in _content_lines(text)]


def file_header(path: Traversable | Path | str, key: str) -> str | None:
    """The value of a ``# key: value`` line at the top of a file (e.g. ``source``)."""
    _, text = _read(path)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.lower().startswith(key.lower() + ":"):
            return body.split(":", 1)[1].strip()
    return None


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if line.strip() and not line.lstrip().startswith("#"):
            yield line_no, line


def iter_data_files() -> Iterator[Traversable]:
    """Every shipped knowledge file (for provenance checks and the knowledge hash)."""
    stack = [data_root()]
    while stack:
        node = stack.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                if child.name not in ("sample", "__pycache__"):
                    stack.append(child)
            elif child.name.endswith((".yaml", ".yml", ".tsv", ".txt", ".toml", ".json")):
                yield child


@lru_cache(maxsize=1)
def knowledge_hash() -> str:
    """A short hash over every shipped knowledge file: part of the coder's provenance."""
    digest = hashlib.sha256()
    for node in sorted(iter_data_files(), key=lambda n: str(n)):
        digest.update(str(node).split("/data/", 1)[-1].encode())
        digest.update(node.read_bytes())
    return digest.hexdigest()[:16]
