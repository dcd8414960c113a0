"""Batch runs: inputs -> pipeline -> store, streaming, in bounded memory, resumable.

Reading, coding and storing overlap: ``BatchCoder.stream`` keeps worker processes coding the
chunks queued behind while this process stores (and clusters) the batch that came back. Known
articles are skipped before parsing; with ``recode``, articles coded by another coder (another
truce version, model, lexicon or settings) are coded again and replaced.

One bad article never ends a run: a stage that raises on it makes it a skip (``internal-error``,
with the stage), counted in the summary; the other articles are stored. Storing and dedup run per
batch in one transaction; if they raise, the batch is stored again article by article, so only the
article they fail on is skipped (stage ``store`` or ``dedup``).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from truce import dedup
from truce.config import TruceConfig
from truce.errors import TruceError
from truce.ingest import read_sources
from truce.parallel import BatchCoder, batched
from truce.pipeline import internal_error
from truce.progress import step
from truce.provenance import coder_of
from truce.records import Article, CodedArticle, Skipped
from truce.settings import Settings
from truce.store import Store

LOOKAHEAD = 256  # articles whose ids are checked against the store in one query


@dataclass
class IngestSummary:
    """What a run did; printed at the end and returned to Python callers."""

    read: int = 0
    added: int = 0
    already_stored: int = 0
    recoded: int = 0
    stale: int = 0  # stored articles coded by another coder, left as they are (``recode`` re-codes them)
    events: int = 0
    unparsed_dates: int = 0  # articles read whose own date field truce could not read (meta.unparsed_published)
    skipped: Counter = field(default_factory=Counter)
    skipped_items: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {
            "articles_read": self.read, "articles_added": self.added, "already_stored": self.already_stored,
            "recoded": self.recoded, "stale": self.stale, "events_coded": self.events,
            "unparsed_dates": self.unparsed_dates, "skipped": dict(self.skipped),
            "seconds": round(self.seconds, 2),
            "skipped_items": [{"origin": s.origin, "kind": s.kind, "message": s.message, "stage": s.stage}
                              for s in self.skipped_items],
        }

    def skip(self, item: Skipped) -> None:
        self.skipped[item.kind] += 1
        self.skipped_items.append(item)


def ingest(paths: Iterable[str | Path], db: str | Path, config: TruceConfig | None = None,
           on_batch: Callable[[IngestSummary], None] | None = None, batch_size: int = 64,
           recode: bool = False) -> IngestSummary:
    """Read, code and store every input; each batch of ``batch_size`` articles is one transaction."""
    config = config or TruceConfig()
    summary = IngestSummary()
    started = time.perf_counter()
    current = coder_of(config).id
    with Store(db) as store, BatchCoder(config) as coder:
        # The current coder, without loading the model; worker pipelines record the same one.
        reading: list[Skipped] = []
        to_code = _new_articles(read_sources(paths, config, store=db), store, summary, reading, current, recode)
        pending: list[CodedArticle] = []
        failed: list[Skipped] = []
        for item in coder.stream(to_code):
            if isinstance(item, Skipped):
                summary.skip(item)
                failed.append(item)
            else:
                pending.append(item)
            if len(pending) + len(failed) >= batch_size:
                store_batch(store, pending, failed + _drain(reading), summary, on_batch, config.settings)
                pending, failed = [], []
        store_batch(store, pending, failed + _drain(reading), summary, on_batch, config.settings)
        if summary.recoded:
            with step("clustering the store again after re-coding"):
                redo_dedup(store, config.settings)
    summary.seconds = time.perf_counter() - started
    return summary


def _drain(items: list) -> list:
    out = list(items)
    items.clear()
    return out


def _new_articles(items: Iterable[Article | Skipped], store: Store, summary: IngestSummary,
                  reading: list[Skipped], current: str, recode: bool) -> Iterator[Article]:
    """Articles the store does not hold yet (or, recoding, holds from another coder).

    Skipped input items are counted and queued to be stored with the next batch.
    """
    for chunk in batched(items, LOOKAHEAD):
        articles = [a for a in chunk if isinstance(a, Article)]
        for s in chunk:
            if isinstance(s, Skipped):
                summary.skip(s)
                reading.append(s)
        summary.read += len(articles)
        summary.unparsed_dates += sum("unparsed_published" in a.meta for a in articles)
        coders = store.article_coders(a.id for a in articles)
        seen: set[str] = set()
        new = []
        for a in articles:
            stored, stale = a.id in coders, a.id in coders and coders[a.id] != current
            if a.id in seen or (stored and not (recode and stale)):
                summary.already_stored += 1
                summary.stale += stale and a.id not in seen
                continue
            seen.add(a.id)
            new.append(a)
        if new:  # the step is open while the coder works through these (and loads its model on the first)
            unstored = sum(1 for a in articles if a.id not in coders or (recode and coders[a.id] != current))
            with step(f"coding {unstored} new articles"):  # new to the store (a repeated id is coded once)
                yield from new


def store_batch(store: Store, coded: list[CodedArticle], skipped: list[Skipped], summary: IngestSummary,
                on_batch: Callable[[IngestSummary], None] | None, settings: Settings | None) -> None:
    """Store one batch with dedup in one transaction (replacing recoded articles), counted in ``summary``."""
    if not coded and not skipped:
        return
    replaced = store.known_article_ids(c.article.id for c in coded)
    hook = _as_stage("dedup", dedup.store_hook(settings))
    with step(f"storing {len(coded)} coded articles"):
        try:
            summary.added += store.write_batch(coded, skipped, after_write=hook, replace=True)
        except TruceError:
            raise
        except Exception:  # noqa: BLE001 - an article's rows or its dedup failed: the others are kept
            coded = _store_singly(store, coded, skipped, hook, summary)
    replaced &= {c.article.id for c in coded}
    summary.recoded += len(replaced)
    summary.added -= len(replaced)
    summary.events += sum(len(c.events) for c in coded)
    if on_batch:
        on_batch(summary)


def _store_singly(store: Store, coded: list[CodedArticle], skipped: list[Skipped], hook, summary: IngestSummary
                  ) -> list[CodedArticle]:
    """The batch again, one article per transaction (the failed batch left the store as it was).

    An article whose rows or dedup raise becomes an ``internal-error`` skip naming the stage
    (``store`` or ``dedup``), stored with the batch's other skips; the rest is stored as usual.
    """
    kept: list[CodedArticle] = []
    skipped = list(skipped)
    for c in coded:
        try:
            summary.added += store.write_batch([c], after_write=hook, replace=True)
            kept.append(c)
        except TruceError:
            raise
        except Exception as exc:  # noqa: BLE001 - the article boundary
            failed = internal_error(c.article, exc.stage, exc.error) if isinstance(exc, StageFailed) else \
                internal_error(c.article, "store", exc)
            summary.skip(failed)
            skipped.append(failed)
    store.write_batch([], skipped)
    return kept


class StageFailed(Exception):
    """A stage run on a batch after coding (dedup) raised; ``stage`` names it, ``error`` is the exception."""

    def __init__(self, stage: str, error: Exception) -> None:
        super().__init__(f"{stage}: {type(error).__name__}: {error}")
        self.stage, self.error = stage, error


def _as_stage(name: str, hook: Callable) -> Callable:
    def run(con, written) -> None:
        try:
            hook(con, written)
        except TruceError:
            raise
        except Exception as exc:  # noqa: BLE001 - named for the skip record
            raise StageFailed(name, exc) from exc
    return run


def redo_dedup(store: Store, settings: Settings | None = None, batch_size: int = LOOKAHEAD) -> None:
    """Dedup the whole store again, from its coded articles, in one transaction (after ``--recode``).

    Dedup keeps no per-article undo (a replaced article's reports may have joined or split clusters
    of other articles), and its result does not depend on the order or size of the batches, so
    clearing its tables and running it over every stored article gives the store a fresh ingest
    with the new coder would have made. Copies' dates read on their original's clock go back to
    the article's own first.
    """
    from truce.dedup import DuckDBDedupStore
    from truce.dedup.adapters import _REPORT_CACHE, DEDUP_TABLES
    from truce.dedup.copies import LSH_CACHE

    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("UPDATE events SET date = r.own_date, date_source = NULL, "
                    "record = json_merge_patch(events.record, json_object('date', r.own_date, 'date_source', NULL)) "
                    "FROM dedup_reports r WHERE events.id = r.event_id AND r.clock IS NOT NULL")
        con.execute("UPDATE events SET cluster_id = NULL, record = json_merge_patch(events.record, "
                    "json_object('cluster_id', NULL)) WHERE cluster_id IS NOT NULL")
        for table in DEDUP_TABLES:
            con.execute(f"DELETE FROM {table}")
        adapter = DuckDBDedupStore(con)
        LSH_CACHE.forget(adapter)  # the process-wide caches of this store's index and reports are stale now
        _REPORT_CACHE.pop(adapter.key, None)
        ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for chunk in batched(ids, batch_size):
            dedup.run(store.read_coded(chunk), adapter, settings)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
