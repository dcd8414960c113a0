"""Resolve a ``DateExpr`` against a reference (publication) date.

The result is the first day of the period the expression names plus a
precision (the period's size): day, week (7 days from the date), month
(calendar month; for ranges, up to 31 days), year. Past is the default
reading; events flagged future read weekdays, yearless dates and bare months
forwards. See docs/dates.md for every rule.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from truce.settings import Section, default_settings
from truce.time.expressions import DateExpr
from truce.time.lexicon import lexicon, month_names, weekday_names
from truce.time.zones import abbreviation_zone, named_zone


@dataclass(frozen=True)
class Resolved:
    """A resolved expression: a day (or period start), its precision, and an optional clock time."""

    day: date
    precision: str
    time: tuple[int, int] | None = None
    tz: tzinfo | None = None

    def iso(self) -> str:
        """ISO date, or ISO datetime (with offset when the zone is known) when a time was given."""
        if self.time is None:
            return self.day.isoformat()
        moment = datetime(self.day.year, self.day.month, self.day.day, *self.time, tzinfo=self.tz)
        return moment.isoformat(timespec="minutes")


def _month(name: str) -> int:
    return month_names()[name.rstrip(".")]


def _weekday(name: str) -> int:
    return weekday_names()[name.rstrip(".")]


def weekday_date(wd: int, ref: date, mod: str, future: bool) -> date:
    """"on Monday": latest on/before ref; "last Monday": strictly before; future/"next": strictly after."""
    mod = mod.lower()
    if mod in ("next", "coming") or (future and mod not in ("last", "past", "since")):
        if mod == "this":
            return ref + timedelta(days=(wd - ref.weekday()) % 7)
        return ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    if mod in ("last", "past"):
        return ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def yearless_date(m: int, d: int, ref: date, future: bool, window: int | None = None) -> date | None:
    """Pick the year: past reading = latest candidate up to ``window`` days after ref; future = earliest
    from ref - ``window`` days (``[time] yearless_window_days``)."""
    window = default_settings().time.yearless_window_days if window is None else window
    cands = [c for c in (_safe_date(ref.year + k, m, d) for k in (-1, 0, 1)) if c is not None]
    if not cands:
        return None
    if future:
        ok = [c for c in cands if c >= ref - timedelta(days=window)]
        return min(ok) if ok else max(cands)
    ok = [c for c in cands if c <= ref + timedelta(days=window)]
    return max(ok) if ok else min(cands)


def _explicit(f: dict[str, Any], ref: date, future: bool, window: int) -> Resolved | None:
    m, d = _month(f["m"]), int(f["d"])
    day = _safe_date(int(f["y"]), m, d) if "y" in f else yearless_date(m, d, ref, future, window)
    return Resolved(day, "day") if day else None


def _span_precision(days: int) -> str:
    """Precision that covers a range of ``days`` days."""
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "year"


def _range(f: dict[str, Any], ref: date, future: bool, window: int) -> Resolved | None:
    m2 = _month(f["m2"]) if "m2" in f else None
    m1 = _month(f["m1"]) if "m1" in f else m2
    if m1 is None:
        return None
    d1, d2 = int(f["d1"]), int(f["d2"])
    start = _safe_date(int(f["y"]), m1, d1) if "y" in f else yearless_date(m1, d1, ref, future, window)
    if start is None:
        return None
    end = _safe_date(start.year, m2 or m1, d2)
    if end is not None and end < start:
        end = _safe_date(start.year + 1, m2 or m1, d2)
    length = (end - start).days + 1 if end else 1
    return Resolved(start, _span_precision(length))


def _weekday_range(f: dict[str, Any], ref: date, future: bool) -> Resolved:
    w1, w2 = _weekday(f["w1"]), _weekday(f["w2"])
    start = weekday_date(w1, ref, "", future)
    if not future:  # the whole range lies on or before ref
        end = weekday_date(w2, ref, "", future)
        start = end - timedelta(days=(w2 - w1) % 7)
    return Resolved(start, _span_precision((w2 - w1) % 7 + 1))


def _month_expr(f: dict[str, Any], ref: date, future: bool) -> Resolved:
    m = _month(f["m"])
    mod = f.get("mod", "").lower()
    if "y" in f:
        return Resolved(date(int(f["y"]), m, 1), "month")
    forward = mod == "next" or (future and mod != "last")
    if forward:
        year = ref.year if m >= ref.month else ref.year + 1
    else:
        year = ref.year if m <= ref.month else ref.year - 1
    return Resolved(date(year, m, 1), "month")


def _shift_unit(ref: date, unit: str, offset: int) -> date:
    if unit == "week":
        return ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 + offset
        return date(months // 12, months % 12 + 1, 1)
    return date(ref.year + offset, 1, 1)


def _relative(f: dict[str, Any], ref: date, future: bool) -> Resolved:
    rule = lexicon()["relative"][" ".join(f["rel"].lower().split())]
    if rule.get("weekend"):
        sat = weekday_date(calendar.SATURDAY, ref, "this" if future else "", future)
        if not future and ref.weekday() == calendar.SUNDAY:
            sat = ref - timedelta(days=1)
        return Resolved(sat, rule["precision"])
    if "unit" in rule:
        return Resolved(_shift_unit(ref, rule["unit"], int(rule["offset"])), rule["precision"])
    days = rule.get("future_days", rule["days"]) if future else rule["days"]
    return Resolved(ref + timedelta(days=int(days)), rule["precision"])


def _ago(f: dict[str, Any], ref: date) -> Resolved:
    n = int(f["n"]) if f["n"].isdigit() else int(lexicon()["numbers"][f["n"].lower()])
    unit = f["u"].lower()
    if unit == "day":
        return Resolved(ref - timedelta(days=n), "day")
    if unit == "week":
        return Resolved(ref - timedelta(weeks=n), "week")
    if unit == "month":
        return Resolved(_shift_unit(ref, "month", -n), "month")
    return Resolved(date(ref.year - n, 1, 1), "year")


def valid_clock(hour: int, minute: int) -> bool:
    """A time a clock can show: "11:72 p.m." and "25:00" are not."""
    return 0 <= hour <= 23 and 0 <= minute <= 59


def clock(f: dict[str, Any], local: tzinfo | None) -> tuple[tuple[int, int], tzinfo | None] | None:
    """(hour, minute) and zone of a time expression ("local time" uses ``local``); None if impossible."""
    word = f.get("word", "").lower()
    if word:
        hm = (0, 0) if word == "midnight" else (12, 0)
    else:
        h, mi = int(f["h"]), int(f.get("mi", 0))
        ap = f.get("ap", "").lower().replace(".", "")
        if ap == "pm" and h < 12:
            h += 12
        elif ap == "am" and h == 12:
            h = 0
        if not valid_clock(h, mi):
            return None
        hm = (h, mi)
    tz: tzinfo | None = None
    if "zabbr" in f:
        tz = abbreviation_zone(f["zabbr"], int(f.get("zshift", "0").replace(" ", "")))
    elif "zname" in f:
        tz = named_zone(f["zname"])
    elif "zlocal" in f:
        tz = local
    return hm, tz


def _anchored(f: dict[str, Any], anchor: date) -> Resolved:
    if "rel" in f:
        rule = lexicon()["anchored"][" ".join(f["rel"].lower().split())]
        return Resolved(anchor + timedelta(days=int(rule["days"])), rule["precision"])
    n = int(f["n"]) if f["n"].isdigit() else int(lexicon()["numbers"][f["n"].lower()])
    sign = 1 if f["dir"].lower() == "later" else -1
    if f["u"].lower() == "week":
        return Resolved(anchor + timedelta(weeks=sign * n), "week")
    return Resolved(anchor + timedelta(days=sign * n), "day")


def _holiday(f: dict[str, Any], ref: date, future: bool, window: int) -> Resolved | None:
    key = f["hol"].replace("’", "'")
    month, day = lexicon()["holidays"][key]
    found = yearless_date(int(month), int(day), ref, future, window)
    return Resolved(found, "day") if found else None


def resolve(expr: DateExpr, ref: date, future: bool = False, local: tzinfo | None = None,
            anchor: date | None = None, settings: Section | None = None) -> Resolved | None:
    """Resolve ``expr`` against ``ref``; None when it names no valid date.

    ``anchor`` is the date an anchored expression ("the following day") counts from;
    without one such an expression is unresolved. Text can name days no calendar has
    ("3000 years ago", "in 0000"): those are unresolved too, never an exception.
    """
    window = (settings if settings is not None else default_settings().time).yearless_window_days
    try:
        return _resolve(expr, ref, future, local, anchor, window)
    except (ValueError, OverflowError):
        return None


def _resolve(expr: DateExpr, ref: date, future: bool, local: tzinfo | None, anchor: date | None, window: int
             ) -> Resolved | None:
    f, kind = expr.fields, expr.kind
    if kind == "anchored":
        return _anchored(f, anchor) if anchor else None
    if kind == "holiday":
        return _holiday(f, ref, future, window)
    if kind == "datetime":
        day = _resolve(f["day"], ref, future, local, anchor, window)
        if day is None:
            return None
        clocked = clock(f["time"].fields, local)
        if clocked is None:  # an impossible time ("11:72 p.m."): the day alone
            return day
        return Resolved(day.day, day.precision, *clocked)
    if kind == "time":
        clocked = clock(f, local)
        return Resolved(ref, "day", *clocked) if clocked else None
    if kind == "iso":
        day = _safe_date(int(f["y"]), int(f["m"]), int(f["d"]))
        hm = (int(f["H"]), int(f["M"])) if "H" in f else None
        if hm is not None and not valid_clock(*hm):
            hm = None
        return Resolved(day, "day", hm) if day else None
    if kind == "explicit":
        return _explicit(f, ref, future, window)
    if kind == "range":
        return _range(f, ref, future, window)
    if kind == "weekday_range":
        return _weekday_range(f, ref, future)
    if kind == "month":
        return _month_expr(f, ref, future)
    if kind == "year":
        return Resolved(date(int(f["y"]), 1, 1), "year")
    if kind == "weekday":
        return Resolved(weekday_date(_weekday(f["w"]), ref, f.get("mod", ""), future), "day")
    if kind == "relative":
        return _relative(f, ref, future)
    if kind == "ago":
        return _ago(f, ref)
    return None
