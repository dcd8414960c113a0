"""Find date and time expressions in text: spans plus the parsed fields needed to resolve them.

Regular expressions built from lexicon.yaml find candidates in one pass per
pattern over the whole text (cheap, no per-token calls); overlaps keep the
longest match, and a time next to a day ("on Monday at 11 p.m.") is merged into
one expression. Resolution against a reference date is in ``resolve``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from truce.time.lexicon import lexicon, month_names, weekday_names, zone_data
from truce.time.zones import zone_names


@dataclass(frozen=True)
class DateExpr:
    """One date/time expression: ``text[start:end]``, its kind and parsed fields."""

    start: int
    end: int
    text: str
    kind: str  # iso, explicit, range, month, year, weekday, weekday_range, relative, ago, anchored,
    #            holiday, time, datetime
    fields: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def has_day(self) -> bool:
        return self.kind != "time"

    @property
    def anchored(self) -> bool:
        """True when the expression counts from another date ("the following day")."""
        return self.kind == "anchored" or (self.kind == "datetime" and self.fields["day"].anchored)


def _alt(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_ORD = r"(?:st|nd|rd|th)?"

# A gate: groups of lower-case words; a pattern can match a text only if the text, lower-cased,
# holds a word of every group (a necessary condition: each word is a literal part of every match).
Gate = tuple[tuple[str, ...], ...]
# Besides the ASCII letters' cases, re's IGNORECASE matches these four with ASCII letters (re docs):
# folded before the check so it never skips a pattern that would have matched.
_IGNORECASE_EXTRA = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ignorecase_folded(text: str) -> str:
    """``text`` lower-cased with the four letters ``re.IGNORECASE`` also matches with ASCII letters folded
    first: a pattern of ASCII words compiled with IGNORECASE matches only where the folded text holds one
    of its words lower-cased (a cheap gate before a regex scan)."""
    return text.translate(_IGNORECASE_EXTRA).lower()


def _lower(words) -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in words}))


def _passes(gate: Gate, folded: str) -> bool:
    return all(any(w in folded for w in group) for group in gate)


class _Lazy:
    """A regular expression compiled on first use: compiling the 21 date patterns (large month, zone and
    holiday alternations) took about 17 ms of CPU, a cost each ``truce code`` process paid up front."""

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled().search(text)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, Gate, _Lazy]]:
    """(kind, gate, compiled pattern) triples, one definition per pattern; names come from the data files.

    The gate lists words a pattern cannot match without (see ``_passes``): most articles hold no
    "ago", no "later" or "earlier", no clock time, so most of the 21 passes over the text are
    skipped (they were about 6% of the stages' time after the parse), with the same matches. Each
    pattern compiles when a text first passes its gate (``_Lazy``): one sentence compiles a few."""
    lex = lexicon()
    mon = rf"(?:{_alt(list(month_names()))})\.?"
    wd = rf"(?:{_alt(list(weekday_names()))})\.?"
    parts = _alt(lex["day_parts"])
    nums = _alt(list(lex["numbers"]))
    rel = _alt(list(lex["relative"]))
    anchored = _alt(list(lex["anchored"]))
    holiday = _alt(list(lex["holidays"])).replace("'", "['’]")
    not_np = rf"(?!\s+(?:{_alt(lex['noun_phrase_starts'])})\b|\s+[A-Z0-9])"
    zname = _alt(list(zone_names()))
    zabbr = rf"(?:{_alt(list(zone_data()['abbreviations']))})"
    zone = (rf"(?:\s*(?:(?P<zabbr>{zabbr})(?:\s*(?P<zshift>[+-]\s*\d{{1,2}}))?\b"
            rf"|(?P<zlocal>local\s+time)|(?P<zname>{zname})\s+time))?")
    months, weekdays, span = _lower(month_names()), _lower(weekday_names()), ("between", "from")
    # (kind, gate, pattern): the gate beside the pattern it guards (see ``Gate``)
    return [
        ("iso", (), _Lazy(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2}))?\b")),
        ("range", (span, months), _Lazy(
            rf"\b(?i:between|from)\s+(?P<m1>{mon})\s+(?P<d1>\d{{1,2}}){_ORD}\s+(?i:and|to|until|through)\s+"
            rf"(?:(?P<m2>{mon})\s+)?(?P<d2>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<y>\d{{4}}))?")),
        ("range", (span, months), _Lazy(
            rf"\b(?i:between|from)\s+(?P<d1>\d{{1,2}}){_ORD}\s+(?:(?P<m1>{mon})\s+)?(?i:and|to|until|through)\s+"
            rf"(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m2>{mon})(?:,?\s+(?P<y>\d{{4}}))?")),
        ("range", (months,), _Lazy(
            rf"\b(?P<m1>{mon})\s+(?P<d1>\d{{1,2}})\s*[-–]\s*(?:(?P<m2>{mon})\s+)?(?P<d2>\d{{1,2}})\b(?:,?\s+(?P<y>\d{{4}}))?")),
        ("range", (months,), _Lazy(
            rf"\b(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{mon})(?:,?\s+(?P<y>\d{{4}}))?")),
        ("weekday_range", (span, weekdays), _Lazy(
            rf"\b(?i:between|from)\s+(?P<w1>{wd})\s+(?i:and|to|until|through)\s+(?P<w2>{wd})")),
        ("explicit", (months,), _Lazy(rf"\b(?P<m>{mon})\s+(?P<d>\d{{1,2}}){_ORD}\b(?:,?\s+(?P<y>\d{{4}})\b)?")),
        ("explicit", (months,), _Lazy(
            rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?i:of\s+)?(?P<m>{mon})(?![a-z])(?:,?\s+(?P<y>\d{{4}})\b)?")),
        ("month", (months,), _Lazy(
            rf"\b(?:(?P<mod>(?i:in|since|during|until|by|last|next|this|early|late|mid|in early|in late|in mid"
            rf"|(?:at\s+|by\s+)?(?:the\s+)?(?:end|beginning|start|middle)\s+of))"
            rf"[\s-]+)(?P<m>{mon})(?:\s+(?P<y>\d{{4}}))?\b(?!\s+\d)")),
        ("month", (months,), _Lazy(rf"\b(?P<m>{mon})\s+(?P<y>\d{{4}})\b")),
        ("year", (), _Lazy(r"\b(?i:in|since|during|by|until)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[-:/])")),
        ("weekday", (weekdays,), _Lazy(
            rf"\b(?:(?P<mod>(?i:last|next|this|past|coming|early|late|on|since|early on|late on))\s+)?"
            rf"(?P<w>{wd})(?P<poss>['’]s)?(?:\s+(?P<part>{parts}))?\b")),
        ("relative", (_lower(lex["relative"]),), _Lazy(rf"\b(?P<rel>(?i:{rel}))(?:\s+(?P<part>{parts}))?\b")),
        ("anchored", (_lower(lex["anchored"]),), _Lazy(rf"\b(?P<rel>(?i:{anchored})){not_np}")),
        ("anchored", (("later", "earlier"),), _Lazy(
            rf"\b(?P<n>\d+|(?i:{nums}))\s+(?P<u>(?i:day|week))s?\s+(?P<dir>(?i:later|earlier)){not_np}")),
        ("holiday", (), _Lazy(rf"\b(?P<hol>{holiday})")),
        ("ago", (("ago",),), _Lazy(rf"\b(?P<n>\d+|(?i:{nums}))\s+(?P<u>(?i:day|week|month|year))s?\s+(?i:ago)\b")),
        ("time", (("a.m.", "p.m.", "am", "pm"),), _Lazy(
            rf"\b(?i:at\s+)?(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|am\b|pm\b)){zone}")),
        ("time", ((":",),), _Lazy(rf"\b(?i:at\s+)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]){zone}")),
        ("time", (("gmt", "utc"),), _Lazy(r"\b(?i:at\s+)?(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?P<zabbr>GMT|UTC)\b")),
        ("time", (("midnight", "noon", "midday"),), _Lazy(rf"\b(?i:at\s+)?(?P<word>(?i:midnight|noon|midday)){zone}")),
    ]


def _clean(groups: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in groups.items() if v is not None}


# A blank line ends a paragraph: no date expression runs across it (a hard-wrapped line may split one).
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _candidates(text: str) -> list[DateExpr]:
    out = []
    folded = ignorecase_folded(text)
    for kind, gate, pattern in _patterns():
        if not _passes(gate, folded):
            continue
        for m in pattern.finditer(text):
            if _PARAGRAPH_BREAK.search(m.group(0)):
                continue  # "on 3 September.\n\n4. On 7 September": a numbered item, not "September 4"
            fields = _clean(m.groupdict())
            if kind == "time" and not _plausible_time(fields):
                continue
            out.append(DateExpr(m.start(), m.end(), m.group(0), kind, fields))
    return out


def _plausible_time(f: dict[str, Any]) -> bool:
    """Reject numbers that cannot be clock times ("13 p.m.", "25:00", "11:72 p.m.")."""
    if "word" in f:
        return True
    hour, minute = int(f["h"]), int(f.get("mi", 0))
    if minute > 59:
        return False
    return 1 <= hour <= 12 if "ap" in f else hour < 24


@lru_cache(maxsize=1)
def _lead_prep() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:{_alt(lexicon()['lead_prepositions'])})\s+)")


def _core_length(e: DateExpr) -> int:
    """Length without a leading preposition, so "on May 10" does not beat "May 10-12"."""
    m = _lead_prep().match(e.text)
    return e.end - e.start - (m.end() if m else 0)


def _select(cands: list[DateExpr]) -> list[DateExpr]:
    """Non-overlapping expressions, longest first, returned in text order."""
    starts: list[int] = []  # chosen spans, kept sorted by start (they never overlap)
    chosen: list[DateExpr] = []
    for c in sorted(cands, key=lambda c: (-_core_length(c), c.start)):
        i = bisect.bisect_left(starts, c.start)
        if (i == 0 or chosen[i - 1].end <= c.start) and (i == len(chosen) or c.end <= chosen[i].start):
            starts.insert(i, c.start)
            chosen.insert(i, c)
    return chosen


_DAY_KINDS = {"iso", "explicit", "weekday", "relative", "ago", "anchored", "holiday"}
_GAP_DAY_TIME = re.compile(r"^\s*(?:,\s*)?(?:(?i:on|of)\s+)?$")
_GAP_PAREN = re.compile(r"^\s*\(\s*$")


def _merge_pair(a: DateExpr, b: DateExpr, text: str) -> DateExpr | None:
    """One expression for a time next to a day, or a time with its parenthesised GMT equivalent."""
    gap = text[a.end:b.start]
    if a.kind == "time" and b.kind == "time" and _GAP_PAREN.match(gap):
        end = b.end + 1 if text[b.end:b.end + 1] == ")" else b.end
        zoned = b if _zoned(b) and not _zoned(a) else a
        return DateExpr(a.start, end, text[a.start:end], "time", dict(zoned.fields))
    kinds = {a.kind, b.kind}
    if "time" in kinds and kinds & _DAY_KINDS and len(kinds) == 2 and _GAP_DAY_TIME.match(gap):
        day, time = (a, b) if b.kind == "time" else (b, a)
        return DateExpr(a.start, b.end, text[a.start:b.end], "datetime",
                        {"day": day, "time": time})
    return None


def _zoned(e: DateExpr) -> bool:
    return any(k in e.fields for k in ("zabbr", "zlocal", "zname"))


def _merge(exprs: list[DateExpr], text: str) -> list[DateExpr]:
    out: list[DateExpr] = []
    for e in exprs:
        merged = _merge_pair(out[-1], e, text) if out else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(e)
    return out


def _strip_prep(e: DateExpr) -> DateExpr:
    """Drop a leading preposition from the span so ``date_text`` is the expression itself."""
    m = _lead_prep().match(e.text)
    if not m or e.kind in ("range", "weekday_range", "relative"):
        return e
    return replace(e, start=e.start + m.end(), text=e.text[m.end():])


def find_expressions(text: str) -> list[DateExpr]:
    """All date/time expressions in ``text``, in order, non-overlapping."""
    return _merge([_strip_prep(e) for e in _select(_candidates(text))], text)


Finder = Callable[[str], list[DateExpr]]
