"""Habitual and durative clauses: a pattern of events ('have been used repeatedly'), not one report."""

from __future__ import annotations

from spacy.tokens import Token

from truce.events.article import ArticleRules

_CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "xcomp", "parataxis")


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds the trigger (a noun's governing verb)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _own_clause(verb: Token) -> list[Token]:
    """The verb's tokens without nested clauses (a 'said ... repeatedly' above does not count)."""
    out, stack = [], [verb]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS
                     and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return sorted(out, key=lambda t: t.i)


def habitual_cue(anchor: Token, rules: ArticleRules) -> str | None:
    """The word or phrase that makes the trigger's clause habitual or durative, if any."""
    verb = _clause_verb(anchor)
    clause = _own_clause(verb)
    for t in clause:
        if t.dep_ == "advmod" and t.lower_ in rules.habitual_adverbs:
            return t.text
    text = " " + " ".join(t.lower_ for t in clause) + " "
    for phrase in rules.habitual_phrases:
        if f" {phrase} " in text:
            return phrase
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    for t in clause:
        if perfect and t.lower_ in ("for", "since") and any(_duration(c, rules) for c in t.children if c.dep_ == "pobj"):
            return " ".join(x.text for x in t.subtree)
    return None


def _duration(obj: Token, rules: ArticleRules) -> bool:
    """'for (three) years', 'since 2022', 'for most of the year': the object itself names a span of time."""
    if obj.lower_ in rules.duration_nouns or (obj.like_num and len(obj.text) == 4):
        return True
    inner = [g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in rules.duration_nouns or g.lower_ in rules.duration_nouns for g in inner)
