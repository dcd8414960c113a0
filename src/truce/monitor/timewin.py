"""Times and time windows: truce clocks are local, event dates are intervals.

A truce that starts "at 00:00 local time" in Africa/Tripoli starts at 22:00 UTC
the day before; all comparisons are made between aware UTC datetimes. An event
dated only to a day, week or month is an interval, not an instant, so it can lie
wholly inside a truce, wholly outside it, or straddle a boundary (a *possible*).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from truce.monitor.params import default_params


class TimeFormatError(ValueError):
    """A date/time or time zone the monitor cannot read."""


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` (e.g. Africa/Tripoli) or a clear error."""
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeFormatError(f"unknown time zone {name!r} (use an IANA name such as Africa/Tripoli)") from exc


def parse_local(value: object, tz: tzinfo) -> datetime:
    """A truce-file time as an aware UTC datetime.

    ``2026-03-01`` and ``2026-03-01 00:00`` are local wall-clock times in ``tz``;
    a value with its own offset (``...+02:00`` or ``Z``) keeps that offset.
    """
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError as exc:
            raise TimeFormatError(f"cannot read {value!r} as a date or time (use 'YYYY-MM-DD HH:MM')") from exc
    else:
        raise TimeFormatError(f"expected a date or time, got {value!r}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(UTC)


@dataclass(frozen=True)
class Interval:
    """Half-open [lo, hi) in UTC; ``exact`` when the source gave a clock time."""

    lo: datetime
    hi: datetime
    exact: bool = False

    def relation(self, start: datetime, end: datetime | None) -> str:
        """'inside', 'outside' or 'straddles' the window [start, end)."""
        if self.hi <= start or (end is not None and self.lo >= end):
            return "outside"
        if self.lo >= start and (end is None or self.hi <= end):
            return "inside"
        return "straddles"


def event_interval(value: str | None, precision: str | None, tz: tzinfo,
                   lookback: timedelta | None = None) -> Interval | None:
    """The span of time an event date stands for, read in the truce's zone when it has no offset.

    Day-precise dates are the local calendar day (reports name the local day);
    ``week``/``month``/``year`` widen it; ``reported`` means "by the report date", reaching back
    ``lookback`` (default: ``[monitor] reported_lookback_days``).
    """
    if not value:
        return None
    text = str(value).strip()
    try:
        if len(text) > 10:
            instant = parse_local(text, tz)
            return Interval(instant, instant + timedelta(seconds=1), exact=True)
        day = date.fromisoformat(text[:10]) if len(text) == 10 else _partial(text)
    except (TimeFormatError, ValueError):
        return None
    start = datetime.combine(day, time(), tzinfo=tz)
    days = _span_days(day, precision, len(text))
    if precision == "reported" and lookback is None:
        lookback = default_params().reported_lookback
    lo = start - lookback if precision == "reported" else start
    return Interval(lo.astimezone(UTC), (start + timedelta(days=days)).astimezone(UTC))


def _partial(text: str) -> date:
    """'2026-03' or '2026' as the first day of that month or year."""
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, 1)


def _span_days(day: date, precision: str | None, length: int) -> int:
    if precision == "year" or length == 4:
        return 366 if calendar.isleap(day.year) else 365
    if precision == "month" or length == 7:
        return calendar.monthrange(day.year, day.month)[1] - day.day + 1
    if precision == "week":
        return 7
    return 1


def utc_day(instant: datetime, tz: tzinfo) -> str:
    """The local calendar day (ISO) of an instant, for daily tables."""
    return instant.astimezone(tz).date().isoformat()
