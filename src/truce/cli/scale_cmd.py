"""``truce partition``: code inputs into Parquet partitions, locally or on a Ray cluster."""

from __future__ import annotations

import click

from truce.cli.app import cli
from truce.cli.options import config_options, make_config


@cli.command("partition")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("--backend", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--workers", type=int, default=2, show_default=True, help="Ray actors.")
@click.option("--chunk-size", type=int, default=256, show_default=True, help="Articles per partition.")
@click.option("--ray-address", default=None, help="Ray cluster address (default: start a local Ray).")
@config_options
def partition_cmd(paths, out_dir, backend, workers, chunk_size, ray_address, **options) -> None:
    """Code PATHS into OUT/events/*.parquet and OUT/articles/*.parquet (query them with DuckDB)."""
    from truce.scale import run_partitioned

    n = run_partitioned(paths, out_dir, make_config(**options), backend=backend, workers=workers,
                        chunk_size=chunk_size, ray_address=ray_address)
    click.echo(f"wrote {n} events under {out_dir}", err=True)
