"""Statements about who did an attack, anywhere in the article: blame, denial, responsibility, self-defence.

Wire stories rarely put the attack and the claims about it in one sentence: "Rockets struck an army
base. The army blamed the FPC. The Front denied any role: 'Our fighters have not fired a single
shot,' its spokeswoman said." Each statement is read from the parse of its own sentence:

* blame: "X blamed/accused Y", "Y was accused", "X held Y responsible", "the kidnappers were Y",
  "the men identified themselves as members of Y", "the drone was launched by Y";
* denial: "Y denied/rejected the accusation (any involvement, carrying out ...)", "had nothing to do
  with", and a negated attack whose actor is a party ("our fighters have not fired"), but never a
  silence ("did not mention the attack", "did not comment");
* responsibility: "Y claimed responsibility for";
* self-defence: "returned fire", "in self-defence", "we defended ourselves" (not inside a name such
  as "Nororiente Self-Defence Forces").

The party each statement is about is coded by the actor coder with the document's context, so
"the group", "its fighters" or "we" resolve to the group named earlier. Words are data:
``data/lang/en/monitor/claims.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from truce.knowledge import lang_file, load_yaml
from truce.nlp import char_span, doc_deps, doc_kids, doc_words, span_text
from truce.records import ActorRef, Claim, Event
from truce.time.expressions import ignorecase_folded


@dataclass(frozen=True)
class ClaimWords:
    incident_types: frozenset[str]
    blame_verbs: frozenset[str]
    hold_verbs: frozenset[str]
    hold_complements: frozenset[str]
    not_parties: frozenset[str]
    perpetrator_nouns: frozenset[str]
    identify_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    denial_objects: frozenset[str]
    denial_phrases: tuple[str, ...]
    silence_verbs: frozenset[str]
    responsibility_verbs: frozenset[str]
    responsibility_objects: frozenset[str]
    self_defence: re.Pattern[str]
    answer_cues: frozenset[str]
    speech_verbs: frozenset[str]
    agent_verbs: frozenset[str]
    weapons: frozenset[str]
    self_defence_words: tuple[str, ...] = ()  # the cues of ``self_defence``, lower case: a sentence holding none is skipped


@lru_cache(maxsize=1)
def claim_words() -> ClaimWords:
    d = load_yaml(lang_file("monitor", "claims.yaml"), expect=dict)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d.get(key) or [])

    frames = load_yaml(lang_file("events", "frames.yaml"), expect=dict)  # one list of each for both stages

    def frame_words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in (frames.get(key) or {}).get("words") or [])

    classes = load_yaml(lang_file("events", "classes.yaml"), expect=dict)  # the event coder's weapon nouns
    weapons = frozenset(str(w).lower() for w in ((classes.get("weapon") or {}).get("words") or []))
    cues = sorted((str(w) for w in d.get("self_defence") or []), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)
    return ClaimWords(frozenset(str(w) for w in d.get("incident_types") or []),
                      words("blame_verbs"), words("hold_verbs"), words("hold_complements"), words("not_parties"),
                      words("perpetrator_nouns"), words("identify_verbs"), words("denial_verbs"),
                      words("denial_objects"), tuple(str(p).lower() for p in d.get("denial_phrases") or []),
                      words("silence_verbs"), frame_words("responsibility_verbs"), frame_words("responsibility_nouns"),
                      pattern, words("answer_cues"), words("speech_verbs"), words("agent_verbs"), weapons,
                      tuple(c.lower() for c in cues))


Coder = Callable[[Span], ActorRef]


def _kids(tok: Token, *deps: str) -> list[Token]:
    """``[c for c in tok.children if c.dep_ in deps]`` from the per-Doc child and label tables: a Token
    only for a child that is kept."""
    doc = tok.doc
    labels = doc_deps(doc)
    return [doc[j] for j in doc_kids(doc)[tok.i] if labels[j] in deps]


def phrase(tok: Token) -> Span:
    """The noun phrase a token heads, cut before a relative clause or a parenthetical comma."""
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and doc[start].is_space:
        start += 1
    end = tok.i + 1
    for t in doc[tok.i + 1:tok.right_edge.i + 1]:
        if t.dep_ in ("relcl", "acl", "punct", "cc", "conj", "advcl") or t.lower_ in ("which", "who", "that"):
            break
        end = t.i + 1
    return doc[start:end]


def speaker(sent: Span, words: ClaimWords) -> Span | None:
    """Who is reported speaking in this sentence ("..., the army said in a statement")."""
    doc = sent.doc
    table = doc_words(doc)  # words read from the per-Doc table: a Token only where a word matches
    for i in range(sent.start, sent.end):
        if table.lemma[i] in words.speech_verbs:
            subj = _kids(doc[i], "nsubj")
            if subj and subj[0].lower_ not in ("it", "they", "he", "she", "we", "i"):
                return phrase(subj[0])
    for i in range(sent.start, sent.end):  # "according to X"
        if table.lower[i] == "according" and i + 1 < len(doc) and table.lower[i + 1] == "to":
            objs = _kids(doc[i + 1], "pobj")
            if objs:
                return phrase(objs[0])
    return None


def _claim(kind: str, party: Span, cue: Token | Span, sent: Span, code: Coder, claimant: str | None,
           cue_text: str | None = None) -> Claim | None:
    if party.root.lower_ in claim_words().not_parties:
        return None
    ref = _spoken_for(party, code) or code(party)
    if not (ref.country or ref.sector or ref.name or ref.coref) and not _names_something(party):
        return None
    start = cue.idx if isinstance(cue, Token) else cue.start_char
    end = start + len(cue.text)
    return Claim(kind, ref, claimant, span_text(sent), start, end, cue_text or cue.text)


def _spoken_for(party: Span, code: Coder) -> ActorRef | None:
    """"Hamid Nasser, a spokesman for the Movement, denied ...": a person the coder cannot place on a
    side (no sector, no dictionary identity; a country alone does not say which side) speaks for the
    organisation his apposition names; the claim is that organisation's. None when there is no such
    apposition or it codes to nothing either."""
    appos = [c for c in party.root.children if c.dep_ == "appos"]
    if not appos:
        return None
    own = code(party)
    if own.sector or own.actor_id:
        return None
    ref = code(doc_span(appos[0]))
    return ref if ref.country or ref.sector or ref.name else None


def _names_something(span: Span) -> bool:
    return any(t.text[:1].isupper() and t.i > span.sent.start for t in span) or any(t.pos_ == "PROPN" for t in span)


def _blame(tok: Token, sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    out = []
    passive = _kids(tok, "nsubjpass")
    if passive:  # "the rebels were accused (by X) of ..."
        agent = next((p for a in _kids(tok, "agent") for p in _kids(a, "pobj")), None)
        claimant = phrase(agent).text if agent is not None else who
        out.append(_claim("blame", phrase(passive[0]), tok, sent, code, claimant))
    for obj in _kids(tok, "dobj"):
        subj = _kids(tok, "nsubj")
        if not subj and tok.dep_ in ("conj", "xcomp", "advcl"):
            subj = _kids(tok.head, "nsubj")
        claimant = phrase(subj[0]).text if subj else who
        out.append(_claim("blame", phrase(obj), tok, sent, code, claimant))
    return [c for c in out if c]


def _agent(tok: Token, sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    """'the drone was launched by X', 'the shells were fired by X': a weapon's passive verb names its doer."""
    subj = _kids(tok, "nsubjpass")
    if not subj or subj[0].lemma_.lower() not in w.weapons:
        return []
    agents = [p for a in _kids(tok, "agent") for p in _kids(a, "pobj")]
    return [c for c in (_claim("blame", phrase(a), tok, sent, code, who) for a in agents) if c]


def _hold(tok: Token, sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    """'X held Y responsible'."""
    if not any(c.lower_ in w.hold_complements for c in tok.subtree):
        return []
    objs = _kids(tok, "dobj") or [c for c in tok.children if c.dep_ == "ccomp" for c in _kids(c, "nsubj")]
    subj = _kids(tok, "nsubj")
    claimant = phrase(subj[0]).text if subj else who
    return [c for c in (_claim("blame", phrase(o), tok, sent, code, claimant) for o in objs) if c]


def _identified(tok: Token, sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    """'the men identified themselves as members of Y', 'the attackers were identified as Y'."""
    out = []
    for prep in _kids(tok, "prep"):
        if prep.lower_ == "as":
            out += [_claim("blame", doc_span(p), tok, sent, code, who) for p in _kids(prep, "pobj")]
    return [c for c in out if c]


def doc_span(tok: Token) -> Span:
    """The whole subtree of a token (for "members of the Catatumbo Popular Front")."""
    start = tok.left_edge.i
    while start < tok.i and tok.doc[start].is_space:
        start += 1
    return tok.doc[start:tok.right_edge.i + 1]


def _copula(tok: Token, sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    """'the kidnappers were FPC fighters': a perpetrator noun equated with a party."""
    subj = _kids(tok, "nsubj")
    attrs = _kids(tok, "attr")
    if not subj or not attrs:
        return []
    noun = subj[0].lemma_.lower()
    if noun not in w.perpetrator_nouns and subj[0].lower_ not in w.perpetrator_nouns:
        return []
    return [c for c in (_claim("blame", doc_span(attrs[0]), tok, sent, code, who),) if c]


def _denial(tok: Token, sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    subj = _kids(tok, "nsubj")
    if not subj or any(c.dep_ == "neg" for c in tok.children):
        return []
    objs = _kids(tok, "dobj", "ccomp", "xcomp", "pcomp")
    if objs and not any(o.dep_ in ("ccomp", "xcomp", "pcomp") or o.lemma_.lower() in w.denial_objects
                        or o.tag_ == "VBG" for o in objs):
        return []  # "rejected the proposal": no denial of an act
    party = phrase(subj[0])
    return [c for c in (_claim("denial", party, tok, sent, code, party.text),) if c]


def _responsibility(tok: Token, sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    if not any(o.lemma_.lower() in w.responsibility_objects for o in _kids(tok, "dobj")):
        return []
    subj = _kids(tok, "nsubj") or (_kids(tok.head, "nsubj") if tok.dep_ == "conj" else [])
    if not subj:
        return []
    party = phrase(subj[0])
    return [c for c in (_claim("responsibility", party, tok, sent, code, party.text),) if c]


def _phrase_denials(sent: Span, code: Coder, who: str | None, w: ClaimWords) -> list[Claim]:
    low = span_text(sent).lower()
    out = []
    for p in w.denial_phrases:
        at = low.find(p)
        if at < 0:
            continue
        cue = sent.char_span(at, at + len(p), alignment_mode="expand") if hasattr(sent, "char_span") else None
        cue = cue or char_span(sent.doc, sent.start_char + at, sent.start_char + at + len(p), alignment_mode="expand")
        if cue is None:
            continue
        verb = cue.root if cue.root.pos_ in ("VERB", "AUX") else cue.root.head
        # "the group was not involved": the passive subject denies, not the speaker of the verb above
        subj = _kids(verb, "nsubj", "nsubjpass") or _kids(verb.head, "nsubj")
        if subj:
            party = phrase(subj[0])
            claim = _claim("denial", party, cue, sent, code, who or party.text, p)
            if claim:
                out.append(claim)
    return out


def _self_defence(sent: Span, code: Coder, who: Span | None, w: ClaimWords) -> list[Claim]:
    out: list[Claim] = []
    text = span_text(sent)
    folded = ignorecase_folded(text) if w.self_defence_words else ""
    if folded and not any(c in folded for c in w.self_defence_words):
        return out  # no cue word in the sentence (most sentences): the regex would find nothing
    for m in w.self_defence.finditer(text):
        words = m.group().split()
        at = sent.start_char + m.start()
        if at > sent.start_char and words[0][:1].isupper():
            continue  # inside a name: "the Nororiente Self-Defence Forces"
        cue = char_span(sent.doc, at, at + len(m.group()), alignment_mode="expand")
        if cue is None or reprisal(cue, w):
            continue
        verb = cue.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = _kids(verb, "nsubj")
        party = phrase(subj[0]) if subj else who
        if party is None:
            continue
        if who is not None and party is not who and _generic(code(party)):
            party = who  # "The army said ... soldiers had returned fire": the speaker's soldiers
        claim = _claim("self-defence", party, cue, sent, code, who.text if who is not None else party.text, m.group())
        if claim:
            out.append(claim)
    return out


def _generic(ref: ActorRef) -> bool:
    """A bare "soldiers", "fighters", "troops": a sector at most, no country, name, identity or antecedent;
    such a subject in what a speaker says is the speaker's own (the speaker claims the defence)."""
    return not (ref.country or ref.name or ref.actor_id or ref.coref)


def reprisal(cue: Span, w: ClaimWords) -> bool:
    """"in retaliation for the arrest of its members", "in response to the army's recruitment drive": a
    cue that names what it answers (``answer_cues``) claims self-defence only when that is an attack (an
    ASSAULT noun of the event lexicon, a weapon, "fire"); answering an arrest, a law or a statement is a
    reprisal, which no truce permits."""
    if cue.text.lower() not in w.answer_cues:
        return False
    doc = cue.doc
    preps = [t for t in (*cue, *doc[cue.end:cue.end + 1]) if t.dep_ == "prep" and t.lower_ in ("for", "to", "against")]
    objs = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    if not objs:
        return False  # "the army retaliated": what it answered is told elsewhere
    return not any(_attack_noun(o.lemma_.lower(), w) for o in objs)


@lru_cache(maxsize=4096)
def _lexicon_attack(lemma: str) -> bool:
    """An attack or advance noun of the event coder's lexicon (one list for both stages)."""
    return any(e.event in ("ASSAULT", "MOBILIZE") and e.pos in ("noun", "any") for e in _cached_lexicon().candidates(lemma))


@lru_cache(maxsize=1)
def _cached_lexicon() -> Any:
    from truce.events.lexicon import load_lexicon

    return load_lexicon()


def _attack_noun(lemma: str, w: ClaimWords) -> bool:
    return lemma in w.weapons or lemma in ("fire", "gunfire") or _lexicon_attack(lemma)


_HANDLERS = (("blame_verbs", _blame), ("hold_verbs", _hold), ("identify_verbs", _identified),
             ("denial_verbs", _denial), ("responsibility_verbs", _responsibility), ("agent_verbs", _agent))


_UNSET: Any = object()


def sentence_claims(sent: Span, code: Coder, w: ClaimWords | None = None, who_span: Span | None = _UNSET) -> list[Claim]:
    """Every blame, denial, responsibility and self-defence statement of one sentence; ``who_span``:
    its ``speaker`` when the caller has already found it (None is an answer: nobody speaks)."""
    w = w or claim_words()
    if who_span is _UNSET:
        who_span = speaker(sent, w)
    who = span_text(who_span) if who_span is not None else None
    out: list[Claim] = []
    handlers = [(getattr(w, key), handler) for key, handler in _HANDLERS]
    claim_verbs = frozenset().union(*(verbs for verbs, _ in handlers))  # one test per word, not five
    doc = sent.doc
    lemmas, deps = doc_words(doc).lemma, doc_deps(doc)  # a Token only for the words a rule reads
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in claim_verbs and lemma != "be" and deps[i] != "ROOT":
            continue
        tok = doc[i]
        if lemma in claim_verbs:
            for verbs, handler in handlers:
                if lemma in verbs:
                    out += handler(tok, sent, code, who, w)
        if lemma == "be" or (deps[i] == "ROOT" and _kids(tok, "attr")):
            out += _copula(tok, sent, code, who, w)
    out += _phrase_denials(sent, code, who, w)
    out += _self_defence(sent, code, who_span, w)
    return out


def silenced(doc: Doc, start: int, end: int, w: ClaimWords | None = None) -> bool:
    """Is the word at [start, end) under a negated verb of silence ("did not mention the attack")?"""
    return silence_verb(doc, start, end, w) is not None


def silence_verb(doc: Doc, start: int, end: int, w: ClaimWords | None = None) -> Token | None:
    """The negated verb of silence the word at [start, end) is under ("mention" in "did not mention the
    attack"), or None."""
    w = w or claim_words()
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(4):
        if tok.lemma_.lower() in w.silence_verbs and any(c.dep_ == "neg" for c in tok.children):
            return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def event_silence(e: Event, doc: Doc, w: ClaimWords | None = None) -> Claim | None:
    """A negated attack under a negated verb of silence ("A DRF statement ... did not mention the bomb") is
    its actor's silence about it, never a denial: the claim (kind ``silence``, on the event itself) tells
    the monitor not to read the negation as one. None for any other event."""
    w = w or claim_words()
    if not e.modality.negated or e.event not in w.incident_types or not e.actor:
        return None
    verb = silence_verb(doc, e.trigger_start, e.trigger_end, w)
    if verb is None:
        return None
    party = e.actor[0]
    return Claim("silence", party, e.modality.claimant or party.text, e.sentence, e.trigger_start, e.trigger_end,
                 f"not {verb.text}")


def event_denial(e: Event, doc: Doc, w: ClaimWords | None = None) -> Claim | None:
    """A negated attack by a named or coded actor is that actor's denial ("our fighters have not fired").

    Not when the denial is coordinated with the same subject's admission of an act of the same type
    (``admitted_beside``): "the air force said its aircraft had struck a rebel depot, and denied hitting
    civilians" admits the strike and disputes only its target, which is no denial of the act."""
    w = w or claim_words()
    if not e.modality.negated or e.event not in w.incident_types or not e.actor:
        return None
    party = e.actor[0]
    if not (party.country or party.sector or party.name):
        return None
    if silenced(doc, e.trigger_start, e.trigger_end, w):
        return None
    if admitted_beside(doc, e, w) is not None:
        return None
    return Claim("denial", party, e.modality.claimant or party.text, e.sentence, e.trigger_start, e.trigger_end,
                 e.modality.cue or "not")


def admitted_beside(doc: Doc, e: Event, w: ClaimWords) -> Token | None:
    """The asserted act of the event's type that the verb denying the event is coordinated with ("struck a
    depot and denied hitting civilians", "admitted shelling the ridge but denied targeting homes"), or None."""
    span = char_span(doc, e.trigger_start, e.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    cue = span.root
    for _ in range(3):
        if cue.lemma_.lower() in w.denial_verbs or cue.head.i == cue.i:
            break
        cue = cue.head
    if cue.lemma_.lower() not in w.denial_verbs:
        return None
    beside = ([cue.head] if cue.dep_ == "conj" else []) + [c for c in cue.children if c.dep_ == "conj"]
    acts = [t for b in beside for t in (b, *(c for c in b.children if c.dep_ in ("xcomp", "ccomp")))]
    return next((t for t in acts if _asserted_act(t, e.event)), None)


def event_admission(e: Event, doc: Doc, w: ClaimWords | None = None) -> Claim | None:
    """A negated attack whose denial comes with the actor's admission of the act ("its jets had struck a
    depot, and denied hitting civilians") is that actor's claim of the act (kind ``responsibility``, on the
    negated mention itself: the monitor reads no denial from it). None for any other event."""
    w = w or claim_words()
    if not e.modality.negated or e.event not in w.incident_types or not e.actor:
        return None
    party = e.actor[0]
    if not (party.country or party.sector or party.name):
        return None
    act = admitted_beside(doc, e, w)
    if act is None:
        return None
    return Claim("responsibility", party, e.modality.claimant or party.text, e.sentence, e.trigger_start,
                 e.trigger_end, f"{act.text}, {e.modality.cue or 'not'} {e.trigger}")


def _asserted_act(tok: Token, event_type: str) -> bool:
    """A verb of the event coder's lexicon for ``event_type``, not negated."""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in tok.children):
        return False
    return any(c.event == event_type and c.pos in ("verb", "any")
               for c in _cached_lexicon().candidates(tok.lemma_.lower()))


PRONOUNS = frozenset({"it", "they", "we"})


def spoken_responsibility(e: Event, doc: Doc, code: Coder, w: ClaimWords | None = None) -> Claim | None:
    """"The army said it responded with air strikes": a speaker saying it did the act claims it.

    Only for an attack reported without a named actor (none, or the pronoun itself): the trigger's
    clause has a pronoun subject, and that clause is what a named speaker said."""
    w = w or claim_words()
    if e.actor and e.actor[0].text.lower() not in PRONOUNS:
        return None
    span = char_span(doc, e.trigger_start, e.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(4):  # up to the clause with a pronoun subject
        if any(c.dep_ == "nsubj" and c.lower_ in PRONOUNS for c in tok.children):
            break
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    else:
        return None
    verb = tok.head
    if tok.dep_ != "ccomp" or verb.lemma_.lower() not in w.speech_verbs:
        return None
    subj = _kids(verb, "nsubj")
    if not subj or subj[0].lower_ in PRONOUNS | {"he", "she", "i"}:
        return None
    party = phrase(subj[0])
    return _claim("responsibility", party, verb, tok.sent, code, party.text, f"{verb.text} {tok.text}")
