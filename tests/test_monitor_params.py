"""The monitor's numbers come from ``[monitor]`` in the settings: a user's value takes effect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from truce.monitor.confidence import confidence
from truce.monitor.engine import Activity, ActivityIndex, dateline_place
from truce.monitor.params import MonitorParams, default_params
from truce.monitor.timewin import Interval, event_interval, zone
from truce.records import Event, EventLocation, Place
from truce.settings import load_settings


def params(**monitor) -> MonitorParams:
    return MonitorParams.from_settings(load_settings(overrides={"monitor": monitor}))


def report(article: str) -> Event:
    where = EventLocation(name="Sirte", lat=31.2, lon=16.6, country="LBY", precision="city")
    return Event(id=article, article_id=article, event="ASSAULT", sentence="Shelling hit the town.",
                 location=where, date="2026-03-05", date_precision="day")


def test_the_dataclass_has_no_defaults_of_its_own():
    assert default_params() == MonitorParams.from_settings(load_settings())
    assert default_params().source_doubt == 0.5 and default_params().activity_index_span == timedelta(days=4)


def test_source_doubt_sets_how_much_each_source_adds():
    support = [report("a1"), report("a2")]
    assert confidence(support, [], None)[0] == 0.75  # 1 - 0.5 ** 2
    assert confidence(support, [], None, params(source_doubt=0.2))[0] == 0.96  # 1 - 0.2 ** 2


def test_dateline_in_capitals_follows_the_settings():
    line = Place("BOGOTA", 5, 11, name="Bogotá", lat=4.61, lon=-74.08, country="COL", precision="city")
    assert dateline_place([line]) is None  # starts after the third character
    assert dateline_place([line], params(dateline_max_start=5)) is line
    assert dateline_place([line], params(dateline_max_start=5, dateline_min_chars=6)) is None


def test_reported_dates_reach_back_the_configured_days():
    tz = zone("UTC")
    day = datetime(2026, 3, 2, tzinfo=UTC)
    assert event_interval("2026-03-02", "reported", tz).lo == day - timedelta(days=3)
    assert event_interval("2026-03-02", "reported", tz, timedelta(days=1)).lo == day - timedelta(days=1)


def test_activity_longer_than_the_index_span_is_checked_every_time():
    lo = datetime(2026, 3, 1, tzinfo=UTC)
    week = Activity("g", 31.2, 16.6, Interval(lo, lo + timedelta(days=7)), "e1")
    assert ActivityIndex([week]).wide == [week]
    assert ActivityIndex([week], params(activity_index_span_days=8)).wide == []
