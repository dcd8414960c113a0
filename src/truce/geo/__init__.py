"""The place stage: toponyms -> gazetteer entries; events -> locations. Placeholder until geoparsing lands."""

from __future__ import annotations

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.records import Article, Event, Place


class Geoparser:
    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()

    def find_places(self, doc: Doc, article: Article) -> list[Place]:
        return [Place(text=e.text, start=e.start_char, end=e.end_char)
                for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]

    def locate_events(self, events: list[Event], places: list[Place], doc: Doc,
                      article: Article) -> list[Event]:
        return events
