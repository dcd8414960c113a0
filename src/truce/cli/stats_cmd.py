"""``truce stats``: what a store holds."""

from __future__ import annotations

import json

import click

from truce.cli.app import cli
from truce.store import DEFAULT_DB, Store


@cli.command("stats")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
def stats_cmd(db: str, as_json: bool) -> None:
    """Counts of articles, events (by type) and skipped items."""
    with Store(db, read_only=True) as store:
        counts = store.counts()
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    click.echo(f"{db}: {counts['articles']} articles ({counts['copies']} copies of others), "
               f"{counts['events']} event reports, {counts['asserted_events']} reported as having happened, "
               f"in {counts['incidents']} incidents")
    for kind, n in counts["skipped"].items():
        click.echo(f"  skipped {kind}: {n}")
    click.echo(f"  {'type':<10} {'reports':>7} {'incidents':>9}")
    for event, n in counts["events_by_type"].items():
        click.echo(f"  {event:<10} {n:>7} {counts['incidents_by_type'].get(event, 0):>9}")
