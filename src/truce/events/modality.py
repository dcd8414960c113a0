"""Modality: is the event reported as having happened? Negation, future, hypothesis, reported claims."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from truce.events.frames import Frames
from truce.events.settings import events_settings
from truce.events.syntax import actor_ref, antecedent, children, subject
from truce.nlp import doc_memo, doc_words, span_text
from truce.records import Modality

_CLAUSE_UP = ("xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "prep", "pobj", "dobj", "nsubj",
              "nsubjpass", "compound", "amod", "appos", "attr", "oprd", "npadvmod")


_FUTURE_WORDS = frozenset(("next", "tomorrow", "upcoming", "planned", "later"))
_OPTION_WORDS = frozenset(("planned", "proposed", "possible", "potential", "alleged"))
_PLAN_WORDS = _FUTURE_WORDS | _OPTION_WORDS


_AUX_DEPS = ("aux", "auxpass", "neg", "advmod", "mark", "det", "prt")


def _aux_words(verb: Token) -> list[Token]:
    return children(verb, _AUX_DEPS)  # the per-Doc tables: a Token only for a child kept


_CHAIN_KEY = "truce.modality.chains"


def clause_chain(token: Token, limit: int = 8) -> list[Token]:
    """The token and its heads up to the sentence root (the clauses it is embedded in). Remembered per
    Doc (the rules of a trigger and of the other triggers of its sentence walk the same heads); a new
    list each call."""
    memo = doc_memo(token.doc, _CHAIN_KEY)
    chains = memo.get(limit)  # by limit, then token index: a lookup allocates no key
    if chains is None:
        chains = memo[limit] = {}
    got = chains.get(token.i)
    if got is None:
        got = chains[token.i] = tuple(_clause_chain(token, limit))
    return list(got)


def _clause_chain(token: Token, limit: int) -> list[Token]:
    chain = [token]
    cur, head = token, token.head  # each head read once (a Token made per read)
    while head != cur and len(chain) < limit:
        cur = head
        chain.append(cur)
        head = cur.head
    return chain


_MEMO_KEY = "truce.modality.memo"


def modality_for(anchor: Token, trigger: Token, frames: Frames, sent: Span) -> tuple[Modality, list[str]]:
    """Flags from the trigger's own clause and the clauses above it up to a speech verb. Remembered per
    Doc (the sense rules ask for a reading's modality before the draft does); a new record and list
    each call, as callers change them."""
    memo = doc_memo(anchor.doc, _MEMO_KEY)
    st = events_settings()  # the claimant's span reads its limits
    key = (anchor.i, trigger.i, id(frames), id(st), sent.start, sent.end)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _modality(anchor, trigger, frames, sent)
        memo[id(frames)], memo[id(st)] = frames, st  # kept alive with the memo: their ids are not reused
    return replace(got[0]), list(got[1])


def _modality(anchor: Token, trigger: Token, frames: Frames, sent: Span) -> tuple[Modality, list[str]]:
    mod = Modality()
    notes: list[str] = []
    cues: list[str] = []
    local = [trigger] if trigger == anchor else [trigger, anchor]
    if anchor.head != anchor and anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.pos_ != "VERB":
        local.append(anchor.head)  # "talks should take place next week", "will extend the curfew"
    for tok in local:
        _local_flags(tok, frames, mod, cues)
    _absence_flags(anchor, trigger, frames, mod, cues, notes)
    _governing_flags(anchor, frames, mod, cues, notes)
    if _yes_no_question(anchor, sent):
        mod.hypothetical = True  # 'Did the army shell the market?': asked, not reported
        cues.append("?")
        notes.append("hypothetical: a yes/no question")
    if _imperative(anchor, sent):
        mod.hypothetical = True  # 'Attack the hardest task first, raid your calendar': advice, not a report
        cues.append(f"{anchor.text} (imperative)")
        notes.append("hypothetical: an imperative (advice or an order, not a report)")
    _claim(anchor, sent, frames, mod, notes)
    if cues:
        mod.cue = " ".join(dict.fromkeys(cues))  # each cue word once
        notes.append(f"modality cue: {mod.cue}")
    return mod, notes


def _local_flags(tok: Token, frames: Frames, mod: Modality, cues: list[str]) -> None:
    if tok.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        mod.future = True  # headline style: 'Envoys to meet in Geneva'
        cues.append("to")
    if _subjunctive(tok):
        mod.hypothetical = True  # mandative subjunctive: 'demanded that Israel ease restrictions'
        cues.append(f"{tok.text} (subjunctive)")
    for c in _aux_words(tok):
        low = c.lower_
        if low in frames.negation_words or c.dep_ == "neg":
            mod.negated = True
            cues.append(c.text)
        elif low in ("would", "'d"):
            if _under_speech(tok, frames):
                mod.future = True
            else:
                mod.hypothetical = True
            cues.append(c.text)
        elif low in frames.future_cues and c.dep_ in ("aux", "auxpass"):
            mod.future = True
            cues.append(c.text)
        elif low in frames.hypothetical_cues and c.dep_ in ("aux", "mark"):
            mod.hypothetical = True
            cues.append(c.text)
    if not _plan_word_in(tok):
        return
    for c in tok.subtree:
        low = c.lower_
        if low not in _PLAN_WORDS:
            continue  # the word first: the rest walks the tree, for every word of the clause
        near = c.head == tok or c.head.head == tok or c.i == tok.i - 1
        elapsed = low == "later" and c.i > 0 and (c.nbor(-1).pos_ in ("NOUN", "NUM")
                                                 or any(k.pos_ in ("NOUN", "NUM") for k in c.children))  # 'minutes later': past
        if near and not elapsed and c.dep_ in ("npadvmod", "amod", "pobj") and low in _FUTURE_WORDS:
            mod.future = True
            cues.append(c.text)
        if c.dep_ == "amod" and c.head == tok and low in _OPTION_WORDS:
            mod.hypothetical = mod.hypothetical or low != "alleged"
            cues.append(c.text)


_PLAN_KEY = "truce.modality.plan_words"


def _plan_word_in(tok: Token) -> bool:
    """Whether a plan word (``_PLAN_WORDS``) stands between the token's left and right edge, which hold
    its subtree: from the Doc's plan-word positions, found once per Doc (most clauses have none, and
    their subtree walk makes a Token per word)."""
    doc = tok.doc
    at = doc.user_data.get(_PLAN_KEY)
    if at is None:
        at = doc.user_data[_PLAN_KEY] = [i for i, low in enumerate(doc_words(doc).lower) if low in _PLAN_WORDS]
    if not at:
        return False
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return any(lo <= i <= hi for i in at)


def absent(noun: Token, frames: Frames) -> Token | None:
    """The word that quantifies ``noun`` as none: the noun itself ('none of the villages', 'nobody'), a
    determiner ('no shots', 'neither side') or 'not a single / not one' ('not a single mortar round').
    'No fewer than 20 people' is no absence: that 'no' modifies the number, not the noun."""
    if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if noun.lemma_.lower() in frames.negative_quantifiers or noun.lower_ in frames.negative_quantifiers:
        return noun
    kids = list(noun.children)
    kids += [d for c in kids if c.dep_ == "compound" for d in c.children]  # 'no aid convoys' (det on 'aid')
    for c in kids:
        after = c.nbor(1).lower_ if c.i + 1 < len(c.doc) else ""
        if c.dep_ in ("det", "predet") and c.lower_ in frames.negative_quantifiers \
                and after not in frames.quantity_comparatives:
            return c
    negs = [c for c in kids if c.dep_ == "neg" and c.lower_ == "not"]
    if negs and any(c.lower_ in frames.minimal_quantities and c.dep_ in ("amod", "nummod", "det") for c in kids):
        return negs[0]
    return None


def _absence_flags(anchor: Token, trigger: Token, frames: Frames, mod: Modality, cues: list[str],
                   notes: list[str]) -> None:
    """An act whose doer, patient or own occurrence is quantified as none did not happen: 'no shots were
    fired', 'neither side opened fire', 'nobody was arrested', 'fired no shots' (the object of an
    instrument verb), 'no exchange of fire was observed', 'no reports of looting' (a noun of occurrence
    governing the act: frames.yaml occurrence_nouns). Only the trigger's own verb or light verb: the
    subject of a verb merely governing an event noun ('no one claimed the attack') says nothing of it."""
    if mod.negated:
        return
    found: list[Token] = []
    for verb in dict.fromkeys((trigger, anchor)):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        deps = ("nsubj", "nsubjpass") + (("dobj",) if verb.lemma_.lower() in frames.instrument_verbs else ())
        found += [q for c in verb.children if c.dep_ in deps and (q := absent(c, frames)) is not None]
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "of":  # 'no intention of attacking' too
        owner = trigger.head.head  # 'no exchange of fire', 'no sign of fighting'
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in frames.occurrence_nouns:
            found += [q for q in (absent(owner, frames),) if q is not None]
    if found:
        mod.negated = True
        cues.append(found[0].text)
        notes.append(f"negated: quantified as none ('{found[0].text}')")


def _yes_no_question(anchor: Token, sent: Span) -> bool:
    """A question opened by an auxiliary of the act's clause ('Did the army shell ...?', 'Will the rebels
    attack ...?'); a wh-question ('Who shelled the market?') presupposes the act and is not one."""
    if not span_text(sent).rstrip().endswith("?"):
        return False  # no question mark closes it: no Token made for the sentence's words
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "?" or words[0].pos_ != "AUX" or words[0].dep_ not in ("aux", "auxpass"):
        return False
    return words[0].head in clause_chain(anchor)


def _imperative(anchor: Token, sent: Span) -> bool:
    """The act is an imperative: the bare verb that opens the sentence (after list numbers, adverbs or
    punctuation), or a verb coordinated with it, with no subject and no auxiliary, and an object
    ('Attack the hardest task first, kill notifications and raid your calendar'). A listicle's advice or a
    quoted order is not a report that the act happened."""
    head = anchor
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ != "ROOT" or head.tag_ != "VB" or span_text(sent).rstrip().endswith("?"):
        return False
    kids = list(head.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in kids) or not any(
            c.dep_ in ("dobj", "prt") for c in kids):
        return False
    lead = [t for t in sent if t.i < head.i and not (t.is_punct or t.is_space or t.like_num or t.pos_ in ("ADV", "SYM", "X"))]
    return not lead


def _subjunctive(tok: Token) -> bool:
    """A base-form verb with its own subject and no auxiliary is a wish, not a report."""
    kids = list(tok.children)
    return (tok.tag_ == "VB" and tok.dep_ in ("ccomp", "acl") and any(c.dep_ == "nsubj" for c in kids)
            and not any(c.dep_ in ("aux", "auxpass") for c in kids))


def _infinitive(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _under_speech(tok: Token, frames: Frames) -> bool:
    return any(h.lemma_.lower() in frames.speech_verbs for h in clause_chain(tok)[1:4])


def _governing_flags(anchor: Token, frames: Frames, mod: Modality, cues: list[str], notes: list[str]) -> None:
    """Heads above the trigger that make it unreal: 'denied shelling', 'plans to', 'if ...'."""
    chain = clause_chain(anchor)
    prev = anchor
    for head in chain[1:]:
        lemma = head.lemma_.lower()
        if prev.dep_ in ("advmod", "prt") and f"{lemma} {prev.lower_}" in frames.negating_phrases:
            mod.negated = True  # 'stopped short of accusing', 'held back from shelling'
            cues.append(f"{head.text} {prev.text}")
            notes.append(f"negated by governing phrase '{head.text} {prev.text}'")
            break
        particle = next((c for c in head.children if c.dep_ == "prt"
                         and f"{lemma} {c.lower_}" in frames.negating_phrases), None) if prev.dep_ == "dobj" else None
        if particle is not None:  # 'investigators ruled out arson', 'ruled out talks': its object did not happen
            mod.negated = True
            cues.append(f"{head.text} {particle.text}")
            notes.append(f"negated by governing phrase '{head.text} {particle.text}'")
            break
        if prev.dep_ not in _CLAUSE_UP:
            break
        if lemma in frames.speech_verbs and prev.dep_ == "ccomp":
            if any(c.dep_ == "neg" for c in head.children):  # 'could not confirm (that) X had happened'
                mod.hypothetical = True
                cues.append(head.text)
                notes.append(f"unconfirmed: under negated speech verb '{head.text}'")
            break
        if lemma in frames.absence_preps and prev.dep_ in ("pcomp", "pobj"):
            mod.negated = True  # 'without a single shot being fired', 'withdrew without firing a shot'
            cues.append(head.text)
            notes.append(f"negated: under '{head.text}'")
        elif lemma in frames.negating_verbs and prev.dep_ in ("xcomp", "dobj", "ccomp", "pcomp", "prep"):
            mod.negated = True
            cues.append(head.text)
            notes.append(f"negated by governing verb '{head.text}'")
        elif lemma in frames.deliberation_verbs and prev.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "prep"):
            mod.hypothetical = True  # 'is considering sending aid': only an option
            cues.append(head.text)
            notes.append(f"hypothetical: an option under '{head.text}'")
        elif lemma in frames.possibility_words and prev.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "prep", "acomp"):
            mod.hypothetical = True  # 'pessimistic about the possibility of a deal': only a prospect
            cues.append(head.text)
            notes.append(f"hypothetical: a prospect under '{head.text}'")
        elif lemma in frames.intent_words and _endpoint_clause(prev, frames):
            mod.hypothetical = True  # 'vowed to fight until they gain control': a condition of the vow, no act
            cues.append(head.text)
            notes.append(f"hypothetical: the end point of an intention ('{head.text}')")
        elif lemma in frames.intent_words and (prev.dep_ in ("xcomp", "ccomp", "prep", "acomp") or _infinitive(prev)):
            mod.future = True
            cues.append(head.text)
        for c in _aux_words(head):
            if c.dep_ == "neg" and prev.dep_ == "xcomp":
                mod.negated = True
                cues.append(c.text)
            if c.lower_ in ("will", "shall", "'ll") and prev.dep_ == "xcomp":
                mod.future = True
                cues.append(c.text)
            elif c.dep_ == "aux" and c.lower_ in frames.hypothetical_cues and prev.dep_ == "xcomp":
                mod.hypothetical = True  # 'a flaw an attacker could use to take control': a capability, not an act
                cues.append(c.text)
        prev = head
    for tok in chain[:4]:
        for c in children(tok, ("mark", "advcl")):  # the per-Doc tables: a Token only for these children
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                mod.hypothetical = True
                cues.append(c.text)
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                mod.hypothetical = True  # 'the militia will release them if the deal holds'
                cues.append(next(m.text for m in c.children if m.lower_ in ("if", "unless")))
                notes.append("conditional: depends on an if/unless clause")
        if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in tok.children):
            break


def _endpoint_clause(tok: Token, frames: Frames) -> bool:
    """'vowed to fight until they gain control': a clause that names the end point of an intended act
    ('until', 'till') is only the condition of the intention, no act of its own."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in frames.endpoint_marks for c in tok.children)


def _claim(anchor: Token, sent: Span, frames: Frames, mod: Modality, notes: list[str]) -> None:
    """Reported by someone: the subject of a governing speech verb, or 'according to X'. A claim of
    responsibility (the claimant says it did the act itself) is typed ``claim_kind = 'responsibility'``."""
    own = responsibility_claim(anchor, frames)
    if own is not None:
        verb, claimant = own
        mod.claimed, mod.claim_verb, mod.claim_kind = True, verb.lemma_.lower(), "responsibility"
        mod.claimant = actor_ref(claimant, "speaker").text if claimant is not None else None
        notes.append(f"claimed: responsibility claimed by its actor ('{verb.text}')")
        return
    for head in clause_chain(anchor)[1:]:
        if head.lemma_.lower() in frames.speech_verbs:
            subj = subject(head)
            mod.claimed, mod.claim_verb = True, head.lemma_.lower()
            if subj is not None and subj != anchor:
                mod.claimant = actor_ref(subj, "speaker").text
            notes.append(f"claimed: reported by speech verb '{head.text}'")
            return
    lower = doc_words(sent.doc).lower  # the per-Doc word table: no Token per word of the sentence
    for i in range(sent.start, sent.end):
        if lower[i] == "according" and i + 1 < sent.end and lower[i + 1] == "to":
            objs = children(sent.doc[i + 1], ("pobj",))
            mod.claimed, mod.claim_verb = True, "according"
            mod.claimant = actor_ref(objs[0], "according-to").text if objs else None
            notes.append("claimed: 'according to'")
            return


def responsibility_claim(anchor: Token, frames: Frames) -> tuple[Token, Token | None] | None:
    """(claim verb, claimant) when the act is claimed by its own actor (CAMEO 015): 'claimed
    responsibility for the attack', 'claimed the bombing', 'claimed that its fighters had attacked'."""
    prev = anchor
    for head in clause_chain(anchor)[1:4]:
        lemma = head.lemma_.lower()
        if lemma in frames.responsibility_nouns and prev.dep_ == "prep" and prev.lower_ == "for":
            verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
            if verb is not None and verb.lemma_.lower() in frames.responsibility_verbs:
                return verb, subject(verb)
            return None
        if lemma in frames.responsibility_verbs and lemma in frames.speech_verbs:
            claimant = subject(head)
            if prev.dep_ == "dobj" and prev.pos_ == "NOUN" and prev is anchor:
                return head, claimant  # 'IS claimed the bombing'
            if prev.dep_ == "ccomp" and claimant is not None and _same_party(subject(anchor), claimant):
                return head, claimant  # 'the rebels claimed that they had attacked ...'
            return None
        if prev.dep_ not in ("prep", "pobj"):
            return None
        prev = head
    return None


def _same_party(subj: Token | None, claimant: Token) -> bool:
    """The act's subject is the claimant, a pronoun for it, or its possessed fighters ('its fighters')."""
    if subj is None:
        return False
    if subj == claimant or antecedent(subj) == claimant:
        return True
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    return owner is not None and (owner == claimant or antecedent(owner) == claimant)
