"""The store stage: one embedded DuckDB file, idempotent and crash-safe.

Each batch of coded articles is written in one transaction, so a run killed at
any moment leaves the file as it was after the last whole batch; re-running
skips the articles already stored (ids are content hashes) and completes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from truce import duckrows
from truce import schema as rschema
from truce.config import DEFAULT_DB
from truce.errors import TruceError
from truce.records import EVENT_TYPES, CodedArticle, Event, Skipped
from truce.schema import quote
from truce.store.schema import MIGRATIONS
from truce.store.where import Where

__all__ = ["DEFAULT_DB", "EventFilter", "NotAStore", "Store", "StoreError", "StoreLocked", "StoreTooNew"]



def insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[list[Any]],
                replace: bool = True) -> None:
    """Insert rows (lists in ``columns`` order) in one statement, not one per row, each column bound as one
    typed list (``truce.duckrows``), its type the target table's own.

    ``table`` and ``columns`` must be constants of the caller's code; values travel only as parameters.
    """
    if not rows:
        return
    types = column_types(con, table)
    duckrows.insert(con, table, [(c, types[c]) for c in columns], [[row[i] for row in rows] for i in range(len(columns))],
                    "INSERT OR REPLACE" if replace else "INSERT")


def column_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """``{column: SQL type}`` of one table of the store ``con`` reads."""
    rows = con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                       "AND table_catalog = current_database() AND table_schema = current_schema()",
                       [table]).fetchall()
    return dict(rows)


def insert_records(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]],
                   conflict: str | None = "replace") -> None:
    """Insert rows of one record-schema table (``truce.schema``), typed as the schema declares.

    ``conflict``: "replace" a row with the same key, "ignore" the new one, or None (an error).
    """
    if not rows:
        return
    columns, values = rschema.column_values(table, rows)
    verb = {"replace": "INSERT OR REPLACE", "ignore": "INSERT OR IGNORE", None: "INSERT"}[conflict]
    duckrows.insert(con, table, columns, values, verb)


def table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """``{table: {column, ...}}`` of the store a connection (or cursor) reads."""
    rows = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                       "WHERE table_catalog = current_database() AND table_schema = current_schema()").fetchall()
    out: dict[str, set[str]] = {}
    for name, column in rows:
        out.setdefault(name, set()).add(column)
    return out


def readable(columns: dict[str, set[str]], table: str) -> str:
    """The schema's columns of ``table`` that this store has (one written by an older truce may lack some)."""
    have = columns.get(table, set())
    return ", ".join(quote(c) for c in rschema.table(table).column_names() if c in have)


def read_events(con: duckdb.DuckDBPyConnection, where: str = "", params: list[Any] | tuple = (),
                order: str = "date NULLS LAST, id", chunk: int = 2000) -> Iterator[Event]:
    """Events (with actors, recipients, casualties) from any connection to a store, streamed in chunks.

    ``where`` and ``order`` are SQL over the ``events`` table written by truce's own code; every value
    goes in ``params``. The events are rebuilt from the record schema's columns (``truce.schema``).
    """
    columns = table_columns(con)
    sql = f"SELECT {readable(columns, 'events')} FROM events" + (f" WHERE {where}" if where else "") + \
        f" ORDER BY {order}"
    cur = _sibling_cursor(con)  # the rows stream on it while the children are read on ``con``
    try:
        cur.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(chunk):
            events = {}
            for row in rows:
                event = rschema.build("events", dict(zip(names, row, strict=True)))
                events[event.id] = event
            _attach_children(con, columns, "events", events)
            yield from events.values()
    finally:
        cur.close()


def _sibling_cursor(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A second cursor reading the same catalog and schema as ``con`` (``USE`` is per cursor)."""
    db, sch = con.execute("SELECT current_database(), current_schema()").fetchone()
    cur = con.cursor()
    cur.execute(f"USE {quote(db)}.{quote(sch)}")
    return cur


def _child_rows(con, columns: dict[str, set[str]], table: str, key: str, ids: list[str]) -> list[dict[str, Any]]:
    if table not in columns:
        return []
    cur = con.execute(f"SELECT {readable(columns, table)} FROM {quote(table)} WHERE {quote(key)} = ANY(?)",
                      [ids])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _attach_children(con, columns: dict[str, set[str]], table: str, parents: dict[str, Any]) -> None:
    if not parents:
        return
    ids = list(parents)
    cls = rschema.table(table).cls
    key = rschema.PARENT_ID[cls][0]
    rows = {name: _child_rows(con, columns, name, key, ids) for name in {c.table for c in rschema.CHILDREN.get(cls, ())}}
    rschema.attach(table, parents, rows)


class FilterError(TruceError):
    """An event filter names something that does not exist (an unknown event type, a malformed date)."""


@dataclass(frozen=True)
class EventFilter:
    """Which events to read or export; every value reaches SQL as a bound parameter."""

    since: str | None = None  # first event day, YYYY-MM-DD (inclusive)
    until: str | None = None  # last event day (inclusive)
    events: tuple[str, ...] = ()  # PLOVER types
    countries: tuple[str, ...] = ()  # ISO3 of the event's location
    asserted_only: bool = False  # counted events only: reported as having happened and not demoted (Event.counted)

    def __post_init__(self) -> None:
        from datetime import date

        for name in ("since", "until"):
            value = getattr(self, name)
            try:
                if value is not None:
                    date.fromisoformat(value)
            except ValueError:
                raise FilterError(f"--{name} {value!r} is not a date (YYYY-MM-DD)") from None
        unknown = [e for e in self.events if e.upper() not in EVENT_TYPES]
        if unknown:
            raise FilterError(f"unknown event type {unknown[0]!r}; PLOVER types: {', '.join(EVENT_TYPES)}")
        bad = [c for c in self.countries if not (len(c) == 3 and c.isalpha())]
        if bad:
            raise FilterError(f"--country {bad[0]!r} is not an ISO 3166 alpha-3 code (e.g. LBY)")
        object.__setattr__(self, "events", tuple(e.upper() for e in self.events))
        object.__setattr__(self, "countries", tuple(c.upper() for c in self.countries))

    def sql(self, first_day: str = "date", last_day: str = "date") -> tuple[str, list[Any]]:
        """A WHERE clause over the ``events`` table (no alias) and its parameters. For rows that span
        days (incidents: ``first_date``, ``last_date``) ``since``/``until`` keep the rows that overlap."""
        where = Where()
        if self.asserted_only:
            where.add("asserted AND NOT coalesce(demoted, false)")
        where.when(self.since, f"substr({last_day}, 1, 10) >= ?").when(self.until, f"substr({first_day}, 1, 10) <= ?")
        where.one_of(self.events, "event").one_of(self.countries, "loc_country")
        return where.joined(), where.params


class StoreError(TruceError):
    """The store file cannot be used."""


class NotAStore(StoreError):
    """The file exists but is not a DuckDB database, or not one truce wrote."""


class StoreLocked(StoreError):
    """Another process (another truce, a DuckDB shell) holds the store open for writing."""


class StoreTooNew(StoreError):
    """The store was written by a newer truce (a schema this one does not know)."""


def _open_error(path: str, exc: duckdb.Error) -> StoreError:
    text = str(exc)
    if "lock" in text.lower():
        pid = re.search(r"PID (\d+)", text)
        who = f"process {pid.group(1)}" if pid else "another process"
        return StoreLocked(f"store {path} is locked: in use by {who}; wait for it to finish, or use another --db")
    if "not a valid DuckDB database" in text or "database file" in text.lower():
        return NotAStore(f"cannot open store {path}: it is not a DuckDB database (give a new path, or a truce store)")
    return StoreError(f"cannot open store {path}: {text.splitlines()[0]}")


class Store:
    """A truce DuckDB file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path} (make one with truce ingest --db {self.path})")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise _open_error(self.path, exc) from exc
        try:
            if read_only and not self.schema_version():  # someone else's DuckDB file: nothing of ours to read
                raise NotAStore(f"cannot open store {self.path}: a DuckDB file, but not a truce store "
                                "(no schema_version table)")
            if not read_only:
                self._migrate()
                self._sync_tables()
            elif self.schema_version() > len(MIGRATIONS):
                raise self._too_new(self.schema_version())
        except BaseException:
            self.con.close()
            raise
        self._columns = self._table_columns()

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
            raise self._too_new(current)
        for version, sql in enumerate(MIGRATIONS[current:], start=current + 1):
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?)", [version])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    def _too_new(self, version: int) -> StoreTooNew:
        return StoreTooNew(f"{self.path} has schema {version}; this truce knows {len(MIGRATIONS)}: upgrade truce")

    def _table_columns(self) -> dict[str, set[str]]:
        return table_columns(self.con)

    def _sync_tables(self) -> None:
        """Create the record tables, add any column a record field gained since, drop retired ones.

        A field added to a dataclass in truce.records becomes a column here with no migration
        (truce.schema); rows written before it read back with the field's default. Articles coded
        before provenance was recorded have no coder: ``truce stats`` counts them as stale.
        """
        have = self._table_columns()
        self.con.execute("BEGIN TRANSACTION")
        try:
            for tbl in rschema.tables().values():
                if tbl.name not in have:
                    self.con.execute(tbl.ddl())
                    continue
                for col in tbl.columns:
                    if col.name not in have[tbl.name]:
                        self.con.execute(f"ALTER TABLE {quote(tbl.name)} ADD COLUMN {quote(col.name)} {col.sql}")
                for name in rschema.RETIRED.get(tbl.name, ()):
                    if name in have[tbl.name]:
                        self.con.execute(f"ALTER TABLE {quote(tbl.name)} DROP COLUMN {quote(name)}")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    # -- writing ----------------------------------------------------------------
    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id = ANY(?)", [ids]).fetchall()
        return {r[0] for r in rows}

    def article_coders(self, ids: Iterable[str]) -> dict[str, str | None]:
        """``{article id: coder id}`` for the stored articles among ``ids`` (None: coded before provenance)."""
        ids = list(ids)
        if not ids:
            return {}
        rows = self.con.execute("SELECT id, coder_id FROM articles WHERE id = ANY(?)", [ids]).fetchall()
        return dict(rows)

    def write_batch(self, coded: list[CodedArticle], skipped: list[Skipped] = (), after_write=None,
                    replace: bool = False) -> int:
        """Write coded articles and skipped items in one transaction; return articles written.

        A stored article is left as it is, unless ``replace``: then its rows (events, actors,
        casualties, places) are replaced by the new coding (``truce ingest --recode``); tables that
        refer to articles or events from outside the record schema (analysts' reviews) are untouched.
        ``after_write(con, written)`` runs inside the same transaction (the dedup stage uses it),
        so derived tables never disagree with the base tables.
        """
        self.con.execute("BEGIN TRANSACTION")
        try:
            known = self.known_article_ids(c.article.id for c in coded)
            written, seen = [], set()
            for item in coded:  # each id once even if repeated in the batch
                if item.article.id in seen or (item.article.id in known and not replace):
                    continue
                seen.add(item.article.id)
                written.append(item)
            self._delete_articles([c.article.id for c in written if c.article.id in known])
            self._insert_articles(written)
            for skip in skipped:
                self._insert_skipped(skip)
            if after_write is not None and written:
                after_write(self.con, written)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(written)

    def _delete_articles(self, ids: list[str]) -> None:
        """Remove articles' record rows (children first) before they are written again."""
        if not ids:
            return
        events = [r[0] for r in self.con.execute("SELECT id FROM events WHERE article_id = ANY(?)",
                                                 [ids]).fetchall()]
        for tbl in reversed(list(rschema.tables().values())):
            if tbl.name == "skipped":
                continue
            key, values = (("event_id", events) if "event_id" in tbl.column_names()
                           else ("article_id", ids) if "article_id" in tbl.column_names() else ("id", ids))
            if values:
                self.con.execute(f"DELETE FROM {quote(tbl.name)} WHERE {quote(key)} = ANY(?)", [values])

    def _insert_articles(self, added: list[CodedArticle]) -> None:
        """Bulk-insert a batch: one statement per table, not one per row."""
        for name, rows in rschema.explode(added).items():
            insert_records(self.con, name, rows)

    def _insert_skipped(self, skip: Skipped) -> None:
        insert_records(self.con, "skipped", rschema.skipped_rows([skip]), "ignore")

    # -- reading ----------------------------------------------------------------
    def coders(self) -> dict[str | None, int]:
        """How many articles each coder made (None: coded before truce recorded coders)."""
        return dict(self.con.execute("SELECT coder_id, count(*) FROM articles GROUP BY coder_id "
                                     "ORDER BY count(*) DESC, coder_id NULLS LAST").fetchall())

    def stale_count(self, current: str) -> int:
        """Articles coded by another coder than ``current`` (``Coder.id``): ``--recode`` codes them again."""
        return self.con.execute("SELECT count(*) FROM articles WHERE coder_id IS DISTINCT FROM ?",
                                [current]).fetchone()[0]

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

    def read_events(self, where: str = "", params: list[Any] | tuple = (), order: str = "date NULLS LAST, id",
                    chunk: int = 2000) -> Iterator[Event]:
        """Events (with actors, recipients, casualties) as they were coded, streamed in chunks (``read_events``)."""
        return read_events(self.con, where, params, order, chunk)

    def read_coded(self, article_ids: Iterable[str]) -> list[CodedArticle]:
        """Coded articles (article, events, places, coder) as they were written, in the order asked."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        cur = self.con.execute(f"SELECT {self._readable('articles')} FROM articles WHERE id = ANY(?)", [ids])
        names = [d[0] for d in cur.description]
        coded = {}
        for row in cur.fetchall():
            item = rschema.build("articles", dict(zip(names, row, strict=True)))
            coded[item.article.id] = item
        order = "article_id, idx" if "idx" in self._columns.get("events", ()) else "article_id, trigger_start"
        for event in self.read_events("article_id = ANY(?)", [ids], order=order):
            coded[event.article_id].events.append(event)
        rschema.attach("articles", coded, {"places": self._rows("places", "article_id", ids)})
        return [coded[i] for i in ids if i in coded]

    def read_skipped(self) -> list[Skipped]:
        """Every skipped item, in the order they were met."""
        cur = self.con.execute(f"SELECT {self._readable('skipped')} FROM skipped ORDER BY seen_at, id")
        names = [d[0] for d in cur.description]
        return [rschema.build("skipped", dict(zip(names, row, strict=True))) for row in cur.fetchall()]

    def _readable(self, table: str) -> str:
        return readable(self._columns, table)

    def _rows(self, table: str, key: str, ids: list[str]) -> list[dict[str, Any]]:
        return _child_rows(self.con, self._columns, table, key, ids)

    def iter_event_records(self, asserted_only: bool = False) -> Iterator[dict[str, Any]]:
        """PLOVER records, in date then id order."""
        where, params = EventFilter(asserted_only=asserted_only).sql()
        for event in self.read_events(where, params):
            yield event.to_plover()
