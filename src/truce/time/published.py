"""Publication date from the article's own text: a wire dateline or a date line near the top.

Readers already use page metadata, htmldate and the URL. This module is the
weaker fallback: "TRIPOLI, March 2 (Reuters) -", "March 2, 2026 —", or a line
such as "Published: 2 March 2026 11:20" among the first lines. It also reports the
dateline city (for "local time"), the agency a dateline credits ("(Sahel Wire)")
and where the dateline ends (its date is not an event date).

A clock time on a date line is kept (``DateEvidence.time``), with its zone when the
line names one ("11:20 GMT", "11:20 +02:00"); ``EventDater.date_article`` resolves a
time without a zone in the dateline city's zone, else keeps it as a naive local time.

This is truce's one reader of datelines: ``find_dateline`` (city, agency and where the
dateline ends), ``starts_with_dateline`` (is this line the start of one) and
``header_spans`` (what the parser should not read as prose) are for every stage that
needs to know about them. How far down to look is ``[time] header_chars``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, tzinfo
from functools import lru_cache

from truce.settings import Section, default_settings
from truce.time.lexicon import lexicon, month_names, weekday_names
from truce.time.resolve import yearless_date
from truce.time.zones import abbreviation_zone, fixed_zone

# A dateline's place: one to four upper-case words ("TRIPOLI", "NEW YORK", "PORT-AU-PRINCE").
CITY = r"[A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+){0,3}"
_STARTS_WITH_DATELINE = re.compile(rf"^[ \t]*(?={CITY}[ \t]*,)(?P<city>[A-Z][A-Z .'\-]{{2,}}),")


def _time_settings(settings: Section | None) -> Section:
    return settings if settings is not None else default_settings().time


@dataclass(frozen=True)
class DateEvidence:
    """What the top of an article says about its date."""

    published: str | None = None  # ISO date
    source: str = "unknown"  # dateline or text
    text: str | None = None  # the evidence as written
    city: str | None = None  # dateline city, e.g. "TRIPOLI"
    dateline_end: int = 0  # offset just after the dateline (0 when none)
    time: str | None = None  # "HH:MM" from a date line that gives a clock time
    zone: tzinfo | None = None  # the zone that date line names, if any
    agency: str | None = None  # the outlet a dateline credits: "Sahel Wire"

    def stamp(self, local: tzinfo | None = None) -> str | None:
        """ISO date, or datetime when a time is known (offset from the line, else ``local``, else naive)."""
        if not self.published or not self.time:
            return self.published
        hour, minute = (int(x) for x in self.time.split(":"))
        moment = datetime.combine(date.fromisoformat(self.published), time(hour, minute))
        zone = self.zone or local
        return (moment.replace(tzinfo=zone) if zone else moment).isoformat()


def _alt(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class Dateline:
    """A wire dateline at the top of a text: "TRIPOLI, Libya, March 2 (Sahel Wire) -"."""

    city: str  # "TRIPOLI"
    city_start: int
    city_end: int
    start: int  # where the dateline's line starts
    end: int  # just after its dash: the story starts here
    agency: str | None  # the credited outlet, "Sahel Wire"
    text: str  # the dateline as written
    match: re.Match[str]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    mon = rf"(?:{_alt(list(month_names()))})\.?"
    wd = rf"(?:{_alt(list(weekday_names()))})"
    labels = _alt(lexicon()["date_line_labels"])
    dt = (rf"(?:(?P<m>{mon})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?"
          rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{mon})(?:\s+(?P<y2>\d{{4}}))?"
          rf"|(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))")
    dateline = re.compile(
        rf"^[ \t]*(?P<city>{CITY})(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z.]+){{0,3}})?"
        rf"(?:,[ \t]*(?:{wd},?[ \t]*)?{dt})?[ \t]*(?:\((?P<agency>[^)\n]{{1,40}})\))?[ \t]*[-–—]+[ \t]*",
        re.MULTILINE)
    lead = re.compile(rf"^[ \t]*(?:{wd},?\s+)?{dt}[ \t]*[-–—]+[ \t]*", re.MULTILINE)
    line = re.compile(
        rf"^[ \t]*(?:(?i:{labels})[ \t]*:?[ \t]*(?:on[ \t]+)?)?(?:(?:on[ \t]+)?{wd},?[ \t]+)?{dt}"
        rf"(?:[ \t]*,?[ \t]*(?:at[ \t]*)?(?P<hh>\d{{1,2}})[:.](?P<mm>\d{{2}})(?P<rest>[^\n]{{0,20}}))?"
        rf"(?:[ \t]+(?i:by)[ \t]+[^\n]{{1,40}})?[ \t]*$",
        re.MULTILINE)
    return dateline, lead, line


def _to_date(m: re.Match[str], ref: date | None, window: int | None = None) -> date | None:
    g = m.groupdict()
    try:
        if g.get("iy"):
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        month = month_names()[(g.get("m") or g.get("m2") or "").rstrip(".")]
        day = int(g.get("d") or g.get("d2") or 0)
        year = g.get("y") or g.get("y2")
        if year:
            return date(int(year), month, day)
        return yearless_date(month, day, ref, future=False, window=window) if ref else None
    except (KeyError, ValueError):
        return None


def find_dateline(text: str, settings: Section | None = None) -> Dateline | None:
    """The wire dateline near the top of ``text`` (it must credit an agency or give a date), or None."""
    head = text[:_time_settings(settings).header_chars]
    dateline, _, _ = _patterns()
    m = dateline.search(head)
    if not m or not (m.group("agency") or m.group("m") or m.group("m2") or m.group("iy")):
        return None
    agency = " ".join(m.group("agency").split()) if m.group("agency") else None
    start = head.rfind("\n", 0, m.end()) + 1
    return Dateline(m.group("city").strip(), m.start("city"), m.end("city"), start, m.end(), agency,
                    m.group(0).strip(), m)


def dateline_prefix_end(line: str) -> int:
    """Where a dateline-shaped opening of ``line`` ends ("GUSAU, Nigeria - ", also without the date or the
    agency ``find_dateline`` asks for), 0 when the line opens otherwise: the words of a place a story is
    filed from, not of what it tells."""
    dateline, _, _ = _patterns()
    m = dateline.match(line)
    return m.end() if m else 0


def starts_with_dateline(line: str) -> bool:
    """Whether ``line`` opens like a wire dateline ("NORTOWN, May 2 -"): never a headline."""
    return _STARTS_WITH_DATELINE.match(line) is not None


def find_evidence(text: str, ref: date | None = None, settings: Section | None = None) -> DateEvidence:
    """Dateline/lead/date-line evidence from the top of ``text``; ``ref`` supplies a missing year."""
    s = _time_settings(settings)
    head = text[:s.header_chars]
    _, lead, line = _patterns()
    date_line = _search_date_lines(head, [(line, "text")], ref, s.yearless_window_days)
    dl = find_dateline(head, settings)
    if dl is not None:
        day = _to_date(dl.match, ref, s.yearless_window_days)
        if day:
            found = DateEvidence(day.isoformat(), "dateline", dl.text)
        # A dateline without a year ("TRIPOLI, March 1 (Wire) -") still names the city and ends the
        # lead-in; a full date line above it ("Published: 1 March 2026") can supply the date.
        else:
            found = date_line or DateEvidence(None, "unknown", dl.text)
        found = replace(found, city=dl.city, dateline_end=dl.end, agency=dl.agency)
    else:
        found = _search_date_lines(head, [(lead, "dateline")], ref, s.yearless_window_days) or date_line \
            or DateEvidence()
    return _with_clock(found, date_line)


def _with_clock(found: DateEvidence, date_line: DateEvidence | None) -> DateEvidence:
    """Add the time of a "Published: <day> 11:20" line when that line names the same day."""
    if found.time or not date_line or not date_line.time or date_line.published != found.published:
        return found
    return replace(found, time=date_line.time, zone=date_line.zone)


def _search_date_lines(head: str, patterns: list[tuple[re.Pattern[str], str]], ref: date | None,
                       window: int) -> DateEvidence | None:
    """The first lead-in date or stand-alone date line that resolves to a full date."""
    for pattern, source in patterns:
        m = pattern.search(head)
        day = _to_date(m, ref, window) if m else None
        if m and day:
            end = m.end() if source == "dateline" else 0
            clock, zone = _clock(m) if "hh" in pattern.groupindex else (None, None)
            return DateEvidence(day.isoformat(), source, m.group(0).strip(), None, end, clock, zone)
    return None


_OFFSET = re.compile(r"^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$", re.IGNORECASE)
_ABBR = re.compile(r"^([A-Za-z]{1,5})([+-]\d{1,2})?$")


def _clock(m: re.Match[str]) -> tuple[str | None, tzinfo | None]:
    """("HH:MM", zone or None) of a date line's time ("11:20", "11.20 p.m.", "11:20 GMT", "11:20 +0200")."""
    if m.group("hh") is None:
        return None, None
    hour, minute = int(m.group("hh")), int(m.group("mm"))
    words = (m.group("rest") or "").replace("(", " ").replace(")", " ").split()
    if words and words[0].lower().rstrip(".") in ("pm", "p.m"):
        hour, words = (hour % 12) + 12, words[1:]
    elif words and words[0].lower().rstrip(".") in ("am", "a.m"):
        hour, words = hour % 12, words[1:]
    if hour > 23 or minute > 59:
        return None, None
    return f"{hour:02d}:{minute:02d}", _zone(words[0]) if words else None


def _zone(token: str) -> tzinfo | None:
    """A fixed-offset zone from "+02:00", "+0200", "UTC+2", "GMT", "CET" ...; None otherwise."""
    m = _OFFSET.match(token)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return fixed_zone(-minutes if m.group(1) == "-" else minutes)
    m = _ABBR.match(token)
    if m:
        return abbreviation_zone(m.group(1), int(m.group(2) or 0))
    return None


def header_spans(text: str, settings: Section | None = None) -> list[tuple[int, int]]:
    """Spans of stand-alone date lines and the wire dateline at the top of ``text``.

    They are header matter, not prose: the parser should not read them as part of the
    first sentence (see ``truce.pipeline.mask_header``).
    """
    head = text[:_time_settings(settings).header_chars]
    _, _, line = _patterns()
    spans = [(m.start(), m.end()) for m in line.finditer(head) if m.group(0).strip()]
    dl = find_dateline(head, settings)
    if dl is not None:
        spans.append((dl.start, dl.end))
    else:
        bare = _dash_dateline(head)
        if bare is not None:
            spans.append(bare)
    return sorted(spans)


_DASHES = ("\u2014", "\u2013")


def _spaced_hyphen(dateline: str) -> bool:
    """The dateline ends in a hyphen with a space on each side ("VANCOUVER, Wash. - A crash ...", the
    typewriter's dash), not in a hyphen glued to a word."""
    body = dateline.rstrip()
    return body.endswith("-") and not body.endswith("--") and body[:-1] != body[:-1].rstrip() and dateline != body


def _dash_dateline(head: str) -> tuple[int, int] | None:
    """The span of a dateline that credits no agency and gives no date, "ZABID, Yemen \u2014 Gunmen ..."
    or "HODEIDAH \u2014 ...", when it opens the text and ends in an em or en dash (the style of many
    papers). Not a ``Dateline`` (nothing dates the story), but header matter all the same: left in,
    the parser reads "Yemen \u2014 Gunmen" as one phrase and the sentence loses its subject."""
    dateline, _, _ = _patterns()
    first = len(head) - len(head.lstrip())
    m = dateline.match(head, head.rfind("\n", 0, first) + 1)
    if m is None or not (m.group(0).rstrip().endswith(_DASHES) or _spaced_hyphen(m.group(0))):
        return None
    return head.rfind("\n", 0, m.start("city")) + 1, m.end()
