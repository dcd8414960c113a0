"""What clustering keeps of one coded event: a ``Report``, made from the records alone.

A report is one asserted, non-background event of one article, reduced to what deciding
"same happening?" needs: its type and mode, a date *interval* (how the date was found
decides its width), a place (precise or coarse), its actors, and its **signal values**:
the things two reports of one happening tend to share and two reports of different
happenings rarely do: actor names, casualty figures, quoted phrases, the capitalised
words and numbers of the sentence (names, streets, ages), the sentence itself (a
fingerprint of its content words) and the mode. Whether a shared value is *evidence*
is decided later, against the stream of similar reports (``truce.dedup.clusters``).

Reports are built from ``CodedArticle`` records, so the same function serves the DuckDB
store, Parquet partitions and tests; ``dedup_reports`` holds one row per report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from truce.dedup.claims import casualty_claims
from truce.dedup.text import sentence as normalise
from truce.records import CodedArticle, Event

COARSE = frozenset({"country", "admin1", "admin2", "region"})
# How an event's date was found (``Event.date_source``); publication-dated reports may tell of
# a happening days before (a follow-up), the others name its day.
PUBLICATION = "publication"
# Signal marking a noun-only follow-up's report ("the toll from Tuesday's attack rose to ten"): no
# evidence, stored with the signals so that every adapter keeps it.
REFERENCE = "r:follow-up"
COPY_ORIGINAL = "copy-original"


@dataclass(frozen=True)
class Ref:
    """An actor or recipient as clustering compares it."""

    country: str | None
    sector: str | None
    name: str | None

    @property
    def label(self) -> str | None:
        if self.name:
            return self.name
        if self.country or self.sector:
            return f"{self.country or '?'} {self.sector or '?'}"
        return None

    def encode(self) -> str:
        return "|".join(x or "" for x in (self.country, self.sector, self.name))

    @staticmethod
    def decode(value: str) -> Ref:
        country, sector, name = (value.split("|", 2) + ["", ""])[:3]
        return Ref(country or None, sector or None, name or None)


@dataclass
class Report:
    """One clusterable report (a row of ``dedup_reports``)."""

    id: str
    article_id: str
    event: str
    mode: str | None
    lo: int | None  # first possible day of the happening (proleptic ordinal); None: not clusterable by date
    hi: int | None  # last possible day
    minute: int | None  # clock time when the date had one (minutes since 1970, UTC when zoned)
    basis: str | None  # how the date was found: text, relative, publication
    precision: str | None  # day, week, month, year, reported
    own_date: str | None  # the date as coded from this article's own text and clock
    date: str | None  # the date in force (a copy's may be re-read on its original's clock)
    date_text: str | None
    ref_day: str | None  # the publication day the date stage resolved against
    precise: bool
    lat: float | None
    lon: float | None
    place: str | None  # key of the precise place (gazetteer id, else name)
    loc_name: str | None
    country: str | None
    actors: tuple[Ref, ...] = ()
    recipients: tuple[Ref, ...] = ()
    signals: frozenset[str] = frozenset()
    tokens: frozenset[str] = frozenset()  # stemmed content words of the sentence (place mentions, copy matching)
    trigger: str = ""
    sentence: str = ""
    claimant: str | None = None
    figures: tuple[tuple[str, str], ...] = ()  # casualty claims (attribute, number) of the sentence
    copy_of: str | None = None  # the original's report this copy repeats (it follows that report's cluster)
    clock: str | None = None  # the original article whose publication clock dates this copy's report
    cluster_id: str | None = None

    @property
    def dated(self) -> bool:
        return self.lo is not None

    @property
    def day(self) -> int | None:
        return self.lo if self.lo == self.hi else None

    @property
    def anchor(self) -> bool:
        """Precise enough to define a happening: a point or town, and one day."""
        return self.precise and self.lo is not None and self.lo == self.hi

    @property
    def reference(self) -> bool:
        """A noun-only follow-up (``follow_up_reference``): it follows a happening, never shapes one."""
        return REFERENCE in self.signals

    @property
    def names(self) -> set[str]:
        return {x.name.lower() for x in self.actors + self.recipients if x.name}


def _refs(event: Event, role: str) -> tuple[Ref, ...]:
    refs = event.actor if role == "actor" else event.recipient
    return tuple(Ref(r.country, r.sector, r.name) for r in refs)


def is_clusterable(event: Event) -> bool:
    """Asserted events that are new reports. Background mentions (an earlier happening recalled)
    are left out: clustering them too cost B-cubed precision on the written cluster set (0.98 from
    1.00) and gained no recall (docs/dedup.md)."""
    return event.modality.asserted and not event.background and "background" not in event.context


def follow_up_reference(event: Event, published: str | None, cfg: Any) -> bool:
    """A follow-up told only by a noun: a background mention (a definite event noun the events stage
    read as a known event, "the toll from Tuesday's attack rose to ten", "last Friday's market
    bombing") whose text names a day within ``follow_up_days`` before the publication. The events
    stage rightly does not count it as a new happening; clustering lets it join the happening it
    names, so the follow-up article is not an incident of its own (``reference_follow_ups``)."""
    if not (cfg.reference_follow_ups and event.background and event.modality.asserted):
        return False
    if "background" in event.context or event.date_precision != "day" or date_basis(event) == PUBLICATION:
        return False
    try:
        days = (date.fromisoformat((published or "")[:10]) - date.fromisoformat(event.date[:10])).days
    except (TypeError, ValueError):
        return False
    return 0 <= days <= cfg.follow_up_days


def date_basis(event: Event) -> str | None:
    """``Event.date_source`` when the date stage set it; else read from the date's precision and text."""
    if event.date is None:
        return None
    if event.date_source:
        return event.date_source
    return PUBLICATION if event.date_precision == "reported" else "text"


def interval(value: str | None, precision: str | None, basis: str | None, cfg: Any) -> tuple[int, int] | None:
    """The days the happening may have fallen on, as (first, last) ordinals; None: too vague to cluster.

    A named day is that day; a week or month covers ``week_days`` / ``month_days`` from its
    first day; a report dated only by its publication (or "said on Monday") may tell of a
    happening up to ``follow_up_days`` before it. Year precision is not clustered.
    """
    if not value or precision == "year":
        return None
    try:
        d = date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
    if basis == PUBLICATION or precision == "reported":
        return d - cfg.follow_up_days, d
    if precision == "week":
        return d, d + cfg.week_days - 1
    if precision == "month":
        return d, d + cfg.month_days - 1
    return d, d


def clock_minute(value: str | None) -> int | None:
    """Minutes since 1970 of a dated time ("2026-03-02T23:10+02:00"); None for a bare date."""
    if not value or len(value) <= 10:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() // 60)


# Coarse places whose centre still bounds where the happening was (``coarse_reach``): their key is
# the level, a colon and the place's key, and they are never *precise* (no place evidence, no spot).
REACH_LEVELS = ("admin2", "admin1")


def place_of(event: Event) -> tuple[bool, str | None]:
    """(precise, key): a point or town with coordinates is precise; its key is the gazetteer id or name.
    A located district or province is not precise; its key is ``admin2:<key>`` / ``admin1:<key>``, so
    that ``coarse_reach`` can bound how far from its centre the happening may be."""
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None or loc.precision is None:
        return False, None
    key = f"g{loc.geonameid}" if loc.geonameid is not None else (loc.name or f"{loc.lat:.3f},{loc.lon:.3f}").lower()
    if loc.precision in REACH_LEVELS:
        return False, f"{loc.precision}:{key}"
    if loc.precision in COARSE:
        return False, None
    return True, key


# How the locate stage chose a place that its sentence need not name (``EventLocation.rule``).
BORROWED_RULES = ("paragraph", "dateline")


def dateline_only(event: Event, coded: CodedArticle) -> bool:
    """The event's town is its article's dateline city, taken from the paragraph or the dateline, and
    its sentence does not name it: the dateline says where the wire files from ("YAOUNDE - Two gendarmes
    were killed ... in Cameroon's North-West region", "ADEN - ... shelling in Taiz", "JUBA - fighting in
    Bor"), and the sentence's own place was one the geocoder did not resolve. Such a report is known
    only to its country: placed at the capital, it was more than ``max_km`` from every other report
    of its happening."""
    loc, city = event.location, coded.article.meta.get("dateline_city")
    if loc is None or not loc.name or not city or not (loc.rule or "").startswith(BORROWED_RULES):
        return False
    from truce.dedup.clusters import _unaccented

    name = normalise(_unaccented(loc.name)).tokens
    if not name or name != normalise(_unaccented(str(city))).tokens:
        return False
    return not name <= normalise(_unaccented(event.sentence or "")).tokens


@lru_cache(maxsize=1)
def _road_spans() -> re.Pattern[str]:
    """A road named by the towns it joins: "the Gboko-Makurdi road", "the road between Kajo-Keji and Juba",
    "the highway from Bunia to Komanda" (``dedup/road_words.txt``)."""
    from truce.knowledge import lang_file, load_lines

    roads = "|".join(re.escape(w) for w in load_lines(lang_file("dedup", "road_words.txt")))
    name = r"[A-Z][\w'.]*(?:[ -][A-Z][\w'.]*)*"
    return re.compile(rf"{name}\s*[-\u2013]\s*{name}\s+(?i:{roads})s?\b"  # "road" and "Road"
                      rf"|\b(?i:{roads})s?\s+(?:between|from|linking|connecting)\s+{name}\s+(?:and|to|with)\s+{name}")


def road_end_only(event: Event, sentence: str) -> bool:
    """The event's town is named in its sentence only as one end of a road ("two policemen were shot dead
    at a checkpoint on the Gboko-Makurdi road", "gunmen ambushed a truck on the road between Kajo-Keji and
    Juba"): the happening was somewhere along the road, and placed at that end (often the dateline's city)
    it was 60 km from the other outlets' town. Such a report is known only to its country. ``sentence`` is
    the event's sentence without its dateline."""
    loc = event.location
    if loc is None or not loc.name:
        return False
    from truce.dedup.clusters import _unaccented

    name = re.compile(rf"(?<!\w){re.escape(_unaccented(loc.name).lower())}(?!\w)")
    spans = [_unaccented(m.group(0)).lower() for m in _road_spans().finditer(sentence)]
    if not any(name.search(x) for x in spans):
        return False
    return not name.search(_unaccented(_road_spans().sub(" ", sentence)).lower())


ABSTAINED = "abstained"  # place key prefix: the sentence names a place the geocoder refused to locate


def abstained_place(event: Event, coded: CodedArticle) -> str | None:
    """The place key ``abstained:<words>`` when the event's sentence names a place the geocoder
    abstained on (``Place.abstained``: only far namesakes) and the event's location is no better
    than its country (a country or region, or none). Such a report's happening is at a named place
    nobody located, not "anywhere in the country": clustering lets it meet only reports that name
    that place (``names_abstained``)."""
    loc = event.location
    if loc is not None and loc.precision not in (None, "country", "region"):
        return None
    if event.sentence_start < 0 or not event.sentence:
        return None
    lo, hi = event.sentence_start, event.sentence_start + len(event.sentence)
    for p in coded.places:
        if p.abstained and not p.in_org and lo <= p.start < hi:
            words = sorted(normalise(p.text).tokens)
            if words:
                return f"{ABSTAINED}:{' '.join(words)}"
    return None


def abstained_words(r: Any) -> frozenset[str]:
    """The content words of a report's abstained place name (empty when its place is not abstained)."""
    place = r.place or ""
    if not place.startswith(ABSTAINED + ":"):
        return frozenset()
    return frozenset(place.split(":", 1)[1].split())


def names_abstained(other: Any, words: frozenset[str]) -> bool:
    """Does ``other`` name the abstained place ``words``: the same abstained name, a location of that
    name, or every word of it in its sentence?"""
    if abstained_words(other) == words:
        return True
    if other.loc_name and normalise(other.loc_name).tokens == words:
        return True
    return words <= other.tokens


def coarse_reach(r: Any, cfg: Any) -> float | None:
    """How far from its coordinates a report's happening may lie: 0 for a precise place,
    ``admin2_reach_km`` / ``admin1_reach_km`` for a located district or province, None (anywhere in
    its country) otherwise."""
    if r.lat is None or r.lon is None:
        return None
    if r.precise:
        return 0.0
    level = (r.place or "").split(":", 1)[0]
    if level == "admin2":
        return float(cfg.admin2_reach_km)
    if level == "admin1":
        return float(cfg.admin1_reach_km)
    return None


def figures_of(event: Event) -> list[tuple[str, str]]:
    """Casualty figures the report gives: the event's parsed casualties, else the sentence's."""
    if event.casualties:
        return sorted({(c.kind, str(c.count)) for c in event.casualties})
    return casualty_claims(event.sentence)


NEAR_FIGURE = "f~:"  # signal prefix of a large casualty figure's neighbourhood ("f~:killed=16": some toll from 16 up)


def near_figures(figures, cfg: Any) -> set[str]:
    """For every casualty figure of at least ``near_figure_min`` (a number, not a range), one value for each
    whole number it may be a neighbour of: "f~:killed=m" for every m from figure / ``near_figure_ratio`` up
    to the figure. Two reports share one exactly when their tolls are within that ratio of each other:
    "killed 18 civilians" and "killed at least 16 people" are one massacre's early counts, a shared exact
    figure is already an ``f:`` value (``shared_values`` then keeps only one near value per attribute)."""
    import math

    out = set()
    for attr, value in figures:
        if not str(value).isdigit() or int(value) < cfg.near_figure_min:
            continue
        n = int(value)
        out.update(f"{NEAR_FIGURE}{attr}={m}" for m in range(math.ceil(n / cfg.near_figure_ratio), n + 1))
    return out


def _undated(text: str) -> str:
    """The text with its date expressions blanked: a weekday or a month is no identity signal."""
    from truce.time import find_expressions

    out = list(text)
    for expr in find_expressions(text):
        out[expr.start:expr.end] = " " * (expr.end - expr.start)
    return "".join(out)


_LEADING_NAME = re.compile(r"(?:^|[.!?]\s+|\n)[\"'“‘(]?([A-Z][\w'’-]+)\s+(?=[A-Z][\w'’-])")


def _leading_names(text: str) -> set[str]:
    """A sentence's first word when a capitalised word follows it ("Hassan Guled, 34, was shot"):
    the copy detector's anchors skip every first word, names lead many crime reports."""
    from truce.dedup.text import stem, stopwords

    stop = stopwords()
    return {stem(w) for w in _LEADING_NAME.findall(text) if w.lower() not in stop}


_CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")


def name_phrases(text: str) -> set[str]:
    """Adjacent pairs of capitalised words ("goran nakamura", "pio nono"), stemmed, leading stopwords
    dropped ("The Georgia Bureau" -> "georgia bureau"): a first name and a surname are each common
    in a month of news, the pair is not (``phrase`` values: ``c:``)."""
    from truce.dedup.text import stem, stopwords

    stop = stopwords()
    out = set()
    for run in _CAPITAL_RUN.findall(text):
        words = [w for w in run.split()]
        while words and words[0].lower() in stop:
            words.pop(0)
        stems = [stem(w.lower()) for w in words]
        out.update(f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False) if a and b)
    return out


def text_signals(text: str, terms: bool = False) -> set[str]:
    """Quotes ("q:..."), capitalised words and numbers ("w:...") of a text, and with ``terms`` its
    other content words ("t:..."); dates and single digits (too common to tell happenings apart)
    left out."""
    if not text:
        return set()
    undated = _undated(text)
    found = normalise(undated)
    anchors = set(found.anchors) | _leading_names(undated)
    out = {a if a.startswith("q:") else "w:" + a for a in anchors if not (len(a) == 1 and a.isdigit())}
    out.update("c:" + x for x in name_phrases(undated))
    if terms:
        out.update("t:" + t for t in found.tokens if t not in found.anchors and not any(ch.isdigit() for ch in t))
    return out


LOCALITY = "l:"  # signal prefix of a named spot inside a town ("l:sariab"): a contradiction, not evidence


@lru_cache(maxsize=1)
def _locality_pattern() -> re.Pattern[str]:
    from truce.knowledge import lang_file, load_lines

    words = load_lines(lang_file("dedup", "locality_nouns.txt"))
    after = "|".join(re.escape(w) for w in sorted((w for w in words if not w.startswith("of:")), key=len, reverse=True))
    before = "|".join(re.escape(w[3:]) for w in sorted((w for w in words if w.startswith("of:")), key=len, reverse=True))
    name = r"(?:[A-Z][\w'’]*|\d+)(?:(?:[ \t]+|-)(?:[A-Z][\w'’]*|\d+))*"
    return re.compile(rf"(?P<a>{name})[ \t]+(?i:{after})\b|\b(?i:{before})[ \t]+of[ \t]+(?P<b>{name})")


def localities(sentence: str) -> set[str]:
    """Named spots inside a town that a sentence gives ("on Sariab Road", "in the Las Quintas
    neighbourhood", "the village of Bubong"), each as its sorted content words."""
    out = set()
    for m in _locality_pattern().finditer(sentence or ""):
        words = normalise((m.group("a") or m.group("b")).replace("-", " ")).tokens  # "Mandera-Elwak road"
        if words:
            out.add(" ".join(sorted(words)))
    return out


def locality_words(r: Any) -> list[frozenset[str]]:
    """The words of each named spot a report's sentence gives (its ``l:`` values)."""
    return [frozenset(v[len(LOCALITY):].split()) for v in r.signals if v.startswith(LOCALITY)]


def spots_disagree(a: Any, b: Any) -> bool:
    """Both sentences name spots inside a town and no word is shared between them: "the Las Quintas
    neighbourhood" and "the Mexico 15 highway" are two places of one city."""
    la, lb = locality_words(a), locality_words(b)
    if not la or not lb:
        return False
    return not any(x & y for x in la for y in lb)


HOURS_PER_DAY = 24  # the end of a day's last part (data/lang/en/time/parts_of_day.yaml): midnight
TIME = "h:"  # signal prefix of a part of a named day ("h:2026-10-10:17-24"): evidence when shared, a contradiction when not


def _clock_hour(value: str | None) -> int | None:
    """The local hour of a dated time as written ("2026-10-10T21:40+04:00" -> 21); None for a bare date."""
    if not value or len(value) < 13 or value[10] != "T" or not value[11:13].isdigit():
        return None
    return int(value[11:13])


def day_parts(event: Event, slack_hours: int) -> set[str]:
    """The parts of a named day the report's happening fell in (``TIME`` values, "h:<day>:<from>-<to>"):
    from its clock time (every part within ``slack_hours`` of it: "21:40" is evening, "17:10" afternoon or
    evening) or from the one part its sentence names ("on Saturday night", "before dawn"). Only for a
    day the text names (a report dated by its publication has no day to split)."""
    from truce.time.lexicon import parts_of_day

    if not event.date or event.date_precision != "day" or date_basis(event) == PUBLICATION:
        return set()
    day, parts = event.date[:10], parts_of_day()
    hour = _clock_hour(event.date)
    if hour is not None:
        spans = {(lo, hi) for _, lo, hi in parts if lo - slack_hours <= hour < hi + slack_hours}
    else:
        spans = {(lo, hi) for pat, lo, hi in parts if pat.search(event.sentence or "")}
        if len(spans) != 1:
            return set()  # no part named, or two ("from morning until night")
    near_midnight = hour is None or min(hour, HOURS_PER_DAY - hour) <= slack_hours
    return {f"{TIME}{day}:{lo}-{hi}" for lo, hi in spans} | (_across_midnight(day, spans) if near_midnight else set())


def _across_midnight(day: str, spans: set[tuple[int, int]]) -> set[str]:
    """The night a part of a day borders ("h:<day>/<next day>"): a part that runs to the day's end ("late on
    Tuesday", "at 23:30") and one that starts at the next day's beginning ("early on Wednesday", "shortly
    after midnight") share it. One raid around midnight is "late on Tuesday" to one outlet and "early on
    Wednesday" to another: two named days, and, without this value, no part in common. A clock time gives
    it only within the part slack of midnight ("at 23:40", not "at 17:10")."""
    d = date.fromisoformat(day)
    out = set()
    for lo, hi in spans:
        if hi == HOURS_PER_DAY:
            out.add(f"{TIME}{day}/{d + timedelta(days=1)}")
        if lo == 0:
            out.add(f"{TIME}{d - timedelta(days=1)}/{day}")
    return out


def parts_disagree(a: Any, b: Any) -> bool:
    """Both reports name a part of one day and share none for it: "at dawn on Saturday" and "at 21:40 on
    Saturday" are two happenings, "on Saturday night" and "at 21:40" may be one."""
    pa = [v for v in a.signals if v.startswith(TIME)]
    pb = [v for v in b.signals if v.startswith(TIME)]
    if not pa or not pb:
        return False
    days = {v[len(TIME):len(TIME) + 10] for v in pa} & {v[len(TIME):len(TIME) + 10] for v in pb}
    return any(not ({v for v in pa if v[len(TIME):].startswith(d)} & {v for v in pb if v[len(TIME):].startswith(d)})
               for d in days)


def _named_day(r: Any) -> bool:
    """A report whose text names one day (not a publication day, a week or a month): its day came from an
    expression of its text (``date_text``)."""
    return bool(r.date_text) and r.basis != PUBLICATION and r.precision == "day" and r.lo is not None and r.lo == r.hi


def days_disagree(a: Any, b: Any) -> bool:
    """Both texts name a day, the days differ, and no night between them is told by both ("late on
    Monday" and "early on Tuesday" share ``h:<Monday>/<Tuesday>``; "on Monday night" and a bare "on
    Tuesday" may be one raid after midnight): two happenings. ``day_slack`` lets intervals miss by a day
    for a date told by the publication or a midnight raid, but in a dense stream "the bomb on Commercial
    Avenue on Monday" and "the taxi driver shot in Nkwen on Tuesday" were one Bamenda incident by the
    town alone (``named_days_contradict``, incid14)."""
    if not (_named_day(a) and _named_day(b)) or a.lo == b.lo:
        return False
    early, late = (a, b) if a.lo < b.lo else (b, a)
    if late.lo - early.lo > 1:
        return True
    night = f"{TIME}{date.fromordinal(early.lo)}/{date.fromordinal(late.lo)}"
    ends, starts = night in early.signals, night in late.signals

    def parts(r: Any) -> bool:
        return any(v.startswith(TIME) for v in r.signals)

    return not ((ends or not parts(early)) and (starts or not parts(late)) and (ends or starts))


def after_publication(x: Any, y: Any) -> bool:
    """``x`` is dated only by its publication and ``y``'s text names a day after it: an article cannot tell of
    what happened after it was published, so ``day_slack`` does not reach forward from a publication day (a
    sequel sentence of Thursday's story, "the camps had been used to hold kidnapped travellers", joined
    Friday's air strike 150 km away; ``publication_bounds``, incid14)."""
    return x.basis == PUBLICATION and x.hi is not None and _named_day(y) and y.lo > x.hi


def speaker_values(claimant: str | None) -> set[str]:
    """The capitalised words and phrases of the report's speaker ("Col. Mauricio Pineda said ..."): a
    spokesman quoted about every happening of his week says who tells, not which happening it is, and
    two reports he gave of two happenings shared his name as if it were a victim's."""
    return {v for v in text_signals(claimant or "") if v.startswith(("w:", "c:"))}


def signal_values(event: Event, fingerprint: int | None, cfg: Any = None) -> set[str]:
    """Every signal value of one report (see the module docstring)."""
    out = {f"n:{r.name.lower()}" for r in (*event.actor, *event.recipient) if r.name}
    if event.mode:
        out.add(f"m:{event.mode}")
    out.update(f"f:{attr}={value}" for attr, value in figures_of(event))
    if cfg is not None:
        out.update(near_figures(figures_of(event), cfg))
    out.update(text_signals(event.sentence, terms=True) - speaker_values(event.modality.claimant))
    out.update(LOCALITY + x for x in localities(_undated(event.sentence or "")))
    if event.date and event.date_precision == "day" and date_basis(event) != PUBLICATION:
        out.add("d:" + event.date[:10])  # a day the text names: two happenings a day apart differ in it
    if cfg is not None:
        out.update(day_parts(event, int(cfg.part_slack_hours)))
    if fingerprint is not None:
        out.add(f"s:{fingerprint}")
    return out


# Place precisions whose names say where in the world, never which happening ("Zamfara State", "Nigeria").
WIDE_PLACES = frozenset({"admin1", "country", "region"})


REGION = "g:"  # signal prefix of a province, region or country the text names ("g:zamfara")


def wide_places(coded: CodedArticle) -> list[frozenset[str]]:
    """The stemmed words of each province, region or country the article names (``Place.precision``
    admin1, region or country). Every report of that province can write them, so as plain words they
    were rare whenever the stream's other happenings in the province were named by their towns ("in an
    attack on Kucheri village in Tsafe local government area of Zamfara State" and "Gunmen killed 11
    people ... in Maru local government area of Zamfara State" shared "Zamfara State", "Zamfara" and
    "State" and were one cluster). They become one ``g:`` value per place, whose rarity counts every
    report of the pair's country (``clusters._carriers``). Districts' names stay words: a district is
    often named after its town (Marte, Kalat)."""
    out = []
    for p in coded.places:
        if p.precision in WIDE_PLACES and p.text:  # in an organisation's name too ("Mali army"): as common
            words = normalise(p.text).tokens - place_level_words()
            if words and words not in out:
                out.append(frozenset(words))
    return out


def _regional(values: set[str] | frozenset[str], text_tokens: frozenset[str], wide: list[frozenset[str]]) -> set[str]:
    """``values`` with the wide places' words (of those ``text_tokens`` names) as ``g:`` values, the phrases
    holding one ("c:zamfara state") and the words of a place's level ("state", "local government area")
    left out."""
    level = place_level_words()
    named = [w for w in wide if w <= text_tokens]
    words = set(level).union(*named) if named else set(level)
    out = {v for v in values if not (v[:2] in ("w:", "t:") and v[2:] in words)
           and not (v.startswith("c:") and words & set(v[2:].split()))}
    out.update(REGION + " ".join(sorted(w)) for w in named)
    return out


@lru_cache(maxsize=1)
def place_level_words() -> frozenset[str]:
    """Stemmed words that say what kind of place a name is: the administrative unit nouns
    (``geo/unit_phrases.txt``: "local government area", "district", "territory") and
    ``dedup/place_level_words.txt`` ("state", "region")."""
    from truce.knowledge import lang_file, load_lines

    lines = load_lines(lang_file("geo", "unit_phrases.txt")) + load_lines(lang_file("dedup", "place_level_words.txt"))
    return frozenset(t for line in lines for t in normalise(line).tokens)


def _body(coded: CodedArticle) -> str:
    """The article's text after its dateline (one the date stage read, or a dateline-shaped opening
    without a date: "GUSAU, Nigeria - ")."""
    from truce.time.published import dateline_prefix_end

    text = coded.article.text or ""
    end = int(coded.article.meta.get("dateline_end", 0) or 0)
    return text[end:] if end else text[dateline_prefix_end(text):]


def _after_dateline(event: Event, coded: CodedArticle) -> str:
    """The event's sentence without the dateline it opens with ("GUSAU, Nigeria - Armed bandits ..."): the
    wire's city and country are in every story it files from there (``article_context`` leaves them out
    of the article's words for the same reason)."""
    from truce.time.published import dateline_prefix_end

    sentence = event.sentence or ""
    end = int(coded.article.meta.get("dateline_end", 0) or 0)
    if end and 0 <= event.sentence_start < end:
        return sentence[min(len(sentence), end - event.sentence_start):]
    text = coded.article.text or ""
    if event.sentence_start == 0 or (event.sentence_start > 0 and text[event.sentence_start - 1] == "\n"):
        return sentence[dateline_prefix_end(sentence):]  # "GUSAU, Nigeria - ": no date, no agency
    return sentence


def _borrowed_town(event: Event, coded: CodedArticle, cfg: Any) -> bool:
    """The event's town is one its story names for another reason: the dateline's (``dateline_only``) or
    an end of the road it happened on (``road_end_only``)."""
    return bool(cfg.dateline_places_coarse and dateline_only(event, coded)
                or cfg.road_ends_coarse and road_end_only(event, _after_dateline(event, coded)))


def report_of(event: Event, coded: CodedArticle, cfg: Any) -> Report:
    basis = date_basis(event)
    span = interval(event.date, event.date_precision, basis, cfg)
    precise, place = place_of(event)
    unplaced = abstained_place(event, coded)
    if unplaced is not None:
        precise, place = False, unplaced
    elif precise and _borrowed_town(event, coded, cfg):
        precise, place = False, None
    loc = event.location
    sent = normalise(event.sentence or "")
    fingerprint = sent.fingerprints(cfg.min_fingerprint_anchors)[0] if len(sent.tokens) >= cfg.min_sentence_tokens \
        else None
    published = coded.article.published
    return Report(
        id=event.id, article_id=event.article_id, event=event.event, mode=event.mode,
        lo=span[0] if span else None, hi=span[1] if span else None, minute=clock_minute(event.date),
        basis=basis, precision=event.date_precision, own_date=event.date, date=event.date,
        date_text=event.date_text, ref_day=published[:10] if published else None,
        precise=precise, lat=loc.lat if loc else None, lon=loc.lon if loc else None, place=place,
        loc_name=loc.name if loc else None, country=loc.country if loc else None,
        actors=_refs(event, "actor"), recipients=_refs(event, "recipient"),
        signals=frozenset(_report_values(event, coded, fingerprint, cfg)), tokens=sent.tokens,
        trigger=event.trigger, sentence=event.sentence or "", claimant=event.modality.claimant,
        figures=tuple(figures_of(event)),
    )


def _report_values(event: Event, coded: CodedArticle, fingerprint: int | None, cfg: Any) -> set[str]:
    """``signal_values`` read from the sentence after its dateline, the wide places' words as ``g:`` values
    (``place_words_evidence`` false)."""
    body = _after_dateline(event, coded)
    values = signal_values(replace(event, sentence=body) if body != event.sentence else event, fingerprint, cfg)
    if cfg.place_words_evidence:
        return values
    # a province or country the dateline names is a region value too: its rarity counts the whole country
    return _regional(values, normalise(event.sentence or "").tokens, wide_places(coded))


def reports_of(coded: CodedArticle, cfg: Any) -> list[Report]:
    """The clusterable reports of one coded article.

    With ``article_context``, an article that reports one happening of a type (its reports of
    that type are never distinct: ``distinct``) lends the quotes, names and numbers of its title
    and text to those reports: the sentence of a trigger often names neither victim nor street,
    the next paragraphs do.
    """
    events, refs = _clusterable(coded, cfg)
    out = _one_account_modes([report_of(e, coded, cfg) for e in events], cfg)
    if cfg.article_day:
        out = _article_day(out, refs, cfg)
    for r in out:
        if r.id in refs:
            r.signals = r.signals | {REFERENCE}
    if not cfg.article_context or not out:
        return out
    heads = [x for x in [coded.article.title, *coded.article.headlines] if x]
    # the dateline ("CULIACAN, Mexico, June 18 (Pacifico Wire) -") names the outlet and the country:
    # every story of that wire carries them, they tell no happening from another
    body = _body(coded)
    extra = text_signals("\n\n".join([*heads, body]))
    if not cfg.place_words_evidence:
        extra = _regional(extra, normalise("\n\n".join([*heads, coded.article.text])).tokens, wide_places(coded))
    if not extra:
        return out
    by_type: dict[str, list[Report]] = {}
    for r in out:
        by_type.setdefault(r.event, []).append(r)
    for group in by_type.values():
        # a noun-only follow-up neither decides whether the article tells one happening of the type
        # nor, when it does not fit that happening, takes its context
        full = [r for r in group if not r.reference]
        if all(not distinct(a, b, cfg) for i, a in enumerate(full) for b in full[i + 1:]):
            for r in group:
                if r in full or not any(distinct(r, x, cfg) for x in full):
                    r.signals = r.signals | (extra - speaker_values(r.claimant))
    return out


ARTICLE_DAY = "a:"  # signal prefix of the one day a publication-dated report's article names for its story ("a:2026-11-26")


def _article_day(reports: list[Report], refs: set[str], cfg: Any) -> list[Report]:
    """A report dated only by its publication in an article whose other reports of its type name one day,
    within ``recent_days`` before the publication, and are not ``distinct`` from it, carries that day as an
    ``ARTICLE_DAY`` value (no evidence): it tells that story, so it cannot be another day's happening
    (``article_days_disagree``). Its interval stays the week before the publication (a football line at
    the end of a radio bulletin, "Sonni's captain fired the third goal", is no new happening of the day).
    Without it, "The attackers set the post on fire before fleeing", after Thursday night's attack on a
    gendarmerie post, met Tuesday's fighting 2 km away by the town alone, and "the army said he had led
    attacks on the city's police posts" joined Monday's bomb in the city (``article_day``, incid14)."""
    for r in reports:
        days = {x.lo for x in reports if x.event == r.event and x.id not in refs and _named_day(x)}
        if r.basis != PUBLICATION or r.id in refs or len(days) != 1 or r.hi is None:
            continue
        d = min(days)
        mates = [x for x in reports if x.event == r.event and x.lo == d and x is not r]
        if 0 <= r.hi - d <= cfg.recent_days and not any(distinct(r, x, cfg) for x in mates):
            r.signals = r.signals | {f"{ARTICLE_DAY}{date.fromordinal(d).isoformat()}"}
    return reports


def _story_day(r: Any) -> str | None:
    """The day the report's text names, or for a publication-dated one the day its article names
    (``ARTICLE_DAY``), while the report is dated on its own clock (a copy re-dated on its original's is not)."""
    if _named_day(r):
        return date.fromordinal(r.lo).isoformat()
    if r.date != r.own_date:
        return None
    return next((v[len(ARTICLE_DAY):] for v in r.signals if v.startswith(ARTICLE_DAY)), None)


def article_days_disagree(a: Any, b: Any) -> bool:
    """One report's article names a day for its story, the other's text or article another one: two
    happenings (only for a publication-dated report: two named days are ``days_disagree``'s)."""
    if a.basis != PUBLICATION and b.basis != PUBLICATION:
        return False
    da, db = _story_day(a), _story_day(b)
    return da is not None and db is not None and da != db


def _clusterable(coded: CodedArticle, cfg: Any) -> tuple[list[Event], set[str]]:
    """The article's clusterable events, with its noun-only follow-ups (``follow_up_reference``) of a type
    for which it tells no happening on a day its text names (an article that recalls last week's attack
    beside today's is about today's), and the ids of those follow-ups."""
    events = [e for e in coded.events if is_clusterable(e)]
    named = {e.event for e in events if e.date_precision == "day" and date_basis(e) != PUBLICATION}
    refs = [e for e in coded.events if e.event not in named
            and follow_up_reference(e, coded.article.published, cfg)]
    return sorted(events + refs, key=lambda e: e.trigger_start), {e.id for e in refs}


def _one_account_modes(reports: list[Report], cfg: Any) -> list[Report]:
    """Reports of one type coded from one sentence and not ``distinct`` whose modes differ ("Armed men
    stormed the school and kidnapped five teachers": heavy weapons and an abduction) are one account
    told with two verbs: their modes say nothing about which happening it is, so clustering compares
    them without one (``mode`` None; the ``m:`` values stay). Without this the two reports could not
    be one happening away from one spot, and one story was two incidents."""
    groups: dict[tuple[str, str], list[Report]] = {}
    for r in reports:
        if r.sentence:
            groups.setdefault((r.event, r.sentence), []).append(r)
    for group in groups.values():
        modes = {r.mode for r in group if r.mode}
        if len(modes) > 1 and not any(distinct(a, b, cfg) for i, a in enumerate(group) for b in group[i + 1:]):
            for r in group:
                r.mode = None
    return reports


def _cue_pattern(name: str) -> re.Pattern[str]:
    """One pattern of the phrases of a cue file (``data/lang/en/dedup``); ``^`` marks a sentence start."""
    from truce.knowledge import lang_file, load_lines

    words = sorted(load_lines(lang_file("dedup", name)), key=len, reverse=True)
    parts = [r"^\W*" + re.escape(w[1:]) if w.startswith("^") else re.escape(w) for w in words]
    return re.compile(r"(?:" + "|".join(rf"(?:{x})\b" if x.startswith("^") else rf"\b{x}\b" for x in parts) + ")",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _separate_cues() -> re.Pattern[str]:
    return _cue_pattern("separate_cues.txt")


@lru_cache(maxsize=1)
def _sequence_cues() -> re.Pattern[str]:
    return _cue_pattern("sequence_cues.txt")


@lru_cache(maxsize=1)
def _answer_cues() -> re.Pattern[str]:
    return _cue_pattern("answer_cues.txt")


def _answer_between(a: Report, b: Report) -> bool:
    """One sentence, and between its two triggers a word saying one act answered or followed the other
    ("the air strike ... followed the killing of three police officers"): two happenings."""
    if a.sentence != b.sentence:
        return False
    ia, ib = a.sentence.find(a.trigger), a.sentence.find(b.trigger)
    if ia < 0 or ib < 0 or ia == ib:
        return False
    first, at = (a, ib) if ia < ib else (b, ia)
    return _answer_cues().search(a.sentence, min(ia, ib) + len(first.trigger), at) is not None


def _told_after_cue(a: Report, b: Report) -> bool:
    """Is one of the two told after a sequence word ("returned fire and later carried out air
    strikes")? In one sentence: a cue between the two triggers; in two: a cue before one's trigger
    in its own sentence ("Hours later, jets struck ...")."""
    cues = _sequence_cues()
    if a.sentence == b.sentence:
        ia, ib = a.sentence.find(a.trigger), a.sentence.find(b.trigger)
        if ia < 0 or ib < 0 or ia == ib:
            return False
        first, second = (a, ib) if ia < ib else (b, ia)
        return cues.search(a.sentence, min(ia, ib) + len(first.trigger), second) is not None
    for r in (a, b):
        at = r.sentence.find(r.trigger)
        if at > 0 and cues.search(r.sentence, 0, at) is not None:
            return True
    return False


def _labels(refs: tuple[Ref, ...]) -> set[str]:
    return {x.label.lower() for x in refs if x.label and x.sector not in ("UAF", "UNK")}


def _differ(a: Report, b: Report) -> bool:
    """Another mode, another target or another named place (each known on both sides)."""
    if a.mode and b.mode and a.mode != b.mode:
        return True
    ta, tb = _labels(a.recipients), _labels(b.recipients)
    if ta and tb and not ta & tb:
        return True
    return bool(a.loc_name and b.loc_name and a.loc_name.lower() != b.loc_name.lower())


def separate(sentence: str) -> bool:
    """Does the sentence introduce another happening ("In a separate incident, ...", "Elsewhere, ...")?"""
    return bool(sentence) and _separate_cues().search(sentence) is not None


def distinct(a: Report, b: Report, cfg: Any) -> bool:
    """Two reports of one article that tell of different happenings: another place, day, time or target,
    one of them told in a sentence that introduces another happening ("In a separate incident"), one
    told after a sequence word ("later", "then") with another mode, target or place, or two of one
    sentence with a word between them saying one answered the other ("followed", "in retaliation for").

    A shelling before a truce's start and one after it, told in one article, stay two.
    """
    from truce.geo.distance import haversine_km

    if a.sentence != b.sentence and separate(a.sentence) != separate(b.sentence):
        return True
    if _told_after_cue(a, b) and _differ(a, b):
        return True  # "returned fire and later carried out air strikes": the story moved on to a next act
    if _answer_between(a, b):
        return True  # "the air strike followed the killing of three officers": one act after the other

    if a.precise and b.precise and a.place != b.place and \
            haversine_km(a.lat, a.lon, b.lat, b.lon) > cfg.distinct_km:
        return True
    named_day = {"text", "relative", COPY_ORIGINAL}
    if a.basis in named_day and b.basis in named_day and a.day is not None and b.day is not None \
            and a.day != b.day:
        return True
    if a.minute is not None and b.minute is not None and abs(a.minute - b.minute) >= cfg.distinct_hours * 60:
        return True
    a_names = {r.name.lower() for r in a.recipients if r.name}
    b_names = {r.name.lower() for r in b.recipients if r.name}
    if a_names and b_names and not a_names & b_names:
        return True
    a_countries = {r.country for r in a.recipients if r.country}
    b_countries = {r.country for r in b.recipients if r.country}
    return bool(a_countries and b_countries and not a_countries & b_countries)


def with_date(r: Report, value: str | None, clock: str | None, cfg: Any) -> Report:
    """The report with the date in force ``value``, read on article ``clock``'s publication (None: its own)."""
    span = interval(value, r.precision, r.basis, cfg)
    return replace(r, date=value, clock=clock, lo=span[0] if span else None, hi=span[1] if span else None,
                   minute=clock_minute(value))
