"""Read events (and which articles copy which) back from the DuckDB store for judging.

Events come back through the store's reader (``Store.read_events``), which rebuilds them from
the columns the record schema (``truce.schema``) generated, so an event judged from the store is
the event that was coded: same modality cue, sentence, offsets and actors.
"""

from __future__ import annotations

from typing import Any

from truce.records import Event
from truce.schema import event_from_plover
from truce.store import Store
from truce.store import read_events as _read_events

__all__ = ["article_info", "event_from_record", "read_events", "read_sources"]


def event_from_record(rec: dict[str, Any]) -> Event:
    """The ``Event`` a PLOVER record (``Event.to_plover()``) was made from (every field)."""
    return event_from_plover(rec)


def read_events(store: Store, since: str | None = None, until: str | None = None) -> list[Event]:
    """Events dated within [since, until] (ISO days, inclusive); undated ones only without bounds."""
    where, params = [], []
    if since:
        where.append("substr(date, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(date, 1, 10) <= ?")
        params.append(until)
    return list(_read_events(store.con, " AND ".join(where), params))  # any object with a store connection


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
