"""What one line of page text is: body sentence, page furniture or headline.

Shared by the text reader (to find a title) and the cleaner (to strip furniture).
The word counts that decide are ``[ingest]`` settings (``min_sentence_words``,
``min_headline_words``, ``max_headline_words``); pass the stage's settings table, or
get the shipped defaults.
"""

from __future__ import annotations

import re

from truce.ingest.resources import boilerplate_patterns, english_words
from truce.settings import Section, default_settings
from truce.time.published import starts_with_dateline

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_HEADLINE_END = re.compile(r"[.,;:!?…]$|[.!?][\"'”’)\]]+$")
_NOT_HEADLINE_END = re.compile(r"[-–—(/]$")


def ingest_settings(settings: Section | None = None) -> Section:
    """The ``[ingest]`` table given, or the shipped defaults."""
    return settings if settings is not None else default_settings().ingest


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_body_sentence(line: str, settings: Section | None = None) -> bool:
    """A real sentence: ends with . ! ? (closing quotes allowed) and has ``min_sentence_words`` words."""
    line = line.strip()
    return bool(_SENTENCE_END.search(line)) and len(words(line)) >= ingest_settings(settings).min_sentence_words


def furniture_reason(line: str, settings: Section | None = None) -> str | None:
    """``boilerplate:<name>`` when the line is page furniture, else None.

    Whole-line and prefix patterns never remove a body sentence; ``always`` patterns do
    (narrow notices such as cookie and copyright lines).
    """
    line = line.strip()
    if not line:
        return None
    sentence = is_body_sentence(line, settings)
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


def is_headline_like(line: str, settings: Section | None = None, max_words: int | None = None) -> bool:
    """Short, starts with a capital or digit, no final sentence punctuation, not a dateline."""
    s = ingest_settings(settings)
    line = line.strip()
    count = len(words(line))
    limit = s.max_headline_words if max_words is None else max_words
    if not s.min_headline_words <= count <= limit or _HEADLINE_END.search(line) or _NOT_HEADLINE_END.search(line):
        return False
    if starts_with_dateline(line):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'‘“"


def is_title_cased(line: str, settings: Section | None = None) -> bool:
    """A headline in title case ("Army Retakes Key Town From Rebels"): of the content words after the first
    (not function words, not numbers), at least ``title_case_min_words``, and ``title_case_share`` of them
    capitalised."""
    s = ingest_settings(settings)
    function = english_words()
    content = [w for w in words(line)[1:] if w.isalpha() and len(w) > 1 and w.lower() not in function]
    if len(content) < s.title_case_min_words:
        return False
    return sum(w[0].isupper() for w in content) >= s.title_case_share * len(content)
