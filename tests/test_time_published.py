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


def test_a_dateline_whose_country_has_several_words_is_a_dateline() -> None:
    """"JUBA, South Sudan, Nov 20 (Wire) -" (our own writing): before, only a one-word country was read, so
    the dateline's "Nov 20" dated the story's first event and was even coded as its actor."""
    from truce.time.published import find_dateline

    for text, city in [("JUBA, South Sudan, Nov 20 (Equatoria Wire) - Army troops took over two villages", "JUBA"),
                       ("GOMA, Democratic Republic of Congo, May 2 (Lake Wire) - Rebels shelled", "GOMA"),
                       ("LASHIO, Myanmar, Oct 12 (Shan Hills Wire) - Fighters ambushed", "LASHIO")]:
        found = find_dateline(text)
        assert found is not None and found.city == city and text[found.end:][0].isupper()
    assert find_dateline("JUBA, South Sudan - Army troops took over two villages") is None  # no date, no agency


def test_the_story_of_a_two_word_country_dateline_is_dated_by_its_own_words() -> None:
    from truce.pipeline import code

    text = ("JUBA, South Sudan, Nov 20 (Equatoria Wire) - Army troops took over two villages west of Yei on "
            "Wednesday, the rebels said on Thursday.")
    events = [e for e in code(text, published="2026-11-20T07:00:00+00:00") if e.modality.asserted]
    assert events and events[0].date == "2026-11-18"
    assert all("Nov" not in a.text for e in events for a in e.actor)


def test_a_content_farms_posted_on_line_with_its_byline_dates_the_article() -> None:
    """"Posted on November 15, 2026 by admin" (a content farm's date line, issue 12) is a date line: it
    dates the article and is header matter, not the first sentence's date."""
    evidence = find_evidence(f"Posted on November 15, 2026 by admin\n\n{BODY}")
    assert evidence.published == "2026-11-15"
