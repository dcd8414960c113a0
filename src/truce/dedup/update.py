"""One batch of reports against a store adapter: copies' reports, links, clusters, summaries.

``update_clusters`` keeps the store's clusters equal to what clustering all stored reports at
once would give (``truce.dedup.clusters``), touching only what the batch can change:

1. the reports of copies: a copy's report that repeats an original's sentence follows that
   report (``copy_of``) and is dated on the original's clock; other reports of a full copy
   are dated on its original's clock too (the batch's copies, and the stored copies of an
   article the batch found to be a copy: their originals rank again, roots first);
2. the stream around the batch's reports (by type and day range, one query);
3. links: new reports against their partners; stored links whose evidence a new report now
   makes common; pairs a removed report (a copy that turned out to be one) made common;
4. the connected components of the old and the new links around the changes, re-clustered;
5. cluster ids (one set-based update; a copy's report takes its root's id as this batch leaves it,
   dated or not, so one batch or two give the same ids), inherited dates, touched summaries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from truce.dedup.clusters import (
    FORCED,
    PLACE,
    SPOT,
    Stream,
    agglomerate,
    cluster_key,
    evidence,
    match_copies,
    mentions,
    redate,
    summarise,
)
from truce.dedup.reports import COPY_ORIGINAL, Report, with_date
from truce.geo.distance import haversine_km


@dataclass
class DedupResult:
    """What one batch changed (a function of the store's contents, not of the arrival order)."""

    copy_links: list[tuple[str, str]] = field(default_factory=list)  # new (copy, original) article links
    clusters: dict[str, str] = field(default_factory=dict)  # event id -> cluster id, for reports that changed
    dates: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # re-dated: (date, date_source)
    touched: list[str] = field(default_factory=list)  # cluster ids whose summaries were rewritten


def _key(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x < y else (y, x)


def update_clusters(store: Any, batch: list[Report], new_links: list[tuple[str, str]], cfg: Any,
                    published: dict[str, str | None] | None = None) -> DedupResult:
    """Cluster a batch of new reports against the store (see the module docstring).

    ``published``: the batch articles' publication as written (the clock of their copies).
    """
    result = DedupResult(copy_links=list(new_links))
    changed, olds = _copy_reports(store, sorted(batch, key=lambda r: r.id), new_links, cfg, published or {})
    old = {r.id: r for r in olds}
    for r in changed:
        if r.clock or (r.id in old and old[r.id].clock):
            result.dates[r.id] = (r.date, COPY_ORIGINAL if r.clock else None)

    def node(r: Report | None) -> bool:
        return r is not None and r.dated and r.copy_of is None

    added = [r for r in changed if node(r) and (not node(old.get(r.id)) or (old[r.id].lo, old[r.id].hi) != (r.lo, r.hi))]
    now = {r.id: r for r in changed}
    removed = [o for o in olds if node(o) and (not node(now[o.id]) or (o.lo, o.hi) != (now[o.id].lo, now[o.id].hi))]
    store.add_reports(changed)
    assignment: dict[str, str | None] = {r.id: cluster_key([r.id]) for r in changed if not r.dated and r.copy_of is None}
    nodes_cluster = _relink_and_cluster(store, added, removed, cfg) if added or removed else {}
    assignment.update(nodes_cluster)
    assignment.update(_follow(store, changed, dict(assignment)))
    current = {r.id: r.cluster_id for r in changed}
    current.update(_current_clusters(store, [i for i in assignment if i not in current]))
    diff = {i: c for i, c in assignment.items() if current.get(i) != c}
    store.set_clusters(diff)
    store.set_dates(result.dates)
    touched = {c for c in diff.values() if c} | {current[i] for i in diff if current.get(i)}
    touched |= {r.cluster_id for r in olds if r.cluster_id} | {assignment.get(r.id) or r.cluster_id for r in changed
                                                                if r.id in old}
    if new_links:  # a copy's reports now count as its original's: their clusters' sources change
        touched |= {r.cluster_id for r in store.reports_of_articles({c for c, _ in new_links}) if r.cluster_id}
    result.clusters = diff
    result.touched = sorted(t for t in touched if t)
    summarise(store, result.touched)
    return result


def _current_clusters(store: Any, ids: list[str]) -> dict[str, str | None]:
    return {r.id: r.cluster_id for r in store.reports(ids)} if ids else {}


# -- 1. copies -------------------------------------------------------------------------------
def _copy_reports(store: Any, batch: list[Report], new_links: list[tuple[str, str]], cfg: Any,
                  published: dict[str, str | None]) -> tuple[list[Report], list[Report]]:
    """The batch's reports and the stored reports whose copy status or date changed, and the
    stored versions of the latter (before the change)."""
    batch_articles = {r.article_id for r in batch}
    newly_copied = {c for c, _ in new_links}
    scope = batch_articles | newly_copied
    links = store.copy_links(scope)
    # an original that has just been found to be a copy is no longer a root: the copies of it
    # stored earlier rank their originals again (their clock may move to another original)
    dependants = {c for c, o, _ in links if o in newly_copied} - scope
    if dependants:
        scope |= dependants
        links = store.copy_links(scope)
    originals: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for c, o, containment in links:
        originals[c].append((o, containment))
    copies = sorted(a for a in scope if a in originals)
    if not copies:
        return batch, []
    needed = set(copies) | {o for c in copies for o, _ in originals[c]}
    reports = {r.id: r for r in store.reports_of_articles(needed - batch_articles)}
    stored_ids = set(reports)
    reports.update({r.id: r for r in batch})
    by_article: dict[str, list[Report]] = defaultdict(list)
    for r in sorted(reports.values(), key=lambda r: r.id):
        by_article[r.article_id].append(r)
    meta = {row[0]: row for row in store.indexed(needed)}  # (id, source, published_utc, hash, credit, published)
    roots = {c: dict(v) for c, v in store.copy_roots(copies).items()}

    def pub(article: str) -> str | None:
        if article in published:
            return published[article]
        row = meta.get(article)
        return row[5] if row else None

    def rank(copy: str) -> dict[str, tuple]:
        out = {}
        for o, _ in originals[copy]:
            utc = meta[o][2] if o in meta else None
            out[o] = (0 if roots.get(copy, {}).get(o, True) else 1, utc is None, utc or "", o)
        return out

    targets_needed: set[str] = set()
    plan: dict[str, tuple[Report | None, str | None]] = {}
    for c in copies:
        ranks = rank(c)
        origin_reports = [r for o, _ in originals[c] for r in by_article.get(o, [])]
        matches = match_copies(by_article.get(c, []), origin_reports, ranks, dict(originals[c]), cfg)
        full = sum(x for _, x in originals[c]) >= cfg.full_containment
        first = min(ranks, key=ranks.get) if ranks else None
        for r in by_article.get(c, []):
            m = matches.get(r.id)
            if m is not None and m.copy_of:
                targets_needed.add(m.copy_of)
            plan[r.id] = (m, first if full else None)
    targets = {t.id: t for t in store.reports(targets_needed - set(reports))} if targets_needed else {}
    targets.update(reports)
    roots = {rid: _root(rid, plan, targets) for rid in plan}
    changed: dict[str, Report] = {r.id: r for r in batch}
    olds: list[Report] = []
    # the reports that follow no other first: a follower reads its root's clock as it is *after*
    # this batch, whether the root was stored earlier or arrives in the same batch
    for rid in sorted(plan, key=lambda i: (roots[i] is not None, i)):
        m, fallback = plan[rid]
        r = reports[rid]
        root = roots[rid]
        if root is not None:
            root = changed.get(root.id, root)
        clock = (root.clock or root.article_id) if root is not None else fallback
        when = redate(r, pub(clock), cfg) if clock else None
        new = with_date(r, when if when else r.own_date, clock if when else None, cfg)
        new = replace(new, copy_of=root.id if root is not None else None)
        if (new.copy_of, new.date, new.clock) != (r.copy_of, r.date, r.clock):
            if rid in stored_ids:
                olds.append(r)
            changed[rid] = new
    # reports that followed a report which now follows another: point them at the new root
    shadowed = {rid: r.copy_of for rid, r in changed.items() if r.copy_of and rid in stored_ids}
    if shadowed:
        for f in store.copies_of_reports(sorted(shadowed)):
            if f.id not in changed:
                olds.append(f)
                changed[f.id] = replace(f, copy_of=shadowed[f.copy_of])
    return sorted(changed.values(), key=lambda r: r.id), olds


def _root(rid: str, plan: dict[str, tuple[Report | None, str | None]], targets: dict[str, Report]) -> Report | None:
    """The report a copy's report follows: its match, or the report that match itself follows, to the
    end of the chain. A match in this batch is followed through the batch's own plan, a stored one
    through its stored ``copy_of``, so a chain resolves the same whatever batches it arrived in.
    None: no match, or a cycle through same-time copies (the report is kept as it is)."""
    seen = {rid}
    current = plan[rid][0] if rid in plan else None
    while current is not None:
        if current.id in seen:
            return None
        seen.add(current.id)
        if current.id in plan:
            nxt = plan[current.id][0]
        else:
            nxt = targets.get(current.copy_of) if current.copy_of else None
        if nxt is None:
            break
        current = targets.get(nxt.id, nxt)
    own = targets.get(rid)
    if current is None or (own is not None and current.article_id == own.article_id):
        return None
    return current


def _follow(store: Any, changed: list[Report], assigned: dict[str, str]) -> dict[str, str | None]:
    """Cluster ids of copies' reports: their target's, as assigned in this batch (dated or not) or
    stored; None when the target has none (a follower never keeps a cluster of its own)."""
    out: dict[str, str | None] = {}
    ids = {r.id for r in changed}
    followers = [r for r in changed if r.copy_of]
    if assigned:
        followers += [f for f in store.copies_of_reports(sorted(assigned)) if f.id not in ids]
    missing = sorted({f.copy_of for f in followers if f.copy_of not in assigned})
    known = _current_clusters(store, missing)
    for f in followers:
        out[f.id] = assigned.get(f.copy_of) or known.get(f.copy_of)
    return out


# -- 2-4. stream, links, components ----------------------------------------------------------
def _ranges(reports: list[Report], pad: int) -> list[tuple[int, int]]:
    """Day ranges around the reports, overlapping ranges merged."""
    spans = sorted((r.lo - pad, r.hi + pad) for r in reports)
    if not spans:
        return []
    out = []
    lo, hi = spans[0]
    for a, b in spans[1:]:
        if a <= hi + 1:
            hi = max(hi, b)
        else:
            out.append((lo, hi))
            lo, hi = a, b
    out.append((lo, hi))
    return out


def _carries(n: Report, value: str, a: Report, b: Report, stream: Stream, cfg: Any) -> bool:
    """Whether ``n`` counts among the reports carrying ``value`` for the pair (a, b) (a superset
    of ``clusters._carriers``: the pair is re-checked when this says yes)."""
    if value == SPOT:
        return n.precise and any(x.precise and haversine_km(n.lat, n.lon, x.lat, x.lon) <= cfg.same_spot_km
                                 for x in (a, b))
    if value != PLACE:
        return value in n.signals
    return any(x.precise and ((n.precise and n.place == x.place) or mentions(n, stream.place_tokens(x)))
               for x in (a, b))


def _relink_and_cluster(store: Any, added: list[Report], removed: list[Report], cfg: Any) -> dict[str, str]:
    s, sl = cfg.stream_days, cfg.day_slack
    dirty = added + removed
    stream = Stream(store.reports_near(_ranges(dirty, 2 * s + 2 * sl + 1)), cfg)
    zone_ids = {r.id for lo, hi in _ranges(dirty, s + sl) for r in stream.around(lo, hi)}
    zone_ids |= {r.id for r in added}
    removed_ids = {r.id for r in removed}
    added_ids = {r.id for r in added}
    evaluated: dict[tuple[str, str], tuple[str, ...]] = {}

    def evaluate(x: Report, y: Report) -> None:
        key = _key(x.id, y.id)
        if key not in evaluated:
            a, b = (x, y) if x.id < y.id else (y, x)
            evaluated[key] = evidence(a, b, stream, cfg)

    for x in sorted(added, key=lambda r: r.id):
        if x.id in stream.nodes:
            for y in stream.partners(x):
                evaluate(x, y)
    old_links = {_key(a, b): tuple(ev or ()) for a, b, _, ev in store.links_of(sorted(zone_ids | removed_ids))}
    dropped: set[tuple[str, str]] = set()
    for key, ev in sorted(old_links.items()):
        if key in evaluated:
            continue
        if key[0] in removed_ids or key[1] in removed_ids:
            dropped.add(key)  # a report that is now a copy's, or moved away: its links are re-made above
            continue
        a, b = stream.nodes.get(key[0]), stream.nodes.get(key[1])
        if a is None or b is None or any(e in FORCED for e in ev):
            continue  # beyond the stream, or needing no rare signal: untouched by this batch
            continue
        if any(n.id not in key and _carries(n, v, a, b, stream, cfg) for v in ev for n in added):
            evaluate(a, b)
    for r in removed:  # a carrier gone: values it made common may be rare again
        values = set(r.signals) | ({PLACE, SPOT} if r.precise else set())
        for x in sorted(zone_ids):
            node = stream.nodes.get(x)
            if node is None or x in added_ids:
                continue
            if any(_carries(node, v, r, r, stream, cfg) if v in (PLACE, SPOT) else v in node.signals for v in values):
                for y in stream.partners(node):
                    evaluate(node, y)
    changes = {k: ev for k, ev in evaluated.items() if ev != old_links.get(k, ())}
    removals = ({k for k in changes if k in old_links} | dropped)
    additions = [(k[0], k[1], len(ev), list(ev)) for k, ev in sorted(changes.items()) if ev]
    seeds = added_ids | removed_ids | {x for k in changes for x in k} | {x for k in dropped for x in k}
    members, links = _components(store, seeds, old_links, {k: ev for k, ev in changes.items() if ev}, removals)
    store.replace_links(removals, additions)
    nodes = {i: stream.nodes[i] for i in members if i in stream.nodes}
    missing = sorted(i for i in members if i not in nodes)
    for r in store.reports(missing):
        if r.copy_of is None and r.dated:
            nodes[r.id] = r
    links = {k: ev for k, ev in links.items() if k[0] in nodes and k[1] in nodes}
    return agglomerate(nodes, links, cfg)


def _components(store: Any, seeds: set[str], known: dict[tuple[str, str], tuple[str, ...]],
                added: dict[tuple[str, str], tuple[str, ...]], removed: set[tuple[str, str]]
                ) -> tuple[set[str], dict[tuple[str, str], tuple[str, ...]]]:
    """Every report connected to ``seeds`` by old or new links, and the new links among them."""
    links_new: dict[tuple[str, str], tuple[str, ...]] = {}
    adjacency: dict[str, set[str]] = defaultdict(set)
    for (a, b) in added:
        adjacency[a].add(b)
        adjacency[b].add(a)
    seen: set[str] = set()
    frontier = set(seeds)
    fetched: set[str] = set()
    old: dict[tuple[str, str], tuple[str, ...]] = dict(known)
    while frontier:
        seen |= frontier
        ask = sorted(frontier - fetched)
        fetched |= set(ask)
        for a, b, _, ev in store.links_of(ask):
            old[_key(a, b)] = tuple(ev or ())
        for (a, b) in old:
            if a in frontier or b in frontier:
                adjacency[a].add(b)
                adjacency[b].add(a)
        nxt = set()
        for x in frontier:
            nxt |= adjacency[x]
        frontier = nxt - seen
    for k, ev in old.items():
        if k[0] in seen and k[1] in seen and k not in removed:
            links_new[k] = ev
    for k, ev in added.items():
        links_new[k] = ev
    return seen, links_new
