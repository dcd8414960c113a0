"""The claims stage: casualty figures and who-did-it statements, attached to the events they are about.

Runs after the actor coder, on the article's parse and its coded events:

* ``Event.casualties``: the killed / injured / abducted / arrested figures of the event's sentence
  (``casualties.parse_casualties``), with the sentence's speaker as claimant; a sentence that gives
  figures but reports no incident ("The Observatory put the toll at seven") gives them to the
  nearest incident before it.
* ``Event.claims``: blame, denial, responsibility and self-defence statements of the whole article
  (``statements``), each attached to the nearest matching incident: one in its own sentence, else
  the nearest before it, else the nearest after it. The monitor judges an incident with the
  claims of all its reports, so "The army blamed the FPC. The FPC denied any role." makes it
  contested even when neither sentence names the attack.

An incident is an asserted event of ``incident_types`` (claims.yaml) that is not a background mention.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from truce.actors import ActorCoder
from truce.claims.casualties import parse_casualties
from truce.claims.statements import (
    ClaimWords,
    claim_words,
    event_admission,
    event_denial,
    event_silence,
    sentence_claims,
    speaker,
    spoken_responsibility,
)
from truce.config import TruceConfig
from truce.nlp import span_text
from truce.records import ActorRef, Article, Casualty, Claim, Event, Place

__all__ = ["ClaimReader", "parse_casualties"]


class ClaimReader:
    """Reads casualty figures and claims for one article's events (one instance per process)."""

    def __init__(self, config: TruceConfig | None = None, actor_coder: ActorCoder | None = None) -> None:
        self.config = config or TruceConfig()
        self.actor_coder = actor_coder or ActorCoder(self.config)

    def read(self, events: list[Event], doc: Doc, article: Article, places: Iterable[Place] = ()) -> list[Event]:
        words = claim_words()
        ctx = self.actor_coder.context(doc, article.published, list(places))

        def code(span: Span) -> ActorRef:
            return self.actor_coder.code_span(span_text(span), doc, span.start_char, span.end_char, context=ctx,
                                              date=article.published)

        targets = sorted((e for e in events if is_incident(e, words)), key=lambda e: e.trigger_start)
        for sent in doc.sents:
            inside = [e for e in events if sent.start_char <= e.trigger_start < sent.end_char]
            who = speaker(sent, words)
            self._casualties(sent, inside, targets, who.text if who is not None else None, words)
            for claim in sentence_claims(sent, code, words, who_span=who):
                target = attach(claim, targets)
                if claim.kind == "self-defence" and target is not None and target in inside:
                    _also_about_earlier(claim, target, targets)
        for e in events:
            denial = event_denial(e, doc, words)
            if denial is not None:
                attach(denial, targets, prefer=e.event)
            elif (silence := event_silence(e, doc, words)) is not None:
                e.claims.append(silence)  # on the negated mention itself: no denial, for the monitor too
            elif (admission := event_admission(e, doc, words)) is not None:
                e.claims.append(admission)  # "struck a depot and denied hitting civilians": admitted, not denied
        for e in targets:
            claim = spoken_responsibility(e, doc, code, words)
            if claim is not None:
                e.claims.append(claim)
        for e in events:
            e.claims = _unique(e.claims)
        return events

    @staticmethod
    def _casualties(sent: Span, inside: list[Event], targets: list[Event], who: str | None,
                    words: ClaimWords) -> None:
        figures = parse_casualties(span_text(sent), sent.start_char)
        if not figures:
            return
        here = [e for e in inside if e.event in words.incident_types] or inside
        if not any(e in targets for e in here):  # a toll without an incident: the nearest one before it
            before = [t for t in targets if t.trigger_start < sent.start_char]
            here = here + ([before[-1]] if before else [])
        for e in here:
            claimant = who or e.modality.claimant
            e.casualties.extend(Casualty(f.kind, f.count, f.high, f.text, f.start, f.end, claimant) for f in figures
                                if not any(c.start == f.start and c.kind == f.kind for c in e.casualties))


def is_incident(e: Event, words: ClaimWords | None = None) -> bool:
    words = words or claim_words()
    return e.event in words.incident_types and e.modality.asserted and not e.background


def attach(claim: Claim, targets: list[Event], prefer: str | None = None) -> Event | None:
    """Put a claim on the incident it is about: in its own sentence, else the nearest before, else after.
    It goes to every incident of the chosen one's type in that sentence (one happening the event coder
    coded twice: "a car bomb exploded ..., injuring six")."""
    pool = ([t for t in targets if t.event == prefer] or targets) if prefer else targets
    pool = [t for t in pool if t.event != "MOBILIZE"] or pool  # claims are about attacks before troop moves
    if not pool:
        return None
    same = [t for t in pool if 0 <= t.sentence_start <= claim.start < t.sentence_start + len(t.sentence)]
    before = [t for t in pool if t.trigger_start <= claim.start]
    if same:
        target = min(same, key=lambda t: (_rank(t), abs(t.trigger_start - claim.start)))
    elif before:
        last = max(t.sentence_start for t in before)  # the nearest sentence before with an incident
        target = min((t for t in before if t.sentence_start == last), key=lambda t: (_rank(t), -t.trigger_start))
    else:
        first = min(t.sentence_start for t in pool)
        target = min((t for t in pool if t.sentence_start == first), key=lambda t: (_rank(t), t.trigger_start))
    target.claims.append(claim)
    for other in pool:  # the event coder may code one happening twice in a sentence ("exploded", "injuring")
        if other is not target and other.event == target.event and other.sentence_start == target.sentence_start \
                and other.sentence_start >= 0:
            other.claims.append(claim)
    return target


def _also_about_earlier(claim: Claim, response: Event, targets: list[Event]) -> None:
    """'Our troops returned fire in self-defence': the act in the claim's own sentence is the response;
    the claim is also about the attack it responds to, the nearest incident of the same type before.
    With none of that type, the act the claim's sentence names is what the speaker answered ("the group
    said its fighters had acted in response to army raids on its camps", after the group's attack; "his
    fighters had acted in self-defence because troops had been shelling their villages", after the
    seizure of a hill): the claim is then about the nearest incident before it of any type (an attack
    first), the act the speaker defends."""
    before = [t for t in targets if t.sentence_start < response.sentence_start]
    same = [t for t in before if t.event == response.event]
    if same:
        max(same, key=lambda t: (t.sentence_start, t.trigger_start)).claims.append(claim)
    elif before:
        last = max(t.sentence_start for t in before)
        min((t for t in before if t.sentence_start == last), key=lambda t: (_rank(t), -t.trigger_start)).claims.append(claim)


def _rank(e: Event) -> int:
    """Within one sentence, claims are about its attack before anything else it reports."""
    return 0 if e.event == "ASSAULT" else 1


def _unique(claims: list[Claim]) -> list[Claim]:
    seen, out = set(), []
    for c in claims:
        key = (c.kind, c.party.text, c.party.name, c.start)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
