"""``truce code``: PLOVER JSON Lines to stdout, no database (for pipes and scripts)."""

from __future__ import annotations

import json
import sys

import click

from truce.cli.app import EXIT_INPUT, cli
from truce.cli.options import config_options, make_config
from truce.ingest import read_sources
from truce.pipeline import Pipeline
from truce.records import Article, Skipped


@cli.command("code")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@config_options
@click.option("--all-events", is_flag=True, help="Also print negated, future and hypothetical events.")
def code_cmd(paths: tuple[str, ...], all_events: bool, **options) -> None:
    """Code FILE(s) or '-' (stdin) and print one PLOVER JSON record per event."""
    config = make_config(**options)
    items = list(read_sources(paths, config))
    articles = [i for i in items if isinstance(i, Article)]
    for skip in (i for i in items if isinstance(i, Skipped)):
        click.echo(f"skipped {skip.origin}: {skip.kind}: {skip.message}", err=True)
    if not articles:
        raise SystemExit(EXIT_INPUT)
    for coded in Pipeline(config).code_articles(articles):
        for event in coded.events:
            if all_events or event.modality.asserted:
                sys.stdout.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")
