"""Publication times from the top of an article: the clock time of a date line survives."""

from __future__ import annotations

from truce.records import Article
from truce.time import EventDater
from truce.time.published import find_evidence

BODY = "Militia fighters shelled a market in the town on Tuesday, officials said."


def _dated(text: str, **kw) -> Article:
    return EventDater().date_article(Article(id="x", text=text, **kw))


def test_published_line_time_resolved_in_the_dateline_city_zone() -> None:
    a = _dated(f"Harbour fire spreads\nPublished: 3 March 2026 09:05\n\nCAIRO, March 3 (Nile Desk) - {BODY}")
    assert a.published == "2026-03-03T09:05:00+02:00"  # Africa/Cairo, no daylight saving in March
    assert a.source == "Nile Desk" and a.meta["source_from"] == "dateline"


def test_published_line_without_zone_or_city_stays_naive_local_time() -> None:
    a = _dated(f"Harbour fire spreads\nPublished: 3 March 2026 17:45\n\n{BODY}")
    assert (a.published, a.published_source) == ("2026-03-03T17:45:00", "text")
    assert a.source is None


def test_zone_named_on_the_line_wins_and_pm_is_read() -> None:
    assert find_evidence(f"Updated: 4 May 2025 6.10 p.m. GMT\n{BODY}").stamp() == "2025-05-04T18:10:00+00:00"
    assert find_evidence(f"Published: 4 May 2025 06:10 -0300\n{BODY}").stamp() == "2025-05-04T06:10:00-03:00"
    assert find_evidence(f"Published: 4 May 2025 25:10\n{BODY}").stamp() == "2025-05-04"


def test_bare_metadata_date_gains_the_time_of_the_same_day_only() -> None:
    text = f"Published: 3 March 2026 09:05\n\n{BODY}"
    same = _dated(text, published="2026-03-03", published_source="metadata")
    assert (same.published, same.published_source) == ("2026-03-03T09:05:00", "metadata")
    other = _dated(text, published="2026-03-04", published_source="metadata")
    assert other.published == "2026-03-04"


def test_dateline_agency_never_replaces_a_known_outlet() -> None:
    a = _dated(f"KHARTOUM, June 2 (Nile Desk) - {BODY}", url="https://river.example/a", source="river.example")
    assert a.source == "river.example"
