"""The place stage: toponyms -> gazetteer entries; events -> where they happened.

``Geoparser.find_places`` recognises toponyms (``recognize``) and resolves them together with
the article's context (``resolve``) against the offline gazetteer (``gazetteer``);
``Geoparser.locate_events`` picks each event's location (``locate``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.geo.evidence import organisation_countries
from truce.geo.gazetteer import AnyGazetteer, index_settings, load_gazetteer
from truce.geo.locate import locate_event
from truce.geo.recognize import Mention, find_mentions
from truce.geo.resolve import Resolution, resolve_mentions
from truce.geo.tables import demonym_runs, demonyms
from truce.nlp import doc_text, doc_words
from truce.records import Article, Event, Place

__all__ = ["Geoparser", "outlet_country"]

OWN_WORDS = ("attached-to-trigger", "sentence", "paragraph")  # rules that read the event's own words

# Country-code top-level domains that are not the country's outlets' usual home, or not countries.
_GENERIC_TLDS = {"com", "org", "net", "info", "biz", "news", "io", "co", "tv", "me", "fm", "ly", "am", "eu", "int"}
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "gouv"}


def outlet_country(article: Article) -> str | None:
    """ISO2 of the outlet's country from its web domain ("cbc.ca" -> CA, "abc.net.au" -> AU), if any.

    Generic domains (.com, .org, .net) and ccTLDs used as brands (.ly, .io, .tv, .co) say nothing.
    """
    host = (article.source or article.url or "").lower()
    host = host.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    parts = [p for p in host.split(".") if p]
    if len(parts) < 2:
        return None
    tld = parts[-1]
    if len(tld) != 2 or tld in _GENERIC_TLDS:
        return None
    return "GB" if tld == "uk" else tld.upper()


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

    def __init__(self, config: TruceConfig | None = None, gazetteer: AnyGazetteer | None = None,
                 demonyms: bool = False) -> None:
        self.config = config or TruceConfig()
        self.settings = self.config.settings.geo
        self._gazetteer = gazetteer
        self.demonyms = demonyms

    @property
    def gazetteer(self) -> AnyGazetteer:
        """Opened on first use (a lazy SQLite index: cheap to open, rows read on demand)."""
        if self._gazetteer is None:
            self._gazetteer = _shared_gazetteer(index_settings(self.settings))
        return self._gazetteer

    def find_places(self, doc: Doc, article: Article) -> list[Place]:
        """Toponyms in the article, each resolved (unresolvable ones keep name None, with a note)."""
        text = _doc_text(doc, article)
        context = self.context_countries(doc, text)
        learnt: set[str] = set()
        mentions = find_mentions(doc, self.gazetteer, self.settings, with_demonyms=self.demonyms, text=text,
                                 context=frozenset(context), learnt=learnt)
        for iso2 in learnt:  # the country several names share ("near Leer ... from Bentiu"): a vote, like a group's
            context[iso2] = context.get(iso2, 0.0) + self.settings.joint_support_weight
        return self._places(mentions, text, outlet_country(article), context)

    def context_countries(self, doc: Doc, text: str) -> dict[str, float]:
        """Country votes (ISO2 -> weight) from what is not a toponym: the armed groups and organisations
        the article names (``organisation_weight`` each) and, when national adjectives are not
        themselves mentions, each country they name (``demonym_weight``)."""
        gaz, s = self.gazetteer, self.settings
        out: dict[str, float] = {}
        if s.organisation_weight:
            for iso3, count in organisation_countries(text).items():
                iso2 = gaz.iso2_of(iso3)
                if iso2:
                    out[iso2] = out.get(iso2, 0.0) + s.organisation_weight * count
        if s.demonym_weight and not self.demonyms:
            named = {place for _, _, place in demonym_runs(doc_words(doc).text) if not place.startswith("@")}
            for iso3 in sorted(named):  # a set: its order changes with the hash seed, ties must not
                iso2 = gaz.iso2_of(iso3)
                if iso2:
                    out[iso2] = out.get(iso2, 0.0) + s.demonym_weight
        return out

    def resolve_spans(self, doc: Doc, article: Article, spans: list[tuple[int, int]]) -> list[Place]:
        """Resolve given toponym spans (e.g. gold spans) with the article's context.

        The context is the given spans themselves: focus countries, coherence and hierarchy are
        computed over them, exactly as for recognised mentions.
        """
        dem = demonyms()
        text = doc_text(doc)
        mentions = [Mention(text[s:e], s, e, "given", dem.get(text[s:e])) for s, e in spans]
        return self._places(mentions, text, outlet_country(article), self.context_countries(doc, text))

    def locate_events(self, events: list[Event], places: list[Place], doc: Doc,
                      article: Article) -> list[Event]:
        """Set ``event.location`` for every event (None only when the article names no place)."""
        text = _doc_text(doc, article) if events else ""
        previous = None  # the nearest earlier event's place, from its own words (text order)
        by_offset = sorted(events, key=lambda e: (e.sentence_start, e.trigger_start))
        votes: list[dict[str, float]] = []

        def context() -> dict[str, float]:  # read once, and only for an article that resolves no place
            if not votes:
                votes.append(self.context_countries(doc, text))
            return votes[0]

        for event in by_offset:
            event.location = locate_event(event, places, doc, self.gazetteer, self.settings, text, previous, context)
            loc = event.location
            # An inferred place ("+article") is no evidence for the next events: only places read in words.
            if loc is not None and loc.rule and loc.rule.split("+")[0] in OWN_WORDS and loc.start >= 0 \
                    and not loc.rule.endswith("+article"):
                previous = next((p for p in places if p.start == loc.start), previous)
        return events

    def _places(self, mentions: list[Mention], text: str, outlet: str | None = None,
                context: dict[str, float] | None = None) -> list[Place]:
        resolutions = resolve_mentions(self.gazetteer, mentions, text, self.settings, outlet, context)
        return [self._place(m, r) for m, r in zip(mentions, resolutions, strict=True)]

    def _place(self, mention: Mention, res: Resolution) -> Place:
        place = Place(text=mention.text, start=mention.start, end=mention.end, source=mention.source,
                      in_org=mention.in_org, note=res.note,
                      abstained=res.via == "abstain")
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


_GAZETTEERS: dict[tuple[tuple[str, int], ...], AnyGazetteer] = {}


def _shared_gazetteer(build: dict[str, int]) -> AnyGazetteer:
    """One read-only gazetteer per process and set of build settings (``gazetteer.index_settings``)."""
    key = tuple(sorted(build.items()))
    if key not in _GAZETTEERS:
        _GAZETTEERS[key] = load_gazetteer(build=build)
    return _GAZETTEERS[key]
