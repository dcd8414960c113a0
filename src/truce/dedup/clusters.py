"""One event from many reports: reports that describe the same happening share a cluster.

Rules (each a setting under ``[dedup]``; docs/dedup.md has the reasoning and the numbers):

1. **Compatible**: same PLOVER type; date intervals (``reports.interval``: a named day, a
   week, a month, or the days before a publication for a report dated only by it) that
   meet within ``day_slack``; precise places within ``max_km``, coarse places not in
   different countries, a located district or province no farther than ``max_km`` plus its
   reach (``admin2_reach_km``, ``admin1_reach_km``); no contradicting modes (unless at one spot) or actors (unless at
   one spot on one day: disputed blame is normal; roles may be swapped: each side names the other as the
   attacker; "unidentified gunmen" contradict no one); not two distinct happenings of one
   article (``reports.distinct``: another place, day, clock time or target).
2. **Linked**: compatible, and sharing signal values that are **rare in the stream**, weighing
   ``min_evidence`` together (``signal_weights``: a name, a quote, the same sentence or the
   same named place count 1; a capitalised word or number, two adjacent capitalised words
   (a phrase: "Goran Nakamura"), a casualty figure, the mode, the day the text names or a
   nearby spot 1/2; content words 1/4 each, 1/2 at most). A value is
   common when it marks other happenings near the pair: reports of any type carrying it
   that cannot be the pair's happening (another spot or country on the pair's days, or
   another happening of the same article: one confusion each; other days within
   ``stream_days``: their articles times the pair's window over the stream's length, the
   number expected on the pair's days by chance, leaving out the sequels told in the pair's
   own articles that tell one happening of its type) reach ``max_confusions``. So the mode in a
   stream of shootings, a city with a shooting every day, "one killed", a police spokesman
   quoted in every story are common, while a victim's name, a street, "seven killed" or a
   witness's words are not. Two reports without a precise place cannot check places, so for
   them a value carried by ``crowd_articles`` articles is common too, and the mode never counts.
   A copy's report that repeats a sentence of its original does not link: it follows that
   report's cluster (``update``), dated on the original's clock.
3. **Clusters**: within each connected component of links, links are taken strongest first
   and merge two groups only when every pair across them stays compatible (with twice the
   day slack, actors not compared): complete linkage, so a run of daily reports in one town
   cannot chain. A report whose best links point at two happenings that cannot merge joins
   neither (``ambiguous_stays_apart``).

A cluster's id is ``k`` + a hash of its smallest report id. The result is a function of the
stored reports alone, whatever their arrival order or batch size: a new report can only make
a value commoner, so each batch evaluates the new reports' pairs, re-checks the stored links
whose values a new report carries (and the pairs a report that stopped being a node made
common), and re-clusters the connected components those links touch (``update``).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from truce.dedup.reports import (
    ARTICLE_DAY,
    LOCALITY,
    NEAR_FIGURE,
    PUBLICATION,
    REFERENCE,
    REGION,
    Ref,
    Report,
    with_date,
)
from truce.dedup.text import outlet_key
from truce.dedup.text import sentence as normalise
from truce.geo.distance import haversine_km
from truce.ids import stable_hash

FORCED: tuple[str, ...] = ()  # link evidence that needs no rare signal (none: copies' reports follow instead)
KINDS = {"g": "region", "n": "name", "q": "quote", "s": "sentence", "w": "word", "t": "term", "f": "figure", "f~": "figure", "m": "mode",
         "d": "day", "c": "phrase", "h": "time"}
PLACE = "p"  # the pair's named place (both placed there, or one's place named by the other)
SPOT = "p~"  # both placed within same_spot_km of each other, at places of different names
_CELL = 0.5  # degrees: the grid that finds precise reports near a point


def _km(a: Report, b: Report) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _gap(a: Report, b: Report) -> int:
    """Days between two date intervals (0 when they overlap)."""
    return max(0, a.lo - b.hi, b.lo - a.hi)


UNIDENTIFIED = frozenset({"UAF", "UNK"})  # sectors that say who is *not* known ("unidentified gunmen")
# Country codes of parties that act across borders (CAMEO's international militarized group: Islamic State,
# al-Qaeda's branches): such a party in one report and "insurgents" given the story's country in another
# ("Islamic State-linked insurgents" / "insurgents ... in Cabo Delgado") are no contradiction.
TRANSNATIONAL = frozenset({"IMG"})


def _identified(r: Ref) -> bool:
    """An actor that says who: a name, or codes other than the "unidentified" ones."""
    return bool(r.name) or bool(r.label) and r.sector not in UNIDENTIFIED


def _refs_compatible(xs: tuple[Ref, ...], ys: tuple[Ref, ...], loose: frozenset[str] = frozenset()) -> bool:
    """Unknown on either side is compatible; otherwise some pair must not contradict. "Unidentified
    gunmen" (``UAF``/``UNK``) are unknown: they contradict no one. Two sectors both in ``loose`` (one
    state's forces, which reporters call "officers", "troops" or "police" loosely) do not contradict."""
    xs = tuple(x for x in xs if _identified(x))
    ys = tuple(y for y in ys if _identified(y))
    if not xs or not ys:
        return True
    for x in xs:
        for y in ys:
            if x.name and y.name:
                if x.name.lower() == y.name.lower():
                    return True
                continue
            if x.country and y.country and x.country != y.country and not {x.country, y.country} & TRANSNATIONAL:
                continue
            if x.sector and y.sector and x.sector != y.sector and not {x.sector, y.sector} <= loose:
                continue
            return True
    return False


def compatible(a: Report, b: Report, cfg: Any, slack: int | None = None) -> bool:
    """Could ``a`` and ``b`` describe one happening? (rule 1 of the module docstring)

    ``slack`` (days) replaces ``day_slack`` and drops the actor check: that is how two
    members of one cluster must agree (``agglomerate``), while a direct link also needs
    actors that do not contradict.
    """
    from truce.dedup.reports import (
        abstained_words,
        after_publication,
        article_days_disagree,
        coarse_reach,
        days_disagree,
        distinct,
        names_abstained,
        parts_disagree,
        spots_disagree,
    )

    if a.event != b.event or not a.dated or not b.dated:
        return False
    if _gap(a, b) > (cfg.day_slack if slack is None else slack):
        return False
    if cfg.publication_bounds and (after_publication(a, b) or after_publication(b, a)):
        return False  # a story published on Thursday does not tell Friday's air strike
    if cfg.named_days_contradict and days_disagree(a, b):
        return False  # "on Monday" and "on Tuesday evening" in one town: two happenings
    if cfg.article_day and article_days_disagree(a, b):
        return False  # a sentence of Thursday's story is not Tuesday's happening
    if a.precise and b.precise:
        km = _km(a, b)
        if km > cfg.max_km:
            return False
        close = km <= cfg.same_spot_km
        same_spot = close and a.hi - a.lo == 0 and b.hi - b.lo == 0
    else:
        if a.country and b.country and a.country != b.country:
            return False
        reach_a, reach_b = coarse_reach(a, cfg), coarse_reach(b, cfg)
        if reach_a is not None and reach_b is not None and _km(a, b) > cfg.max_km + reach_a + reach_b:
            return False  # a district's report and a town's 400 km from it: not one happening
        for x, y in ((a, b), (b, a)):
            words = abstained_words(x)
            if words and not names_abstained(y, words):
                return False  # a place nobody located is not "anywhere in the country"
        same_spot = close = False
    if not close and not modes_compatible(a.mode, b.mode, cfg):
        return False
    if a.article_id == b.article_id and distinct(a, b, cfg):
        return False
    if cfg.towns_contradict and not close and towns_disagree(a, b):
        return False  # "near Gusau" and "in Kaura Namoda", 47 km apart: two towns, two happenings
    if a.article_id != b.article_id and cfg.spots_contradict and spots_disagree(a, b):
        return False  # "on Obregon Avenue" and "in the Las Quintas neighbourhood": two places of one town
    if cfg.parts_contradict and parts_disagree(a, b):
        return False  # "at dawn on Saturday" and "at 21:40 on Saturday": two happenings of one day
    if same_spot or slack is not None:
        return True
    if roles_compatible(a, b) or names_party(a, b) or names_party(b, a):
        return True
    # "wounded three police officers" and "wounding three officers" (coded as soldiers) at one station: with a
    # casualty figure alike, one state's forces named loosely are no contradiction
    return bool(set(a.figures) & set(b.figures)) and roles_compatible(a, b, frozenset(cfg.security_sectors))


def names_party(x: Report, y: Report) -> bool:
    """Does ``y``'s sentence name an identified party of ``x`` (every word of its name)? Then ``y``'s own
    coding of its roles (a parse that took "Fierce" in "Fierce clashes broke out between the army and the
    Rapid Support Forces" for the actor) is no contradiction of ``x``'s: both sentences tell of that party."""
    for ref in (*x.actors, *x.recipients):
        if ref.name and _identified(ref):
            words = normalise(ref.name).tokens
            if words and words <= y.tokens:
                return True
    return False


def town_words(r: Report) -> tuple[frozenset[str], ...]:
    """The content words of a precise report's place name (or a district's: ``named_unit``), as written
    and without accents."""
    if not (r.precise or named_unit(r)) or not r.loc_name:
        return ()
    return _name_variants(r.loc_name)


def named_unit(r: Report) -> bool:
    """Is the report placed at a district (ADM2: "Tsafe local government area", "Masisi territory")?"""
    return (r.place or "").startswith("admin2:")


def _name_variants(name: str) -> tuple[frozenset[str], ...]:
    raw, bare = normalise(name).tokens, normalise(_unaccented(name)).tokens
    return tuple(v for v in dict.fromkeys((raw, bare)) if v)


def towns_disagree(a: Report, b: Report) -> bool:
    """Two precise reports at different places beyond one spot whose sentences each name their own town
    and neither names the other's: the outlets name two towns, so they tell two happenings (``max_km``
    only bounds how far apart one happening's places can be read: a village and the town a wire names
    for it). Without this, two abductions of one Sunday 47 km apart in one state were one cluster. Two
    districts named by their own reports (each placed at its district, neither naming the other's) are
    two happenings too: "Kucheri village in Tsafe local government area" and "Dansadau in Maru local
    government area"."""
    if not (a.precise or named_unit(a)) or not (b.precise or named_unit(b)) or a.place == b.place:
        return False
    if not (a.precise and b.precise) and not (named_unit(a) and named_unit(b)):
        return False  # a town and a district: the town may lie in it
    ta, tb = town_words(a), town_words(b)
    return (mentions(a, ta) and mentions(b, tb) and not mentions(a, tb) and not mentions(b, ta))


def modes_compatible(x: str | None, y: str | None, cfg: Any) -> bool:
    """The same mode, an unknown one, or two modes of one family (``mode_families``): outlets word one
    happening with neighbouring modes ("a suicide bomber blew herself up" and "the bombing": suicide
    attack and explosives; "an air strike" and "a drone strike"), so a report placed only in a district
    or province must not lose its happening by its mode. A secondary mode (``secondary_modes``: property
    destruction) tells what an attack also did, so it meets every mode: "attacked the base ..., killing five
    soldiers and burning three armoured vehicles" (destroy) and "stormed the base after a gun battle"
    (heavy weapons) are one raid. Modes of different families stay apart."""
    if not x or not y or x == y:
        return True
    if x in cfg.secondary_modes or y in cfg.secondary_modes:
        return True  # what the attack also did ("burning three armoured vehicles"), not how it was done
    return any(x in family and y in family for family in cfg.mode_families)


def roles_compatible(a: Report, b: Report, loose: frozenset[str] = frozenset()) -> bool:
    """Actors and recipients that do not contradict, or that do not contradict with the roles swapped:
    in a clash each side names the other as the attacker ("troops clashed with rebels", "rebels
    wounded a soldier"), so one side's actor may be the other's recipient. A swap counts only when
    it pairs two identified parties (an empty role is not a reason to swap). ``loose``: sectors that do
    not contradict each other (``_refs_compatible``)."""
    if _refs_compatible(a.actors, b.actors, loose) and _refs_compatible(a.recipients, b.recipients, loose):
        return True
    pairs = ((a.actors, b.recipients), (a.recipients, b.actors))
    if not all(_refs_compatible(x, y, loose) for x, y in pairs):
        return False
    return any(any(map(_identified, x)) and any(map(_identified, y)) for x, y in pairs)


# -- the stream: reports loaded around a batch, indexed for look-ups ----------------------------
class Stream:
    """Dated reports (not copies) near a batch: by type and day, by signal value, by place."""

    def __init__(self, reports: Iterable[Report], cfg: Any) -> None:
        self.cfg = cfg
        self.nodes: dict[str, Report] = {}
        self._by_type: dict[str, list[tuple[int, str]]] = defaultdict(list)
        # the value, word and place indexes hold every type: a name in other stories is no rarer
        self._by_value: dict[str, set[str]] = defaultdict(set)
        self._by_token: dict[str, set[str]] = defaultdict(set)
        self._grid: dict[tuple[int, int], set[str]] = defaultdict(set)
        self._place_tokens: dict[str, tuple[frozenset[str], ...]] = {}
        self._by_place: dict[str, set[str]] = defaultdict(set)
        self._max_span: dict[str, int] = defaultdict(int)
        self._by_article: dict[str, list[str]] = defaultdict(list)
        self._by_country: dict[str, set[str]] = defaultdict(set)
        self._single: dict[tuple[str, str], bool] = {}
        for r in reports:
            self.add(r)
        for order in self._by_type.values():
            order.sort()

    def add(self, r: Report) -> None:
        if r.id in self.nodes or not r.dated:
            return
        self.nodes[r.id] = r
        self._by_article[r.article_id].append(r.id)
        if r.country:
            self._by_country[r.country].add(r.id)
        self._single.clear()
        self._by_type[r.event].append((r.lo, r.id))
        self._max_span[r.event] = max(self._max_span[r.event], r.hi - r.lo)
        for v in r.signals:
            self._by_value[v].add(r.id)
        for t in r.tokens:
            self._by_token[t].add(r.id)
        if r.precise:
            self._grid[_cell(r.lat, r.lon)].add(r.id)
            self._by_place[r.place].add(r.id)

    def sort(self) -> None:
        for order in self._by_type.values():
            order.sort()

    def around(self, lo: int, hi: int) -> list[Report]:
        """Reports of every type whose interval meets [lo, hi]."""
        return [r for event in sorted(self._by_type) for r in self.overlapping(event, lo, hi)]

    def overlapping(self, event: str, lo: int, hi: int) -> list[Report]:
        """Reports of a type whose interval meets [lo, hi]."""
        order = self._by_type.get(event, [])
        start = bisect_left(order, (lo - self._max_span[event], ""))
        end = bisect_right(order, (hi, "\uffff"))
        out = []
        for _, rid in order[start:end]:
            r = self.nodes[rid]
            if r.hi >= lo:
                out.append(r)
        return out

    def partners(self, r: Report) -> list[Report]:
        """Other reports of the same type, not placed in another country, whose dates meet ``r``'s
        within the day slack."""
        s = self.cfg.day_slack
        return [x for x in self.overlapping(r.event, r.lo - s, r.hi + s)
                if x.id != r.id and not (x.country and r.country and x.country != r.country)]

    def one_happening(self, article_id: str, event: str) -> bool:
        """Whether an article tells of one happening of a type: no two of its reports of that type
        are ``distinct`` (a round-up of the week's shootings tells several)."""
        from truce.dedup.reports import distinct

        key = (article_id, event)
        if key not in self._single:
            group = [self.nodes[i] for i in sorted(self._by_article.get(article_id, ()))
                     if self.nodes[i].event == event and not self.nodes[i].reference]  # a noun follow-up tells no new one
            self._single[key] = not any(distinct(x, y, self.cfg) for i, x in enumerate(group) for y in group[i + 1:])
        return self._single[key]

    def in_country(self, country: str | None) -> set[str]:
        """Ids of the reports of any type placed in a country."""
        return self._by_country.get(country, set()) if country else set()

    def carriers(self, value: str) -> Iterator[Report]:
        """Reports of any type carrying a signal value (lazily: rarity tests stop early)."""
        nodes = self.nodes
        return (nodes[i] for i in self._by_value.get(value, ()))

    def near(self, lat: float, lon: float, km: float) -> list[Report]:
        """Precise reports of any type within ``km`` of a point (grid look-up)."""
        ci, cj = _cell(lat, lon)
        di = math.ceil(km / (111.0 * _CELL))
        dj = math.ceil(km / (111.0 * _CELL * max(math.cos(math.radians(lat)), 0.05)))
        out = []
        for i in range(ci - di, ci + di + 1):
            for j in range(cj - dj, cj + dj + 1):
                for rid in self._grid.get((i, j), ()):
                    r = self.nodes[rid]
                    if haversine_km(lat, lon, r.lat, r.lon) <= km:
                        out.append(r)
        return out

    def at_place(self, key: str | None) -> set[str]:
        """Ids of precise reports at one named place (gazetteer id or name)."""
        return self._by_place.get(key, set()) if key else set()

    def place_tokens(self, r: Report) -> tuple[frozenset[str], ...]:
        """The content words of a precise report's place name ("bani", "walid"), as written and, when
        the gazetteer's name has accents, without them ("Culiacán" is "Culiacan" in most English copy)."""
        if not r.precise or not r.loc_name:
            return ()
        key = r.place or r.loc_name
        if key not in self._place_tokens:
            self._place_tokens[key] = _name_variants(r.loc_name)
        return self._place_tokens[key]

    def mentioning(self, variants: tuple[frozenset[str], ...]) -> set[str]:
        """Ids of reports whose sentence holds every word of a place name (in one of its spellings)."""
        found: set[str] = set()
        for tokens in variants:
            sets = sorted((self._by_token.get(t, set()) for t in tokens), key=len)
            if not sets:
                continue
            out = set(sets[0])
            for s in sets[1:]:
                out &= s
            found |= out
        return found


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL), math.floor(lon / _CELL)


def _unaccented(name: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def mentions(r: Report, variants: tuple[frozenset[str], ...]) -> bool:
    return any(tokens and tokens <= r.tokens for tokens in variants)


# -- evidence ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Profile:
    """What the pair would be as one happening: its days, its spot(s), its country."""

    a: Report
    b: Report
    lo: int
    hi: int
    points: tuple[tuple[float, float], ...]
    country: str | None

    @staticmethod
    def of(a: Report, b: Report, slack: int) -> _Profile:
        lo = max(a.lo, b.lo) - slack
        hi = min(a.hi, b.hi) + slack
        if hi < lo:
            lo, hi = hi, lo
        points = tuple((x.lat, x.lon) for x in (a, b) if x.precise)
        return _Profile(a, b, lo, hi, points, a.country or b.country)


def _places(a: Report, b: Report, stream: Stream) -> list[Report]:
    """The precise reports of the pair whose named place both share: the same gazetteer place, or
    one report's place named in the other's sentence."""
    out = []
    for x, y in ((a, b), (b, a)):
        if x.precise and ((y.precise and y.place == x.place) or mentions(y, stream.place_tokens(x))):
            out.append(x)
    return out


def place_carriers(x: Report, stream: Stream) -> list[Report]:
    """Reports at ``x``'s named place, or naming it."""
    ids = set(stream.at_place(x.place)) | stream.mentioning(stream.place_tokens(x))
    return [stream.nodes[i] for i in sorted(ids)]


def _place_carriers(a: Report, b: Report, stream: Stream, cfg: Any) -> list[Report]:
    seen: dict[str, Report] = {}
    for x in _places(a, b, stream):
        for r in place_carriers(x, stream):
            seen.setdefault(r.id, r)
    return list(seen.values())


def _spot_carriers(a: Report, b: Report, stream: Stream, cfg: Any) -> list[Report]:
    seen: dict[str, Report] = {}
    for x in (a, b):
        for r in stream.near(x.lat, x.lon, cfg.same_spot_km):
            seen.setdefault(r.id, r)
    return list(seen.values())


def kind(value: str) -> str:
    """The kind of a signal value ("w:garnet" -> "word"), which sets its weight."""
    if value == PLACE:
        return "place"
    if value == SPOT:
        return "spot"
    return KINDS.get(value.split(":", 1)[0], value)


def weight(values: Iterable[str], cfg: Any) -> float:
    """Summed weights of signal values; content words ("term") count up to ``max_term_weight``, the named
    day and its part ("day", "time") up to ``max_when_weight``."""
    total = terms = when = 0.0
    for v in values:
        if v in FORCED:
            continue
        w = cfg.signal_weights[kind(v)]
        if kind(v) == "term":
            terms += w
        elif kind(v) in WHEN:
            when += w
        else:
            total += w
    return total + min(terms, cfg.max_term_weight) + min(when, cfg.max_when_weight)


# The day the text names and the part of it: a rare evening of a busy day tells as much as a rare day,
# and both together say only when, never which happening (``max_when_weight``).
WHEN = frozenset({"day", "time"})


def shared_values(a: Report, b: Report, stream: Stream, cfg: Any) -> list[str]:
    """Signal values both reports carry: the mode only when one of them is precisely placed; the
    words of a precise report's place name count as the place, not as words."""
    # a spot's words are w:/t: values; the follow-up marker is no evidence
    values = {v for v in a.signals & b.signals if not v.startswith((LOCALITY, ARTICLE_DAY)) and v != REFERENCE}
    values = _one_near_figure(values)
    placed = _places(a, b, stream)
    if not (a.precise or b.precise):
        values = {v for v in values if not v.startswith("m:")}
    elif placed or (a.precise and b.precise):
        # the place counts once, as the place; a report with no place whose article names the other's
        # place keeps those words as words (its sentence does not name it, so no place evidence)
        place_words = {p + t for x in (a, b) for v in stream.place_tokens(x) for t in v for p in ("w:", "t:")}
        values -= place_words
    out = sorted(values)
    if placed:
        out.append(PLACE)
    elif a.precise and b.precise and _km(a, b) <= cfg.same_spot_km:
        out.append(SPOT)
    return out


def _one_near_figure(values: set[str]) -> set[str]:
    """Of the shared near-figure values (``reports.near_figures``) keep one per attribute, the highest, and
    none where the exact figure is shared: a pair of close tolls is one piece of evidence, not one per
    number between them."""
    near = sorted((v for v in values if v.startswith(NEAR_FIGURE)), key=lambda v: int(v.rsplit("=", 1)[1]))
    if not near:
        return values
    exact = {v[2:].split("=", 1)[0] for v in values if v.startswith("f:")}
    keep = {v.split("=", 1)[0]: v for v in near}  # the highest per attribute (sorted ascending)
    return (values - set(near)) | {v for attr, v in keep.items() if attr[len(NEAR_FIGURE):] not in exact}


def _carriers(value: str, p: _Profile, stream: Stream, cfg: Any) -> Iterable[Report]:
    if value == PLACE:
        return _place_carriers(p.a, p.b, stream, cfg)
    if value == SPOT:
        return _spot_carriers(p.a, p.b, stream, cfg)
    if value.startswith(REGION):
        # a province's or country's name is as common as the happenings of the country: every one of
        # them could have been told with it, named by its town or not
        ids = {r.id for r in stream.carriers(value)} | stream.in_country(p.country)
        return [stream.nodes[i] for i in sorted(ids)]
    return stream.carriers(value)


def _same_sentence(c: Report, p: _Profile) -> bool:
    """``c`` was coded from the very sentence of a member of the pair: "A 17-year-old was shot on
    North 11th Street on Saturday, the second shooting since the June 5 one" gives two reports, and
    the June 5 one carries the street only because the sentence does. Counted as a confusion, it made
    every word of the sentence common for the Saturday shooting's other reports."""
    return any(c.article_id == x.article_id and c.sentence == x.sentence for x in (p.a, p.b))


def _names_pair_place(c: Report, p: _Profile, stream: Stream) -> bool:
    """Does ``c``'s own sentence name the pair's place? Another happening of a pair member's article
    whose sentence names no place ("Azerbaijan says one of its soldiers was wounded in the attack")
    was placed by its paragraph, that is by the member's own place: it says nothing about a second
    happening *at* that place, so it does not make the place common for the member's other outlets."""
    return any(mentions(c, stream.place_tokens(x)) for x in (p.a, p.b) if x.precise)


def common(value: str, p: _Profile, stream: Stream, cfg: Any) -> bool:
    """Whether a value also marks other happenings near the pair (rule 2 of the module docstring)."""
    from truce.dedup.reports import distinct

    carriers = _carriers(value, p, stream, cfg)
    s, lo, hi = cfg.stream_days, p.lo, p.hi
    rate = (hi - lo + 1) / (hi - lo + 1 + 2 * s)
    concurrent, recurrent = 0.0, set()
    own = set() if cfg.own_follow_ups_confuse else {
        x.article_id for x in (p.a, p.b) if stream.one_happening(x.article_id, x.event)}
    spots: list[tuple[float, float]] = []
    articles: set[str] = set()
    placeless = not p.points
    for c in carriers:
        if c.id in (p.a.id, p.b.id) or c.hi < lo - s or c.lo > hi + s:
            continue
        if _same_sentence(c, p):
            continue  # one sentence carries its words once, whatever else it also tells
        if c.reference:
            continue  # a noun-only follow-up names a known happening: it is never another one
        if abroad(c, p, cfg):
            continue  # a happening in another country is never confused with the pair's
        if c.hi < lo or c.lo > hi:
            if c.article_id in own:
                continue  # the pair's own one-happening article telling its sequel (the charge days later)
            recurrent.add(c.article_id)
        elif c.precise and p.points and any(haversine_km(c.lat, c.lon, la, lo_) > cfg.same_spot_km
                                            for la, lo_ in p.points) or p.country and c.country and c.country != p.country:
            concurrent += 1
        elif c.event != p.a.event:
            continue  # another type on the pair's days and spot: may be the same story (an arrest after a shooting)
        elif any(c.article_id == x.article_id and c.id != x.id and distinct(c, x, cfg) for x in (p.a, p.b)):
            if value == PLACE and not _names_pair_place(c, p, stream):
                continue  # placed there by its paragraph, not its words: no second happening *at* the place
            concurrent += 1
        elif placeless:
            articles.add(c.article_id)
            if c.precise and all(haversine_km(c.lat, c.lon, la, lo_) > cfg.same_spot_km for la, lo_ in spots):
                spots.append((c.lat, c.lon))
                concurrent += len(spots) > 1
            if len(articles | {p.a.article_id, p.b.article_id}) >= cfg.crowd_articles:
                return True
        if concurrent + len(recurrent) * rate >= cfg.max_confusions:
            return True
    return False


def abroad(c: Report, p: _Profile, cfg: Any) -> bool:
    """Is ``c`` placed in a country neither report of the pair is in (``confusions_abroad`` false)? Such
    a report can never be clustered with the pair (rule 1), so the values it carries ("killed=2", the day,
    the mode) say nothing about which happening *in the pair's country* the pair tells: counted, a world
    stream's two-killed strikes made "two killed" common for a strike in south Lebanon."""
    if cfg.confusions_abroad or not c.country:
        return False
    countries = {x.country for x in (p.a, p.b) if x.country}
    return bool(countries) and c.country not in countries


def evidence(a: Report, b: Report, stream: Stream, cfg: Any) -> tuple[str, ...]:
    """Why ``a`` and ``b`` are linked (empty: they are not)."""
    if not compatible(a, b, cfg):
        return ()
    if not cfg.month_links_by_signal and "month" in (a.precision, b.precision):
        return ()
    profile = _Profile.of(a, b, cfg.day_slack)
    strong = tuple(v for v in shared_values(a, b, stream, cfg) if not common(v, profile, stream, cfg))
    if a.article_id == b.article_id:
        strong = ("article", *strong)
    if weight(strong, cfg) < cfg.min_evidence:
        return ()
    if weight((v for v in strong if kind(v) not in HOW_AND_WHEN), cfg) < cfg.what_evidence:
        return ()  # the same mode on the same day: what every happening of the kind that day shares
    if a.article_id != b.article_id and follow_up_only(a, b, cfg) and \
            weight((v for v in strong if kind(v) not in WHERE_AND_WHEN), cfg) < cfg.follow_up_evidence:
        return ()
    return strong


# What every happening of the kind on the pair's day shares, wherever it is: a link needs more beside it
# (``what_evidence``: a place, a name, a figure, words), or two abductions 47 km apart in one state on one
# Sunday are one, once the stream of that state is quiet enough for the day and the mode to be rare.
HOW_AND_WHEN = frozenset({"mode", "day", "time"})
# What any other happening of the type at that place and time shares too: a follow-up must share more.
WHERE_AND_WHEN = frozenset({"place", "spot", "region", "mode", "day", "time"})


def _by_report(r: Report) -> bool:
    return r.basis == PUBLICATION or r.precision == "reported"


def reaches_back(x: Report, y: Report, cfg: Any) -> bool:
    """Does ``x``, dated only by its report, meet ``y`` only through the follow-up window? A report
    dated by its publication (or "said on Monday") most likely tells of the last ``recent_days`` before
    it (the monitor reads it so: ``[monitor] reported_lookback_days``); its window reaches back
    ``follow_up_days`` only so that a follow-up ("the death toll rose to 11") can join the happening it
    updates. When ``y``'s named days all lie before those recent days (beyond ``day_slack``), ``x`` is
    such a follow-up of ``y``'s happening or another happening."""
    return _by_report(x) and not _by_report(y) and y.hi < x.hi - cfg.recent_days - cfg.day_slack


def follow_up_only(a: Report, b: Report, cfg: Any) -> bool:
    """One of the two reaches the other only through the follow-up window (``reaches_back``)."""
    return reaches_back(a, b, cfg) or reaches_back(b, a, cfg)


# -- clusters within a component ---------------------------------------------------------------
def agglomerate(nodes: dict[str, Report], links: dict[tuple[str, str], tuple[str, ...]], cfg: Any
                ) -> dict[str, str | None]:
    """Node id -> cluster id: complete-linkage merging along links, strongest first (None: a noun-only
    follow-up that joined no full report)."""
    loose = 2 * cfg.day_slack

    def _strength(ev: Iterable[str]) -> tuple[int, float]:
        ev = tuple(ev)
        return (1 if any(x in FORCED for x in ev) else 0, round(weight((x for x in ev if x not in FORCED), cfg), 6))

    cache: dict[tuple[str, str], bool] = {}

    def ok(x: str, y: str) -> bool:
        key = (x, y) if x < y else (y, x)
        if key not in cache:
            cache[key] = compatible(nodes[x], nodes[y], cfg, slack=loose)
        return cache[key]

    usable = dict(links)
    if cfg.ambiguous_stays_apart:
        by_node: dict[str, list[tuple[tuple[int, int], str]]] = defaultdict(list)
        for (x, y), ev in links.items():
            if ev and not any(e in FORCED for e in ev):
                by_node[x].append((_strength(ev), y))
                by_node[y].append((_strength(ev), x))
        for x, options in by_node.items():
            if not nodes[x].reference:  # a noun-only follow-up never keeps a full report from its happening
                options = [(s, y) for s, y in options if not nodes[y].reference] or options
            best = max(s for s, _ in options)
            top = sorted(y for s, y in options if s == best)
            if any(not ok(p, q) for i, p in enumerate(top) for q in top[i + 1:]):
                for _, y in options:
                    key = (x, y) if x < y else (y, x)
                    if not any(e in FORCED for e in usable.get(key, ())):
                        usable.pop(key, None)

    def order(item):
        (x, y), ev = item
        a, b = nodes[x], nodes[y]
        km = _km(a, b) if a.precise and b.precise else 0.0
        forced, n = _strength(ev)
        # a noun-only follow-up joins the happening its strongest link names; it never shapes the
        # happenings of the full reports (merged first), nor keeps two of them apart
        return (a.reference or b.reference, -forced, -n, _gap(a, b), km, x, y)

    partners: dict[str, set[str]] = defaultdict(set)
    for x, y in usable:
        partners[x].add(y)
        partners[y].add(x)

    def follow_ups_hold(merged: list[str]) -> bool:
        """A report dated by its report that would sit with a happening before its recent days must be
        linked to one of that happening's reports itself (a follow-up's own evidence), not only to another
        report of its recent days that is a follow-up: "rebels fired on a patrol, an officer said" on the
        7th does not join the 1st's market killing because a follow-up of the killing and it share the
        town on the 7th."""
        for p in merged:
            old = {q for q in merged if reaches_back(nodes[p], nodes[q], cfg)}
            if old and not partners[p] & old:
                return False
        return True

    group = {x: x for x in nodes}
    members = {x: [x] for x in nodes}
    for (x, y), _ev in sorted(usable.items(), key=order):
        gx, gy = group[x], group[y]
        if gx == gy or not all(ok(p, q) for p in members[gx] for q in members[gy]):
            continue
        if not follow_ups_hold(members[gx] + members[gy]):
            continue
        keep, gone = (gx, gy) if gx < gy else (gy, gx)
        for z in members[gone]:
            group[z] = keep
        members[keep].extend(members.pop(gone))
    # noun-only follow-ups that joined no full report are no happening of their own: no cluster
    return {x: cluster_key(members[g]) if any(not nodes[m].reference for m in members[g]) else None
            for x, g in group.items()}


def cluster_key(ids: Iterable[str]) -> str:
    return "k" + stable_hash(min(ids))


# -- copies: which original report a copy's report repeats, and on whose clock it is dated -----
def match_copies(copy_reports: list[Report], originals: list[Report], rank: dict[str, tuple],
                 containment: dict[str, float], cfg: Any) -> dict[str, Report]:
    """Copy report id -> the original report its sentence repeats (same type; best original first).

    The sentences must match closely (``close_match`` of their content words, anchors agreeing),
    and carry a name, number or quote unless the copy repeats most of the original
    (``containment`` >= ``shadow_containment``): formulaic briefs ("A man was shot today, police
    said.") repeat such bare sentences about unrelated happenings, and the copy detector may link
    two briefs that share stock lines. ``rank`` orders the original articles (roots first, then
    earliest publication, then id).
    """
    from truce.dedup.compare import anchors_agree, share

    sents = {r.id: normalise(r.sentence) for r in [*copy_reports, *originals]}
    out: dict[str, Report] = {}
    for c in copy_reports:
        s = sents[c.id]
        best, best_key = None, None
        for o in originals:
            if o.event != c.event or o.article_id == c.article_id:
                continue
            t = sents[o.id]
            if not s.tokens or not t.tokens:
                continue
            if share(s, t) < cfg.close_match or not anchors_agree(s, t, cfg):
                continue
            if not s.anchors and containment.get(o.article_id, 0.0) < cfg.shadow_containment:
                continue
            key = (rank.get(o.article_id, (9,)), -share(s, t), o.trigger != c.trigger, o.id)
            if best_key is None or key < best_key:
                best, best_key = o, key
        if best is not None:
            out[c.id] = best
    return out


def redate(r: Report, clock_published: str | None, cfg: Any) -> str | None:
    """The report's date read on another article's publication clock; None when it does not depend on it.

    A date found from the publication day becomes the other's publication day; a relative
    expression ("on Monday") is resolved again with the time stage's ``resolve``.
    """
    from truce.time import find_expressions, resolve

    if not r.own_date or not clock_published or not r.ref_day:
        return None
    try:
        own_ref, new_ref = date.fromisoformat(r.ref_day[:10]), date.fromisoformat(clock_published[:10])
    except ValueError:
        return None
    if not r.date_text:
        return new_ref.isoformat() if r.own_date[:10] == own_ref.isoformat() else None
    day_text = r.date_text.split(" ... ")[0]
    exprs = [e for e in find_expressions(day_text) if e.text == day_text] or find_expressions(day_text)
    if not exprs:
        return None
    expr = exprs[0]
    got_own, got_new = resolve(expr, own_ref), resolve(expr, new_ref)
    far = resolve(expr, own_ref + timedelta(days=400))
    if got_own is None or got_new is None or far is None or far.day == got_own.day:
        return None  # unresolvable alone, or absolute (the same whatever the clock)
    if got_own.day.isoformat() != r.own_date[:10]:
        return None  # the coded date did not come from this expression alone
    if new_ref > own_ref or abs((got_new.day - got_own.day).days) > (own_ref - new_ref).days + cfg.week_days:
        return None  # not an earlier clock, or a shift no earlier publication explains (a year): keep it
    return got_new.day.isoformat() + r.own_date[10:]


# -- summaries ---------------------------------------------------------------------------------
CLUSTER_COLUMNS = ["cluster_id", "event", "first_date", "last_date", "n_reports", "n_articles",
                   "n_independent_sources", "loc_name", "loc_lat", "loc_lon", "loc_country", "actors",
                   "recipients", "sources"]
CLAIM_COLUMNS = ["cluster_id", "attribute", "value", "claimant", "article_id", "event_id"]


def summarise(store: Any, cids: list[str]) -> None:
    """Rewrite the touched clusters' rows and claims from their member reports (one load, one write)."""
    if not cids:
        return
    by_cluster: dict[str, list[Report]] = defaultdict(list)
    for r in store.reports_of_clusters(cids):
        by_cluster[r.cluster_id].append(r)
    all_articles = sorted({r.article_id for rs in by_cluster.values() for r in rs})
    info = store.outlets(all_articles)
    links = store.copy_roots(all_articles)
    cluster_rows, claim_rows = [], []
    for cid in sorted(by_cluster):
        reports = sorted(by_cluster[cid], key=lambda r: r.id)
        articles = sorted({r.article_id for r in reports})
        origins = _origins(articles, links)
        sources = distinct_outlets({info.get(origins[a], origins[a]) for a in articles})
        days = sorted(r.date[:10] for r in reports if r.date)
        loc = Counter((r.loc_name, r.lat, r.lon, r.country) for r in reports if r.loc_name or r.lat is not None)
        top_loc = sorted(loc.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0] if loc else (None,) * 4
        cluster_rows.append([
            cid, reports[0].event, days[0] if days else None, days[-1] if days else None,
            len(reports), len(articles), len(sources), *top_loc,
            _ranked(ref.label for r in reports for ref in r.actors),
            _ranked(ref.label for r in reports for ref in r.recipients), sources,
        ])
        claims = sorted({c for r in reports for c in claims_of(r, info.get(r.article_id))},
                        key=lambda c: tuple("" if x is None else x for x in c))
        claim_rows += [[cid, *c] for c in claims]
    store.write_summaries(sorted(set(cids)), CLUSTER_COLUMNS, cluster_rows, CLAIM_COLUMNS, claim_rows)


def distinct_outlets(names: set[str]) -> list[str]:
    """One name per outlet: "sahel wire" (a dateline credit standing in for an outlet) and
    "sahelwire.example" (a URL host) are one outlet, so a second spelling is not a second source."""
    by_key: dict[str, str] = {}
    for name in sorted(names):
        by_key.setdefault(outlet_identity(name), name)
    return sorted(by_key.values())


def outlet_identity(name: str) -> str:
    """Letters and digits of an outlet name, or of a host name without its top-level domain."""
    if "." in name and " " not in name.strip():
        name = name.strip().rsplit(".", 1)[0]
    return outlet_key(name) or name


def _ranked(labels) -> list[str]:
    counts = Counter(x for x in labels if x)
    return [x for x, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def claims_of(r: Report, outlet: str | None) -> list[tuple[str, str, str | None, str, str]]:
    """Every claim one report makes: actors, recipients, casualty figures, the place; with its claimant."""
    claimant = r.claimant or outlet
    out = [("actor", ref.label, claimant, r.article_id, r.id) for ref in r.actors if ref.label]
    out += [("recipient", ref.label, claimant, r.article_id, r.id) for ref in r.recipients if ref.label]
    out += [(attr, value, claimant, r.article_id, r.id) for attr, value in r.figures]
    if r.loc_name:
        out.append(("location", r.loc_name, claimant, r.article_id, r.id))
    return out


def _origins(ids: list[str], links: dict[str, list[tuple[str, bool]]]) -> dict[str, str]:
    """Each article's independent origin: itself, or the original it was copied from.

    A copy with several originals (a stitched page) is credited to one that already
    reports in this cluster when there is one, else to the earliest-sorted original.
    """
    present = set(ids)
    out = {}
    for a in ids:
        originals = links.get(a, [])
        options = [o for o, root in originals if root] or [o for o, _ in originals] or [a]
        out[a] = next((o for o in options if o in present), options[0])
    return out


__all__ = ["Stream", "agglomerate", "cluster_key", "common", "compatible", "evidence", "match_copies",
           "redate", "summarise", "with_date"]
