"""``truce partition`` / ``truce merge``: code inputs into Parquet partitions (locally or on Ray), merge them."""

from __future__ import annotations

import click

from truce.cli.app import cli
from truce.cli.options import config_options, make_config
from truce.config import DEFAULT_DB


@cli.command("partition")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("--backend", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: --processes worker processes on this machine; ray: --workers Ray actors.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Ray actors.")
@click.option("--chunk-chars", type=click.IntRange(min=1), default=200_000, show_default=True,
              help="Text per partition (characters); chunks are cut in input order.")
@click.option("--ray-address", default=None, help="Ray cluster address (default: start a local Ray).")
@config_options
def partition_cmd(paths, out_dir, backend, workers, chunk_chars, ray_address, **options) -> None:
    """Code PATHS into OUT/<table>/*.parquet (every store table), then dedup them (copies, clusters)."""
    from truce.scale import run_partitioned

    config = make_config(**options)
    if backend == "ray" and config.n_process > 1:
        raise click.UsageError("--processes is for --backend local; with --backend ray use --workers")
    n = run_partitioned(paths, out_dir, config, backend=backend, workers=workers, chunk_chars=chunk_chars,
                        ray_address=ray_address)
    click.echo(f"wrote {n} events under {out_dir} (merge: truce merge {out_dir} --db FILE)", err=True)


@cli.command("merge")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB store to write (created if missing).")
def merge_cmd(out_dir: str, db: str) -> None:
    """Write the partitions under OUT_DIR into a DuckDB store (dedup against what it already holds)."""
    from truce.scale import merge_partitions

    added, skipped = merge_partitions(out_dir, db)
    click.echo(f"merged {out_dir} into {db}: {added} articles added, {skipped} skipped items", err=True)
