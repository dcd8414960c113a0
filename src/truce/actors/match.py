"""Token-based longest match of dictionary names inside a text.

Text and dictionary names are cut into the same tokens (periods dropped so "U.S." == "US",
possessive "'s" split off, hyphen and slash kept as tokens) and folded: lower case and no
accents, except all-capital acronyms ("US", "UN"), which match only as written.  A trie over the
folded tokens finds the longest name at each position in one pass: no regex per entry, so the
cost does not grow with the dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

_TOKEN = re.compile(r"[\w.'’]+|[^\w\s]")
_POSSESSIVES = ("'s", "’s")
_QUOTE_CHARS = ("'", "’")
_EDGE_CHARS = ("'", "’", ".")  # a last character _add_token may strip
_END = "\0"


class Token(NamedTuple):
    """One token: its folded key, the raw text and character offsets (a tuple: cheap to build, and a
    text is cut into thousands of them)."""

    key: str
    raw: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.raw[:1].isupper() or self.raw[:1].isdigit()


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Matching key of one token: acronyms as written, everything else lower case without accents."""
    word = word.replace(".", "")
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return word
    if word.isascii():
        return word.lower()
    text = unicodedata.normalize("NFKD", word)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Cut ``text`` into matching tokens with offsets (plus ``offset``) into the original string."""
    tokens: list[Token] = []
    append, new = tokens.append, tuple.__new__
    for m in _TOKEN.finditer(text):
        raw, start = m.group(), offset + m.start()
        if raw[-2:] in _POSSESSIVES:  # "group's" -> "group", "'s"
            cut = len(raw) - 2
            _add_token(tokens, raw[:cut], start)
            _add_token(tokens, raw[cut:], start + cut)
        elif raw[0] in _QUOTE_CHARS or raw[-1] in _EDGE_CHARS:
            _add_token(tokens, raw, start)
        else:  # most words: nothing to strip
            key = fold(raw)
            if key:
                append(new(Token, (key, raw, start, start + len(raw))))
    return tokens


_WHOLE_TEXTS: dict[str, list[Token]] = {}  # the last whole texts cut (the geoparser's and the actor coder's)
_WHOLE_TEXTS_MAX = 2


def tokenize_text(text: str) -> list[Token]:
    """``tokenize(text)`` of an article's whole text, remembered for the last two texts: the geoparser's
    organisation evidence cuts the article text and the actor focus the parsed text, the same string
    when the article has no header to blank (half the articles). A new list each call."""
    got = _WHOLE_TEXTS.get(text)
    if got is None:
        got = next((kept for other, toks in _WHOLE_TEXTS.items() if (kept := _blanked_tokens(text, other, toks)) is not None),
                   None)
        if got is None:
            got = tokenize(text)
        if len(_WHOLE_TEXTS) >= _WHOLE_TEXTS_MAX:
            _WHOLE_TEXTS.pop(next(iter(_WHOLE_TEXTS)))
        _WHOLE_TEXTS[text] = got
    return list(got)


_RUN_CHAR = re.compile(r"[\w.'’]")  # a character of ``_TOKEN``'s runs


def _blanked_tokens(text: str, other: str, tokens: list[Token]) -> list[Token] | None:
    """``tokenize(text)`` from ``tokens = tokenize(other)`` when ``text`` is ``other`` with some stretches
    blanked with spaces (``truce.pipeline.mask_header``: the actor focus reads the masked text, the
    geoparser the article's), else None. The tokens outside the blanked stretches are the same where no
    run of ``other`` crosses a stretch's edge (which the check refuses); those inside are dropped."""
    if len(text) != len(other) or text == other:
        return None
    stretches, i, n = [], 0, len(text)
    while True:
        i = _first_difference(text, other, i)
        if i == n:
            break
        j = i
        while j < n and text[j] == " ":
            j += 1
        if j == i:
            return None  # a difference that is no blank
        for edge in (i, j):
            if 0 < edge < n and _RUN_CHAR.match(other[edge - 1]) and _RUN_CHAR.match(other[edge]):
                return None  # a word of ``other`` cut by the stretch: its pieces would be new tokens
        stretches.append((i, j))
        i = j
    kept = tokens
    for a, b in reversed(stretches):  # tokens are in text order and never overlap: cut out each stretch's slice
        first = bisect_right(kept, a, key=_token_end)  # the first token ending after a
        kept = kept[:first] + kept[bisect_left(kept, b, lo=first, key=_token_start):]
    return kept


def _token_end(t: Token) -> int:
    return t.end


def _token_start(t: Token) -> int:
    return t.start


def _first_difference(a: str, b: str, start: int) -> int:
    """The first index from ``start`` where ``a`` and ``b`` (of equal length) differ, or their length:
    by halving with slice comparisons (C speed) rather than a character loop."""
    lo, hi = start, len(a)
    if a[lo:] == b[lo:]:
        return hi
    while hi - lo > 1:  # the first difference is in [lo, hi)
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _add_token(tokens: list[Token], part: str, start: int) -> None:
    """One piece of a regex token: quotes around it dropped, a single trailing period dropped."""
    stripped, lead = part, 0
    if (part[:1] in _QUOTE_CHARS or part[-1:] in _QUOTE_CHARS) and part not in _POSSESSIVES:
        stripped = part.strip("'’")
        lead = len(part) - len(part.lstrip("'’"))
    if stripped.endswith(".") and stripped.count(".") == 1:
        stripped = stripped[:-1]
    key = fold(stripped)
    if key:
        s = start + lead
        tokens.append(Token(key, stripped, s, s + len(stripped)))


def name_keys(name: str) -> tuple[str, ...]:
    if name.isalpha():  # fast path: most names are one plain word
        return (fold(name),)
    if all(w.isalpha() for w in name.split(" ")):
        return tuple(fold(w) for w in name.split(" ") if w)
    return tuple(t.key for t in tokenize(name))


@dataclass(frozen=True)
class Match(Generic[T]):
    """A dictionary name found at tokens [i, j) of a token list."""

    i: int
    j: int
    values: tuple[T, ...]


class Trie(Generic[T]):
    """Maps token sequences to values; finds leftmost-longest matches."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, keys: Iterable[str], value: T, replace: bool = False) -> None:
        node = self.root
        for key in keys:
            node = node.setdefault(key, {})
        if replace or _END not in node:
            node[_END] = []
        node[_END].append(value)

    def get(self, keys: Iterable[str]) -> list[T]:
        node = self.root
        for key in keys:
            node = node.get(key)
            if node is None:
                return []
        return list(node.get(_END, []))

    def find(self, tokens: list[Token], accept=None) -> list[Match[T]]:
        """Leftmost-longest, non-overlapping matches; ``accept(values, tokens, i, j)`` filters candidates."""
        out: list[Match[T]] = []
        i, n = 0, len(tokens)
        while i < n:
            best: Match[T] | None = None
            node = self.root
            for j in range(i, n):
                key = tokens[j].key
                nxt = node.get(key)
                if nxt is None and key != key.lower():
                    nxt = node.get(key.lower())
                if nxt is None:
                    break
                node = nxt
                if _END in node:
                    values = tuple(node[_END])
                    if accept is not None:
                        values = tuple(accept(values, tokens, i, j + 1))
                    if values:
                        best = Match(i, j + 1, values)
            if best is None:
                i += 1
            else:
                out.append(best)
                i = best.j
        return out
