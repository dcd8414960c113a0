"""The extract stage: triggers -> PLOVER events with actors, recipients, modality and evidence.

``EventExtractor(config).extract(doc, article)`` reads one parsed article. Knowledge lives in
``truce/data/lang/en/events/*.yaml`` (triggers, frames, noun classes) and ``truce/data/events/*.yaml``
(CAMEO roots, PLOVER conversions); see docs/events.md.
"""

from __future__ import annotations

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.events.article import consolidate, load_article_rules
from truce.events.assemble import sentence_events
from truce.events.domain import POLITICS, UNKNOWN, ArticleDomain, article_domain, is_tie
from truce.events.frames import load_frames
from truce.events.lexicon import load_lexicon
from truce.events.settings import coding_with
from truce.nlp import sentence_bounds
from truce.records import Article, Event

__all__ = ["ArticleDomain", "EventExtractor"]


class EventExtractor:
    """Codes events sentence by sentence; holds only read-only, cached resources."""

    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()
        self.settings = self.config.settings.events
        self.lexicon = load_lexicon(tuple(str(p) for p in self.config.trigger_files), self.settings.trigger_strength)
        self.frames = load_frames()

    def domain(self, doc: Doc, title: str | None = None) -> ArticleDomain:
        """What the article is about (truce.events.domain): read once from the parse and its ``title``."""
        bounds = sentence_bounds(doc)
        if len(bounds) < self.settings.domain_min_sentences:
            return ArticleDomain()  # a sentence or two: each sentence's own words decide (extract)
        n_lead = min(len(bounds), int(self.settings.domain_lead_sentences))
        lead = doc[:bounds[n_lead - 1][1]] if n_lead > 0 else None  # 0: no lead signal (to measure)
        return article_domain(doc, min_evidence=self.settings.domain_min_evidence, title=title,
                              title_weight=int(self.settings.domain_title_weight), lead=lead,
                              lead_min_evidence=self.settings.domain_lead_min_evidence)

    def extract(self, doc: Doc, article: Article, domain: ArticleDomain | None = None) -> list[Event]:
        """The article's events, sentence by sentence; readings are judged against ``domain`` (computed
        here when not given)."""
        domain = domain or self.domain(doc)
        events: list[Event] = []
        whole: ArticleDomain | None = None
        short = len(sentence_bounds(doc)) < self.settings.domain_min_sentences
        with coding_with(self.settings):  # the parse helpers deep in the stage read these too
            for sent in doc.sents:
                here = domain
                if domain.label == UNKNOWN:  # too little text for the article: the sentence's own words, if any
                    here = article_domain(sent, min_evidence=self.settings.sentence_domain_min_evidence)
                    if short and is_tie(here):
                        # 'Kidnappers seized a businessman' (a crime cue, a business cue): the whole short text decides
                        here = ArticleDomain()
                if short and here.label == UNKNOWN:  # nor in the sentence: the whole short text's words, at its bar
                    whole = whole or article_domain(doc, min_evidence=self.settings.sentence_domain_min_evidence)
                    if _agrees(article_domain(sent, min_evidence=0.0), whole):
                        here = whole
                events.extend(sentence_events(sent, article, self.lexicon, self.frames, self.settings, here))
        return events

    def consolidate(self, events: list[Event], article: Article) -> list[Event]:
        """Article pass, after dating: merge repeated mentions, mark background (truce.events.article)."""
        with coding_with(self.settings):  # a merge reads relevance_undecided (truce.events.article)
            out = consolidate(events, article.published, load_article_rules(self.settings.background_days,
                                                                          self.settings.shared_word_skip_chars))
        for ev in out:  # a merge may have given the event a mode; an entry's own root (an appeal) stays
            if ev.cameo_root in (None, self.frames.cameo_root(ev.event, None)):
                ev.cameo_root = self.frames.cameo_root(ev.event, ev.mode)
        return out


def _agrees(own: ArticleDomain, whole: ArticleDomain) -> bool:
    """May a sentence of a short text take the whole text's domain? Not when its own cue words, too few
    for a domain of their own, are political news and the whole text is not: "Three held over Mandera
    roadside bombing. Police arrested three men ..." is a crime text by its second sentence's words, but
    its first sentence's one cue ("bombing") is conflict news, and taking "crime" lost the bombing. A
    sentence whose few cues are another non-political domain's ("Kidnappers seized a businessman") still
    takes the text's crime."""
    return own.label != POLITICS or whole.label == POLITICS

