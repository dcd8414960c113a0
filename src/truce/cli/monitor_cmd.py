"""``truce monitor``: judge stored events against a truce definition and report the verdicts.

The store is read in publication order, in chunks, and each incident is reported as soon as it is
closed (``truce.monitor.judge_store``): the table, CSV and JSON outputs never hold the whole store.
The HTML page holds the incidents it shows (every flagged incident, and the first ``--html-other``
incidents that are not prohibited acts or lie outside every truce).
"""

from __future__ import annotations

import sys
from datetime import date

import click

from truce.cli.app import EXIT_USAGE, cli
from truce.config import DEFAULT_DB

FORMATS = ("table", "csv", "json", "html")
EXTENSIONS = {".csv": "csv", ".json": "json", ".jsonl": "json", ".html": "html", ".htm": "html"}


def _iso_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@cli.command("monitor")
@click.argument("truce_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--since", callback=_iso_day, help="First event day to judge (YYYY-MM-DD).")
@click.option("--until", callback=_iso_day, help="Last event day to judge (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="[default: from the --output extension (.csv, .json, .jsonl, .html); else table]")
@click.option("--output", "-o", default="-", show_default=True, help="File to write ('-' for stdout).")
@click.option("--config", "config_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A settings file (TOML) overriding the monitor's thresholds; may be repeated.")
@click.option("--html-other", default=500, show_default=True,
              help="HTML: how many incidents that are not flagged to list at the end.")
def monitor_cmd(truce_files: tuple[str, ...], db: str, since: str | None, until: str | None, fmt: str | None,
                output: str, config_files: tuple[str, ...], html_other: int) -> None:
    """Judge the events in --db against TRUCE_FILE(s): violations, possible ones, and why."""
    from rich.console import Console

    from truce.cli.options import format_for_output
    from truce.errors import TruceError
    from truce.monitor import TruceFileError, judge_store, load_truce
    from truce.monitor.html_report import render_html
    from truce.monitor.report import (
        ReviewStream,
        Tally,
        incidents_of,
        render_tally,
        write_csv,
        write_json_stream,
    )
    from truce.monitor.storeio import article_info
    from truce.monitor.stream import StoreJudgement
    from truce.reviews import summary_line
    from truce.settings import load_settings
    from truce.store import Store

    fmt = format_for_output(output, fmt, EXTENSIONS, default="table")
    try:
        chains = [load_truce(p) for p in truce_files]
    except TruceFileError as exc:  # every problem, one per line, under the one error line
        click.echo(f"truce: error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from exc
    if since and until and until < since:
        raise click.UsageError("--until is before --since")
    try:
        settings = load_settings(*config_files) if config_files else None
    except TruceError as exc:
        raise click.UsageError(str(exc)) from exc
    stats = StoreJudgement()
    fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
    try:
        with Store(db, read_only=True) as store:
            reviews = ReviewStream(store.con)  # analysts' reviews (truce serve), beside the machine's verdicts
            items = (reviews.attach(inc) for inc in incidents_of(judge_store(store, chains, since, until, settings,
                                                                               stats)))
            if fmt == "table":
                tally = Tally()
                for inc in items:
                    tally.add(inc)
                console = Console(file=fh, width=None if fh.isatty() else 140)
                render_tally(tally, console, title=", ".join(c.name for c in chains))
                console.print(summary_line(reviews.matched()), highlight=False)
            elif fmt == "csv":
                write_csv((v for inc in items for v in inc.reports), fh)
            elif fmt == "json":
                write_json_stream(items, fh)
            else:
                kept, other = [], 0
                for inc in items:
                    if inc.relevant or other < html_other:
                        kept += inc.reports
                    other += not inc.relevant
                articles = article_info(store, sorted({v.article_id for v in kept}))
                fh.write(render_html(kept, chains, articles))
    finally:
        if fh is not sys.stdout:
            fh.close()
    if output != "-":
        note = f"; {stats.reopened} incidents had reports past the horizon" if stats.reopened else ""
        click.echo(f"judged {stats.n_events} event reports against {len(chains)} truce file(s) in "
                   f"{stats.n_incidents} incidents{note}: wrote {output}", err=True)
