"""``truce ingest``: read, code and store articles."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from truce.cli.app import EXIT_INPUT, cli
from truce.cli.options import config_options, make_config
from truce.config import DEFAULT_DB
from truce.sample import sample_dir, sample_file

if TYPE_CHECKING:
    from truce.runner import IngestSummary


@cli.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB store to fill.")
@click.option("--sample", is_flag=True, help="Ingest the bundled sample corpus (with its actor dictionary).")
@click.option("--recode", is_flag=True,
              help="Code again the stored articles another coder made (truce version, model, lexicons, settings).")
@click.option("--batch-size", type=int, default=64, show_default=True,
              help="Articles per store transaction (a crash loses at most one batch).")
@config_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest_cmd(paths: tuple[str, ...], db: str, sample: bool, recode: bool, batch_size: int, quiet: bool,
               as_json: bool, **options) -> None:
    """Read PATHS (files, folders, '-' for stdin), code them and store the events in --db."""
    from truce.runner import ingest

    inputs = list(paths) + ([str(sample_dir())] if sample else [])
    if not inputs:
        raise click.UsageError("give at least one PATH, '-' for stdin, or --sample")
    config = make_config(**options)
    if sample:  # the sample's fictional actors ship with it, as a user's own dictionary would
        config.actor_files.append(sample_file("actors.yaml"))
    err = Console(stderr=True, soft_wrap=True)
    if quiet or as_json:
        summary = ingest(inputs, db, config, batch_size=batch_size, recode=recode)
    else:
        with Progress(TextColumn("[bold]coding[/]"), BarColumn(bar_width=None),
                      TextColumn("{task.fields[articles]} articles, {task.fields[events]} events"),
                      TimeElapsedColumn(), console=err, transient=True) as progress:
            task = progress.add_task("ingest", total=None, articles=0, events=0)

            def on_batch(s: IngestSummary) -> None:
                progress.update(task, articles=s.read, events=s.events)

            summary = ingest(inputs, db, config, on_batch=on_batch, batch_size=batch_size, recode=recode)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), indent=2))
    elif not quiet:
        print_summary(summary, db, err)
    if summary.read == 0 and summary.skipped:
        raise SystemExit(EXIT_INPUT)


def print_summary(summary: IngestSummary, db: str, console: Console) -> None:
    console.print(f"read {summary.read} articles: {summary.added} added to {db}, "
                  f"{summary.already_stored} already stored; {summary.events} events coded "
                  f"in {summary.seconds:.1f}s")
    if summary.recoded:
        console.print(f"re-coded {summary.recoded} articles another coder had made")
    if summary.stale:
        console.print(f"{summary.stale} stored articles were coded by another coder (--recode codes them again)")
    if summary.skipped:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(summary.skipped.items()))
        console.print(f"skipped {sum(summary.skipped.values())}: {kinds}")
        for item in summary.skipped_items[:20]:
            console.print(f"  [dim]{item.kind}[/] {item.origin}: {item.message}", highlight=False)
        if len(summary.skipped_items) > 20:
            console.print(f"  ... and {len(summary.skipped_items) - 20} more (see the skipped table)")
