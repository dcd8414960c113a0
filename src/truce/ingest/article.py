"""Build an ``Article`` from what a reader found, with id, source, dates and language."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from truce.ids import article_id, normalise_text
from truce.ingest.dates import choose_date
from truce.ingest.language import detect_language
from truce.records import Article, Skipped


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
                  meta: dict[str, Any] | None = None, skip_non_english: bool = True) -> Article | Skipped:
    """The Article, or a ``non-english`` Skipped that names the detected language."""
    url = url.strip() if url else None
    published, published_source = choose_date(dates or [], user_date)
    all_headlines = unique_headlines([title], headlines or [])
    ident = article_id(text, url)
    language = detect_language("\n".join(all_headlines[:1] + [text]))
    if skip_non_english and language not in (None, "en"):
        return Skipped(origin=origin, kind="non-english", message=f"language detected: {language}",
                       article_id=ident)
    return Article(id=ident, text=text, url=url, source=source or domain_of(url),
                   title=all_headlines[0] if all_headlines else None, headlines=all_headlines,
                   published=published, published_source=published_source, language=language,
                   origin=origin, fmt=fmt, meta=meta or {})
