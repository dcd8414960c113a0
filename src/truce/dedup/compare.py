"""Order-free, sentence-level comparison of a presumed copy with a presumed original.

Containment is the share of the copy's sentences found in the original; a sentence is
found when its content words (after spin folding) overlap enough with one original
sentence. Nothing depends on sentence order, so reordered and stitched pages score
like plain copies of the parts they took. Thresholds are settings ``[dedup]`` keys.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from truce.dedup.text import Sentence


@dataclass(frozen=True)
class Match:
    """How much of ``copy`` comes from ``original`` and how it was transformed."""

    containment: float  # share of the copy's sentences matched in the original
    coverage: float  # share of the original's sentences that reappear in the copy
    matched: int
    reworded: int  # matched sentences whose wording differs (spin, edits)
    reordered: bool
    run: int = 0  # longest stretch of consecutive copy sentences taken from consecutive original ones
    close: int = 0  # matched sentences sharing at least ``close_match`` of their content words

    def is_copy(self, cfg: Any) -> bool:
        if self.matched and self.containment == 1.0 and self.coverage == 1.0:
            return True  # the same short text: one or two sentences, all shared both ways
        if self.matched < cfg.min_matched or self.close < cfg.min_matched:
            return False  # formulaic briefs share loosely matching lines; a copy repeats some closely
        if self.containment >= cfg.full_containment:
            return True
        return (self.containment >= cfg.partial_containment and self.coverage >= cfg.partial_coverage
                and self.run >= cfg.min_matched)  # a stitched page lifts whole paragraphs

    def method(self, same_text: bool, cfg: Any) -> str:
        """exact, partial (a part stitched into another page), spun, reordered or near."""
        if same_text:
            return "exact"
        if self.containment < cfg.full_containment:
            return "partial"
        if self.reworded >= max(1, cfg.spun_share * self.matched):
            return "spun"
        return "reordered" if self.reordered else "near"


def compare(copy: list[Sentence], original: list[Sentence], cfg: Any) -> Match:
    """Match every copy sentence to its best original sentence (inverted index, no all-pairs)."""
    if not copy or not original:
        return Match(0.0, 0.0, 0, 0, False)
    by_token = token_index(original)
    pairs: list[tuple[int, int]] = []
    reworded = close = 0
    for i, s in enumerate(copy):
        j = best_match(s, original, by_token, cfg)
        if j is None:
            continue
        pairs.append((i, j))
        reworded += s.raw != original[j].raw
        close += share(s, original[j]) >= cfg.close_match
    js = [j for _, j in pairs]
    return Match(
        containment=len(pairs) / len(copy),
        coverage=len(set(js)) / len(original),
        matched=len(pairs),
        reworded=reworded,
        reordered=any(a > b for a, b in zip(js, js[1:], strict=False)),
        run=_longest_run(pairs),
        close=close,
    )


def _longest_run(pairs: list[tuple[int, int]]) -> int:
    best = cur = 0
    prev = None
    for i, j in pairs:
        cur = cur + 1 if prev and (i, j) == (prev[0] + 1, prev[1] + 1) else 1
        best = max(best, cur)
        prev = (i, j)
    return best


def token_index(sents: list[Sentence]) -> dict[str, list[int]]:
    """Content word -> indexes of the sentences holding it (for ``best_match``)."""
    by_token: dict[str, list[int]] = defaultdict(list)
    for j, t in enumerate(sents):
        for tok in t.tokens:
            by_token[tok].append(j)
    return by_token


def best_match(s: Sentence, original: list[Sentence], by_token: dict[str, list[int]], cfg: Any) -> int | None:
    """Index of the original sentence that ``s`` is a (possibly spun) copy of, or None."""
    shared: dict[int, int] = defaultdict(int)
    for tok in s.tokens:
        for j in by_token.get(tok, ()):
            shared[j] += 1
    best, best_score = None, cfg.sentence_match
    for j in sorted(shared):
        score = shared[j] / max(len(s.tokens), len(original[j].tokens))
        if score >= best_score + (1e-9 if best is not None else 0.0) and anchors_agree(s, original[j], cfg):
            best, best_score = j, score
    return best


def share(a: Sentence, b: Sentence) -> float:
    """Shared content words over the larger sentence's."""
    return len(a.tokens & b.tokens) / max(len(a.tokens), len(b.tokens), 1)


def anchors_agree(a: Sentence, b: Sentence, cfg: Any) -> bool:
    """Names, numbers and quotes survive spinning: two sentences that differ in them are different."""
    differ = len(a.anchors ^ b.anchors)
    return differ <= max(1, cfg.anchor_slack * len(a.anchors | b.anchors))
