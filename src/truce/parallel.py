"""Coding on all cores: the same Pipeline in worker processes, fed in chunks.

Each worker loads the model once (initializer) and codes whole chunks, so the
Docs never cross a process boundary; only the small result records do.
Results come back in input order.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

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
        worker_config = TruceConfig(**{**config.__dict__, "n_process": 1})
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                        initargs=(worker_config,))

    def code(self, articles: list[Article]) -> list[CodedArticle]:
        chunks = [articles[i:i + self.chunk_size] for i in range(0, len(articles), self.chunk_size)]
        return [coded for result in self.pool.map(_code_chunk, chunks) for coded in result]

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)
