"""Beyond one machine: the same stage functions on Ray, writing Parquet partitions.

Each Ray actor holds one ``Pipeline`` (model loaded once) and turns a chunk of
articles into two Parquet files (events, articles). Nothing is merged on the
driver: DuckDB, Spark or anything that reads Parquet queries the folder, e.g.
``SELECT * FROM read_parquet('out/events/*.parquet')``. The same writer runs
locally without Ray (``backend="local"``), which is what the tests exercise.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow.parquet as pq

from truce import schema as rschema
from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.parallel import batched
from truce.pipeline import Pipeline
from truce.records import Article, CodedArticle, Skipped


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
        pq.write_table(rschema.arrow_table(table, table_rows), out / table / f"{name}.parquet")
    return len(rows["events"])


def read_partitions(out_dir: str | Path) -> list[CodedArticle]:
    """Every coded article in a partition folder (all of it in memory: for tests and small folders)."""
    out = Path(out_dir)
    rows = {}
    for table in rschema.tables():
        files = sorted((out / table).glob("*.parquet"))
        rows[table] = [r for f in files for r in pq.read_table(f).to_pylist()]
    return rschema.assemble(rows)


def _chunks(items: Iterable[Article | Skipped], size: int) -> Iterator[list[Article]]:
    return batched((i for i in items if isinstance(i, Article)), size)


def run_partitioned(paths: Iterable[str | Path], out_dir: str | Path, config: TruceConfig | None = None,
                    backend: str = "local", workers: int = 2, chunk_size: int = 256,
                    ray_address: str | None = None) -> int:
    """Code every input into Parquet partitions under ``out_dir``; return the number of events."""
    config = config or TruceConfig()
    chunks = _chunks(read_sources(paths, config), chunk_size)
    if backend == "local":
        pipeline = Pipeline(config)
        return sum(write_partition(list(pipeline.code_articles(chunk)), out_dir, f"part-{i:06d}")
                   for i, chunk in enumerate(chunks))
    if backend == "ray":
        return _run_on_ray(chunks, out_dir, config, workers, ray_address)
    raise ValueError(f"unknown backend {backend!r}; choose local or ray")


def _run_on_ray(chunks: Iterator[list[Article]], out_dir: str | Path, config: TruceConfig, workers: int,
                ray_address: str | None) -> int:
    try:
        import ray
    except ImportError as exc:
        raise RuntimeError("the ray backend needs Ray: pip install 'truce[ray]'") from exc

    ray.init(address=ray_address, ignore_reinit_error=True, include_dashboard=False)

    @ray.remote
    class Coder:
        def __init__(self, config: TruceConfig) -> None:
            self.pipeline = Pipeline(config)

        def code(self, chunk: list[Article], name: str) -> int:
            return write_partition(list(self.pipeline.code_articles(chunk)), out_dir, name)

    pool = [Coder.remote(config) for _ in range(workers)]
    pending, total = [], 0
    for i, chunk in enumerate(chunks):
        if len(pending) >= 2 * workers:  # bounded: the driver never holds more than this in flight
            done, pending = ray.wait(pending, num_returns=1)
            total += sum(ray.get(done))
        pending.append(pool[i % workers].code.remote(chunk, f"part-{i:06d}"))
    return total + sum(ray.get(pending))
