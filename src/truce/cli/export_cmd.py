"""``truce export``: the store's events as PLOVER JSONL, CSV or Parquet, filtered."""

from __future__ import annotations

import click

from truce.cli.app import cli
from truce.config import DEFAULT_DB


@cli.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", default=None,
              help="plover-jsonl, csv or parquet (or a registered exporter) [default: from the --output extension; "
                   "plover-jsonl for stdout].")
@click.option("--output", "-o", default="-", show_default=True, help="File (or folder for partitioned Parquet).")
@click.option("--asserted-only/--include-unasserted", default=True, show_default=True,
              help="Only events reported as having happened, or also negated, future and hypothetical ones (flagged).")
@click.option("--since", default=None, help="First event day (YYYY-MM-DD).")
@click.option("--until", default=None, help="Last event day (YYYY-MM-DD).")
@click.option("--event", "events", multiple=True, help="PLOVER event type; may repeat.")
@click.option("--country", "countries", multiple=True, help="ISO3 country of the event's location; may repeat.")
@click.option("--partition-by-month", is_flag=True, help="Parquet: one folder per month.")
def export_cmd(db: str, fmt: str | None, output: str, asserted_only: bool, since: str | None, until: str | None,
               events: tuple[str, ...], countries: tuple[str, ...], partition_by_month: bool) -> None:
    """Export events. Only events reported as having happened, unless --include-unasserted."""
    from pathlib import Path

    from truce.store import EventFilter, Store
    from truce.store.export import export_events

    if fmt is None and partition_by_month and not Path(output).suffix:
        fmt = "parquet"  # a folder of monthly Parquet files
    filters = EventFilter(since=since, until=until, events=events, countries=countries,
                          asserted_only=asserted_only)
    with Store(db, read_only=True) as store:
        n = export_events(store, fmt, output, asserted_only=asserted_only,
                          partition_by_month=partition_by_month, filters=filters)
    if output != "-":
        click.echo(f"wrote {n} events to {output}", err=True)
