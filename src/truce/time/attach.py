"""Which date expression belongs to an event trigger, read from the dependency parse.

An expression's syntactic home is the first clause head (verb) above it. The
closer that home is to the trigger's own clause, the stronger the claim:

    0 attached-to-trigger   the expression modifies the trigger itself ("Monday's attack", "attack on Monday",
                            "the shelling, which lasted until Tuesday")
    1 trigger-clause        it modifies the trigger's clause ("launched an attack on Monday"), or a clause
                            under it that happens at the same moment ("were killed when a bomb exploded
                            two days ago": ``_simultaneous``; after the trigger's own clause's expressions)
    2 coordinated-clause    the clauses are conjuncts ("shelled the town and burned houses on Monday")
    3 governing-clause      it modifies a clause above the trigger ("said on Tuesday that rebels attacked")
    4 subordinate-clause    it modifies a clause below the trigger ("fled after crowds gathered on Sunday")
    5 same-sentence         anywhere else in the sentence

Expressions inside relative clauses, clausal subjects and "after/before/since/until" clauses that
do not contain the trigger describe another happening and are never used, except a participle
describing the trigger's subject when that subject is a weapon ("A grenade thrown at a stall on
Sunday night wounded seven"): the weapon's use is the attack itself, so it counts as the trigger's
clause (``_weapon_use``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from truce.nlp import char_span, doc_text
from truce.time.expressions import DateExpr
from truce.time.lexicon import answer_nouns, lexicon, simultaneity_marks, temporal_marks

RULES = ("attached-to-trigger", "trigger-clause", "coordinated-clause", "governing-clause",
         "subordinate-clause", "same-sentence")
# Clauses that describe another happening: relative clauses and verbs used as noun arguments
# (a reduced relative the parser read as a subject: "The truce signed on May 1 was broken").
_FOREIGN_CLAUSES = frozenset({"relcl", "acl", "nsubj", "nsubjpass", "csubj", "csubjpass"})
# Seen from the trigger's side a subject clause is the trigger itself ("Shelling began at 3 a.m.").
_TRIGGER_SIDE = frozenset({"relcl", "acl"})


@dataclass(frozen=True)
class Attachment:
    """An expression chosen for a trigger and why."""

    expr: DateExpr
    level: int
    home: Token | None  # the clause head the expression attaches to

    @property
    def rule(self) -> str:
        return RULES[self.level]

    @property
    def via_reporting_verb(self) -> bool:
        """True when the date belongs to a "said"-type verb governing the trigger, or coordinated with it (the
        parser reads "... killed six people, not four, the local chief said on Monday" as "killed and said")."""
        return self.rule in ("governing-clause", "coordinated-clause") and self.home is not None and \
            self.home.lemma_.lower() in lexicon()["reporting_verbs"]


def is_clause_head(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT"


def clause_of(tok: Token) -> Token:
    """The nearest clause head at or above ``tok``."""
    while not is_clause_head(tok) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conj_root(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _inside_other_event(span: Span, stop: Token) -> bool:
    """True for "after Monday's truce": the date sits in a phrase naming another happening; and for "in
    retaliation for the arrest of its members last week": what an act answers happened before it."""
    tok = span.root.head
    while tok.i != stop.i and tok.head.i != tok.i:
        if (tok.lower_ in temporal_marks() or tok.lemma_.lower() in answer_nouns()) and tok.i != span.root.head.i:
            return True
        tok = tok.head
    return False


def _home(span: Span, trigger: Token) -> Token | None:
    """Clause head above the expression; None when the path meets the trigger first."""
    tok = span.root
    while True:
        if tok.i == trigger.i:
            return None
        if not (span.start <= tok.i < span.end) and is_clause_head(tok):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head


def _blocked(home: Token, stop: Token, foreign: frozenset[str] = _FOREIGN_CLAUSES) -> bool:
    """True when, between ``home`` and ``stop``, a relative or temporal clause walls it off."""
    tok = home
    while tok.i != stop.i and tok.head.i != tok.i:
        if tok.dep_ in foreign:
            return True
        if any(c.dep_ == "mark" and c.lower_ in temporal_marks() for c in tok.children):
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ in temporal_marks():
            return True
        tok = tok.head
    return False


def _reported_content(home: Token, stop: Token) -> bool:
    """True when ``home`` is inside a complement clause ("announced talks would begin on Friday")."""
    tok = home
    while tok.i != stop.i and tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "csubj"):
            return True
        tok = tok.head
    return False


def _common_ancestor(a: Token, b: Token) -> Token:
    chain = {a.i, *(t.i for t in a.ancestors)}
    for tok in (b, *b.ancestors):
        if tok.i in chain:
            return tok
    return b.doc[b.sent.root.i]


def _weapon_use(home: Token, t_clause: Token) -> bool:
    """``home`` is a participle or relative clause on the subject of the trigger's clause, and that
    subject is a weapon (the events stage's ``weapon`` noun class): "A grenade thrown ... on Sunday
    night wounded seven", "a bomb planted on Monday killed two". Throwing or planting it is the attack,
    unlike "The truce signed on May 1 was broken", whose reduced relative tells of another happening."""
    from truce.events.lexicon import load_classes

    subject = home.head
    return home.dep_ in ("acl", "relcl") and subject.dep_ in ("nsubj", "nsubjpass") \
        and subject.head.i == t_clause.i and subject.lemma_.lower() in load_classes()["weapon"].words


def _simultaneous(home: Token, t_clause: Token) -> bool:
    """``home`` is a clause right under the trigger's, opened by "when", "while" or "as": it tells what
    happened at the trigger's moment ("killed when a car bomb exploded ... two days ago"), so its date is
    the trigger's, ahead of a conjunct's ("... and were buried on Saturday")."""
    return home.head.i == t_clause.i and home.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in simultaneity_marks() and c.i < home.i for c in home.children)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _participle_on_argument(home: Token, span: Span, t_clause: Token) -> bool:
    """``home`` is a present participle describing an argument of the trigger's clause other than its
    subject, and the expression modifies that participle directly ("turned back a convoy of trucks
    carrying food aid at a roadblock on Tuesday", "killed three traders selling cattle on Monday"):
    the parser often hangs the clause's closing date on the nearest verb, and what an *-ing* form says
    of the trigger's object holds at the trigger's moment, so the date is the trigger's. A past
    participle ("a convoy loaded on Monday") or a date inside the participle's own object ("celebrating
    Monday's agreement") may tell of another happening and is not used."""
    if home.dep_ != "acl" or home.tag_ != "VBG" or home.head.dep_ in _SUBJECTS:
        return False
    if clause_of(home.head).i != t_clause.i:
        return False
    root = span.root
    return root.head.i == home.i or (root.head.dep_ == "prep" and root.head.head.i == home.i)


def _observed_act(home: Token, t_clause: Token) -> bool:
    """``home`` is a verb of observation and the trigger a present participle on its object ("On 18
    November, the team observed a column of army vehicles moving into ..."): what is seen happens when
    it is seen, so the observation's date is the act's."""
    from truce.events.syntax import is_observation_verb

    if t_clause.dep_ != "acl" or t_clause.tag_ != "VBG" or not is_observation_verb(home):
        return False
    tok = t_clause.head
    while tok.i != home.i:
        if tok.dep_ not in ("dobj", "pobj", "prep", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _level(home: Token | None, trigger: Token, span: Span | None = None) -> int | None:
    if home is None:
        return 0
    if home.dep_ in ("relcl", "acl") and home.head.i == trigger.i:
        return 0  # a clause describing the trigger noun itself: "clashes that erupted on Friday"
    t_clause = clause_of(trigger)
    if home.i == t_clause.i or _weapon_use(home, t_clause) or _simultaneous(home, t_clause):
        return 1
    if span is not None and _participle_on_argument(home, span, t_clause):
        return 1
    if _observed_act(home, t_clause):
        return 1
    if _conj_root(home).i == _conj_root(t_clause).i:
        return 2
    if home in t_clause.ancestors:
        return None if _blocked(t_clause, home, _TRIGGER_SIDE) else 3
    if t_clause in home.ancestors:
        return None if _blocked(home, t_clause) or _reported_content(home, t_clause) else 4
    top = _common_ancestor(home, t_clause)
    return None if _blocked(home, top) or _blocked(t_clause, top, _TRIGGER_SIDE) else 5


def attachments(exprs: list[DateExpr], doc: Doc, trigger: Token) -> list[Attachment]:
    """Expressions of the trigger's sentence that may date it, best first."""
    sent = trigger.sent
    out = []
    for expr in exprs:
        start, end = max(expr.start, sent.start_char), min(expr.end, sent.end_char)
        if start >= end:  # outside the sentence; one that crosses a (mis)split boundary is clipped
            continue
        span = char_span(doc, start, end, alignment_mode="expand")
        if span is None:
            continue
        home = _home(span, trigger)
        home = _reporting_home(span, home if home is not None else trigger) or home
        if _inside_other_event(span, home if home is not None else trigger):
            continue
        level = _level(home, trigger, span)
        if level is not None:
            out.append(Attachment(expr, level, home))
    own = clause_of(trigger).i
    return sorted(out, key=lambda a: (a.level, a.level == 1 and a.home is not None and a.home.i != own,
                                      _distance(a.expr, trigger)))


def _reporting_home(span: Span, verb: Token) -> Token | None:
    """The reporting verb a date belongs to when the parser hung it on the reported clause: in "The BLA said
    on Saturday its fighters had stormed a post", "on Saturday" stands between "said" and the subject (or
    the "that") of what was said, so it dates the saying, not the storming (the parser put it on
    "stormed", and the attack took the report's day as its own). None when the date is elsewhere."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon()["reporting_verbs"]:
        return None
    said = verb.head
    opening = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "expl")]
    if not opening or not said.i < span.start or span.end > min(opening):
        return None
    return said


def _distance(expr: DateExpr, trigger: Token) -> int:
    t0, t1 = trigger.idx, trigger.idx + len(trigger)
    return max(expr.start - t1, t0 - expr.end, 0)


def trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the trigger's character span (None when the offsets are unusable)."""
    if not 0 <= start < end <= len(doc_text(doc)):
        return None
    span = char_span(doc, start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
