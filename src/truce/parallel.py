"""Coding on all cores: the same Pipeline in worker processes, fed balanced chunks, overlapped.

This is truce's one mechanism for parallel coding (the Pipeline itself always parses in one
process). Each worker loads the model once (initializer) and codes whole chunks, so the Docs
never cross a process boundary; only the small result records do.

``BatchCoder.stream`` keeps the workers busy while the caller works: it keeps up to
``IN_FLIGHT_PER_WORKER`` chunks per worker queued, reads ahead to fill that queue, and hands
results back in input order as each chunk finishes, so the parent's reading, storing and
clustering run while the workers code the chunks queued behind. Chunks are cut by text size,
not by article count, so one chunk of long articles does not leave the other worker idle.
Memory stays bounded: at most the queued chunks are held.

A worker process that dies (a segfault in a native library, the out-of-memory killer, a stage that
calls ``os._exit``) breaks the whole pool, and every chunk in flight loses its result. The run goes
on: chunks that had finished keep their results, the others are coded again one article at a time
in a fresh pool, and an article whose worker dies again becomes an ``internal-error`` skip (stage
``worker``) instead of ending the run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from truce.config import TruceConfig
from truce.pipeline import INTERNAL_ERROR, Pipeline
from truce.records import Article, CodedArticle, Skipped

_WORKER_PIPELINE: Pipeline | None = None

CHUNK_CHARS = 24_000  # text per chunk: small enough to balance two workers, big enough for nlp.pipe
MAX_CHUNK_ARTICLES = 64
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: the parent can store one while each codes another


def _init_worker(config: TruceConfig) -> None:
    global _WORKER_PIPELINE  # one read-only pipeline per worker process
    _WORKER_PIPELINE = Pipeline(config)


def worker_pool(workers: int, initializer, config: TruceConfig) -> ProcessPoolExecutor:
    """The local pool of ingest and partition: each worker builds its own pipeline once. Workers are
    forked from the caller (the platform default): a fork server would spare them a multi-threaded
    parent's locks but costs every run about 1.5 s of imports (measured 2026-12-03), more than the
    two-process speed-up can spare."""
    return ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=(config,))


def _code_chunk(articles: list[Article]) -> list[CodedArticle | Skipped]:
    assert _WORKER_PIPELINE is not None
    return list(_WORKER_PIPELINE.run(articles))


def chunks_by_size(articles: Iterable[Article], chars: int = CHUNK_CHARS,
                   most: int = MAX_CHUNK_ARTICLES) -> Iterator[list[Article]]:
    """Consecutive chunks of about ``chars`` characters of text (at least one article each)."""
    chunk: list[Article] = []
    size = 0
    for article in articles:
        chunk.append(article)
        size += len(article.text)
        if size >= chars or len(chunk) >= most:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class BatchCoder:
    """Codes articles in this process, or in worker processes when ``config.n_process > 1``.

    Resources load lazily, so a run that finds everything already stored never loads the model.
    """

    def __init__(self, config: TruceConfig) -> None:
        self.config = config
        self._pipeline: Pipeline | None = None
        self._pool: ProcessPoolExecutor | None = None

    @property
    def workers(self) -> int:
        return max(1, self.config.n_process)

    def stream(self, articles: Iterable[Article]) -> Iterator[CodedArticle | Skipped]:
        """Every article coded (or skipped, with the failing stage), in input order, lazily."""
        articles = iter(articles)
        first = next(articles, None)
        if first is None:  # nothing to code: no model loaded, no process started
            return
        articles = chain([first], articles)
        if self.workers == 1:
            self._pipeline = self._pipeline or Pipeline(self.config)
            yield from self._pipeline.run(articles)
            return
        pending: deque[tuple[list[Article], Future]] = deque()
        limit = IN_FLIGHT_PER_WORKER * self.workers
        for chunk in chunks_by_size(articles):
            pending.append((chunk, self._submit(chunk)))
            while len(pending) >= limit or (pending and pending[0][1].done()):
                yield from self._next_result(pending)
        while pending:
            yield from self._next_result(pending)

    def _submit(self, chunk: list[Article]) -> Future:
        if self._pool is None:
            self._pool = worker_pool(self.workers, _init_worker, self.config)
        return self._pool.submit(_code_chunk, chunk)

    def _next_result(self, pending: deque[tuple[list[Article], Future]]) -> list[CodedArticle | Skipped]:
        """The oldest chunk's results; if its worker died, every unfinished chunk is coded again."""
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        later = list(pending)
        pending.clear()
        self._discard_pool()
        results = self._one_by_one(chunk)
        for articles, later_future in later:  # a chunk finished before the crash keeps its results
            done = later_future.result() if finished(later_future) else self._one_by_one(articles)
            pending.append((articles, _done(done)))
        return results

    def _one_by_one(self, articles: list[Article]) -> list[CodedArticle | Skipped]:
        """Each article alone in a worker, so a second death names the article that caused it."""
        results: list[CodedArticle | Skipped] = []
        for article in articles:
            try:
                results.extend(self._submit([article]).result())
            except BrokenProcessPool as exc:
                self._discard_pool()
                results.append(worker_died(article, exc))
        return results

    def _discard_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def code(self, articles: list[Article]) -> list[CodedArticle | Skipped]:
        """One batch, coded and returned whole."""
        return list(self.stream(articles))

    def close(self) -> None:
        self._discard_pool()

    def __enter__(self) -> BatchCoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def worker_died(article: Article, exc: BaseException) -> Skipped:
    """The skip record of an article whose worker process died while coding it, alone."""
    return Skipped(origin=article.origin or article.id, kind=INTERNAL_ERROR, article_id=article.id,
                   stage="worker", message=f"the worker process coding this article died "
                   f"({type(exc).__name__}: {exc}); the run went on with a new worker")


def finished(future: Future) -> bool:
    """Whether ``future`` holds a result (not an exception, not cancelled): what a broken pool keeps."""
    return future.done() and not future.cancelled() and future.exception() is None


def _done(results: list[CodedArticle | Skipped]) -> Future:
    """A future that already holds ``results`` (chunks recovered after a worker died)."""
    future: Future = Future()
    future.set_result(results)
    return future


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of at most ``size`` items, read lazily (bounded memory)."""
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch
