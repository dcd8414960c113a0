"""The store stage: one embedded DuckDB file, idempotent and crash-safe.

Each batch of coded articles is written in one transaction, so a run killed at
any moment leaves the file as it was after the last whole batch; re-running
skips the articles already stored (ids are content hashes) and completes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from truce.ids import stable_hash
from truce.records import CodedArticle, Event, Skipped
from truce.store.schema import MIGRATIONS

DEFAULT_DB = "truce.duckdb"

_EVENT_COLUMNS = (
    "id, article_id, event, mode, context, date, date_precision, date_text, trigger, trigger_start, "
    "trigger_end, sentence, sentence_start, event_text, negated, future, hypothetical, claimed, claimant, "
    "asserted, confidence, quad_code, cameo_root, loc_name, loc_geonameid, loc_lat, loc_lon, "
    "loc_feature_code, loc_country, loc_admin1, loc_precision, loc_rule, cluster_id, record"
)


_ARTICLE_COLUMNS = ["id", "url", "source", "title", "headlines", "published", "published_source", "language",
                    "origin", "fmt", "text", "removed", "meta", "n_events"]
_ACTOR_COLUMNS = ["event_id", "role", "idx", "text", "start_char", "end_char", "country", "sector", "name",
                  "reason"]
_PLACE_COLUMNS = ["article_id", "idx", "text", "start_char", "end_char", "name", "geonameid", "lat", "lon",
                  "feature_code", "country", "admin1", "precision", "score"]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[list[Any]],
                replace: bool = True) -> None:
    """Insert rows through Arrow: one statement per call, not one per row (DuckDB's executemany is slow).

    ``table`` and ``columns`` must be constants of the caller's code; values travel only as Arrow data.
    """
    if not rows:
        return
    data = pa.table({name: pa.array([row[i] for row in rows]) for i, name in enumerate(columns)})
    con.register("_truce_rows", data)
    try:
        cols = ", ".join(columns)
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        con.execute(f"{verb} INTO {table} ({cols}) SELECT {cols} FROM _truce_rows")
    finally:
        con.unregister("_truce_rows")


class StoreError(RuntimeError):
    """The store file cannot be used (not a DuckDB file, newer schema, locked)."""


class Store:
    """A truce DuckDB file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        if read_only and not self.schema_version():  # someone else's DuckDB file: nothing of ours to read
            self.con.close()
            raise StoreError(f"cannot open store {self.path}: a DuckDB file, but not a truce store "
                             "(no schema_version table)")
        if not read_only:
            self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema -----------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()[0]
        if not exists:
            return 0
        return self.con.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
        current = self.schema_version()
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path} has schema {current}; this truce knows {len(MIGRATIONS)}: upgrade truce")
        for version, sql in enumerate(MIGRATIONS[current:], start=current + 1):
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?)", [version])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    # -- writing ----------------------------------------------------------------
    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids]).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, coded: list[CodedArticle], skipped: list[Skipped] = (), after_write=None) -> int:
        """Write coded articles and skipped items in one transaction; return articles added.

        ``after_write(con, added)`` runs inside the same transaction (the dedup
        stage uses it), so derived tables never disagree with the base tables.
        """
        self.con.execute("BEGIN TRANSACTION")
        try:
            known = self.known_article_ids(c.article.id for c in coded)
            added = []
            for item in coded:  # new ids only, and each id once even if repeated in the batch
                if item.article.id not in known:
                    known.add(item.article.id)
                    added.append(item)
            self._insert_articles(added)
            for skip in skipped:
                self._insert_skipped(skip)
            if after_write is not None and added:
                after_write(self.con, added)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(added)

    def _insert_articles(self, added: list[CodedArticle]) -> None:
        """Bulk-insert a batch through Arrow: one statement per table, not one per row."""
        insert_rows(self.con, "articles", _ARTICLE_COLUMNS, [_article_row(c) for c in added])
        events = [e for c in added for e in c.events]
        insert_rows(self.con, "events", _EVENT_COLUMNS.split(", "), [_event_row(e) for e in events])
        insert_rows(self.con, "event_actors", _ACTOR_COLUMNS, [
            [e.id, role, i, r.text, r.start, r.end, r.country, r.sector, r.name, r.reason]
            for e in events for role, refs in (("actor", e.actor), ("recipient", e.recipient))
            for i, r in enumerate(refs)])
        insert_rows(self.con, "places", _PLACE_COLUMNS, [
            [c.article.id, i, p.text, p.start, p.end, p.name, p.geonameid, p.lat, p.lon, p.feature_code,
             p.country, p.admin1, p.precision, p.score] for c in added for i, p in enumerate(c.places)])

    def _insert_skipped(self, skip: Skipped) -> None:
        key = stable_hash(skip.origin, skip.kind, skip.article_id)
        self.con.execute("INSERT OR IGNORE INTO skipped (id, origin, kind, message, article_id) VALUES (?,?,?,?,?)",
                         [key, skip.origin, skip.kind, skip.message, skip.article_id])

    # -- reading ----------------------------------------------------------------
    def counts(self) -> dict[str, Any]:
        q = self.con.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "asserted_events": q("SELECT count(*) FROM events WHERE asserted").fetchone()[0],
            "skipped": dict(q("SELECT kind, count(*) FROM skipped GROUP BY kind ORDER BY kind").fetchall()),
            "events_by_type": dict(q("SELECT event, count(*) FROM events WHERE asserted GROUP BY event "
                                     "ORDER BY count(*) DESC, event").fetchall()),
            "copies": q("SELECT count(DISTINCT article_id) FROM article_copies").fetchone()[0],
            "incidents": q("SELECT count(*) FROM incidents").fetchone()[0],
            "incidents_by_type": dict(q("SELECT event, count(*) FROM incidents GROUP BY event "
                                        "ORDER BY count(*) DESC, event").fetchall()),
        }

    def iter_event_records(self, asserted_only: bool = False) -> Iterator[dict[str, Any]]:
        """PLOVER records as stored, in date then id order."""
        where = "WHERE asserted" if asserted_only else ""
        cur = self.con.execute(f"SELECT record FROM events {where} ORDER BY date NULLS LAST, id")
        while rows := cur.fetchmany(1000):
            for (record,) in rows:
                yield json.loads(record)


def _article_row(item: CodedArticle) -> list[Any]:
    a = item.article
    return [a.id, a.url, a.source, a.title, list(a.headlines), a.published, a.published_source, a.language,
            a.origin, a.fmt, a.text, json.dumps([asdict(r) for r in a.removed]),
            json.dumps(a.meta, default=str), len(item.events)]


def _event_row(e: Event) -> list[Any]:
    loc = e.location
    m = e.modality
    return [
        e.id, e.article_id, e.event, e.mode, list(e.context), e.date, e.date_precision, e.date_text,
        e.trigger, e.trigger_start, e.trigger_end, e.sentence, e.sentence_start, e.event_text,
        m.negated, m.future, m.hypothetical, m.claimed, m.claimant, m.asserted,
        e.confidence, e.quad_code, e.cameo_root,
        loc.name if loc else None, loc.geonameid if loc else None, loc.lat if loc else None,
        loc.lon if loc else None, loc.feature_code if loc else None, loc.country if loc else None,
        loc.admin1 if loc else None, loc.precision if loc else None, loc.rule if loc else None,
        e.cluster_id, json.dumps(e.to_plover(), ensure_ascii=False),
    ]
