"""Dates counted from another happening: "two days after Monday's agreement", "a day after the attack
on the checkpoint", "hours after troops took the hill".

The attachment rules drop a date inside an after/before phrase (it dates the other happening). When
the phrase also says how far apart the two are ("two days after", "the day before", "hours after")
and the other happening's day is known, the event the phrase modifies is dated from it:

1. a day expression inside the phrase ("two days after Monday's agreement": Monday + 2);
2. else an event of the article whose trigger is inside the phrase and whose day the text names
   ("a day after rebels attacked the checkpoint on Saturday": that event's Saturday);
3. else such an event dated only by the report, when an earlier event of the article of its type has
   a day the text names ("Rebels attacked Garo on Monday. ... A day after the attack, ..."): that day.

The other way round, an event told inside the phrase is dated from the clause it hangs on ("the
funeral on Saturday, two days after he was shot": the shooting is Saturday - 2; "Rebels shelled the
town on Monday, a day after the government announced talks": the announcement is Sunday; a phrase
that opens its sentence hangs on the clause after it: "Two days after troops took control of two
hills, residents said on Saturday ...": the hills were taken on Thursday).

Only events the date stage could date no better than their report (precision ``reported``) are
re-dated, so a date the sentence gives its own trigger always wins. Numbers and units come from
the time lexicon (``numbers``, ``offset_units``); the direction words are the pattern's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc

from truce.records import Event
from truce.time.attach import trigger_token
from truce.time.expressions import DateExpr, _alt
from truce.time.lexicon import lexicon
from truce.time.resolve import resolve


@lru_cache(maxsize=1)
def _offset_pattern() -> re.Pattern[str]:
    nums = _alt(list(lexicon()["numbers"]))
    units = _alt(list(lexicon()["offset_units"]))
    return re.compile(
        rf"\b(?:(?P<n>\d+|(?i:{nums}|the))\s+(?P<u>(?i:{units}))s?"
        rf"|(?P<many>(?i:minutes|hours|moments)))\s+(?P<dir>(?i:after|before))\s+")


def _phrase_end(text: str, start: int, limit: int) -> int:
    """The after-phrase runs to the next comma, semicolon or dash, or the sentence's end."""
    m = re.compile(r"[,;—–]|\s-\s").search(text, start, limit)
    return m.start() if m else limit


def _days(m: re.Match[str]) -> int | None:
    if m.group("many"):
        return 0
    n_text = m.group("n").lower()
    if n_text.isdigit():
        n = int(n_text)
    elif n_text == "the":
        n = 1
    else:
        n = int(lexicon()["numbers"][n_text])
    days = n * int(lexicon()["offset_units"][m.group("u").lower()])
    return -days if m.group("dir").lower() == "before" else days


def _named_day(e: Event) -> date | None:
    """The day an event's own text names (not its report's)."""
    if e.date is None or e.date_precision != "day" or not e.date_text or e.date_source == "publication":
        return None
    try:
        return date.fromisoformat(e.date[:10])
    except ValueError:
        return None


def _sentence_bounds(event: Event, doc: Doc | None) -> tuple[int, int] | None:
    token = trigger_token(doc, event.trigger_start, event.trigger_end) if doc is not None else None
    if token is not None:
        return token.sent.start_char, token.sent.end_char
    if event.sentence_start >= 0 and event.sentence:
        return event.sentence_start, event.sentence_start + len(event.sentence)
    return None


def date_from_anchors(events: list[Event], doc: Doc, text: str, exprs: list[DateExpr], ref: date | None,
                      settings=None) -> None:
    """Re-date reported-precision events whose sentence counts them from another dated happening."""
    if ref is None:
        return
    pattern = _offset_pattern()
    for event in events:
        if event.date_precision != "reported" or event.trigger_start < 0:
            continue
        bounds = _sentence_bounds(event, doc)
        if bounds is None:
            continue
        lo, hi = bounds
        for m in pattern.finditer(text, lo, hi):
            end = _phrase_end(text, m.end(), hi)
            offset = _days(m)
            if offset is None:
                continue
            if m.start() <= event.trigger_start < end:
                # the event is the phrase's own: "the funeral on Saturday, two days after he was *shot*"
                anchor = _governing_day(lo, m.start(), events, event, exprs, ref, event.modality.future, settings)
                if anchor is None and not text[lo:m.start()].strip(" \"'“‘(\n"):
                    # the phrase opens the sentence: "Two days after troops took the hills, residents said
                    # on Saturday ..." hangs on the clause after it
                    anchor = _day_expression(end, hi, exprs, ref, event.modality.future, settings)
                offset = -offset
            else:
                anchor = _anchor_day(m.end(), end, events, exprs, ref, event.modality.future, settings)
            if anchor is None:
                continue
            day = anchor + timedelta(days=offset)
            if day > ref and not event.modality.future:
                continue
            event.date, event.date_precision = day.isoformat(), "day"
            event.date_text = (text[m.start():end] if offset == _days(m) else m.group(0)).strip().rstrip(".!?")
            event.explanation.append(f"date: {event.date_text!r} counted from {anchor.isoformat()} "
                                     f"({offset:+d} days) -> {event.date}")
            break


def _day_expression(start: int, end: int, exprs: list[DateExpr], ref: date, future: bool, settings) -> date | None:
    """The day of the first day expression (not an anchored one) in [start, end)."""
    for expr in exprs:
        if start <= expr.start and expr.end <= end and expr.has_day and not expr.anchored:
            got = resolve(expr, ref, future, settings=settings)
            if got is not None:
                return got.day
    return None


def _governing_day(lo: int, cue: int, events: list[Event], event: Event, exprs: list[DateExpr], ref: date,
                   future: bool, settings) -> date | None:
    """The day of the clause an after-phrase hangs on: the nearest day expression before the phrase in
    its sentence, else the named day of an event told there."""
    for expr in reversed(exprs):
        if lo <= expr.start and expr.end <= cue and expr.has_day and not expr.anchored:
            got = resolve(expr, ref, future, settings=settings)
            if got is not None:
                return got.day
    before = [e for e in events if e is not event and lo <= e.trigger_start < cue]
    for e in sorted(before, key=lambda e: -e.trigger_start):
        day = _named_day(e)
        if day is not None:
            return day
    return None


def _anchor_day(start: int, end: int, events: list[Event], exprs: list[DateExpr], ref: date, future: bool,
                settings) -> date | None:
    for expr in exprs:
        if start <= expr.start < end and expr.has_day and not expr.anchored:
            got = resolve(expr, ref, future, settings=settings)
            if got is not None:
                return got.day
    inside = [e for e in events if start <= e.trigger_start < end]
    for e in inside:
        day = _named_day(e)
        if day is not None:
            return day
    for e in inside:
        earlier = [x for x in events if x.event == e.event and x.trigger_start < start and x is not e]
        for x in sorted(earlier, key=lambda x: -x.trigger_start):
            day = _named_day(x)
            if day is not None:
                return day
    return None
