"""Batch runs: inputs -> pipeline -> store, streaming, in bounded memory, resumable."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from truce import dedup
from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.parallel import BatchCoder, batched
from truce.progress import step
from truce.records import Article, Skipped
from truce.store import Store


@dataclass
class IngestSummary:
    """What a run did; printed at the end and returned to Python callers."""

    read: int = 0
    added: int = 0
    already_stored: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)
    skipped_items: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "articles_read": self.read, "articles_added": self.added, "already_stored": self.already_stored,
            "events_coded": self.events, "skipped": dict(self.skipped), "seconds": round(self.seconds, 2),
            "skipped_items": [{"origin": s.origin, "kind": s.kind, "message": s.message}
                              for s in self.skipped_items],
        }


def ingest(paths: Iterable[str | Path], db: str | Path, config: TruceConfig | None = None,
           on_batch: Callable[[IngestSummary], None] | None = None, batch_size: int = 64) -> IngestSummary:
    """Read, code and store every input; each batch is one transaction."""
    config = config or TruceConfig()
    summary = IngestSummary()
    started = time.perf_counter()
    coder = BatchCoder(config)
    with Store(db) as store, coder:
        for batch in batched(read_sources(paths, config), batch_size):
            articles = [item for item in batch if isinstance(item, Article)]
            skipped = [item for item in batch if isinstance(item, Skipped)]
            summary.read += len(articles)
            summary.skipped.update(s.kind for s in skipped)
            summary.skipped_items.extend(skipped)
            known = store.known_article_ids(a.id for a in articles)
            new = [a for a in articles if a.id not in known]
            summary.already_stored += len(articles) - len(new)
            with step(f"coding {len(new)} new articles"):
                coded = coder.code(new) if new else []
            summary.added += store.write_batch(coded, skipped, after_write=dedup.store_hook(config.settings))
            summary.events += sum(len(c.events) for c in coded)
            if on_batch:
                on_batch(summary)
    summary.seconds = time.perf_counter() - started
    return summary
