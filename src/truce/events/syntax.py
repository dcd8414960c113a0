"""Dependency helpers: noun-phrase spans, subjects, objects, coordination.

Rules read spaCy's English dependency labels (ClearNLP style: nsubj, dobj,
agent, pobj, prt, xcomp, ccomp, relcl ...).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from truce.events.settings import events_settings
from truce.nlp import doc_deps, doc_ents, doc_kids, doc_words, sentence_bounds, span_text
from truce.records import ActorRef

# Children kept inside an actor noun phrase (left modifiers and "of" complements).
_NP_KEEP = {"compound", "amod", "poss", "nmod", "nummod", "quantmod", "case", "det", "predet", "npadvmod",
            "advmod", "punct", "prep", "pobj", "hmod", "hyph", "appos"}
_NP_DROP = {"relcl", "acl", "cc", "conj", "advcl", "ccomp", "xcomp", "prt"}
_LEAD_TRIM = {"the", "a", "an", "some", "its", "their", "his", "her", "this", "that", "these", "those", ","}
SUBJ = ("nsubj", "csubj", "expl")
PASS_SUBJ = ("nsubjpass", "csubjpass")


# Quantity heads: 'thousands of Iraqi Kurds' names the Kurds ('scores of refugees', 'dozens of civilians').
_QUANTITY = {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "million",
             "millions", "ten", "tens", "number", "handful", "couple", "some", "many", "most", "all", "both"}
_NUMBER_DEPS = {"nummod", "quantmod"}
_LOCATIVE = {"in", "near", "from"}


def np_head(head: Token) -> Token:
    """Skip a quantity head to the noun it counts ('thousands of Kurds' -> 'Kurds')."""
    for _ in range(3):
        if head.lower_ not in _QUANTITY and head.ent_type_ not in ("CARDINAL", "QUANTITY"):
            break
        inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
        if not inner:
            break
        head = inner[0]
    return head


def _locative(child: Token, head: Token) -> bool:
    """'rebels in Darfur', 'security forces in Guinea': a named place qualifies who the actor is."""
    if child.dep_ != "prep" or child.lower_ not in _LOCATIVE or child.i < head.i or head.ent_type_:
        return False
    objs = [o for o in child.children if o.dep_ == "pobj"]
    return bool(objs) and objs[0].ent_type_ in ("GPE", "LOC") and len(list(objs[0].subtree)) <= \
        events_settings().locative_max_tokens


def _origin(child: Token, head: Token) -> bool:
    """'gunmen from Jabhat Fajr al-Sahil', 'fighters from the Front': a named group or place says who
    the people are, so it belongs to the actor span (the actor coder then codes the group)."""
    if child.dep_ != "prep" or child.lower_ != "from" or child.i < head.i or head.tag_ != "NNS":
        return False
    objs = [o for o in child.children if o.dep_ == "pobj"]
    return bool(objs) and objs[0].pos_ == "PROPN" and len(list(objs[0].subtree)) <= events_settings().origin_max_tokens


def np_tokens(head: Token, top: bool = True) -> list[Token]:
    """The head's noun phrase: compounds, adjectives, possessors, 'of' complements, a locative naming a
    place ('rebels in Darfur'); no clauses, no counts ('thousands of', 'up to 100').
    Coordination splits actors at the top ('Egypt and Turkey') but stays inside a modifier
    ('Hungarian and Romanian officials')."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _NP_DROP and (top or child.dep_ not in ("cc", "conj")):
            continue
        if top and (_locative(child, head) or _origin(child, head)):
            keep.extend(child.subtree)
            continue
        if child.dep_ == "prep" and (child.i < head.i or child.lower_ != "of"):
            continue
        if child.dep_ == "appos" or (child.dep_ == "punct" and child.i > head.i):
            continue
        if child.dep_ in _NP_KEEP or child.i < head.i or not top:
            keep.extend(np_tokens(child, top=False) if child.dep_ != "det" else [child])
    keep.sort(key=lambda t: t.i)
    if not top:
        return keep
    while len(keep) > 1 and keep[0] != head and (keep[0].lower_ in _LEAD_TRIM or keep[0].is_space
                                                 or _count_word(keep[0], head)):
        keep = keep[1:]
    while len(keep) > 1 and (keep[-1].is_punct or keep[-1].is_space or keep[-1].dep_ == "case"):
        keep = keep[:-1]
    return _contiguous(keep, head)[:events_settings().max_np_tokens]


def _count_word(tok: Token, head: Token) -> bool:
    """A leading count: 'up to 100', 'at least eight', 'more than 30', 'some 500'."""
    if tok.dep_ in _NUMBER_DEPS or tok.like_num:
        return True
    return tok.dep_ in ("advmod", "quantmod", "amod") and tok.head.dep_ in _NUMBER_DEPS and tok.head.head == head \
        or (tok.head.like_num and tok.i < tok.head.i)


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """Keep the contiguous run around the head (a parse can attach far-away tokens). A head trimmed away
    (a stray symbol the parser made the head: 'Rebels # shelled ...') is replaced by its nearest token."""
    if not tokens:
        return [head]
    idx = [t.i for t in tokens]
    lo = hi = idx.index(head.i) if head.i in idx else min(range(len(idx)), key=lambda k: abs(idx[k] - head.i))
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    return tokens[lo:hi + 1]


_PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"}


def antecedent(pron: Token) -> Token | None:
    """In-sentence antecedent of a pronoun: the speaker of the speech verb above it
    ('Syria says it will ...'), else the main subject before it."""
    if pron.lower_ not in _PRONOUNS:
        return None
    cur = pron.head
    for _ in range(6):
        subj = children(cur, SUBJ)
        if subj and subj[0] != pron and subj[0].i < pron.i and subj[0].lower_ not in _PRONOUNS \
                and subj[0].pos_ in ("NOUN", "PROPN"):
            return subj[0]
        if cur.head == cur:
            break
        cur = cur.head
    return _previous_person(pron) if pron.lower_ in _PERSONAL else None


_PERSONAL = {"he", "she", "his", "her"}


def _previous_person(pron: Token) -> Token | None:
    """'He said ...' opening a sentence: the last person named in the two sentences before it."""
    sent = pron.sent
    if any(e.label_ == "PERSON" and e.end <= pron.i for e in sent.ents):
        return None  # a person earlier in the same sentence: too ambiguous to pick
    window = [e for e in doc_ents(pron.doc) if e.label_ == "PERSON" and e.end <= sent.start]
    sents = sentence_bounds(pron.doc)  # (start, end, ...) per sentence, once per Doc
    k = next((n for n, s in enumerate(sents) if s[0] == sent.start), 0)
    lower = sents[max(0, k - 2)][0]
    window = [e for e in window if e.start >= lower]
    return window[-1].root if window else None


def actor_ref(head: Token, rule: str) -> ActorRef:
    ante = antecedent(head)
    if ante is not None:
        ref = actor_ref(ante, rule)
        ref.reason = f"span:{rule}; pronoun '{head.text}' resolved to the subject above it"
        return ref
    toks = np_tokens(np_head(head))
    doc = head.doc
    lo, hi = _with_entity(toks[0].i, toks[-1].i + 1, head)
    while lo < head.i and (doc[lo].lower_ in _LEAD_TRIM or doc[lo].is_punct):
        lo += 1  # 'the Europe Bridge', '-member force' (after a count was dropped)
    span = doc[lo:hi]
    return ActorRef(text=span_text(span), start=span.start_char, end=span.end_char, reason=f"span:{rule}")


_NAME_ENTS = ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC")


def _with_entity(lo: int, hi: int, head: Token) -> tuple[int, int]:
    """Never cut a name: a span whose head lies in a named entity covers all of it
    ('Libyan Observatory for Human Rights', not 'Libyan Observatory')."""
    max_np = events_settings().max_np_tokens
    for start, end in _name_entities(head.doc):
        if start <= head.i < end and end - start <= max_np:
            return min(lo, start), max(hi, end)
    return lo, hi


_NAMES_KEY = "truce.events.name_entities"


def _name_entities(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the Doc's entities with a ``_NAME_ENTS`` label, in order, once per Doc."""
    got = doc.user_data.get(_NAMES_KEY)
    if got is None:
        got = doc.user_data[_NAMES_KEY] = [(e.start, e.end) for e in doc_ents(doc) if e.label_ in _NAME_ENTS]
    return got


_DATELINE_END = {"-", "\u2013", "\u2014", "(", ","}


def is_dateline(tok: Token) -> bool:
    """'TRIPOLI, March 3 (Agency) - ...': the capitalised place that opens a wire story is where it was
    filed, never an actor or recipient."""
    st = events_settings()
    if not (tok.is_upper and tok.is_alpha and len(tok) > st.dateline_short_letters) or tok.i > st.dateline_max_token:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (nxt.text in _DATELINE_END or (nxt.is_upper and nxt.is_alpha))


def conjuncts(token: Token) -> list[Token]:
    """The token and everything coordinated with it ("Egypt and Turkey")."""
    out = [token]
    for conj in token.conjuncts:
        if conj.pos_ in ("NOUN", "PROPN", "PRON") or conj.ent_type_:
            out.append(conj)
    return sorted(set(out), key=lambda t: t.i)


def children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    """The token's children with one of these dependency labels, in text order (read from the per-Doc
    child and label tables: a Token is made only for a child that is kept)."""
    doc = token.doc
    kids = doc_kids(doc)[token.i]
    if not kids:
        return []
    labels = doc_deps(doc)
    return [doc[j] for j in kids if labels[j] in deps]


def left_children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    """``children`` before the token (its ``lefts`` with one of these labels), in text order: from the
    per-Doc tables, a Token made only for a child that is kept (``tok.lefts`` makes one per child)."""
    doc = token.doc
    i = token.i
    kids = doc_kids(doc)[i]
    if not kids or kids[0] > i:
        return []
    labels = doc_deps(doc)
    return [doc[j] for j in kids if j < i and labels[j] in deps]


def left_words(token: Token, deps: tuple[str, ...]) -> list[str]:
    """The lower-case forms (``lower_``) of ``left_children``, with no Token made."""
    doc = token.doc
    i = token.i
    kids = doc_kids(doc)[i]
    if not kids or kids[0] > i:
        return []
    labels, lower = doc_deps(doc), doc_words(doc).lower
    return [lower[j] for j in kids if j < i and labels[j] in deps]


def child_words(token: Token, deps: tuple[str, ...]) -> list[str]:
    """The lower-case forms (``lower_``) of ``children``, with no Token made."""
    doc = token.doc
    labels, lower = doc_deps(doc), doc_words(doc).lower
    return [lower[j] for j in doc_kids(doc)[token.i] if labels[j] in deps]


def is_simultaneous(clause: Token, marks: frozenset[str]) -> bool:
    """An adverbial clause told as happening at the same time as its main clause ("killed when soldiers
    opened fire", "as militants stormed the base"; ``marks``: frames.yaml ``simultaneous_marks``)."""
    return clause.dep_ == "advcl" and bool(set(child_words(clause, ("mark", "advmod"))) & marks)


def has_child(token: Token, deps: tuple[str, ...]) -> bool:
    """Whether some child has one of these dependency labels (``children`` without making Tokens)."""
    labels = doc_deps(token.doc)
    return any(labels[j] in deps for j in doc_kids(token.doc)[token.i])


def is_passive(verb: Token) -> bool:
    """A passive verb, a past participle modifying a noun ("five soldiers killed in an ambush", "a convoy
    attacked by gunmen": a reduced passive whose noun is what undergoes the act), or a verb with a 'by'
    agent (a headline's passive without auxiliary)."""
    return has_child(verb, ("auxpass", "nsubjpass", "csubjpass", "agent")) or \
        (verb.dep_ == "acl" and verb.tag_ == "VBN" and misparsed_past(verb) is None)


def misparsed_past(verb: Token) -> Token | None:
    """The subject noun of a past tense the parser read as a participle on a noun root: "a column of
    20 trucks advanced towards Kelby ... and set up positions" (root "column", "advanced" an acl of
    "trucks", "set" a finite conjunct of the root). The finite conjunct shows the sentence is a
    subject with two past-tense predicates, not a headline passive ("Five soldiers killed in blast")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or has_child(verb, ("agent",)):
        return None
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if any(c.dep_ == "conj" and c.tag_ == "VBD" for c in head.children) else None


_LEFT_SUBJECT_DEPS = ("nsubj", "nmod", "compound")


def adjectival_past(tok: Token) -> tuple[Token, Token] | None:
    """(subject, object) of a past tense the parser read as an adjective on a noun root: "The Houthis
    massed fighters near the border" (root "fighters", "massed" its amod, "Houthis" its nsubj). A sentence
    whose root is a noun with a noun of its own before the participle is a subject, a verb and its object,
    not a noun phrase ("the banned group" has only a determiner before it). None for a well-parsed one."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN"):
        return None
    head = tok.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i < tok.i:
        return None
    subj = [c for c in head.children if c.i < tok.i and c.dep_ in _LEFT_SUBJECT_DEPS
            and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not subj or any(c.dep_ == "amod" and tok.i < c.i < head.i and c.tag_ in ("VBD", "VBN") for c in head.children):
        return None
    return subj[0], head


def misparsed_verb(tok: Token) -> Token | None:
    """The word that carries the clause of a past tense the parser read as a noun: "Gunmen on a
    motorcycle shot dead a councillor" (the small model makes "motorcycle shot" a noun in the "on"
    phrase and hangs the clause, subject and object, on "dead"). An adjective takes no direct object;
    one that does, right after a noun, shows that noun is the clause's verb and the adjective its
    resultative complement ("shot dead", "beaten unconscious"). None for a well-parsed sentence."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(doc):
        return None
    nxt = doc[tok.i + 1]
    if nxt.pos_ != "ADJ" or nxt.sent.start != tok.sent.start:
        return None
    return nxt if any(c.dep_ == "dobj" for c in nxt.children) else None


def passive_subjects(verb: Token) -> list[Token]:
    """What undergoes a passive verb: its passive subject, the noun a reduced passive modifies, or - in
    a headline's passive without auxiliary that the parser reads as active ("Three officers shot dead by
    gunmen") - its subject."""
    found = children(verb, ("nsubjpass",))
    if found:
        return found
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and misparsed_past(verb) is None):
        return [verb.head]
    if has_child(verb, ("agent",)) and not has_child(verb, ("auxpass",)):
        return children(verb, ("nsubj",))
    return []


def subject(verb: Token, depth: int = 0) -> Token | None:
    """Active subject, inherited through xcomp/conj/advcl heads ("agreed to extend", "attacked and killed")."""
    found = children(verb, SUBJ)
    if found:
        return found[0]
    if depth > events_settings().subject_max_depth or verb.head == verb:
        return None
    head = verb.head
    if verb.dep_ == "xcomp":
        objs = children(head, ("dobj",))
        return objs[0] if objs and head.lemma_ in ("urge", "ask", "order", "force", "call", "press", "pressure", "tell") else subject(head, depth + 1)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)
    if verb.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return head  # a parse that hangs "... and set up positions" on the subject noun itself
    if verb.dep_ in ("acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)  # "Syria says it is willing to ...": the subject of "is"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ in ("advcl", "acl") and (verb.tag_ in ("VBG", "VBN") or infinitive) and head.pos_ in ("VERB", "AUX"):
        return subject(head, depth + 1)
    if verb.dep_ == "relcl" and not is_passive(verb):
        return head
    misparsed = misparsed_past(verb)
    if misparsed is not None:
        return misparsed
    adjectival = adjectival_past(verb)
    if adjectival is not None:
        return adjectival[0]
    if verb.dep_ == "acl" and (verb.tag_ == "VBG" or infinitive) and head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB" \
            and not is_observation_verb(head.head):
        return subject(head.head, depth + 1)  # 'issued a declaration demanding ...'
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return head  # 'a column of army vehicles moving into ...', 'monitors saw soldiers crossing ...'
    if verb.dep_ == "pcomp" and head.head.pos_ == "VERB":
        return subject(head.head, depth + 1)
    return None


def is_observation_verb(verb: Token) -> bool:
    """A verb of observation or report (frames.yaml observation_verbs: 'saw', 'observed', 'reported'):
    whoever does it saw or told the act of its object; it did not do it."""
    from truce.events.frames import load_frames

    return verb.lemma_.lower() in load_frames().observation_verbs


def characterises(verb: Token) -> bool:
    """A verb with an object predicate names what its object was ("the spokesman called the attack a clear
    violation", "termed the raids a provocation"): its subject characterised the act, it did not do it
    (nor does "called" carry the noun as a light verb would in "called a strike")."""
    return any(c.dep_ == "oprd" for c in verb.children) or is_observation_verb(verb)


def passive_agent(verb: Token) -> Token | None:
    for agent in children(verb, ("agent",)):
        objs = children(agent, ("pobj",))
        if objs:
            return objs[0]
    return None


def direct_objects(verb: Token) -> list[Token]:
    found = children(verb, ("dobj", "dative", "attr"))
    if not found and verb.dep_ == "relcl" and is_passive(verb):
        return []
    return found


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    out = []
    for prep in token.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
            out.extend(children(prep, ("pobj",)))
    return out


def clause_verb(token: Token) -> Token:
    """The verb a (nominal) trigger hangs from, for modality and roles."""
    cur = token
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur
