"""Offline language identification for the English-only coder.

py3langid (a small n-gram model shipped in the wheel) makes the guess; a share of
English function words guards against its known failure on short or name-heavy
text, so English copy is never skipped just because a headline confused the model.
Without py3langid installed, the function-word share decides alone.

Scripts written without spaces between words (Chinese, Japanese, Thai, ...) would
otherwise look like a few very long "words": there every two characters count as a
word (``unspaced_chars_per_word``), so a full Japanese article is judged (and skipped as non-English) instead of
passing as text too short to judge. Thresholds: ``[ingest] language_min_words``,
``language_sample_chars``, ``english_min_share``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from truce.ingest.lines import ingest_settings
from truce.ingest.resources import english_words
from truce.settings import Section

_WORD = re.compile(r"[^\W\d_]+")
# Han, kana, Hangul syllables, Thai, Lao, Khmer, Myanmar, Tibetan: scripts whose words are not spaced.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                       r"\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _classifier():
    try:
        import py3langid
    except ImportError:  # pragma: no cover - optional dependency
        return None
    return py3langid.classify


def english_ratio(words: list[str]) -> float:
    vocabulary = english_words()
    return sum(w.lower() in vocabulary for w in words) / len(words) if words else 0.0


def unspaced_words(text: str, settings: Section | None = None) -> int:
    """Word-equivalents written in scripts without spaces (``unspaced_chars_per_word`` characters to a word)."""
    return len(_UNSPACED.findall(text)) // ingest_settings(settings).unspaced_chars_per_word


def word_count(sample: str, words: list[str], settings: Section | None = None) -> int:
    """Words, counting characters of unspaced scripts ``unspaced_chars_per_word`` to a word."""
    unspaced = len(_UNSPACED.findall(sample))
    if not unspaced:
        return len(words)
    spaced = sum(1 for w in words if not _UNSPACED.search(w))
    return spaced + unspaced // ingest_settings(settings).unspaced_chars_per_word


def detect_language(text: str, settings: Section | None = None) -> str | None:
    """ISO 639-1 code ('en', 'fr' ...) or None when the text is too short to judge."""
    s = ingest_settings(settings)
    sample = text[:s.language_sample_chars]
    words = _WORD.findall(sample)
    if word_count(sample, words, s) < s.language_min_words:
        return None
    if english_ratio(words) >= s.english_min_share:
        return "en"
    classify = _classifier()
    if classify is None:
        return "und"  # not English by function words; the real language is unknown
    guess, _score = classify(sample)
    return "en" if guess == "en" else str(guess)
