"""Where dedup keeps its state: a store adapter over DuckDB tables.

Dedup is a set of functions over records (``truce.dedup.run``: coded articles in, copy
links, cluster assignments and re-dated copies out); what it remembers between batches
(the copy index, the clustering index, links, cluster summaries) goes through one of these
adapters. Every method is one set-based statement over keys or ranges, so a batch's cost
follows the batch, not the store:

- ``DuckDBDedupStore(con)``: the truce store itself (``truce.store.Store.con``); cluster ids
  and inherited dates are also written to the ``events`` table, article texts come from
  ``articles``.
- ``ParquetDedupStore(folder)``: the same tables as Parquet files in a folder (for
  ``truce partition``): loaded into an in-memory DuckDB when opened, written back by
  ``close()``, with ``event_clusters.parquet`` (event id -> cluster id) and
  ``event_dates.parquet`` (copies' dates read on their original's clock) for the merge.

Both hold the same tables with the same rows for the same input (see
``tests/test_dedup_records.py``).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from truce import duckrows
from truce.dedup.reports import COPY_ORIGINAL, Ref, Report

REPORT_COLUMNS = [
    "event_id", "article_id", "event", "mode", "day_lo", "day_hi", "minute", "basis", "precision", "own_date",
    "date", "date_text", "ref_day", "precise", "lat", "lon", "place", "loc_name", "country", "actors",
    "recipients", "signals", "tokens", "trigger", "sentence", "claimant", "figures", "copy_of", "clock",
    "cluster_id",
]
_REPORT_TYPES = {  # SQL type of each report column, as dedup_reports declares it
    "day_lo": "INTEGER", "day_hi": "INTEGER", "minute": "BIGINT", "precise": "BOOLEAN", "lat": "DOUBLE",
    "lon": "DOUBLE", "actors": "VARCHAR[]", "recipients": "VARCHAR[]", "signals": "VARCHAR[]",
    "tokens": "VARCHAR[]", "figures": "STRUCT(attribute VARCHAR, value VARCHAR)[]",
}
_REPORT_COLUMNS = [(c, _REPORT_TYPES.get(c, "VARCHAR")) for c in REPORT_COLUMNS]
_SELECT_REPORTS = "SELECT " + ", ".join(REPORT_COLUMNS) + " FROM dedup_reports"
# Decoded reports of recent streams, per store: event id -> (the row's mutable columns, Report).
# A Report is never changed in place (``dataclasses.replace`` makes new ones), so sharing is safe.
_REPORT_CACHE: dict[str, OrderedDict[str, tuple[tuple, Report]]] = {}
_REPORT_CACHE_SIZE = 200_000
_IN_IDS = re.compile(r"([\w.]+) IN \(SELECT id FROM _ids_\)")
DEDUP_TABLES = ("dedup_articles", "dedup_sentences", "article_copies", "dedup_reports", "dedup_links",
                "clusters", "cluster_claims")


def _report_row(r: Report) -> dict[str, Any]:
    return {
        "event_id": r.id, "article_id": r.article_id, "event": r.event, "mode": r.mode, "day_lo": r.lo,
        "day_hi": r.hi, "minute": r.minute, "basis": r.basis, "precision": r.precision, "own_date": r.own_date,
        "date": r.date, "date_text": r.date_text, "ref_day": r.ref_day, "precise": r.precise, "lat": r.lat,
        "lon": r.lon, "place": r.place, "loc_name": r.loc_name, "country": r.country,
        "actors": [x.encode() for x in r.actors], "recipients": [x.encode() for x in r.recipients],
        "signals": sorted(r.signals), "tokens": sorted(r.tokens), "trigger": r.trigger, "sentence": r.sentence,
        "claimant": r.claimant, "figures": [{"attribute": a, "value": v} for a, v in r.figures],
        "copy_of": r.copy_of, "clock": r.clock, "cluster_id": r.cluster_id,
    }


def _report(row: tuple) -> Report:
    (eid, aid, event, mode, lo, hi, minute, basis, precision, own_date, dt, date_text, ref_day, precise, lat, lon,
     place, loc_name, country, actors, recipients, signals, tokens, trigger, sentence, claimant, figures, copy_of,
     clock, cluster_id) = row
    return Report(
        id=eid, article_id=aid, event=event, mode=mode, lo=lo, hi=hi, minute=minute, basis=basis,
        precision=precision, own_date=own_date, date=dt, date_text=date_text, ref_day=ref_day,
        precise=bool(precise), lat=lat, lon=lon, place=place, loc_name=loc_name, country=country,
        actors=tuple(Ref.decode(x) for x in actors or ()), recipients=tuple(Ref.decode(x) for x in recipients or ()),
        signals=frozenset(signals or ()), tokens=frozenset(tokens or ()), trigger=trigger or "",
        sentence=sentence or "", claimant=claimant,
        figures=tuple((f["attribute"], f["value"]) for f in figures or ()), copy_of=copy_of, clock=clock,
        cluster_id=cluster_id)


class SqlDedupStore:
    """The dedup tables on a DuckDB connection (shared by both adapters)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, key: str) -> None:
        self.con = con
        self.key = key  # identifies the store for process-wide caches (the in-memory LSH)
        self._n = 0

    # -- helpers ----------------------------------------------------------------------------
    def _with(self, name: str, rows: duckrows.Rows, sql: str, params: list | None = None) -> list[tuple]:
        """Run ``sql`` with ``rows`` as a temporary table ``_name_`` (values travel as bound parameters)."""
        self._n += 1
        alias = f"_dedup_{name}_{self._n}"
        duckrows.temp_table(self.con, alias, rows.columns, list(rows.values))
        try:
            return self.con.execute(sql.replace(f"_{name}_", alias), params or []).fetchall()
        finally:
            self.con.execute(f"DROP TABLE IF EXISTS temp.{alias}")

    def _ids(self, name: str, ids: Iterable[str], sql: str) -> list[tuple]:
        """Run ``sql`` whose ``col IN (SELECT id FROM _ids_)`` tests take ``ids`` as a bound list.

        The list travels as one parameter and each test becomes ``col = ANY($ids)``, which
        DuckDB plans as a hash join of the key column against the unnested list: one pass over
        the key column, a hash probe per row. (``list_contains($ids, col)`` compares every row
        with every id, so its cost grew with the store times the batch; see docs/dedup.md "Speed".)
        """
        ids = sorted(set(ids))
        if not ids:
            return []
        sql = _IN_IDS.sub(lambda m: f"{m.group(1)} = ANY($ids)", sql.replace(f"_{name}_", "_ids_"))
        return self.con.execute(sql, {"ids": ids}).fetchall()

    # -- copy index -------------------------------------------------------------------------
    def count_indexed(self) -> int:
        return self.con.execute("SELECT count(*) FROM dedup_articles").fetchall()[0][0]

    def iter_signatures(self) -> Iterator[tuple[str, bytes, str | None]]:
        """(article id, MinHash blob, sortable UTC publication) of every indexed article."""
        cur = self.con.execute("SELECT article_id, minhash, published_utc FROM dedup_articles ORDER BY article_id")
        while rows := cur.fetchmany(5000):
            yield from rows

    def indexed_ids(self, ids: Iterable[str]) -> set[str]:
        rows = self._ids("ids", ids, "SELECT article_id FROM dedup_articles WHERE article_id IN "
                                     "(SELECT id FROM _ids_)")
        return {r[0] for r in rows}

    def add_index(self, articles: duckrows.Rows, sentences: duckrows.Rows, texts: dict[str, str]) -> None:
        cols = ", ".join(articles.column_names)
        self._with("art", articles, f"INSERT INTO dedup_articles ({cols}) SELECT {cols} FROM _art_")
        self._with("sent", sentences, "INSERT INTO dedup_sentences SELECT fp, article_id, idx FROM _sent_")

    def fingerprint_holders(self, fps: list[int]) -> list[tuple[int, str]]:
        if not fps:
            return []
        table = duckrows.Rows.of(fp=("BIGINT", sorted(set(fps))))
        return self._with("fps", table, "SELECT s.fp, s.article_id FROM dedup_sentences s "
                                        "WHERE s.fp IN (SELECT fp FROM _fps_)")

    def indexed(self, ids: Iterable[str]) -> list[tuple]:
        """(article_id, source, published_utc, text_hash, credit, published) of indexed articles."""
        return self._ids("ids", ids, "SELECT article_id, source, published_utc, text_hash, credit, published "
                                     "FROM dedup_articles WHERE article_id IN (SELECT id FROM _ids_)")

    def texts(self, ids: Iterable[str]) -> dict[str, str]:
        raise NotImplementedError

    def add_copy_links(self, links: list[list]) -> None:
        if not links:
            return
        cols = list(zip(*links, strict=True))
        table = duckrows.Rows.of(article_id=("VARCHAR", cols[0]), original_id=("VARCHAR", cols[1]),
                                 containment=("DOUBLE", cols[2]), coverage=("DOUBLE", cols[3]),
                                 matched=("INTEGER", cols[4]), method=("VARCHAR", cols[5]))
        self._with("links", table, "INSERT OR IGNORE INTO article_copies SELECT * FROM _links_")

    def copy_links(self, ids: Iterable[str]) -> list[tuple[str, str, float]]:
        """(copy, original, containment) for every link with either article in ``ids``."""
        return self._ids("ids", ids, "SELECT article_id, original_id, containment FROM article_copies "
                                     "WHERE article_id IN (SELECT id FROM _ids_) "
                                     "OR original_id IN (SELECT id FROM _ids_) ORDER BY 1, 2")

    def outlets(self, ids: Iterable[str]) -> dict[str, str]:
        """article id -> outlet, for the articles and for their originals."""
        rows = self._ids("ids", ids, "SELECT article_id, source FROM dedup_articles WHERE source IS NOT NULL AND "
                                     "(article_id IN (SELECT id FROM _ids_) OR article_id IN (SELECT original_id "
                                     "FROM article_copies WHERE article_id IN (SELECT id FROM _ids_)))")
        return dict(rows)

    def copy_roots(self, ids: Iterable[str]) -> dict[str, list[tuple[str, bool]]]:
        """article id -> its originals, each with whether that original is itself uncopied (a root)."""
        rows = self._ids("ids", ids, "SELECT article_id, original_id, original_id NOT IN (SELECT article_id FROM "
                                     "copied_articles) AS root FROM article_copies WHERE article_id IN "
                                     "(SELECT id FROM _ids_) ORDER BY article_id, original_id")
        out: dict[str, list[tuple[str, bool]]] = {}
        for a, o, root in rows:
            out.setdefault(a, []).append((o, bool(root)))
        return out

    # -- clustering index -------------------------------------------------------------------
    def add_reports(self, reports: list[Report]) -> None:
        """Insert or replace report rows (one statement)."""
        if not reports:
            return
        rows = [_report_row(r) for r in reports]
        table = duckrows.Rows(tuple(_REPORT_COLUMNS), tuple(duckrows.by_column(_REPORT_COLUMNS, rows)))
        cols = ", ".join(REPORT_COLUMNS)
        self._with("rep", table, f"INSERT OR REPLACE INTO dedup_reports ({cols}) SELECT {cols} FROM _rep_")

    def reports_near(self, ranges: list[tuple[int, int]]) -> list[Report]:
        """Dated reports that are not copies of another, overlapping any of the day ranges (day ordinals).

        One range predicate per merged range (zone maps skip the row groups outside them when
        rows arrive roughly in time order). Only the rows' keys and mutable columns are read
        for every report; whole rows only for reports not decoded before or changed since
        (``_REPORT_CACHE``): a stream overlaps the previous batch's almost entirely.
        """
        if not ranges:
            return []
        where = " OR ".join(["(day_hi >= ? AND day_lo <= ?)"] * len(ranges))
        params = [x for lo_hi in ranges for x in lo_hi]
        rows = self.con.execute(f"SELECT event_id, cluster_id, day_lo, day_hi, date, clock FROM dedup_reports "
                                f"WHERE copy_of IS NULL AND ({where})", params).fetchall()
        cache = _REPORT_CACHE.setdefault(self.key, OrderedDict())
        stale = [r[0] for r in rows if cache.get(r[0], (None,))[0] != r[1:]]
        for rep in self.reports(stale):
            cache[rep.id] = ((rep.cluster_id, rep.lo, rep.hi, rep.date, rep.clock), rep)
        out = []
        for r in rows:
            entry = cache.get(r[0])
            if entry is not None and entry[0] == r[1:]:
                cache.move_to_end(r[0])
                out.append(entry[1])
        while len(cache) > _REPORT_CACHE_SIZE:
            cache.popitem(last=False)
        return out

    def reports(self, ids: Iterable[str]) -> list[Report]:
        return [_report(r) for r in self._ids("ids", ids, _SELECT_REPORTS + " WHERE event_id IN "
                                                           "(SELECT id FROM _ids_)")]

    def reports_of_articles(self, ids: Iterable[str]) -> list[Report]:
        return [_report(r) for r in self._ids("ids", ids, _SELECT_REPORTS + " WHERE article_id IN "
                                                           "(SELECT id FROM _ids_)")]

    def reports_of_clusters(self, ids: Iterable[str]) -> list[Report]:
        return [_report(r) for r in self._ids("ids", ids, _SELECT_REPORTS + " WHERE cluster_id IN "
                                                           "(SELECT id FROM _ids_)")]

    def copies_of_reports(self, ids: Iterable[str]) -> list[Report]:
        """Reports that repeat one of these reports (``copy_of``)."""
        return [_report(r) for r in self._ids("ids", ids, _SELECT_REPORTS + " WHERE copy_of IN "
                                                           "(SELECT id FROM _ids_)")]

    def links_of(self, ids: Iterable[str]) -> list[tuple[str, str, int, list[str]]]:
        return self._ids("ids", ids, "SELECT a, b, strength, evidence FROM dedup_links WHERE a IN "
                                     "(SELECT id FROM _ids_) OR b IN (SELECT id FROM _ids_)")

    def replace_links(self, dropped: Iterable[tuple[str, str]], links: list[tuple[str, str, int, list[str]]]) -> None:
        """Delete the given (a, b) links and insert ``links`` (two statements)."""
        dropped = sorted(set(dropped))
        if dropped:
            table = duckrows.Rows.of(a=("VARCHAR", [d[0] for d in dropped]), b=("VARCHAR", [d[1] for d in dropped]))
            self._with("drop", table, "DELETE FROM dedup_links USING _drop_ d WHERE dedup_links.a = d.a "
                                      "AND dedup_links.b = d.b")
        if links:
            table = duckrows.Rows.of(a=("VARCHAR", [x[0] for x in links]), b=("VARCHAR", [x[1] for x in links]),
                                     strength=("INTEGER", [x[2] for x in links]),
                                     evidence=("VARCHAR[]", [list(x[3]) for x in links]))
            self._with("add", table, "INSERT INTO dedup_links SELECT a, b, strength, evidence FROM _add_")

    def set_clusters(self, assignment: dict[str, str | None]) -> None:
        """Write new cluster ids of reports (one statement)."""
        if not assignment:
            return
        table = self._assignment(assignment)
        self._with("cl", table, "UPDATE dedup_reports SET cluster_id = t.cluster_id FROM _cl_ t "
                                "WHERE dedup_reports.event_id = t.event_id")

    @staticmethod
    def _assignment(assignment: dict[str, str | None]) -> duckrows.Rows:
        ids = sorted(assignment)
        return duckrows.Rows.of(event_id=("VARCHAR", ids), cluster_id=("VARCHAR", [assignment[i] for i in ids]))

    def set_dates(self, dates: dict[str, tuple[str | None, str | None]]) -> None:
        """Reports' dates in force, with the date source (``copy-original`` or the coded one)."""

    # -- summaries --------------------------------------------------------------------------
    def write_summaries(self, cids: list[str], cluster_columns: list[str], cluster_rows: list[list],
                        claim_columns: list[str], claim_rows: list[list]) -> None:
        from truce.store import insert_rows

        if not cids:
            return
        table = duckrows.Rows.of(id=("VARCHAR", sorted(set(cids))))
        self._with("c", table, "DELETE FROM clusters WHERE cluster_id IN (SELECT id FROM _c_)")
        self._with("c", table, "DELETE FROM cluster_claims WHERE cluster_id IN (SELECT id FROM _c_)")
        insert_rows(self.con, "clusters", cluster_columns, cluster_rows, replace=False)
        insert_rows(self.con, "cluster_claims", claim_columns, claim_rows, replace=False)


class DuckDBDedupStore(SqlDedupStore):
    """The truce DuckDB store: dedup tables plus ``events.cluster_id`` and ``events.date``."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        rows = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchall()
        super().__init__(con, rows[0][0] if rows and rows[0][0] else f"memory:{id(con)}")
        cols = con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
                           ).fetchall()
        self._event_columns = {c[0] for c in cols}

    def texts(self, ids: Iterable[str]) -> dict[str, str]:
        return dict(self._ids("ids", ids, "SELECT id, text FROM articles WHERE id IN (SELECT id FROM _ids_)"))

    def set_clusters(self, assignment: dict[str, str | None]) -> None:
        super().set_clusters(assignment)
        if not assignment or "cluster_id" not in self._event_columns:
            return
        record = (", record = json_merge_patch(events.record, json_object('cluster_id', t.cluster_id))"
                  if "record" in self._event_columns else "")
        self._with("cl", self._assignment(assignment), f"UPDATE events SET cluster_id = t.cluster_id{record} "
                                                        "FROM _cl_ t WHERE events.id = t.event_id")

    def set_dates(self, dates: dict[str, tuple[str | None, str | None]]) -> None:
        if not dates or "date" not in self._event_columns:
            return
        ids = sorted(dates)
        table = duckrows.Rows.of(event_id=("VARCHAR", ids), date=("VARCHAR", [dates[i][0] for i in ids]),
                                 date_source=("VARCHAR", [dates[i][1] for i in ids]))
        sets = ["date = t.date"]
        if "date_source" in self._event_columns:
            sets.append("date_source = t.date_source")
        if "record" in self._event_columns:
            sets.append("record = json_merge_patch(events.record, json_object('date', t.date, "
                        "'date_source', t.date_source))")
        self._with("dt", table, f"UPDATE events SET {', '.join(sets)} FROM _dt_ t WHERE events.id = t.event_id")


class ParquetDedupStore(SqlDedupStore):
    """Dedup state as Parquet files in ``folder`` (one per table), for partitioned runs.

    Opening loads the files into an in-memory DuckDB (a missing folder starts empty);
    ``close()`` (or leaving a ``with`` block without an error) writes every table back, plus
    ``event_clusters.parquet`` and ``event_dates.parquet``, which a merge joins to the events.
    """

    def __init__(self, folder: str | Path) -> None:
        from truce.store import Store

        self.folder = Path(folder)
        self._store = Store(":memory:")
        con = self._store.con
        con.execute("CREATE TABLE dedup_texts (article_id VARCHAR PRIMARY KEY, text VARCHAR)")
        for name in (*DEDUP_TABLES, "dedup_texts"):
            path = self.folder / f"{name}.parquet"
            if path.exists():
                con.execute(f"INSERT INTO {name} SELECT * FROM read_parquet(?)", [str(path)])
        super().__init__(con, f"parquet:{self.folder.resolve()}:{id(self)}")

    def __enter__(self) -> ParquetDedupStore:
        return self

    def __exit__(self, exc_type, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self._store.close()

    def texts(self, ids: Iterable[str]) -> dict[str, str]:
        return dict(self._ids("ids", ids, "SELECT article_id, text FROM dedup_texts WHERE article_id IN "
                                          "(SELECT id FROM _ids_)"))

    def add_index(self, articles: duckrows.Rows, sentences: duckrows.Rows, texts: dict[str, str]) -> None:
        super().add_index(articles, sentences, texts)
        ids = sorted(texts)
        table = duckrows.Rows.of(article_id=("VARCHAR", ids), text=("VARCHAR", [texts[i] for i in ids]))
        self._with("t", table, "INSERT OR REPLACE INTO dedup_texts SELECT article_id, text FROM _t_")

    def close(self) -> None:
        """Write every table to ``folder`` (sorted, so equal state gives equal files) and close."""
        self.folder.mkdir(parents=True, exist_ok=True)
        con = self._store.con
        for name in (*DEDUP_TABLES, "dedup_texts"):
            duckrows.write_query_parquet(con, f"SELECT * FROM {name} ORDER BY ALL", self.folder / f"{name}.parquet")
        duckrows.write_query_parquet(con, "SELECT event_id, cluster_id FROM dedup_reports WHERE cluster_id IS NOT "
                                          "NULL ORDER BY event_id", self.folder / "event_clusters.parquet")
        duckrows.write_query_parquet(con, "SELECT event_id, date, ?::VARCHAR AS date_source FROM dedup_reports "
                                          "WHERE clock IS NOT NULL ORDER BY event_id", self.folder / "event_dates.parquet",
                                     [COPY_ORIGINAL])
        self._store.close()
