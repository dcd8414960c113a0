"""``truce export``: the store's events as PLOVER JSONL, CSV or Parquet."""

from __future__ import annotations

import click

from truce.cli.app import cli
from truce.cli.options import format_for_output
from truce.store import DEFAULT_DB, Store
from truce.store.export import FORMATS, export_events

EXTENSIONS = {".jsonl": "plover-jsonl", ".ndjson": "plover-jsonl", ".csv": "csv", ".parquet": "parquet"}


@cli.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="[default: from the --output extension (.jsonl, .csv, .parquet); plover-jsonl for stdout]")
@click.option("--output", "-o", default="-", show_default=True, help="File (or folder for partitioned Parquet).")
@click.option("--include-unasserted", is_flag=True,
              help="Also export negated, future and hypothetical events (flagged).")
@click.option("--partition-by-month", is_flag=True, help="Parquet: one folder per month.")
def export_cmd(db: str, fmt: str | None, output: str, include_unasserted: bool, partition_by_month: bool) -> None:
    """Export events. Only events reported as having happened, unless --include-unasserted."""
    fmt = format_for_output(output, fmt, EXTENSIONS, default="parquet" if partition_by_month else "plover-jsonl")
    if output == "-" and fmt != "plover-jsonl":
        raise click.UsageError(f"--format {fmt} needs --output FILE")
    with Store(db, read_only=True) as store:
        n = export_events(store, fmt, output, asserted_only=not include_unasserted,
                          partition_by_month=partition_by_month)
    if output != "-":
        click.echo(f"wrote {n} events to {output}", err=True)
