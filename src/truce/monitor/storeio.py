"""Read events (and which articles copy which) back from the DuckDB store for judging.

The store keeps each event's PLOVER record as JSON; this rebuilds ``Event``
objects from it. Copy links come from ``article_copies`` when the dedup stage
has created that table, and outlets from ``articles.source``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from truce.records import ActorRef, Casualty, Claim, Event, EventLocation, Modality, Place
from truce.store import Store

_CASUALTY_FIELDS = ("kind", "count", "high", "text", "start", "end", "claimant")
_CLAIM_FIELDS = ("kind", "claimant", "text", "start", "end", "cue")
_LOC_FIELDS = ("name", "geonameid", "lat", "lon", "feature_code", "country", "admin1", "precision", "rule",
               "text", "start", "end")


def event_from_record(rec: dict[str, Any]) -> Event:
    """The ``Event`` a PLOVER record (``Event.to_plover()``) was made from (evidence fields included)."""
    loc = rec.get("event_loc")
    offsets = rec.get("trigger_offsets") or [-1, -1]
    return Event(
        id=rec["id"], article_id=rec.get("article_id") or "", event=rec["event"], mode=rec.get("mode"),
        context=list(rec.get("context") or []),
        actor=[_ref(a) for a in rec.get("actor") or []], recipient=[_ref(a) for a in rec.get("recipient") or []],
        trigger=rec.get("trigger") or "", trigger_start=offsets[0], trigger_end=offsets[1],
        sentence=rec.get("text") or "", event_text=rec.get("event_text") or "",
        modality=Modality(negated=bool(rec.get("negated")), future=bool(rec.get("future")),
                          hypothetical=bool(rec.get("hypothetical")), claimed=bool(rec.get("claimed")),
                          claimant=rec.get("claimant")),
        confidence=float(rec.get("confidence") or 0.0), cameo_root=rec.get("cameo_root"),
        location=EventLocation(**{k: loc.get(k) for k in _LOC_FIELDS if k in loc}) if isinstance(loc, dict) else None,
        date=rec.get("date"), date_precision=rec.get("date_precision"), date_text=rec.get("date_text"),
        cluster_id=rec.get("cluster_id"), explanation=list(rec.get("explanation") or []),
        casualties=[_casualty(c) for c in rec.get("casualties") or [] if isinstance(c, dict)],
        claims=[_claim(c) for c in rec.get("claims") or [] if isinstance(c, dict)],
    )


def _ref(a: dict[str, Any]) -> ActorRef:
    return ActorRef(text=a.get("text") or "", country=a.get("country"), sector=a.get("sector"), name=a.get("name"),
                    actor_id=a.get("actor_id"), coref=a.get("coref"))


def _casualty(c: dict[str, Any]) -> Casualty:
    return Casualty(**{k: c[k] for k in _CASUALTY_FIELDS if k in c})


def _claim(c: dict[str, Any]) -> Claim:
    fields = {k: c[k] for k in _CLAIM_FIELDS if k in c}
    return Claim(**{**fields, "party": _ref(c.get("party") or {})})


def _date_filter(since: str | None, until: str | None, column: str = "date") -> tuple[list[str], list[Any]]:
    where, params = [], []
    if since:
        where.append(f"substr({column}, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append(f"substr({column}, 1, 10) <= ?")
        params.append(until)
    return where, params


def _event(record: str, cluster_id: str | None, sentence_start: int | None) -> Event:
    event = event_from_record(json.loads(record))
    event.cluster_id = cluster_id or event.cluster_id
    event.sentence_start = sentence_start if sentence_start is not None else -1
    return event


def read_events(store: Store, since: str | None = None, until: str | None = None) -> list[Event]:
    """Events dated within [since, until] (ISO days, inclusive); undated ones only without bounds.

    The ``cluster_id`` column wins over the record's copy: dedup may set it after the record was written.
    Loads everything into memory: for a big store, ``iter_articles`` streams.
    """
    where, params = _date_filter(since, until)
    sql = "SELECT record, cluster_id, sentence_start FROM events" + (" WHERE " + " AND ".join(where) if where else "") + \
        " ORDER BY date NULLS LAST, id"
    return [_event(*row) for row in store.con.execute(sql, params).fetchall()]


def iter_articles(store: Store, since: str | None = None, until: str | None = None, chunk_size: int = 5000
                  ) -> Iterator[list[tuple[str, date | None, list[Event]]]]:
    """The events of ``read_events``, grouped by article in publication order, about ``chunk_size`` events at
    a time (an article is never cut in two): ``[(article_id, publication day, events), ...]`` per chunk.

    Only the article keys are sorted by the database (small: one row per article); each chunk's records are
    then fetched by article id, so neither DuckDB nor Python ever holds more than a chunk of records.
    """
    where, params = _date_filter(since, until, "e.date")
    keys_sql = ("SELECT e.article_id, coalesce(try_cast(substr(any_value(a.published), 1, 10) AS DATE), "
                "min(try_cast(substr(e.date, 1, 10) AS DATE))) AS day, count(*) AS n "
                "FROM events e LEFT JOIN articles a ON a.id = e.article_id"
                + (" WHERE " + " AND ".join(where) if where else "")
                + " GROUP BY e.article_id ORDER BY day NULLS LAST, e.article_id")
    records_sql = ("SELECT e.record, e.cluster_id, e.sentence_start, e.article_id FROM events e "
                   "WHERE e.article_id IN (SELECT unnest(?::VARCHAR[]))" + "".join(" AND " + w for w in where)
                   + " ORDER BY e.article_id, e.trigger_start, e.id")
    keys = store.con.cursor()
    try:
        keys.execute(keys_sql, params)
        batch: list[tuple[str, date | None]] = []
        size = 0
        while True:
            rows = keys.fetchmany(1000)
            for article_id, day, n in rows:
                batch.append((article_id, day))
                size += n
                if size >= chunk_size:
                    yield _fetch(store, records_sql, params, batch)
                    batch, size = [], 0
            if not rows:
                break
        if batch:
            yield _fetch(store, records_sql, params, batch)
    finally:
        keys.close()


def _fetch(store: Store, sql: str, params: list[Any], batch: list[tuple[str, date | None]]
           ) -> list[tuple[str, date | None, list[Event]]]:
    by_id: dict[str, list[Event]] = {aid: [] for aid, _ in batch}
    for record, cluster_id, sentence_start, article_id in store.con.execute(sql, [[a for a, _ in batch], *params]).fetchall():
        by_id[article_id].append(_event(record, cluster_id, sentence_start))
    return [(aid, day, by_id[aid]) for aid, day in batch]


def iter_located_events(store: Store, since: str | None = None, until: str | None = None, chunk_size: int = 5000
                        ) -> Iterator[list[Event]]:
    """Asserted events with coordinates, ``chunk_size`` at a time (the excluded-activity pass)."""
    where, params = _date_filter(since, until)
    sql = ("SELECT record, cluster_id, sentence_start FROM events WHERE asserted AND loc_lat IS NOT NULL"
           + "".join(" AND " + w for w in where))
    cur = store.con.cursor()
    try:
        cur.execute(sql, params)
        while True:
            rows = cur.fetchmany(chunk_size)
            if not rows:
                break
            yield [_event(*row) for row in rows]
    finally:
        cur.close()


def read_places(store: Store, article_ids: list[str] | None = None) -> dict[str, list[Place]]:
    """The geoparser's toponyms of each article (all articles, or those given)."""
    sql = ("SELECT article_id, text, start_char, end_char, name, geonameid, lat, lon, feature_code, country, "
           "admin1, precision, score FROM places")
    params: list[Any] = []
    if article_ids is not None:
        sql += " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(list(article_ids))
    out: dict[str, list[Place]] = {}
    for row in store.con.execute(sql + " ORDER BY article_id, idx", params).fetchall():
        out.setdefault(row[0], []).append(Place(*row[1:]))
    return out


def _has_table(store: Store, name: str) -> bool:
    row = store.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    return bool(row[0])


def read_sources(store: Store, article_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """{article_id: {"outlet": ..., "original_id": ...}} for confidence (copies collapse to originals).

    All articles, or those given and the originals they were copied from (followed through copies of copies).
    """
    copies = _has_table(store, "article_copies")
    if article_ids is None:
        sources = {aid: {"outlet": outlet} for aid, outlet in store.con.execute("SELECT id, source FROM articles").fetchall()}
        if copies:
            for aid, original in store.con.execute("SELECT article_id, original_id FROM article_copies").fetchall():
                if original and original != aid:
                    sources.setdefault(aid, {})["original_id"] = original
        return sources
    sources: dict[str, dict[str, Any]] = {}
    todo = list(dict.fromkeys(article_ids))
    for _ in range(8):  # copy chains are short; this bounds a loop in the links
        todo = [a for a in todo if a not in sources]
        if not todo:
            break
        for aid, outlet in store.con.execute("SELECT id, source FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                             [todo]).fetchall():
            sources[aid] = {"outlet": outlet}
        for aid in todo:
            sources.setdefault(aid, {})
        if not copies:
            break
        found = store.con.execute("SELECT article_id, original_id FROM article_copies WHERE article_id IN (SELECT unnest(?::VARCHAR[])) "
                                  "ORDER BY article_id, original_id", [todo]).fetchall()
        for aid, original in found:
            if original and original != aid:
                sources[aid]["original_id"] = original
        todo = [o for _, o in found if o]
    return sources


def article_info(store: Store, article_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Outlet, title, url and date of each article (all, or those given), for the evidence in reports."""
    sql = "SELECT id, source, title, url, published FROM articles"
    params: list[Any] = []
    if article_ids is not None:
        sql += " WHERE id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(list(article_ids))
    rows = store.con.execute(sql, params).fetchall()
    return {r[0]: {"outlet": r[1], "title": r[2], "url": r[3], "published": r[4]} for r in rows}
