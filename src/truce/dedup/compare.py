"""Order-free, sentence-level comparison of a presumed copy with a presumed original.

Containment is the share of the copy's sentences found in the original; a sentence is
found when its content words (after spin folding) overlap enough with one original
sentence. Nothing depends on sentence order, so reordered and stitched pages score
like plain copies of the parts they took.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from truce.dedup.text import Sentence

SENTENCE_MATCH = 0.6  # |shared content words| / max(len) for two sentences to be "the same"
FULL_CONTAINMENT = 0.5  # at least this share of the copy comes from the original: a copy
PARTIAL_CONTAINMENT = 0.15  # a stitched page: a smaller share of the copy ...
PARTIAL_COVERAGE = 0.2  # ... that takes a good part of the original
MIN_MATCHED = 2  # one shared sentence (a stock phrase, a quote) is not a copy
ANCHOR_SLACK = 0.25  # share of differing anchors (names, numbers, quotes) two matched sentences may have
SPUN_SHARE = 0.25  # share of matched sentences whose wording differs: a spun copy


@dataclass(frozen=True)
class Match:
    """How much of ``copy`` comes from ``original`` and how it was transformed."""

    containment: float  # share of the copy's sentences matched in the original
    coverage: float  # share of the original's sentences that reappear in the copy
    matched: int
    reworded: int  # matched sentences whose wording differs (spin, edits)
    reordered: bool
    run: int = 0  # longest stretch of consecutive copy sentences taken from consecutive original ones

    @property
    def is_copy(self) -> bool:
        if self.matched and self.containment == 1.0 and self.coverage == 1.0:
            return True  # the same short text: one or two sentences, all shared both ways
        if self.matched < MIN_MATCHED:
            return False
        if self.containment >= FULL_CONTAINMENT:
            return True
        return (self.containment >= PARTIAL_CONTAINMENT and self.coverage >= PARTIAL_COVERAGE
                and self.run >= MIN_MATCHED)  # a stitched page lifts whole paragraphs

    def method(self, same_text: bool) -> str:
        """exact, partial (a part stitched into another page), spun, reordered or near."""
        if same_text:
            return "exact"
        if self.containment < FULL_CONTAINMENT:
            return "partial"
        if self.reworded >= max(1, SPUN_SHARE * self.matched):
            return "spun"
        return "reordered" if self.reordered else "near"


def compare(copy: list[Sentence], original: list[Sentence]) -> Match:
    """Match every copy sentence to its best original sentence (inverted index, no all-pairs)."""
    if not copy or not original:
        return Match(0.0, 0.0, 0, 0, False)
    by_token: dict[str, list[int]] = defaultdict(list)
    for j, t in enumerate(original):
        for tok in t.tokens:
            by_token[tok].append(j)
    pairs: list[tuple[int, int]] = []
    reworded = 0
    for i, s in enumerate(copy):
        j = _best(s, original, by_token)
        if j is None:
            continue
        pairs.append((i, j))
        reworded += s.raw != original[j].raw
    js = [j for _, j in pairs]
    return Match(
        containment=len(pairs) / len(copy),
        coverage=len(set(js)) / len(original),
        matched=len(pairs),
        reworded=reworded,
        reordered=any(a > b for a, b in zip(js, js[1:], strict=False)),
        run=_longest_run(pairs),
    )


def _longest_run(pairs: list[tuple[int, int]]) -> int:
    best = cur = 0
    prev = None
    for i, j in pairs:
        cur = cur + 1 if prev and (i, j) == (prev[0] + 1, prev[1] + 1) else 1
        best = max(best, cur)
        prev = (i, j)
    return best


def _best(s: Sentence, original: list[Sentence], by_token: dict[str, list[int]]) -> int | None:
    shared: dict[int, int] = defaultdict(int)
    for tok in s.tokens:
        for j in by_token.get(tok, ()):
            shared[j] += 1
    best, best_score = None, SENTENCE_MATCH
    for j in sorted(shared):
        score = shared[j] / max(len(s.tokens), len(original[j].tokens))
        if score >= best_score + (1e-9 if best is not None else 0.0) and _anchors_agree(s, original[j]):
            best, best_score = j, score
    return best


def _anchors_agree(a: Sentence, b: Sentence) -> bool:
    """Names, numbers and quotes survive spinning: two sentences that differ in them are different."""
    differ = len(a.anchors ^ b.anchors)
    return differ <= max(1, ANCHOR_SLACK * len(a.anchors | b.anchors))
