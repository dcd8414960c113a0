"""Code one actor span from dictionary evidence alone (no document context).

A span is cut at its first preposition into a head part ("Palestinian police") and a qualifier
("in Jericho"); the head part is cut at top-level coordinators into segments ("Hungarian" / "Romanian
officials").  Each segment is coded from its evidence, strongest first:
named organisation or person > sector modifier ("former", "opposition", "rebel") > title or agent
noun > country evidence (country name, demonym, capital, region, city); the qualifier part fills
what the head part lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from truce.actors.lexicon import COUNTRY_KINDS, PROPER_KINDS, Entry, Lexicon
from truce.actors.match import Match, Token, tokenize

PREPOSITIONS = frozenset(["of", "in", "from", "at", "on", "near", "based", "loyal", "living", "for", "operating", "throughout", "inside", "across", "within", "under", "by", "against", "with", "among", "outside"])
COORDINATORS = frozenset({"and", ",", "&", "/", "or", "plus"})
STOPWORDS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some", "two", "three", "several", "many", "hundreds", "thousands", "dozens", "of", "senior", "top", "new", "'s"])


class Strength(IntEnum):
    """Levels of ``Coded.sector_strength``, weakest first: a code for the kind of evidence, not a tunable."""

    NONE = 0
    WEAK = 1  # a capital, a plural demonym, an ethnic group word, a named actor outside the head
    WORDS = 2  # an agent or title word ("rebels", "minister")
    NAMED = 3  # a named actor's own sector, in the span's head
    MODIFIER = 4  # a modifier word that fixes the sector


@dataclass
class Coded:
    """What one segment's evidence says; ``tokens`` are the segment's tokens."""

    tokens: list[Token]
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    evidence: list[str] = field(default_factory=list)
    named: Entry | None = None
    country_from: str | None = None  # kind of evidence that set the country
    sector_strength: int = Strength.NONE
    anaphor: bool = False
    ethnic: bool = False
    heads: list[str] = field(default_factory=list)  # folded title/agent words ("minister")
    unknown_names: list[Token] = field(default_factory=list)

    @property
    def identity(self) -> tuple[str | None, str | None]:
        return (self.named.id if self.named else None, self.country)

    @property
    def text(self) -> str:
        return " ".join(t.raw for t in self.tokens)


def _accept(values: tuple[Entry, ...], tokens: list[Token], i: int, j: int, kind_rank: dict[str, int]
            ) -> list[Entry]:
    """Proper names must be capitalised in the text; keep the strongest kind present (``kind_rank``)."""
    cap = any(t.capitalised for t in tokens[i:j])
    kept = [v for v in values if v.kind not in PROPER_KINDS or cap]
    if not kept:
        return []
    rank = min(kind_rank[v.kind] for v in kept)
    return [v for v in kept if kind_rank[v.kind] == rank]


PLACE_KINDS = frozenset({"country", "capital", "region", "city"})


def find(lex: Lexicon, tokens: list[Token], persons: list[tuple[int, int]] = ()) -> list[Match[Entry]]:
    """Dictionary matches; place names inside a PERSON entity ("Jordan Smith", "King Hassan") are not places."""
    rank = lex.kind_rank
    if not persons:
        return lex.trie.find(tokens, lambda values, toks, i, j: _accept(values, toks, i, j, rank))

    def accept(values: tuple[Entry, ...], toks: list[Token], i: int, j: int) -> list[Entry]:
        s, e = toks[i].start, toks[j - 1].end
        inside = any(a <= s and e <= b and (a, b) != (s, e) for a, b in persons)  # part of a longer name
        return _accept(tuple(v for v in values if not (inside and v.kind in PLACE_KINDS)), toks, i, j, rank)

    return lex.trie.find(tokens, accept)


def _person_sector(entry: Entry, date: str | None) -> tuple[str | None, str]:
    if date and entry.sector == "GOV" and ((entry.start and date[:10] < entry.start)
                                           or (entry.end and date[:10] > entry.end)):
        return "ELI", f"person {entry.name!r} out of office on {date[:10]} -> ELI"
    return entry.sector, f"person {entry.name!r} ({entry.source})"


def _apply_named(c: Coded, entry: Entry, date: str | None, in_head: bool) -> None:
    if entry.kind == "org":
        period = entry.period_at(date)
        c.country = (period.country if period and period.country else entry.country)
        sector = period.sector if period and period.sector else entry.sector
        note = f"org {entry.id!r} ({entry.source})"
        if period:
            note += f"; name at {date[:10]}: {period.name!r}"  # type: ignore[index]
    else:
        sector, note = _person_sector(entry, date)
        c.country = entry.country
    c.named, c.name, c.country_from = entry, entry.name, entry.kind
    if sector and in_head:
        c.sector, c.sector_strength = sector, Strength.NAMED
    elif sector:
        c.sector, c.sector_strength = sector, Strength.WEAK
    c.evidence.append(note)


def is_stance(tokens: list[Token], i: int) -> bool:
    """"anti-Syria journalist", "pro-Iranian militia": the country is what the actor is for or against."""
    return i >= 2 and tokens[i - 1].key == "-" and tokens[i - 2].key in ("anti", "pro")


def is_ethnicity(tokens: list[Token], i: int) -> bool:
    """"ethnic Albanians": an ethnicity, coded with the country of residence, not the demonym's."""
    return i >= 1 and tokens[i - 1].key == "ethnic"


def _has_head_after(tokens: list[Token], matches: list[Match[Entry]], n: int) -> bool:
    """A modifier ("rebel", "former") modifies only when a noun or a name follows it."""
    later = [m for m in matches[n + 1:] if m.values[0].kind in ("title", "agent", "org", "person")]
    names = [t for t in tokens[matches[n].j:] if t.capitalised and t.key.isalpha()]
    return bool(later or names)


def _pick(m: Match[Entry], modifier: bool) -> Entry:
    """Among same-rank entries of one name, prefer the modifier reading only before a head."""
    wanted = [e for e in m.values if (e.role == "modifier") == modifier]
    if not modifier:
        heads = [e for e in m.values if e.role != "modifier"]
        if not heads:
            return Entry(m.values[0].kind, sector=m.values[0].sector, role="head", source=m.values[0].source)
        return heads[0]
    return (wanted or list(m.values))[0]


def code_segment(tokens: list[Token], matches: list[Match[Entry]], qualifier: list[Match[Entry]],
                 date: str | None) -> Coded:
    """Code one segment (head tokens + its matches) with the span's qualifier matches as fallback."""
    c = Coded(tokens)
    named = [m for m in matches if m.values[0].kind in ("org", "person")]
    if named:
        _apply_named(c, named[0].values[0], date, in_head=True)
    for n, m in enumerate(matches):
        e = _pick(m, modifier=_has_head_after(tokens, matches, n))
        words = " ".join(t.raw for t in tokens[m.i:m.j])
        if e.kind in ("title", "agent"):
            if e.role == "anaphor":
                c.anaphor = True
            elif e.role == "ethnic":
                c.ethnic = True
                if c.sector_strength <= Strength.WEAK:
                    c.sector, c.sector_strength = e.sector, Strength.WEAK
                    c.evidence.append(f"ethnic or religious group {words!r} -> {e.sector}")
            elif e.role == "modifier" and e.sector:
                c.sector, c.sector_strength = e.sector, Strength.MODIFIER
                c.evidence.append(f"modifier {words!r} -> {e.sector}")
            elif e.kind == "agent" and _inside_name(tokens, matches, m):
                c.evidence.append(f"{words!r} is part of a name here, not an agent noun")
            elif e.sector and c.sector_strength <= Strength.WORDS:
                c.sector, c.sector_strength = e.sector, Strength.WORDS
                c.heads.append(tokens[m.j - 1].key.rstrip("s"))
                c.evidence.append(f"{e.kind} {words!r} -> {e.sector}")
            if e.country and not c.country:
                c.country, c.country_from = e.country, e.kind
                c.evidence.append(f"{e.kind} {words!r} -> {e.country}")
        elif e.kind == "demonym" and is_ethnicity(tokens, m.i):
            c.evidence.append(f"ethnicity {words!r} ({e.country}), not a nationality")
            c.sector, c.sector_strength = c.sector or "CVL", max(c.sector_strength, Strength.WEAK)
        elif e.kind in COUNTRY_KINDS and is_stance(tokens, m.i):
            c.evidence.append(f"{words!r} after anti-/pro- is a stance, not a country")
        elif e.kind in COUNTRY_KINDS:
            if c.country is None or c.country_from in ("title", "agent"):
                c.country, c.country_from = e.country, e.kind
                c.evidence.append(f"{e.kind} {words!r} -> {e.country}")
            if e.sector and c.sector_strength == Strength.NONE:
                c.sector, c.sector_strength = e.sector, Strength.WEAK
    if c.ethnic and c.sector == "GOV":  # "Yoruba leaders": leaders of a people, not a government
        c.sector = "ELI"
        c.evidence.append("leaders of an ethnic or religious group -> ELI")
    _fill_from_qualifier(c, qualifier, date)
    matched = {k for m in matches for k in range(m.i, m.j)}
    c.unknown_names = [t for k, t in enumerate(tokens) if k not in matched and t.capitalised
                       and t.key not in STOPWORDS and t.key.isalpha() and k > 0 or
                       (k == 0 and k not in matched and t.capitalised and t.key not in STOPWORDS
                        and t.key.isalpha() and len(tokens) == 1)]
    return c


def _inside_name(tokens: list[Token], matches: list[Match[Entry]], m: Match[Entry]) -> bool:
    """A capitalised agent word followed by an unknown capitalised word ('Libyan National Front',
    'National Salvation Council') is part of a proper name, not the actor's sector noun."""
    if m.j >= len(tokens) or not tokens[m.i].capitalised:
        return False
    nxt = tokens[m.j]
    return nxt.capitalised and nxt.key.isalpha() and not any(x.i <= m.j < x.j for x in matches)


# Sectors of agent nouns whose "of/from <organisation>" names the group they fight for.
MEMBER_SECTORS = frozenset({"REB", "MIL", "UAF", "CRM"})


def _fill_from_qualifier(c: Coded, qualifier: list[Match[Entry]], date: str | None) -> None:
    member_of = next((m for m in qualifier if m.values[0].kind == "org"), None)
    if member_of is not None and c.named is None and c.sector_strength == Strength.WORDS and c.sector in MEMBER_SECTORS:
        # "gunmen from Jabhat Fajr al-Sahil", "fighters of the Front": armed members act for their group.
        sector, strength = c.sector, c.sector_strength
        _apply_named(c, member_of.values[0], date, in_head=False)
        c.sector, c.sector_strength = c.named.sector or sector, max(strength, c.sector_strength)
        c.evidence.append(f"members of {c.name!r}")
        return
    if c.country is None:
        place = next((m for m in qualifier if m.values[0].kind in COUNTRY_KINDS), None)
        named = next((m for m in qualifier if m.values[0].kind in ("org", "person")), None)
        if place is not None:
            c.country, c.country_from = place.values[0].country, place.values[0].kind
            c.evidence.append(f"qualifier {place.values[0].kind} -> {c.country}")
        elif named is not None:
            c.country, c.country_from = named.values[0].country, "qualifier"
            c.evidence.append(f"qualifier {named.values[0].kind} {named.values[0].name!r} -> {c.country}")
    if c.sector_strength < Strength.WORDS:
        word = next((m for m in qualifier if m.values[0].kind in ("title", "agent") and m.values[0].sector
                     and m.values[0].role == "head"), None)
        if word is not None:
            c.sector, c.sector_strength = word.values[0].sector, Strength.WORDS
            c.evidence.append(f"qualifier {word.values[0].kind} -> {c.sector}")


def _split_points(tokens: list[Token], matches: list[Match[Entry]], limit: int) -> list[int]:
    """Indexes of top-level coordinators (outside any match) before ``limit``."""
    inside = {k for m in matches for k in range(m.i, m.j)}
    starts = {m.i: m for m in matches}
    ends = {m.j: m for m in matches}
    points = []
    for k in range(limit):
        if k in inside:
            continue
        key = tokens[k].key
        if key in COORDINATORS:
            points.append(k)
        elif key == "-" and k in ends and (k + 1) in starts and all(
                x.values[0].kind in COUNTRY_KINDS for x in (ends[k], starts[k + 1])):
            points.append(k)  # "U.S.-Russian"
    return points


def code_tokens(lex: Lexicon, tokens: list[Token], date: str | None = None,
                persons: list[tuple[int, int]] = ()) -> list[Coded]:
    """Code a tokenised span; several results when it coordinates distinct actors."""
    matches = find(lex, tokens, persons)
    prep = next((k for k, t in enumerate(tokens) if t.key in PREPOSITIONS and k > 0
                 and not any(m.i < k < m.j for m in matches)), len(tokens))
    qualifier = [m for m in matches if m.i >= prep]
    points = _split_points(tokens, matches, prep)
    bounds = [-1, *points, prep]
    segments = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg_matches = [Match(m.i - a - 1, m.j - a - 1, m.values) for m in matches if a < m.i and m.j <= b]
        seg_tokens = tokens[a + 1:b]
        if seg_tokens:
            segments.append(code_segment(seg_tokens, seg_matches, qualifier, date))
    if len(segments) <= 1 or not _distinct(segments):
        return [code_segment(tokens[:prep], [m for m in matches if m.j <= prep], qualifier, date)]
    _share(segments)
    return [s for s in segments if s.country or s.sector or s.named]


def _distinct(segments: list[Coded]) -> bool:
    ids = {s.identity for s in segments if s.identity != (None, None)}
    if len(ids) >= 2:
        return True
    sectors = {s.sector for s in segments if s.sector_strength >= Strength.WORDS}
    return len(sectors) >= 2 and len(ids) <= 1


def _share(segments: list[Coded]) -> None:
    """Coordinated parts share a head noun ("Hungarian and Romanian officials") and a country."""
    head = next((s for s in reversed(segments) if s.sector_strength == Strength.WORDS and s.named is None), None)
    first_country = next((s for s in segments if s.country), None)
    for s in segments:
        if head is not None and s.sector_strength < Strength.WORDS and not s.named:
            s.sector, s.sector_strength = head.sector, Strength.WORDS
            s.evidence.append(f"shared head -> {head.sector}")
        if s.country is None and first_country is not None and not s.named:
            s.country = first_country.country
            s.evidence.append(f"shared country -> {s.country}")


def code_text(lex: Lexicon, text: str, date: str | None = None, offset: int = 0) -> list[Coded]:
    return code_tokens(lex, tokenize(text, offset), date)
