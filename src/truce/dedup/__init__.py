"""The dedup stage: republished copies, and one event from many reports. Placeholder."""

from __future__ import annotations

from duckdb import DuckDBPyConnection

from truce.records import CodedArticle


def update_store(con: DuckDBPyConnection, added: list[CodedArticle]) -> None:
    """Link newly stored articles to their originals and events to clusters (same transaction)."""
