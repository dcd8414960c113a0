"""The actor-coding stage: actor spans -> {country, sector, name}. Placeholder until the full coder lands."""

from __future__ import annotations

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.records import Article, Event


class ActorCoder:
    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()

    def code(self, events: list[Event], doc: Doc, article: Article) -> list[Event]:
        for event in events:
            for ref in event.actor + event.recipient:
                ref.reason = ref.reason or "uncoded: no dictionary entry"
        return events
