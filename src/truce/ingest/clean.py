"""The clean stage: strip scraped-page furniture, keep a record of it. Placeholder."""

from __future__ import annotations

from truce.records import Article


def clean_article(article: Article) -> Article:
    return article
