"""One model of a renamed group's names, shared by the actor dictionaries and truce files.

Armed groups rename themselves (Ansar al-Sahil -> Jabhat Fajr al-Sahil -> Sahil Liberation
Committee), and both the actor coder (which name, sector and country a group had on the event's
date) and the monitor (which name an excluded group bore then) need the same answer. A
``NamePeriod`` holds one name and the days it was in use as a half-open range of calendar days
``[start, end)``. Both file formats may write the bounds either way:

* ``from: 2026-01-01`` - the first day the name is in use;
* ``to: 2026-03-09`` - the last day it is in use (inclusive, the actor dictionaries' habit);
* ``until: 2026-03-10`` - the first day it is no longer in use (exclusive, the truce files' habit).

Days are local calendar days: the monitor reads an event's instant in the truce's time zone first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any


class NamePeriodError(ValueError):
    """A name period that cannot be read (a bad date, no name, bounds in the wrong order)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class NamePeriod:
    """One name of a renamed group and the days it was in use, ``[start, end)`` (None: open)."""

    name: str
    start: date | None = None  # first day in use
    end: date | None = None  # first day no longer in use
    sector: str | None = None  # the group's sector while it bore this name (actor dictionaries)
    country: str | None = None
    aliases: tuple[str, ...] = ()

    def covers(self, day: date | datetime | str | None) -> bool:
        d = as_day(day)
        if d is None:
            return False
        return (self.start is None or self.start <= d) and (self.end is None or d < self.end)


def as_day(value: date | datetime | str | None) -> date | None:
    """A calendar day from a date, a datetime (its own day) or an ISO string (its first ten characters)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _bound(item: Mapping[str, Any], key: str) -> date | None:
    if item.get(key) is None:
        return None
    day = as_day(item[key])
    if day is None:
        raise NamePeriodError(key, f"{item[key]!r} is not a date (YYYY-MM-DD)")
    return day


def name_period(item: Mapping[str, Any]) -> NamePeriod:
    """Read ``{name, from, to | until, sector, country, aliases}``; raises ``NamePeriodError`` naming the field."""
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise NamePeriodError("name", "missing: every period needs a name")
    if item.get("to") is not None and item.get("until") is not None:
        raise NamePeriodError("until", "give 'to' (last day) or 'until' (first day after), not both")
    start = _bound(item, "from")
    last = _bound(item, "to")
    end = last + timedelta(days=1) if last is not None else _bound(item, "until")
    if start is not None and end is not None and end <= start:
        raise NamePeriodError("until" if item.get("until") is not None else "to", "is not after 'from'")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    return NamePeriod(name.strip(), start, end, item.get("sector"), item.get("country"),
                      tuple(str(a) for a in aliases))


def period_at(periods: Iterable[NamePeriod], day: date | datetime | str | None) -> NamePeriod | None:
    """The period in use on ``day`` (the first that covers it)."""
    return next((p for p in periods if p.covers(day)), None)
