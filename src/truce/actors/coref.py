"""Perpetrator coreference and weapons: what a reference points back to, and what is never an actor.

News names a group once and then writes "the group", "the group's fighters", "its fighters", "the
militants", or quotes it as "we"/"our forces". Coded on their own words these are just REB (and
with the focus country, whichever party is coded like that), so an excluded group referred to as
"the group's fighters" would be coded as the party next to it. Here such spans are recognised
(``reference_kind``) and resolved by ``DocContext.antecedent`` or, for the first person in a
quote, by the quote's speaker (``speaker_span``). Weapons ("a roadside bomb", "mortar rounds") are
never actors (``weapon_head``). The words are data: ``data/lang/en/actors/coreference.yaml`` and
``weapons.txt``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from truce.actors.match import Token
from truce.knowledge import lang_file, load_tsv, load_yaml
from truce.nlp import char_span


@dataclass(frozen=True)
class CorefWords:
    group_nouns: frozenset[str]
    member_nouns: frozenset[str]
    definite_members: frozenset[str]
    possessives: frozenset[str]
    definites: frozenset[str]
    first_person: frozenset[str]
    speech_verbs: frozenset[str]
    member_links: tuple[tuple[str, ...], ...]
    weapons: dict[tuple[str, ...], str | None]  # weapon words -> sector of an owner named with them
    anonymous_persons: frozenset[str] = frozenset()  # "men": who did an armed act, unidentified (UAF)
    partitive_pronouns: frozenset[str] = frozenset()  # "them" in "killed four of them"
    quantifiers: frozenset[str] = frozenset()  # "some", "several" before "of them"


@lru_cache(maxsize=1)
def coref_words() -> CorefWords:
    data = load_yaml(lang_file("actors", "coreference.yaml"), expect=dict)
    weapons = {tuple(r["weapon"].lower().split()): r.get("owner_sector")
               for r in load_tsv(lang_file("actors", "weapons.tsv"), required=("weapon",))}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return CorefWords(words("group_nouns"), words("member_nouns"), words("definite_members"), words("possessives"),
                      words("definites"), words("first_person"), words("speech_verbs"),
                      tuple(tuple(str(w).lower().split()) for w in data.get("member_links") or []), weapons,
                      words("anonymous_persons"), words("partitive_pronouns"), words("quantifiers"))


def singular(word: str) -> str:
    word = word.lower()
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@dataclass(frozen=True)
class Reference:
    kind: str  # group ("the group", "the group's fighters"), members ("its fighters", "the militants"), first-person
    noun: str | None  # the group noun used ("group", "gang"), for salience
    armed: bool  # refers to fighters: never an NGO or a UN body


def reference_kind(tokens: list[Token], words: CorefWords | None = None) -> Reference | None:
    """Is this span a reference to an actor named earlier, and of which kind?"""
    words = words or coref_words()
    keys = [t.key for t in tokens]  # folded: lower case, except acronyms ("US" is not "us")
    if not keys:
        return None
    if keys[0] in words.first_person:
        return Reference("first-person", None, False)
    members = singular(keys[-1]) in words.member_nouns
    for i, k in enumerate(keys):
        if singular(k) not in words.group_nouns:
            continue
        possessed = i + 1 < len(keys) and keys[i + 1] == "'s"
        if (i > 0 and keys[i - 1] in words.definites and (possessed or i == len(keys) - 1)) or possessed:
            return Reference("group", singular(k), armed=members)
    if keys[0] in words.possessives and members:
        return Reference("members", None, armed=True)
    if len(keys) == 2 and keys[0] in words.definites and singular(keys[1]) in words.definite_members:
        return Reference("members", None, armed=True)
    return None


def weapon_head(tokens: list[Token], words: CorefWords | None = None) -> tuple[int, str | None] | None:
    """(index where a weapon phrase ending the span starts, the sector its owner gets), or None:
    "army drones" -> (1, "MIL"), "a roadside bomb" -> (1, None)."""
    words = words or coref_words()
    keys = [t.key.lower() for t in tokens]
    for n in (3, 2, 1):
        if len(keys) < n:
            continue
        for tail in (tuple(keys[-n:-1]) + (singular(keys[-1]),), tuple(keys[-n:])):
            if tail in words.weapons:
                return len(keys) - n, words.weapons[tail]
    return None


def speaker_span(doc: Doc, start: int, end: int, words: CorefWords | None = None) -> Span | None:
    """The speaker of the quote or reported clause holding [start, end): "'Our fighters have not
    fired,' the group's spokeswoman said" -> "the group's spokeswoman"."""
    words = words or coref_words()
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = span.sent
    for tok in sent:
        if tok.lemma_.lower() not in words.speech_verbs or tok.i in range(span.start, span.end):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i in range(span.start, span.end):
            continue
        if subj.lower_ in words.first_person:
            continue
        subtree = list(tok.subtree)
        inside = subtree[0].i <= span.start and span.end - 1 <= subtree[-1].i
        subj_tokens = list(subj.subtree)
        if inside and not (subj_tokens[0].i <= span.start <= subj_tokens[-1].i):
            return doc[subj_tokens[0].i:subj_tokens[-1].i + 1]
    return None


def partitive_antecedent(doc: Doc, start: int, end: int, words: CorefWords | None = None) -> Span | None:
    """What "them" stands for in "killed four of them": the pronoun (``partitive_pronouns``) after "of"
    and a number or quantifier, and the nearest plural direct object before it in its sentence ("pursued
    the group's fighters into the hills": not "the hills", a place, nor the subject). None otherwise
    ("Rebels ambushed an army patrol, killing three of them": no plural object)."""
    words = words or coref_words()
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or not (
            prep.head.like_num or prep.head.tag_ == "CD" or prep.head.lower_ in words.quantifiers):
        return None
    objects = [t for t in tok.sent if t.i < prep.head.i and t.dep_ == "dobj" and t.tag_ in ("NNS", "NNPS")]
    if not objects:
        return None
    obj = objects[-1]
    first = obj.left_edge.i
    while first < obj.i and doc[first].is_space:
        first += 1
    return doc[first:obj.i + 1]


def member_link(text: str, end: int, words: CorefWords | None = None) -> int | None:
    """Where the group starts in "Gunmen from the NSDF" when the span stopped at "Gunmen"."""
    words = words or coref_words()
    rest = text[end:end + 40].lower()
    for link in words.member_links:
        phrase = " " + " ".join(link) + " "
        if rest.startswith(phrase):
            at = end + len(phrase)
            if text[at:at + 4].lower() == "the ":
                at += 4
            return at
    return None
