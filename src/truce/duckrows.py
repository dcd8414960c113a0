"""Python rows into DuckDB, and Parquet files written and read, with DuckDB alone (no Arrow).

truce used to hand rows to DuckDB as Arrow tables and write Parquet with ``pyarrow``: 176 MB of a
1,000 MB runtime for work DuckDB does itself. Here a batch of rows travels as one bound parameter
per column, a typed list (``unnest($1::BIGINT[])``), so one statement moves a whole batch, every value
stays a bound parameter (never SQL text) and each column keeps the type the schema declares (an
empty batch and an all-NULL column included). Parquet is DuckDB's own ``COPY ... (FORMAT parquet)``
and ``read_parquet``.

``columns`` everywhere is a sequence of ``(name, SQL type)``; names come from truce's own schema
(``truce.schema``), never from input, and are quoted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

Columns = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Rows:
    """A batch of rows by column, as DuckDB takes it: ``columns`` (name, SQL type), one list per column."""

    columns: tuple[tuple[str, str], ...]
    values: tuple[list[Any], ...]

    @classmethod
    def of(cls, **cols: tuple[str, Sequence[Any]]) -> Rows:
        """``Rows.of(a=("VARCHAR", [...]), n=("INTEGER", [...]))``: columns in keyword order."""
        lengths = {len(v) for _t, v in cols.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        return cls(tuple((n, t) for n, (t, _v) in cols.items()), tuple(list(v) for _t, v in cols.values()))

    @property
    def column_names(self) -> list[str]:
        return [n for n, _t in self.columns]

    @property
    def num_rows(self) -> int:
        return len(self.values[0]) if self.values else 0


def quote(name: str) -> str:
    """An SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(path: str | Path) -> str:
    """A file path as an SQL string literal (COPY and ATTACH take no bound parameters)."""
    return "'" + str(path).replace("'", "''") + "'"


def select(columns: Columns) -> str:
    """``SELECT unnest($1::T1[]) AS c1, ...``: the rows of column lists bound as parameters, in order."""
    return "SELECT " + ", ".join(f"unnest(${i}::{sql}[]) AS {quote(name)}"
                                 for i, (name, sql) in enumerate(columns, start=1))


def by_column(columns: Columns, rows: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """Row dicts as one list per column (a missing key is NULL)."""
    rows = list(rows)
    return [[r.get(name) for r in rows] for name, _sql in columns]


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Columns, values: list[list[Any]],
           verb: str = "INSERT") -> None:
    """Insert column lists into ``table`` in one statement (``verb``: INSERT, INSERT OR REPLACE, ...)."""
    if not values or not values[0]:
        return
    names = ", ".join(quote(n) for n, _ in columns)
    con.execute(f"{verb} INTO {quote(table)} ({names}) SELECT {names} FROM ({select(columns)})", values)


def temp_table(con: duckdb.DuckDBPyConnection, name: str, columns: Columns, values: list[list[Any]]) -> None:
    """(Re)create a temporary table of these rows on ``con``, typed as ``columns`` even when empty."""
    if values and values[0]:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {quote(name)} AS {select(columns)}", values)
    else:
        cols = ", ".join(f"{quote(n)} {sql}" for n, sql in columns)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {quote(name)} ({cols})")


def write_parquet(path: str | Path, columns: Columns, values: list[list[Any]]) -> None:
    """One Parquet file of these rows, its columns typed as ``columns`` (also with no rows)."""
    con = duckdb.connect()
    try:
        temp_table(con, "rows", columns, values)
        con.execute(f"COPY rows TO {literal(path)} (FORMAT parquet)")
    finally:
        con.close()


def write_query_parquet(con: duckdb.DuckDBPyConnection, sql: str, path: str | Path,
                        params: list[Any] | None = None) -> None:
    """A query's rows as one Parquet file, written by DuckDB (the query's own column types)."""
    con.sql(sql, params=params or []).write_parquet(str(path))


def fetch_dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The rows of an executed statement as dicts keyed by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def read_parquet(path: str | Path) -> list[dict[str, Any]]:
    """Every row of one Parquet file, as dicts (list columns as lists, JSON columns as strings)."""
    con = duckdb.connect()
    try:
        return fetch_dicts(con.execute(f"SELECT * FROM read_parquet({literal(path)})"))
    finally:
        con.close()
