"""Events placed in time by the truce itself: "hours after a new border ceasefire came into force".

Ceasefire stories date an incident by the truce's start as often as by the clock: "opened fire on
Saturday evening, just hours after a new border ceasefire came into force", "a drone strike two hours
before the truce took effect", "the first breach since the ceasefire began", or inverted, "the truce
took effect at noon on Saturday, hours after artillery shelled the village". When the event's date
alone (a day, or "by the report") straddles the start of one of the file's truces, such words say on
which side of it the event lies, and the date span is cut there. The sentence is read from the
event's own sentence; words are data (``data/lang/en/monitor/times.yaml``; the parts of the day in
``data/lang/en/time/parts_of_day.yaml``, shared with clustering).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from truce.knowledge import lang_file, load_yaml
from truce.monitor.timewin import Interval
from truce.records import Event
from truce.time.lexicon import parts_of_day

BEFORE, AFTER = "before", "after"


@dataclass(frozen=True)
class _Patterns:
    direct: re.Pattern[str]  # "after a new border ceasefire came into force", "since the start of the truce"
    inverted: re.Pattern[str]  # "the truce took effect at noon, hours after"
    before_words: frozenset[str]
    parts: tuple[tuple[re.Pattern[str], int, int], ...]  # part of the day, local hours [from, to)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    d = load_yaml(lang_file("monitor", "times.yaml"), expect=dict)

    def words(key: str) -> list[str]:
        return [str(w).lower() for w in d.get(key) or []]

    noun, verb, start = _alt(words("truce_nouns")), _alt(words("start_verbs")), _alt(words("start_nouns"))
    rel, dist = _alt(words("before_words") + words("after_words")), _alt(words("distance_words"))
    skip = _alt(words("not_between"))
    gap = rf"(?:\s+(?!(?:{skip})\b)[\w'’-]+){{0,4}}?"  # "a new border", "the", "Tuesday's"; not "talks on a"
    direct = (rf"\b(?P<rel>{rel})(?:\s+the)?{gap}\s+(?:(?:{noun})\b{gap}\s+(?:{verb})\b"
              rf"|(?:{start})\s+of{gap}\s+(?:{noun})\b)")
    # Within one sentence a clause ends at ; : ! ?, and at a full stop only where the sentence does: the
    # stop of an abbreviation ("at 6 a.m. on Sunday", "Nov. 1", "U.S.-brokered") is followed by more words.
    clause = r"(?:[^.;:!?]|\.(?-i:(?=[^\s.;:!?]|\s+[a-z0-9(])))*?"  # IGNORECASE is off inside (?-i:)
    inverted = rf"\b(?:{noun})\b{clause}\b(?:{verb})\b{clause}\b(?:{dist})\s+(?P<rel>{rel})\b"
    parts = parts_of_day()
    return _Patterns(re.compile(direct, re.IGNORECASE), re.compile(inverted, re.IGNORECASE),
                     frozenset(words("before_words")), parts)


def part_of_day(e: Event, iv: Interval) -> tuple[Interval, str]:
    """A day-precise date narrowed to the part of the day its sentence names ("on Saturday evening",
    "late on Saturday"), when it names exactly one; never beyond the day."""
    if (e.date_precision or "day") != "day" or iv.hi - iv.lo != timedelta(days=1):
        return iv, ""
    found = [(lo, hi, m.group()) for pat, lo, hi in _patterns().parts for m in pat.finditer(e.sentence or "")]
    if len({(lo, hi) for lo, hi, _ in found}) != 1:
        return iv, ""
    lo, hi, word = found[0]
    return Interval(iv.lo + timedelta(hours=lo), iv.lo + timedelta(hours=hi)), f"'{word.lower()}'"


def side_of_start(e: Event) -> str | None:
    """``before`` or ``after``: on which side of a truce's start the event's own sentence puts it; None
    when it says nothing about it. The inverted form ("the truce took effect ..., hours after <the
    event>") counts only for an event told after those words."""
    sentence = e.sentence or ""
    if not sentence:
        return None
    p = _patterns()
    at = e.trigger_start - e.sentence_start if e.trigger_start >= 0 and e.sentence_start >= 0 else -1
    for m in p.inverted.finditer(sentence):
        if at >= m.end():  # the event follows "hours after": it came before the start
            return AFTER if m.group("rel").lower() in p.before_words else BEFORE
    m = p.direct.search(sentence)
    if m is None:
        return None
    return BEFORE if " ".join(m.group("rel").lower().split()) in p.before_words else AFTER


def anchored(e: Event, iv: Interval | None, starts: Iterable[datetime]) -> tuple[Interval | None, str]:
    """The event's date span cut at the one truce start inside it that its sentence places it before or
    after; the span unchanged (and "") otherwise. Returns (span, reason)."""
    if iv is None or iv.exact:
        return iv, ""
    inside = sorted({s for s in starts if iv.lo < s < iv.hi})
    if len(inside) != 1:
        return iv, ""
    narrowed, word = part_of_day(e, iv)
    if word and not narrowed.lo < inside[0] < narrowed.hi:
        return narrowed, f"its sentence places it in the {word} part of the day"
    side = side_of_start(e)
    if side is None:
        return iv, ""
    start = inside[0]
    if side == BEFORE:
        return Interval(iv.lo, start), "its sentence places it before the truce took effect"
    return Interval(start, iv.hi), "its sentence places it after the truce took effect"
