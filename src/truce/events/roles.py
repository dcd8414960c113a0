"""Actor and recipient spans of a trigger from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from truce.events.frames import Frames
from truce.events.match import Match
from truce.events.syntax import (
    actor_ref,
    children,
    conjuncts,
    direct_objects,
    is_passive,
    passive_agent,
    prep_objects,
    subject,
)
from truce.records import ActorRef

_NOMINAL_ACTOR_DEPS = ("poss",)
_ACTOR_ENTS = ("NORP", "GPE", "ORG")
_NON_ACTOR_ENTS = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")


def roles(match: Match, frames: Frames) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    """(actors, recipients, notes) for a trigger; verbal and nominal triggers differ."""
    if match.is_verbal:
        return _verbal_roles(match.anchor, match, frames)
    return _nominal_roles(match.token, frames)


def _refs(tokens: list[Token], rule: str) -> list[ActorRef]:
    out: list[ActorRef] = []
    seen: set[int] = set()
    for tok in tokens:
        for t in conjuncts(tok):
            if t.i not in seen and t.pos_ != "VERB" and _actor_like(t):
                seen.add(t.i)
                out.append(actor_ref(t, rule))
    return out


def _actor_like(tok: Token) -> bool:
    """Dates and bare numbers are not actors; 'dozens of civilians' is."""
    return tok.ent_type_ not in _NON_ACTOR_ENTS or any(c.lower_ == "of" for c in tok.children)


def _verbal_roles(verb: Token, match: Match, frames: Frames) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    notes: list[str] = []
    actors: list[ActorRef] = []
    recips: list[ActorRef] = []
    if is_passive(verb):
        agent = passive_agent(verb)
        if agent is not None:
            actors, _ = _refs([agent], "passive-agent"), notes.append("actor: passive agent (by ...)")
        pat = children(verb, ("nsubjpass",))
        if not pat and verb.dep_ == "relcl":
            pat = [verb.head]
        if pat:
            recips, _ = _refs(pat, "passive-subject"), notes.append("recipient: passive subject")
    else:
        subj = subject(verb)
        if subj is not None:
            rule = "nsubj" if subj.head is verb else "inherited-subject"
            actors, _ = _refs([subj], rule), notes.append(f"actor: {rule}")
    if match.light is not None:
        objs = prep_objects(match.token, set(frames.recipient_preps))
        if objs:
            recips, _ = recips or _refs(objs, "noun-prep"), notes.append("recipient: prepositional partner of event noun")
    if not recips:
        objs = [o for o in direct_objects(verb) if o not in match.tokens and o is not match.token]
        if objs:
            recips, _ = _refs(objs, "dobj"), notes.append("recipient: direct object")
    if not recips:
        comp = _complement_subject(verb)
        if comp is not None:
            recips, _ = _refs([comp], "complement-subject"), notes.append("recipient: subject of complement clause")
    if not recips:
        objs = [o for o in prep_objects(verb, set(frames.recipient_preps)) if o not in match.tokens]
        if objs:
            recips, _ = _refs(objs[:1], "prep"), notes.append("recipient: prepositional object")
    actors = [a for a in actors if not _same(a, recips)]
    return actors, recips, notes


def _complement_subject(verb: Token) -> Token | None:
    for comp in children(verb, ("ccomp",)):
        subj = children(comp, ("nsubj", "nsubjpass"))
        if subj:
            return subj[0]
    return None


def _nominal_roles(noun: Token, frames: Frames) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    notes: list[str] = []
    actors: list[ActorRef] = []
    recips: list[ActorRef] = []
    poss = children(noun, _NOMINAL_ACTOR_DEPS)
    by = prep_objects(noun, {"by"})
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and (c.ent_type_ in _ACTOR_ENTS or c.pos_ == "PROPN")]
    if poss:
        actors, _ = _refs(poss, "possessor"), notes.append("actor: possessor of event noun")
    elif by:
        actors, _ = _refs(by, "by-phrase"), notes.append("actor: 'by' phrase of event noun")
    elif mods:
        actors = [actor_ref(m, "modifier") for m in mods[:1]]
        notes.append("actor: national/organisation modifier of event noun")
    objs = prep_objects(noun, set(frames.recipient_preps))
    if objs:
        recips, _ = _refs(objs, "noun-prep"), notes.append("recipient: prepositional partner of event noun")
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and not recips:
        objs = direct_objects(head)
        if objs:
            recips, _ = _refs(objs, "clause-object"), notes.append("recipient: object of the clause the noun is subject of")
    if not actors and noun.dep_ == "dobj" and head.pos_ == "VERB":
        subj = subject(head)
        if subj is not None:
            actors, _ = _refs([subj], "clause-subject"), notes.append("actor: subject of the verb governing the noun")
    if not actors and noun.dep_ == "pobj" and head.head.pos_ == "VERB" and not is_passive(head.head):
        subj = subject(head.head)
        if subj is not None:
            actors, _ = _refs([subj], "clause-subject"), notes.append("actor: subject of the clause")
    return actors, recips, notes


def _same(ref: ActorRef, others: list[ActorRef]) -> bool:
    return any(o.start == ref.start and o.end == ref.end for o in others)
