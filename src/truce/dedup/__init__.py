"""The dedup stage: republished and spun copies, and one event from many reports.

Dedup is a function over records: ``run(batch, store)`` takes a batch of ``CodedArticle``s
and a store adapter (``truce.dedup.adapters``: the DuckDB store, or Parquet files) and
returns what it found (``DedupResult``: new copy links, changed cluster ids, copies' dates
read on their original's clock), keeping the adapter's tables up to date:

- ``dedup_articles`` / ``dedup_sentences``: per-article MinHash signature and sentence
  fingerprints (the persistent copy-detection index; the in-memory LSH is rebuilt from it);
- ``article_copies``: copy -> original links with containment and method
  (view ``article_originals``: links to originals that are not copies themselves);
- ``dedup_reports`` / ``dedup_links``: the clustering index (one row per clusterable report)
  and the links clustering found between reports;
- cluster ids (``events.cluster_id`` in the DuckDB store), ``clusters``, ``cluster_claims``
  (views ``cluster_conflicts``, ``incidents``): one row per happening, with independent-source
  counts and every conflicting claim kept with its claimant.

The result does not depend on the order or the size of the batches. ``update_store`` is the
DuckDB store's hook: it runs inside the store's batch transaction, after the batch's articles
and events were inserted. See docs/dedup.md for the rules, their measured quality and cost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from duckdb import DuckDBPyConnection

from truce.dedup.adapters import DuckDBDedupStore, ParquetDedupStore
from truce.dedup.copies import index_articles
from truce.dedup.reports import reports_of
from truce.dedup.update import DedupResult, update_clusters
from truce.records import CodedArticle
from truce.settings import Settings, default_settings

__all__ = ["run", "update_store", "store_hook", "DedupResult", "DuckDBDedupStore", "ParquetDedupStore",
           "independent_sources", "originals_of", "copies_of", "cluster", "claims"]


def run(batch: Sequence[CodedArticle], store: Any, settings: Settings | None = None) -> DedupResult:
    """Run dedup over a batch of coded articles against a store adapter.

    Articles the adapter has already indexed are skipped. The adapter's tables end up the
    same whatever the order and size of the batches the articles come in.
    """
    cfg = (settings or default_settings()).dedup
    known = store.indexed_ids(c.article.id for c in batch)
    fresh = [c for c in batch if c.article.id not in known]
    seen: set[str] = set()
    batch = [c for c in fresh if not (c.article.id in seen or seen.add(c.article.id))]
    if not batch:
        return DedupResult()
    links = index_articles(store, [c.article for c in batch], cfg)
    reports = [r for c in batch for r in reports_of(c, cfg)]
    return update_clusters(store, reports, links, cfg, {c.article.id: c.article.published for c in batch})


def update_store(con: DuckDBPyConnection, added: list[CodedArticle], settings: Settings | None = None) -> None:
    """The store's ``after_write`` hook: dedup over the batch just written (same transaction)."""
    if added:
        run(added, DuckDBDedupStore(con), settings)


def store_hook(settings: Settings | None = None) -> Callable[[DuckDBPyConnection, list[CodedArticle]], None]:
    """``update_store`` with the user's settings, for ``Store.write_batch(after_write=...)``."""
    return partial(update_store, settings=settings)


def originals_of(con: DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """The articles this one was copied from (earliest published first), with scores."""
    return _dicts(con, "SELECT c.original_id, c.containment, c.coverage, c.method, d.published_utc "
                       "FROM article_copies c LEFT JOIN dedup_articles d ON d.article_id = c.original_id "
                       "WHERE c.article_id = ? ORDER BY d.published_utc NULLS LAST, c.original_id", [article_id])


def copies_of(con: DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """The articles that copied (part of) this one."""
    return _dicts(con, "SELECT article_id, containment, coverage, method FROM article_copies "
                       "WHERE original_id = ? ORDER BY article_id", [article_id])


def cluster(con: DuckDBPyConnection, cluster_id: str) -> dict[str, Any] | None:
    """One row of the ``incidents`` view."""
    rows = _dicts(con, "SELECT * FROM incidents WHERE cluster_id = ?", [cluster_id])
    return rows[0] if rows else None


def independent_sources(con: DuckDBPyConnection, cluster_id: str) -> list[str]:
    """The outlets that independently reported this happening (copies count as their original)."""
    rows = con.execute("SELECT sources FROM clusters WHERE cluster_id = ?", [cluster_id]).fetchall()
    return list(rows[0][0]) if rows else []


def claims(con: DuckDBPyConnection, cluster_id: str, attribute: str | None = None) -> list[dict[str, Any]]:
    """Every claimed value of the cluster's attributes (actor, recipient, killed, ...) with claimants."""
    sql = "SELECT attribute, value, claimant, article_id, event_id FROM cluster_claims WHERE cluster_id = ?"
    params: list[Any] = [cluster_id]
    if attribute:
        sql += " AND attribute = ?"
        params.append(attribute)
    return _dicts(con, sql + " ORDER BY attribute, value, article_id, event_id", params)


def _dicts(con: DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
