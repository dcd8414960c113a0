"""Relevance and word sense of a matched trigger, from its participants, its sentence and its article.

Whether "beat", "hit", "strike", "attack", "shot", "fire", "raid", "clash", "fight", "storm", "blast",
"bomb", "capture" or "seize" is a political event depends on who does it to whom, and in what story.
Knowledge is in ``lang/en/events/senses.yaml`` (idioms, participant classes, sense-prone triggers),
``classes.yaml`` (noun classes) and ``domains.yaml`` (the article's domain); thresholds in settings
``[events]``. A judgement either keeps the reading, retypes it (an idiom: "hit the streets" is a
protest), drops it (no event: "declined to comment", "shares hit a record"), or **demotes** it: the
event is kept with ``demoted``/``demoted_reason`` and a low ``relevance`` and is not counted as a
report. Every decision is written to the event's explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from truce.errors import DataFileError
from truce.events.domain import POLITICS, ArticleDomain
from truce.events.frames import load_frames
from truce.events.learned import sense_probability
from truce.events.lexicon import NounClass, load_classes, shipped_data, singular_forms, word_list
from truce.events.match import Match, verb_lemmas
from truce.events.modality import modality_for
from truce.events.roles import weapon_user
from truce.events.syntax import (
    children,
    is_observation_verb,
    is_passive,
    is_simultaneous,
    left_words,
    misparsed_verb,
    np_head,
    passive_agent,
    subject,
)
from truce.knowledge import lang_file, valid_source
from truce.nlp import Words, doc_deps, doc_ent_types, doc_kids, doc_memo, doc_pos, doc_words
from truce.records import EVENT_TYPES, QUAD_CLASS, QUAD_MATERIAL_CONFLICT
from truce.settings import Section

MATERIAL_CONFLICT = ("ASSAULT", "COERCE", "MOBILIZE")
# The acts of a labour dispute, political by the PLOVER manual's and our sets' convention (a strike, a union's
# demand, its pay deal, ending its strike) whatever the story: workers as their actor are a political party.
LABOUR_DISPUTE_TYPES = ("PROTEST", "CONCEDE", "AGREE", "REQUEST", "REJECT", "THREATEN")
GAME_DOMAINS = ("sport", "entertainment", "technology")  # stories where a 'sniper' or 'gunner' is a player's role
_RULE_KEYS = {"name", "triggers", "types", "object", "subject", "governor", "prep", "prep_object", "particle",
              "light", "xcomp", "xcomp_object", "modifier", "not_prep", "not_prep_object", "not_subject", "action", "event", "mode", "cameo",
              "unarmed", "unarmed_actor", "object_prep"}
_WORD_FIELDS = ("triggers", "types", "object", "subject", "governor", "prep", "prep_object", "particle", "light",
                "xcomp", "xcomp_object", "modifier", "not_prep", "not_prep_object", "not_subject")

LEARNED_DEMOTION = "learned sense model"  # the start of a learned-model demotion's reason (truce.events.article)


@dataclass(frozen=True)
class Idiom:
    name: str
    conditions: dict[str, tuple[frozenset[str], frozenset[str]]]  # field -> (words, entity labels)
    action: str  # drop | retype
    unarmed: bool = False  # only when the sentence names no armed actor or weapon
    event: str | None = None
    mode: str | None = None
    cameo: str | None = None
    unarmed_actor: bool = False  # only when the trigger's own actor is no armed actor or weapon
    object_prep: bool = False  # prep / prep_object may also hang on the direct object ('forced refugees from their homes')


@dataclass(frozen=True)
class ParticipantRule:
    cls: NounClass
    roles: frozenset[str]
    reason: str
    any_type: bool = False  # as the actor, no reading of any type is political (a storm neither accuses nor agrees)
    types: frozenset[str] = frozenset()  # any_type only for these types (empty: every type)
    unless_state: bool = False  # not when a state, nationality or office takes part ('agreed with the government')
    unless_owner: bool = False  # not for a participant whose own modifier names a state force ('coast guard vessels')


@dataclass(frozen=True)
class Senses:
    idioms: tuple[Idiom, ...]  # in file order; ``by_trigger`` indexes them by their trigger words
    participants: tuple[ParticipantRule, ...]
    political: tuple[NounClass, ...]
    offices: NounClass
    prone: frozenset[str]
    armed_unit: NounClass | None = None
    armed_modifier: NounClass | None = None
    by_trigger: dict[str, tuple[int, ...]] | None = None
    criminal: NounClass | None = None
    armed_person: NounClass | None = None  # 'men', 'individuals': armed only with an armed_person_modifier
    armed_person_modifier: NounClass | None = None
    plot_verbs: frozenset[str] = frozenset()  # 'the film follows', 'the game lets': a work's plot (fiction)
    works: NounClass | None = None  # classes.yaml culture: films, books, shows, games
    out_of_time: NounClass | None = None  # 'medieval', 'Roman', 'alien': an armed actor out of today's news
    game_role: NounClass | None = None  # 'sniper', 'gunner': a player's role in a sport or games story
    relief_verbs: frozenset[str] = frozenset()  # 'deployed to help evacuate residents': a relief deployment
    assistance_verbs: frozenset[str] = frozenset()  # 'sent troops to help Mozambican forces': military aid
    relief_nouns: frozenset[str] = frozenset()  # 'sent to help with the clean-up': a relief task as a noun
    dual_use: NounClass | None = None  # 'drone': a weapon in war news, a product in a tech or business story

    def idioms_for(self, forms: set[str]) -> list[Idiom]:
        """The idioms whose trigger list names one of these forms (or that name none), in file order."""
        index = self.by_trigger or {}
        picked = set(index.get("*", ()))
        for form in forms:
            picked.update(index.get(form, ()))
        return [self.idioms[i] for i in sorted(picked)]


@dataclass
class Judgement:
    """What the sense stage decided for one reading."""

    action: str  # keep | retype | drop | demote
    relevance: float
    reason: str = ""
    event: str | None = None
    mode: str | None = None
    cameo: str | None = None
    decided: bool = True  # False: no rule had evidence either way (the learned model may judge)


def _rule_words(rule: dict[str, Any], key: str, classes: dict[str, NounClass], path: str) -> tuple[frozenset[str], frozenset[str]]:
    value = rule.get(key)
    items = [value] if isinstance(value, str) else list(value or [])
    words: set[str] = set()
    ents: set[str] = set()
    for item in items:
        item = str(item).lower() if key != "types" else str(item).upper()
        if item.startswith("@"):
            cls = classes.get(item[1:])
            if cls is None:
                raise DataFileError(path, f"unknown noun class {item!r}", line=getattr(rule, "line", None), field=key)
            words |= cls.words
            ents |= cls.entities
        else:
            words.add(item)
    return frozenset(words), frozenset(ents)


@lru_cache(maxsize=1)
def load_senses() -> Senses:
    path = str(lang_file("events", "senses.yaml"))
    data = shipped_data("senses.yaml")
    classes = load_classes()
    for key in ("idioms", "participants"):
        if not valid_source((data.get(key) or {}).get("source")):
            raise DataFileError(path, "missing or unknown provenance", field=f"{key}.source")
    idioms = []
    for rule in data["idioms"].get("rules") or []:
        line = getattr(rule, "line", None)
        unknown = sorted(set(rule) - _RULE_KEYS)
        if unknown:
            raise DataFileError(path, "unknown key", line=line, field=unknown[0])
        if rule.get("action") not in ("drop", "retype"):
            raise DataFileError(path, "must be drop or retype", line=line, field="action")
        if rule.get("action") == "retype" and str(rule.get("event")) not in EVENT_TYPES:
            raise DataFileError(path, "retype needs a PLOVER event type", line=line, field="event")
        conds = {k: _rule_words(rule, k, classes, path) for k in _WORD_FIELDS if k in rule}
        idioms.append(Idiom(str(rule.get("name") or ""), conds, rule["action"], bool(rule.get("unarmed")),
                            rule.get("event"), rule.get("mode"), str(rule["cameo"]).zfill(2) if rule.get("cameo") else None,
                            bool(rule.get("unarmed_actor")), bool(rule.get("object_prep"))))
    parts = data["participants"]
    rules = []
    for rule in parts.get("rules") or []:
        cls = classes.get(str(rule.get("class")))
        if cls is None:
            raise DataFileError(path, f"unknown noun class {rule.get('class')!r}", line=getattr(rule, "line", None),
                                field="class")
        unknown = sorted(set(map(str, rule)) - {"class", "roles", "reason", "any_type", "types", "unless_state",
                                         "unless_owner"})
        if unknown:
            raise DataFileError(path, "unknown key", line=getattr(rule, "line", None), field=unknown[0])
        rules.append(ParticipantRule(cls, frozenset(rule.get("roles") or ("actor", "object")), str(rule.get("reason")),
                                     bool(rule.get("any_type")), frozenset(str(t).upper() for t in rule.get("types") or ()),
                                     bool(rule.get("unless_state")), bool(rule.get("unless_owner"))))
    political = tuple(classes[c] for c in parts.get("political") or [])
    prone, _ = word_list(data, "prone", path)
    unit, modifier = classes.get(str(parts.get("armed_unit"))), classes.get(str(parts.get("armed_modifier")))
    person = classes.get(str(parts.get("armed_person")))
    person_modifier = classes.get(str(parts.get("armed_person_modifier")))
    by_trigger: dict[str, list[int]] = {}
    for i, rule in enumerate(idioms):
        for word in rule.conditions.get("triggers", (frozenset({"*"}), frozenset()))[0]:
            by_trigger.setdefault(word, []).append(i)
    plot_verbs, _ = word_list(data, "plot_verbs", path)
    relief_verbs, _ = word_list(data, "relief_verbs", path)
    assistance_verbs, _ = word_list(data, "assistance_verbs", path)
    return Senses(tuple(idioms), tuple(rules), political, classes["political_office"], prone, unit, modifier,
                  {k: tuple(v) for k, v in by_trigger.items()}, classes.get("criminal_actor"), person, person_modifier,
                  plot_verbs, classes.get("culture"), classes.get("out_of_time"), classes.get("game_role"),
                  relief_verbs, assistance_verbs, word_list(data, "relief_nouns", path)[0], classes.get("dual_use"))


# ---- participants of a trigger -------------------------------------------------------------------

_OBJECT_PREPS = {"on", "at", "against", "into", "to", "with", "upon", "onto"}


def _expand(tok: Token) -> list[Token]:
    """A participant head with the nouns that say what it is ('share prices', 'thousands of troops')."""
    head = np_head(tok)
    out = [head] + [c for c in children(head, ("compound",)) if c.pos_ in ("NOUN", "PROPN")]
    out += [c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN")]
    return out


def _of_nouns(tok: Token) -> list[Token]:
    """The nouns of a head's "of" phrase ("a convoy of food aid": aid, food)."""
    return [x for p in children(tok, ("prep",)) if p.lower_ == "of" for g in children(p, ("pobj",)) for x in _expand(g)]


def _prep_objects(prep: Token) -> list[Token]:
    """A preposition's objects, also through a compound preposition ('out of their homes', 'away from')."""
    return [g for c in [prep, *children(prep, ("prep",))] for g in children(c, ("pobj",))]


def participants(m: Match) -> dict[str, list[Token]]:
    """Actor-side and object-side head words of a trigger (tokens), from the parse."""
    anchor, tok = m.anchor, m.token
    actors: list[Token] = []
    objects: list[Token] = []
    if m.is_verbal or m.light is not None:
        verb = anchor
        if is_passive(verb):
            agent = passive_agent(verb)
            actors += [agent] if agent is not None else []
            objects += children(verb, ("nsubjpass",))
        else:
            subj = subject(verb)
            actors += [subj] if subj is not None else []
        objects += [c for c in children(verb, ("dobj", "dative", "attr", "oprd")) if c != tok]
        for prep in children(verb, ("prep",)):
            if prep.lower_ in _OBJECT_PREPS:
                objects += children(prep, ("pobj",))
    carrier = misparsed_verb(tok) if not m.is_verbal else None
    if carrier is not None:
        # "Men on a motorcycle shot dead the chief": the noun "shot" is the clause's verb, its adjective
        # holds the subject and object (read above when the match carries it as its light word);
        # "motorcycle" (the noun's compound, the end of the "on" phrase) is no actor
        if carrier.i != anchor.i:
            subj = subject(carrier)
            actors += [subj] if subj is not None else []
            objects += children(carrier, ("dobj",))
    elif not m.is_verbal:
        actors += [c for c in children(tok, ("poss", "compound", "amod")) if c.pos_ in ("NOUN", "PROPN")]
        for prep in children(tok, ("prep",)):
            pobj = children(prep, ("pobj",))
            if prep.lower_ == "by":
                actors += pobj
            elif prep.lower_ in _OBJECT_PREPS | {"of"}:
                objects += pobj
        if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
            objects += children(tok.head, ("dobj",))
        if tok.dep_ in ("dobj", "pobj") and m.light is None:
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            frames = load_frames()  # 'monitors saw fighting', 'shares plunged after the attack': no doer
            seen = is_observation_verb(verb) or (
                tok.dep_ == "pobj" and tok.head.lower_ in frames.circumstance_preps)
            subj = subject(verb) if verb.pos_ in ("VERB", "AUX") and not seen else None
            actors += [subj] if subj is not None else []
    # 'members of a vigilante group', 'elements of the army': the group after 'of' is who acts
    members = _membership()
    actors += [g for t in actors if members is not None and t.lemma_.lower() in members.words
               for p in children(t, ("prep",)) if p.lower_ == "of" for g in children(p, ("pobj",))]
    related = load_frames().relational_objects  # 'seized control of the match': the match is an object too
    objects += [g for o in objects if o.lemma_.lower() in related for p in children(o, ("prep",))
                if p.lower_ == "of" for g in children(p, ("pobj",))]
    # a weapon or military vehicle acts for its user ('vehicles of the national guard fired', 'police water
    # cannon'): the user is an actor too, so an armed owner is seen before the vehicle's crash reading
    actors += [u for t in actors + ([] if m.is_verbal else [tok]) if (u := weapon_user(t)) is not None]
    own = {t.i for t in m.tokens}  # the trigger's own words ('car' of 'car bomb') say nothing of who acts
    return {role: [x for t in toks for x in _expand(t) if x.i not in own]
            for role, toks in (("actor", actors), ("object", objects))}


@lru_cache(maxsize=1)
def _membership() -> NounClass | None:
    return load_classes().get("membership")


_MEMBER_KEY = "truce.sense.member"
_ARMED_KEY = "truce.sense.armed"


def _judged(doc: Doc, key: str, owner: object) -> dict[int, bool]:
    """The Doc's remembered judgements (``_member``, ``armed``) for one owner (a noun class, the senses),
    by token index. Each is a function of the parse and a process-wide resource, asked again for the
    same word by several events and rules of a sentence. Keyed by the owner's id, then the index: a
    lookup allocates no key (tuple keys doubled the garbage collector's runs); the owner is kept alive
    beside its table, so its id is never reused while the table lives."""
    tables = doc_memo(doc, key)
    got = tables.get(id(owner))
    if got is None:
        got = tables[id(owner)] = (owner, {})
    return got[1]


def _member(tok: Token, cls: NounClass) -> bool:
    return _member_at(tok.doc, tok.i, cls)


def _member_at(doc: Doc, i: int, cls: NounClass) -> bool:
    """``_member`` of token ``i``, remembered per Doc."""
    table = _judged(doc, _MEMBER_KEY, cls)
    got = table.get(i)
    if got is None:
        got = table[i] = _member_new(doc, i, cls)
    return got


def _member_new(doc: Doc, i: int, cls: NounClass) -> bool:
    words = doc_words(doc)  # the per-Doc word table: no string decoded per call
    lemma, low = words.lemma[i], words.lower[i]
    if cls.has(lemma, doc_ent_types(doc)[i]) or low in cls.words:
        return True
    return any(stem in cls.words for stem in singular_forms(low)) or _hyphenated_at(words, i) in cls.words


def _hyphenated(tok: Token) -> str:
    """The word with the hyphenated parts spaCy splits off after it ('brother-in-law', 'ex-wife' stays)."""
    return _hyphenated_at(doc_words(tok.doc), tok.i)


def _hyphen_compound(tok: Token) -> str:
    """The hyphenated word that ends at ``tok`` ('clean-up' when the parse made 'up' the head)."""
    doc, i = tok.doc, tok.i
    while i > 0 and not doc[i - 1].whitespace_ and "-" in (doc[i - 1].text, doc[i].text):
        i -= 1  # back over 'clean', '-' while the pieces touch
    return doc.text[doc[i].idx:tok.idx + len(tok.text)].lower()


def _hyphenated_at(words: Words, i: int) -> str:
    """``_hyphenated`` of token ``i``, read from the Doc's word table."""
    text, n, parts, j = words.text, len(words.text), [words.lower[i]], i
    while j + 2 < n and text[j + 1] == "-" and words.alpha[j + 2]:
        parts += ["-", words.lower[j + 2]]
        j += 2
    return "".join(parts)


# ---- idioms --------------------------------------------------------------------------------------

def _has(words: tuple[frozenset[str], frozenset[str]], toks: list[Token]) -> bool:
    w, ents = words
    return any(not w.isdisjoint(_noun_forms(t)) or (t.ent_type_ and t.ent_type_ in ents) for t in toks)


def _noun_forms(t: Token) -> tuple[str, ...]:
    """Lemma and lower-case form; for a capitalised plural the parser took for a name ('Guerrillas seized
    two soldiers', 'Rockets hit the base' at the start of a sentence: lemma 'guerrillas'), also its singular."""
    low = t.lower_
    if t.pos_ == "PROPN" and low.endswith("s") and len(low) > 3:
        return (t.lemma_.lower(), low, low[:-1])
    return (t.lemma_.lower(), low)


def _idiom_ok(rule: Idiom, m: Match, parts: dict[str, list[Token]]) -> bool:
    tok, anchor = m.token, m.anchor
    heads = {tok, anchor} | (set(children(anchor, ("dobj",))) if rule.object_prep else set())
    for key, words in rule.conditions.items():
        if key == "triggers":
            ok = bool((verb_lemmas(tok) | {m.entry.trigger}) & words[0])
        elif key == "types":
            ok = m.entry.event in words[0]
        elif key == "object":
            ok = _has(words, parts["object"])
        elif key == "subject":
            ok = _has(words, parts["actor"])
        elif key == "governor":
            ok = tok.head != tok and tok.head.lemma_.lower() in words[0]
        elif key == "prep":
            ok = any(c.lower_ in words[0] for h in heads for c in h.children if c.dep_ in ("prep", "agent", "prt"))
        elif key == "prep_object":
            preps = rule.conditions.get("prep", (frozenset(), frozenset()))[0]
            pobjs = [g for h in heads for c in h.children if c.dep_ in ("prep", "agent", "prt")
                     and (not preps or c.lower_ in preps) for g in _prep_objects(c)]
            ok = _has(words, [x for g in pobjs for x in _expand(g)])
        elif key == "particle":
            ok = any(c.dep_ in ("prt", "advmod") and c.lower_ in words[0] for c in tok.children)
        elif key == "light":
            ok = m.light is not None and bool(verb_lemmas(m.light) & words[0])
        elif key == "xcomp":
            ok = any(c.dep_ == "xcomp" and c.lemma_.lower() in words[0] for c in anchor.children)
        elif key == "xcomp_object":  # the object of the complement verb: "refused to let [a convoy of aid] through"
            objs = [o for c in anchor.children if c.dep_ == "xcomp" for o in children(c, ("dobj",))]
            ok = _has(words, [x for o in objs for x in _expand(o) + _of_nouns(o)])
        elif key == "modifier":
            ok = _has(words, [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")])
        elif key == "not_prep_object":  # a preposition (of ``prep``) whose object is none of these words
            preps = rule.conditions.get("prep", (frozenset(), frozenset()))[0]
            pobjs = [g for h in {tok, anchor} for c in h.children if c.dep_ in ("prep", "agent")
                     and (not preps or c.lower_ in preps) for g in c.children if g.dep_ == "pobj"]
            ok = bool(pobjs) and not _has(words, [x for g in pobjs for x in _expand(g)])
        elif key == "not_subject":  # no subject, or one that is none of these words ('prices fell on Monday')
            ok = not _has(words, parts["actor"]) and not any(t.lower_[:-1] in words[0] for t in parts["actor"]
                                                              if t.lower_.endswith("s"))  # 'rockets' in any case
        elif key == "not_prep":  # none of these prepositions, and no clausal complement ('agreed with X to ...')
            ok = not any((c.dep_ in ("prep", "prt") and c.lower_ in words[0]) or c.dep_ in ("xcomp", "ccomp")
                         for h in {tok, anchor} for c in h.children)
        else:
            ok = False
        if not ok:
            return False
    return True


# ---- the judgement -------------------------------------------------------------------------------

def _compound_key(tok: Token) -> str:
    return " ".join(left_words(tok, ("compound",)) + [doc_words(tok.doc).lemma[tok.i]])


def armed(tok: Token, senses: Senses) -> bool:
    """An armed actor or a weapon: 'troops', 'militants', 'security forces', 'Israeli forces', 'rockets'.
    Not a word of a team's name ('Militia FC', 'the Militia striker', 'Rebels fans': ``_team_word``).
    Remembered per Doc and token (the rules of every event of a sentence ask again)."""
    return _armed_at(tok.doc, tok.i, senses, tok)


def _armed_at(doc: Doc, i: int, senses: Senses, tok: Token | None = None) -> bool:
    """``armed`` of token ``i``: a remembered answer without making the Token."""
    table = _judged(doc, _ARMED_KEY, senses)
    got = table.get(i)
    if got is None:
        got = table[i] = _armed_new(tok if tok is not None else doc[i], senses)
    return got


def _armed_new(tok: Token, senses: Senses) -> bool:
    if _team_word(tok) or _out_of_time(tok, senses):
        return False
    if any(_member(tok, c) for c in senses.political) or any(_compound_key(tok) in c.words for c in senses.political):
        return True
    if senses.armed_unit is not None and senses.armed_modifier is not None and _member(tok, senses.armed_unit):
        return any(_member(m, senses.armed_modifier) or m.ent_type_ in senses.armed_modifier.entities
                   for m in tok.children if m.dep_ in ("compound", "amod", "poss", "nmod"))
    return _armed_person(tok, senses)


def _war_machine(tok: Token) -> bool:
    """A military vehicle as the trigger's own actor ('its jets struck targets', 'their tanks hit the
    positions'): a political participant, and a level reached is no reading of what warplanes or tanks
    hit, even when no modifier arms the word (``armed`` needs 'Israeli jets': as an object or in another
    role a bare 'jet' may be an airliner)."""
    classes = load_classes()
    cls, civil, firm = classes.get("military_vehicle"), classes.get("civil_vehicle_modifier"), classes.get("firm")
    if cls is None or not _member(tok, cls):
        return False
    owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return not any(_member(c, k) for c in owners for k in (civil, firm) if k is not None)  # 'the airline's jets'


def _assisted_party(m: Match, senses: Senses) -> Token | None:
    """The other party that forces are sent to help ('sent 2,000 soldiers to help Mozambican forces fight
    insurgents', 'deployed a battalion to help the Congolese army', 'sent troops to help Cameroon repel
    attacks'): the object of an assistance verb (senses.yaml ``assistance_verbs``) in the deployment's
    purpose clause, or the subject of that verb's complement, when it is a state or a force marked with a
    nationality other than the sender's. PLOVER AID covers "military and police assistance including arms
    and personnel"; forces moved to help one's own police or 'to help restore order' stay MOBILIZE."""
    sender = subject(m.anchor)
    for c in m.anchor.children:
        if c.dep_ not in ("xcomp", "advcl") or c.lemma_.lower() not in senses.assistance_verbs:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        helped = children(c, ("dobj",)) + [g for x in children(c, ("ccomp", "xcomp")) for g in children(x, ("nsubj",))]
        for tok in helped:
            marks = [tok] + [g for g in tok.children if g.dep_ in ("amod", "compound", "nmod", "poss")]
            named = [g for g in marks if g.ent_type_ in ("GPE", "NORP")]
            if named and not any(_same_country(g, sender) for g in named):
                return tok
    return None


def _same_country(tok: Token, sender: Token | None) -> bool:
    """'Nigerian' beside 'Nigeria' (a demonym and its country share their stem): the sender's own forces."""
    if sender is None:
        return False
    names = [sender] + [g for g in sender.children if g.dep_ in ("amod", "compound", "poss")]
    stem = tok.lower_[:5]
    return any(n.lower_[:5] == stem for n in names)


def _relief_purpose(m: Match, senses: Senses) -> Token | None:
    """The relief verb of a deployment's purpose clause ('deployed to help evacuate residents', 'sent in to
    rescue flood victims'): a to-infinitive under the trigger, or the verb under its 'help'."""
    for c in m.anchor.children:
        if c.dep_ not in ("xcomp", "advcl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        verbs = [c] + [g for g in c.children if g.dep_ in ("xcomp", "ccomp", "dobj", "conj") and g.pos_ == "VERB"]
        hit = next((v for v in verbs if v.lemma_.lower() in senses.relief_verbs), None)
        # 'to help with the clean-up', 'to assist in the search': a relief task named by a noun
        hit = hit or next((o for v in verbs for p in v.children if p.dep_ == "prep" for o in p.children
                           if o.dep_ == "pobj" and (o.lemma_.lower() in senses.relief_nouns
                                                    or _hyphen_compound(o) in senses.relief_nouns)), None)
        if hit is not None:
            return hit
    return None


def _out_of_time(tok: Token, senses: Senses) -> bool:
    """An armed actor that history, legend or fiction puts out of today's news ('medieval armies', 'Roman
    legions', 'alien invaders': classes.yaml out_of_time)."""
    cls = senses.out_of_time
    return cls is not None and any(_member(c, cls) for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))


def _fiction(m: Match, senses: Senses, depth: int) -> Token | None:
    """The work whose plot holds the act ('the instalment lets players storm beaches', 'a film in which
    heroes battle an invasion'): a work noun (classes.yaml culture) that the trigger's clause is a relative
    clause of, at most ``depth`` clause links up, or the subject of a plot verb (senses.yaml plot_verbs)
    of the sentence (a whole sentence about a plot: the parser often hangs its parts anywhere). None when
    the act is news."""
    works = senses.works
    if works is None:
        return None
    tok = m.anchor
    for _ in range(depth):
        if tok.head == tok:
            break
        via, tok = tok.dep_, tok.head
        if via in ("relcl", "acl") and tok.pos_ in ("NOUN", "PROPN") and _member(tok, works):
            return tok
    sent = m.token.sent
    doc = sent.doc
    pos, lemma = doc_pos(doc), doc_words(doc).lemma  # the per-Doc tables: a Token only for a plot verb
    for k in range(sent.start, sent.end):
        if pos[k] in ("VERB", "AUX") and lemma[k] in senses.plot_verbs:
            subj = subject(doc[k])
            if subj is not None and not subj.ent_type_ and any(_member(x, works) for x in _expand(subj)):
                return subj
    return None


@lru_cache(maxsize=1)
def _team_classes() -> tuple[NounClass | None, NounClass | None]:
    classes = load_classes()
    return classes.get("team_marker"), classes.get("sport")


def _team_word(tok: Token) -> bool:
    """A word of a club's name: it stands in a name with a team marker ('Militia FC', classes.yaml
    team_marker) or is a proper-noun modifier of a sport person or thing ('the Militia striker', 'Rebels
    fans', 'Warriors coach')."""
    marker, sport = _team_classes()
    if marker is not None:  # the name's words from the per-Doc tables: no Token per child
        doc = tok.doc
        deps, lower, head = doc_deps(doc), doc_words(doc).lower, tok.head.i
        name = ([head] if deps[tok.i] == "compound" else []) + list(doc_kids(doc)[tok.i])
        if any(lower[j] in marker.words for j in name if deps[j] == "compound" or j == head):
            return True
    return (sport is not None and tok.dep_ in ("compound", "poss") and tok.pos_ == "PROPN"
            and _member(tok.head, sport))


def _armed_person(tok: Token, senses: Senses) -> bool:
    """'Armed men', 'masked individuals', 'heavily armed youths': a person noun that a modifier arms
    (senses.yaml armed_person, armed_person_modifier; 'heavily' may stand before the modifier)."""
    if senses.armed_person is None or senses.armed_person_modifier is None or not _member(tok, senses.armed_person):
        return False
    return any(_member(m, senses.armed_person_modifier) for m in tok.children if m.dep_ in ("amod", "compound", "acl"))


def armed_words(sent: Span, senses: Senses | None = None) -> list[Token]:
    """Armed actors named anywhere in the sentence ('villagers were killed when militants ...'): not
    weapons, whose words ('bomb', 'shell', 'fire') too often have everyday senses."""
    senses = senses or load_senses()
    doc, pos = sent.doc, doc_pos(sent.doc)  # the per-Doc table: a Token only for a noun
    return [doc[k] for k in range(sent.start, sent.end) if pos[k] in ("NOUN", "PROPN") and _armed_at(doc, k, senses)
            and not any(_member_at(doc, k, c) for c in senses.political if c.name == "heavy_weapon")]


class SentenceArmed:
    """The armed actors of one sentence, found only when a rule asks (most sentences never need it)."""

    def __init__(self, sent: Span, senses: Senses | None = None) -> None:
        self.sent, self.senses, self._found = sent, senses, None

    def __call__(self) -> list[Token]:
        if self._found is None:
            self._found = armed_words(self.sent, self.senses)
        return self._found


def judge(m: Match, domain: ArticleDomain, st: Section, senses: Senses | None = None,
          sentence_armed: SentenceArmed | None = None) -> Judgement:
    """Keep, retype, drop or demote one reading (see the module docstring). ``sentence_armed``: the
    armed actors of the sentence (``armed_words``, computed on demand), evidence against a demotion."""
    senses = senses or load_senses()
    sentence_armed = sentence_armed or (lambda: [])
    parts = participants(m)
    if st.sense_own_cues and _own_cues_only(m, domain):
        domain = ArticleDomain()  # 'set several houses on fire': the trigger's own word is no sign of a tennis story
    for rule in senses.idioms_for(verb_lemmas(m.token) | {m.entry.trigger}) if st.sense_idioms else ():
        if (rule.unarmed and sentence_armed()) or (rule.unarmed_actor and any(armed(t, senses) or _war_machine(t)
                                                                              for t in parts["actor"])):
            continue
        if _idiom_ok(rule, m, parts):
            if rule.action == "drop":
                return Judgement("drop", 0.0, f"idiom '{rule.name}': not an event")
            return Judgement("retype", st.relevance_political, f"idiom '{rule.name}'", rule.event, rule.mode, rule.cameo)
    event = m.entry.event
    work = _fiction(m, senses, st.fiction_depth) if st.sense_fiction else None
    if work is not None:
        return Judgement("demote", st.relevance_nonpolitical, f"the plot of a film, book, show or game: '{work.text}'")
    helped = _assisted_party(m, senses) if event == "MOBILIZE" else None
    if helped is not None:
        return Judgement("retype", st.relevance_political, f"forces sent to help '{helped.text}' (military aid)",
                         "AID", None, None)
    relief = _relief_purpose(m, senses) if event == "MOBILIZE" else None
    if relief is not None:
        return Judgement("demote", st.relevance_nonpolitical, f"a deployment for relief: '{relief.text}'")
    everyone = parts["actor"] + parts["object"]
    armed_parts = [t for t in everyone + _instruments(m) if armed(t, senses)]
    armed_parts += [t for t in parts["actor"] if t not in armed_parts and _war_machine(t)]  # 'its jets struck'
    heads = {"actor": parts["actor"], "object": [t for t in parts["object"] if t.dep_ != "compound"
                                                 and t.ent_type_ not in ("GPE", "LOC", "FAC")]}
    if domain.label == "crime" and senses.criminal is not None and not _political_target(heads, senses):
        # a gunman in a crime story is no party - unless the sentence itself shows a political act: the
        # target is a state, an office, an armed party, a military post or a settlement ('gunmen stormed a
        # village'), so that a wire story and its rewritten copy read the same sentence the same way; the
        # target's common-noun head, not the where ('a businessman in Monterrey' is no attack on Monterrey)
        armed_parts = [t for t in armed_parts if not _member(t, senses.criminal)]
    if domain.label in GAME_DOMAINS and senses.game_role is not None:
        # 'their sniper shot three opponents' in an esports final: a player's role, no armed actor
        armed_parts = [t for t in armed_parts if not _member(t, senses.game_role)]
    if st.sense_dual_use and senses.dual_use is not None and domain.label in GAME_DOMAINS \
            and domain.lead is not None and domain.lead.label == domain.label \
            and domain.rule_political < st.domain_political_min:
        # a whole tech, sport or entertainment story (headline and lead agreeing), not one line and not a
        # markets story: 'drones struck a processing plant' moves oil prices and is still an attack
        # 'the drones fired packages down to customers' gardens' in a delivery start-up's story: a product
        armed_parts = [t for t in armed_parts if not _member(t, senses.dual_use)]
    plot = _plot_narration(m, domain, st) if event in MATERIAL_CONFLICT else None
    if plot is not None:
        return Judgement("demote", st.relevance_nonpolitical,
                         f"plot narration: '{plot.text}' in the present tense in an entertainment story")
    lemma = m.token.lemma_.lower()
    prone = lemma in senses.prone or m.entry.trigger in senses.prone
    accident = _accident(m, senses) if event == "ASSAULT" else None
    if accident is not None:
        return Judgement("demote", st.relevance_nonpolitical, f"an accident: '{accident.text}'")
    motive = _criminal_motive(m, parts, senses) if event in ("ASSAULT", "COERCE") else None
    if motive is not None and senses.criminal is not None and not _political_target(heads, senses):
        # 'kidnappers seized a businessman and demanded a ransom', 'gunmen killed six at a tavern in a gang
        # feud': the sentence gives a criminal motive and the target is no party (its common-noun head: not
        # 'Soweto' of 'at Soweto tavern', the where), so a criminal-sounding actor is no party either, whatever the story
        # (a one-line snippet has no story domain)
        armed_parts = [t for t in armed_parts if not _member(t, senses.criminal)]
        if not armed_parts:
            return Judgement("demote", st.relevance_nonpolitical,
                             f"crime: a criminal motive ('{motive.text}') and no political participant or target")
    if armed_parts and _emergency_closure(m, domain, st):
        # 'police closed roads along the seafront' in a storm story: the closure is the emergency's
        return Judgement("demote", st.relevance_nonpolitical,
                         f"an emergency measure in a {domain.label} story (politics share {domain.rule_political:.2f})")
    if armed_parts:
        return Judgement("keep", st.relevance_political, f"political participant '{armed_parts[0].text}'")
    held = _demonstrator_object(parts) if event == "COERCE" else None
    if held is not None:  # 'dozens of protesters were arrested' in a cup final's story: a protest repressed
        return Judgement("keep", st.relevance_political, f"coercion of demonstrators '{held.text}'")
    hit = _participant_rule_hit(m, parts, senses, st, prone, ("actor", "object"))
    if hit is not None:
        tok, rule = hit
        return Judgement("demote", st.relevance_nonpolitical,
                         f"non-political reading: '{tok.text}' ({rule.cls.name}): {rule.reason}")
    # the material-conflict rules read the lead's share when headline and lead are about a match or a
    # market; the any-event rule below keeps the article's (a statement in a business-looking politics story)
    political_share = domain.rule_political if event in MATERIAL_CONFLICT + ("PROTEST",) else domain.political
    nonpolitical_story = st.sense_domain and domain.label not in (POLITICS, "unknown") and not _story_armed(
        sentence_armed(), domain, senses)
    if nonpolitical_story and event == "PROTEST" and any(_civil_protester(t) for t in _protest_actors(m, parts)):
        nonpolitical_story = False  # 'farmers blocked highways' in a story about a trade deal: their protest
    if nonpolitical_story and event in MATERIAL_CONFLICT + ("PROTEST",) and political_share < st.domain_political_max:
        lead = " in its headline and lead" if political_share < domain.political else ""
        story = f"{domain.label} story ({', '.join(domain.evidence[:3])}; politics share {political_share:.2f}{lead})"
        if domain.label in ("crime", "disaster") and event == "ASSAULT" \
                and not (domain.label == "crime" and _political_target(heads, senses)):
            # a crime story's gang that 'attacked the town of Cabaret' or 'raided a village' does the
            # political violence the conflict news reports (its common-noun target: not 'at Soweto tavern')
            why = "crime without a political actor" if domain.label == "crime" else "a disaster or accident"
            return Judgement("demote", political_share, f"{why}: {story}")
        if domain.label == "crime" and event == "COERCE" and senses.criminal is not None and any(
                _member(t, senses.criminal) or _plain_person(t, senses) for t in parts["actor"]) \
                and not _political_target(parts, senses):  # 'burglars raided a home', not 'bandits seized villagers'
            # also 'three men seized him as he left for work' in a kidnap story: no police or state acts
            return Judgement("demote", political_share, f"crime without a political actor (a criminal's act): {story}")
        if domain.label in ("disaster", "weather") and event in MATERIAL_CONFLICT and (
                not _state_participant(parts, senses) or _emergency_closure(m, domain, st)):
            # 'the airport was closed', 'roads were sealed off'; 'authorities closed the airport' as the ash
            # cloud drifted: a closure is the emergency's, whoever orders it
            return Judgement("demote", political_share,
                             f"an emergency measure with no political participant in a {story}")
        if domain.label not in ("crime", "disaster") and (prone or political_share < st.domain_political_min):
            return Judgement("demote", political_share, f"sense-prone trigger '{m.token.text}' in a {story}")
        if domain.label in st.sense_contest_domains and event in MATERIAL_CONFLICT:
            # a match, a race or a bout: whoever 'bulldozed', 'opened fire on' or 'torpedoed' whom, with no
            # armed participant it is the contest (a stadium attack names its gunmen, soldiers or police);
            # a country's name is its team here ('England thrashed Wales'), 'the opposition' the other side
            return Judgement("demote", political_share, f"a contest, not an attack: '{m.token.text}' in a {story}")
    if nonpolitical_story and domain.label not in ("crime", "disaster") and political_share < st.domain_political_min:
        offices = [t for t in everyone if _member(t, senses.offices) or t.ent_type_ in ("GPE", "NORP")]
        if not offices and event in LABOUR_DISPUTE_TYPES:
            offices = [t for t in parts["actor"] if _labour_actor(t)]  # 'workers ended their strike'
        if not offices:
            return Judgement("demote", political_share,
                             f"no political participant in a {domain.label} story (politics share {political_share:.2f})")
    base = st.relevance_undecided  # no rule decided: between it and 1 by the politics share of a known domain
    undecided = Judgement("keep", round(base + (1.0 - base) * political_share, 3) if domain.label != "unknown"
                          else base, decided=False)
    if st.sense_model_prone_only and not prone:
        return undecided  # a trigger with no everyday sense ('torched', 'violated the truce'): the model may not demote it
    return _learned(m, parts, domain, st, sentence_armed, undecided)


def _own_cues_only(m: Match, domain: ArticleDomain) -> bool:
    """The domain rests on the reading's own words alone ('set' of 'set houses on fire' is a tennis cue, the
    verb a trigger noun hangs on another: 'Explosion Rocks Police Station' is no music story): a short text
    whose only evidence is the trigger's own clause cannot say the trigger is not political. An article has more cues than its trigger and keeps its domain."""
    if domain.label in ("unknown", POLITICS) or not domain.evidence or m.entry.event not in MATERIAL_CONFLICT:
        return False  # (verbal readings keep the domain: 'hailed a hero' is no praise of a party either way)
    own = {w for t in (m.token, *m.tokens, m.anchor, m.token.head) for w in (t.lemma_.lower(), t.lower_)}
    return all(cue in own for cue in domain.evidence)


def _emergency_closure(m: Match, domain: ArticleDomain, st: Section) -> bool:
    """A closure or curfew (settings ``sense_emergency_modes``) in a weather or disaster story whose
    politics share (its lead's) is below ``domain_political_max``: police or soldiers closing roads."""
    return (m.entry.event == "COERCE" and m.entry.mode in st.sense_emergency_modes
            and domain.label in ("weather", "disaster") and domain.rule_political < st.domain_political_max)


def _demonstrator_object(parts: dict[str, list[Token]]) -> Token | None:
    """A demonstrator among the objects (classes.yaml demonstrator): arrested, detained, dispersed."""
    cls = load_classes().get("demonstrator")
    return next((t for t in parts["object"] if cls is not None and _member(t, cls)), None)


def _plain_person(tok: Token, senses: Senses) -> bool:
    """'men', 'people', 'a stranger' with no arming modifier (those are armed: ``_armed_person``)."""
    return senses.armed_person is not None and _member(tok, senses.armed_person) and not armed(tok, senses)


def _story_armed(found: list[Token], domain: ArticleDomain, senses: Senses) -> list[Token]:
    """The sentence's armed actors that count as evidence against the story's domain: not a criminal in a
    crime story, nor a player's role ('their sniper', 'the gunner') in a sport, games or tech story."""
    if domain.label == "crime" and senses.criminal is not None:
        found = [t for t in found if not _member(t, senses.criminal)]
    if domain.label in GAME_DOMAINS and senses.game_role is not None:
        found = [t for t in found if not _member(t, senses.game_role)]
    return found


_PRESENT = ("VBZ", "VBP")


def _plot_narration(m: Match, domain: ArticleDomain, st: Section) -> Token | None:
    """The present-tense verb that makes an act plot narration ('rebels seize the capital', 'a village is
    shelled to rubble', 'the film opens with rebels seizing a town'): a review, recap or listicle of an
    entertainment story tells its works' plots in the simple present, where news of an event uses the past
    (or the perfect: 'have been killed', which is no plot). Not in a story whose politics share reaches
    ``domain_political_max``, nor where a state takes part, nor a progressive ('are fighting') or future.
    (The pipeline parses the body without its title, so a headline's present is not seen here.) The
    act's own verb, or the first finite verb above a gerund or noun."""
    if not st.sense_plot_tense or not _review_story(domain, st):
        return None
    if _state_participant({"actor": participants(m)["actor"], "object": []}):
        return None  # 'the ministry bans the film': a state acts (a plot's victim may be a governor)
    tok = m.anchor
    for _ in range(4):
        if tok.tag_ in _PRESENT or tok.tag_ in ("VBD", "MD"):
            break
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBN" and aux:
            if any(a.lemma_ == "have" or a.tag_ not in _PRESENT for a in aux):
                return None  # 'have been killed', 'was shelled', 'will be stormed'
            return aux[0]  # 'a village is shelled'
        if tok.tag_ == "VBG" and aux:
            return None  # 'rebels are fighting': the progressive of news
        if tok.head == tok:
            return None
        tok = tok.head
    if tok.tag_ not in _PRESENT or any(c.dep_ == "aux" for c in tok.children):
        return None
    return tok


def _review_story(domain: ArticleDomain, st: Section) -> bool:
    """An entertainment story by the whole article, or by its headline and lead ('TV recap: episode 6 -
    the massacre at the river', 'Warning: spoilers ahead'): a recap whose plot is full of armies and kings
    reads as politics by its body's cue words, but its headline and lead say it is about a show. Either
    way below ``domain_political_max`` (the lead's share for a lead)."""
    if domain.label == "entertainment":
        return domain.political < st.domain_political_max
    lead = domain.lead
    return lead is not None and lead.label == "entertainment" and lead.political < st.domain_political_max


def _protest_actors(m: Match, parts: dict[str, list[Token]]) -> list[Token]:
    """The protest's actors; for a noun with none ('farmers blocked roads in protest at the deal'), the
    subject of the verb it hangs on."""
    if parts["actor"] or m.anchor.pos_ not in ("NOUN", "PROPN"):
        return parts["actor"]
    tok = m.anchor.head
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            subj = subject(tok)
            return [subj] if subj is not None and not is_passive(tok) else []
        if tok.head == tok:
            break
        tok = tok.head
    return []


def _civil_protester(tok: Token) -> bool:
    """Farmers, workers, residents, students ... (classes.yaml civil_actor, labour_actor) as a protest's
    actor: their blockade or march is a political act in any story, not a sense-prone word of its domain."""
    classes = load_classes()
    return _person_in(tok, (classes.get("civil_actor"), classes.get("labour_actor")))


@lru_cache(maxsize=1)
def _accident_classes() -> tuple[NounClass | None, ...]:
    classes = load_classes()
    return classes.get("vehicle"), classes.get("military_vehicle"), classes.get("weapon"), classes.get("explosive_attack")


def _accident(m: Match, senses: Senses) -> Token | None:
    """The word that makes a killing or wounding an accident: an accident adverb in the act's clause or a
    clause beside it ('killed when his rifle went off accidentally'), or an accident verb there whose
    subject (or the noun it describes) is a vehicle or weapon ('a military truck overturned, killing 18
    soldiers', 'a helicopter crashed during a training flight, killing both pilots'). Not when the sentence
    names an explosive attack ('a car bomb crashed into the checkpoint'), nor an armed doer's own act done
    'accidentally' ('a soldier accidentally shot a civilian')."""
    frames = load_frames()
    vehicle, military, weapon, explosive = _accident_classes()
    near: list[Token] = []
    for tok in (m.anchor, m.anchor.head, m.anchor.head.head):
        near += [tok] + children(tok, ("advcl", "acl", "conj", "relcl"))
        # 'three were killed and 40 injured when a train derailed': the 'when' clause hangs on the last conjunct
        near += [c for conj in tok.conjuncts for c in children(conj, ("advcl",))]
    things = [c for c in (vehicle, military, weapon) if c is not None]
    named = _accident_noun(m, frames.accident_nouns)
    if named is not None:
        doer = subject(m.anchor) if m.anchor.pos_ in ("VERB", "AUX") and not is_passive(m.anchor) else None
        if not (doer is not None and armed(doer, senses)):
            return named
    for verb in dict.fromkeys(near):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        cue = next((c for c in children(verb, ("advmod",)) if c.lower_ in frames.accident_adverbs), None)
        doer = subject(verb) if verb == m.anchor and not is_passive(verb) else None
        if cue is not None and not (doer is not None and armed(doer, senses)):
            return cue  # not 'a soldier accidentally shot a civilian': an armed doer's shooting stays political
        if verb.lemma_.lower() in frames.accident_verbs:
            subj = subject(verb) if verb.dep_ != "acl" else verb.head
            sent = m.token.sent
            blast = explosive is not None and any(_member_at(sent.doc, k, explosive) for k in range(sent.start, sent.end))
            if subj is not None and not blast and any(_member(x, c) for x in _expand(subj) for c in things):
                return verb
    return None


def _accident_noun(m: Match, nouns: frozenset[str]) -> Token | None:
    """The accident noun (frames.yaml accident_nouns) of an 'in' or 'during' phrase on the act or the verb
    it hangs on: 'a soldier was killed in a training accident', 'died in a stampede'."""
    for tok in (m.anchor, m.anchor.head):
        for prep in children(tok, ("prep",)):
            if prep.lower_ in ("in", "during"):
                hit = next((g for g in _prep_objects(prep) if g.lemma_.lower() in nouns or g.lower_ in nouns), None)
                if hit is not None:
                    return hit
    return None


def _participant_rule_hit(m: Match, parts: dict[str, list[Token]], senses: Senses, st: Section, prone: bool,
                          roles: tuple[str, ...]) -> tuple[Token, ParticipantRule] | None:
    """The first participant (in ``roles``) of a non-political class (senses.yaml participants) and its
    rule: any listed role of a sense-prone material-conflict trigger, or a common-noun participant in
    the roles of an ``any_type`` rule, for any trigger."""
    event = m.entry.event
    for rule in senses.participants if st.sense_participants else ():
        if prone and QUAD_CLASS[event] == QUAD_MATERIAL_CONFLICT:
            hits = [t for role in roles if role in rule.roles for t in parts.get(role, []) if _member(t, rule.cls)]
        elif rule.any_type and (not rule.types or event in rule.types) \
                and not (rule.unless_state and _state_participant(parts, senses)):
            hits = [t for role in roles if role in rule.roles for t in parts.get(role, []) if t.pos_ == "NOUN"
                    and not t.ent_type_ and not t.text.isupper() and _member(t, rule.cls)]  # not an acronym (ICE)
        else:
            continue
        if event == "PROTEST":
            hits = [t for t in hits if not _protesting_person(t)]
        if rule.unless_owner:
            hits = [t for t in hits if not _state_owned(t, senses)]
        if hits:
            return hits[0], rule
    return None


def _state_owned(tok: Token, senses: Senses) -> bool:
    """A thing whose own modifier names a state force or a state ('Indian coast guard vessels', 'a navy patrol
    boat', 'police helicopters'; classes.yaml state_force_modifier): it acts for that force, as a weapon
    that names its user does (truce.events.roles); 'a fishing boat' or 'a lorry' does not."""
    owners = load_classes().get("state_force_modifier")
    return any(c.dep_ in ("compound", "amod", "poss", "nmod") and (
        armed(c, senses) or c.ent_type_ in ("GPE", "NORP") or (owners is not None and _member(c, owners)))
        for c in tok.children)


def _state_vehicle(parts: dict[str, list[Token]]) -> bool:
    """A vehicle or vessel among the participants that a state force owns ('coast guard vessels'); other
    things a modifier ties to an armed party ("the Rebels' new stadium") are not judged here."""
    vehicle = load_classes().get("vehicle")
    return vehicle is not None and any(_member(t, vehicle) and _state_owned(t, load_senses())
                                       for t in parts["actor"] + parts["object"])


@lru_cache(maxsize=1)
def _protester_classes() -> tuple[NounClass, ...]:
    classes = load_classes()
    return tuple(c for c in (classes.get(n) for n in ("labour_actor", "civil_actor", "protest_crowd")) if c is not None)


def _person_in(tok: Token, classes) -> bool:
    """The word, or the noun it is a compound of ('Taxi' of 'taxi drivers'), is in one of ``classes``."""
    person = tok.head if tok.dep_ == "compound" else tok
    return any(_member(t, cls) for cls in classes if cls is not None for t in {tok, person})


def _labour_actor(tok: Token) -> bool:
    """Workers, unions, doctors, drivers ... (``labour_actor``), also as the compound of their noun."""
    return _person_in(tok, (load_classes().get("labour_actor"),))


def _protesting_person(tok: Token) -> bool:
    """People who protest are political actors of their protest whatever else their word names: 'taxi
    drivers blockaded roads' is a drivers' protest, not a vehicle's accident (``vehicle`` holds 'driver'
    for crashes)."""
    return _person_in(tok, _protester_classes())


def _learned(m: Match, parts: dict[str, list[Token]], domain: ArticleDomain, st: Section,
             sentence_armed: SentenceArmed | Any, undecided: Judgement) -> Judgement:
    """Where no rule decided, the learned model (truce.events.learned) may: its probability becomes the
    relevance, and a reading below ``sense_model_demote`` is demoted. Only for the types it was trained
    to judge (``sense_model_types``); without a model or a tok2vec tensor the rules' neutral keep stands."""
    if not st.sense_model or m.entry.event not in st.sense_model_types:
        return undecided
    if st.sense_model_state_guard and _state_participant(parts):
        return undecided  # a state, a nationality or an office takes part: the model may not demote it
    if st.sense_model_state_guard and _state_vehicle(parts):
        return undecided  # 'naval patrol vessels fired warning shots': a state force's vessel or vehicle acts
    if st.sense_model_weapon_guard and _shelled_settlement(m, parts):
        return undecided  # 'the bombardment of the old city': heavy weapons on a settlement, not a match's crosses
    if st.sense_model_state_guard and _military_target(parts):
        return undecided  # 'attacked a military base / an army post': a military target
    if st.sense_model_weapon_guard and (_weapon_in_action(m.token.sent) or _military_trigger(m)):
        return undecided  # 'killed when rockets struck', 'as shelling resumed': a weapon acts, the rules keep it
    if st.sense_model_weapon_guard and _armed_how(m, load_senses()):
        return undecided  # 'dozens were wounded when police fired on the crowd': an armed actor did it
    if st.sense_model_state_guard and _state_speaker(m):
        return undecided  # '"Our forces did not fire," the minister said': a state speaks of its acts
    if st.sense_model_negation_guard and _negated(m):
        return undecided  # 'there were no air raids on the town': the rules judge negated readings
    if st.sense_model_weapon_guard and _explosive_doer(m):
        return undecided  # 'a bomb exploded at a bus stop': a planted explosive is violence without a named actor
    if st.sense_model_communal_guard and _communal_clash(m, parts):
        return undecided  # 'herders and farmers clashed over grazing land': communal violence, not a row or a crime
    p = sense_probability(m, parts, domain, bool(sentence_armed()))
    if p is None:
        return undecided
    if p < st.sense_model_demote:
        return Judgement("demote", round(p, 3), f"{LEARNED_DEMOTION}: political reading unlikely (p={p:.2f})",
                         decided=False)
    return Judgement("keep", round(p, 3), f"learned sense model: political reading (p={p:.2f})", decided=False)


def _explosive_doer(m: Match) -> bool:
    """The reading's subject, or its own noun, is an explosive used in attacks (classes.yaml explosive_attack:
    'a bomb exploded', 'a car bomb went off', 'a landmine blast'): the device stands for the attacker nobody
    named, so the model's preference for accidents ('a gas cylinder exploded') must not demote it. A device
    that is only handled ('a bomb disposal team detonated a shell') is an object, not a subject."""
    device = load_classes().get("explosive_attack")
    if device is None:
        return False
    own = [t for t in (m.token, *m.tokens) if t.pos_ in ("NOUN", "PROPN")] + _subjects(m)
    own += [c for t in own for c in t.children if c.dep_ == "compound"]  # 'bomb blast', 'mine explosion'
    return any(_member(t, device) for t in own if not (t.dep_ == "compound" and t.head.pos_ == "NOUN"
                                                       and t.head not in own))


def _subjects(m: Match) -> list[Token]:
    """The subjects of the reading's verb ('a bomb exploded', 'the blast killed'): what did the act."""
    return [c for t in (m.anchor, m.token) for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]


def _communal_clash(m: Match, parts: dict[str, list[Token]]) -> bool:
    """Communities fighting each other: a participant (or a 'between' partner: 'clashes between two clans') is
    a community in the plural (classes.yaml communal_group: 'herders and farmers clashed', 'two ethnic
    groups'), or the trigger is called communal (communal_modifier: 'communal clashes', 'ethnic fighting').
    That is the violence the conflict news counts, though no state or armed group takes part and its words
    ('clash', 'fight') are sense-prone. One farmer in a row with his neighbour is not."""
    classes = load_classes()
    group, modifier = classes.get("communal_group"), classes.get("communal_modifier")
    own = (m.token, *m.tokens, *_subjects(m))  # also 'communal clashes killed twelve': the clashes' own words
    between = [g for t in own for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
               for g in c.children if g.dep_ == "pobj"]
    people = [t for role in ("actor", "object") for t in parts.get(role, ())] + between
    if group is not None and any(t.tag_ in ("NNS", "NNPS") and _member(t, group) for t in people):
        return True
    return modifier is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in modifier.words
                                        for t in own for c in t.children)


def _armed_how(m: Match, senses: Senses) -> bool:
    """A clause told at the same time as the reading ('when police fired on the crowd', 'as militants
    stormed the base') has an armed subject: it tells how the act was done, and by whom."""
    marks = load_frames().simultaneous_marks
    return any(is_simultaneous(c, marks) and any(t.dep_ in ("nsubj", "nsubjpass") and armed(t, senses) for t in c.subtree)
               for c in children(m.anchor, ("advcl",)))


def _negated(m: Match) -> bool:
    """The reading is negated ('no air raids', 'none of the villages were attacked', 'did not fire'): such
    readings are rare in the learned model's training text and it gave them near-zero probabilities, so the
    rules alone judge them (a negated act is never counted as a report either way)."""
    mod, _ = modality_for(m.anchor, m.token, load_frames(), m.token.sent)
    return mod.negated and not mod.future and not mod.hypothetical


def _military_trigger(m: Match, senses: Senses | None = None) -> bool:
    """A trigger that is itself a military word ('shelling', 'air strike', 'mortar fire'): it has no
    everyday sense for the model to prefer. A multiword trigger is judged as a whole ('air raid', 'air
    strike': neither 'air' nor 'raid' alone is a military word)."""
    senses = senses or load_senses()
    return any(m.entry.trigger in c.words or any(_member(t, c) for t in (m.token, *m.tokens)) for c in senses.political)


def _weapon_in_action(sent: Span, senses: Senses | None = None) -> bool:
    """A military weapon ('rockets', 'a mortar round', 'an air strike') as the subject, object or
    instrument of a verb in the sentence: evidence the rules read as political, whichever trigger it
    belongs to (a weapon in a folded 'when' clause lends its sense to the main reading)."""
    senses = senses or load_senses()
    heavy = [c for c in senses.political if c.name == "heavy_weapon"]
    doc = sent.doc
    pos, deps = doc_pos(doc), doc_deps(doc)  # the per-Doc tables: no Token per word
    return any(deps[k] in ("nsubj", "nsubjpass", "dobj", "pobj", "agent") and any(_member_at(doc, k, c) for c in heavy)
               for k in range(sent.start, sent.end) if pos[k] in ("NOUN", "PROPN"))


@lru_cache(maxsize=1)
def _military_posts() -> NounClass | None:
    return load_classes().get("military_post")


@lru_cache(maxsize=1)
def _settlements() -> NounClass | None:
    return load_classes().get("settlement")


@lru_cache(maxsize=1)
def _community_members() -> NounClass | None:
    return load_classes().get("community_member")


def _community_victims(objects: list[Token]) -> bool:
    """Victims that are a rural community's people in the plural ('killed 15 villagers', 'abducted
    farmers'; classes.yaml community_member): an attack on them is one on their village. A singular
    victim ('shot a farmer in a row over land') is not."""
    people = _community_members()
    return people is not None and any(t.tag_ in ("NNS", "NNPS") and _member(t, people) for t in objects)


@lru_cache(maxsize=1)
def _motive_classes() -> tuple[NounClass | None, NounClass | None]:
    classes = load_classes()
    return classes.get("criminal_motive"), classes.get("personal_dispute")


def _criminal_motive(m: Match, parts: dict[str, list[Token]], senses: Senses) -> Token | None:
    """The word of the trigger's sentence that gives the act a criminal motive (classes.yaml
    criminal_motive: 'demanded a ransom', 'a gang feud', 'during a robbery'), or a personal quarrel
    (personal_dispute: 'in a dispute over a parking space') when the act has one unarmed doer in the
    singular ('a man', 'his neighbour'; not 'herders and farmers clashed in a land dispute', nor a state
    or an office: 'the government seized the mine after a tax dispute')."""
    motive, dispute = _motive_classes()
    sent = m.token.sent
    doc, pos = sent.doc, doc_pos(sent.doc)  # the per-Doc table: a Token only for a noun that is tested
    nouns = [k for k in range(sent.start, sent.end) if pos[k] in ("NOUN", "PROPN")]
    if motive is not None:
        hit = next((k for k in nouns if _member_at(doc, k, motive) or _compound_key(doc[k]) in motive.words), None)
        if hit is not None:
            return doc[hit]
    actors = parts["actor"]
    if dispute is None or len(actors) != 1 or actors[0].tag_ not in ("NN", "NNP") or armed(actors[0], senses):
        return None
    if _state_participant({"actor": actors, "object": []}, senses):
        return None  # 'the government seized the mine after a dispute with its owner': a state's dispute is politics
    hit = next((k for k in nouns if _member_at(doc, k, dispute)), None)
    return None if hit is None else doc[hit]


def _political_target(parts: dict[str, list[Token]], senses: Senses) -> bool:
    """Sentence-level evidence that a criminal-sounding actor ('gunmen', 'bandits') commits political
    violence: its target is armed but no criminal ('killed two soldiers', not 'shot a robber'), an office
    ('the governor', 'police'), a military post, or a settlement, a named one too ('stormed a village',
    'raided Kauru'; classes.yaml settlement). Independent of the article's domain, which a rewritten copy
    can change."""
    objects = parts["object"]
    towns = _settlements()
    criminal = senses.criminal
    return (any(armed(t, senses) and (criminal is None or not _member(t, criminal)) for t in objects)
            or any(_member(t, senses.offices) for t in objects)
            or _military_target(parts) or (towns is not None and any(_member(t, towns) for t in objects))
            or _community_victims(objects))


def _shelled_settlement(m: Match, parts: dict[str, list[Token]]) -> bool:
    """A heavy-weapon or aerial reading (the entry's mode) whose object is a settlement or a place that can
    be held (classes.yaml settlement, territory: 'the bombardment of the old city', 'pounded the town'): the
    weapons of war on a place. A match's 'aerial bombardment' has no such object."""
    places = [c for c in (_settlements(), load_classes().get("territory")) if c is not None]
    return m.entry.mode in ("heavy-weapons", "aerial") and any(
        _member(t, c) for t in parts["object"] for c in places)


def _military_target(parts: dict[str, list[Token]]) -> bool:
    """An object that is a military post ('a military base', 'an army checkpoint', classes.yaml
    military_post): attacking one is a political act whoever the attacker is."""
    posts = _military_posts()
    return posts is not None and any(_member(t, posts) for t in parts["object"])


def _state_participant(parts: dict[str, list[Token]], senses: Senses | None = None) -> bool:
    """An actor or object that is a state, a nationality or an office holder ('Israeli soldiers', 'the
    minister', 'Norland')."""
    senses = senses or load_senses()
    return any(_member(t, senses.offices) or t.ent_type_ in ("GPE", "NORP")
               or any(c.ent_type_ in ("GPE", "NORP") for c in t.children if c.dep_ in ("amod", "compound", "poss"))
               for t in parts["actor"] + parts["object"])


def _state_speaker(m: Match, senses: Senses | None = None) -> bool:
    """The reading stands in a direct quote ('"Our forces did not fire," the defence minister said')
    whose speaker - the subject of the speech verb above it - is a state, an office holder or an armed
    actor: such a speaker's quoted 'attack' is about fighting. Only quotes: officials and police
    report ordinary crimes and accidents in indirect speech ('poachers killed three rhinos, park
    officials said'), which the model must still judge."""
    senses = senses or load_senses()
    if not _in_quote(m.token):
        return False
    speech = load_frames().speech_verbs
    tok = m.anchor
    for _ in range(4):  # the trigger's clause, then the clauses above it
        if tok.head == tok:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and verb_lemmas(tok) & speech:
            speaker = subject(tok)
            if speaker is None:
                return False
            heads = _expand(speaker)
            return _state_participant({"actor": heads, "object": []}, senses) or any(armed(t, senses) for t in heads)
    return False


_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _in_quote(tok: Token) -> bool:
    """An odd number of quotation marks stands between the sentence start and the token."""
    sent = tok.sent
    text = doc_words(tok.doc).text  # the per-Doc table: no Token per word
    return sum(1 for k in range(sent.start, tok.i) if text[k] in _QUOTES) % 2 == 1


def _instruments(m: Match) -> list[Token]:
    """Weapons the act is done with ('fired rockets', 'with machine guns')."""
    anchor = m.anchor
    out = [c for c in children(anchor, ("dobj",))]
    for prep in children(anchor, ("prep",)):
        if prep.lower_ in ("with", "using"):
            out += children(prep, ("pobj",))
    return [x for t in out for x in _expand(t)]
