"""Judging a stream of events article by article, so memory does not grow with the store.

``judge`` (in memory) and ``judge_store`` (a DuckDB store of any size) share one mechanism,
``Judge``: it takes one article's events at a time, judges each event, lets the article's claims
reports join the incidents they are about, and holds each incident open until the stream has moved
``horizon`` days past its last report; then it applies the incident rules and hands the verdicts
on. The store is read in publication order, in chunks, so an incident's reports (which follow the
happening by days, a late copy by a few weeks) arrive close together; a report published more than
``horizon`` days after its incident's last one is judged as a new incident with the same id (counted
in ``Judge.reopened``).

Before the main pass, one cheap pass collects where excluded groups are reported active (only those
events are kept), which the ambiguity rule needs for events before and after them.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from truce.monitor.confidence import Sources
from truce.monitor.engine import (
    Activity,
    ActivityIndex,
    activity_of,
    as_chains,
    dateline_place,
    filed_location,
    judge_event,
    place_hints,
    story_places,
)
from truce.monitor.incidents import (
    coarse_retelling,
    gather_claim_reports,
    late_weekday_retelling,
    resolve_group,
    retold_elsewhere,
    same_act_aliases,
    take_day,
)
from truce.monitor.model import Truce, TruceChain
from truce.monitor.params import MonitorParams, default_params
from truce.monitor.truceplaces import placed_event
from truce.monitor.verdict import Verdict
from truce.records import Event, Place
from truce.settings import Settings


@dataclass
class _Open:
    reports: list[Verdict] = field(default_factory=list)
    last: date | None = None


class Judge:
    """Judges articles as they come; ``close`` hands on incidents no later article can add to."""

    def __init__(self, chains: list[TruceChain], activity: list[ActivityIndex], sources: Sources | None,
                 params: MonitorParams, horizon: timedelta | None) -> None:
        self.chains, self.activity, self.sources, self.params = chains, activity, sources, params
        self.horizon = horizon
        self.open: dict[tuple[int, str], _Open] = {}
        self._due: list[tuple[date, tuple[int, str]]] = []  # (last day, incident): a heap, stale entries skipped
        self.closed: dict[tuple[int, str], date | None] = {}  # recently closed incidents (to count reopenings)
        self._closed_order: deque[tuple[date, tuple[int, str]]] = deque()
        self.reopened = 0
        self.n_events = 0
        self._checked: date | None = None  # the last day the open incidents were checked for closing
        self.alias: dict[tuple[int, str], tuple[int, str]] = {}  # incident -> the incident it is one happening with
        self._aliased_to: dict[tuple[int, str], list[tuple[int, str]]] = {}

    def _alias(self, ci: int, old: str, new: str) -> None:
        """From now on incident ``old`` is ``new`` (``same_act_aliases``): its open reports move over."""
        src, dst = self.alias.get((ci, old), (ci, old)), self.alias.get((ci, new), (ci, new))
        if src == dst or src in self.closed or dst in self.closed:
            return  # one of them was already judged and written: keep them apart
        self.alias[src] = dst
        self._aliased_to.setdefault(dst, []).append(src)
        for k in self._aliased_to.pop(src, []):  # what pointed at src now points at dst
            self.alias[k] = dst
            self._aliased_to[dst].append(k)
        slot = self.open.pop(src, None)
        if slot is None:
            return
        target = self.open.setdefault(dst, _Open())
        for v in slot.reports:
            v.incident = dst[1]
        target.reports += slot.reports
        if slot.last is not None and (target.last is None or slot.last > target.last):
            target.last = slot.last
            heapq.heappush(self._due, (slot.last, dst))

    def article(self, events: list[Event], places: Mapping[str, Sequence[Place]] | None, day: date | None
                ) -> list[list[Verdict]]:
        """Judge one article's events (every chain); returns the incidents closed since."""
        self.n_events += len(events)
        for ci, chain in enumerate(self.chains):
            placed = [placed_event(e, chain, self.params, (places or {}).get(e.article_id, ())) for e in events]
            story = story_places(placed, self.params)
            located = [(e, filed_location(e, dateline_place((places or {}).get(e.article_id), self.params)))
                       for e in placed]
            judged = [judge_event(e, chain, self.activity[ci], self.sources, place_hints(e, places, story, loc),
                                  self.params, location=loc) for e, loc in located]
            gather_claim_reports(judged)
            for old, new in same_act_aliases(judged, self.params).items():
                self._alias(ci, old, new)
            touched = []
            for v in judged:
                v.incident = self.alias.get((ci, v.incident), (ci, v.incident))[1]
                key = (ci, v.incident)
                if key in self.closed and key not in self.open:
                    self.reopened += 1
                    del self.closed[key]
                slot = self.open.setdefault(key, _Open())
                slot.reports.append(v)
                touched.append(key)
                if day is not None and (slot.last is None or day > slot.last):
                    slot.last = day
                    heapq.heappush(self._due, (day, key))
            self._join_retold(ci, list(dict.fromkeys(touched)), {e.article_id for e in events}, day)
        return self.close(day)

    def _join_retold(self, ci: int, keys: list[tuple[int, str]], articles: set[str], day: date | None = None) -> None:
        """An incident of this article that only retells, with its claims, a happening another article
        told (``retold_elsewhere``) becomes that happening's incident; so does a late page dated only by a
        weekday that retells another story's incident (``late_weekday_retelling``; ``day``: its publication); so
        does an incident told at a district, province or country that contains another story's precisely
        placed one, of the same act, day and doer (``coarse_retelling``)."""
        for key in keys:
            slot = self.open.get(key)
            if slot is None or any(v.event is None or v.event.article_id not in articles for v in slot.reports):
                continue  # gone, or already shared with other articles
            hosts = ((k[1], s.reports) for k, s in self.open.items() if k[0] == ci and k != key)
            hosts = list(hosts)
            host = retold_elsewhere(slot.reports, hosts, self.params)
            if host is not None:
                for v in slot.reports:
                    v.reasons.append(f"retells incident {host.incident} of another story, with its claims")
                    take_day(v, host)
                self._alias(ci, key[1], host.incident)
                continue
            host = late_weekday_retelling(slot.reports, hosts, day, self.sources, self.params)
            if host is not None:
                for v in slot.reports:
                    v.reasons.append(f"a late page dated only by a weekday: retells incident {host.incident} "
                                     f"of another story (same act, place and casualty figure), of its day")
                    v.local_day = host.local_day
                self._alias(ci, key[1], host.incident)
                continue
            other = coarse_retelling(slot.reports, hosts, self.params)
            if other is not None:
                for v in slot.reports:
                    v.reasons.append(f"one happening with incident {other} of another story: the same act, day "
                                     f"and doer, one of them placed only at a place containing the other's")
                self._alias(ci, key[1], other)

    def close(self, day: date | None = None, everything: bool = False) -> list[list[Verdict]]:
        """Resolve the incidents whose last report is more than ``horizon`` before ``day``."""
        if everything:
            done = list(self.open)
        elif self.horizon is None or day is None or day == self._checked:
            return []
        else:
            self._checked = day
            cutoff, done = day - self.horizon, []
            while self._due and self._due[0][0] < cutoff:
                last, key = heapq.heappop(self._due)
                slot = self.open.get(key)
                if slot is not None and slot.last == last:  # not a stale entry
                    done.append(key)
        out = []
        for key in done:
            slot = self.open.pop(key)
            self.closed[key] = slot.last
            if slot.last is not None:
                self._closed_order.append((slot.last, key))
            out += resolve_group(slot.reports, self.sources, self.params)
        if day is not None and self.horizon is not None:  # forget incidents closed long ago: memory stays flat
            old = day - self.params.forget_horizons * self.horizon - self.params.forget_slack
            while self._closed_order and self._closed_order[0][0] < old:
                _, key = self._closed_order.popleft()
                if key in self.closed and self.closed[key] is not None and self.closed[key] < old:
                    del self.closed[key]
                    for k in self._aliased_to.pop(key, []):
                        self.alias.pop(k, None)
        return out


def judge(events: Iterable[Event], truce: TruceChain | Truce | Iterable[TruceChain | Truce],
          sources: Sources | None = None, places: Mapping[str, Sequence[Place]] | None = None,
          settings: Settings | None = None) -> list[Verdict]:
    """One ``Verdict`` per event and truce chain, in the events' order (chain by chain).

    ``sources`` maps article ids to ``{"outlet": ..., "original_id": ...}`` so republished copies of
    one story count as one source. ``places`` (article id -> the geoparser's toponyms) lets an event
    placed only at country level be placed by the towns its sentence names. ``settings``: the
    thresholds (``[monitor]``; default: the shipped ones).
    """
    events = list(events)
    params = MonitorParams.from_settings(settings) if settings is not None else default_params()
    chains = as_chains(truce)
    activity = [ActivityIndex(_activities(events, chain, params), params) for chain in chains]
    judge_ = Judge(chains, activity, sources, params, horizon=None)
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    for group in by_article.values():
        judge_.article(group, places, None)
    verdicts = [v for part in judge_.close(everything=True) for v in part]
    position: dict[str, int] = {}
    for n, e in enumerate(events):
        position.setdefault(e.id, n)
    chain_of = {c.name: n for n, c in enumerate(chains)}
    verdicts.sort(key=lambda v: (chain_of.get(v.truce, 0), position.get(v.event_id, 0)))
    return verdicts


def _activities(events: Iterable[Event], chain: TruceChain, params: MonitorParams) -> list[Activity]:
    seen: dict[str, Activity] = {}
    for e in events:
        if e.id not in seen:
            act = activity_of(e, chain, params)
            if act is not None:
                seen[e.id] = act
    return list(seen.values())


# -- the store ---------------------------------------------------------------------------------------
@dataclass
class StoreJudgement:
    """What ``judge_store`` did, for the command's summary line."""

    n_events: int = 0
    n_incidents: int = 0
    reopened: int = 0


def judge_store(store, truce: TruceChain | Truce | Iterable[TruceChain | Truce], since: str | None = None,
                until: str | None = None, settings: Settings | None = None,
                stats: StoreJudgement | None = None) -> Iterator[list[Verdict]]:
    """Judge every event of a store against the truce chain(s), streaming: yields one list of verdicts per
    incident as soon as it is closed. Memory holds one chunk of events and the incidents still open."""
    from truce.monitor.storeio import iter_articles, iter_located_events, read_places, read_sources

    params = MonitorParams.from_settings(settings) if settings is not None else default_params()
    chains = as_chains(truce)
    if params.duckdb_memory_limit:  # DuckDB caches what it reads: bound it, so memory does not grow with the store
        store.con.execute(f"SET memory_limit = '{params.duckdb_memory_limit}'")
    pad = params.activity_window + params.activity_read_pad
    activity = []
    for chain in chains:
        acts: list[Activity] = []
        for batch in iter_located_events(store, _shift(since, -pad), _shift(until, pad), params.chunk_size):
            acts += [a for a in (activity_of(e, chain, params) for e in batch) if a is not None]
        activity.append(ActivityIndex(acts, params))
    sources = _Sources()
    judge_ = Judge(chains, activity, sources, params, horizon=params.horizon)
    stats = stats if stats is not None else StoreJudgement()
    for chunk in iter_articles(store, since, until, params.chunk_size):
        ids = [aid for aid, _, _ in chunk]
        sources.update(read_sources(store, ids))
        places = read_places(store, ids)
        for _aid, day, events in chunk:
            for part in judge_.article(events, places, day):
                stats.n_incidents += 1
                yield part
        sources.forget(judge_.open)
    for part in judge_.close(everything=True):
        stats.n_incidents += 1
        yield part
    stats.n_events, stats.reopened = judge_.n_events, judge_.reopened


def _shift(day: str | None, by: timedelta) -> str | None:
    return (date.fromisoformat(day) + by).isoformat() if day else None


class _Sources(dict):
    """Outlets and copy links of the articles still needed (those of open incidents)."""

    def forget(self, open_incidents: Mapping[tuple[int, str], _Open]) -> None:
        keep = {v.article_id for slot in open_incidents.values() for v in slot.reports}
        keep |= {self[a].get("original_id") for a in keep if a in self and self[a].get("original_id")}
        for aid in [a for a in self if a not in keep]:
            del self[aid]
