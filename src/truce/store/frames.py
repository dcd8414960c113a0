"""Events and incidents in one call, as a DuckDB relation or a pandas / polars / Arrow table.

    import truce
    events = truce.read_events("truce.duckdb", since="2026-03-01", country="LBY")   # a DuckDB relation
    df = truce.read_events("truce.duckdb", as_="pandas")        # needs: pip install 'truce[pandas]'
    incidents = truce.read_incidents("truce.duckdb", as_="polars")   # needs: pip install 'truce[polars]'
    table = truce.read_events("truce.duckdb", as_="arrow")      # needs: pip install 'truce[arrow]'

The rows are the export's flat rows (``truce export``: every event column of the record schema,
actors folded into columns, casualty figures, the incident's source counts, the article's url and
outlet) with lists kept as lists. A relation reads the store lazily and keeps it open (read-only)
while it lives; the frames are read at once and the store is closed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from truce.errors import TruceError
from truce.store import EventFilter, Store

KINDS = ("duckdb", "pandas", "polars", "arrow")
_MODULES = {"pandas": "pandas", "polars": "polars", "arrow": "pyarrow"}  # optional extras, not runtime needs


class FrameError(TruceError):
    """The frame library asked for is not installed, or not one truce knows."""


def _filters(since, until, event, country, asserted_only) -> EventFilter:
    as_tuple = lambda v: () if v is None else ((v,) if isinstance(v, str) else tuple(v))  # noqa: E731
    return EventFilter(since=since, until=until, events=as_tuple(event), countries=as_tuple(country),
                       asserted_only=asserted_only)


def read_events(db: str | Path, since: str | None = None, until: str | None = None,
                event: str | list[str] | None = None, country: str | list[str] | None = None,
                asserted_only: bool = True, as_: str = "duckdb") -> Any:
    """The store's events (reported as having happened, unless ``asserted_only=False``), filtered."""
    from truce.store.export import flat_query

    sql, params = flat_query(_filters(since, until, event, country, asserted_only), join_lists=False)
    return _result(db, sql, params, as_)


def read_incidents(db: str | Path, since: str | None = None, until: str | None = None,
                   event: str | list[str] | None = None, country: str | list[str] | None = None,
                   as_: str = "duckdb") -> Any:
    """One row per incident (the ``incidents`` view: clusters with their sources and contested claims)."""
    where, params = _filters(since, until, event, country, False).sql(first_day="first_date", last_day="last_date")
    sql = "SELECT * FROM incidents" + (" WHERE " + where if where else "") + \
        " ORDER BY first_date NULLS LAST, cluster_id"
    return _result(db, sql, params, as_)


def _result(db: str | Path, sql: str, params: list, as_: str) -> Any:
    if as_ not in KINDS:
        raise FrameError(f"as_={as_!r}: choose one of {', '.join(KINDS)}")
    if as_ in _MODULES:
        try:
            __import__(_MODULES[as_])
        except ImportError:
            raise FrameError(f"{_MODULES[as_]} is not installed: pip install 'truce[{as_}]' "
                             "(or use as_='duckdb')") from None
    store = Store(db, read_only=True)
    if as_ == "duckdb":
        return store.con.sql(sql, params=params)  # the relation holds the connection open
    try:
        rel = store.con.sql(sql, params=params)
        return {"pandas": rel.df, "polars": rel.pl, "arrow": rel.to_arrow_table}[as_]()
    finally:
        store.close()


__all__ = ["FrameError", "read_events", "read_incidents"]
