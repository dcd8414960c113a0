"""Casualty figures in a sentence: killed, injured, abducted and arrested counts, with ranges.

Reads "killing at least seven civilians", "12 suspected members were arrested", "two smugglers dead",
"dozens of fighters" (a range), "between five and seven wounded", "put the death toll at nine".
False friends are not counts: ages ("a 57-year-old man"), codes ("MH17"), troop numbers without a
casualty word ("1,200 troops deployed"), years, clock times, dates ("June 14"), percentages and sums.
Plain text in, ``Casualty`` records out: the same parser serves the coding-time claims stage and
anything that only has a stored sentence. Words are data: ``data/lang/en/monitor/casualties.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from truce.knowledge import lang_file, load_yaml
from truce.records import Casualty

_TOKEN = re.compile(r"\d(?:[\d,.:]*\d)?(?:[-\u2013]\w+)*|[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|[%$\u20ac\u00a3,;:]")
_YEAR = re.compile(r"(19|20)\d\d")
_NUMBER_RANGE = re.compile(r"(\d+)[-\u2013](\d+)")
_WHOLE_NUMBER = re.compile(r"\d{1,3}(,\d{3})+|\d+")


class Tok(NamedTuple):
    """One word of a sentence, lower case, with its offsets (a tuple: one per word of every sentence)."""

    low: str
    start: int
    end: int


@dataclass(frozen=True)
class CasualtyWords:
    numbers: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, tuple[int, int]]
    no_count: frozenset[str]
    lower_bound: tuple[tuple[str, ...], ...]
    approximate: tuple[tuple[str, ...], ...]
    upper_bound: tuple[tuple[str, ...], ...]
    range_joiners: frozenset[str]
    verbs: dict[tuple[str, ...], str]
    after: dict[tuple[str, ...], str]
    toll_words: tuple[tuple[str, ...], ...]
    not_before: frozenset[str]
    not_after: frozenset[str]
    months: frozenset[str]
    max_gap: int
    boundaries: frozenset[str]
    auxiliaries: frozenset[str]
    # ``verbs`` and ``after`` longest phrase first, sorted once here rather than at every number
    verbs_longest: tuple[tuple[tuple[str, ...], str], ...] = field(init=False, repr=False, compare=False)
    after_longest: tuple[tuple[tuple[str, ...], str], ...] = field(init=False, repr=False, compare=False)
    # the same, indexed by the phrase's last (``verbs``) or first (``after``) word: only phrases that can
    # match at a position are compared (each number scanned every phrase at every word after it)
    verbs_by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(init=False, repr=False, compare=False)
    after_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        verbs = tuple(sorted(self.verbs.items(), key=lambda kv: -len(kv[0])))
        after = tuple(sorted(self.after.items(), key=lambda kv: -len(kv[0])))
        object.__setattr__(self, "verbs_longest", verbs)
        object.__setattr__(self, "after_longest", after)
        object.__setattr__(self, "verbs_by_last", _by_word(verbs, -1))
        object.__setattr__(self, "after_by_first", _by_word(after, 0))


def _by_word(phrases: tuple[tuple[tuple[str, ...], str], ...], at: int) -> dict[str, tuple]:
    """``phrases`` (longest first) grouped by their word at index ``at``, each group in the same order;
    an empty phrase (which matches anywhere) is kept under "" and ends every group."""
    empty = tuple(pk for pk in phrases if not pk[0])
    groups: dict[str, list] = {}
    for pk in phrases:
        if pk[0]:
            groups.setdefault(pk[0][at], []).append(pk)
    return {"": empty, **{word: tuple(group) + empty for word, group in groups.items()}}


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(str(p).lower().split()) for p in items or []), key=len, reverse=True))


def _by_kind(table) -> dict[tuple[str, ...], str]:
    return {tuple(str(w).lower().split()): kind for kind, words in (table or {}).items() for w in words or []}


@lru_cache(maxsize=1)
def casualty_words() -> CasualtyWords:
    d = load_yaml(lang_file("monitor", "casualties.yaml"), expect=dict)
    return CasualtyWords(
        numbers={str(k).lower(): int(v) for k, v in d["numbers"].items()},
        multipliers={str(k).lower(): int(v) for k, v in (d.get("multipliers") or {}).items()},
        vague={str(k).lower(): (int(v[0]), int(v[1])) for k, v in (d.get("vague") or {}).items()},
        no_count=frozenset(str(w).lower() for w in d.get("no_count") or []),
        lower_bound=_phrases(d.get("lower_bound")), approximate=_phrases(d.get("approximate")),
        upper_bound=_phrases(d.get("upper_bound")), range_joiners=frozenset(d.get("range_joiners") or []),
        verbs=_by_kind(d.get("verbs")), after=_by_kind(d.get("after")), toll_words=_phrases(d.get("toll_words")),
        not_before=frozenset(str(w).lower().rstrip(".") for w in d.get("not_before") or []),
        not_after=frozenset(str(w).lower().rstrip(".") for w in d.get("not_after") or []),
        months=frozenset(str(w).lower() for w in d.get("months") or []),
        max_gap=int(d.get("max_gap", 4)), boundaries=frozenset(str(w).lower() for w in d.get("boundaries") or []),
        auxiliaries=frozenset(str(w).lower() for w in d.get("auxiliaries") or []),
    )


def tokens(text: str, offset: int = 0) -> list[Tok]:
    return [Tok(m.group().lower().rstrip("."), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


@dataclass
class _Number:
    i: int  # first token of the figure (qualifier included)
    j: int  # token after the figure
    count: int
    high: int | None


def _phrase_at(toks: list[Tok], i: int, phrases) -> int:
    """Length of the first phrase matching at token i (0 if none)."""
    for p in phrases:
        if tuple(t.low for t in toks[i:i + len(p)]) == p:
            return len(p)
    return 0


def _phrase_before(toks: list[Tok], i: int, phrases) -> int:
    for p in phrases:
        if i - len(p) >= 0 and tuple(t.low for t in toks[i - len(p):i]) == p:
            return len(p)
    return 0


# Per word list: the words that are no number whatever follows (most words), so each costs one set probe.
_NO_VALUE: dict[int, tuple[CasualtyWords, set[str]]] = {}
_NO_VALUE_MAX = 1 << 16


def _value(toks: list[Tok], i: int, w: CasualtyWords) -> tuple[int, int, int | None] | None:
    """(tokens used, value, high for a vague word) of a number at token i, or None."""
    t = toks[i].low
    known = _NO_VALUE.get(id(w))
    if known is None or known[0] is not w:
        known = _NO_VALUE[id(w)] = (w, set())
    if t in known[1]:
        return None
    if t[0].isdigit():
        span = _NUMBER_RANGE.fullmatch(t)  # "5-7"
        if span and int(span.group(2)) > int(span.group(1)):
            return 1, int(span.group(1)), int(span.group(2))
        if not _WHOLE_NUMBER.fullmatch(t) or (_YEAR.fullmatch(t) and len(t) == 4):
            return None  # clock times, decimals, codes with letters, "57-year-old", years
        return 1, int(t.replace(",", "")), None
    if t in w.vague:
        lo, hi = w.vague[t]
        return 1, lo, hi
    if t in ("a", "an") and i + 1 < len(toks):  # "a dozen", "a hundred"
        nxt = toks[i + 1].low
        value = w.numbers.get(nxt) if nxt == "dozen" else w.multipliers.get(nxt)
        return (2, value, None) if value else None
    parts = t.replace("\u2013", "-").split("-")
    if all(p in w.numbers for p in parts) and parts:
        value = sum(w.numbers[p] for p in parts)  # "twenty-five"
        used = 1
        if i + 1 < len(toks) and toks[i + 1].low in w.multipliers:
            value, used = value * w.multipliers[toks[i + 1].low], 2
        return used, value, None
    if t not in ("a", "an"):  # "a" at the text's end only: "a dozen" is a number
        if len(known[1]) > _NO_VALUE_MAX:
            known[1].clear()
        known[1].add(t)
    return None


def _number(toks: list[Tok], i: int, w: CasualtyWords) -> _Number | None:
    v = _value(toks, i, w)
    if v is None:
        return None
    used, count, high = v
    j = i + used
    lo_i = i
    # a range: "five to seven", "5 or 6", "between 5 and 7"; "5-7" is one token
    if j + 1 < len(toks) and toks[j].low in w.range_joiners:
        v2 = _value(toks, j + 1, w)
        if v2 is not None and v2[1] > count and high is None:
            high, j = v2[1], j + 1 + v2[0]
            if i > 0 and toks[i - 1].low == "between":
                lo_i = i - 1
    n = _phrase_before(toks, lo_i, w.lower_bound)
    if n:
        lo_i -= n
        if toks[lo_i].low in ("more", "over") or toks[lo_i].low == "in":
            count += 1
    else:
        n = _phrase_before(toks, lo_i, w.upper_bound)
        if n:
            lo_i, high, count = lo_i - n, count, 1
        else:
            lo_i -= _phrase_before(toks, lo_i, w.approximate)
    return _Number(lo_i, j, count, high)


def _false_friend(toks: list[Tok], num: _Number, first: int, w: CasualtyWords) -> bool:
    if num.j < len(toks):
        nxt = toks[num.j].low
        two = nxt + (" " + toks[num.j + 1].low if num.j + 1 < len(toks) else "")
        if nxt in w.not_before or two in w.not_before or nxt.startswith(("year-old", "-year")):
            return True
    if first > 0:
        prev = toks[first - 1].low
        if prev in w.months or prev in w.not_after:
            return True
    return False


def _kind_before(toks: list[Tok], i: int, w: CasualtyWords) -> str | None:
    for p, kind in w.verbs_by_last.get(toks[i - 1].low, w.verbs_by_last[""]) if i >= 1 else w.verbs_by_last[""]:
        if i - len(p) >= 0 and tuple(t.low for t in toks[i - len(p):i]) == p:
            return kind
    if i >= 1 and toks[i - 1].low == "leaving":
        return "leaving"  # "leaving two smugglers dead": the word after decides
    return None


def _kind_after(toks: list[Tok], j: int, w: CasualtyWords) -> tuple[str, int] | None:
    gap = 0
    k = j
    while k < len(toks) and gap <= w.max_gap:
        for p, kind in w.after_by_first.get(toks[k].low, w.after_by_first[""]):
            if tuple(t.low for t in toks[k:k + len(p)]) == p:
                return kind, k + len(p)
        low = toks[k].low
        if low == "," and k + 1 < len(toks) and toks[k + 1].low in ("including", "among"):
            close = next((n for n in range(k + 1, min(len(toks), k + 12)) if toks[n].low == ","), None)
            if close is not None:  # "seven civilians, including two children, were killed"
                k = close + 1
                continue
        if low in w.boundaries or (_value(toks, k, w) is not None and k > j):
            return None
        if low not in w.auxiliaries:
            if gap > 0 and low.endswith(("ed", "ing")) and not low.endswith(("ened", "red")):
                return None  # another verb: "1,200 troops deployed ..."
            gap += 1
        k += 1
    return None


def _toll(toks: list[Tok], i: int, w: CasualtyWords) -> bool:
    """'the death toll rose to nine', 'put the toll at seven': a toll word a few words before."""
    for back in range(1, 6):
        k = i - back
        if k < 0 or toks[k].low in (",", ";"):
            return False
        if _phrase_at(toks, k, w.toll_words):
            return True
    return False


def parse_casualties(text: str, offset: int = 0, claimant: str | None = None) -> list[Casualty]:
    """Every casualty figure in ``text`` (offsets into the article when ``offset`` is the text's start)."""
    w = casualty_words()
    toks = tokens(text, offset)
    out: list[Casualty] = []
    i = 0
    while i < len(toks):
        num = _number(toks, i, w)
        if num is None or toks[i].low in w.no_count:
            i += 1
            continue
        if _false_friend(toks, num, num.i, w):
            i = num.j
            continue
        kind, end = _kind_before(toks, num.i, w), num.j
        if kind in (None, "leaving"):
            after = _kind_after(toks, num.j, w)
            if after is not None:
                kind, end = after
            elif kind == "leaving":
                kind = None
        if kind is None and _toll(toks, num.i, w):
            kind = "killed"
        if kind is not None:
            first = num.i - (1 if _kind_before(toks, num.i, w) else 0)
            start = toks[max(first, 0)].start
            stop = toks[end - 1].end
            high = num.high if num.high is not None and num.high != num.count else None
            out.append(Casualty(kind, num.count, high, text[start - offset:stop - offset], start, stop, claimant))
        i = num.j
    return _unique(out)


def _unique(items: list[Casualty]) -> list[Casualty]:
    seen, out = set(), []
    for c in items:
        key = (c.kind, c.count, c.high, c.start)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
