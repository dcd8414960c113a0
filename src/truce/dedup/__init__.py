"""The dedup stage: republished and spun copies, and one event from many reports.

``update_store`` runs inside the store's batch transaction, after the batch's articles,
events, actors and places were inserted. It updates the derived tables incrementally:

- ``dedup_articles`` / ``dedup_sentences``: per-article MinHash signature and sentence
  fingerprints (the persistent copy-detection index; the in-memory LSH is rebuilt from it);
- ``article_copies``: copy -> original links with containment and method
  (view ``article_originals``: links to originals that are not copies themselves);
- ``events.cluster_id``, ``clusters``, ``cluster_claims`` (views ``cluster_conflicts``,
  ``incidents``): one row per happening, with independent-source counts and every
  conflicting claim kept with its claimant.

See docs/dedup.md for the rules, their measured quality and cost.
"""

from __future__ import annotations

from typing import Any

from duckdb import DuckDBPyConnection

from truce.dedup.clusters import update_clusters
from truce.dedup.copies import index_articles
from truce.records import CodedArticle

__all__ = ["update_store", "independent_sources", "originals_of", "copies_of", "cluster", "claims"]


def update_store(con: DuckDBPyConnection, added: list[CodedArticle]) -> None:
    """Link newly stored articles to their originals and events to clusters (same transaction)."""
    if not added:
        return
    relinked = index_articles(con, [c.article for c in added])
    update_clusters(con, sorted({c.article.id for c in added}), relinked)


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
