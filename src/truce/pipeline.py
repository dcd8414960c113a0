"""The per-article stages wired together: clean -> parse -> date article -> domain -> extract -> places
-> actors -> locate -> date events -> consolidate -> claims.

Each stage is a ``Stage``: a name, what it **requires** of the article's context and what it
**assigns** (as spaCy's ``Language.factory(requires=..., assigns=...)`` declares for components),
and a function over the ``ArticleContext``. ``Pipeline`` checks the contracts when it is built
(a stage whose requirement no earlier stage assigns is refused, naming both), holds the loaded,
read-only resources (spaCy model, lexicons, gazetteer) and codes batches with spaCy batching.
Stages are registered by name in ``truce.registry.stages``; ``Pipeline(config, stages=[...])``
runs a subset (any stage can run alone from Python on a parsed article).

Per-article work is done once: the parsed text is stored on the Doc (``truce.nlp.doc_text``)
instead of spaCy rebuilding ``Doc.text`` from the tokens at each access.

Fault isolation: ``Pipeline.run`` catches any exception a stage raises on one article and turns
that article into a ``Skipped`` (kind ``internal-error``, the stage in ``Skipped.stage``, the
exception in the message); the other articles are coded as usual.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.errors import TruceError
from truce.ingest import read_text
from truce.ingest.clean import clean_article
from truce.nlp import TEXT_KEY, load_model
from truce.records import Article, CodedArticle, Coder, Event, Place, Skipped
from truce.registry import stages as stage_registry
from truce.time.published import header_spans

if TYPE_CHECKING:
    from truce.nlp.headline_verbs import HeadlineWords

INTERNAL_ERROR = "internal-error"


@dataclass
class ArticleContext:
    """One article's shared state while its stages run: the parse, its text, what stages added."""

    article: Article
    doc: Doc
    text: str  # the text that was parsed (header blanked: ``mask_header``), computed once
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    domain: Any = None  # what the article is about (truce.events.domain.ArticleDomain), once read

    def coded(self, coder: Coder | None) -> CodedArticle:
        domain = self.domain
        return CodedArticle(article=self.article, events=self.events, places=self.places, coder=coder,
                            domain=getattr(domain, "label", None), domain_score=getattr(domain, "score", None))


@dataclass(frozen=True)
class Stage:
    """A step of the per-article pipeline and its contract."""

    name: str
    component: str  # which resource object runs it (see ``COMPONENTS``)
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[object, ArticleContext], None]


# The resource objects stages run on: built once per pipeline from the config, shared read-only.
def _components() -> dict[str, Callable[[TruceConfig], object]]:
    from truce.actors import ActorCoder
    from truce.claims import ClaimReader
    from truce.events import EventExtractor
    from truce.geo import Geoparser
    from truce.time import EventDater

    return {"dater": EventDater, "extractor": EventExtractor, "geoparser": Geoparser, "actor_coder": ActorCoder,
            "claims": ClaimReader}


# Components built on others (the claims reader codes claimants with the pipeline's actor coder).
COMPONENT_NEEDS = {"claims": ("actor_coder",)}

# What the parse provides before any stage runs.
PARSED = ("article", "doc", "text")


def stage(name: str, component: str, requires: tuple[str, ...], assigns: tuple[str, ...]):
    """Register a stage function ``run(component, ctx)`` under ``name`` with its contract."""
    def register(run: Callable[[object, ArticleContext], None]) -> Stage:
        spec = Stage(name, component, requires, assigns, run)
        stage_registry.register(name, func=spec)
        return spec
    return register


@stage("date-article", "dater", requires=("doc",), assigns=("article.published",))
def _date_article(dater, ctx: ArticleContext) -> None:
    ctx.article = dater.date_article(ctx.article, ctx.doc)


@stage("domain", "extractor", requires=("doc",), assigns=("article.domain",))
def _domain(extractor, ctx: ArticleContext) -> None:
    ctx.domain = extractor.domain(ctx.doc, ctx.article.title)


@stage("extract", "extractor", requires=("doc", "article.published", "article.domain"), assigns=("events",))
def _extract(extractor, ctx: ArticleContext) -> None:
    ctx.events = extractor.extract(ctx.doc, ctx.article, ctx.domain)


@stage("places", "geoparser", requires=("doc",), assigns=("places",))
def _places(geoparser, ctx: ArticleContext) -> None:
    ctx.places = geoparser.find_places(ctx.doc, ctx.article)


@stage("actors", "actor_coder", requires=("events", "places"), assigns=("events.actor_codes",))
def _actors(actor_coder, ctx: ArticleContext) -> None:
    ctx.events = actor_coder.code(ctx.events, ctx.doc, ctx.article, ctx.places)


@stage("locate", "geoparser", requires=("events", "places"), assigns=("events.location",))
def _locate(geoparser, ctx: ArticleContext) -> None:
    ctx.events = geoparser.locate_events(ctx.events, ctx.places, ctx.doc, ctx.article)


@stage("date-events", "dater", requires=("events", "events.location", "article.published"),
       assigns=("events.date",))
def _date_events(dater, ctx: ArticleContext) -> None:
    ctx.events = dater.date_events(ctx.events, ctx.doc, ctx.article)


@stage("consolidate", "extractor", requires=("events.date", "events.actor_codes"),
       assigns=("events.merged", "events.background", "events.cameo_root"))
def _consolidate(extractor, ctx: ArticleContext) -> None:
    ctx.events = extractor.consolidate(ctx.events, ctx.article)


@stage("claims", "claims", requires=("events.merged", "events.actor_codes", "places"),
       assigns=("events.casualties", "events.claims"))
def _claims(claims, ctx: ArticleContext) -> None:
    ctx.events = claims.read(ctx.events, ctx.doc, ctx.article, ctx.places)


def _registered(name: str) -> Stage:
    import catalogue

    try:
        return stage_registry.get(name)
    except catalogue.RegistryError:
        raise ContractError(f"no stage named {name!r}; registered: {', '.join(stage_registry.get_all())}") from None


class ContractError(TruceError, ValueError):
    """A stage list in which some stage needs what no earlier stage assigns."""


def check_contracts(specs: list[Stage], provided: Iterable[str] = PARSED) -> None:
    have = set(provided)
    for spec in specs:
        missing = [r for r in spec.requires if r not in have]
        if missing:
            raise ContractError(f"stage {spec.name!r} requires {', '.join(missing)}, which no earlier stage assigns "
                                f"(stages: {', '.join(s.name for s in specs)})")
        have.update(spec.assigns)


class Pipeline:
    """Codes articles into events; one instance per process, reused across batches."""

    def __init__(self, config: TruceConfig | None = None, stages: Iterable[str] | None = None) -> None:
        self.config = config or TruceConfig()
        for module in self.config.plugins:
            importlib.import_module(module)
        self.stages = [_registered(name) for name in (stages or self.config.stages)]
        check_contracts(self.stages)
        self._components: dict[str, object] = {}
        self.nlp = load_model(self.config.model)

    # The stage objects, built on first use (a pipeline that only parses never loads the gazetteer).
    def component(self, name: str) -> object:
        if name not in self._components:
            shared = (self.component(n) for n in COMPONENT_NEEDS.get(name, ()))
            self._components[name] = _components()[name](self.config, *shared)
        return self._components[name]

    @property
    def extractor(self):
        return self.component("extractor")

    @property
    def actor_coder(self):
        return self.component("actor_coder")

    @property
    def geoparser(self):
        return self.component("geoparser")

    @property
    def dater(self):
        return self.component("dater")

    @property
    def claims(self):
        return self.component("claims")

    @cached_property
    def coder(self) -> Coder:
        """Which coder this pipeline is: recorded with every article it codes (provenance)."""
        from truce.provenance import coder_of

        return coder_of(self.config, self.nlp)

    # -- coding ------------------------------------------------------------------------------
    def run(self, articles: Iterable[Article]) -> Iterator[CodedArticle | Skipped]:
        """Clean and code articles in input order; an article a stage fails on becomes a ``Skipped``.

        Parses in batches of ``config.batch_size`` with ``nlp.pipe``.
        """
        for spec in self.stages:  # loaded before the first article: a bad user file is an error, not a skip
            self.component(spec.component)
        freeze_loaded()
        batch: list[tuple[str, Article]] = []
        for article in articles:
            try:
                cleaned = clean_article(article)
                batch.append((mask_header(cleaned.text), cleaned))
            except Exception as exc:  # noqa: BLE001 - the article boundary: one bad article never ends a run
                yield internal_error(article, "clean", exc)
                continue
            if len(batch) >= self.config.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """``run`` for callers that need every article coded: a stage failure raises ``ArticleFailed``."""
        for item in self.run(articles):
            if isinstance(item, Skipped):
                raise ArticleFailed(item)
            yield item

    def _code_batch(self, batch: list[tuple[str, Article]]) -> Iterator[CodedArticle | Skipped]:
        for parsed in self._parse(batch):
            if isinstance(parsed, Skipped):
                yield parsed
                continue
            doc, text, article = parsed
            yield self._code_one(doc, text, article)

    def _parse(self, batch: list[tuple[str, Article]]) -> list[tuple[Doc, str, Article] | Skipped]:
        """One ``nlp.pipe`` over the batch; if it fails, each article alone, so only the bad one is lost.

        Title-cased headline lines are parsed in sentence case and the parse put back on the
        article's own characters (``truce.nlp.headline_case``)."""
        try:
            parsed = [self._parse_text(text) for text, _ in batch]
            docs = list(self.nlp.pipe(parsed, batch_size=self.config.batch_size))
            return [(self._restored(doc, p, text), text, article)
                    for doc, p, (text, article) in zip(docs, parsed, batch, strict=True)]
        except Exception:  # noqa: BLE001
            out: list[tuple[Doc, str, Article] | Skipped] = []
            for text, article in batch:  # re-casing, parse and repair alone: only the bad article is lost
                try:
                    p = self._parse_text(text)
                    out.append((self._restored(self.nlp(p), p, text), text, article))
                except Exception as exc:  # noqa: BLE001
                    out.append(internal_error(article, "parse", exc))
            return out

    def _parse_text(self, text: str) -> str:
        """The text the parser reads: ``text`` with title-cased lines in sentence case (same length)."""
        from truce.ingest.resources import headline_minor_words
        from truce.nlp.headline_case import sentence_case

        return sentence_case(text, self.nlp, self._name_words, headline_minor_words(),
                             self.config.settings.ingest)

    def _name_words(self, words: list[str]) -> set[int]:
        """Which words of a headline are dictionary names (the actor lexicon; loaded only when asked)."""
        from truce.actors.lexicon import load_lexicon, proper_name_words

        return proper_name_words(load_lexicon(tuple(str(p) for p in self.config.actor_files)), words)

    def _restored(self, doc: Doc, parsed: str, text: str) -> Doc:
        """The parse on the article's own characters, with headline verbs read as nouns repaired
        (``truce.nlp.headline_verbs``)."""
        if parsed != text:
            from truce.nlp.headline_case import restore

            doc = restore(doc, text)
        from truce.nlp.headline_verbs import repair_headline_verbs

        return repair_headline_verbs(doc, self._headline_words, self.config.settings.ingest.headline_verb_max_words)

    @cached_property
    def _headline_words(self) -> HeadlineWords:
        """Verb triggers' base forms and collective actor nouns (the events stage's knowledge)."""
        from truce.events.frames import load_frames
        from truce.events.lexicon import load_lexicon
        from truce.nlp.headline_verbs import HeadlineWords

        lexicon = load_lexicon(tuple(str(p) for p in self.config.trigger_files),
                               self.config.settings.events.trigger_strength)
        verbs = frozenset(e.words[e.head] for e in lexicon.entries() if e.pos in ("verb", "any"))
        return HeadlineWords(verbs=verbs, collective=load_frames().collective_nouns)

    def _code_one(self, doc: Doc, text: str, article: Article) -> CodedArticle | Skipped:
        doc.user_data[TEXT_KEY] = text  # computed once; stages read it with truce.nlp.doc_text
        ctx = ArticleContext(article=article, doc=doc, text=text)
        for spec in self.stages:
            try:
                spec.run(self.component(spec.component), ctx)
            except TruceError:  # a user's mistake (a malformed trigger or actor file): every article would fail
                raise
            except Exception as exc:  # noqa: BLE001 - the article boundary
                return internal_error(article, spec.name, exc)
        return ctx.coded(self.coder)

    def code_parsed(self, doc: Doc, article: Article) -> CodedArticle:
        """Run the stages after the parse on one article (an exception propagates)."""
        ctx = ArticleContext(article=article, doc=doc, text=doc.user_data.get(TEXT_KEY) or doc.text)
        doc.user_data[TEXT_KEY] = ctx.text
        for spec in self.stages:
            spec.run(self.component(spec.component), ctx)
        return ctx.coded(self.coder)

    def code_text(self, text: str, published: str | None = None) -> CodedArticle:
        article = read_text(text, published=published or self.config.published)
        return next(self.code_articles([article]))


_FROZEN: list[bool] = []  # set once per process by ``freeze_loaded``


def freeze_loaded() -> None:
    """Move every object alive now (spaCy and its model, the lexicons, the gazetteer index: loaded once,
    kept for the life of the process) out of the cycle collector's reach with ``gc.freeze``, once per
    process. Each full collection otherwise walked them all again (0.15-0.35 s of CPU each, a few per
    few hundred articles: the stages allocate enough to trigger them, the parse alone does not);
    objects made later are collected as before. A process that never codes never freezes."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.freeze()


class ArticleFailed(RuntimeError):
    """A stage raised on an article (the ``Skipped`` record says which and why)."""

    def __init__(self, skipped: Skipped) -> None:
        super().__init__(f"{skipped.origin}: {skipped.message}")
        self.skipped = skipped


def internal_error(article: Article, stage_name: str, exc: BaseException) -> Skipped:
    """The skip record of an article a stage failed on: the stage and the exception, one line."""
    detail = " ".join(str(exc).split())[:300]
    return Skipped(origin=article.origin or article.id, kind=INTERNAL_ERROR, article_id=article.id,
                   stage=stage_name, message=f"{stage_name} stage raised {type(exc).__name__}: {detail}")


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


def code(text: str, published: str | None = None, model: str | None = None,
         include_demoted: bool = False) -> list[Event]:
    """Code one text and return its events (the simplest Python entry point).

    Negated, future and hypothetical events are returned, flagged (``modality``); demoted
    candidates (non-political readings, weak triggers: ``Event.demoted``) only with
    ``include_demoted=True``, as ``truce code --all-events`` prints them.
    """
    config = TruceConfig(model=model) if model else TruceConfig()
    pipeline = _DEFAULT_PIPELINES.get(config.model)
    if pipeline is None:
        pipeline = _DEFAULT_PIPELINES[config.model] = Pipeline(config)
    events = pipeline.code_text(text, published=published).events
    return events if include_demoted else [e for e in events if not e.demoted]
