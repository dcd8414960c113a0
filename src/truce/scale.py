"""Beyond one machine: the same pipeline on local processes or on Ray, writing Parquet partitions.

``run_partitioned`` cuts the inputs into chunks of about the same amount of text, in input order,
and codes each chunk into one Parquet file per store table (``OUT/<table>/part-NNNNNN.parquet``:
articles, events, event_actors, event_casualties, places, skipped; the tables and columns of
``truce.schema``). The chunks run on an executor: this process, a local process pool
(``--processes N``) or Ray actors (``backend="ray"``); a chunk's files depend only on its articles,
so every backend writes the same rows.

Then dedup, a function over records (``truce.dedup.run``), runs over the partitions in chunk
order, exactly as ``truce ingest`` runs it over its batches, with its state in Parquet
(``truce.dedup.ParquetDedupStore``, ``OUT/dedup/<table>.parquet``): ``article_copies``,
``clusters``, ``cluster_claims``, ``event_clusters`` (event id -> cluster id) and ``event_dates``
(copies' dates read on their original's clock), beside its copy and clustering indexes: forty
copies of a wire story are one incident in the partitions too.

``merge_partitions(OUT, db)`` (``truce merge``) writes the partitions into a DuckDB store through
the store's own writer, dedup included; ``open_partitions(OUT)`` gives a DuckDB connection with
one view per table over the Parquet files (the dedup tables included), to query them in place.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import duckdb

from truce import duckrows
from truce import schema as rschema
from truce.config import TruceConfig
from truce.errors import TruceError
from truce.ingest import read_sources
from truce.parallel import chunks_by_size, finished, worker_died, worker_pool
from truce.pipeline import Pipeline, internal_error
from truce.records import Article, CodedArticle, Skipped
from truce.settings import Settings

CHUNK_CHARS = 200_000  # text per partition: a few hundred articles
DEDUP_DIR = "dedup"  # OUT/dedup/<table>.parquet: the dedup adapter's tables (truce.dedup.ParquetDedupStore)
BACKENDS = ("local", "ray")


class PartitionError(TruceError):
    """A partition run was asked for something it cannot do (an unknown backend, Ray missing)."""


def write_partition(coded: list[CodedArticle], out_dir: str | Path, name: str,
                    skipped: list[Skipped] = ()) -> int:
    """Write one chunk as one Parquet file per store table (``OUT/<table>/<name>.parquet``).

    The tables and their columns are the store's (``truce.schema``), so a partition folder
    merges into a store, or is queried in place, with the same SQL. Returns the number of events.
    """
    out = Path(out_dir)
    rows = rschema.explode(coded)
    rows["skipped"] = rschema.skipped_rows(skipped)
    for table, table_rows in rows.items():
        (out / table).mkdir(parents=True, exist_ok=True)
        _write_rows(table, table_rows, out / table / f"{name}.parquet")
    return len(rows["events"])


def _write_rows(table: str, rows: list[dict], path: Path) -> None:
    """One Parquet file of one store table's rows, with the schema's column types (also when empty)."""
    duckrows.write_parquet(path, *rschema.column_values(table, rows))


def partition_names(out_dir: str | Path) -> list[str]:
    return sorted(p.stem for p in (Path(out_dir) / "articles").glob("*.parquet"))


def read_partition(out_dir: str | Path, name: str) -> tuple[list[CodedArticle], list[Skipped]]:
    """One partition's coded articles and skipped items, as they were written."""
    out = Path(out_dir)
    rows = {}
    for table in rschema.tables():
        path = out / table / f"{name}.parquet"
        rows[table] = duckrows.read_parquet(path) if path.exists() else []
    skipped = [rschema.build("skipped", r) for r in rows.pop("skipped")]
    return rschema.assemble(rows), skipped


def read_partitions(out_dir: str | Path) -> list[CodedArticle]:
    """Every coded article in a partition folder (all of it in memory: for tests and small folders)."""
    return [c for name in partition_names(out_dir) for c in read_partition(out_dir, name)[0]]


# -- coding ------------------------------------------------------------------------------------------------

_WORKER: Pipeline | None = None


def _init_worker(config: TruceConfig) -> None:
    global _WORKER
    _WORKER = Pipeline(config)


def _code_partition(chunk: list[Article | Skipped], out_dir: str, name: str) -> int:
    assert _WORKER is not None
    return _write_coded(_WORKER, chunk, out_dir, name)


def _write_coded(pipeline: Pipeline, chunk: list[Article | Skipped], out_dir: str, name: str) -> int:
    articles = [a for a in chunk if isinstance(a, Article)]
    skipped = [s for s in chunk if isinstance(s, Skipped)]
    coded = []
    for item in pipeline.run(articles):
        (skipped if isinstance(item, Skipped) else coded).append(item)
    return write_partition(coded, out_dir, name, skipped)


def _chunks(items: Iterable[Article | Skipped], chars: int) -> Iterator[list[Article | Skipped]]:
    """Input order, about ``chars`` of text per chunk; skipped input items travel with their chunk."""
    held: list[Skipped] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Skipped):
                held.append(item)
            else:
                yield item

    for chunk in chunks_by_size(articles(), chars, most=10**9):
        out: list[Article | Skipped] = [*held, *chunk]
        held.clear()
        yield out
    if held:
        yield list(held)


def run_partitioned(paths: Iterable[str | Path], out_dir: str | Path, config: TruceConfig | None = None,
                    backend: str = "local", workers: int = 2, chunk_chars: int = CHUNK_CHARS,
                    ray_address: str | None = None, dedup: bool = True) -> int:
    """Code every input into Parquet partitions under ``out_dir``, then dedup them; return the events.

    ``backend="local"`` uses ``config.n_process`` processes (1: this process); ``"ray"`` uses
    ``workers`` Ray actors (a local Ray unless ``ray_address``).
    """
    config = config or TruceConfig()
    if backend not in BACKENDS:
        raise PartitionError(f"unknown backend {backend!r}; choose {' or '.join(BACKENDS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    chunks = _chunks(read_sources(paths, config), chunk_chars)
    if backend == "ray":
        total = _run_on_ray(chunks, out, config, workers, ray_address)
    elif config.n_process > 1:
        total = _run_on_processes(chunks, out, config)
    else:
        pipeline = Pipeline(config)
        total = sum(_write_coded(pipeline, chunk, str(out), f"part-{i:06d}") for i, chunk in enumerate(chunks))
    if dedup:
        dedup_partitions(out, config.settings)
    return total


def _run_on_processes(chunks: Iterator[list], out: Path, config: TruceConfig) -> int:
    """Chunks on a local process pool, at most ``2 * n_process`` held; a dead worker ends no run.

    When a worker process dies (a segfault, the out-of-memory killer) the pool breaks and every
    unfinished chunk loses its partition: those chunks are probed article by article in a fresh
    pool, an article whose worker dies again travels on as an ``internal-error`` skip (stage
    ``worker``), and the chunk is coded again without it, under the same partition name.
    """
    pool = _ProcessPartitions(config, out)
    total = 0
    try:
        for i, chunk in enumerate(chunks):
            if len(pool.pending) >= 2 * config.n_process:  # bounded: at most this many chunks in memory
                total += pool.collect()
            pool.submit(i, chunk)
        while pool.pending:
            total += pool.collect()
    finally:
        pool.close()
    return total


class _ProcessPartitions:
    """The local pool of ``_run_on_processes`` and what it has in flight, in chunk order."""

    def __init__(self, config: TruceConfig, out: Path) -> None:
        self.config, self.out = config, str(out)
        self.pending: list[tuple[int, list, Future]] = []
        self._pool: ProcessPoolExecutor | None = None
        self._redone: set[int] = set()  # chunks already probed once: a second loss skips them whole

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = worker_pool(self.config.n_process, _init_worker, self.config)
        return self._pool

    def submit(self, i: int, chunk: list) -> None:
        try:
            future = self._executor().submit(_code_partition, chunk, self.out, f"part-{i:06d}")
        except BrokenProcessPool as exc:  # a worker died since the last submit: lost with the others, redone
            future = Future()
            future.set_exception(exc)
        self.pending.append((i, chunk, future))

    def collect(self) -> int:
        """The oldest chunk's event count; after a worker died, every unfinished chunk is redone."""
        i, chunk, future = self.pending.pop(0)
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        lost = [(i, chunk)] + [(j, c) for j, c, f in self.pending if not finished(f)]
        kept = [(j, c, f) for j, c, f in self.pending if finished(f)]
        self.close()
        self.pending = kept
        # Probe every lost chunk before resubmitting any: a probe that kills its worker breaks the pool,
        # and would take down chunks already resubmitted to it (lost twice, so given up, though sound).
        redo = [(j, self._given_up(c) if j in self._redone else self._without_deadly(c)) for j, c in lost]
        for j, c in redo:
            self._redone.add(j)
            self.submit(j, c)
        self.pending.sort(key=lambda entry: entry[0])
        return self.collect()

    def _without_deadly(self, chunk: list) -> list:
        """The chunk with each article whose worker dies coding it alone replaced by its skip."""
        kept: list = []
        for item in chunk:
            if isinstance(item, Article):
                try:
                    self._executor().submit(_code_alone, item).result()
                except BrokenProcessPool as exc:
                    self.close()
                    item = worker_died(item, exc)
            kept.append(item)
        return kept

    @staticmethod
    def _given_up(chunk: list) -> list:
        """A chunk whose workers died again after probing (no single article to blame): all skips."""
        lost = BrokenProcessPool("a worker died twice on this chunk, though each article alone survived")
        return [worker_died(item, lost) if isinstance(item, Article) else item for item in chunk]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _code_alone(article: Article) -> None:
    """Code one article and drop the result: a probe for the article that kills its worker."""
    assert _WORKER is not None
    for _ in _WORKER.run([article]):
        pass


def _run_on_ray(chunks: Iterator[list], out: Path, config: TruceConfig, workers: int,
                ray_address: str | None) -> int:
    try:
        import ray
    except ImportError as exc:
        raise PartitionError("the ray backend needs Ray: pip install 'truce[ray]'") from exc

    # A Ray this run starts is shut down when it ends: left running, its threads would stay in the caller's
    # process, and a later local process pool forks children of a multi-threaded process (which may hang or die).
    started_here = not ray.is_initialized()
    ray.init(address=ray_address, ignore_reinit_error=True, include_dashboard=False, log_to_driver=False)
    try:
        return _code_on_ray(ray, chunks, out, config, workers)
    finally:
        if started_here:
            ray.shutdown()


def _code_on_ray(ray, chunks: Iterator[list], out: Path, config: TruceConfig, workers: int) -> int:
    """The chunks on ``workers`` Ray actors, each chunk to whichever actor is idle first."""

    @ray.remote
    class Coder:
        def __init__(self, config: TruceConfig) -> None:
            self.pipeline = Pipeline(config)

        def code(self, chunk: list, out_dir: str, name: str) -> int:
            return _write_coded(self.pipeline, chunk, out_dir, name)

    pool = [Coder.remote(config) for _ in range(workers)]
    idle = list(range(workers))
    running: dict = {}
    total = 0
    for i, chunk in enumerate(chunks):
        if not idle:  # the next chunk goes to whichever actor finishes first: balanced, bounded
            (done,), _ = ray.wait(list(running), num_returns=1)
            total += ray.get(done)
            idle.append(running.pop(done))
        actor = idle.pop()
        running[pool[actor].code.remote(chunk, str(out), f"part-{i:06d}")] = actor
    total += sum(ray.get(list(running)))
    return total


# -- dedup over partitions, merging, querying in place ---------------------------------------------------

def dedup_partitions(out_dir: str | Path, settings: Settings | None = None) -> None:
    """Run dedup over the partitions in chunk order (as ingest runs it over its batches) through the
    Parquet adapter: ``OUT/dedup/*.parquet`` (``truce.dedup.ParquetDedupStore``).

    Dedup is a function over records (``truce.dedup.run``): each partition's coded articles go in,
    the adapter keeps the copy index, the clustering index, copy links and cluster summaries, and
    writes ``article_copies``, ``clusters``, ``cluster_claims``, ``event_clusters`` (event id ->
    cluster id) and ``event_dates`` (copies' dates read on their original's clock) next to its
    own index tables. The result does not depend on how the inputs were cut into partitions.
    """
    from truce import dedup

    folder = Path(out_dir) / DEDUP_DIR
    if folder.exists():  # a fresh run: the partitions were just rewritten
        shutil.rmtree(folder)
    failed: list[Skipped] = []
    with dedup.ParquetDedupStore(folder) as state:
        for name in partition_names(out_dir):
            coded, _ = read_partition(out_dir, name)
            failed += _dedup_isolated(coded, state, settings)
    if failed:  # kept with the partitions' skipped items (the articles' rows stay, without a cluster)
        (Path(out_dir) / "skipped").mkdir(exist_ok=True)
        _write_rows("skipped", rschema.skipped_rows(failed), Path(out_dir) / "skipped" / f"{DEDUP_DIR}.parquet")


def _dedup_isolated(coded: list[CodedArticle], state, settings: Settings | None) -> list[Skipped]:
    """``dedup.run`` over one partition in a transaction; if it raises, again article by article.

    An article dedup fails on becomes an ``internal-error`` skip with stage ``dedup`` (as in
    ``truce ingest``); a ``TruceError`` (a user's mistake) still ends the run.
    """
    from truce import dedup

    def attempt(batch: list[CodedArticle]) -> None:
        state.con.execute("BEGIN TRANSACTION")
        try:
            dedup.run(batch, state, settings)
        except BaseException:
            state.con.execute("ROLLBACK")
            raise
        state.con.execute("COMMIT")

    try:
        attempt(coded)
        return []
    except TruceError:
        raise
    except Exception:  # noqa: BLE001 - find the article it fails on, keep the others
        pass
    out = []
    for c in coded:
        try:
            attempt([c])
        except TruceError:
            raise
        except Exception as exc:  # noqa: BLE001 - the article boundary
            out.append(internal_error(c.article, "dedup", exc))
    return out


def _load_into_store(out: Path, db: str | Path, settings: Settings | None = None) -> tuple[int, int]:
    """Write every partition into a store, partition by partition, dedup included."""
    from truce.runner import IngestSummary, store_batch
    from truce.store import Store

    summary = IngestSummary()
    with Store(db) as store:
        for name in partition_names(out):
            coded, skips = read_partition(out, name)
            for s in skips:
                summary.skip(s)
            # ingest's writer: ids already stored are replaced only when recoding (never here); a batch
            # whose storing or dedup raises is stored article by article (internal-error skips)
            known = store.known_article_ids(c.article.id for c in coded)
            fresh = [c for c in coded if c.article.id not in known]
            store_batch(store, fresh, skips, summary, None, settings)
    return summary.added, sum(summary.skipped.values())


def merge_partitions(out_dir: str | Path, db: str | Path, settings: Settings | None = None) -> tuple[int, int]:
    """Write a partition folder into a DuckDB store (new or not); return (articles added, skipped items).

    Goes through the store's writer, so ids already stored are skipped and dedup links the new
    articles with everything the store holds.
    """
    if not partition_names(out_dir):
        raise PartitionError(f"{out_dir} holds no partitions (expected {Path(out_dir) / 'articles'}/*.parquet)")
    return _load_into_store(Path(out_dir), db, settings)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def open_partitions(out_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table over a partition folder's Parquet files."""
    out = Path(out_dir)
    con = duckdb.connect()
    views: dict[str, list[Path]] = {}
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and p.name != DEDUP_DIR):
        if files := sorted(folder.glob("*.parquet")):
            views[folder.name] = files
    for path in sorted((out / DEDUP_DIR).glob("*.parquet")):  # one file per dedup table
        views.setdefault(path.stem, [path])
    for name, files in views.items():
        # A view cannot take bound parameters: the file names (ours, under out_dir) are quoted as SQL literals.
        listed = ", ".join(_literal(str(f)) for f in files)
        con.execute(f"CREATE VIEW {rschema.quote(name)} AS SELECT * FROM read_parquet([{listed}], union_by_name = true)")
    return con
