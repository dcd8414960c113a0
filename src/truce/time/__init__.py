"""The date stage: publication date fallback and event dates. Placeholder until date resolution lands."""

from __future__ import annotations

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.records import Article, Event


class EventDater:
    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()

    def date_article(self, article: Article, doc: Doc | None = None) -> Article:
        """Fill the publication date from weaker evidence (dateline, text) when metadata had none."""
        if article.published is None and self.config.published:
            article.published, article.published_source = self.config.published, "user"
        return article

    def date_events(self, events: list[Event], doc: Doc, article: Article) -> list[Event]:
        for event in events:
            if event.date is None and article.published:
                event.date, event.date_precision = article.published[:10], "reported"
        return events
