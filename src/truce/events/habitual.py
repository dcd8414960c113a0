"""Habitual and durative clauses: a pattern of events ('have been used repeatedly'), not one report."""

from __future__ import annotations

from spacy.tokens import Token

from truce.events.article import ArticleRules
from truce.nlp import doc_deps, doc_kids, doc_pos, doc_words

_CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "xcomp", "parataxis")


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds the trigger (a noun's governing verb)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _own_clause(verb: Token) -> list[Token]:
    """The verb's tokens without nested clauses (a 'said ... repeatedly' above does not count)."""
    return [verb.doc[i] for i in _own_clause_ids(verb)]


def _own_clause_ids(verb: Token) -> list[int]:
    """``_own_clause`` as token indices, walked in the per-Doc child and label tables (no Tokens)."""
    doc = verb.doc
    kids, deps, pos = doc_kids(doc), doc_deps(doc), doc_pos(doc)
    out, stack = [], [verb.i]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in kids[t] if deps[c] not in _CLAUSE_DEPS
                     and not (deps[c] == "conj" and pos[c] in ("VERB", "AUX")))
    return sorted(out)


def habitual_cue(anchor: Token, rules: ArticleRules) -> str | None:
    """The word or phrase that makes the trigger's clause habitual or durative, if any."""
    verb = _clause_verb(anchor)
    doc = verb.doc
    table, deps = doc_words(doc), doc_deps(doc)
    clause = _own_clause_ids(verb)
    for i in clause:
        if deps[i] == "advmod" and table.lower[i] in rules.habitual_adverbs:
            return table.text[i]
    text = " " + " ".join(table.lower[i] for i in clause) + " "
    for phrase in rules.habitual_phrases:
        if f" {phrase} " in text:
            return phrase
    span = _span_of_time(anchor, verb, rules)
    if span:
        return span
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    for t in (doc[i] for i in clause if perfect):
        if t.lower_ in ("for", "since") and any(_duration(c, rules) for c in t.children if c.dep_ == "pobj"):
            return " ".join(x.text for x in t.subtree)
    return _durative_reason(verb, perfect, rules)


def _durative_reason(verb: Token, perfect: bool, rules: ArticleRules) -> str | None:
    """A reason clause whose perfect progressive verb lasts for days ("... acted in self-defence because
    troops had been shelling their villages for two days"): the conduct a claim answers, told as its
    ground, not a dated happening (a main clause "troops have been shelling the town for three days"
    stays a report: only a clause given as a reason is context)."""
    if not perfect or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in rules.reason_marks for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lower_ in rules.reason_duration_nouns for g in prep.children):
            return " ".join(x.text for x in prep.subtree)
    return None


def _duration(obj: Token, rules: ArticleRules) -> bool:
    """'for (three) years', 'since 2022', 'for most of the year': the object itself names a span of time."""
    if obj.lower_ in rules.duration_nouns or (obj.like_num and len(obj.text) == 4):
        return True
    inner = [g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in rules.duration_nouns or g.lower_ in rules.duration_nouns for g in inner)


def _span_of_time(anchor: Token, verb: Token, rules: ArticleRules) -> str | None:
    """A stretch of time standing for the happening: the trigger is what a span of time is made of ("years
    of violence", "after months of fighting"), or the clause's passive agent is such a span ("Cabo Delgado
    has been hit by years of violence", "plagued by decades of conflict"). Such a sentence sums up a
    region's history; it names no happening a report could be of."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and _duration_of(anchor.head.head, rules):
        return f"{anchor.head.head.text} of {anchor.text}"
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for obj in (g for g in agent.children if g.dep_ == "pobj" and _duration_of(g, rules)):
            return f"{agent.text} {obj.text} of"
    return None


def _duration_of(tok: Token, rules: ArticleRules) -> bool:
    """'years of', 'a decade of': a duration noun that a span of something fills."""
    return tok.lower_ in rules.duration_nouns and any(c.lower_ == "of" and c.dep_ == "prep" for c in tok.children)
