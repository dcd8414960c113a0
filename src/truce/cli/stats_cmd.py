"""``truce stats``: what a store holds, and how much of it another coder made (stale)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from truce.cli.app import cli
from truce.config import DEFAULT_DB


@cli.command("stats")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
@click.option("--model", default=None, help="The model you code with (for the stale count).")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionaries you code with; may repeat.")
@click.option("--triggers", "trigger_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra trigger lexicons you code with; may repeat.")
@click.option("--config", "settings_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Settings files you code with; may repeat.")
@click.option("--sample", is_flag=True, help="You code with the sample corpus's dictionary (as ingest --sample).")
def stats_cmd(db: str, as_json: bool, model: str | None, actor_files: tuple[str, ...], trigger_files: tuple[str, ...],
              settings_files: tuple[str, ...], sample: bool) -> None:
    """Counts of articles, events (by type) and skipped items; articles coded by another coder (stale)."""
    from truce.config import TruceConfig
    from truce.provenance import coder_of
    from truce.sample import sample_file
    from truce.settings import load_settings
    from truce.store import Store

    config = TruceConfig(actor_files=[Path(p) for p in actor_files] + ([sample_file("actors.yaml")] if sample else []),
                         trigger_files=[Path(p) for p in trigger_files], settings=load_settings(*settings_files))
    if model:
        config.model = model
    current = coder_of(config).id
    with Store(db, read_only=True) as store:
        counts = store.counts()
        counts["coder"] = current
        counts["stale"] = store.stale_count(current)
        counts["coders"] = {str(k): v for k, v in store.coders().items()}
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    click.echo(f"{db}: {counts['articles']} articles ({counts['copies']} copies of others), "
               f"{counts['events']} event reports, {counts['asserted_events']} reported as having happened, "
               f"in {counts['incidents']} incidents")
    if counts["stale"]:
        click.echo(f"  stale: {counts['stale']} articles coded by another coder than {current} "
                   "(truce ingest --recode codes them again)")
    for kind, n in counts["skipped"].items():
        click.echo(f"  skipped {kind}: {n}")
    click.echo(f"  {'type':<10} {'reports':>7} {'incidents':>9}")
    for event, n in counts["events_by_type"].items():
        click.echo(f"  {event:<10} {n:>7} {counts['incidents_by_type'].get(event, 0):>9}")
