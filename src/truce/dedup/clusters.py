"""One event from many reports: asserted events that describe the same happening share a cluster.

Two reports are compatible when they have the same PLOVER type, dates within a window set
by the coarser date precision, places within ``MAX_KM`` (unknown place: compatible) and
compatible actors (unknown, or no country/sector/name contradiction). Clusters are the
connected components of that relation, so they do not depend on ingest order; a
cluster's id is a hash of its smallest event id and is recomputed when clusters merge.
Only clusters touched by a batch are recomputed: cost follows the batch, not the corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

import pyarrow as pa
from duckdb import DuckDBPyConnection

from truce.dedup.claims import casualty_claims
from truce.dedup.text import outlet_key
from truce.geo.distance import haversine_km
from truce.ids import stable_hash
from truce.store import insert_rows

WINDOW_DAYS = {"day": 1, "week": 7, "month": 31, "reported": 2}  # year / unknown: not clustered
MAX_WINDOW = max(WINDOW_DAYS.values())
MAX_KM = 50.0
SAME_SPOT_KM = 25.0  # same spot, same day: reports that blame different sides still merge
AMBIGUOUS_STAYS_APART = False  # True: a vague report that fits several happenings joins none
COARSE = {"country", "admin1", "admin2", "region", None}
# A report placed only at country level (or nowhere) joins a precise happening only when one of
# these agrees too; date and type alone let two same-day strikes in one country merge.
STRONG_SIGNALS = ("name", "mode", "copy", "place_mention")


@dataclass(frozen=True)
class Ref:
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


@dataclass
class Report:
    """What clustering needs of one stored event."""

    id: str
    article_id: str
    event: str
    day: date | None
    window: int | None
    lat: float | None
    lon: float | None
    precision: str | None
    country: str | None
    loc_name: str | None
    claimant: str | None
    sentence: str
    cluster_id: str | None
    mode: str | None = None
    actors: list[Ref] = field(default_factory=list)
    recipients: list[Ref] = field(default_factory=list)

    @property
    def precise(self) -> bool:
        return self.lat is not None and self.lon is not None and self.precision not in COARSE

    @property
    def names(self) -> set[str]:
        return {x.name.lower() for x in self.actors + self.recipients if x.name}


_SELECT = (
    "SELECT e.id, e.article_id, e.event, "
    "coalesce(try_cast(left(e.date, 10) AS DATE), try_cast(left(a.published, 10) AS DATE)) AS day, "
    "CASE WHEN try_cast(left(e.date, 10) AS DATE) IS NOT NULL THEN e.date_precision "
    "WHEN try_cast(left(a.published, 10) AS DATE) IS NOT NULL THEN 'reported' END AS prec, "
    "e.loc_lat, e.loc_lon, e.loc_precision, e.loc_country, e.loc_name, e.claimant, e.sentence, e.cluster_id, e.mode "
    "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.asserted AND "
)


def _load(con: DuckDBPyConnection, where: str, params: list) -> dict[str, Report]:
    rows = con.execute(_SELECT + where, params).fetchall()
    out = {}
    for r in rows:
        window = WINDOW_DAYS.get(r[4]) if r[3] is not None else None
        if window is None and r[4] in (None, "") and r[3] is not None:
            window = WINDOW_DAYS["day"]  # a date without precision: take it at its word
        out[r[0]] = Report(r[0], r[1], r[2], r[3], window, r[5], r[6], r[7], r[8], r[9], r[10],
                           r[11] or "", r[12], r[13])
    if out:
        refs = con.execute("SELECT event_id, role, country, sector, name FROM event_actors "
                           "WHERE list_contains(?, event_id) ORDER BY event_id, role, idx", [list(out)]).fetchall()
        for eid, role, country, sector, name in refs:
            ref = Ref(country, sector, name)
            (out[eid].actors if role == "actor" else out[eid].recipients).append(ref)
    return out


# -- compatibility ------------------------------------------------------------------------------
def _km(a: Report, b: Report) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _refs_compatible(xs: list[Ref], ys: list[Ref]) -> bool:
    """Unknown on either side is compatible; otherwise some pair must not contradict."""
    xs = [x for x in xs if x.label]
    ys = [y for y in ys if y.label]
    if not xs or not ys:
        return True
    for x in xs:
        for y in ys:
            if x.name and y.name:
                if x.name.lower() == y.name.lower():
                    return True
                continue
            if x.country and y.country and x.country != y.country:
                continue
            if x.sector and y.sector and x.sector != y.sector:
                continue
            return True
    return False


def compatible(a: Report, b: Report) -> bool:
    """Same type, dates and places within their windows, no contradicting actors or modes.

    Two different modes of one type (a drone strike, an air raid) are two happenings unless
    both reports are placed precisely within SAME_SPOT_KM of each other: then one outlet's
    "drone" is the
    other's "air strike", a normal disagreement kept in the claims.
    """
    if a.event != b.event or a.window is None or b.window is None:
        return False
    if abs((a.day - b.day).days) > max(a.window, b.window):
        return False
    if a.precise and b.precise:
        km = _km(a, b)
        if km > MAX_KM:
            return False
        same_spot = km <= SAME_SPOT_KM and max(a.window, b.window) <= 1
        close = km <= SAME_SPOT_KM
    else:
        if a.country and b.country and a.country != b.country:
            return False
        same_spot = close = False
    if a.mode and b.mode and a.mode != b.mode and not close:
        return False
    if same_spot:
        return True
    return _refs_compatible(a.actors, b.actors) and _refs_compatible(a.recipients, b.recipients)


# -- incremental update -------------------------------------------------------------------------
class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def is_anchor(r: Report) -> bool:
    """A report precise enough to define a happening: a point or town, and a day."""
    return r.precise and r.window == WINDOW_DAYS["day"]


def update_clusters(con: DuckDBPyConnection, article_ids: list[str], relinked: list[str]) -> None:
    """Cluster the asserted events of new articles; refresh clusters whose sources changed.

    Anchored reports (precise place, day) form clusters as connected components. Vague
    reports (country-level or unknown place, week/month dates) join the single best
    compatible anchored cluster but never bridge two, so they cannot chain distinct
    happenings together. A vague report is re-assigned whenever a compatible anchored
    report arrives or its cluster merges, so the end state does not depend on order.
    """
    new = _load(con, "list_contains(?, e.article_id)", [article_ids]) if article_ids else {}
    touched: set[str] = set()
    anchors = {k: r for k, r in new.items() if is_anchor(r)}
    vague = {k: r for k, r in new.items() if not is_anchor(r)}
    if anchors:
        cids, stale, orphans = _assign_anchored(con, anchors)
        touched |= cids | stale
        vague.update(orphans)
        vague.update({k: r for k, r in _candidates(con, anchors).items()
                      if not is_anchor(r) and k not in new and any(compatible(r, a) for a in anchors.values())})
    if vague:
        touched |= _assign_vague(con, vague)
    if relinked:
        rows = con.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE cluster_id IS NOT NULL AND list_contains(?, article_id)",
            [sorted(set(relinked) | _linking_to(con, relinked))]).fetchall()
        touched |= {r[0] for r in rows}
    _summarise(con, sorted(touched))


def _linking_to(con: DuckDBPyConnection, ids: list[str]) -> set[str]:
    rows = con.execute("SELECT article_id FROM article_copies WHERE list_contains(?, original_id)",
                       [ids]).fetchall()
    return {r[0] for r in rows}


def _set_cluster(con: DuckDBPyConnection, ids: list[str], cid: str) -> None:
    con.execute("UPDATE events SET cluster_id = ? WHERE list_contains(?, id) AND cluster_id IS DISTINCT FROM ?",
                [cid, sorted(ids), cid])


def _assign_anchored(con: DuckDBPyConnection, new: dict[str, Report]
                     ) -> tuple[set[str], set[str], dict[str, Report]]:
    """Union new anchored reports with compatible stored ones (connected components).

    Returns the resulting cluster ids, the ids that merges made stale, and the vague
    reports that hung on stale clusters (they must be re-assigned).
    """
    cands = {k: r for k, r in _candidates(con, new).items() if is_anchor(r) and k not in new}
    uf = _UnionFind()
    new_list = sorted(new.values(), key=lambda r: r.id)
    for i, a in enumerate(new_list):
        uf.find(a.id)
        for b in new_list[i + 1:]:
            if compatible(a, b):
                uf.union(a.id, b.id)
        for b in cands.values():
            if compatible(a, b):
                uf.union(a.id, "c:" + b.cluster_id)
    groups: dict[str, set[str]] = {}
    for x in list(uf.parent):
        groups.setdefault(uf.find(x), set()).add(x)
    cids, stale, orphans = set(), set(), {}
    for members in groups.values():
        old = sorted(x[2:] for x in members if x.startswith("c:"))
        events = {x for x in members if not x.startswith("c:")}
        if old:
            stored = _load(con, "list_contains(?, e.cluster_id)", [old])
            events |= {k for k, r in stored.items() if is_anchor(r)}
            orphans.update({k: r for k, r in stored.items() if not is_anchor(r)})
        cid = "k" + stable_hash(min(events))
        _set_cluster(con, sorted(events), cid)
        cids.add(cid)
        stale |= set(old) - {cid}
    return cids, stale, orphans


def strong_signals(r: Report, a: Report, copies: set[tuple[str, str]]) -> int:
    """How many signals besides type and date say that report ``r`` and anchor ``a`` agree.

    A shared actor/recipient name, the same mode, a copy link between the two articles (or
    the same article), or the anchor's place named in ``r``'s sentence.
    """
    n = 0
    if "name" in STRONG_SIGNALS and r.names & a.names:
        n += 1
    if "mode" in STRONG_SIGNALS and r.mode and r.mode == a.mode:
        n += 1
    if "copy" in STRONG_SIGNALS and (r.article_id == a.article_id or (r.article_id, a.article_id) in copies
                                     or (a.article_id, r.article_id) in copies):
        n += 1
    if "place_mention" in STRONG_SIGNALS and a.loc_name and _mentions(r.sentence, a.loc_name):
        n += 1
    return n


def _mentions(text: str, name: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE) is not None


def _supported(r: Report, options: list[Report], copies: set[tuple[str, str]]) -> list[Report]:
    """The anchors a report without a precise place may join: those with the most strong signals.

    When the report names the place of some anchors, only those remain: a report that names
    one town is not about a same-mode strike in another.
    """
    named = [a for a in options if "place_mention" in STRONG_SIGNALS and a.loc_name
             and _mentions(r.sentence, a.loc_name)]
    scored = [(strong_signals(r, a, copies), a) for a in (named or options)]
    top = max((k for k, _ in scored), default=0)
    return [a for k, a in scored if k == top and k > 0]


def _links_among(con: DuckDBPyConnection, ids: list[str]) -> set[tuple[str, str]]:
    """(copy, original) pairs with both articles in ``ids``."""
    rows = con.execute("SELECT article_id, original_id FROM article_copies WHERE list_contains(?, article_id) "
                       "AND list_contains(?, original_id)", [ids, ids]).fetchall()
    return {(a, o) for a, o in rows}


def _assign_vague(con: DuckDBPyConnection, vague: dict[str, Report]) -> set[str]:
    """Point each vague report at its best compatible anchored cluster, or a cluster of its own.

    A report without a precise place needs a strong signal (``strong_signals``) to join:
    a country-level report agrees with every happening in that country.
    """
    dated = {k: r for k, r in vague.items() if r.day is not None and r.window is not None}
    anchors = [r for r in _candidates(con, dated).values() if is_anchor(r)] if dated else []
    copies = _links_among(con, sorted({r.article_id for r in [*vague.values(), *anchors]})) if anchors else set()
    touched: set[str] = set()
    for r in sorted(vague.values(), key=lambda x: x.id):
        options = [a for a in anchors if a.event == r.event and compatible(r, a)]
        if not r.precise:
            options = _supported(r, options, copies)
        if len({a.cluster_id for a in options}) > 1 and AMBIGUOUS_STAYS_APART:
            options = []  # two happenings fit: guessing would inflate one's source count
        if options:
            best = min(options, key=lambda a: (abs((a.day - r.day).days), _km(a, r) if r.precise else 0.0, a.id))
            cid = best.cluster_id
        else:
            cid = "k" + stable_hash(r.id)
        if r.cluster_id != cid:
            _set_cluster(con, [r.id], cid)
            if r.cluster_id:
                touched.add(r.cluster_id)
        touched.add(cid)
    return touched


def _candidates(con: DuckDBPyConnection, new: dict[str, Report]) -> dict[str, Report]:
    """Stored, clustered reports of the same type within the widest date window of a new report."""
    dated = [r for r in new.values() if r.day is not None and r.window is not None]
    if not dated:
        return {}
    probe = pa.table({
        "event": [r.event for r in dated],
        "lo": [r.day - timedelta(days=MAX_WINDOW) for r in dated],
        "hi": [r.day + timedelta(days=MAX_WINDOW) for r in dated],
    })
    con.register("_dedup_probe", probe)
    try:
        where = ("e.cluster_id IS NOT NULL AND e.id IN (SELECT e2.id FROM events e2 JOIN articles a2 "
                 "ON a2.id = e2.article_id JOIN _dedup_probe p ON p.event = e2.event "
                 "WHERE e2.asserted AND e2.cluster_id IS NOT NULL AND coalesce(try_cast(left(e2.date, 10) AS DATE), "
                 "try_cast(left(a2.published, 10) AS DATE)) BETWEEN p.lo AND p.hi)")
        return _load(con, where, [])
    finally:
        con.unregister("_dedup_probe")


# -- summaries ----------------------------------------------------------------------------------
_CLUSTER_COLUMNS = ["cluster_id", "event", "first_date", "last_date", "n_reports", "n_articles",
                    "n_independent_sources", "loc_name", "loc_lat", "loc_lon", "loc_country", "actors",
                    "recipients", "sources"]
_CLAIM_COLUMNS = ["cluster_id", "attribute", "value", "claimant", "article_id", "event_id"]


def _summarise(con: DuckDBPyConnection, cids: list[str]) -> None:
    """Rewrite the touched clusters' rows and claims from their member reports.

    One query loads every member of every touched cluster and one writes each table, so the
    cost per batch does not grow with the number of clusters a batch touches.
    """
    if not cids:
        return
    con.execute("DELETE FROM clusters WHERE list_contains(?, cluster_id)", [cids])
    con.execute("DELETE FROM cluster_claims WHERE list_contains(?, cluster_id)", [cids])
    by_cluster: dict[str, list[Report]] = {}
    for r in _load(con, "list_contains(?, e.cluster_id)", [cids]).values():
        by_cluster.setdefault(r.cluster_id, []).append(r)
    all_articles = sorted({r.article_id for rs in by_cluster.values() for r in rs})
    info = _article_info(con, all_articles)
    links = _copy_links(con, all_articles)
    cluster_rows, claim_rows = [], []
    for cid in sorted(by_cluster):
        reports = sorted(by_cluster[cid], key=lambda r: r.id)
        articles = sorted({r.article_id for r in reports})
        origins = _origins(articles, links)
        sources = distinct_outlets({info.get(origins[a], origins[a]) for a in articles})
        days = sorted(r.day for r in reports if r.day)
        loc = Counter((r.loc_name, r.lat, r.lon, r.country) for r in reports if r.loc_name or r.lat is not None)
        top_loc = sorted(loc.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0] if loc else (None,) * 4
        cluster_rows.append([
            cid, reports[0].event, days[0].isoformat() if days else None, days[-1].isoformat() if days else None,
            len(reports), len(articles), len(sources), *top_loc,
            _ranked(ref.label for r in reports for ref in r.actors),
            _ranked(ref.label for r in reports for ref in r.recipients), sources,
        ])
        claims = sorted({c for r in reports for c in _claims(r, info.get(r.article_id))},
                        key=lambda c: tuple("" if x is None else x for x in c))
        claim_rows += [[cid, *c] for c in claims]
    insert_rows(con, "clusters", _CLUSTER_COLUMNS, cluster_rows, replace=False)
    insert_rows(con, "cluster_claims", _CLAIM_COLUMNS, claim_rows, replace=False)


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


def _claims(r: Report, outlet: str | None) -> list[tuple[str, str, str | None, str, str]]:
    claimant = r.claimant or outlet
    out = [("actor", ref.label, claimant, r.article_id, r.id) for ref in r.actors if ref.label]
    out += [("recipient", ref.label, claimant, r.article_id, r.id) for ref in r.recipients if ref.label]
    out += [(attr, value, claimant, r.article_id, r.id) for attr, value in casualty_claims(r.sentence)]
    if r.loc_name:
        out.append(("location", r.loc_name, claimant, r.article_id, r.id))
    return out


def _article_info(con: DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    """article id -> outlet, for the articles and for their originals."""
    rows = con.execute(
        "SELECT article_id, source FROM dedup_articles WHERE source IS NOT NULL AND (list_contains(?, article_id) "
        "OR article_id IN (SELECT original_id FROM article_copies WHERE list_contains(?, article_id)))",
        [ids, ids]).fetchall()
    return dict(rows)


def _copy_links(con: DuckDBPyConnection, ids: list[str]) -> dict[str, list[tuple[str, bool]]]:
    """article id -> its originals, each with whether that original is itself uncopied (a root)."""
    rows = con.execute(
        "SELECT article_id, original_id, original_id NOT IN (SELECT article_id FROM copied_articles) AS root "
        "FROM article_copies WHERE list_contains(?, article_id) ORDER BY article_id, original_id", [ids]).fetchall()
    links: dict[str, list[tuple[str, bool]]] = {}
    for a, o, is_root in rows:
        links.setdefault(a, []).append((o, bool(is_root)))
    return links


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
