"""What one line of page text is: body sentence, page furniture or headline.

Shared by the text reader (to find a title) and the cleaner (to strip furniture).
"""

from __future__ import annotations

import re

from truce.ingest.resources import boilerplate_patterns

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_HEADLINE_END = re.compile(r"[.,;:!?…]$|[.!?][\"'”’)\]]+$")
_NOT_HEADLINE_END = re.compile(r"[-–—(/]$")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,},")  # "NORTOWN, May 2 -": a dateline, which later stages need
_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "up", "with", "vs", "via"])
MIN_SENTENCE_WORDS = 9  # "more than 8 words"
MAX_HEADLINE_WORDS = 20


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_body_sentence(line: str) -> bool:
    """A real sentence: ends with . ! ? (closing quotes allowed) and has more than 8 words."""
    line = line.strip()
    return bool(_SENTENCE_END.search(line)) and len(words(line)) >= MIN_SENTENCE_WORDS


def furniture_reason(line: str) -> str | None:
    """``boilerplate:<name>`` when the line is page furniture, else None.

    Whole-line and prefix patterns never remove a body sentence; ``always`` patterns do
    (narrow notices such as cookie and copyright lines).
    """
    line = line.strip()
    if not line:
        return None
    sentence = is_body_sentence(line)
    for pattern in boilerplate_patterns():
        if pattern.kind == "always":
            hit = pattern.regex.match(line)
        elif sentence:
            continue
        elif pattern.kind == "whole":
            hit = pattern.regex.fullmatch(line)
        else:
            hit = pattern.regex.match(line)
        if hit:
            return f"boilerplate:{pattern.name}"
    return None


def is_headline_like(line: str, max_words: int = MAX_HEADLINE_WORDS) -> bool:
    """Short, starts with a capital or digit, no final sentence punctuation."""
    line = line.strip()
    count = len(words(line))
    if not 2 <= count <= max_words or _HEADLINE_END.search(line) or _NOT_HEADLINE_END.search(line):
        return False
    if _DATELINE.match(line):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'‘“"


def is_title_cased(line: str) -> bool:
    """Most content words capitalised (as teaser headlines are), e.g. 'Talks Resume in Capital'."""
    content = [w for w in words(line) if w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    if len(content) < 2:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.6
