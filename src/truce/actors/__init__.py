"""The actor-coding stage: actor spans -> {country, sector, canonical name, reason}.

``ActorCoder(config).code(events, doc, article)`` codes every actor and recipient of every event;
``ActorCoder.code_span`` / ``code_span_parts`` code one span on their own.  Evidence and precedence
are described in docs/actors.md; the dictionaries are data files in ``truce/data/actors``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from truce.actors.context import DocContext, Mention, Salience, build_context
from truce.actors.coref import (
    Reference,
    coref_words,
    member_link,
    partitive_antecedent,
    reference_kind,
    speaker_span,
    weapon_head,
)
from truce.actors.lexicon import Lexicon, load_lexicon
from truce.actors.match import tokenize
from truce.actors.span import Coded, Strength, code_tokens, find
from truce.config import TruceConfig
from truce.nlp import char_span, doc_ents, doc_text
from truce.records import ActorRef, Article, Event, Place

__all__ = ["ActorCoder", "DocContext", "load_lexicon"]

DEFINITE = frozenset({"the", "this", "that"})
PLACE_KINDS = frozenset({"capital", "city", "region"})
# A place attacked, coerced or threatened (curfew, shelling) stands for the people who live there.
TARGET_EVENTS = frozenset({"ASSAULT", "COERCE", "THREATEN"})
ARMED_EVENTS = frozenset({"ASSAULT"})  # an actor doing this with no name is an unidentified armed actor
HEAD_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
MEMBER_SECTORS = frozenset({"REB", "UAF", "CRM"})  # armed members of a group ("gunmen from the NSDF")


class ActorCoder:
    """Codes actor spans; holds the cached dictionaries and the last document's context."""

    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()
        # The cached trie, with this config's ranking of entry kinds ([actors.kind_rank]).
        self.lexicon: Lexicon = replace(load_lexicon(tuple(str(p) for p in self.config.actor_files)),
                                        kind_rank=dict(self.config.settings.actors.kind_rank))
        self.salience = Salience.from_settings(self.config.settings.actors)
        self._ctx_key: tuple | None = None
        self._ctx: DocContext | None = None

    def context(self, doc: Doc, date: str | None = None, places: list[Place] = ()) -> DocContext:
        """The document's focus country and coded mentions (cached for the last document)."""
        countries = tuple(p.country for p in places if p.country and p.precision != "region")
        spans = tuple((p.start, p.end) for p in places if p.lat is not None)
        key = (id(doc), doc_text(doc)[:200], date, countries, spans)
        if self._ctx is None or self._ctx_key != key:
            self._ctx = build_context(self.lexicon, doc, date, countries, spans, self.config.settings.actors)
            self._ctx_key = key
            self._ctx.text = doc_text(doc)
        return self._ctx

    def code(self, events: list[Event], doc: Doc, article: Article, places: list[Place] = ()) -> list[Event]:
        """Code every actor and recipient; ``places`` (from the geoparser) inform the focus country."""
        ctx = self.context(doc, article.published, places)
        for event in events:
            date = event.date or article.published
            event.actor = [p for ref in event.actor for p in self._code_ref(ref, doc, ctx, date, "actor", event.event)]
            event.recipient = [p for ref in event.recipient
                               for p in self._code_ref(ref, doc, ctx, date, "recipient", event.event)]
        return events

    def _code_ref(self, ref: ActorRef, doc: Doc, ctx: DocContext, date: str | None, role: str = "actor",
                  event_type: str | None = None) -> list[ActorRef]:
        if 0 <= ref.start < ref.end <= len(doc_text(doc)) and doc_text(doc)[ref.start:ref.end] == ref.text:
            return self.code_span_parts(ref.text, doc, ref.start, ref.end, context=ctx, date=date, role=role,
                                        event_type=event_type)
        return self.code_span_parts(ref.text, doc, context=ctx, date=date, role=role, event_type=event_type)

    def code_span(self, text: str, doc: Doc | None = None, start: int | None = None, end: int | None = None,
                  context: DocContext | None = None, date: str | None = None, role: str = "actor",
                  event_type: str | None = None) -> ActorRef:
        """Code one span; a coordinated span ("Hungarian and Romanian officials") gives its first part."""
        return self.code_span_parts(text, doc, start, end, context, date, role, event_type)[0]

    def code_span_parts(self, text: str, doc: Doc | None = None, start: int | None = None,
                        end: int | None = None, context: DocContext | None = None,
                        date: str | None = None, role: str = "actor",
                        event_type: str | None = None) -> list[ActorRef]:
        """Code one span; one ActorRef per distinct actor it coordinates (never an empty list).

        ``doc`` (the parsed article) and ``start`` give the document context: focus country,
        coreference and the span's head noun in the parse.  ``date`` picks the name a renamed group
        bore; ``role``/``event_type`` let a place attacked stand for its residents.
        """
        if start is None and doc is not None:
            found = doc_text(doc).find(text)
            start = found if found >= 0 else None
        offset = start if start is not None else 0
        ctx = context if context is not None else (self.context(doc, date) if doc is not None else None)
        persons = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"] if doc is not None else []
        tokens = tokenize(text, offset)
        lead = self._possessor(doc, start, text) if doc is not None and start is not None else ""
        reference = reference_kind(tokenize(lead) + tokens)
        if reference is not None and reference.kind == "first-person" and doc is not None and start is not None:
            spoken = self._first_person(text, doc, start, ctx, date)
            if spoken is not None:
                return [spoken]
        if doc is not None and start is not None and text.lower() in coref_words().partitive_pronouns:
            among = self._partitive(text, doc, start, ctx, date, role, event_type)
            if among is not None:
                return [among]
        weapon = weapon_head(tokens)
        if weapon is not None:  # "a roadside bomb" is no actor; "army drones": the army is
            cut, owner_sector = weapon
            named = " ".join(t.raw for t in tokens[cut:])
            tokens = tokens[:cut]
            if not [c for c in code_tokens(self.lexicon, tokens, date) if c.country or c.sector or c.named]:
                return [ActorRef(text, start if start is not None else -1,
                                 -1 if start is None else offset + len(text),
                                 reason=f"uncoded: {named!r} is a weapon, not an actor")]
        coded = code_tokens(self.lexicon, tokens, date, persons if start is not None else [])
        if weapon is not None:
            for c in coded:
                if c.sector is None and weapon[1]:
                    c.sector, c.sector_strength = weapon[1], Strength.WORDS
                c.evidence.append(f"owner of {named!r} (a weapon is not an actor)")
        if not coded:
            return [ActorRef(text, start if start is not None else -1, -1 if start is None else offset + len(text),
                             reason=f"uncoded: no dictionary entry for {text!r}")]
        whole = len(coded) == 1
        if whole and doc is not None and start is not None:
            self._head_noun(coded[0], doc, start, offset + len(text))
        if role == "recipient" and event_type in TARGET_EVENTS:
            for c in coded:
                if c.country_from in PLACE_KINDS and c.sector_strength < Strength.WORDS:
                    c.sector, c.sector_strength = "CVL", Strength.WEAK
                    c.evidence.append(f"place attacked ({event_type}) stands for its residents -> CVL")
        if role == "actor" and event_type in ARMED_EVENTS:
            for c in coded:
                _anonymous_assailant(c)
        return [self._finish(c, text, start, ctx, whole, reference if whole else None) for c in coded]

    @staticmethod
    def _possessor(doc: Doc, start: int, text: str) -> str:
        """The determiner or possessor the span left out: "its" in "its fighters", "the group's"."""
        span = char_span(doc, start, start + len(text), alignment_mode="expand")
        if span is None or len(span) == 0:
            return ""
        left = [c for c in span.root.lefts if c.i < span.start and c.dep_ in ("poss", "det")]
        if not left:
            return ""
        first = min(t.left_edge.i for t in left)
        return doc[first:span.start].text

    def _first_person(self, text: str, doc: Doc, start: int, ctx: DocContext | None, date: str | None
                      ) -> ActorRef | None:
        """"We"/"our forces" in a quote: the speaker ("'Our fighters have not fired,' the group's
        spokeswoman said" -> the group the spokeswoman speaks for)."""
        speaker = speaker_span(doc, start, start + len(text))
        if speaker is None:
            return None
        who = self.code_span(speaker.text, doc, speaker.start_char, speaker.end_char, context=ctx, date=date)
        if not (who.country or who.sector or who.name):
            return None
        return ActorRef(text, start, start + len(text), country=who.country, sector=who.sector, name=who.name,
                        actor_id=who.actor_id, coref=who.coref or speaker.text,
                        reason=f"first person in a quote: the speaker {speaker.text!r} ({who.reason})")

    def _partitive(self, text: str, doc: Doc, start: int, ctx: DocContext | None, date: str | None,
                   role: str, event_type: str | None) -> ActorRef | None:
        """"... pursued the group's fighters into the hills and killed four of them": "them" after a
        number is the plural object named before it in the sentence (``partitive_antecedent``), coded
        as that object is (here the group, by coreference)."""
        whole = partitive_antecedent(doc, start, start + len(text))
        if whole is None:
            return None
        who = self.code_span(whole.text, doc, whole.start_char, whole.end_char, context=ctx, date=date, role=role,
                             event_type=event_type)
        if not (who.country or who.sector or who.name):
            return None
        return ActorRef(text, start, start + len(text), country=who.country, sector=who.sector, name=who.name,
                        actor_id=who.actor_id, coref=who.coref or whole.text,
                        reason=f"some of the object named before: {whole.text!r} ({who.reason})")

    def _head_noun(self, c: Coded, doc: Doc, start: int, end: int) -> None:
        """A bare adjective span ("Hungarian" in "Hungarian officials") takes its head noun's sector."""
        if c.named is not None or c.sector_strength >= Strength.WORDS or not c.country:
            return
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ not in HEAD_DEPS or head.i < span.end or head.pos_ not in ("NOUN", "PROPN"):
            return
        for m in find(self.lexicon, tokenize(head.text)):
            e = m.values[0]
            if e.kind in ("title", "agent") and e.sector and e.role in ("head", "ethnic"):
                c.sector, c.sector_strength = e.sector, Strength.WORDS
                c.heads.append(head.text.lower().rstrip("s"))
                c.evidence.append(f"head noun {head.text!r} outside the span -> {e.sector}")
                return

    def _finish(self, c: Coded, text: str, start: int | None, ctx: DocContext | None, whole: bool,
                reference: Reference | None = None) -> ActorRef:
        if whole or not c.tokens:
            ref = ActorRef(text, start if start is not None else -1,
                           start + len(text) if start is not None else -1)
        else:
            a, b = c.tokens[0].start, c.tokens[-1].end
            base = start if start is not None else 0
            ref = ActorRef(text[a - base:b - base], a if start is not None else -1, b if start is not None else -1)
        ref.country, ref.sector, ref.name = c.country, c.sector, c.name
        ref.actor_id = c.named.id if c.named is not None else None
        evidence = list(c.evidence)
        if c.named is None and c.unknown_names and (c.sector or c.country):
            ref.name = " ".join(t.raw for t in c.unknown_names)
        if ctx is not None:
            self._resolve(ref, c, ctx, ref.start if ref.start >= 0 else 10**9, evidence, reference)
        if ref.country is None and ref.sector is None:
            ref.reason = f"uncoded: no dictionary entry for {text!r}"
            if evidence:
                ref.reason += " (" + "; ".join(evidence) + ")"
        else:
            ref.reason = "; ".join(evidence)
        return ref

    def _resolve(self, ref: ActorRef, c: Coded, ctx: DocContext, before: int, evidence: list[str],
                 reference: Reference | None = None) -> None:
        """Fill what the span lacks from earlier mentions, then from the focus country."""
        if c.named is None and self._reference(ref, c, ctx, before, evidence, reference):
            pass
        elif c.named is None and c.unknown_names and (ref.country is None or c.sector_strength < Strength.WORDS):
            keys = [t.key for t in c.unknown_names]
            hit = ctx.by_name(keys, before) or ctx.by_name(keys[-1:], before)
            if hit is not None:
                self._take(ref, c, hit, evidence, f"coreference: {c.text!r} -> earlier {hit.text!r}")
        if c.named is None and (ref.country is None or c.sector_strength == Strength.WORDS):
            self._acronym(ref, c, ctx, before, evidence)
        definite = bool(c.tokens) and c.tokens[0].key in DEFINITE
        if ref.country is None and definite and c.named is None and not c.unknown_names:
            hit = ctx.last_org(before) if c.anaphor and not ref.sector else (
                ctx.by_role(c.heads, None, before) if c.heads else None)
            if hit is not None:
                self._take(ref, c, hit, evidence, f"coreference: {c.text!r} -> earlier {hit.text!r}")
        if ref.country is None and ref.sector and ctx.focus:
            ref.country = ctx.focus
            evidence.append(f"focus country of the document -> {ctx.focus}")

    def _acronym(self, ref: ActorRef, c: Coded, ctx: DocContext, before: int, evidence: list[str]) -> None:
        """'KCDU spokesman': an acronym the document introduced ('... Union (KCDU)') is that organisation;
        like a named group before a title, its sector is the actor's ('LNF spokesman' speaks for the LNF)."""
        for t in c.tokens:
            if not (t.raw.isupper() and t.raw.isalpha() and len(t.raw) > 1):
                continue
            hit = ctx.by_name([t.key], before - 1)  # strictly earlier: the introduction, not this mention
            if hit is not None and hit.kind == "org":
                ref.country = ref.country or hit.country
                ref.sector = hit.sector or ref.sector
                evidence.append(f"acronym {t.raw!r} -> earlier {hit.text!r}")
                return

    def _reference(self, ref: ActorRef, c: Coded, ctx: DocContext, before: int, evidence: list[str],
                   reference: Reference | None = None) -> bool:
        """'the group', 'the group's fighters', 'its fighters', 'the militants', and 'gunmen from <group>'
        (the span stopping at 'gunmen'): the organisation named earlier."""
        words = coref_words()
        reference = reference or reference_kind(c.tokens, words)
        if reference is not None and reference.kind != "first-person":
            hit = ctx.antecedent(before, reference.noun, reference.armed, self.salience)
            if hit is not None:
                self._take(ref, c, hit, evidence, f"coreference: {c.text!r} -> earlier {hit.text!r}", replace=True)
                if not reference.armed:  # "the group's spokeswoman" speaks for the group: its sector, not a title's
                    ref.sector = hit.sector
                ref.coref = hit.text
                return True
        if ref.end > 0 and ref.name is None and ref.sector in MEMBER_SECTORS and ctx.text:
            at = member_link(ctx.text, ref.end, words)
            hit = next((m for m in ctx.mentions if at is not None and m.kind == "org" and at - 4 <= m.start
                        and all(w[:1].isupper() for w in ctx.text[at:m.start].split())
                        and m.start - at <= self.config.settings.actors.member_name_max_chars), None)
            # "from Jabhat [Fajr al-Sahil]": the name may start later
            if hit is not None:
                self._take(ref, c, hit, evidence, f"members of {hit.text!r}, named right after the span", replace=True)
                return True
        return False

    @staticmethod
    def _take(ref: ActorRef, c: Coded, hit: Mention, evidence: list[str], note: str, replace: bool = False) -> None:
        """Take an earlier mention's codes; ``replace``: the mention is who the span is (a reference),
        so its country and name win over what the span's words and the focus country say."""
        ref.country = (hit.country or ref.country) if replace else (ref.country or hit.country)
        if c.sector_strength < Strength.WORDS or ref.sector is None:
            ref.sector = hit.sector or ref.sector
        ref.name = hit.name or ref.name
        ref.actor_id = ref.actor_id or hit.actor_id
        evidence.append(note)


def _anonymous_assailant(c: Coded) -> None:
    """"Men on a motorcycle shot dead ...": an unnamed actor known only by a plain person noun
    (coreference.yaml ``anonymous_persons``) who carries out an armed attack is an unidentified armed
    actor (UAF), as "gunmen" are; the CVL those nouns carry is right for victims, not for assailants."""
    words = coref_words().anonymous_persons
    if c.named is None and c.sector == "CVL" and c.heads and all(h in words for h in c.heads):
        c.sector = "UAF"
        c.evidence.append(f"unnamed {' '.join(c.heads)!r} carrying out an armed attack -> UAF (unidentified)")
