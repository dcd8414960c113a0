"""truce: news articles to PLOVER political event data, judged against ceasefires.

The library is the product; the CLI is a thin layer over it::

    import truce
    for event in truce.code("Government forces shelled Misrata on Monday.", published="2026-03-02"):
        print(event.to_plover())
"""

from truce.pipeline import Pipeline, code
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality, Place, Skipped

__version__ = "0.1.0"
__all__ = [
    "ActorRef", "Article", "CodedArticle", "Event", "EventLocation", "Modality", "Pipeline", "Place",
    "Skipped", "code",
]
