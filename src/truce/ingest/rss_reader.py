"""RSS / Atom feeds: one article per entry that has content or a summary.

feedparser only ever gets bytes in a file object (given a str that looks like a
URL it would fetch it). Entry HTML is flattened to text with paragraph breaks.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import feedparser
import lxml.html

from truce.config import TruceConfig
from truce.ingest.article import build_article
from truce.ingest.dates import date_from_url, normalise_date
from truce.records import Article, Skipped

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - junk markup: fall back to the raw string
        return fragment.strip()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def read_feed(data: bytes, origin: str, config: TruceConfig) -> Iterator[Article | Skipped]:
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.entries:
        reason = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield Skipped(origin=origin, kind="malformed-feed", message=f"feed has no entries{reason}")
        return
    for number, entry in enumerate(feed.entries, start=1):
        yield _read_entry(entry, number, origin, config)


def _read_entry(entry, number: int, origin: str, config: TruceConfig) -> Article | Skipped:
    url = entry.get("link")
    where = f"{origin}#{url or f'entry-{number}'}"
    contents = [c.get("value", "") for c in entry.get("content", [])]
    body = max(contents, key=len, default="") or entry.get("summary", "")
    text = html_fragment_text(body)
    if not text:
        return Skipped(origin=where, kind="no-main-text", message=f"entry {number} has no content or summary")
    # The raw pubDate keeps the publisher's offset; feedparser's parsed tuple is already in UTC.
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    published = normalise_date(entry.get("published") or entry.get("updated")) or normalise_date(parsed)
    dates = [(published, "metadata"),
             (date_from_url(url), "url")]
    return build_article(text, origin=where, fmt="rss", url=url, title=entry.get("title"), dates=dates,
                         user_date=config.published)
