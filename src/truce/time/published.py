"""Publication date from the article's own text: a wire dateline or a date line near the top.

Readers already use page metadata, htmldate and the URL. This module is the
weaker fallback: "TRIPOLI, March 2 (Reuters) -", "March 2, 2026 —", or a line
such as "Published: 2 March 2026" among the first lines. It also reports the
dateline city (for "local time") and where the dateline ends (its date is not
an event date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from truce.time.lexicon import month_names, weekday_names
from truce.time.resolve import yearless_date

HEAD_CHARS = 600  # datelines and date lines sit at the very top


@dataclass(frozen=True)
class DateEvidence:
    """What the top of an article says about its date."""

    published: str | None = None  # ISO date
    source: str = "unknown"  # dateline or text
    text: str | None = None  # the evidence as written
    city: str | None = None  # dateline city, e.g. "TRIPOLI"
    dateline_end: int = 0  # offset just after the dateline (0 when none)


def _alt(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    mon = rf"(?:{_alt(list(month_names()))})\.?"
    wd = rf"(?:{_alt(list(weekday_names()))})"
    dt = (rf"(?:(?P<m>{mon})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?"
          rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{mon})(?:\s+(?P<y2>\d{{4}}))?"
          rf"|(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))")
    dateline = re.compile(
        rf"^[ \t]*(?P<city>[A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+){{0,3}})(?:,[ \t]*[A-Z][A-Za-z.]+)?"
        rf"(?:,[ \t]*(?:{wd},?[ \t]*)?{dt})?[ \t]*(?:\((?P<agency>[^)\n]{{1,40}})\))?[ \t]*[-–—]+[ \t]*",
        re.MULTILINE)
    lead = re.compile(rf"^[ \t]*(?:{wd},?\s+)?{dt}[ \t]*[-–—]+[ \t]*", re.MULTILINE)
    line = re.compile(
        rf"^[ \t]*(?:(?i:published|updated|posted|date)[ \t]*:?[ \t]*)?(?:(?:on[ \t]+)?{wd},?[ \t]+)?{dt}"
        rf"(?:[ \t]*(?:at[ \t]*)?\d{{1,2}}[:.]\d{{2}}[^\n]{{0,20}})?[ \t]*$", re.MULTILINE)
    return dateline, lead, line


def _to_date(m: re.Match[str], ref: date | None) -> date | None:
    g = m.groupdict()
    try:
        if g.get("iy"):
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        month = month_names()[(g.get("m") or g.get("m2") or "").rstrip(".")]
        day = int(g.get("d") or g.get("d2") or 0)
        year = g.get("y") or g.get("y2")
        if year:
            return date(int(year), month, day)
        return yearless_date(month, day, ref, future=False) if ref else None
    except (KeyError, ValueError):
        return None


def find_evidence(text: str, ref: date | None = None) -> DateEvidence:
    """Dateline/lead/date-line evidence from the top of ``text``; ``ref`` supplies a missing year."""
    head = text[:HEAD_CHARS]
    dateline, lead, line = _patterns()
    m = dateline.search(head)
    if m and (m.group("agency") or m.group("m") or m.group("m2") or m.group("iy")):
        day = _to_date(m, ref)
        city = m.group("city").strip()
        if day:
            return DateEvidence(day.isoformat(), "dateline", m.group(0).strip(), city, m.end())
        # A dateline without a year ("TRIPOLI, March 1 (Wire) -") still names the city and ends the
        # lead-in; a full date line above it ("Published: 1 March 2026") can supply the date.
        found = _search_date_lines(head, [(line, "text")], ref)
        if found:
            return DateEvidence(found.published, found.source, found.text, city, m.end())
        return DateEvidence(None, "unknown", m.group(0).strip(), city, m.end())
    return _search_date_lines(head, [(lead, "dateline"), (line, "text")], ref) or DateEvidence()


def _search_date_lines(head: str, patterns: list[tuple[re.Pattern[str], str]], ref: date | None
                       ) -> DateEvidence | None:
    """The first lead-in date or stand-alone date line that resolves to a full date."""
    for pattern, source in patterns:
        m = pattern.search(head)
        day = _to_date(m, ref) if m else None
        if m and day:
            end = m.end() if source == "dateline" else 0
            return DateEvidence(day.isoformat(), source, m.group(0).strip(), None, end)
    return None


def header_spans(text: str) -> list[tuple[int, int]]:
    """Spans of stand-alone date lines and the wire dateline at the top of ``text``.

    They are header matter, not prose: the parser should not read them as part of the
    first sentence (see ``truce.pipeline.mask_header``).
    """
    head = text[:HEAD_CHARS]
    dateline, _, line = _patterns()
    spans = [(m.start(), m.end()) for m in line.finditer(head) if m.group(0).strip()]
    m = dateline.search(head)
    if m and (m.group("agency") or m.group("m") or m.group("m2") or m.group("iy")):
        spans.append((head.rfind("\n", 0, m.end()) + 1, m.end()))
    return sorted(spans)
