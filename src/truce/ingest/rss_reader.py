"""RSS / Atom feeds: one article per entry, from its content, its summary, or else its title.

feedparser only ever gets bytes in a file object (given a str that looks like a
URL it would fetch it). Each field is read by the type feedparser reports: HTML is
flattened to text with paragraph breaks and its entities decoded exactly once
("R&amp;amp;B" in the XML is the HTML "R&amp;B", which is the text "R&B"); plain
text is taken as it is. An entry with neither content nor summary is coded from its
title (``meta["text_from"] = "title"``), as headline-only feeds carry the news there.
At most ``[ingest] max_feed_items`` entries are read from one feed.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.html

from truce.config import TruceConfig
from truce.ingest.article import build_article
from truce.ingest.dates import date_from_url, metadata_date, normalise_date
from truce.records import Article, Skipped

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")
_MARKUP_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per block element, entities decoded once."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    try:
        tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - junk markup: fall back to the decoded string
        return html.unescape(fragment).strip()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def field_text(value: Any, detail: Any) -> str:
    """The text of one feed field, read as HTML or as plain text by its declared type."""
    if not isinstance(value, str) or not value.strip():
        return ""
    kind = detail.get("type") if isinstance(detail, dict) else None
    if kind is None or str(kind).lower() in _MARKUP_TYPES:
        return html_fragment_text(value)
    return value.strip()


def read_feed(data: bytes, origin: str, config: TruceConfig) -> Iterator[Article | Skipped]:
    feed = feedparser.parse(io.BytesIO(data))
    entries = feed.get("entries") or []
    if not entries:
        reason = f": {feed.get('bozo_exception')}" if feed.get("bozo") else ""
        yield Skipped(origin=origin, kind="malformed-feed", message=f"feed has no entries{reason}")
        return
    limit = config.settings.ingest.max_feed_items
    for number, entry in enumerate(entries[:limit], start=1):
        yield _read_entry(entry, number, origin, config)
    if len(entries) > limit:
        yield Skipped(origin=origin, kind="too-large",
                      message=f"feed has {len(entries)} entries; those after the first {limit} were not read "
                              f"([ingest] max_feed_items)")


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _read_entry(entry, number: int, origin: str, config: TruceConfig) -> Article | Skipped:
    url = _text(entry.get("link"))
    where = f"{origin}#{url or f'entry-{number}'}"
    title = field_text(entry.get("title"), entry.get("title_detail")) or None
    contents = [field_text(c.get("value"), c) for c in entry.get("content") or [] if isinstance(c, dict)]
    text = max(contents, key=len, default="") or field_text(entry.get("summary"), entry.get("summary_detail"))
    meta: dict[str, Any] = {}
    if not text and title:
        text, meta["text_from"] = title, "title"
    if not text:
        return Skipped(origin=where, kind="no-main-text", message=f"entry {number} has no content, summary or title")
    # The raw pubDate keeps the publisher's offset; feedparser's parsed tuple is already in UTC.
    # dict.get: feedparser's own get() maps a missing "updated" to "published" with a warning.
    raw = dict.get(entry, "published") or dict.get(entry, "updated")
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    published, unparsed = metadata_date(_text(raw), config.settings.ingest.max_date_chars)
    published = published or normalise_date(parsed)
    if unparsed and not published:
        meta["unparsed_published"] = unparsed
    dates = [(published, "metadata"), (date_from_url(url), "url")]
    return build_article(text, origin=where, fmt="rss", url=url, title=title, dates=dates,
                         user_date=config.published, meta=meta, settings=config.settings.ingest)
