"""The place stage: toponyms -> gazetteer entries; events -> where they happened.

``Geoparser.find_places`` recognises toponyms (``recognize``) and resolves them together with
the article's context (``resolve``) against the offline gazetteer (``gazetteer``);
``Geoparser.locate_events`` picks each event's location (``locate``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.geo.gazetteer import Gazetteer, default_gazetteer
from truce.geo.locate import locate_event
from truce.geo.recognize import Mention, find_mentions
from truce.geo.resolve import Resolution, resolve_mentions
from truce.nlp import doc_text
from truce.records import Article, Event, Place

__all__ = ["Geoparser"]


def _doc_text(doc: Doc, article: Article) -> str:
    """The parsed text: the article's own string when the doc was parsed from it (cheap check),
    because ``doc.text`` is rebuilt from the tokens on every access."""
    if not len(doc):
        return doc.text
    last = doc[-1]
    if last.idx + len(last.text_with_ws) == len(article.text) and \
            article.text[last.idx:last.idx + len(last.text)] == last.text:
        return article.text
    return doc.text


class Geoparser:
    """Finds and resolves places; one instance per process, the gazetteer is shared read-only.

    ``demonyms``: also report national adjectives ("Syrian troops") as places, resolved to
    their country, as the TR-News annotation does. Off by default: an adjective is not a place.
    """

    def __init__(self, config: TruceConfig | None = None, gazetteer: Gazetteer | None = None,
                 demonyms: bool = False) -> None:
        self.config = config or TruceConfig()
        self._gazetteer = gazetteer
        self.demonyms = demonyms

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def find_places(self, doc: Doc, article: Article) -> list[Place]:
        """Toponyms in the article, each resolved (unresolvable ones keep name None)."""
        text = _doc_text(doc, article)
        mentions = find_mentions(doc, self.gazetteer, with_demonyms=self.demonyms, text=text)
        return self._places(mentions, text)

    def resolve_spans(self, doc: Doc, article: Article, spans: list[tuple[int, int]]) -> list[Place]:
        """Resolve given toponym spans (e.g. gold spans) with the article's context.

        The context is the given spans themselves: focus countries, coherence and hierarchy are
        computed over them, exactly as for recognised mentions.
        """
        from truce.geo.recognize import demonyms

        dem = demonyms()
        text = doc_text(doc)
        mentions = [Mention(text[s:e], s, e, "given", dem.get(text[s:e])) for s, e in spans]
        return self._places(mentions, text)

    def locate_events(self, events: list[Event], places: list[Place], doc: Doc,
                      article: Article) -> list[Event]:
        """Set ``event.location`` for every event (None only when the article names no place)."""
        text = _doc_text(doc, article) if events else ""
        for event in events:
            event.location = locate_event(event, places, doc, self.gazetteer, text)
        return events

    def _places(self, mentions: list[Mention], text: str) -> list[Place]:
        resolutions = resolve_mentions(self.gazetteer, mentions, text)
        return [self._place(m, r) for m, r in zip(mentions, resolutions, strict=True)]

    def _place(self, mention: Mention, res: Resolution) -> Place:
        place = Place(text=mention.text, start=mention.start, end=mention.end)
        if res.entry < 0:
            return place
        gaz = self.gazetteer
        e = res.entry
        place.name = gaz.name[e]
        place.geonameid = gaz.gid[e] or None
        place.lat, place.lon = gaz.lat[e], gaz.lon[e]
        place.feature_code = gaz.fcode[e]
        place.country = gaz.iso3.get(gaz.cc[e]) if gaz.cc[e] else None
        place.admin1 = gaz.admin1[e] or None
        place.precision = res.precision
        place.score = round(res.score, 3)
        return place
