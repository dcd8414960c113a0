"""Long texts: coded in pieces cut at paragraph breaks, or skipped past a hard limit.

The parser's cost and memory grow with a text's length, and several later steps
compare every event of an article with the whole article, so one book-length text can
stall a run (spaCy itself refuses texts over 1,000,000 characters). Two settings bound
the work per article:

* ``[ingest] piece_chars``: a longer article becomes several articles ("pieces"), each
  at most that long, cut at paragraph breaks (blank lines), else at line breaks, else
  after a sentence's final punctuation, else at a space (a run longer than a piece
  with no space at all is cut where it must be: it holds no sentence). A piece keeps the article's url, title, source
  and publication date; ``meta["piece"] = [i, n]`` and ``meta["whole_id"]`` say where it
  came from, and its origin ends in ``#piece-i-of-n``. Cutting there is safe: events are
  found within sentences, so no event is split. Coreference and relative dates do not
  reach across pieces.
* ``[ingest] max_article_chars``: a longer text is not an article (a book, a dump, a
  page that is mostly markup); it is skipped as ``too-large`` with its length.
"""

from __future__ import annotations

import dataclasses
import re

from truce.ids import article_id
from truce.records import Article, Skipped
from truce.settings import Section

# Where a text may be cut, safest first, and what joins the parts a piece keeps together:
# paragraph breaks, line breaks, the space after a sentence's final punctuation, any space.
_CUTS = ((re.compile(r"\n[ \t]*\n\s*"), "\n\n"), (re.compile(r"\n\s*"), "\n"),
         (re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+"), " "), (re.compile(r"\s+"), " "))


def cut_text(text: str, limit: int, level: int = 0) -> list[str]:
    """Consecutive parts of ``text``, each at most ``limit`` characters, cut at the safest breaks
    that suffice. A run with no space at all (no sentence is that long) is cut where it must be."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    if level == len(_CUTS):
        return [text[i:i + limit] for i in range(0, len(text), limit)]
    pattern, joiner = _CUTS[level]
    parts: list[str] = []
    current = ""
    for segment in pattern.split(text):
        if not segment.strip():
            continue
        if len(segment) > limit:  # too long for one piece: cut it at the next finer kind of break
            finer = cut_text(segment, limit, level + 1)
            if current:
                parts.append(current)
            parts.extend(finer)
            current = ""
        elif not current:
            current = segment
        elif len(current) + len(joiner) + len(segment) <= limit:
            current += joiner + segment
        else:
            parts.append(current)
            current = segment
    if current:
        parts.append(current)
    return parts


def split_article(article: Article, settings: Section) -> list[Article | Skipped]:
    """``[article]`` when it is short enough, its pieces when it is long, a skip when too long."""
    length = len(article.text)
    if length <= settings.piece_chars:
        return [article]
    if length > settings.max_article_chars:
        return [Skipped(origin=article.origin, kind="too-large", article_id=article.id,
                        message=f"text of {length} characters > max_article_chars {settings.max_article_chars} "
                                f"(a book or a dump, not an article; raise [ingest] max_article_chars to code it)")]
    parts = cut_text(article.text, settings.piece_chars)
    n = len(parts)
    return [dataclasses.replace(
        article, id=article_id(part, article.url), text=part, origin=f"{article.origin}#piece-{i}-of-{n}",
        headlines=list(article.headlines), removed=list(article.removed),
        meta={**article.meta, "piece": [i, n], "whole_id": article.id})
        for i, part in enumerate(parts, start=1)]
