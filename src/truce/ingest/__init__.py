"""The read stage: files, directories and stdin -> ``Article`` or ``Skipped``.

Placeholder reader (plain text only) until the full readers land.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from truce.config import TruceConfig
from truce.ids import article_id
from truce.records import Article, Skipped


def read_sources(paths: Iterable[str | Path], config: TruceConfig | None = None
                 ) -> Iterator[Article | Skipped]:
    """Yield one Article or Skipped per input item, in input order."""
    config = config or TruceConfig()
    for path in paths:
        path = Path(path)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield Skipped(origin=str(file), kind="unreadable", message=str(exc))
                continue
            if not text.strip():
                yield Skipped(origin=str(file), kind="empty", message="file is empty")
                continue
            yield Article(id=article_id(text), text=text, origin=str(file), fmt="text",
                          published=config.published, published_source="user" if config.published else "unknown")


def read_text(text: str, published: str | None = None, origin: str = "<text>") -> Article:
    """One Article from a string (the Python API's entry point)."""
    return Article(id=article_id(text), text=text, origin=origin, published=published,
                   published_source="user" if published else "unknown")
