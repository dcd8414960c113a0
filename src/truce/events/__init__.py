"""The extract stage: triggers -> PLOVER events with actors, recipients and modality.

Placeholder first coder (verb lemma lookup); the full coder replaces it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from truce.config import TruceConfig
from truce.ids import event_id
from truce.records import ActorRef, Article, Event

_FIRST_LEXICON = {
    "shell": ("ASSAULT", "heavy-weapons"), "bomb": ("ASSAULT", "aerial"), "attack": ("ASSAULT", None),
    "agree": ("AGREE", None), "meet": ("CONSULT", None), "accuse": ("ACCUSE", None),
    "protest": ("PROTEST", "demo"), "arrest": ("COERCE", "arrest"), "release": ("RETREAT", "release"),
}


class EventExtractor:
    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()

    def extract(self, doc: Doc, article: Article) -> list[Event]:
        events = []
        for tok in doc:
            hit = _FIRST_LEXICON.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
            if not hit:
                continue
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            sent = tok.sent
            events.append(Event(
                id=event_id(article.id, tok.idx, hit[0]), article_id=article.id, event=hit[0], mode=hit[1],
                actor=[_span_ref(c) for c in subj], recipient=[_span_ref(c) for c in obj],
                trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
                sentence=sent.text, sentence_start=sent.start_char, event_text=tok.text, confidence=0.5,
            ))
        return events


def _span_ref(token) -> ActorRef:
    span = token.doc[token.left_edge.i: token.right_edge.i + 1]
    return ActorRef(text=span.text, start=span.start_char, end=span.end_char)
