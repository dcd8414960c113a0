"""Headline verbs the parser read as nouns.

The small English model parses a short present-tense headline such as "Gunmen torch houses in Zamfara"
or "Security forces storm party headquarters" as one noun phrase: "torch" and "storm" become compound
nouns, the line has no verb and no event is found. Headlines drop the article and write the present
tense; with a plural or collective subject that present is the verb's base form, the same letters as a
noun. So in a headline-like sentence (at most ``[ingest] headline_verb_max_words`` tokens, no finite
verb in the parse) a noun that is a known verb trigger's base form, right after a plural or collective
noun (the subject's head) and followed by a noun phrase (the object), is read as the sentence's verb:
the tree is rebuilt with that word as root (VBP), the noun phrase before it as its subject (nsubj),
the one after it as its direct object (dobj) and the prepositional phrases after the object on the verb.
Every other stage then reads an ordinary clause. Which words are verb triggers and which nouns are
collective actors is the events stage's knowledge, passed in by the pipeline (``HeadlineWords``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from truce.nlp import doc_words
from truce.nlp.headline_case import rebuild

_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Parts of speech a headline's noun phrases and prepositional phrases are made of; a sentence with any
# other word (a verb form, a conjunction, an adverb) is left as parsed.
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "PART", "PUNCT", "ADP", "SYM"})
_NOUN_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nsubj", "dobj", "pobj"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_KEEP_DEPS = frozenset({"compound", "amod", "det", "nummod", "poss", "punct", "nmod", "quantmod", "case"})


@dataclass(frozen=True)
class HeadlineWords:
    """What the repair must know: verb triggers' base forms and nouns that name a collective actor."""

    verbs: frozenset[str]
    collective: frozenset[str]


def repair_headline_verbs(doc: Doc, words: HeadlineWords, max_words: int) -> Doc:
    """``doc`` with every headline-like sentence whose verb was read as a noun parsed as a clause, or
    ``doc`` itself when there is none."""
    if max_words <= 0 or not doc.has_annotation("DEP"):
        return doc
    found = [(sent, hit) for sent in doc.sents if (hit := _headline_verb(sent, words, max_words)) is not None]
    rooted = [i for sent in doc.sents if (i := _noun_root_verb(sent, words, max_words)) is not None]
    if not found and not rooted:
        return doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    verbs = [hit for sent, hit in found if _rebuild_clause(sent, hit, heads, deps)]
    if not verbs and not rooted:
        return doc
    tags = [t.tag_ for t in doc]
    pos = [t.pos_ for t in doc]
    morphs = [str(t.morph) for t in doc]
    lemmas = [t.lemma_ for t in doc]
    for hit in verbs:
        i = hit.verb
        tags[i], pos[i], morphs[i], lemmas[i] = hit.tag, "VERB", "Tense=Pres|VerbForm=Fin", hit.lemma
        if hit.subject_retag:  # 'Exiles' tagged an adjective: the plural noun it is
            j = hit.subject
            tags[j], pos[j], lemmas[j] = "NNS", "NOUN", doc[j].lower_[:-1]
    for i in rooted:
        tags[i], pos[i], morphs[i], lemmas[i] = "VBP", "VERB", "Tense=Pres|VerbForm=Fin", doc[i].lower_
    return rebuild(doc, [t.text for t in doc], tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
                   heads=heads, deps=deps)


@dataclass(frozen=True)
class _Hit:
    """A headline's verb read as a noun: where it is, how to tag it, and where its clause ends."""

    verb: int
    tag: str  # VBP after a plural or collective subject, VBZ after a singular one ('RSF loots hospital')
    lemma: str
    subject: int
    end: int  # the clause's end: before a trailing attribution (', staff say')
    speech: int | None = None  # the attribution's verb, which governs the clause as in 'X did Y, staff say'
    subject_retag: bool = False
    participle: int | None = None  # a participle clause on the object ('Detain Journalist Covering Protest')


_SPEECH = frozenset({"say", "says", "said", "claim", "claims", "report", "reports"})


def _attribution(toks: list[Token]) -> tuple[int, int | None]:
    """How many of ``toks`` the headline's clause keeps, and the attribution's verb: a trailing ', <noun
    phrase> say(s)' ('Sudan's RSF Loots Hospital, Staff Say', '... kills two, governor says') is cut off; the
    speaker's phrase is nouns, adjectives and determiners only (the headline's own length bounds it)."""
    last = len(toks)
    while last and toks[last - 1].is_punct:
        last -= 1
    if not last or toks[last - 1].lower_ not in _SPEECH:
        return len(toks), None
    comma = next((k for k in range(last - 2, 0, -1) if toks[k].text in (",", "-", "--", "\u2013", "\u2014")), None)
    if comma is None or comma + 1 >= last - 1 or not all(_noun_like(t) or t.pos_ in ("DET", "ADJ")
                                                        for t in toks[comma + 1:last - 1]):
        return len(toks), None
    return comma, toks[last - 1].i


def _headline_verb(sent: Span, words: HeadlineWords, max_words: int) -> _Hit | None:
    """The noun to read as the sentence's verb, or None."""
    if len(sent) > 2 * max_words or _words_in(sent) > max_words:
        return None  # (too long a clause returns None below too; counted first without a Token per word)
    toks = [t for t in sent if not t.is_space]
    keep, speech = _attribution(toks)
    mark = next((k for k in range(2, keep) if toks[k].dep_ == "mark" and toks[k].pos_ == "SCONJ"), None)
    if speech is None and mark is not None:
        keep = mark  # 'Protesters Storm Ministry as Power Cuts Drag On': the 'as' clause keeps its own parse
    elif speech is None and (joined := _joined_clause(toks, keep)) is not None:
        keep = joined  # 'Gunmen storm church, kill priest': the second verb's clause joins the first
    clause = toks[:keep]
    if len(toks) > max_words or any(t.tag_ in _FINITE and not _noun_like(t) for t in clause):
        return None
    participle = next((t.i for t in clause[2:] if _participle_clause(t)), None)
    if any(t.pos_ not in _PHRASE_POS and not _noun_like(t) and not _initial_plural(t) and not _participle_modifier(t)
           and t.i != participle for t in clause):
        return None
    end = clause[-1].i + 1 if keep < len(toks) else sent.end
    # first a base form after a plural subject ('Security forces storm ...'), then a third-person form
    # after a singular one ('Sudan's RSF Loots Hospital'), so 'forces' is not read as a verb before 'storm'
    for third in (False, True):
        for k in range(1, len(clause) - 1):
            tok, before, after = clause[k], clause[k - 1], clause[k + 1]
            if not _noun_like(tok) or tok.ent_type_ in _NAME_ENTS:
                continue
            if not (_noun_like(before) or _initial_plural(before)) or not (
                    _noun_like(after) or after.pos_ in ("ADJ", "NUM", "DET")):
                continue
            subj = _phrase_head(sent.doc, sent.start, tok.i)
            retag = subj is None and _initial_plural(before)
            subj = before.i if retag else subj
            if subj is None:
                continue
            head = sent.doc[subj]
            if participle is not None and participle < tok.i:
                continue  # the participle must describe the object ('Journalist Covering Protest')
            if not third and tok.lower_ in words.verbs and (retag or _plural_or_collective(head, words)):
                return _Hit(tok.i, "VBP", tok.lower_, subj, end, speech, retag, participle)
            stem = _third_person_stem(tok, words) if third and not retag else None
            if stem is not None and head.tag_ in ("NN", "NNP"):
                return _Hit(tok.i, "VBZ", stem, subj, end, speech, participle=participle)
    return None


def _joined_clause(toks: list[Token], keep: int) -> int | None:
    """Where a headline's second clause, joined by a comma and opening with its present-tense verb, begins
    ('Gunmen storm church in northern town, kill priest'; the parse reads only the second verb as one)."""
    return next((k for k in range(2, keep - 1) if toks[k].text == "," and toks[k + 1].pos_ == "VERB"
                 and toks[k + 1].tag_ in ("VB", "VBP", "VBZ")), None)


def _words_in(sent: Span) -> int:
    """The sentence's tokens that are no whitespace (``not tok.is_space``), from the Doc's word table."""
    text = doc_words(sent.doc).text
    return sum(1 for k in range(sent.start, sent.end) if not text[k].isspace())


def _participle_clause(tok: Token) -> bool:
    """A participle opening a clause on the noun before it ('Journalist Covering Protest', 'Hostages Held by
    Rebels'): the object's description, which keeps its own parse."""
    return tok.tag_ in ("VBG", "VBN") and tok.dep_ == "acl"


def _participle_modifier(tok: Token) -> bool:
    """A participle used as an adjective inside a noun phrase ('detained journalists', 'displaced families')."""
    return tok.tag_ in ("VBN", "VBG") and tok.dep_ == "amod"


def _initial_plural(tok: Token) -> bool:
    """A headline's capitalised first word in the plural that the tagger read as an adjective or a name
    ('Exiles demand release ...')."""
    sent = tok.sent
    first = next((t for t in sent if not t.is_space), None)
    return (tok == first and tok.tag_ in ("JJ", "NNP") and tok.text[:1].isupper() and tok.ent_type_ not in _NAME_ENTS
            and tok.lower_.endswith("s") and not tok.lower_.endswith("ss"))


def _third_person_stem(tok: Token, words: HeadlineWords) -> str | None:
    """The verb trigger a plural-looking noun is the third-person form of ('Loots', 'Seizes', 'Torches'),
    after a singular subject the present tense takes '-s' ('Sudan's RSF Loots Hospital')."""
    low = tok.lower_
    if tok.tag_ not in ("NNS", "NNPS") or not low.endswith("s"):
        return None
    for stem in (low[:-1], low[:-2] if low.endswith("es") else None):
        if stem and stem in words.verbs:
            return stem
    return None


def _noun_root_verb(sent: Span, words: HeadlineWords, max_words: int) -> int | None:
    """A headline whose parse already has a clause's shape around a noun ('Protesters Storm/NN Parliament
    ... as Tax Anger Boils Over': the root noun has a subject and a direct object): that noun, a verb
    trigger's base form, is the verb; only its tag changes."""
    root = sent.root  # the root's tests first: most sentences fail them, and need no Token per word
    if root.pos_ != "NOUN" or root.lower_ not in words.verbs or root.ent_type_ in _NAME_ENTS:
        return None
    if _words_in(sent) > max_words:
        return None
    deps = {c.dep_ for c in root.children}
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if "dobj" not in deps or subj is None or subj.i > root.i or not _plural_or_collective(subj, words):
        return None
    return root.i


def _noun_like(tok: Token) -> bool:
    """A noun, or a verb form the parse hangs inside a noun phrase ("recruit" a compound of "fighters")."""
    return tok.pos_ in _NOMINAL or (tok.tag_ in ("VB", "VBP") and tok.dep_ in _NOUN_DEPS)


def _plural_or_collective(tok: Token, words: HeadlineWords) -> bool:
    """A subject that takes the base form: a plural ("gunmen", "forces") or a collective actor ("police")."""
    return tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in words.collective or tok.lower_ in words.collective


def _phrase_head(doc: Doc, lo: int, hi: int) -> int | None:
    """The head of the noun phrase opening ``doc[lo:hi]``: its last noun before a preposition."""
    head = None
    for j in range(lo, hi):
        if doc[j].pos_ == "ADP":
            break
        if _noun_like(doc[j]) or doc[j].pos_ == "NUM":
            head = j
    return head


def _rebuild_clause(sent: Span, hit: _Hit, heads: list[int], deps: list[str]) -> bool:
    """Write the clause's tree into ``heads``/``deps``: the subject phrase, the verb, the object and the
    prepositional phrases after it; a trailing attribution's verb governs the clause (ccomp) as in
    ordinary prose. False (nothing written) when a part is missing."""
    doc = sent.doc
    verb = hit.verb
    lo, hi = sent.start, hit.end
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    obj = _phrase_head(doc, verb + 1, hi)
    subj = hit.subject if hit.subject_retag else _phrase_head(doc, lo, verb)
    if obj is None or subj is None:
        return False
    part = hit.participle
    if part is not None and _phrase_head(doc, verb + 1, part) is None:
        return False
    heads[verb], deps[verb] = verb, "ROOT"
    _attach_phrases(doc, lo, verb, verb, "nsubj", heads, deps)
    _attach_phrases(doc, verb + 1, hi if part is None else part, verb, "dobj", heads, deps)
    if part is not None:  # the participle clause hangs on the object's head; its words keep their parse
        obj_head = _phrase_head(doc, verb + 1, part)
        heads[part], deps[part] = obj_head, "acl"
        for j in range(part + 1, hi):
            if not _reaches(heads, j, part) or heads[j] < part:
                heads[j] = part
    if hit.speech is not None:
        say = hit.speech
        heads[verb], deps[verb] = say, "ccomp"
        heads[say], deps[say] = say, "ROOT"
        speaker = _phrase_head(doc, hit.end + 1, say)
        for j in range(hi, say):  # the comma and the speaker's phrase
            if speaker is not None and hit.end < j < say and j != speaker:
                heads[j] = speaker if not _reaches(heads, j, speaker) else heads[j]
            elif j == speaker:
                heads[j], deps[j] = say, "nsubj"
            else:
                heads[j], deps[j] = say, "punct"
        for j in range(say + 1, sent.end):
            heads[j], deps[j] = say, "punct"
        return True
    if hit.end < sent.end:  # an adverbial clause after the headline's own ('as power cuts drag on')
        tail = range(hit.end, sent.end)
        roots = [j for j in tail if heads[j] not in tail or heads[j] == j]
        main = next((j for j in roots if doc[j].pos_ in ("VERB", "AUX")), roots[0] if roots else None)
        joined = "conj" if doc[hit.end].text == "," else "advcl"  # ', kill priest' shares the subject
        for j in roots:
            heads[j], deps[j] = (verb, joined) if j == main else (main, deps[j] if doc[j].dep_ != "ROOT" else "dep")
        for j in range(hi, hit.end):
            heads[j], deps[j] = verb, "punct"
        return True
    for j in range(hi, sent.end):
        heads[j], deps[j] = verb, "punct"
    return True


def _attach_phrases(doc: Doc, lo: int, hi: int, verb: int, role: str, heads: list[int], deps: list[str]) -> None:
    """``doc[lo:hi]``: a noun phrase (``role`` of the verb) then prepositional phrases. The first phrase's
    preposition hangs from the subject's head (''gunmen on motorbikes''), after the object from the verb."""
    segments = _segments(doc, lo, hi)
    first_lo, first_hi = segments[0]
    first = _chunk(doc, first_lo, first_hi, heads, deps)
    heads[first], deps[first] = verb, role
    anchor = first if role == "nsubj" else verb
    for seg_lo, seg_hi in segments[1:]:
        heads[seg_lo], deps[seg_lo] = anchor, "prep"
        if seg_hi > seg_lo + 1:
            inner = _chunk(doc, seg_lo + 1, seg_hi, heads, deps)
            heads[inner], deps[inner] = seg_lo, "pobj"


def _segments(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """``doc[lo:hi]`` cut before each preposition."""
    cuts = [lo] + [j for j in range(lo + 1, hi) if doc[j].pos_ == "ADP"] + [hi]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _chunk(doc: Doc, lo: int, hi: int, heads: list[int], deps: list[str]) -> int:
    """Make ``doc[lo:hi]`` one phrase under its last noun (its head, returned); a word whose parse already
    hangs it inside the phrase keeps its head."""
    head = _phrase_head(doc, lo, hi)
    if head is None:
        head = hi - 1
    for j in range(lo, hi):
        if j == head:
            continue
        if not _reaches(heads, j, head):
            heads[j] = head
            deps[j] = deps[j] if deps[j] in _KEEP_DEPS else _modifier_dep(doc[j].pos_)
    return head


def _reaches(heads: Sequence[int], j: int, target: int) -> bool:
    """Whether following heads from ``j`` reaches ``target`` (so ``j`` stays inside the phrase's tree)."""
    seen = set()
    while j not in seen:
        if j == target:
            return True
        seen.add(j)
        j = heads[j]
    return False


def _modifier_dep(pos: str) -> str:
    return {"ADJ": "amod", "DET": "det", "NUM": "nummod", "PUNCT": "punct", "PART": "case"}.get(pos, "compound")
