"""Trigger matching: tokens of a sentence -> lexicon entries (verbs, event nouns, light-verb phrases)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IS_PUNCT, LEMMA, LOWER, TAG
from spacy.tokens import Doc, Span, Token

from truce.events.frames import Frames, load_frames
from truce.events.lexicon import Lexicon, TriggerEntry, specificity
from truce.events.settings import events_settings
from truce.events.syntax import adjectival_past, misparsed_verb
from truce.nlp import doc_pos

_VERB_POS = ("VERB", "AUX")
_NOUN_POS = ("NOUN", "PROPN", "ADJ", "X", "NUM")


@dataclass
class Match:
    """One trigger: its head token, the entry, the tokens of the phrase, and a light verb if any."""

    token: Token
    entry: TriggerEntry
    tokens: list[Token]
    light: Token | None = None  # the light verb of "held talks", "launched an attack"
    notes: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> Token:
        """The token that carries the clause: the light verb, else the trigger head."""
        return self.light if self.light is not None else self.token

    @property
    def is_verbal(self) -> bool:
        return self.anchor.pos_ in _VERB_POS

    @property
    def span(self) -> tuple[int, int]:
        toks = sorted(self.tokens + ([self.light] if self.light is not None else []), key=lambda t: t.i)
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _forms(tok: Token) -> tuple[str, ...]:
    """Lemma, lower-case form and, for inflected verbs, simple stems (the lemmatizer says 'staged' -> 'stag')."""
    return _word_forms(tok.lemma_.lower(), tok.lower_, tok.tag_)


def _word_forms(lemma: str, low: str, tag: str) -> tuple[str, ...]:
    us = american_spelling(lemma)
    extra = (us,) if us != lemma else ()
    irregular = _irregular_forms().get(low)
    if irregular is not None and tag.startswith("VB"):
        extra += (irregular,)
    if tag in ("VBD", "VBN") and low.endswith("ed"):
        return (lemma, low, low[:-1], low[:-2], *_undoubled(low[:-2]), *extra)
    if tag == "VBZ" and low.endswith("s"):
        return (lemma, low, low[:-1], *extra)
    if tag == "VBG" and low.endswith("ing"):
        return (lemma, low, low[:-3], low[:-3] + "e", *_undoubled(low[:-3]), *extra)
    return (lemma, low, *extra)


def _undoubled(stem: str) -> tuple[str, ...]:
    """A stem whose last consonant was doubled before '-ed'/'-ing' ('teargassed' -> 'teargas', 'gunned'
    -> 'gun'), which the small model's lemmatizer leaves doubled ('teargasse')."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyl":
        return (stem[:-1],)
    return ()


@lru_cache(maxsize=1)
def _spelling_suffixes() -> tuple[tuple[str, str], ...]:
    pairs = (w.split(">", 1) for w in load_frames().spelling_suffixes if ">" in w)
    return tuple(sorted(((b, a) for b, a in pairs), key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, str]:
    """Irregular verb forms and their lemma (frames.yaml irregular_forms), for the forms the small
    model's lemmatizer leaves unlemmatised."""
    return dict(w.split(">", 1) for w in load_frames().irregular_forms if ">" in w)


def american_spelling(lemma: str) -> str:
    """The American form of a British lemma ending ('recognise' -> 'recognize'; frames.yaml
    spelling_suffixes), so a lexicon entry written in one spelling matches both; else the lemma."""
    for british, american in _spelling_suffixes():
        if lemma.endswith(british) and len(lemma) > len(british) + 2:
            return lemma[: -len(british)] + american
    return lemma


# The distinct forms (``_forms`` without repeats) of each (lemma, lower, tag) string hash: the same
# few thousand words come back in every sentence. Hashes are the StringStore's, the same in every Doc.
_FORMS_BY_HASH: dict[tuple[int, int, int], tuple[str, ...]] = {}
_FORMS_CACHE_MAX = 1 << 18
FORMS_KEY = "truce.forms"


def doc_forms(doc: Doc) -> list[tuple[str, ...] | None]:
    """The distinct forms of every token of the Doc (None for punctuation), by token index: one
    ``to_array`` per Doc instead of four attribute lookups per token, kept in ``doc.user_data``."""
    got = doc.user_data.get(FORMS_KEY)
    if got is not None:
        return got
    strings = doc.vocab.strings
    cache = _FORMS_BY_HASH
    if len(cache) > _FORMS_CACHE_MAX:
        cache.clear()
    out: list[tuple[str, ...] | None] = []
    for lemma, low, tag, punct in doc.to_array([LEMMA, LOWER, TAG, IS_PUNCT]).tolist():
        if punct:
            out.append(None)
            continue
        key = (lemma, low, tag)
        forms = cache.get(key)
        if forms is None:
            forms = cache[key] = tuple(dict.fromkeys(_word_forms(strings[lemma].lower(), strings[low], strings[tag])))
        out.append(forms)
    doc.user_data[FORMS_KEY] = out
    return out


def verb_lemmas(tok: Token) -> set[str]:
    return set(_forms(tok))


def _pos_ok(entry: TriggerEntry, tok: Token) -> bool:
    if entry.pos == "verb":
        return tok.pos_ in _VERB_POS or misparsed_verb(tok) is not None
    if entry.pos == "noun":
        return tok.pos_ in _NOUN_POS or (tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "pobj", "dobj"))
    return True


def _word_ok(tok: Token, word: str) -> bool:
    return word in _forms(tok)


def _phrase_tokens(entry: TriggerEntry, tok: Token) -> list[Token] | None:
    words = entry.words
    if len(words) == 1:
        return [tok]
    if entry.pos == "verb":  # verb phrases: other words are dependents of the verb ("opened fire")
        out = [tok]
        for word in words[1:]:
            kid = next((c for c in tok.children if _word_ok(c, word)), None)
            if kid is None:
                kid = next((g for c in tok.children for g in c.children if _word_ok(g, word)), None)
            if kid is None:
                return None
            out.append(kid)
        return out
    start = tok.i - entry.head  # noun phrases: contiguous words ending in the head
    doc = tok.doc
    if start < tok.sent.start or start + len(words) > tok.sent.end:
        return None
    span = [doc[start + k] for k in range(len(words))]
    return span if all(_word_ok(t, w) for t, w in zip(span, words, strict=True)) else None


def _object_lemmas(tok: Token) -> set[str]:
    out = _direct_object_lemmas(tok)
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "prt", "xcomp"):
            for g in c.children:
                if g.dep_ in ("pobj", "dobj"):
                    out.update(_forms(g))
                    compounds = [x for x in g.children if x.dep_ == "compound"]  # 'deployment of peacekeeping troops'
                    out.update(f"{x.lemma_.lower()} {g.lemma_.lower()}" for x in compounds)
                    out.update(x.lemma_.lower() for x in compounds)
            out.add(c.lower_)
        out.update(_role_lemmas(c))
    out.update(_light_verb_pps(tok))
    return out


def _direct_object_lemmas(tok: Token) -> set[str]:
    """The words of a trigger's direct object (or passive subject), with its compounds and "of" phrase; the
    noun a past tense read as an adjective hangs on is its object ("massed fighters": ``syntax.adjectival_past``)."""
    out: set[str] = set()
    adjectival = adjectival_past(tok) if tok.dep_ == "amod" else None
    if adjectival is not None:
        out.update(_forms(adjectival[1]))
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            out.update(_forms(c))
            out.update(x.lemma_.lower() for x in c.conjuncts)
            compounds = [g for g in c.children if g.dep_ == "compound"]
            out.update(f"{g.lemma_.lower()} {c.lemma_.lower()}" for g in compounds)
            out.update(g.lemma_.lower() for g in compounds)  # 'ended mediation efforts'
            # the compounds of a name before the object: 'World Food Programme trucks' are food trucks
            out.update(f"{x.lemma_.lower()} {c.lemma_.lower()}" for g in compounds for x in g.children if x.dep_ == "compound")
            out.update(f"{g.lemma_.lower()} {c.lemma_.lower()}" for g in c.children if g.dep_ == "amod")  # 'humanitarian workers'
            for g in c.children:  # '25,000 tons of food aid'
                if g.dep_ == "prep" and g.lower_ == "of":
                    out.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
    return out


def _light_verb_pps(tok: Token) -> set[str]:
    """A noun act that is the object of a verb ('announced the deployment of troops to Haiti on a
    peacekeeping mission'): the parser often hangs the noun's prepositional phrases on the verb; their
    objects (with compounds) count as the noun's."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return set()
    out: set[str] = set()
    for p in tok.head.children:
        if p.dep_ == "prep" and p.i > tok.i:
            for g in p.children:
                if g.dep_ == "pobj":
                    out.update(_forms(g))
                    out.update(x.lemma_.lower() for x in g.children if x.dep_ == "compound")
    return out


def _mover_lemmas(tok: Token) -> set[str]:
    """The subject of an intransitive active use of a verb, with its compounds and modifiers ('UN
    peacekeeping troops arrived'): for entries whose object may be the mover (``subject_object``)."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return set()
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "nsubj":
            out.update(_forms(c))
            out.update(x.lemma_.lower() for x in c.conjuncts)
            out.update(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod"))
            for g in (x for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children):
                if g.dep_ == "pobj":  # 'a battalion of peacekeeping troops'
                    out.update(_forms(g))
                    out.update(x.lemma_.lower() for x in g.children if x.dep_ == "compound")
    return out


def _role_lemmas(c: Token) -> set[str]:
    """The role an act gives its object: 'deployed as peacekeepers', 'as a peacekeeping force', a purpose
    clause 'to serve as a peacekeeping force' / 'to join the peacekeeping mission' (with the modifiers of
    the role noun, which carry its sense)."""
    roles = []
    if c.dep_ == "prep" and c.lower_ == "as":
        roles = [g for g in c.children if g.dep_ == "pobj"]
    elif c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
        roles = [g for g in c.children if g.dep_ == "dobj"]
        roles += [x for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for x in p.children if x.dep_ == "pobj"]
    out: set[str] = set()
    for r in roles:
        out.update(_forms(r))
        out.update(m.lemma_.lower() for m in r.children if m.dep_ in ("compound", "amod"))
    return out


def _object_entities(tok: Token) -> set[str]:
    """Entity labels of the direct object (or the object of a particle/preposition): '@territory'
    takes any named place ('captured Kobane')."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.ent_type_:
            out.add(c.ent_type_)
        if c.dep_ in ("prep", "prt"):
            out.update(g.ent_type_ for g in c.children if g.dep_ == "pobj" and g.ent_type_)
    return out


def _entry_preps(entry: TriggerEntry, tok: Token) -> set[str]:
    """The prepositions of the trigger verb; for an entry with an object list also those hung on its direct
    object, where the parser often puts the target ('used tear gas *against* students', 'launched rockets
    *at* the town')."""
    kids = [c for c in tok.children if c.dep_ in ("prep", "prt", "dative", "agent")]
    if entry.objects:
        kids += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    return {c.lower_ for c in kids}


def _constraints_ok(entry: TriggerEntry, tok: Token) -> bool:
    if entry.particle:
        kids = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod")}
        nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
        if entry.particle not in kids and entry.particle != nxt:
            return False
    if entry.prep and entry.prep not in _entry_preps(entry, tok):
        return False
    if (entry.objects or entry.object_entities) and not (entry.objects & _object_lemmas(tok)
                                                         or entry.object_entities & _object_entities(tok)
                                                         or entry.subject_object and entry.objects & _mover_lemmas(tok)):
        return False
    if entry.any_object and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return False
    if entry.not_objects and entry.not_objects & _object_lemmas(tok):
        return False
    if entry.modifiers and not any(c.dep_ in ("amod", "compound", "nmod", "advmod") and verb_lemmas(c) & entry.modifiers
                                   for c in tok.children):
        return False  # 'joint' of 'joint naval drills': the modifier that makes the noun an event
    if entry.governors and not (tok.dep_ in ("dobj", "nsubjpass") and verb_lemmas(tok.head) & entry.governors):
        return False  # 'expressed support': the verb whose object the noun must be
    if entry.speech and not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    return not (entry.complement and not any(c.dep_ in ("xcomp", "ccomp", "prep") for c in tok.children))


def find_matches(sent: Span, lexicon: Lexicon, frames: Frames) -> list[Match]:
    """Every trigger in a sentence, one entry per head token. Multiword entries are matched first over
    the whole sentence ('aid convoys' before 'aid'), then single words; the most specific entry wins."""
    used: set[int] = set()
    found: dict[int, Match] = {}
    doc = sent.doc
    forms = doc_forms(doc)  # once per token
    # Only tokens with some entry under one of their forms can match (most have none).
    # A misparsed past tense is a noun before an adjective (``syntax.misparsed_verb``): read from the
    # per-Doc part-of-speech table first, so a Token is made only for such a pair or a word with an entry.
    pos, n = doc_pos(doc), len(doc)
    hits = {i: f for i in range(sent.start, sent.end)
            if (f := (_misparsed_forms(doc[i]) if pos[i] == "NOUN" and i + 1 < n and pos[i + 1] == "ADJ" else None)
                or forms[i]) is not None and lexicon.has_any(f)
            and not _date_name(doc[i])}
    for multiword in (True, False):
        for i, f in hits.items():
            if i in used:
                continue
            match = _match_token(doc[i], lexicon, frames, used, multiword, f)
            if match is not None:
                found[i] = match
                used.update(t.i for t in match.tokens)
    return _drop_light_verb_triggers([found[i] for i in sorted(found)])


def _misparsed_forms(tok: Token) -> tuple[str, ...] | None:
    """A past tense the parser read as a noun (``syntax.misparsed_verb``) has the forms of that past
    tense ("shot" -> "shoot") besides its own."""
    if tok.pos_ != "NOUN" or misparsed_verb(tok) is None:
        return None
    return tuple(dict.fromkeys((*_forms(tok), *_word_forms(tok.lower_, tok.lower_, "VBD"))))


def _date_name(tok: Token) -> bool:
    """A month's name inside a date ('On 20 March 2026', 'in March'): never the protest 'march'."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("DATE", "TIME")


def _match_token(tok: Token, lexicon: Lexicon, frames: Frames, used: set[int], multiword: bool,
                 forms: tuple[str, ...] | None = None) -> Match | None:
    forms = forms if forms is not None else tuple(dict.fromkeys(_forms(tok)))
    for entry in _candidates(lexicon, forms, multiword, events_settings().any_object_constraint):
        if not _pos_ok(entry, tok) or not _constraints_ok(entry, tok):
            continue
        toks = _phrase_tokens(entry, tok)
        if toks is None or any(t.i in used for t in toks):
            continue
        match = Match(token=tok, entry=entry, tokens=toks)
        if entry.pos == "verb" and tok.pos_ not in _VERB_POS:  # a misparsed past tense: its clause's carrier
            match.light = misparsed_verb(tok)
            match.notes.append(f"'{tok.text}' read as the verb of '{match.light.text}' (a noun before an adjective with an object)")
        elif entry.pos != "verb" and tok.pos_ not in _VERB_POS:
            match.light = _light_verb(tok, frames) or (_travel_verb(tok, frames) if entry.event == "CONSULT" else None)
        return match
    return None


_CANDIDATES_MAX = 1 << 16


def _candidates(lexicon: Lexicon, forms: tuple[str, ...], multiword: bool, weight: float) -> tuple[TriggerEntry, ...]:
    """The entries headed by one of a token's forms, each once, most specific first: the same for every
    token with these forms, so kept per lexicon (a lexicon's entries do not change once it is built)."""
    memo = lexicon.__dict__.setdefault("_candidates_memo", {})
    key = (forms, multiword, weight)
    got = memo.get(key)
    if got is None:
        cands: list[TriggerEntry] = []
        for form in forms:
            cands += [c for c in lexicon.candidates(form) if c not in cands and (len(c.words) > 1) == multiword]
        cands.sort(key=lambda e: specificity(e, weight)[:2], reverse=True)
        if len(memo) > _CANDIDATES_MAX:
            memo.clear()
        got = memo[key] = tuple(cands)
    return got


def _light_verb(noun: Token, frames: Frames) -> Token | None:
    """The verb of 'held talks' / 'engaged in cleansing' / 'launched a mediation effort'."""
    head = noun.head
    if noun.dep_ in ("compound", "amod") and head.lemma_.lower() in frames.carrier_nouns and head != noun:
        return _light_verb(head, frames)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in frames.carrier_nouns:
        return _light_verb(head.head, frames)
    if noun.dep_ in ("dobj", "nsubjpass") and verb_lemmas(head) & frames.light_verbs and not any(
            c.dep_ == "oprd" for c in head.children):  # "called the attack a violation" names it, no light verb
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and verb_lemmas(head.head) & {"engage", "resort", "take", "go", "carry", "put", "place"}:
        return head.head
    return None


def _travel_verb(noun: Token, frames: Frames) -> Token | None:
    """The verb of 'returned to Geneva for talks' / 'gathered for a meeting': the trip for a consultation."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep" and verb_lemmas(head.head) & frames.travel_verbs:
        return head.head
    return None


def _drop_light_verb_triggers(matches: list[Match]) -> list[Match]:
    """A verb that is also a trigger ('call', 'order') loses to the event noun it governs as light verb;
    but a verb entry that *requires* that object ('signed an agreement', 'lifted the blockade',
    'halted aid') wins, and the noun is only its argument."""
    object_verbs = {m.token.i for m in matches if (m.entry.objects or m.entry.object_entities) and m.is_verbal}
    lights = {m.light.i for m in matches if m.light is not None}
    out = []
    for m in matches:
        if m.token.i in lights and m.entry.pos != "noun" and not (m.entry.objects or m.entry.object_entities):
            continue
        if not m.is_verbal or m.light is not None:
            gov = m.light if m.light is not None else m.token.head
            if gov.i in object_verbs and m.token.dep_ in ("dobj", "nsubjpass", "pobj", "compound"):
                continue
        out.append(m)
    return out
