"""``truce monitor``: judge stored events against a truce definition and report the verdicts."""

from __future__ import annotations

import sys
from datetime import date

import click

from truce.cli.app import EXIT_USAGE, cli
from truce.store import DEFAULT_DB

FORMATS = ("table", "csv", "json", "html")


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
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--output", "-o", default="-", show_default=True, help="File to write ('-' for stdout).")
def monitor_cmd(truce_files: tuple[str, ...], db: str, since: str | None, until: str | None, fmt: str,
                output: str) -> None:
    """Judge the events in --db against TRUCE_FILE(s): violations, possible ones, and why."""
    from rich.console import Console

    from truce.monitor import TruceFileError, judge, load_truce
    from truce.monitor.html_report import render_html
    from truce.monitor.report import render_table, write_csv, write_json
    from truce.monitor.storeio import article_info, read_events, read_places, read_sources
    from truce.store import Store

    try:
        chains = [load_truce(p) for p in truce_files]
    except TruceFileError as exc:
        click.echo(str(exc), err=True)
        raise SystemExit(EXIT_USAGE) from exc
    if since and until and until < since:
        raise click.UsageError("--until is before --since")
    with Store(db, read_only=True) as store:
        events = read_events(store, since, until)
        sources = read_sources(store)
        places = read_places(store)
        articles = article_info(store) if fmt == "html" else {}
    verdicts = judge(events, chains, sources, places)
    fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
    try:
        if fmt == "table":
            console = Console(file=fh, width=None if fh.isatty() else 140)
            render_table(verdicts, console, title=", ".join(c.name for c in chains))
        elif fmt == "csv":
            write_csv(verdicts, fh)
        elif fmt == "json":
            write_json(verdicts, fh)
        else:
            fh.write(render_html(verdicts, chains, articles))
    finally:
        if fh is not sys.stdout:
            fh.close()
    if output != "-":
        click.echo(f"judged {len(events)} event reports against {len(chains)} truce file(s): wrote {output}",
                   err=True)
