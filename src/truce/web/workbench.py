"""The analyst's workbench as a library: the store, its verdicts and reviews, page by page.

    from truce.web import Workbench, EventFilter
    wb = Workbench("truce.duckdb", ["libya-2026.yaml"])
    wb.events(EventFilter(type=["ASSAULT"], q="Sirte"))["rows"]
    wb.incident("k9e4f75d7d246fc14")["verdicts"]
    wb.review("k9e4f75d7d246fc14", truce=wb.truces[0], decision="overruled", verdict="possible",
              note="actor unclear", reviewer="A. Analyst")

Every page of ``truce serve`` is a thin view over one method here; the SQL is in
``truce.web.queries``. The store is opened for writing only so that reviews can
be appended; every page query runs through a cursor that refuses anything but
SELECT.

Verdicts are computed once when the workbench opens (the store cannot change
under it: DuckDB holds the file's write lock), with ``truce.monitor.judge`` over
every stored report and each truce file, and kept in the attached in-memory
database ``web`` so that the pages can filter and sort by them in SQL.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from truce import duckrows
from truce.errors import TruceError
from truce.reviews import ReviewError, add_review, evidence_key, load_reviews, match_reviews
from truce.settings import Settings, default_settings
from truce.web import queries as Q
from truce.web.highlight import highlight
from truce.web.queries import ArticleFilter, EventFilter, IncidentFilter, ReadOnlyCursor

EXPORT_FORMATS = {"csv": "text/csv", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}

_EVENT_VERDICT_COLUMNS = (
    ("truce", "VARCHAR"), ("event_id", "VARCHAR"), ("incident", "VARCHAR"), ("verdict", "VARCHAR"),
    ("confidence", "DOUBLE"), ("party_name", "VARCHAR"), ("clause", "VARCHAR"), ("rule", "VARCHAR"))
_INCIDENT_VERDICT_COLUMNS = (
    ("truce", "VARCHAR"), ("incident", "VARCHAR"), ("verdict", "VARCHAR"), ("verdict_final", "VARCHAR"),
    ("parties", "VARCHAR[]"), ("party_label", "VARCHAR"), ("confidence", "DOUBLE"),
    ("n_sources", "BIGINT"), ("clause", "VARCHAR"), ("relevant", "BOOLEAN"),
    ("review_decision", "VARCHAR"), ("review_verdict", "VARCHAR"), ("reviewer", "VARCHAR"),
    ("review_note", "VARCHAR"), ("review_changed", "BOOLEAN"))


class NotFound(TruceError, LookupError):
    """No incident, event or article with that id in the store."""


class Workbench:
    """The store opened for the workbench, with verdicts under the given truce files."""

    def __init__(self, db: str | Path, truce_files: list[str | Path] | tuple = (), read_only: bool = False,
                 settings: Settings | None = None) -> None:
        from truce.monitor import load_truce

        self.settings = settings or default_settings()
        self.chains = [load_truce(p) for p in truce_files]  # an invalid file raises TruceFileError first
        self.path = str(db)
        self.read_only = read_only
        self.con = _connect(self.path, read_only)
        self.store = _StoreView(self.con)  # what truce.monitor's store readers need
        self.truces = [c.name for c in self.chains]
        self._write = threading.Lock()
        self.judged: dict[tuple[str, str], Any] = {}  # (truce, incident) -> truce.monitor.report.Incident
        self.applied: dict[tuple[str, str], Any] = {}  # (truce, incident) -> AppliedReview
        self.orphans: list[Any] = []
        for sql in Q.flat_tables_sql():  # the store cannot change while it is open: flat copies stay true
            self.con.execute(sql)
        self._judge()
        self._apply_reviews()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Workbench:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cursor(self) -> ReadOnlyCursor:
        """A cursor of its own for one request or thread, that only reads."""
        return ReadOnlyCursor(_cursor(self.con))

    def default_truce(self, truce: str | None) -> str | None:
        if truce in self.truces:
            return truce
        return self.truces[0] if self.truces else None

    # -- verdicts and reviews -------------------------------------------------------------------
    def _judge(self) -> None:
        from truce.monitor import judge
        from truce.monitor.report import incidents
        from truce.monitor.storeio import read_events, read_sources

        rows = []
        if self.chains:
            verdicts = judge(read_events(self.store), self.chains, read_sources(self.store))
            for inc in incidents(verdicts):
                self.judged[(inc.truce, inc.id)] = inc
            rows = [{"truce": v.truce, "event_id": v.event_id, "incident": v.incident, "verdict": v.verdict,
                     "confidence": v.confidence, "party_name": v.party_name, "clause": v.clause, "rule": v.rule}
                    for v in verdicts]
        self._replace("event_verdicts", _EVENT_VERDICT_COLUMNS, rows)

    def _replace(self, name: str, columns: duckrows.Columns, rows: list[dict[str, Any]]) -> None:
        """(Re)build one of the workbench's own in-memory tables; the store file is not touched."""
        assert name in ("event_verdicts", "incident_verdicts")
        duckrows.temp_table(self.con, "_web_rows", columns, duckrows.by_column(columns, rows))
        try:
            self.con.execute(f"CREATE OR REPLACE TABLE web.{name} AS SELECT * FROM _web_rows")
        finally:
            self.con.execute("DROP TABLE IF EXISTS temp._web_rows")

    def evidence(self, key: tuple[str, str]) -> set[str]:
        inc = self.judged[key]
        return {evidence_key(r.event.article_id, r.event.trigger_start) for r in inc.reports if r.event}

    def _apply_reviews(self) -> None:
        matched = match_reviews(load_reviews(self.con),
                                {k: (self.evidence(k), inc.verdict) for k, inc in self.judged.items()})
        self.applied, self.orphans = matched.applied, matched.orphans
        rows = []
        for key, inc in self.judged.items():
            ar = self.applied.get(key)
            rows.append({"truce": inc.truce, "incident": inc.id, "verdict": inc.verdict,
                         "verdict_final": ar.verdict if ar else inc.verdict, "parties": inc.parties,
                         "party_label": inc.party_label, "confidence": inc.confidence, "n_sources": inc.n_sources,
                         "clause": inc.clause, "relevant": inc.relevant,
                         "review_decision": ar.review.decision if ar else None,
                         "review_verdict": ar.verdict if ar else None, "reviewer": ar.review.reviewer if ar else None,
                         "review_note": ar.review.note if ar else None, "review_changed": ar.changed if ar else None})
        self._replace("incident_verdicts", _INCIDENT_VERDICT_COLUMNS, rows)

    def review(self, incident_id: str, truce: str, decision: str, verdict: str | None = None, note: str = "",
               reviewer: str = "") -> dict[str, Any]:
        """Confirm or overrule the machine verdict of one incident under one truce; stored at once."""
        if self.read_only:
            raise ReviewError("the store was opened read-only: reviews cannot be saved")
        key = (truce, incident_id)
        if key not in self.judged:
            raise NotFound(f"no verdict for incident {incident_id!r} under truce {truce!r}")
        inc = self.judged[key]
        reports = [(r.event_id, r.event.article_id, r.event.trigger_start) for r in inc.reports if r.event]
        with self._write:
            review = add_review(_cursor(self.con), truce=truce, incident=incident_id, reports=reports,
                                machine_verdict=inc.verdict, decision=decision, verdict=verdict, note=note,
                                reviewer=reviewer, max_name=self.settings.web.review_max_name_chars,
                                max_note=self.settings.web.review_max_note_chars)
            self._apply_reviews()
        return review.to_dict()

    def reviews(self) -> dict[str, Any]:
        rows = load_reviews(self.cursor())
        return {"reviews": [r.to_dict() for r in reversed(rows)], "orphans": [r.to_dict() for r in self.orphans]}

    # -- pages ----------------------------------------------------------------------------------
    def overview(self) -> dict[str, Any]:
        cur = self.cursor()
        out = Q.overview_counts(cur)
        out["truces"] = [{"name": t, "verdicts": Q.verdict_summary(cur, t)} for t in self.truces]
        out["recent_reviews"] = self.reviews()["reviews"][:10]
        out["orphan_reviews"] = [r.to_dict() for r in self.orphans]
        return out

    def events(self, f: EventFilter, sort: str | None = "date", desc: bool = False, page: int = 1,
               per_page: int | None = None, facets: bool = True) -> dict[str, Any]:
        f.truce = self.default_truce(f.truce)
        cur = self.cursor()
        Q.resolve_search(cur, f)
        out = Q.events_page(cur, f, sort, desc, max(page, 1), self._per_page(per_page))
        if facets:
            out["facets"] = Q.event_facets(cur, f)
        return out

    def event(self, event_id: str, truce: str | None = None) -> dict[str, Any]:
        row = Q.event_detail(self.cursor(), event_id, self.default_truce(truce))
        if row is None:
            raise NotFound(f"no event {event_id!r}")
        row["record"] = json.loads(row["record"])
        return row

    def incidents(self, f: IncidentFilter, sort: str | None = "date", desc: bool = False, page: int = 1,
                  per_page: int | None = None) -> dict[str, Any]:
        f.truce = self.default_truce(f.truce)
        return Q.incidents_page(self.cursor(), f, sort, desc, max(page, 1), self._per_page(per_page))

    def incident(self, incident_id: str, truce: str | None = None) -> dict[str, Any]:
        """One incident: its reports with their articles, grouped by story; claims; verdicts and reviews."""
        cur = self.cursor()
        truce = self.default_truce(truce)
        reports = Q.incident_reports(cur, incident_id)
        if not reports:
            raise NotFound(f"no incident {incident_id!r}")
        row = Q.incident_row(cur, incident_id, truce) or _standalone(reports[0])
        for r in reports:
            r["segments"] = highlight(r, self.settings.web.highlight_priority)
        article_ids = sorted({r["article_id"] for r in reports})
        links = Q.copy_links(cur, article_ids)
        return {"incident": row, "reports": reports, "stories": _stories(reports, links, cur),
                "claims": _claims_table(Q.incident_claims(cur, incident_id)),
                "verdicts": [self._verdict_of(t, incident_id) for t in self.truces], "truce": truce}

    def _verdict_of(self, truce: str, incident_id: str) -> dict[str, Any]:
        inc = self.judged.get((truce, incident_id))
        if inc is None:
            return {"truce": truce, "verdict": None}
        top = inc.reports[0]
        ar = self.applied.get((truce, incident_id))
        return {"truce": truce, "verdict": inc.verdict, "parties": inc.parties, "party_label": inc.party_label,
                "confidence": inc.confidence, "n_sources": inc.n_sources, "clause": inc.clause, "rule": top.rule,
                "reasons": top.reasons, "also_in_force": top.also_in_force, "claimants": top.claimants,
                "relevant": inc.relevant, "day": inc.day,
                "reports": {r.event_id: {"verdict": r.verdict, "rule": r.rule, "reasons": r.reasons,
                                         "party": r.party_name, "actor": r.actor, "confidence": r.confidence}
                            for r in inc.reports},
                "review": ar.to_dict() if ar else None,
                "verdict_final": ar.verdict if ar else inc.verdict}

    def articles(self, f: ArticleFilter, sort: str | None = "published", desc: bool = True, page: int = 1,
                 per_page: int | None = None) -> dict[str, Any]:
        cur = self.cursor()
        out = Q.articles_page(cur, f, sort, desc, max(page, 1), self._per_page(per_page))
        out["sources"] = Q.article_sources(cur)
        return out

    def article(self, article_id: str, truce: str | None = None) -> dict[str, Any]:
        cur = self.cursor()
        row = Q.article_detail(cur, article_id)
        if row is None:
            raise NotFound(f"no article {article_id!r}")
        row["removed"] = json.loads(row["removed"]) if row.get("removed") else []
        events = Q.article_events(cur, article_id, self.default_truce(truce))
        links = Q.copy_links(cur, [article_id])
        related = Q.articles_by_id(cur, sorted({x for link in links for x in (link["article_id"],
                                                                                 link["original_id"])}))
        return {"article": row, "events": events, "segments": _article_segments(row["text"] or "", events),
                "originals": [dict(link, article=related.get(link["original_id"])) for link in links
                              if link["article_id"] == article_id],
                "copies": [dict(link, article=related.get(link["article_id"])) for link in links
                           if link["original_id"] == article_id]}

    def map(self, f: IncidentFilter, bbox: tuple[float, float, float, float] | None = None, zoom: float = 1.0,
            colour: str = "verdict") -> dict[str, Any]:
        f.truce = self.default_truce(f.truce)
        if colour == "verdict" and not f.truce:
            colour = "type"
        web = self.settings.web
        cell = web.map_cell_deg / max(zoom, 1.0)
        return Q.map_items(self.cursor(), f, bbox, colour, web.map_max_points, cell)

    def timeline(self, f: IncidentFilter, group: str = "type") -> dict[str, Any]:
        f.truce = self.default_truce(f.truce)
        if group in ("verdict", "party") and not f.truce:
            group = "type"
        return {"group": group, "counts": Q.timeline_counts(self.cursor(), f, group),
                "truces": [_chain_units(c) for c in self.chains]}

    def export(self, f: EventFilter, fmt: str) -> Iterator[bytes]:
        """The filtered events as CSV, PLOVER JSONL or Parquet bytes, with verdict and review columns."""
        if fmt not in EXPORT_FORMATS:
            raise TruceError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        f.truce = self.default_truce(f.truce)
        limit = self.settings.web.max_export_rows
        cur = self.cursor()
        Q.resolve_search(cur, f)
        if fmt == "jsonl":
            return _jsonl_chunks(Q.events_records(cur, f, limit))
        return _file_chunks(Q.events_export(cur, f, limit), fmt)

    def _per_page(self, per_page: int | None) -> int:
        web = self.settings.web
        return min(max(per_page or web.page_size, 1), web.max_page_size)


class WorkbenchError(TruceError):
    """The store cannot be opened for the workbench (missing, not a DuckDB file, locked by a writer)."""


def _connect(path: str, read_only: bool) -> Any:
    """An in-memory DuckDB with the store attached as ``store`` (the default) and a scratch ``web`` database.

    The store is migrated first when writable (the reviews table appears); read-only, it is attached
    READ_ONLY and nothing can write to it. The workbench's own tables live in ``web``, never in the file.
    """
    import duckdb

    from truce.store import Store, StoreError

    if not Path(path).is_file():
        raise WorkbenchError(f"no store at {path}: run truce ingest first")
    try:
        if not read_only:
            Store(path).close()
        con = duckdb.connect()
        literal = "'" + path.replace("'", "''") + "'"  # ATTACH takes no parameters: quote the SQL way
        con.execute(f"ATTACH {literal} AS store" + (" (READ_ONLY)" if read_only else ""))
        con.execute("ATTACH ':memory:' AS web")
        con.execute("USE store")
    except StoreError as exc:  # already says which store and why
        raise WorkbenchError(str(exc)) from exc
    except duckdb.Error as exc:
        raise WorkbenchError(f"cannot open store {path}: {exc}") from exc
    return con


def _cursor(con: Any) -> Any:
    """A cursor of the workbench's connection, reading the store by default (``USE`` is per connection)."""
    cur = con.cursor()
    cur.execute("USE store")
    return cur


class _StoreView:
    """The part of ``truce.store.Store`` that the monitor's readers use: a connection to the store."""

    def __init__(self, con: Any) -> None:
        self.con = _cursor(con)
        self.path = ""


# -- shaping results ----------------------------------------------------------------------------
def _standalone(report: dict[str, Any]) -> dict[str, Any]:
    """An incident row for a report that no cluster holds (an unasserted report, judged alone)."""
    return {"id": report["id"], "event": report["event"], "first_date": report["date"], "last_date": report["date"],
            "n_reports": 1, "n_articles": 1, "n_independent_sources": 1, "loc_name": report["loc_name"],
            "loc_precision": report["loc_precision"], "loc_country": report["loc_country"],
            "contested": False, "standalone": True}


def _stories(reports: list[dict[str, Any]], links: list[dict[str, Any]], cur: ReadOnlyCursor) -> list[dict]:
    """Reports grouped by story: each original article with the copies of it that carry this incident."""
    in_incident = {r["article_id"] for r in reports}
    original_of: dict[str, str] = {}
    for link in links:  # strongest link first (ordered by containment)
        a, o = link["article_id"], link["original_id"]
        if a in in_incident and a != o and a not in original_of:
            original_of[a] = o
    def root(a: str) -> str:
        seen = set()
        while a in original_of and a not in seen:
            seen.add(a)
            a = original_of[a]
        return a
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in reports:
        by_article[r["article_id"]].append(r)
    groups: dict[str, dict[str, Any]] = {}
    outside = Q.articles_by_id(cur, sorted({root(a) for a in in_incident} - in_incident))
    for aid, reps in by_article.items():
        top = root(aid)
        group = groups.setdefault(top, {"original_id": top, "original": None, "copies": [],
                                        "original_outside": outside.get(top)})
        entry = {"article_id": aid, "reports": reps, "article": {k: reps[0][k] for k in
                 ("article_title", "source", "article_url", "article_published")}}
        if aid == top:
            group["original"] = entry
        else:
            entry["copy_of"] = original_of.get(aid)
            group["copies"].append(entry)
    return sorted(groups.values(), key=lambda g: -(len(g["copies"]) + (g["original"] is not None)))


def _claims_table(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """Claims side by side: one row per attribute, one column per claimant, their values in the cells."""
    claimants = sorted({c["claimant"] or "unattributed" for c in claims})
    rows: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        cell = rows[c["attribute"]][c["claimant"] or "unattributed"]
        if c["value"] not in cell:
            cell.append(c["value"])
    casualty = [a for a in rows if a in ("killed", "wounded", "injured", "abducted", "arrested")]
    order = casualty + sorted(a for a in rows if a not in casualty)
    return {"claimants": claimants,
            "rows": [{"attribute": a, "cells": {k: list(v) for k, v in rows[a].items()},
                      "conflict": len({x for v in rows[a].values() for x in v}) > 1} for a in order]}


def _article_segments(text: str, events: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    """The article text cut at its events' triggers, so the page can mark them (escaped by the template)."""
    spans = sorted({(e["trigger_start"], e["trigger_end"], e["id"]) for e in events
                    if e.get("trigger_start") is not None and 0 <= e["trigger_start"] < e["trigger_end"] <= len(text)})
    out: list[tuple[str, str | None, str | None]] = []
    pos = 0
    for start, end, eid in spans:
        if start < pos:
            continue
        out.append((text[pos:start], None, None))
        out.append((text[start:end], "trigger", eid))
        pos = end
    out.append((text[pos:], None, None))
    return out


def _chain_units(chain: Any) -> dict[str, Any]:
    def local(instant: Any, tz: Any) -> str | None:
        return instant.astimezone(tz).strftime("%Y-%m-%d %H:%M") if instant else None
    return {"name": chain.name, "units": [
        {"id": u.id, "name": u.name, "kind": u.kind, "status": u.status, "parent": u.parent, "clause": u.clause(),
         "timezone": str(u.timezone), "start": local(u.start, u.timezone), "end": local(u.end, u.timezone),
         "start_utc": u.start.isoformat() if u.start else None, "end_utc": u.end.isoformat() if u.end else None,
         "area": "; ".join(part.include.describe() for part in u.area)}
        for u in chain.units]}


def _jsonl_chunks(cursor: Any) -> Iterator[bytes]:
    """PLOVER records, one per line, each with its incident's verdict and review under ``truce_verdict``."""
    while rows := cursor.fetchmany(2000):
        lines = []
        for record, cluster_id, truce, machine, final, decision, rverdict, reviewer, note, changed in rows:
            rec = json.loads(record)
            rec["cluster_id"] = cluster_id or rec.get("cluster_id")
            if truce:
                rec["truce_verdict"] = {"truce": truce, "machine_verdict": machine, "verdict": final,
                                        "review": None if decision is None else {
                                            "decision": decision, "verdict": rverdict, "reviewer": reviewer,
                                            "note": note, "incident_changed_since": bool(changed)}}
            lines.append(json.dumps(rec, ensure_ascii=False))
        yield ("\n".join(lines) + "\n").encode("utf-8")


def _file_chunks(rel: Any, fmt: str) -> Iterator[bytes]:
    """CSV or Parquet of a query (a DuckDB relation), written by DuckDB to a private temporary file now,
    while the caller's cursor is in hand, and streamed from it."""
    fd, path = tempfile.mkstemp(suffix="." + fmt)
    os.close(fd)
    try:
        if fmt == "csv":
            rel.write_csv(path, header=True, sep=",")
        else:
            rel.write_parquet(path)
    except BaseException:
        os.unlink(path)
        raise
    return _stream_file(path)


def _stream_file(path: str) -> Iterator[bytes]:
    """A file's bytes in chunks; the file is removed afterwards."""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 16):
                yield chunk
    finally:
        os.unlink(path)
