"""Every threshold, weight, window and cut-off in one documented, user-loadable file.

The defaults live in ``truce/data/settings.toml``, one table per stage (``[events]``,
``[geo]``, ``[dedup]``...), each key with a comment saying what it decides. A user
file (``--config FILE``, or ``TruceConfig(settings=load_settings(FILE))``) overrides
any subset; an unknown table or key, or a value of another type than the default,
is a ``SettingsError`` naming the file and key: a typo never silently does nothing.

Stages read their values from the ``Settings`` object carried by ``TruceConfig``
(so worker processes and Ray actors get the user's values too), never from module
constants: ``config.settings.geo.max_km``.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from truce.errors import SettingsError
from truce.knowledge import shipped

DEFAULTS_NAME = "settings.toml"


class Section(Mapping[str, Any]):
    """A read-only table of settings; keys are also attributes (``section.max_km``)."""

    __slots__ = ("_name", "_values", "__dict__")

    def __init__(self, name: str, values: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_values", {
            k: Section(f"{name}.{k}", v) if isinstance(v, Mapping) else v for k, v in values.items()})
        # The keys as instance attributes too: stages read ``section.key`` in their inner loops, and
        # ``__getattr__`` runs only after a failed lookup (an exception raised and caught per read).
        # A key that names a method or starts with "_" stays reachable by ``section[key]`` only, as before.
        own = object.__getattribute__(self, "__dict__")
        own.update((k, v) for k, v in self._values.items() if not k.startswith("_") and not hasattr(type(self), k))

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"no setting {self._name}.{key} (see truce config show)") from None

    def __setattr__(self, key: str, value: Any) -> None:
        raise AttributeError("settings are read-only; load a settings file to change them")

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Section, (self._name, self.to_dict()))

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, Section) else v for k, v in self._values.items()}

    def __repr__(self) -> str:
        return f"Section({self._name!r}, {self.to_dict()!r})"


class Settings(Section):
    """The whole settings tree: defaults merged with the user's overrides."""

    def __init__(self, values: Mapping[str, Any], origin: tuple[str, ...] = ()) -> None:
        super().__init__("", values)
        object.__setattr__(self, "origin", origin)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Settings, (self.to_dict(), self.origin))

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(f"no settings table [{key}] (see truce config show)") from None

    def digest(self) -> str:
        """A short hash of every value: part of the coder's provenance."""
        blob = json.dumps(self.to_dict(), sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def to_toml(self) -> str:
        """The merged settings as TOML (``truce config show``)."""
        return dump_toml(self.to_dict())


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's message ends "(at line N, column M)"; newer ones also set ``lineno``.
        found = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        message = str(exc)[: found.start()].strip() if found else str(exc)
        raise SettingsError(name, message, line=line) from exc


def default_values() -> dict[str, Any]:
    node = shipped(DEFAULTS_NAME)
    return _parse(node.read_text(encoding="utf-8"), str(node))


def _merge(base: dict[str, Any], override: Mapping[str, Any], name: str, prefix: str = "") -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        dotted = f"{prefix}{key}"
        if key not in base:
            raise SettingsError(name, "unknown setting (see truce config show for every key)", field=dotted)
        default = base[key]
        if isinstance(default, dict):
            if not isinstance(value, Mapping):
                raise SettingsError(name, "expected a table", field=dotted)
            out[key] = _merge(default, value, name, dotted + ".")
            continue
        out[key] = _check_type(default, value, name, dotted)
    return out


def _check_type(default: Any, value: Any, name: str, dotted: str) -> Any:
    if isinstance(default, bool) or isinstance(value, bool):
        if type(default) is not type(value):
            raise SettingsError(name, f"expected {type(default).__name__}, got {value!r}", field=dotted)
        return value
    if isinstance(default, float) and isinstance(value, int):
        return float(value)
    if isinstance(default, list) and isinstance(value, list):
        return value
    if type(default) is not type(value):
        raise SettingsError(name, f"expected {type(default).__name__}, got {value!r}", field=dotted)
    return value


def load_settings(*paths: str | Path, overrides: Mapping[str, Any] | None = None) -> Settings:
    """The defaults, overridden by each file in ``paths`` in order, then by ``overrides``."""
    values = default_values()
    origin = ["defaults"]
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise SettingsError(path, f"cannot be read: {exc.strerror or exc}") from exc
        values = _merge(values, _parse(text, str(path)), str(path))
        origin.append(str(path))
    if overrides:
        values = _merge(values, overrides, "overrides")
        origin.append("overrides")
    return Settings(values, tuple(origin))


_DEFAULTS: Settings | None = None


def default_settings() -> Settings:
    """The shipped defaults (cached): what ``TruceConfig()`` carries unless told otherwise."""
    global _DEFAULTS
    if _DEFAULTS is None:
        _DEFAULTS = load_settings()
    return _DEFAULTS


def dump_toml(values: Mapping[str, Any]) -> str:
    """Write a settings tree as TOML (tables of scalars and lists; enough for settings)."""
    lines: list[str] = []

    def table(prefix: str, data: Mapping[str, Any]) -> None:
        scalars = [(k, v) for k, v in data.items() if not isinstance(v, Mapping)]
        tables = [(k, v) for k, v in data.items() if isinstance(v, Mapping)]
        if prefix and scalars:
            lines.append(f"\n[{prefix}]")
        for key, value in scalars:
            lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
        for key, value in tables:
            table(f"{prefix}.{_toml_key(key)}" if prefix else _toml_key(key), value)

    table("", values)
    return "\n".join(lines).lstrip("\n") + "\n"


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")
