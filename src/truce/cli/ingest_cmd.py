"""``truce ingest``: read, code and store articles."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeRemainingColumn,
)

from truce.cli.app import cli
from truce.cli.options import config_options, make_config
from truce.config import DEFAULT_DB
from truce.errors import NothingReadable
from truce.progress import listening
from truce.sample import sample_dir, sample_file

if TYPE_CHECKING:
    from truce.runner import IngestSummary


def ingest(*args, **kwargs) -> IngestSummary:
    """``truce.runner.ingest``, imported when a run starts (the store, DuckDB and dedup load only then)."""
    from truce.runner import ingest as run

    return run(*args, **kwargs)


@cli.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB store to fill.")
@click.option("--sample", is_flag=True, help="Ingest the bundled sample corpus (with its actor dictionary).")
@click.option("--recode", is_flag=True,
              help="Code again the stored articles another coder made (truce version, model, lexicons, settings).")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per store transaction (a crash loses at most one batch).")
@config_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest_cmd(paths: tuple[str, ...], db: str, sample: bool, recode: bool, batch_size: int, quiet: bool,
               as_json: bool, **options) -> None:
    """Read PATHS (files, folders, '-' for stdin), code them and store the events in --db."""
    inputs = list(paths) + ([str(sample_dir())] if sample else [])
    if not inputs:
        raise click.UsageError("give at least one PATH, '-' for stdin, or --sample")
    config = make_config(**options)
    if sample:  # the sample's fictional actors ship with it, as a user's own dictionary would
        config.actor_files.append(sample_file("actors.yaml"))
    err = Console(stderr=True, soft_wrap=True)
    if quiet or as_json or not err.is_terminal:
        summary = ingest(inputs, db, config, batch_size=batch_size, recode=recode)
    else:
        summary = _ingest_with_progress(inputs, db, config, batch_size, err, recode)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), indent=2))
    elif not quiet:
        print_summary(summary, db, err)
    if summary.read == 0:
        raise NothingReadable(_nothing_readable(inputs, summary))


def _nothing_readable(inputs: list[str], summary: IngestSummary) -> str:
    if summary.skipped:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(summary.skipped.items()))
        return f"nothing readable: every input item was skipped ({kinds})"
    return f"nothing readable: no input files in {', '.join(inputs)}"


def _ingest_with_progress(inputs: list[str], db: str, config, batch_size: int, err: Console,
                          recode: bool = False) -> IngestSummary:
    """The run with a bar: inputs counted first when cheap, then articles/s, skips, ETA, and each slow step."""
    from truce.ingest.count import count_items

    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
               MofNCompleteColumn(), TextColumn("{task.fields[rate]} articles/s, {task.fields[skipped]} skipped"),
               TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("counting inputs", total=None, rate="-", skipped=0)
        total = count_items(inputs, config)
        progress.update(task, total=total, description="reading")
        started = time.perf_counter()

        def on_step(description: str) -> None:
            progress.update(task, description=description or "coding")

        def on_batch(s: IngestSummary) -> None:
            elapsed = max(time.perf_counter() - started, 1e-6)
            skipped = sum(s.skipped.values())
            progress.update(task, completed=s.read + skipped, rate=f"{s.read / elapsed:.1f}", skipped=skipped)

        with listening(on_step):
            return ingest(inputs, db, config, on_batch=on_batch, batch_size=batch_size, recode=recode)


def print_summary(summary: IngestSummary, db: str, console: Console) -> None:
    console.print(f"read {summary.read} articles: {summary.added} added to {db}, "
                  f"{summary.already_stored} already stored; {summary.events} events coded "
                  f"in {summary.seconds:.1f}s", highlight=False)
    if summary.unparsed_dates:
        console.print(f"{summary.unparsed_dates} articles had a publication date truce could not read: kept in "
                      "meta.unparsed_published, dated from their text (or --published) instead", highlight=False)
    if summary.recoded:
        console.print(f"re-coded {summary.recoded} articles another coder had made", highlight=False)
    if summary.stale:
        console.print(f"{summary.stale} stored articles were coded by another coder (--recode codes them again)",
                      highlight=False)
    if summary.skipped:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(summary.skipped.items()))
        console.print(f"skipped {sum(summary.skipped.values())}: {kinds}", highlight=False)
        for item in summary.skipped_items[:20]:
            console.print(f"  [dim]{escape(item.kind)}[/] {escape(item.origin)}: {escape(item.message)}",
                          highlight=False)
        if len(summary.skipped_items) > 20:
            console.print(f"  ... and {len(summary.skipped_items) - 20} more (see the skipped table)")
