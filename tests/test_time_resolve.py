"""Date expressions and their resolution against a publication date (no spaCy needed)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from truce.time.expressions import find_expressions
from truce.time.published import find_evidence
from truce.time.resolve import resolve, weekday_date, yearless_date
from truce.time.zones import country_zone

WED = date(2026, 3, 4)  # a Wednesday
MON = date(2026, 3, 9)  # a Monday


def one(text: str, ref: date = WED, future: bool = False, local=None) -> tuple[str, str, str]:
    """(expression text, ISO date, precision) of the only expression in ``text``."""
    exprs = find_expressions(text)
    assert len(exprs) == 1, exprs
    got = resolve(exprs[0], ref, future, local)
    assert got is not None
    return exprs[0].text, got.iso(), got.precision


@pytest.mark.parametrize("text,ref,future,expected", [
    ("on Monday", WED, False, "2026-03-02"),
    ("on Wednesday", WED, False, "2026-03-04"),  # same weekday as publication: that day
    ("last Wednesday", WED, False, "2026-02-25"),  # "last": strictly before
    ("last Monday", MON, False, "2026-03-02"),
    ("on Monday", MON, False, "2026-03-09"),
    ("on Friday", WED, True, "2026-03-06"),  # future: the next one
    ("on Wednesday", WED, True, "2026-03-11"),  # future, same weekday: a week later
    ("next Tuesday", WED, False, "2026-03-10"),
    ("Sunday night", WED, False, "2026-03-01"),
    ("Monday's", WED, False, "2026-03-02"),
])
def test_weekdays(text: str, ref: date, future: bool, expected: str) -> None:
    assert one(text, ref, future)[1:] == (expected, "day")


@pytest.mark.parametrize("text,future,expected,precision", [
    ("yesterday", False, "2026-03-03", "day"),
    ("today", False, "2026-03-04", "day"),
    ("tonight", True, "2026-03-04", "day"),
    ("earlier in the day", False, "2026-03-04", "day"),
    ("overnight", False, "2026-03-03", "day"),
    ("overnight", True, "2026-03-04", "day"),
    ("tomorrow", True, "2026-03-05", "day"),
    ("last week", False, "2026-02-23", "week"),
    ("next week", True, "2026-03-09", "week"),
    ("last month", False, "2026-02-01", "month"),
    ("next month", True, "2026-04-01", "month"),
    ("last year", False, "2025-01-01", "year"),
    ("in recent days", False, "2026-02-26", "week"),
    ("three days ago", False, "2026-03-01", "day"),
])
def test_relative(text: str, future: bool, expected: str, precision: str) -> None:
    assert one(text, WED, future)[1:] == (expected, precision)


@pytest.mark.parametrize("text,ref,future,expected", [
    ("May 17", date(2026, 5, 20), False, "2026-05-17"),
    ("December 30", date(2026, 1, 3), False, "2025-12-30"),  # rollover back
    ("January 5", date(2025, 12, 22), True, "2026-01-05"),  # rollover forward for future events
    ("January 5", date(2025, 12, 22), False, "2025-01-05"),  # past event: last January
    ("on 2 March", WED, False, "2026-03-02"),
    ("2 March 2026", date(2020, 1, 1), False, "2026-03-02"),
    ("March 1, 2026", WED, False, "2026-03-01"),
    ("Sept. 9", date(2026, 5, 20), False, "2025-09-09"),
    ("2026-02-25", WED, False, "2026-02-25"),
])
def test_explicit_dates(text: str, ref: date, future: bool, expected: str) -> None:
    assert one(text, ref, future)[1:] == (expected, "day")


@pytest.mark.parametrize("text,expected,precision", [
    ("between March 1 and 3", "2026-03-01", "week"),
    ("from Monday to Wednesday", "2026-03-02", "week"),
    ("from February 2 to March 1", "2026-02-02", "month"),
    ("February 10-12", "2026-02-10", "week"),
    ("between 20 and 25 February", "2026-02-20", "week"),
    ("in January", "2026-01-01", "month"),
    ("in March 2025", "2025-03-01", "month"),
    ("in 2024", "2024-01-01", "year"),
])
def test_ranges_months_years(text: str, expected: str, precision: str) -> None:
    assert one(text)[1:] == (expected, precision)


def test_range_across_new_year() -> None:
    assert one("between December 28 and January 2", date(2026, 1, 3))[1:] == ("2025-12-28", "week")


def test_month_is_capitalised_so_modal_may_is_not_a_month() -> None:
    assert find_expressions("Rebels may march on the capital.") == []


@pytest.mark.parametrize("text,local,expected", [
    ("at 23:59 local time on Tuesday", "LBY", "2026-03-03T23:59+02:00"),  # Libya: UTC+2, Africa/Tripoli
    ("at 00:00 Damascus time on Saturday", None, "2026-02-28T00:00+03:00"),
    ("at 06:00 GMT on Monday", None, "2026-03-02T06:00+00:00"),
    ("at 11 p.m. local time on Sunday", "AFG", "2026-03-01T23:00+04:30"),
    ("at 3 a.m. (0100 GMT) on Friday", None, "2026-02-27T01:00+00:00"),
    ("at 8 p.m. on Monday", None, "2026-03-02T20:00"),  # no zone: local clock time, no offset
    ("at midnight Kyiv time on Sunday", None, "2026-03-01T00:00+02:00"),
])
def test_times_with_zones(text: str, local: str | None, expected: str) -> None:
    assert one(text, local=country_zone(local))[1] == expected


def test_zone_offset_follows_daylight_saving() -> None:
    # Europe/Kyiv moves to UTC+3 at 03:00 local on 29 March 2026.
    assert one("at 05:00 Kyiv time today", date(2026, 3, 29))[1] == "2026-03-29T05:00+03:00"
    assert one("at 05:00 Kyiv time yesterday", date(2026, 3, 29))[1] == "2026-03-28T05:00+02:00"


def test_weekday_and_year_helpers() -> None:
    assert weekday_date(0, MON, "", False) == MON
    assert weekday_date(0, MON, "last", False) == date(2026, 3, 2)
    assert yearless_date(2, 30, WED, False) is None  # no February 30 in any year


@pytest.mark.parametrize("text,published,source,city", [
    ("TRIPOLI, March 2, 2026 (Wire) - Clashes erupted.", "2026-03-02", "dateline", "TRIPOLI"),
    ("March 5, 2026 — Gunmen attacked a bus.", "2026-03-05", "dateline", None),
    ("Truce holds\nPublished: 2 March 2026\nGunmen attacked a bus.", "2026-03-02", "text", None),
    ("KYIV (Wire) — Drones hit the city.", None, "unknown", "KYIV"),
    ("Clashes erupted on March 2, 2026 in the city.", None, "unknown", None),
])
def test_publication_evidence(text: str, published: str | None, source: str, city: str | None) -> None:
    ev = find_evidence(text)
    assert (ev.published, ev.source, ev.city) == (published, source, city)


def test_yearless_dateline_takes_year_from_reference() -> None:
    assert find_evidence("TRIPOLI, Dec. 30 (Wire) - Clashes.", date(2026, 1, 2)).published == "2025-12-30"
    assert find_evidence("TRIPOLI, Dec. 30 (Wire) - Clashes.").published is None


@pytest.mark.parametrize("text,ref,expected,precision", [
    ("on New Year's Eve", date(2026, 1, 3), "2025-12-31", "day"),
    ("on Christmas Day", date(2026, 1, 3), "2025-12-25", "day"),
    ("at the end of January", WED, "2026-01-01", "month"),
])
def test_holidays_and_month_parts(text: str, ref: date, expected: str, precision: str) -> None:
    assert one(text, ref)[1:] == (expected, precision)


def test_anchored_needs_an_anchor() -> None:
    (expr,) = find_expressions("two days later")
    assert resolve(expr, WED) is None
    got = resolve(expr, WED, anchor=date(2026, 3, 1))
    assert got is not None and got.day == date(2026, 3, 3)


def test_the_day_before_a_noun_phrase_is_not_anchored() -> None:
    assert find_expressions("the day before the vote") == []


_PIECES = ["on", "Monday", "last", "next", "March", "May", "Sept.", "31", "30", "2026", "1999", "-", "and",
           "between", "from", "to", "at", "23:59", "12", "p.m.", "local time", "GMT", "+3", "(", ")",
           "Damascus time", "yesterday", "overnight", "days ago", "two", "the following day", "in", "of",
           "2026-02-30", "2026-03-01", "New Year's Eve", "'s", ",", "week", "month", "recent days", "since"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), st.booleans(),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_scanner_and_resolver_never_crash(words: list[str], future: bool, ref: date) -> None:
    text = " ".join(words)
    for expr in find_expressions(text):
        assert text[expr.start:expr.end] == expr.text
        got = resolve(expr, ref, future, country_zone("LBY"), anchor=ref)
        if got is not None:
            assert got.precision in ("day", "week", "month", "year")
            date.fromisoformat(got.iso()[:10])
