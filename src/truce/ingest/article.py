"""Build an ``Article`` from what a reader found, with id, source, dates and language."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from truce.ids import article_id, normalise_text
from truce.ingest.dates import choose_date
from truce.ingest.language import detect_language
from truce.records import Article, Skipped
from truce.settings import Section

_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(value: str) -> tuple[str, int]:
    """``value`` with lone surrogates (JSON's "\\ud800", not encodable) replaced by U+FFFD, and how many.

    They are not characters: no file, database or JSON writer accepts them, so one would
    end the run when the article is stored. Valid text is returned unchanged.
    """
    try:
        value.encode("utf-8")
        return value, 0
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", value)


def _valid_or_none(value: str | None, counter: list[int]) -> str | None:
    if value is None:
        return None
    fixed, n = valid_unicode(value)
    counter[0] += n
    return fixed


def domain_of(url: str | None) -> str | None:
    """The outlet's host name without ``www.`` (None for relative or odd URLs)."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def unique_headlines(*groups: list[str | None] | tuple[str | None, ...]) -> list[str]:
    """Distinct non-empty headlines, in order (compared case- and space-insensitively)."""
    seen: set[str] = set()
    result = []
    for group in groups:
        for headline in group:
            text = normalise_text(headline or "")
            key = text.casefold()
            if text and key not in seen:
                seen.add(key)
                result.append(text)
    return result


def build_article(text: str, *, origin: str, fmt: str, url: str | None = None, source: str | None = None,
                  title: str | None = None, headlines: list[str] | None = None,
                  dates: list[tuple[str | None, str]] | None = None, user_date: str | None = None,
                  meta: dict[str, Any] | None = None, skip_non_english: bool = True,
                  settings: Section | None = None) -> Article | Skipped:
    """The Article, or a ``non-english`` Skipped that names the detected language.

    Every reader ends here, so this is where text is made safe to store: lone
    surrogates become U+FFFD and are counted in ``meta["replaced_surrogates"]``.
    """
    replaced = [0]
    text = _valid_or_none(text, replaced) or ""
    url = _valid_or_none(url.strip() if url else None, replaced)
    source = _valid_or_none(source, replaced)
    title = _valid_or_none(title, replaced)
    headlines = [_valid_or_none(h, replaced) for h in headlines or []]
    meta = dict(meta or {})
    if replaced[0]:
        meta["replaced_surrogates"] = replaced[0]
    published, published_source = choose_date(dates or [], user_date)
    all_headlines = unique_headlines([title], headlines)
    ident = article_id(text, url)
    language = detect_language("\n".join(all_headlines[:1] + [text]), settings)
    if skip_non_english and language not in (None, "en"):
        return Skipped(origin=origin, kind="non-english", message=f"language detected: {language}",
                       article_id=ident)
    return Article(id=ident, text=text, url=url or None, source=source or domain_of(url),
                   title=all_headlines[0] if all_headlines else None, headlines=all_headlines,
                   published=published, published_source=published_source, language=language,
                   origin=origin, fmt=fmt, meta=meta)
