"""Plain text: the text is the article; its first non-furniture line may be the title."""

from __future__ import annotations

from truce.ingest.article import build_article
from truce.ingest.lines import furniture_reason, is_body_sentence, is_headline_like
from truce.records import Article, Skipped


def guess_title(text: str) -> str | None:
    """The first non-furniture line when it reads as a headline and body text follows it."""
    lines = [line.strip() for line in text.splitlines()]
    content = [line for line in lines if line and not furniture_reason(line)]
    if len(content) >= 2 and is_headline_like(content[0]) and not is_body_sentence(content[0]):
        return content[0]
    return None


def read_plain(text: str, origin: str, user_date: str | None = None, fmt: str = "text",
               skip_non_english: bool = True) -> Article | Skipped:
    if not text.strip():
        return Skipped(origin=origin, kind="empty", message="no text")
    return build_article(text, origin=origin, fmt=fmt, title=guess_title(text), user_date=user_date,
                         skip_non_english=skip_non_english)
