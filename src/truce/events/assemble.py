"""From trigger matches in one sentence to Event records: roles, modality, embedding, conversion, merging."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from truce.events.article import (
    BARE_NOTE,
    REFERENCE_NOTE,
    WEAK_CANDIDATE,
    load_article_rules,
    mark_background,
)
from truce.events.classes import means_to_ends
from truce.events.domain import ArticleDomain
from truce.events.frames import Frames
from truce.events.habitual import habitual_cue
from truce.events.lexicon import Lexicon, load_classes
from truce.events.match import Match, find_matches
from truce.events.modality import clause_chain, modality_for, responsibility_claim
from truce.events.roles import roles
from truce.events.sense import SentenceArmed, judge
from truce.events.syntax import (
    actor_ref,
    adjectival_past,
    child_words,
    children,
    conjuncts,
    is_passive,
    is_simultaneous,
    subject,
)
from truce.ids import event_id
from truce.nlp import doc_deps, doc_offsets, doc_words
from truce.records import (
    QUAD_CLASS,
    QUAD_MATERIAL_CONFLICT,
    QUAD_VERBAL_CONFLICT,
    QUAD_VERBAL_COOPERATION,
    ActorRef,
    Article,
    Event,
    Modality,
)
from truce.settings import Section

_EMBED_DEPS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "advcl", "acl", "compound", "amod",
               "nsubjpass", "conj", "appos", "attr", "oprd", "npadvmod", "poss")
_VERBAL_QUADS = (QUAD_VERBAL_COOPERATION, QUAD_VERBAL_CONFLICT)


@dataclass
class Draft:
    """An event being assembled, with the match it came from."""

    match: Match
    event: str
    mode: str | None
    context: list[str]
    actors: list[ActorRef]
    recipients: list[ActorRef]
    modality: Modality
    confidence: float
    notes: list[str] = field(default_factory=list)
    trigger_tok: Token | None = None
    dropped: bool = False
    governed: bool = False  # another trigger governs this one (its object or complement)
    background: bool = False  # only describes another thing; may lend victims to an attack, never output
    demoted: bool = False  # kept for review, not counted as a report (non-political reading, weak candidate)
    demoted_reason: str | None = None
    relevance: float | None = None
    no_event: bool = False  # an idiom or a weapon noun: never an event, not even a demoted candidate
    cameo: str | None = None  # CAMEO root given by an idiom ('rejected accusations' -> 01)
    rank_below: int = 0  # clause levels added to its depth: a means ranked below the act it serves


def sentence_events(sent: Span, article: Article, lexicon: Lexicon, frames: Frames, st: Section,
                    domain: ArticleDomain | None = None) -> list[Event]:
    """The events of one sentence; ``st`` is the ``[events]`` settings table, ``domain`` the article's."""
    drafts = []
    matches = find_matches(sent, lexicon, frames)
    anchors = {m.anchor.i for m in matches} | {m.token.i for m in matches}
    domain = domain or ArticleDomain()
    armed = SentenceArmed(sent)
    for m in matches:
        d = _judged_draft(m, frames, sent, st, domain, armed)
        d.background = _background(m, frames) or _circumstance(m, anchors)
        drafts.append(d)
    drafts += _deontic_requests(sent, drafts, frames, st)
    drafts += _dismissals(sent, drafts, frames, st)
    _embed(drafts, frames)
    _enacted_orders(drafts, frames)
    _entry_modes(drafts, frames)
    _retype_intent(drafts, frames)
    drafts += _conversions(drafts, frames, sent, st)
    drafts += _failed_agreements(drafts, frames, st)
    _preparations(drafts, frames)
    _targeted([d for d in drafts if not d.dropped], frames)
    _instruments(drafts, st)
    _deadly_raids(drafts)
    _merge(drafts, frames)
    _means_and_ends(drafts)
    out: dict[tuple[str, int], Event] = {}
    for d in drafts:
        if not d.dropped and not d.background and d.confidence >= st.min_confidence:
            _emit(d, sent, article, frames, st, out)
        elif st.named_references and not d.dropped and d.confidence >= st.min_confidence and _named_reference(d, frames):
            ref = _emit(d, sent, article, frames, st, out)
            mark_background(ref, "a happening another act answers, named with its own day: a reference")
    if st.weak_candidates and not any(not e.demoted for e in out.values()):
        _demote_best(drafts, st, out, sent, article, frames)
    return list(out.values())


def _emit(d: Draft, sent: Span, article: Article, frames: Frames, st: Section, out: dict[tuple[str, int], Event]) -> Event:
    ev = _to_event(d, sent, article, frames)
    cue = habitual_cue(d.match.anchor, load_article_rules(st.background_days))
    if cue:
        mark_background(ev, f"habitual or durative clause ('{cue}')")
    return out.setdefault((ev.event, ev.trigger_start), ev)  # one event per type and trigger (unique ids)


def _named_reference(d: Draft, frames: Frames) -> bool:
    """An event noun that another trigger's act answers, with a day of its own: "Police arrested two men over
    Tuesday night's raid on the market", "charged for Monday's killing". It is background (no new happening),
    but clustering's follow-up rule (``[dedup] reference_follow_ups``) lets such a reference join the happening
    it names, so an arrest's or a charge's story sits with the attack a reader sees it answer."""
    tok = d.match.token
    if d.match.is_verbal or tok.dep_ != "pobj" or tok.head.lower_ not in frames.reference_preps:
        return False
    if tok.head.head.i == tok.i or tok.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _demote_best(drafts: list[Draft], st: Section, out: dict[tuple[str, int], Event], sent: Span,
                 article: Article, frames: Frames) -> None:
    """Nothing in the sentence survived: keep its best suppressed trigger (a background mention, one below
    the confidence floor, or one merged or folded away) as a demoted candidate rather than lose it."""
    cands = [d for d in drafts if not d.no_event and not d.demoted and (d.dropped or d.background
                                                                       or d.confidence < st.min_confidence)]
    if not cands:
        return
    best = max(cands, key=lambda d: d.confidence)
    why = ("a background mention (it describes another thing)" if best.background else
           f"below the confidence floor ({best.confidence:.2f} < {st.min_confidence})"
           if best.confidence < st.min_confidence else "folded into another trigger")
    best.demoted, best.demoted_reason = True, f"{WEAK_CANDIDATE}, nothing else in the sentence survived: {why}"
    undecided = best.relevance is None or best.relevance <= st.relevance_undecided
    sense = _nonpolitical_sibling(best, out, st) if why.startswith("folded") and undecided else None
    if sense is not None:
        # 'a boy was shot dead ... in a drive-by shooting': the reading it was folded into was judged
        # non-political and nothing judged this one political ('an ambush' the model reads as political
        # keeps its own relevance); it shares that reading, which a later undecided mention must not lift
        best.demoted_reason = f"folded into a non-political reading: {sense.demoted_reason}"
        best.relevance = sense.relevance
    best.notes.append(f"demoted: {best.demoted_reason}")
    _emit(best, sent, article, frames, st, out)


def _nonpolitical_sibling(best: Draft, out: dict[tuple[str, int], Event], st: Section) -> Event | None:
    """An event of the sentence of ``best``'s type demoted as a non-political reading (relevance below
    ``relevance_counted``): the reading a folded trigger was folded into."""
    return next((e for e in out.values() if e.event == best.event and e.demoted
                 and e.relevance is not None and e.relevance < st.relevance_counted), None)


def _judged_draft(m: Match, frames: Frames, sent: Span, st: Section, domain: ArticleDomain,
                  armed: SentenceArmed) -> Draft:
    """The draft of a match after the sense stage (truce.events.sense): kept, retyped, dropped or demoted."""
    j = judge(m, domain, st, sentence_armed=armed)
    if j.action == "retype" and j.event:
        entry = replace(m.entry, event=j.event, mode=j.mode, context=() if j.event != m.entry.event else m.entry.context,
                        cameo=j.cameo)
        m = Match(token=m.token, entry=entry, tokens=m.tokens, light=m.light, notes=m.notes)
    d = _draft(m, frames, sent, st)
    d.relevance = j.relevance
    d.cameo = j.cameo
    if j.reason:
        d.notes.append(f"sense: {j.reason}" + (f" -> {j.event}" if j.action == "retype" else ""))
    if j.action == "drop":
        d.dropped = d.no_event = True
    elif j.action == "demote":
        d.demoted, d.demoted_reason = True, j.reason
    return d


_NAME_ENTS = ("DATE", "TIME", "ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "LAW", "EVENT", "NORP", "LOC")


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _headline_predicate(tok) -> bool:
    """A participle hanging on the root of a sentence that has no finite verb is the sentence's own
    predicate in headline style ("Five killed in market blast", "Two soldiers wounded near Dorvo"),
    not a description of another thing ("the soldiers killed in the blast were buried").
    The same misparse hangs the participle on the "of" phrase of a noun root ("a column of 20
    trucks advanced towards Kelby ... and set up positions"): the subject's verb, whose finite
    conjuncts the parser also hung on the noun root."""
    head = tok.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "ROOT":
        head = head.head.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return False
    return not any(t.tag_ in _FINITE_TAGS and not (t.dep_ == "conj" and t.head == head) for t in tok.sent)


def _background(m: Match, frames: Frames) -> bool:
    """A trigger that only names or describes another event or thing: 'after two days of fighting',
    'the banned movement', 'weapons seized last year', 'where 24 were killed', a name ('... Cooperation')."""
    tok = m.token
    if m.is_verbal and m.light is None:
        if tok.dep_ == "amod" and adjectival_past(tok) is None:
            return True
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not _headline_predicate(tok):
            return True
        return tok.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in tok.children)
    if m.light is not None:
        return False
    if tok.ent_type_ in _NAME_ENTS and (tok.pos_ == "PROPN" or tok.ent_type_ in ("DATE", "TIME")):
        return True
    if any(c.dep_ in ("cc", "conj") for c in tok.children) and tok.dep_ in ("amod", "compound"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True  # 'according to a press release'
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in frames.responsibility_nouns \
            and not _definite(tok):
        return False  # 'claimed responsibility for an attack': the act claimed; 'the attack' refers to one told before

    if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in frames.background_preps)


_CIRCUMSTANCE_MARKS = ("after", "before", "since", "as", "while", "because", "when", "where")


def _circumstance(m: Match, anchors: set[int]) -> bool:
    """A trigger inside a circumstantial clause ('..., one day after a jet shot down a helicopter',
    '..., where 24 people were killed in riots') or a relative clause describing a participant
    ('..., whom they had taken hostage') of another trigger is background for that report."""
    chain = clause_chain(m.anchor)
    for k, tok in enumerate(chain):
        marks = set(child_words(tok, ("mark", "advmod")))
        if (tok.dep_ in ("advcl", "relcl") and marks & set(_CIRCUMSTANCE_MARKS)) or tok.dep_ in ("relcl", "acl"):
            return any(h.i in anchors for h in chain[k + 1:])
    return False


def _speaker(anchor: Token, frames: Frames) -> Token | None:
    """The subject of the speech verb (or speech noun's verb) that reports this clause."""
    for head in clause_chain(anchor)[1:]:
        if head.lemma_.lower() in frames.speech_verbs or head.lemma_.lower() in _SPEECH_NOUNS:
            verb = head.head if head.lemma_.lower() in _SPEECH_NOUNS else head
            return subject(verb)
    return None


_SPEECH_NOUNS = {"statement", "declaration", "communique", "announcement", "letter", "resolution"}


def _draft(m: Match, frames: Frames, sent: Span, st: Section) -> Draft:
    actors, recips, role_notes = roles(m, frames)
    if not actors and m.is_verbal and QUAD_CLASS[m.entry.event] in _VERBAL_QUADS:
        spk = _speaker(m.anchor, frames)
        if spk is not None:  # 'the offer was rejected, the spokesman said': the speaker is the actor
            actors = [actor_ref(spk, "speaker")]
            role_notes.append("actor: speaker of the reported statement")
    mod, mod_notes = modality_for(m.anchor, m.token, frames, sent)
    if m.entry.event == "THREATEN" and mod.hypothetical and _only_condition(mod):
        mod.hypothetical = False  # 'warned of military action if X does not withdraw': the condition is the threat's
        mod_notes.append("a threat's condition (if/unless) does not make the threat hypothetical")
    if not actors and mod.claim_kind == "responsibility":
        own = responsibility_claim(m.anchor, frames)
        if own is not None and own[1] is not None:  # 'X claimed responsibility for the attack': X did it
            actors = [actor_ref(own[1], "responsibility-claimant")]
            role_notes.append("actor: the party claiming responsibility")
    kind = "light verb + event noun" if m.light is not None else ("verb" if m.is_verbal else "event noun")
    structure = st.structure_light_verb if m.light is not None else (st.structure_verb if m.is_verbal else st.structure_noun)
    args = st.arguments_both if actors and recips else (st.arguments_one if actors or recips else st.arguments_none)
    notes = [f"trigger {m.entry.label()} ({kind})"] + role_notes + mod_notes + _noun_notes(m)
    context = list(m.entry.context)
    if m.entry.event == "MOBILIZE" and m.entry.mode == "troops" and "territory" not in context and _into_held_ground(sent, frames):
        context.append("territory")
        notes_ground = ["context territory: the sentence names ground held by a side"]
    else:
        notes_ground = []
    return Draft(match=m, event=m.entry.event, mode=m.entry.mode, context=context, actors=actors,
                 recipients=recips, modality=mod, confidence=min(1.0, m.entry.strength * structure * args),
                 notes=notes + notes_ground, trigger_tok=m.token)


def _into_held_ground(sent, frames: Frames) -> bool:
    """The sentence moves onto ground a side holds: "into an area held by the Alliance", "beyond the
    line controlled by the army" (a held-ground preposition whose object a held-ground participle
    modifies). A troop movement told there is an advance into the other side's territory."""
    for tok in sent:
        if tok.dep_ == "prep" and tok.lower_ in frames.held_ground_preps:
            for obj in tok.children:
                if obj.dep_ == "pobj" and any(c.dep_ == "acl" and c.lemma_.lower() in frames.held_ground_verbs
                                              for c in obj.children):
                    return True
    return False


def _only_condition(mod: Modality) -> bool:
    """The only hypothetical cue is an if/unless condition (no could/might/would)."""
    words = set((mod.cue or "").lower().split())
    return bool(words) and words <= {"if", "unless"}


def _definite(tok: Token) -> bool:
    dets = load_article_rules().definite_determiners
    return any((c.dep_ == "det" and c.lower_ in dets) or c.dep_ == "poss" for c in tok.children)


def _noun_notes(m: Match) -> list[str]:
    """Mark a bare event noun, and a definite one ('the attack', 'its ceasefire'): the article pass
    (truce.events.article) treats a definite noun as a reference to an event told before."""
    if m.is_verbal or m.light is not None:
        return []
    return [BARE_NOTE, REFERENCE_NOTE] if _definite(m.token) else [BARE_NOTE]


def _governor(d: Draft, by_tok: dict[int, Draft]) -> tuple[Draft | None, str, list[str]]:
    """The nearest other trigger above this one, the dependency that led there, and the path's deps."""
    prev = d.match.anchor
    path: list[str] = []
    for head in clause_chain(d.match.anchor)[1:]:
        path.append(prev.dep_)
        other = by_tok.get(head.i)
        coordinated = prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX") and head.pos_ in ("VERB", "AUX")
        if other is not None and other is not d and not coordinated:
            return other, prev.dep_, path  # a coordinated act ('praised X and threatened Y') is a sibling
        prev = head
    return None, "", path


def _embed(drafts: list[Draft], frames: Frames) -> None:
    """Events inside the complement of a verbal trigger ('agreed to a truce', 'demanded the release')
    are referenced, not reported as happening: flag them and lend their context to the governor."""
    by_tok = {}
    for d in drafts:
        by_tok[d.match.anchor.i] = d
        by_tok.setdefault(d.match.token.i, d)
    for d in drafts:
        gov, dep, path = _governor(d, by_tok)
        if gov is None or dep not in _EMBED_DEPS:
            continue
        d.governed = True
        gtype = gov.event
        if QUAD_CLASS[gtype] not in _VERBAL_QUADS and not (gtype == d.event and dep in ("advcl", "xcomp", "prep", "pobj")):
            if _purpose(d, dep) or _manner(d, gov, dep) or (QUAD_CLASS[gtype] == QUAD_MATERIAL_CONFLICT and QUAD_CLASS[d.event] == QUAD_VERBAL_CONFLICT and dep in ("advcl", "xcomp", "prep", "pobj", "acl")):
                d.dropped = True  # 'staged rallies to demand ...': the demand is the act's purpose
                gov.notes.append(f"purpose clause '{d.match.token.text}' kept as part of this event")
                if not gov.recipients and d.recipients:  # 'went on strike to demand the resignation of X'
                    gov.recipients = list(d.recipients)
                    gov.notes.append("recipient: addressee of the purpose clause")
            continue
        for ctx in d.context:
            if ctx not in gov.context:
                gov.context.append(ctx)
        direct = "advcl" not in path and "relcl" not in path  # not from an 'if ...' or 'which ...' clause
        if gtype == "THREATEN" and gov.mode is None and direct and dep in ("xcomp", "ccomp", "dobj", "pobj", "prep"):
            coop = QUAD_CLASS[d.event] in (1, 2)
            gov.mode = "relations" if coop and d.modality.negated else frames.threaten_mode(d.event, d.mode)
        if gtype == "REQUEST" and gov.match.entry.cameo == "02" and d.event.lower() in frames.hostile_asks and d.recipients \
                and not (d.dropped or d.demoted):
            gov.cameo = "10"  # 'called for sanctions against X': asking for a hostile act is a demand (CAMEO 10)
            gov.notes.append(f"asks for a hostile act ('{d.match.token.text}') against a party: a demand, CAMEO 10")
        if gtype == d.event:
            d.dropped = True  # one event told twice ('killed in a car bombing'): keep the governor
            gov.mode = gov.mode or d.mode
            gov.notes.append(f"same event as '{d.match.token.text}'")
            _fold_roles(gov, d, frames)
            _fold_victims(gov, d, dep)
            continue
        _flag_embedded(d, gov)


def _fold_roles(gov: Draft, d: Draft, frames: Frames) -> None:
    """'were killed in an air strike by the army': the event noun telling the same event again lends the
    roles the verb lacks (here the strike's 'by' agent). Only for an attack or a coercion told twice: not a
    clause, nor a noun of time or circumstance ('killed a week after rebels shelled the city', 'after the
    attack'), nor a third party's part ('negotiations under US mediation')."""
    tok = d.match.token
    if d.match.is_verbal or tok.dep_ != "pobj" or tok.head.lower_ in frames.circumstance_preps \
            or QUAD_CLASS[gov.event] != QUAD_MATERIAL_CONFLICT:
        return
    if not gov.actors and d.actors:
        gov.actors = [a for a in d.actors if not any(a.start == r.start for r in gov.recipients)]
        if gov.actors:
            gov.notes.append(f"actor from '{d.match.token.text}', the same event")
    if not gov.recipients and d.recipients:
        gov.recipients = [r for r in d.recipients if not any(r.start == a.start for a in gov.actors)]


def _fold_victims(gov: Draft, d: Draft, dep: str) -> None:
    """'raided a village ..., killing two herders': the participle telling what the attack did names its
    victims, who are the attack's recipients too (as ``_merge`` does for an attack told by several words).
    Only a bare participle (no 'after', 'before' or other mark: another act)."""
    anchor = d.match.anchor
    if gov.event != "ASSAULT" or dep != "advcl" or anchor.tag_ != "VBG" or any(c.dep_ == "mark" for c in anchor.children):
        return
    taken = gov.recipients + gov.actors
    gov.recipients += [r for r in d.recipients if not any(r.start == x.start for x in taken)]


def _purpose(d: Draft, dep: str) -> bool:
    """An infinitival purpose clause ('opened the bridge to allow deliveries')."""
    anchor = d.match.anchor
    return dep in ("advcl", "xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)


def _manner(d: Draft, gov: Draft, dep: str) -> bool:
    """A participle describing how a protest went ('rioted, setting fire to mattresses') is part of it."""
    return gov.event == "PROTEST" and dep == "advcl" and d.match.anchor.tag_ == "VBG"


def _retype_intent(drafts: list[Draft], frames: Frames) -> None:
    """'ready/prepared/offered to <harm>' is a THREATEN, not an AGREE (PLOVER codes the intended act's side)."""
    for gov in drafts:
        if gov.event != "AGREE" or gov.match.token.lemma_.lower() not in frames.intent_words:
            continue
        comps = [d for d in drafts if d is not gov and d.match.anchor.head == gov.match.anchor
                 and d.match.anchor.dep_ == "xcomp"]
        if comps and all(d.no_event or d.demoted for d in comps):  # an idiom dropped it, or a sense rule demoted it
            _inherit_demotion(gov, next((d for d in comps if d.demoted), None), "an intention to a non-political act")
            continue
        inner = [d for d in comps if d.event in frames.conflict_intent and not (d.dropped or d.demoted)]
        if inner:
            gov.event, gov.mode = "THREATEN", frames.threaten_mode(inner[0].event, inner[0].mode)
            gov.notes.append(f"intention to {inner[0].event} -> THREATEN")


def _enacted_orders(drafts: list[Draft], frames: Frames) -> None:
    """'ordered the weekly to suspend publication': an order whose infinitive is a coercion (closing,
    suspending, censoring, expelling the ordered party) is that coercion by the orderer, done by the order
    itself, as 'ordered the arrest of' is; the complement's own reading (the weekly as actor) goes."""
    for gov in drafts:
        if gov.dropped or gov.event != "REQUEST" or gov.match.token.lemma_.lower() not in frames.command_verbs:
            continue
        if gov.modality.negated:
            continue
        inner = [d for d in drafts if d is not gov and not d.dropped and d.event == "COERCE"
                 and d.match.anchor.head == gov.match.anchor and d.match.anchor.dep_ in ("xcomp", "ccomp")]
        if not inner:
            _ordered_to_leave(gov, frames)
            continue
        d = inner[0]
        gov.event, gov.mode, gov.cameo = "COERCE", d.mode, None
        gov.context += [c for c in d.context if c not in gov.context]
        ordered = children(gov.match.anchor, ("dobj",))
        if not gov.recipients and ordered:  # 'ordered the weekly to ...': the one ordered is the one coerced
            gov.recipients = [actor_ref(t, "ordered party") for t in conjuncts(ordered[0])]
        d.dropped = True
        gov.notes.append(f"an order to '{d.match.token.text}' (COERCE) is the coercion itself -> COERCE")


def _entry_modes(drafts: list[Draft], frames: Frames) -> None:
    """'riot police stormed the headquarters and detained its chairman', 'raided the camp, arresting
    dozens': a forced entry (``entry_verbs``) coordinated with, or continued by, an arrest or a seizure
    (COERCE) is the way in to that coercion, not an attack of its own; the attack reading goes and the
    coercion keeps the place as context. A storming with killings or hostages (ASSAULT) stays an attack."""
    for d in drafts:
        if d.dropped or d.event != "ASSAULT" or d.match.token.lemma_.lower() not in frames.entry_verbs:
            continue
        tok = d.match.anchor
        coerced = [x for x in drafts if x is not d and not x.dropped and x.event == "COERCE"
                   and not x.modality.negated and x.match.anchor.dep_ in ("conj", "advcl")
                   and x.match.anchor.head == tok]
        if coerced and not any(x.event == "ASSAULT" and x is not d and x.match.anchor.head == tok for x in drafts):
            d.dropped = True
            coerced[0].notes.append(f"forced entry '{d.match.token.text}' is the way in to this coercion")


def _ordered_to_leave(gov: Draft, frames: Frames) -> None:
    """'ordered the French ambassador to leave the country': an order to leave given to an envoy, a foreign
    national or a peace mission (classes.yaml ``expellable``, ``peace_mission``) is the orderer's expulsion of
    the ordered party (SANCTION expel, as 'expelled the ambassador'), not a demand; residents ordered to leave
    their homes are not expelled."""
    ordered = children(gov.match.anchor, ("dobj",))
    leave = [c for c in gov.match.anchor.children if c.dep_ in ("xcomp", "ccomp")
             and c.lemma_.lower() in frames.departure_verbs]
    classes = load_classes()
    expellable = [classes[n] for n in ("expellable", "peace_mission") if n in classes]
    if not ordered or not leave or not any(c.has(ordered[0].lemma_.lower()) for c in expellable):
        return
    gov.event, gov.mode, gov.cameo = "SANCTION", "expel", None
    gov.recipients = [actor_ref(t, "ordered party") for t in conjuncts(ordered[0])]
    gov.notes.append(f"an order to '{leave[0].text}' is an expulsion -> SANCTION expel")


def _inherit_demotion(d: Draft, source: Draft | None, why: str) -> None:
    """A reading made from a non-political one (its stated intention, its governor) is non-political too:
    'vowed to fight relegation', 'will demolish the stadium' in a sport story, 'ready to fight for his place'."""
    d.demoted = True
    d.relevance = source.relevance if source is not None else 0.0
    d.demoted_reason = f"{why}: {source.demoted_reason}" if source is not None and source.demoted_reason else why
    d.notes.append(d.demoted_reason)


def _instruments(drafts: list[Draft], st: Section) -> None:
    """Weapon nouns (ASSAULT entries weaker than ``instrument_strength``) lend their mode to the attack,
    never stand alone."""
    inst = [d for d in drafts if not d.dropped and d.event == "ASSAULT" and d.match.entry.strength < st.instrument_strength
            and d.match.entry.pos == "noun" and d.modality.asserted]
    if not inst:
        return
    others = [d for d in drafts if not d.dropped and d.event == "ASSAULT" and d not in inst and not d.demoted]
    for i in inst:
        i.dropped = i.no_event = True
        for o in others:
            if o.mode is None:
                o.mode = i.mode
                o.notes.append(f"mode {i.mode} from instrument '{i.match.token.text}'")


def _flag_embedded(d: Draft, gov: Draft) -> None:
    cue = gov.match.token.text
    if "actor: subject of the verb governing the noun" in d.notes:
        d.actors = []  # 'condemned the attack': the condemner did not attack
    if gov.event == "ACCUSE":
        d.modality.claimed = True
        d.modality.claimant = gov.actors[0].text if gov.actors else d.modality.claimant
        d.modality.hypothetical = True
    elif gov.event in ("AGREE", "THREATEN"):
        d.modality.future = True
    elif gov.event == "REJECT":
        d.modality.negated = True
    else:
        d.modality.hypothetical = True
    d.modality.cue = " ".join(x for x in (d.modality.cue, cue) if x)
    d.notes.append(f"embedded under {gov.event} '{cue}': not reported as happening")


def _conversions(drafts: list[Draft], frames: Frames, sent: Span, st: Section) -> list[Draft]:
    """PLOVER codes a stated intention: to cooperate -> AGREE, to harm -> THREATEN,
    a refusal to cooperate ('will not accept') -> REJECT. The intended act stays, flagged future."""
    out = []
    for d in drafts:
        mod = d.modality
        conditional_only = "conditional: depends on an if/unless clause" in d.notes and not _modal_hypothesis(d)
        if d.dropped or d.governed or not mod.future or (mod.hypothetical and not conditional_only) or not d.actors \
                or any(n.startswith("negated by governing") for n in d.notes):
            continue
        if d.event in frames.coop_intent:
            new_type = frames.negated_intent_type if mod.negated else "AGREE"
        elif d.event in frames.conflict_intent and not mod.negated:
            new_type = "THREATEN"
        else:
            continue
        if new_type == d.event:
            continue
        conv = _derived(d, new_type, frames.threaten_mode(d.event, d.mode) if new_type == "THREATEN" else None,
                        f"stated intention ({mod.cue}) to {d.event} -> {new_type}", st, cue=mod.cue)
        if d.demoted:
            _inherit_demotion(conv, d, "the stated intention of a non-political act")
        out.append(conv)
    return out


def _derived(d: Draft, event: str, mode: str | None, note: str, st: Section, cue: str | None = None) -> Draft:
    """A second reading of ``d``'s words (a stated intention's THREATEN, a failed agreement's REJECT): the
    same participants and claim, a fresh modality, confidence scaled by ``conversion_factor``."""
    return Draft(match=d.match, event=event, mode=mode, context=list(d.context), actors=list(d.actors),
                 recipients=list(d.recipients),
                 modality=Modality(claimed=d.modality.claimed, claimant=d.modality.claimant, cue=cue),
                 confidence=d.confidence * st.conversion_factor, trigger_tok=d.match.token,
                 notes=[note] + d.notes[:1])


def _failed_agreements(drafts: list[Draft], frames: Frames, st: Section) -> list[Draft]:
    """Parties that 'failed to reach agreement' / 'failed to agree on' a matter rejected it (CAMEO 12,
    PLOVER REJECT): a REJECT of the same actors, the agreement kept as not having happened. Failing at
    any other act ('failed to capture the town') is no rejection."""
    out = []
    for d in drafts:
        anchor = d.match.anchor
        if d.dropped or d.event != "AGREE" or not d.modality.negated or d.modality.future or not d.actors \
                or anchor.dep_ != "xcomp" or anchor.head.lemma_.lower() not in frames.failure_verbs:
            continue
        rej = _derived(d, "REJECT", None, f"failed ('{anchor.head.text}') to agree -> REJECT", st)
        if d.demoted:
            _inherit_demotion(rej, d, "the failed agreement of a non-political act")
        out.append(rej)
    return out


_READIED = ("ASSAULT", "MOBILIZE", "COERCE")


def _readied_act(d: Draft, frames: Frames) -> Token | None:
    """The preparation verb an act is readied by ('prepared to [resume] shelling'), else None."""
    tok = d.match.anchor
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "dobj", "pcomp", "prep") or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in frames.preparation_verbs:
            return tok
    return None


def _preparations(drafts: list[Draft], frames: Frames) -> None:
    """Forces that 'prepared to storm the town' (not in reported speech) are mobilizing (PLOVER MOBILIZE):
    the intention read from 'prepared' (AGREE, THREATEN) becomes MOBILIZE; the readied attack stays not done."""
    for d in drafts:
        if d.dropped or d.event not in _READIED or d.modality.negated:
            continue
        prep = _readied_act(d, frames)
        if prep is None or _under_speech(prep, frames):
            continue
        for other in drafts:
            if other.dropped or other is d or other.event not in ("AGREE", "THREATEN"):
                continue
            if other.match.token == prep or (other.match.token == d.match.token and other.event == "THREATEN"):
                modes = frames.preparation_modes
                other.event, other.cameo = "MOBILIZE", None
                other.mode = modes.get(f"{d.event}/{d.mode}") or modes.get(d.event) or modes.get("default")
                other.notes.append(f"readying ('{prep.text}') to {d.event}: a buildup of force -> MOBILIZE")


def _under_speech(tok: Token, frames: Frames) -> bool:
    return tok.dep_ == "ccomp" or any(h.lemma_.lower() in frames.speech_verbs for h in clause_chain(tok)[1:4])


def _modal_hypothesis(d: Draft) -> bool:
    """Hypothetical for another reason than an if-clause (could, might, planned ...)."""
    words = set((d.modality.cue or "").lower().split())
    return bool(words & {"could", "might", "may", "can", "should", "planned", "proposed", "possible", "potential"})


def _deontic_requests(sent: Span, drafts: list[Draft], frames: Frames, st: Section) -> list[Draft]:
    """'X said Y must do Z' is X's REQUEST to Y (PLOVER: demands voiced in reported speech)."""
    out = []
    deps = doc_deps(sent.doc)  # a Token only for a clausal complement
    for tok in (sent.doc[i] for i in range(sent.start, sent.end) if deps[i] == "ccomp"):
        if tok.head.lemma_.lower() not in frames.speech_verbs | {"demand", "insist"}:
            continue
        cues = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in frames.deontic_cues]
        if not cues or tok.head.lemma_.lower() in ("demand", "insist") and any(d.match.token == tok.head for d in drafts):
            continue
        speaker = subject(tok.head)
        target = children(tok, ("nsubj", "nsubjpass"))
        match = Match(token=tok, entry=_deontic_entry(), tokens=[tok])
        d = Draft(match=match, event="REQUEST", mode=None, context=[], confidence=st.deontic_confidence,
                  actors=[actor_ref(speaker, "speaker")] if speaker is not None else [],
                  recipients=[actor_ref(t, "complement-subject") for t in conjuncts(target[0])] if target else [],
                  modality=Modality(), trigger_tok=tok,
                  notes=[f"deontic '{cues[0].text}' in speech reported by '{tok.head.text}' -> REQUEST"])
        for other in drafts:
            if other.match.anchor == tok or tok in clause_chain(other.match.anchor):
                other.modality.hypothetical = True
                other.modality.cue = cues[0].text
                for ctx in other.context:
                    d.context.append(ctx)
        out.append(d)
    return out


def _dismissal_phrase(cop: Token, frames: Frames) -> list[Token]:
    """The tokens of a dismissal phrase after a copula and its adverbs ('is (currently) out of the
    question'), else []."""
    doc = cop.doc
    start, end = cop.i + 1, cop.sent.end
    while start < end and doc[start].dep_ == "advmod" and doc[start].head == cop:
        start += 1
    lower = doc_words(doc).lower  # words compared in the per-Doc table; Tokens only for the phrase found
    for phrase in frames.dismissal_phrases:
        words = phrase.split()
        if start + len(words) <= end and lower[start:start + len(words)] == words:
            return [doc[start + k] for k in range(len(words))]
    return []


def _dismissals(sent: Span, drafts: list[Draft], frames: Frames, st: Section) -> list[Draft]:
    """'(X said) lifting the sanctions is out of the question': the speaker REJECTs the act the copula's
    subject names, which is negated (not reported as done)."""
    out = []
    lemmas = doc_words(sent.doc).lemma  # a Token only for 'be'
    for cop in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] == "be"):
        if not (phrase := _dismissal_phrase(cop, frames)):
            continue
        subj = children(cop, ("csubj", "nsubj", "nsubjpass"))
        acts = [d for d in drafts if not d.dropped and subj and (d.match.anchor == subj[0] or subj[0] in clause_chain(d.match.anchor))]
        if not acts:
            continue
        speaker = subject(cop.head) if cop.dep_ == "ccomp" and cop.head.lemma_.lower() in frames.speech_verbs else None
        for d in acts:
            d.modality.negated = True
            d.modality.cue = " ".join(x for x in (d.modality.cue, " ".join(t.text for t in phrase)) if x)
            d.governed = True
            d.notes.append(f"ruled out ('{cop.text} {' '.join(t.text for t in phrase)}'): not reported as happening")
        entry = _deontic_entry()
        entry = replace(entry, trigger=" ".join(t.lower_ for t in phrase), event="REJECT")
        rej = Draft(match=Match(token=cop, entry=entry, tokens=[cop, *phrase]), event="REJECT", mode=None,
                    context=list(acts[0].context), confidence=st.deontic_confidence,
                    actors=[actor_ref(speaker, "speaker")] if speaker is not None else [],
                    recipients=list(acts[0].recipients), modality=Modality(), trigger_tok=cop,
                    notes=[f"'{acts[0].match.token.text}' ruled out as '{' '.join(t.text for t in phrase)}' -> REJECT"])
        if acts[0].demoted:
            _inherit_demotion(rej, acts[0], "ruling out a non-political act")
        out.append(rej)
    return out


def _deontic_entry():
    from truce.events.lexicon import TriggerEntry

    return TriggerEntry(trigger="must", event="REQUEST", pos="verb", source="frame")


def _targeted(drafts: list[Draft], frames: Frames) -> None:
    """Killing a named person or an office holder ('killed the deputy chief') is a targeted attack."""
    for d in drafts:
        if d.event != "ASSAULT" or d.mode is not None or not d.match.is_verbal:
            continue
        anchor = d.match.anchor
        victims = children(anchor, ("dobj",)) + (children(anchor, ("nsubjpass",)) if is_passive(anchor) else [])
        if any(v.ent_type_ == "PERSON" or v.lemma_.lower() in frames.office_titles for v in victims):
            d.mode = "targeted"
            d.notes.append("mode targeted: the victim is a named person or office holder")


def _deadly_raids(drafts: list[Draft]) -> None:
    """A raid or seizure whose own clause goes on to kill or wound ('bandits raided a village, killing two
    people', 'gunmen stormed the compound, wounding five') is an attack (CAMEO 19): the killing told as a
    participle of the raid is how it was carried out, not a second act. The raid takes the ASSAULT type
    (the killing then folds into it as the same attack). Only an entry that needs no object (a raid): a
    capture of a place keeps its type, and an arrest ('arresting 12') is no raid."""
    live = [d for d in drafts if not d.dropped and not d.demoted and d.modality.asserted]
    kills = {d.match.anchor.i for d in drafts if not d.dropped and d.modality.asserted and d.event == "ASSAULT"
             and d.mode is None and d.match.is_verbal and d.match.anchor.tag_ == "VBG"}  # a demoted killing too
    for d in live:
        entry = d.match.entry
        if d.event != "COERCE" or d.mode not in (None, "seize") or not d.match.is_verbal \
                or entry.objects or entry.object_entities or entry.any_object:
            continue  # a capture of a place ('seized the town, killing three') stays a seizure
        if any(c.i in kills and c.dep_ in ("advcl", "conj", "xcomp") for c in d.match.anchor.children):
            d.event, d.mode = "ASSAULT", None
            d.notes.append("retyped ASSAULT: the raid's own clause kills or wounds (a deadly raid)")


def _merge(drafts: list[Draft], frames: Frames) -> None:
    """One attack told by several words is one event: generic ASSAULT triggers ('killed', 'hit')
    fold into the moded ASSAULT events of the same sentence; their victims become recipients."""
    live = [d for d in drafts if not d.dropped and d.modality.asserted and not d.demoted]
    moded = [d for d in live if d.event == "ASSAULT" and d.mode and not d.background]
    generic = [d for d in live if d.event == "ASSAULT" and not d.mode]
    targets = moded or [g for g in generic if not g.background][:1]
    for g in list(moded):  # one attack, several words of the same mode ('artillery, mortar ... fire')
        for h in moded:
            if h is not g and not g.dropped and not h.dropped and h.mode == g.mode:
                h.dropped = True
                g.recipients += [r for r in h.recipients if not any(r.start == x.start for x in g.recipients)]
    moded = [d for d in moded if not d.dropped]
    targets = moded or [g for g in generic if not g.background][:1]
    lenders = [d for d in drafts if d.background and d.event == "ASSAULT" and d.mode]
    for t in targets:  # 'killed when rockets struck a market': the weapon of the clause gives the mode
        if t.mode is None and lenders:
            t.mode = lenders[0].mode
            t.notes.append(f"mode {t.mode} from '{lenders[0].match.token.text}' in a circumstantial clause")
        _borrow_actor(t, lenders, frames)
    for g in generic:
        if g in targets:
            continue
        for t in targets:  # never the attacker itself ('the soldiers who were attacked ... returned fire')
            t.recipients += [r for r in g.recipients if not any(r.start == x.start for x in t.recipients + t.actors)]
            if not t.actors:
                t.actors = list(g.actors)
            t.notes.append(f"merged with '{g.match.token.text}' (same attack)")
        g.dropped = True
    _merge_same_type(live)


def _borrow_actor(target: Draft, lenders: list[Draft], frames: Frames) -> None:
    """'Three people were killed when soldiers opened fire on protesters': the clause telling how the
    killing happened, at the same time ('when', 'as'), names who did it, and, for an act with no victim
    of its own ('the truce was broken when militiamen shelled a market'), whom. A clause told 'after'
    or 'since' is another act and lends nothing."""
    for lender in lenders:
        if not is_simultaneous(lender.match.anchor, frames.simultaneous_marks):
            continue
        if not target.actors and lender.actors:
            target.actors = list(lender.actors)
            target.notes.append(f"actor from '{lender.match.token.text}', the clause telling how it happened")
        if not target.recipients and lender.recipients:
            target.recipients = list(lender.recipients)
            target.notes.append(f"recipient from '{lender.match.token.text}', the clause telling how it happened")
        return


def _merge_same_type(live: list[Draft]) -> None:
    """Two triggers of the same type and mode on one clause ('demonstrated ... in protest') are one event."""
    for i, a in enumerate(live):
        for b in live[i + 1:]:
            if a.dropped or b.dropped or a.event != b.event or a.event == "ASSAULT":
                continue
            if "conj" in (a.match.anchor.dep_, b.match.anchor.dep_) and a.match.anchor != b.match.anchor:
                continue  # coordinated acts are separate events ('imposed sanctions and recalled its envoy')
            if a.match.anchor == b.match.anchor or a.match.anchor in clause_chain(b.match.anchor)[:3]:
                b.dropped = True
            elif b.match.anchor in clause_chain(a.match.anchor)[:3]:
                a.dropped = True


def _depth(tok: Token) -> int:
    return len(clause_chain(tok, limit=64)) - 1


def _means_and_ends(drafts: list[Draft]) -> None:
    """'Gunmen set up a checkpoint and abducted six drivers', 'the ministers met in Doha and agreed to
    reopen the crossing', 'armed men stopped a bus, ordered the passengers out and took four hostage': one
    actor's means (a movement, meeting or order; ``events/main_event.yaml``) coordinated with the act it
    serves is ranked below that act as the sentence's main event (its clause depth is put one below the
    act's); both stay events. Only an act reported as done outranks its means."""
    table = means_to_ends()
    live = [d for d in drafts if not d.dropped and not d.background]
    for means in live:
        ends = table.get(f"{means.event}/{means.mode}") or table.get(means.event)
        if not ends:
            continue
        for end in live:
            if end is means or end.event not in ends or not end.modality.asserted or end.demoted:
                continue
            if not _coordinated(means.match.anchor, end.match.anchor):
                continue
            means.rank_below = max(means.rank_below, _depth(end.match.anchor) - _depth(means.match.anchor) + 1)
            means.notes.append(f"a means to '{end.match.token.text}' ({end.event}): ranked below it as the main event")
            break


def _coordinated(a: Token, b: Token) -> bool:
    """Two predicates of one actor told side by side: coordinated verbs ('set up ... and abducted'), or a
    bare participle continuing the clause ('deployed tanks, pounding ...'), with the same subject."""
    if a == b or a.pos_ not in ("VERB", "AUX") or b.pos_ not in ("VERB", "AUX"):
        return False
    linked = b in a.conjuncts or (b.head == a and b.dep_ == "advcl" and b.tag_ == "VBG"
                                  and not any(c.dep_ in ("mark", "aux") for c in b.children))
    if not linked:
        return False
    sa, sb = subject(a), subject(b)
    return sa is not None and sb is not None and (sa == sb or sa.lemma_.lower() == sb.lemma_.lower())


def _to_event(d: Draft, sent: Span, article: Article, frames: Frames) -> Event:
    m = d.match
    start, end = m.span
    trig = m.token
    texts, (starts, ends) = doc_words(sent.doc).text, doc_offsets(sent.doc)  # per-Doc tables, no Tokens
    words = [i for i in range(sent.start, sent.end) if not texts[i].isspace()]  # a masked dateline leaves spaces
    sent_start = starts[words[0]] if words else sent.start_char  # (spaCy's is_space is str.isspace)
    sent_end = ends[words[-1]] if words else sent.end_char
    return Event(
        id=event_id(article.id, trig.idx, d.event), article_id=article.id, event=d.event, mode=d.mode,
        context=d.context, actor=d.actors, recipient=d.recipients, trigger=trig.text,
        trigger_start=trig.idx, trigger_end=trig.idx + len(trig.text),
        sentence=article.text[sent_start:sent_end] if article.text else sent.text, sentence_start=sent_start, event_text=article.text[start:end] if article.text else "",
        modality=d.modality, confidence=round(d.confidence, 3),
        cameo_root=d.cameo or (m.entry.cameo if d.event == m.entry.event else None) or frames.cameo_root(d.event, d.mode),
        explanation=d.notes, clause_depth=_depth(m.anchor) + d.rank_below,
        demoted=d.demoted, demoted_reason=d.demoted_reason, relevance=d.relevance,
    )
