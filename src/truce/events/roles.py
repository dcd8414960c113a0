"""Actor and recipient spans of a trigger from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from truce.events.frames import Frames
from truce.events.lexicon import load_classes
from truce.events.match import Match
from truce.events.settings import events_settings
from truce.events.syntax import (
    actor_ref,
    antecedent,
    characterises,
    children,
    conjuncts,
    direct_objects,
    is_dateline,
    is_observation_verb,
    is_passive,
    left_children,
    left_words,
    misparsed_verb,
    passive_agent,
    passive_subjects,
    prep_objects,
    subject,
)
from truce.geo.tables import words
from truce.nlp import char_span, span_text
from truce.records import QUAD_CLASS, QUAD_MATERIAL_CONFLICT, ActorRef

# A joint act or a fight between two parties: its recipient is the other party (truce.events.article reads
# the note: a later sentence's victims still repeat that event).
JOINT_NOTE = "joint act: the first party is the actor, the others the recipients"
_NOMINAL_ACTOR_DEPS = ("poss",)
# 'took part in a protest', 'engaged in talks': the subject of these verbs is the nominal event's actor.
_JOIN_VERBS = {"participate", "join", "take", "engage", "resort", "lead", "stage"}
_ACTOR_ENTS = ("NORP", "GPE", "ORG")
_NON_ACTOR_ENTS = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")


def roles(match: Match, frames: Frames) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    """(actors, recipients, notes) for a trigger; verbal and nominal triggers differ."""
    if match.is_verbal or _predicative(match.anchor) or _misparsed(match):
        return _verbal_roles(match.anchor, match, frames)
    return _nominal_roles(match.token, match.entry.event, frames)


def _predicative(tok: Token) -> bool:
    """A predicative adjective ('it is willing to ...', 'he is ready to ...') has the roles of a verb."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd")


def _misparsed(match: Match) -> bool:
    """A past tense read as a noun whose adjective carries the clause ("... shot dead a councillor"):
    the adjective has the verb's subject and object (``syntax.misparsed_verb``)."""
    carrier = misparsed_verb(match.token)
    return carrier is not None and carrier.i == match.anchor.i


def _refs(tokens: list[Token], rule: str) -> list[ActorRef]:
    out: list[ActorRef] = []
    seen: set[int] = set()
    for tok in (tokens if rule == "clause-subject" else map(_relative_antecedent, tokens)):  # not 'who fled fighting'
        for t in conjuncts(tok):
            if t.i not in seen and t.pos_ != "VERB" and _actor_like(t):
                seen.add(t.i)
                out.append(actor_ref(t, rule))
    return out


def _relative_antecedent(tok: Token) -> Token:
    """'23 drivers who were abducted by gunmen': the relative pronoun of a relative clause stands for the
    noun the clause describes."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head
    return tok


def _actor_like(tok: Token) -> bool:
    """Dates, bare numbers and a story's dateline are not actors; 'dozens of civilians' is, and so is a
    plural number word that is the subject of its clause ('Thousands rallied', 'Dozens were wounded')."""
    if is_dateline(tok):
        return False
    if tok.ent_type_ == "CARDINAL" and tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.ent_type_ not in _NON_ACTOR_ENTS or any(c.lower_ == "of" for c in tok.children)


_PERSON_ENTS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
_THEME_PARTNERS = {"from", "by", "of", "with", "against", "to", "on", "for", "between"}


def _person_like(tok: Token, frames: Frames) -> bool:
    """Names, pronouns and actor nouns are participants; 'aid', 'a proposal', 'the ban' are themes;
    dates and numbers ('on Tuesday', 'on September 29') never are."""
    if not _actor_like(tok):
        return False
    return (tok.ent_type_ in _PERSON_ENTS or tok.pos_ in ("PROPN", "PRON")
            or tok.lemma_.lower() in frames.actor_nouns or tok.lemma_.lower() in frames.office_titles
            or _acronym(tok))


def _acronym(tok: Token) -> bool:
    """An all-capital name the tagger left a common noun ('a warning to ECOWAS', 'an ISWAP ambush'): an
    organisation, unless it names a weapon ('an IED')."""
    return (tok.is_upper and tok.is_alpha and len(tok) >= events_settings().acronym_min_letters
            and tok.pos_ == "NOUN" and not is_dateline(tok) and not _weapon(tok))


def _verbal_roles(verb: Token, match: Match, frames: Frames) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    notes: list[str] = []
    actors: list[ActorRef] = []
    patients: list[ActorRef] = []
    if match.entry.trigger in frames.undergo_phrases:
        return _undergone_roles(verb, frames, notes)
    if is_passive(verb):
        agent = passive_agent(verb)
        if agent is not None:
            actors, _ = _refs(_users([agent], notes), "passive-agent"), notes.append("actor: passive agent (by ...)")
    else:
        subj = subject(verb)
        if subj is not None and subj.head != verb and _observed(verb):
            if verb.tag_ == "VBN":  # 'three soldiers were reported killed': they underwent it
                patients = _refs([subj], "observed-patient")
                notes.append(f"recipient: the subject of '{verb.head.text}' underwent the act")
            else:
                notes.append(f"no actor: the subject of '{verb.head.text}' observed the act")
            subj = None  # 'residents reported shelling', 'witnesses heard shooting': they did not do it
        if subj is not None:
            rule = "nsubj" if subj.head == verb else "inherited-subject"
            actors, _ = _refs(_users([subj], notes), rule), notes.append(f"actor: {rule}")
    actors = _no_weapons(actors, verb.doc, notes)
    recips = patients or _recipients(verb, match, frames, notes, depth=0)
    actors, recips = _joint_parties(verb, match, actors, recips, frames, notes)
    actors = [a for a in actors if not _same(a, recips)]
    return actors, recips, notes


def _joint_parties(verb: Token, match: Match, actors: list[ActorRef], recips: list[ActorRef], frames: Frames,
                   notes: list[str]) -> tuple[list[ActorRef], list[ActorRef]]:
    """'Kenya and Tanzania agreed ...', 'X and Y held talks', 'soldiers and insurgents exchanged fire': a joint
    act whose subject joins the parties, with no partner named beside the verb, has the first party as its
    actor and the others as its recipients (PLOVER's source and target; the place or the theme it was told
    with is no partner). 'Delegations from X and Y met' joins them inside the subject."""
    if match.entry.event.lower() not in frames.joint_events and verb.lemma_.lower() not in frames.reciprocal_verbs:
        return actors, recips
    holders = {verb.i, match.token.i} | {t.i for t in match.tokens}  # 'held talks with Z': on the noun
    if any(_beside(r, verb, holders, frames) for r in recips):
        return actors, recips  # 'X and Y met Z': Z is the partner
    if actors[1:]:  # joined in the subject ("Kenya and Tanzania")
        notes.append(JOINT_NOTE)
        return actors[:1], actors[1:]
    subj = subject(verb) if len(actors) == 1 else None
    if subj is None:
        return actors, recips
    halves = _joined_modifiers(subj)
    if halves is not None:  # 'Nigerian and Cameroonian border officials met'
        notes.append(JOINT_NOTE + " (joined in the subject's modifiers)")
        return [_span_ref(halves[0])], [_span_ref(halves[1])]
    inner = [t for o in prep_objects(subj, {"of", "from"}) for t in conjuncts(o)[1:] if _person_like(t, frames)]
    if inner:
        notes.append(JOINT_NOTE + " (joined inside the subject: 'delegations from X and Y')")
        return actors, [actor_ref(t, "joint-party") for t in inner]
    return actors, recips


def _joined_modifiers(head: Token):
    """'Nigerian and Cameroonian border officials', 'the Afghan Taliban and Pakistani officials': a noun whose
    modifiers are joined names two parties; the two halves, the second ending with the noun."""
    doc = head.doc
    for mod in doc[head.left_edge.i:head.i]:  # 'Ghanaian and Burkinabe customs chiefs': on 'customs'
        if mod.dep_ not in ("amod", "nmod", "compound"):
            continue
        later = [c for c in mod.conjuncts if mod.i < c.i < head.i]
        cc = [t for t in doc[mod.i:later[0].i] if t.dep_ == "cc"] if later else []
        if cc:
            lo = head.left_edge.i
            while lo < mod.i and doc[lo].dep_ == "det":
                lo += 1
            return doc[lo:cc[0].i], doc[later[0].i:head.i + 1]
    return None


def _span_ref(span) -> ActorRef:
    return ActorRef(text=span_text(span), start=span.start_char, end=span.end_char, reason="span:joint-party")


def _beside(ref: ActorRef, verb: Token, holders: set[int], frames: Frames) -> bool:
    """The role is a participant named on the trigger itself (the verb's object, or the object of a
    preposition of the verb or of the trigger's noun that is no place preposition: 'held talks with Z'),
    not in a complement clause or a place phrase."""
    span = char_span(verb.doc, ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    on_verb = tok.head == verb or (tok.head.dep_ in ("prep", "dative") and tok.head.head.i in holders
                                   and tok.head.lower_ not in _PLACE_PREPS)
    return on_verb and _person_like(tok, frames) and not _named_place(tok, frames)


def _observed(verb: Token) -> bool:
    """The act is the complement of a verb of observation or report ('reported shelling', 'heard
    shooting'): its inherited subject is the observer."""
    return verb.dep_ in ("xcomp", "ccomp", "dobj") and is_observation_verb(verb.head)


def _undergone_roles(verb: Token, frames: Frames, notes: list[str]) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    """"An army helicopter came under fire (from the rebels)": the subject is the target; the actor is
    the object of "from", when given."""
    subj = subject(verb)
    recips = _refs([subj], "undergoing-subject") if subj is not None else []
    if recips:
        notes.append("recipient: subject of a phrase it undergoes ('came under fire')")
    froms = [g for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
             if g.dep_ == "pobj" and _person_like(g, frames)]
    actors = _no_weapons(_refs(froms[:1], "undergone-from"), verb.doc, notes) if froms else []
    if actors:
        notes.append("actor: 'from' partner of a phrase its subject undergoes")
    return actors, recips, notes


def _weapon(tok: Token) -> bool:
    """A bare weapon or munition noun ('a roadside bomb', 'mortar rounds', 'rockets'): never an actor.
    A weapon whose modifier names its user ('government artillery', 'Israeli tanks', 'rebel mortars')
    stands for that user and stays."""
    classes = load_classes()
    weapons = classes["weapon"].words
    low, lemma = tok.lower_, tok.lemma_.lower()
    compound = " ".join(left_words(tok, ("compound",))) + " " + lemma
    if not (lemma in weapons or low in weapons or compound.strip() in weapons or low.rstrip("s") in weapons):
        return False
    users = (classes["armed_actor"].words, classes["political_office"].words)
    return not any((m.ent_type_ in ("NORP", "GPE", "ORG") or any(m.lemma_.lower() in u for u in users)
                    or m.pos_ == "PROPN")
                   and m.lower_ not in weapons and m.lemma_.lower() not in weapons
                   for m in left_children(tok, ("compound", "amod", "poss", "nmod")))


def _in_class(tok: Token, words: frozenset[str]) -> bool:
    """The noun, or a modifier + noun bigram of it ('armoured vehicle', 'patrol boat'), is in ``words``."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma in words or low in words or low.rstrip("s") in words:
        return True
    return any(f"{w} {lemma}" in words for w in left_words(tok, ("amod", "compound")))


def _user_like(tok: Token, classes) -> bool:
    """A word that names who uses a weapon: a nationality, state or organisation, a name, an armed actor or
    an office ('Israeli', 'government', 'rebel', 'army', 'the national guard')."""
    users = (classes["armed_actor"].words, classes["political_office"].words)
    weapons = classes["weapon"].words
    if tok.lower_ in weapons or tok.lemma_.lower() in weapons:
        return False
    return (tok.ent_type_ in ("NORP", "GPE", "ORG") or tok.pos_ == "PROPN"
            or any(tok.lemma_.lower() in u or tok.lower_ in u for u in users))


def weapon_user(tok: Token) -> Token | None:
    """Whom a weapon or military vehicle stands for when it is said to act: its possessor ('the army's
    artillery'), a modifier naming its user ('Israeli jets', 'rebel mortars', 'a government drone', 'police
    water cannon') or an 'of' complement ('tanks of the 5th brigade', 'armoured vehicles of the national
    guard'). None for anything else, or for a bare weapon ('a roadside bomb' names no actor)."""
    classes = load_classes()
    if not (_in_class(tok, classes["weapon"].words) or _in_class(tok, classes["military_vehicle"].words)):
        return None
    lefts = left_children(tok, ("poss", "compound", "amod", "nmod"))
    for m in sorted(lefts, key=lambda m: m.dep_ != "poss"):  # a possessor first
        if _user_like(m, classes) or (m.dep_ == "poss" and m.pos_ == "PRON"):
            return m
    units = classes["armed_unit"].words
    for pobj in prep_objects(tok, {"of"}):
        if _user_like(pobj, classes) or pobj.lemma_.lower() in units:
            return pobj
    return _participle_agent(tok)


def _participle_agent(tok: Token) -> Token | None:
    """'a grenade thrown by unknown attackers', 'shells fired by the rebels', 'landmines planted by retreating
    fighters': the agent of the participle describing the weapon is its user."""
    for acl in children(tok, ("acl",)):
        if acl.tag_ != "VBN":
            continue
        for agent in children(acl, ("agent",)):
            for pobj in children(agent, ("pobj",)):
                if pobj.pos_ in ("NOUN", "PROPN") and not _weapon(pobj):
                    return pobj
    return None


def _users(toks: list[Token], notes: list[str]) -> list[Token]:
    """Weapons and military vehicles replaced by the user they stand for (``weapon_user``)."""
    out = []
    for tok in toks:
        user = weapon_user(tok)
        if user is not None:
            notes.append(f"actor: '{user.text}', the user of '{tok.text}'")
        out.append(user if user is not None else tok)
    return out


def _no_weapons(actors: list[ActorRef], doc, notes: list[str]) -> list[ActorRef]:
    """Drop actor spans headed by a weapon: the attack's mode says what was used, its actor stays unknown."""
    out = []
    for ref in actors:
        span = char_span(doc, ref.start, ref.end, alignment_mode="expand")
        if span is not None and _weapon(span.root):
            notes.append(f"actor: '{ref.text}' is a weapon, not an actor")
            continue
        out.append(ref)
    return out


def _recipients(verb: Token, match: Match, frames: Frames, notes: list[str], depth: int) -> list[ActorRef]:
    """Who the act is done to: passive subject, a person-like object, the partner of a theme object
    ('rejected an appeal from X'), a prepositional partner, the subject of a complement clause, or -
    for 'threatened to ban X' - the recipient of the complement verb."""
    skip = {t.i for t in match.tokens} | {match.token.i}
    material_conflict = QUAD_CLASS[match.entry.event] == QUAD_MATERIAL_CONFLICT  # its object is its target: 'shelled the village'
    if is_passive(verb) and verb.lemma_.lower() not in frames.instrument_verbs:  # 'troops were deployed': the actor's own
        pat = [p for p in passive_subjects(verb) if not _broken_agreement(p, match, frames)]
        things = [p for p in pat if not _person_like(p, frames)]
        partners = [x for t in things for x in _theme_partners(t, frames)]
        if partners:  # 'a camp for refugees was attacked': the refugees
            notes.append("recipient: partner of the passive subject ('a camp for X')")
            return _refs(partners[:1], "passive-subject-partner")
        pat = [p for p in pat if material_conflict or _person_like(p, frames)]
        if pat:
            notes.append("recipient: passive subject")
            return _refs(pat, "passive-subject")
    preps = set(frames.recipient_preps)
    all_objs = [o for o in direct_objects(verb) or _shared_objects(verb)
                if o.i not in skip and o.lower_ not in frames.reflexive_pronouns and not _broken_agreement(o, match, frames)]
    # 'withdrew its troops' names the actor's own; 'shelled their homes' someone else's: an attack or a
    # coercion is never done to one's own
    objs = [o for o in all_objs if match.entry.event in _THING_TARGETS or not _own(o, verb) or _relational(o, frames)]
    if verb.lemma_.lower() in frames.instrument_verbs:
        objs = []  # 'deployed troops in X': the troops are the actor's own
    if match.light is not None and depth == 0:
        nouns = [o for o in prep_objects(match.token, preps)
                 if _actor_like(o) and (material_conflict or _person_like(o, frames))]
        if nouns:
            notes.append("recipient: prepositional partner of event noun")
            return _refs(nouns, "noun-prep")
    people = [o for o in objs if _person_like(o, frames)]
    if people:
        notes.append("recipient: direct object")
        return _refs(people, "dobj")
    for theme in objs + [match.token] * (match.light is not None):
        partners = _theme_partners(theme, frames, event_noun=theme == match.token)
        if partners:
            notes.append("recipient: partner of the object ('appeal from X', 'suspension of links with X')")
            return _refs(partners[:1], "theme-partner")
    partners = [o for o in _aimed_objects(verb, match, all_objs, preps) if o.i not in skip and _person_like(o, frames)]
    thing_targets = match.entry.event in _THING_TARGETS
    if thing_targets:  # 'raided a nightclub on Fourth Plain Boulevard': the street is where, not whom
        partners = [o for o in partners if not _named_place(o, frames)
                    and not (_thing_objects(objs, match.entry.event) and not _named_participant(o, frames))]
    if partners:
        notes.append("recipient: prepositional object")
        return _refs(partners[:1], "prep")
    things = [o for o in prep_objects(verb, preps | {"for"}) if o.i not in skip and not _person_like(o, frames)]
    partners = [x for t in things for x in _theme_partners(t, frames)]
    if partners:  # 'hacked into the computers of X', 'mobilised reservists for a war against X'
        notes.append("recipient: partner of a prepositional object")
        return _refs(partners[:1], "prep-partner")
    target = _thing_target(verb, match, objs, all_objs, skip, frames) if thing_targets else []
    if target:
        return _refs(target, target_rule(target, objs, notes))
    comp = _complement_subject(verb)
    if comp is not None and not _self_reference(comp, verb, frames):
        notes.append("recipient: subject of complement clause")
        return _refs([comp], "complement-subject")
    if comp is not None and depth < events_settings().recipient_xcomp_depth:
        found = _recipients(comp.head, match, frames, notes, depth + 1)  # 'warned that it would impose ... on X'
        if found:
            return found
    for xcomp in children(verb, ("xcomp",)) + _by_doing(verb) + _purposes(verb):
        if depth < events_settings().recipient_xcomp_depth:
            found = _recipients(xcomp, match, frames, notes, depth + 1)
            if found:
                return found
    if match.entry.event == "THREATEN" and depth == 0:
        cond = _condition_subject(verb, frames)
        if cond is not None:
            notes.append("recipient: who must meet the threat's condition ('unless X ...')")
            return _refs([cond], "condition-subject")
    places = _places(verb, all_objs)
    if places:
        notes.append("recipient: place of the act (no participant named)")
        return _refs(places[:1], "place")
    return []


# Only attacks and coercion take a thing as their recipient ('shelled the bridge', 'razed homes', 'raided
# a nightclub'); 'blocked roads', 'suspended aid deliveries' name a theme, and the partner or place is
# sought instead.
_THING_TARGETS = ("ASSAULT", "COERCE")


def _broken_agreement(tok: Token, match: Match, frames: Frames) -> bool:
    """'violated the ceasefire', 'the truce was broken': the agreement is what the attack broke, not its target."""
    return match.entry.event == "ASSAULT" and tok.lemma_.lower() in frames.agreement_nouns


def _by_doing(verb: Token) -> list[Token]:
    """'violated the ceasefire by shelling army positions': the clause of 'by' tells how, and whom."""
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" for c in children(p, ("pcomp",))]


def _purposes(verb: Token) -> list[Token]:
    """'fired tear gas to disperse hundreds of demonstrators': a purpose clause names whom the act aimed at."""
    return [c for c in children(verb, ("advcl",)) if any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]


_JOINERS = ("cc", "punct", "advmod", "prt")


def _shared_objects(verb: Token) -> list[Token]:
    """'beat and detained journalists', 'shot and killed two men': verbs joined with nothing between them
    but 'and' share the object of the last."""
    for conj in verb.conjuncts:
        if conj.i > verb.i and conj.pos_ == "VERB" and all(t.dep_ in _JOINERS for t in verb.doc[verb.i + 1:conj.i]):
            return direct_objects(conj)
    return []


def _thing_objects(objs: list[Token], event: str) -> list[Token]:
    """Direct objects that are not the weapon an attack used: 'raided a nightclub', not 'launched drones'.
    What is seized or defused is the coercion's object, weapon or not ('seized 21 guns', 'a gold mine')."""
    return [o for o in objs if event != "ASSAULT" or not _weapon(o)]


def _named_place(tok: Token, frames: Frames) -> bool:
    """A place name, unless its head is an actor noun (the tagger calls "the South Sudan People's Defence
    Forces" a location)."""
    return tok.ent_type_ in _PLACE_ENTS and not _actor_noun(tok, frames)


def _actor_noun(tok: Token, frames: Frames) -> bool:
    """The noun names actors ('forces', 'police'), also when the tagger kept a proper noun's plural as
    its lemma ('Defence Forces')."""
    return tok.lemma_.lower() in frames.actor_nouns or tok.lower_.removesuffix("s") in frames.actor_nouns


def _named_participant(tok: Token, frames: Frames) -> bool:
    """A person, group or state by its entity type or an actor noun; a bare proper noun may be a street
    (the geoparser's street words: 'Harbour Boulevard', which the tagger may call an organisation)."""
    if tok.lower_.rstrip(".") in words("street_words"):
        return False
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or _actor_noun(tok, frames)


def _thing_target(verb: Token, match: Match, objs: list[Token], all_objs: list[Token], skip: set[int],
                  frames: Frames) -> list[Token]:
    """What an attack or a coercion was aimed at when no person-like partner is named: a direct object
    that is not the weapon used ('raided a nightclub', not 'launched drones'), else the object of a
    target preposition, thing or place ('opened fire on a minibus', 'set fire to homes', 'fired at Kyiv')."""
    things = _thing_objects(objs, match.entry.event)
    if things:
        return things
    aimed = _targets([o for o in _aimed_objects(verb, match, all_objs, set(frames.target_preps)) if o.i not in skip],
                     frames)
    return aimed[:1]


def _targets(objs: list[Token], frames: Frames) -> list[Token]:
    """The objects of target prepositions that can be aimed at: no date or number, not the air or sky."""
    return [o for o in objs if _actor_like(o) and o.lemma_.lower() not in frames.aimless_objects]


def _aimed_objects(verb: Token, match: Match, objs: list[Token], preps: set[str]) -> list[Token]:
    """Objects of these prepositions on the verb, on the trigger's other words or on the weapon used:
    'opened fire on protesters' (on "fire"), 'used live ammunition against mourners' (on the weapon)."""
    holders = [verb] + [t for t in match.tokens if t.i != verb.i] + [o for o in objs if _weapon(o)]
    return [o for h in holders for o in prep_objects(h, preps)]


def target_rule(target: list[Token], objs: list[Token], notes: list[str]) -> str:
    """The rule name of ``_thing_target``'s answer, with its note."""
    if target[0] in objs:
        notes.append("recipient: direct object (the thing attacked or destroyed)")
        return "dobj"
    notes.append("recipient: object of a target preposition ('opened fire on X', 'set fire to X')")
    return "target-prep"


_PLACE_ENTS = ("GPE", "LOC", "FAC")
_PLACE_PREPS = {"in", "at", "into", "to", "from", "near", "inside", "across"}


def _theme_partners(theme: Token, frames: Frames, depth: int = 0, event_noun: bool = False) -> list[Token]:
    """The participant a theme noun names: 'an appeal from X', 'talks with X', 'an Indian proposal',
    up to two levels down: 'a suspension of air links with X', 'part of an aid programme for X'.
    The event noun's own 'by' phrase is its actor, never its recipient."""
    preps = _THEME_PARTNERS - {"by"} if event_noun else _THEME_PARTNERS
    partners = [p for p in prep_objects(theme, preps) if _person_like(p, frames)]
    partners += [c for c in theme.children if c.dep_ in ("poss", "amod", "compound")
                 and c.ent_type_ in ("NORP", "GPE", "ORG") and c.i < theme.i]
    partners += [c for c in theme.children if c.dep_ == "poss" and c.lower_ not in _OWN and c not in partners
                 and _person_like(c, frames)]  # 'the government's refusal'
    if not partners and depth < events_settings().theme_partner_depth:
        for inner in prep_objects(theme, {"of", "on", "for", "to"}):
            partners = _theme_partners(inner, frames, depth + 1)
            if partners:
                break
    return partners


def _place_in(tok: Token, depth: int = 0) -> Token | None:
    """A named place, itself or inside the noun ('targets in X', 'the town of X', 'the capital X')."""
    if tok.ent_type_ in _PLACE_ENTS and _actor_like(tok):
        return tok
    if depth < events_settings().place_depth and tok.pos_ in ("NOUN", "PROPN"):
        named = [c for c in tok.children if c.dep_ in ("appos", "compound") and c.ent_type_ in _PLACE_ENTS]
        for inner in named + prep_objects(tok, {"of", "in", "near", "at"}):
            found = _place_in(inner, depth + 1)
            if found is not None:
                return found
    return None


def _places(verb: Token, objs: list[Token]) -> list[Token]:
    """Where the act happened or was aimed, when no participant is named: the PLOVER recipient is then
    the place ('rioted in X', 'suspended deliveries in X', 'withdraw from X')."""
    cands = prep_objects(verb, _PLACE_PREPS) + [p for o in objs for p in prep_objects(o, _PLACE_PREPS)]
    found = [_place_in(c) for c in cands]
    return [f for f in found if f is not None]


_CONDITION_MARKS = {"if", "unless"}


def _condition_subject(verb: Token, frames: Frames) -> Token | None:
    """'threatened to cut ties unless X withdraws': a threat is addressed to whoever must comply."""
    for clause in [verb] + children(verb, ("xcomp", "ccomp")):
        for adv in children(clause, ("advcl",)):
            if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in adv.children):
                subj = children(adv, ("nsubj", "nsubjpass"))
                if subj and _person_like(subj[0], frames):
                    return subj[0]
    return None


_OWN = {"its", "their", "his", "her", "our", "own"}


def _own(obj: Token, verb: Token) -> bool:
    """'withdrew its troops', 'mobilised their forces': the actor's own people are an instrument,
    not a recipient (the partner is then found elsewhere: 'from Lebanon')."""
    return obj.lower_ not in _OWN and any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children)


def _relational(obj: Token, frames: Frames) -> bool:
    """'hosted his Somali counterpart', 'met its allies': a possessive that names another party."""
    return obj.lower_ in frames.relational_nouns or obj.lemma_.lower() in frames.relational_nouns


def _self_reference(comp: Token, verb: Token, frames: Frames) -> bool:
    """'Washington warned that it would impose sanctions': the pronoun of the clause is the speaker
    itself (``syntax.antecedent``), who does the act, not the one it is done to. A clause in the
    subjunctive or with a modal of obligation ('demanded that they leave', '... that they must go')
    addresses someone else."""
    own = subject(verb)
    if own is None or antecedent(comp) != own:
        return False
    clause = comp.head
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return not (clause.tag_ == "VB" and not auxes) and not auxes & frames.obligation_modals


def _complement_subject(verb: Token) -> Token | None:
    """The subject of a 'that' clause: 'demanded that X ...', 'the demand that X ...'."""
    for comp in children(verb, ("ccomp",) if verb.pos_ in ("VERB", "AUX", "ADJ") else ("ccomp", "acl")):
        subj = children(comp, ("nsubj", "nsubjpass"))
        if subj:
            return subj[0]
    return None


def _nominal_roles(noun: Token, event: str, frames: Frames) -> tuple[list[ActorRef], list[ActorRef], list[str]]:
    notes: list[str] = []
    actors: list[ActorRef] = []
    recips: list[ActorRef] = []
    poss = children(noun, _NOMINAL_ACTOR_DEPS)
    by = prep_objects(noun, {"by"}) or _outer_agents(noun, frames)
    mods = [c for c in left_children(noun, ("amod", "compound")) if c.ent_type_ in _ACTOR_ENTS or c.pos_ == "PROPN"]
    poss = [p for p in poss if not _weapon(p)]
    mods = [m for m in mods if not _weapon(m)] or _compound_actors(noun)
    if poss:
        actors, _ = _refs(poss, "possessor"), notes.append("actor: possessor of event noun")
    elif by:
        actors, _ = _refs(by, "by-phrase"), notes.append("actor: 'by' phrase of event noun")
    elif mods:
        actors = [actor_ref(m, "modifier") for m in mods[:1]]
        notes.append("actor: national/organisation modifier of event noun")
    elif (user := weapon_user(noun)) is not None:  # 'police water cannon drove back ...'
        actors = [actor_ref(user, "weapon-user")]
        notes.append(f"actor: '{user.text}', the user of '{noun.text}'")
    elif noun.dep_ == "nsubj" and (noun.lemma_.lower() in frames.agent_nouns or noun.lower_ in frames.agent_nouns):
        actors = [actor_ref(noun, "agent-noun")]  # 'A suicide bomber blew himself up'
        notes.append(f"actor: '{noun.text}' names the doer of the act")
    material_conflict = QUAD_CLASS[event] == QUAD_MATERIAL_CONFLICT  # 'an attack on the convoy': any object is the target
    preps = set(frames.recipient_preps) | ({"of"} if event.lower() in frames.of_patient_events else set())
    objs = [o for o in prep_objects(noun, preps) if material_conflict or _person_like(o, frames)]
    if objs:
        recips, _ = _refs(objs, "noun-prep"), notes.append("recipient: prepositional partner of event noun")
    if not actors and len(recips) > 1 and {t.i for t in prep_objects(noun, {"between"})} & {r.i for r in objs}:
        actors, recips = recips[:1], recips[1:]  # 'clashes between herders and farmers': source, then target
        notes.append(JOINT_NOTE + " (the parties of 'between ... and ...')")
    if not actors and not recips and noun.dep_ == "nsubj":
        actors, recips = _between_on_verb(noun, notes)  # 'clashes erupted between X and Y'
    if not recips and material_conflict and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        aimed = _targets(prep_objects(noun.head, set(frames.target_preps)), frames)
        if aimed:  # 'used tear gas against students', 'fired water cannon at a boat'
            recips, _ = _refs(aimed[:1], "verb-target-prep"), notes.append("recipient: target of the verb using the weapon")
    if not recips and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        partners = _governor_partners(noun.head, frames)
        if partners:  # 'filed a lawsuit against X', 'issued a warning to X'
            recips, _ = _refs(partners[:1], "verb-prep"), notes.append("recipient: partner of the verb governing the noun")
    comp = _complement_subject(noun)
    if comp is not None and not recips:  # 'its demand that X withdraw'
        recips, _ = _refs([comp], "complement-subject"), notes.append("recipient: subject of the noun's clause")
    head = noun.head
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and not recips:
        objs = [o for o in direct_objects(head) if o.lemma_.lower() not in ("place", "part")
                and o.lower_ not in frames.reflexive_pronouns]
        if objs:
            recips, _ = _refs(objs, "clause-object"), notes.append("recipient: object of the clause the noun is subject of")
    if not actors and noun.dep_ == "dobj" and head.pos_ == "VERB" and not characterises(head):
        subj = subject(head)  # not 'monitors saw (no) fighting': who saw or reported an act did not do it
        if subj is not None:
            actors, _ = _refs([subj], "clause-subject"), notes.append("actor: subject of the verb governing the noun")
    if not actors and noun.dep_ == "pobj" and head.head.lemma_.lower() in _JOIN_VERBS and not is_passive(head.head):
        subj = subject(head.head)
        if subj is not None:
            actors, _ = _refs([subj], "clause-subject"), notes.append("actor: subject of the clause")
    return actors, recips, notes


def _between_on_verb(noun: Token, notes: list[str]) -> tuple[list[ActorRef], list[ActorRef]]:
    """'Heavy clashes erupted between X and Y', 'fighting broke out between X and Y': the parties told on
    the verb the event noun is the subject of; the first is the actor, the others the recipients (as in
    'clashes between X and Y')."""
    parties = _refs(prep_objects(noun.head, {"between"}), "verb-between")
    if not parties[1:]:
        return [], []
    notes.append(JOINT_NOTE + " (the parties of 'between' on the verb)")
    return parties[:1], parties[1:]


def _outer_agents(noun: Token, frames: Frames) -> list[Token]:
    """The 'by' agent told beside the event noun's patient ('the expulsion of the ambassador by the junta')
    or on the noun that carries it ('a wave of arrests of student leaders by the security forces')."""
    found = [a for o in prep_objects(noun, {"of"}) for a in prep_objects(o, {"by"})]
    head = noun.head
    if not found and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in frames.carrier_nouns:
        found = prep_objects(head.head, {"by"})
    return [a for a in found if _person_like(a, frames)]


def _compound_actors(noun: Token) -> list[Token]:
    """'a police raid', 'army raids', 'an ISWAP ambush': a compound naming an armed actor or an office; and
    the user of a weapon compound ('a Russian missile strike': the user of the missile, ``weapon_user``)."""
    classes = load_classes()
    out = []
    for c in left_children(noun, ("compound",)):
        user = weapon_user(c)
        if user is not None:
            out.append(user)
        elif not _weapon(c) and (_acronym(c) or any(c.lemma_.lower() in classes[k].words
                                                      for k in ("armed_actor", "political_office"))):
            out.append(c)
    return out[:1]


def _governor_partners(verb: Token, frames: Frames) -> list[Token]:
    """Participants of the recipient prepositions of the verb whose object is the event noun ('filed a
    lawsuit against X', 'issued a warning to X'); not 'from', which names where the noun came from."""
    return [o for o in prep_objects(verb, set(frames.recipient_preps) - {"from", "between"})
            if _person_like(o, frames) and not _named_place(o, frames)]


def _same(ref: ActorRef, others: list[ActorRef]) -> bool:
    return any(o.start == ref.start and o.end == ref.end for o in others)
