"""Exports: PLOVER JSON Lines, CSV and Parquet (optionally partitioned by month)."""

from __future__ import annotations

import json
from pathlib import Path

from truce.store import Store

FORMATS = ("plover-jsonl", "csv", "parquet")


def _actor_column(role: str, field: str) -> str:
    """Actors of one role folded into a ';'-joined column, for the flat CSV/Parquet rows."""
    return (f"(SELECT string_agg(coalesce(a.{field}, ''), '; ' ORDER BY a.idx) FROM event_actors a "
            f"WHERE a.event_id = e.id AND a.role = '{role}') AS {role}_{field}")


_ACTOR_COLUMNS = ",\n  ".join(_actor_column(role, field) for role in ("actor", "recipient")
                               for field in ("text", "country", "sector"))
_FLAT_QUERY = f"""
SELECT e.* EXCLUDE (record),
  {_ACTOR_COLUMNS},
  substr(e.date, 1, 7) AS month,
  ar.url AS article_url, ar.source AS article_source, ar.published AS article_published
FROM events e LEFT JOIN articles ar ON ar.id = e.article_id
{{where}}
ORDER BY e.date NULLS LAST, e.id
"""


def export_events(store: Store, fmt: str, out: str | Path, asserted_only: bool = True,
                  partition_by_month: bool = False) -> int:
    """Write the store's events to ``out``; return the number of events written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    if fmt == "plover-jsonl":
        return _export_jsonl(store, out, asserted_only)
    where = "WHERE e.asserted" if asserted_only else ""
    query = _FLAT_QUERY.format(where=where)
    count = store.con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
    # The path is bound as a string literal below; quote it the SQL way so no file name can break out.
    target = "'" + str(out).replace("'", "''") + "'"
    if fmt == "csv":
        store.con.execute(f"COPY ({query}) TO {target} (HEADER, DELIMITER ',')")
    elif partition_by_month:
        store.con.execute(f"COPY ({query}) TO {target} (FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE)")
    else:
        store.con.execute(f"COPY ({query}) TO {target} (FORMAT parquet)")
    return count


def _export_jsonl(store: Store, out: Path, asserted_only: bool) -> int:
    count = 0
    with open(out, "w", encoding="utf-8") if str(out) != "-" else _stdout() as fh:
        for record in store.iter_event_records(asserted_only=asserted_only):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _stdout():
    import contextlib
    import sys

    return contextlib.nullcontext(sys.stdout)
