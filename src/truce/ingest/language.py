"""Offline language identification for the English-only coder.

py3langid (a small n-gram model shipped in the wheel) makes the guess; a ratio of
English function words guards against its known failure on short or name-heavy
text, so English copy is never skipped just because a headline confused the model.
Without py3langid installed, the function-word ratio decides alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from truce.ingest.resources import english_words

_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 6  # below this, no judgement: language stays None and nothing is skipped
SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _classifier():
    """py3langid's classifier over its model memory-mapped from truce's cache (truce.cache): the
    model is unpacked once, not in every process (0.5 s of CPU each)."""
    from truce.cache import langid_classifier

    return langid_classifier()


def english_ratio(words: list[str]) -> float:
    vocabulary, _ = english_words()
    return sum(w.lower() in vocabulary for w in words) / len(words) if words else 0.0


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ('en', 'fr' ...) or None when the text is too short to judge."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return None
    _, min_ratio = english_words()
    if english_ratio(words) >= min_ratio:
        return "en"
    classify = _classifier()
    if classify is None:
        return "und"  # not English by function words; the real language is unknown
    guess, _score = classify(sample)
    return "en" if guess == "en" else str(guess)
