"""Geometry, time windows and place scope of the monitor, including property tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from truce.geo.distance import haversine_km
from truce.monitor import POSSIBLE, VIOLATION, judge, loads_truce
from truce.monitor.geometry import in_polygon
from truce.monitor.timewin import event_interval, parse_local
from truce.records import ActorRef, Event, EventLocation

TRIPOLI = ZoneInfo("Africa/Tripoli")
BOX = [[(10.0, 20.0), (12.0, 20.0), (12.0, 24.0), (10.0, 24.0)]]


@given(st.floats(8, 14), st.floats(18, 26))
def test_point_in_rectangle_matches_bounds(lon, lat):
    inside = 10 < lon < 12 and 20 < lat < 24
    on_edge = lon in (10, 12) or lat in (20, 24)
    if not on_edge:
        assert in_polygon(lon, lat, BOX) == inside


@given(st.floats(-80, 80), st.floats(-179, 179), st.floats(-80, 80), st.floats(-179, 179))
def test_haversine_is_symmetric_and_bounded(a, b, c, d):
    assert haversine_km(a, b, c, d) == pytest.approx(haversine_km(c, d, a, b))
    assert 0 <= haversine_km(a, b, c, d) <= 20016


def test_one_degree_of_latitude():
    assert haversine_km(31.0, 16.0, 32.0, 16.0) == pytest.approx(111.19, abs=0.05)


def test_local_midnight_and_offsets():
    assert parse_local("2026-03-01 00:00", TRIPOLI) == datetime(2026, 2, 28, 22, tzinfo=UTC)
    assert parse_local("2026-03-01T00:00:00Z", TRIPOLI) == datetime(2026, 3, 1, tzinfo=UTC)


def test_event_intervals():
    day = event_interval("2026-03-01", "day", TRIPOLI)
    assert (day.lo, day.hi) == (datetime(2026, 2, 28, 22, tzinfo=UTC), datetime(2026, 3, 1, 22, tzinfo=UTC))
    month = event_interval("2026-02-01", "month", TRIPOLI)
    assert month.hi == datetime(2026, 2, 28, 22, tzinfo=UTC)
    reported = event_interval("2026-03-02", "reported", TRIPOLI)
    assert reported.lo < day.lo and reported.hi > day.hi
    assert event_interval("garbage", "day", TRIPOLI) is None


ADMIN = """
name: Province truce
timezone: Africa/Tripoli
sources: [x]
start: 2026-03-01
parties: [{id: gnu, name: Government, accepted: 2026-03-01, match: [{country: LBY, sector: [MIL]}]}]
area:
  admin1: [Misratah]
  places: [{name: Sirte, lat: 31.2089, lon: 16.5887, radius_km: 30}]
prohibited: [{event: ASSAULT}]
"""


def _ev(loc: EventLocation) -> Event:
    return Event(id="e", article_id="a", event="ASSAULT", date="2026-03-05",
                 actor=[ActorRef("army", country="LBY", sector="MIL")], recipient=[ActorRef("rebels", "LBY")],
                 location=loc)


def test_admin_region_and_imprecise_places():
    truce = loads_truce(ADMIN)
    in_admin = EventLocation(name="Zliten", lat=32.47, lon=14.57, country="LBY", admin1="Misratah", precision="city")
    assert judge([_ev(in_admin)], truce)[0].verdict == VIOLATION
    province = EventLocation(name="Misratah", lat=31.5, lon=15.5, country="LBY", admin1="Misratah",
                             precision="admin1")
    assert judge([_ev(province)], truce)[0].verdict == VIOLATION
    country = EventLocation(name="Libya", country="LBY", precision="country")
    assert judge([_ev(country)], truce)[0].verdict == POSSIBLE


def test_docs_example_is_the_shipped_file_and_loads():
    root = Path(__file__).resolve().parents[1]
    doc = root / "docs" / "truces.md"
    if not doc.exists():
        pytest.skip("docs not present")
    shipped = (root / "src" / "truce" / "data" / "truces" / "libya-2026.yaml").read_text()
    assert shipped in doc.read_text()
    assert loads_truce(shipped).units
