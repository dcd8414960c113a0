"""Plain text: the text is the article; its first non-furniture line may be the title."""

from __future__ import annotations

from truce.ingest.article import build_article
from truce.ingest.lines import furniture_reason, is_body_sentence, is_headline_like
from truce.records import Article, Skipped
from truce.settings import Section


def guess_title(text: str, settings: Section | None = None) -> str | None:
    """The first non-furniture line when it reads as a headline and body text follows it."""
    content = []
    for raw in text.splitlines():  # only the first two content lines matter
        line = raw.strip()
        if line and not furniture_reason(line, settings):
            content.append(line)
            if len(content) == 2:
                break
    if len(content) >= 2 and is_headline_like(content[0], settings) and not is_body_sentence(content[0], settings):
        return content[0]
    return None


def read_plain(text: str, origin: str, user_date: str | None = None, fmt: str = "text",
               skip_non_english: bool = True, settings: Section | None = None) -> Article | Skipped:
    if not text.strip():
        return Skipped(origin=origin, kind="empty", message="no text")
    return build_article(text, origin=origin, fmt=fmt, title=guess_title(text, settings), user_date=user_date,
                         skip_non_english=skip_non_english, settings=settings)
