"""truce: news articles to PLOVER political event data, judged against ceasefires.

The library is the product; the CLI is a thin layer over it::

    import truce
    for event in truce.code("Government forces shelled Misrata on Monday.", published="2026-03-02"):
        print(event.to_plover())

    events = truce.read_events("truce.duckdb", country="LBY", as_="pandas")   # a store's events as a frame
"""

from truce.pipeline import Pipeline, code
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality, Place, Skipped

__version__ = "0.1.0"
__all__ = [
    "ActorRef", "Article", "CodedArticle", "Event", "EventLocation", "Modality", "Pipeline", "Place",
    "Skipped", "code", "read_events", "read_incidents",
]


def __getattr__(name: str):
    """``truce.read_events`` / ``truce.read_incidents``, imported on first use (DuckDB is not needed to code)."""
    if name in ("read_events", "read_incidents"):
        from truce.store import frames

        return getattr(frames, name)
    raise AttributeError(f"module 'truce' has no attribute {name!r}")
