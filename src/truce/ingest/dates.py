"""Publication dates: normalise to ISO 8601 and find them in URLs.

Precedence (see docs/ingest.md): metadata > url > text > user-given > unknown.
The user-given date (``--published`` / ``config.published``) only fills in when
the item itself says nothing, because a per-run default is a guess about many
articles while a date inside the item is about that article.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateparser

from truce.settings import default_settings

_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[/_-]([01]?\d)[/_-]([0-3]?\d)(?!\d)"
    r"|/((?:19|20)\d{2})([01]\d)([0-3]\d)(?=[/_.-])"
)
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]|20)\d{2}(?!\d)")


def normalise_date(value: object, max_chars: int | None = None) -> str | None:
    """ISO date (or datetime when a time is given) from a string/struct_time, else None.

    A string longer than ``max_chars`` (``[ingest] max_date_chars``) is not a date: dateutil's
    cost grows with the string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        try:
            return value.isoformat()
        except ValueError:  # a tzinfo whose offset is out of range
            return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list) and len(value) >= 6:  # time.struct_time from feedparser
        try:
            return datetime(*value[:6]).isoformat() + "+00:00"
        except (TypeError, ValueError):
            return None
    text = str(value).strip()
    limit = default_settings().ingest.max_date_chars if max_chars is None else max_chars
    if not _HAS_YEAR.search(text) or len(text) > limit:
        return None  # dateutil would fill a missing year from today; a long string is not a date
    try:
        parsed = dateparser.parse(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if not re.search(r"\d{1,2}:\d{2}", text):
        return parsed.date().isoformat()
    try:
        return parsed.isoformat()
    except ValueError:  # an offset no clock has ("+25:00"): the day as written, no time
        return parsed.date().isoformat()


def metadata_date(value: object, max_chars: int | None = None, keep_chars: int = 100
                  ) -> tuple[str | None, str | None]:
    """(ISO date, None) for a date field a reader found, or (None, the raw value clipped) when the
    field holds something that is not a date truce can read, or (None, None) when it is empty.

    A source's own date that truce cannot read must not vanish: the article keeps it
    (``meta["unparsed_published"]``) and the run counts it, so the user can fix the feed or
    give ``--published``.
    """
    iso = normalise_date(value, max_chars)
    if iso or value is None or (isinstance(value, str) and not value.strip()):
        return iso, None
    return None, str(value).strip()[:keep_chars]


def date_from_url(url: str | None) -> str | None:
    """A YYYY/MM/DD (or YYYY-MM-DD, /YYYYMMDD/) date in a URL path, validated."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        parts = [g for g in match.groups() if g]
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
        except ValueError:
            continue
    return None


def choose_date(candidates: list[tuple[str | None, str]], user: str | None) -> tuple[str | None, str]:
    """First known (date, source) in precedence order, then the user's date, else unknown."""
    for value, source in candidates:
        if value:
            return value, source
    if user:
        return normalise_date(user) or user, "user"
    return None, "unknown"
