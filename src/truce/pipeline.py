"""The per-article stages wired together: clean -> parse -> extract -> actors -> place -> date.

``Pipeline`` holds the loaded, read-only resources (spaCy model, lexicons,
gazetteer) and codes batches of articles with spaCy batching. Stages never
reach back: each one gets the parse and the records earlier stages made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from truce.actors import ActorCoder
from truce.claims import ClaimReader
from truce.config import TruceConfig
from truce.events import EventExtractor
from truce.geo import Geoparser
from truce.ingest import read_text
from truce.ingest.clean import clean_article
from truce.nlp import load_model
from truce.records import Article, CodedArticle, Event
from truce.time import EventDater
from truce.time.published import header_spans


class Pipeline:
    """Codes articles into events; one instance per process, reused across batches."""

    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()
        self.nlp = load_model(self.config.model)
        self.extractor = EventExtractor(self.config)
        self.actor_coder = ActorCoder(self.config)
        self.claims = ClaimReader(self.config, self.actor_coder)
        self.geoparser = Geoparser(self.config)
        self.dater = EventDater(self.config)

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Clean and code articles in input order; parses in batches of ``config.batch_size``."""
        cleaned = (clean_article(a) for a in articles)
        pairs = ((mask_header(a.text), a) for a in cleaned)
        # One process here: coding on several cores is truce.parallel's job (whole pipelines per worker).
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.config.batch_size):
            yield self.code_parsed(doc, article)

    def code_parsed(self, doc: Doc, article: Article) -> CodedArticle:
        """Run the stages after the parse on one article."""
        article = self.dater.date_article(article, doc)
        domain = self.extractor.domain(doc)
        events = self.extractor.extract(doc, article, domain)
        places = self.geoparser.find_places(doc, article)
        events = self.actor_coder.code(events, doc, article, places)
        events = self.geoparser.locate_events(events, places, doc, article)
        events = self.dater.date_events(events, doc, article)
        events = self.extractor.consolidate(events, article)
        events = self.claims.read(events, doc, article, places)
        return CodedArticle(article=article, events=events, places=places, domain=domain.label,
                            domain_score=domain.score)

    def code_text(self, text: str, published: str | None = None) -> CodedArticle:
        article = read_text(text, published=published or self.config.published)
        return next(self.code_articles([article]))


def mask_header(text: str) -> str:
    """Blank a wire dateline ("TRIPOLI, March 2 (Wire) -") and date lines for the parser, keeping offsets.

    Left in, the parser reads the dateline's city or the date line as part of the first
    sentence ("TRIPOLI ... shelled"); blanked with spaces of the same length, offsets into
    ``Article.text`` stay valid and the date stage still reads them from the text.
    """
    for start, end in header_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_DEFAULT_PIPELINES: dict[str, Pipeline] = {}


def code(text: str, published: str | None = None, model: str | None = None) -> list[Event]:
    """Code one text and return its events (the simplest Python entry point)."""
    config = TruceConfig(model=model) if model else TruceConfig()
    pipeline = _DEFAULT_PIPELINES.get(config.model)
    if pipeline is None:
        pipeline = _DEFAULT_PIPELINES[config.model] = Pipeline(config)
    return pipeline.code_text(text, published=published).events
