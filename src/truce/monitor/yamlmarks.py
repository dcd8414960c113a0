"""A YAML loader that remembers line numbers, so a bad truce file is reported by line.

PyYAML's nodes carry start marks but the plain Python objects it builds do not.
This loader builds ``MarkedDict``/``MarkedList`` objects that keep the line of
the mapping or list itself and the line of each key or item, so validation can
say ``truces.yaml:14: truces[0].start: ...`` instead of a bare message.
Timestamps stay strings: the truce schema parses them itself, with time zones.
"""

from __future__ import annotations

from typing import Any

import yaml


class MarkedDict(dict):
    """A mapping from YAML with ``line`` (1-based) and ``key_lines`` per key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return getattr(self, "key_lines", {}).get(key, self.line)


class MarkedList(list):
    """A sequence from YAML with ``line`` and ``item_lines`` per item."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        lines = getattr(self, "item_lines", [])
        return lines[index] if 0 <= index < len(lines) else self.line


class _MarkedLoader(yaml.SafeLoader):
    """SafeLoader that builds marked containers and leaves timestamps as text."""


# Drop the implicit timestamp resolver: "2026-03-01 00:00" must stay a string so
# the schema (not YAML) decides how to read it, with the truce's time zone.
_MarkedLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _MarkedLoader, node: yaml.MappingNode) -> MarkedDict:
    loader.flatten_mapping(node)
    result = MarkedDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (list, dict)):
            raise yaml.constructor.ConstructorError(None, None, "a key must be a scalar", key_node.start_mark)
        key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _MarkedLoader, node: yaml.SequenceNode) -> MarkedList:
    result = MarkedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_MarkedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_MarkedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_marked(text: str) -> Any:
    """Parse YAML text into marked containers (raises ``yaml.YAMLError`` with a mark)."""
    return yaml.load(text, Loader=_MarkedLoader)  # noqa: S506 - SafeLoader subclass
