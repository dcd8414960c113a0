"""The read stage: files, directories and stdin -> ``Article`` or ``Skipped``.

Entry points: :func:`read_sources` (paths, folders, ``-`` for stdin; streams in
input order) and :func:`read_text` (one string). Formats, date precedence and
skip kinds are described in docs/ingest.md.
"""

from __future__ import annotations

from truce.config import TruceConfig
from truce.ingest.article import build_article
from truce.ingest.sources import read_file, read_sources, read_stream
from truce.ingest.text_reader import guess_title
from truce.records import Article


def read_text(text: str, published: str | None = None, origin: str = "<text>",
              config: TruceConfig | None = None) -> Article:
    """One Article from a string (the Python API's entry point); never skipped, even if not English."""
    settings = (config or TruceConfig()).settings.ingest
    article = build_article(text, origin=origin, fmt="text", title=guess_title(text, settings), user_date=published,
                            skip_non_english=False, settings=settings)
    assert isinstance(article, Article)
    return article


__all__ = ["read_file", "read_sources", "read_stream", "read_text"]
