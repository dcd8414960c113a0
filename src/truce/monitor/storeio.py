"""Read events (and which articles copy which) back from the DuckDB store for judging.

The store keeps each event's PLOVER record as JSON; this rebuilds ``Event``
objects from it. Copy links come from ``article_copies`` when the dedup stage
has created that table, and outlets from ``articles.source``.
"""

from __future__ import annotations

import json
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


def read_events(store: Store, since: str | None = None, until: str | None = None) -> list[Event]:
    """Events dated within [since, until] (ISO days, inclusive); undated ones only without bounds.

    The ``cluster_id`` column wins over the record's copy: dedup may set it after the record was written.
    """
    where, params = [], []
    if since:
        where.append("substr(date, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(date, 1, 10) <= ?")
        params.append(until)
    sql = "SELECT record, cluster_id, sentence_start FROM events" + (" WHERE " + " AND ".join(where) if where else "") + \
        " ORDER BY date NULLS LAST, id"
    events = []
    for record, cluster_id, sentence_start in store.con.execute(sql, params).fetchall():
        event = event_from_record(json.loads(record))
        event.cluster_id = cluster_id or event.cluster_id
        event.sentence_start = sentence_start if sentence_start is not None else -1
        events.append(event)
    return events


def read_places(store: Store, article_ids: list[str] | None = None) -> dict[str, list[Place]]:
    """The geoparser's toponyms of each article (all articles, or those given)."""
    sql = ("SELECT article_id, text, start_char, end_char, name, geonameid, lat, lon, feature_code, country, "
           "admin1, precision, score FROM places")
    params: list[Any] = []
    if article_ids is not None:
        sql += " WHERE list_contains(?, article_id)"
        params.append(list(article_ids))
    out: dict[str, list[Place]] = {}
    for row in store.con.execute(sql + " ORDER BY article_id, idx", params).fetchall():
        out.setdefault(row[0], []).append(Place(*row[1:]))
    return out


def _has_table(store: Store, name: str) -> bool:
    row = store.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    return bool(row[0])


def read_sources(store: Store) -> dict[str, dict[str, Any]]:
    """{article_id: {"outlet": ..., "original_id": ...}} for confidence (copies collapse to originals)."""
    sources: dict[str, dict[str, Any]] = {}
    for aid, outlet in store.con.execute("SELECT id, source FROM articles").fetchall():
        sources[aid] = {"outlet": outlet}
    if _has_table(store, "article_copies"):
        for aid, original in store.con.execute("SELECT article_id, original_id FROM article_copies").fetchall():
            if original and original != aid:
                sources.setdefault(aid, {})["original_id"] = original
    return sources


def article_info(store: Store) -> dict[str, dict[str, Any]]:
    """Outlet, title, url and date of each article, for the evidence in reports."""
    rows = store.con.execute("SELECT id, source, title, url, published FROM articles").fetchall()
    return {r[0]: {"outlet": r[1], "title": r[2], "url": r[3], "published": r[4]} for r in rows}
