"""Exports: PLOVER JSON Lines, CSV and Parquet (optionally partitioned by month), filtered.

Every exporter is registered by name in ``truce.registry.exporters`` with the file extensions it
writes, so ``-o events.csv`` needs no ``--format`` and a new format is one registered function.
The flat rows (CSV, Parquet) are the ``events`` table's columns as the record schema generates
them (``truce.schema``: a field added to ``Event`` is a new column here too), plus what a flat
file needs from the other tables: actors and recipients folded into ``;``-joined columns,
casualty figures by kind, the incident's source counts and the article's url and outlet.
DuckDB writes CSV and Parquet itself (``COPY``), streaming: memory does not grow with the store.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from truce import schema
from truce.duckrows import literal
from truce.errors import TruceError
from truce.records import CASUALTY_KINDS
from truce.registry import exporters
from truce.schema import quote
from truce.store import EventFilter, Store


class ExportError(TruceError):
    """An export cannot be written as asked (unknown format, extension and format disagree)."""


@dataclass(frozen=True)
class Exporter:
    """One output format: its name, the extensions that imply it, and its writer."""

    name: str
    extensions: tuple[str, ...]
    write: Callable[[Store, EventFilter, Path, bool], int]
    stdout: bool = False  # can write to '-'


def formats() -> list[str]:
    return list(exporters.get_all())


def infer_format(out: str | Path, fmt: str | None) -> str:
    """The format named, or the one the output's extension implies; a mismatch is refused."""
    suffix = "".join(Path(str(out)).suffixes[-1:]).lower()
    implied = [e.name for e in exporters.get_all().values() if suffix and suffix in e.extensions]
    if fmt is None:
        if str(out) == "-":
            return "plover-jsonl"
        if not implied:
            raise ExportError(f"cannot tell the format of {out!r} from its extension; give --format "
                              f"({', '.join(formats())})")
        return implied[0]
    if fmt not in exporters.get_all():
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(formats())}")
    if implied and fmt not in implied:
        raise ExportError(f"--format {fmt} does not match the extension of {out!r} ({implied[0]}); "
                          "change one of them")
    return fmt


def export_events(store: Store, fmt: str | None, out: str | Path, asserted_only: bool = True,
                  partition_by_month: bool = False, filters: EventFilter | None = None) -> int:
    """Write the store's events to ``out`` in ``fmt`` (None: from the extension); return how many."""
    fmt = infer_format(out, fmt)
    exporter = exporters.get(fmt)
    if str(out) == "-" and not exporter.stdout:
        raise ExportError(f"--format {fmt} needs --output FILE")
    filters = filters or EventFilter()
    if asserted_only and not filters.asserted_only:
        filters = EventFilter(**{**filters.__dict__, "asserted_only": True})
    return exporter.write(store, filters, Path(str(out)), partition_by_month)


# -- the flat rows -----------------------------------------------------------------------------------------

def _actor_column(role: str, field: str) -> str:
    """Actors of one role folded into a ';'-joined column, in their order in the event."""
    return (f"(SELECT string_agg(coalesce(a.{quote(field)}, ''), '; ' ORDER BY a.idx) FROM event_actors a "
            f"WHERE a.event_id = e.id AND a.role = '{role}') AS {role}_{field}")


def _casualty_column(kind: str) -> str:
    """The highest figure of one kind any claimant gives (claims that differ stay in the store)."""
    return (f"(SELECT max(c.count) FROM event_casualties c WHERE c.event_id = e.id AND c.kind = '{kind}') "
            f"AS {kind}")


def flat_query(filters: EventFilter, join_lists: bool) -> tuple[str, list]:
    """The flat event rows' SELECT and its parameters; ``join_lists`` for files without list types."""
    cols = []
    for col in schema.flat_columns("events"):
        name = quote(col.name)
        cols.append(f"array_to_string(e.{name}, '; ') AS {name}" if col.kind == "strs" and join_lists
                    else f"e.{name}")
    cols += [_actor_column(role, f) for role in ("actor", "recipient") for f in ("text", "name", "country", "sector")]
    cols += [_casualty_column(kind) for kind in CASUALTY_KINDS]
    where, params = filters.sql()
    sql = f"""
SELECT {', '.join(cols)},
  k.n_independent_sources AS n_sources, k.n_articles AS n_articles, k.n_reports AS n_reports,
  substr(e.date, 1, 7) AS month,
  ar.url AS article_url, ar.source AS article_source, ar.published AS article_published
FROM (SELECT * FROM events {'WHERE ' + where if where else ''}) e
LEFT JOIN articles ar ON ar.id = e.article_id
LEFT JOIN (SELECT cluster_id, max(n_independent_sources) AS n_independent_sources, max(n_articles) AS n_articles,
                  max(n_reports) AS n_reports FROM clusters GROUP BY cluster_id) k ON k.cluster_id = e.cluster_id
ORDER BY e.date NULLS LAST, e.id"""
    return sql, params


def _copy(store: Store, filters: EventFilter, out: Path, join_lists: bool, options: str) -> int:
    """DuckDB writes the flat rows itself (``COPY (query) TO file``), streaming: memory does not grow with
    the store; the filter values stay bound parameters, the path a quoted literal. Returns the row count."""
    sql, params = flat_query(filters, join_lists)
    (count,) = store.con.execute(f"COPY ({sql}) TO {literal(out)} ({options})", params).fetchone()
    return int(count)


def _write_csv(store: Store, filters: EventFilter, out: Path, partition: bool) -> int:
    # column names are field names (never input), so a plain header, as spreadsheets write it
    return _copy(store, filters, out, True, "FORMAT csv, HEADER, DELIMITER ','")


def _write_parquet(store: Store, filters: EventFilter, out: Path, partition: bool) -> int:
    if partition:  # OUT/month=YYYY-MM/*.parquet (hive style; events without a date: __HIVE_DEFAULT_PARTITION__)
        return _copy(store, filters, out, False, "FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE")
    return _copy(store, filters, out, False, "FORMAT parquet")


def _write_jsonl(store: Store, filters: EventFilter, out: Path, partition: bool) -> int:
    count = 0
    where, params = filters.sql()
    with _open(out) as fh:
        for event in store.read_events(where, params):
            fh.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
            count += 1
    return count


def _open(out: Path) -> contextlib.AbstractContextManager[IO[str]]:
    if str(out) == "-":
        return contextlib.nullcontext(sys.stdout)
    return open(out, "w", encoding="utf-8")


exporters.register("plover-jsonl", func=Exporter("plover-jsonl", (".jsonl", ".ndjson"), _write_jsonl, stdout=True))
exporters.register("csv", func=Exporter("csv", (".csv",), _write_csv))
exporters.register("parquet", func=Exporter("parquet", (".parquet", ".pq"), _write_parquet))

FORMATS = tuple(formats())
