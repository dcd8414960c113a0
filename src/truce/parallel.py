"""Coding on all cores: the same Pipeline in worker processes, fed in chunks.

This is truce's one mechanism for parallel coding (the Pipeline itself always
parses in one process). Each worker loads the model once (initializer) and codes
whole chunks, so the Docs never cross a process boundary; only the small result
records do. Results come back in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from truce.config import TruceConfig
from truce.pipeline import Pipeline
from truce.records import Article, CodedArticle

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(config: TruceConfig) -> None:
    global _WORKER_PIPELINE  # one read-only pipeline per worker process
    _WORKER_PIPELINE = Pipeline(config)


def _code_chunk(articles: list[Article]) -> list[CodedArticle]:
    assert _WORKER_PIPELINE is not None
    return list(_WORKER_PIPELINE.code_articles(articles))


class ProcessCoder:
    """A pool of worker pipelines; ``code`` splits a batch across them."""

    def __init__(self, config: TruceConfig, workers: int, chunk_size: int = 8) -> None:
        self.chunk_size = chunk_size
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(config,))

    def code(self, articles: list[Article]) -> list[CodedArticle]:
        chunks = [articles[i:i + self.chunk_size] for i in range(0, len(articles), self.chunk_size)]
        return [coded for result in self.pool.map(_code_chunk, chunks) for coded in result]

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class BatchCoder:
    """Codes batches in this process, or in worker processes when ``config.n_process > 1``.

    Resources load lazily, so a run that finds everything already stored never loads the model.
    """

    def __init__(self, config: TruceConfig) -> None:
        self.config = config
        self._pipeline: Pipeline | None = None
        self._pool: ProcessCoder | None = None

    def code(self, articles: list[Article]) -> list[CodedArticle]:
        if self.config.n_process > 1:
            self._pool = self._pool or ProcessCoder(self.config, self.config.n_process)
            return self._pool.code(articles)
        self._pipeline = self._pipeline or Pipeline(self.config)
        return list(self._pipeline.code_articles(articles))

    def __enter__(self) -> BatchCoder:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.close()


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of at most ``size`` items, read lazily (bounded memory)."""
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch
