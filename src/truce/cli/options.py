"""Options every coding command shares, turned into one ``TruceConfig``."""

from __future__ import annotations

from pathlib import Path

import click

from truce.config import DEFAULT_MAX_BYTES, DEFAULT_MODEL, JsonlFields, TruceConfig
from truce.errors import TruceError


def format_for_output(output: str, fmt: str | None, by_extension: dict[str, str], default: str) -> str:
    """The format asked for, else the one the output file's extension implies, else ``default``.

    ``-o verdicts.csv`` without ``--format`` once wrote the terminal table into the .csv file: a
    user who names a file by its format means that format, and one whose ``--format`` contradicts the
    extension has made a mistake that is cheaper to refuse than to discover in a spreadsheet.
    """
    implied = by_extension.get(Path(output).suffix.lower()) if output != "-" else None
    if fmt is None:
        return implied or default
    if implied and implied != fmt:
        raise click.BadParameter(f"--format {fmt} does not match the extension of {output!r} (which means "
                                 f"{implied}); change one of them", param_hint="'--format'")
    return fmt


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--published`` must be a date: a typo would otherwise date every undated article wrongly."""
    from truce.ingest.sources import check_published

    try:
        return check_published(value)
    except TruceError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD, or an ISO 8601 date and time)") from exc


def config_options(func):
    for option in reversed([
        click.option("--model", default=DEFAULT_MODEL, show_default=True,
                     help="Installed spaCy pipeline (package or path)."),
        click.option("--published", default=None, callback=_published,
                     help="Reference date (YYYY-MM-DD) for undated input."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Skip (with a reason) any single input item larger than this."),
        click.option("--text-field", default="text", show_default=True,
                     help="JSONL key or CSV/TSV column holding the text."),
        click.option("--title-field", default="title", show_default=True),
        click.option("--url-field", default="url", show_default=True),
        click.option("--published-field", default="published", show_default=True),
        click.option("--source-field", default="source", show_default=True),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor dictionary (YAML); may repeat."),
        click.option("--triggers", "trigger_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra trigger lexicon (YAML); may repeat."),
        click.option("--processes", "n_process", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Parser processes."),
        click.option("--config", "settings_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Settings file (TOML) overriding thresholds and limits (see truce config show); may repeat."),
    ]):
        func = option(func)
    return func


def make_config(model: str, published: str | None, max_bytes: int, text_field: str, title_field: str,
                url_field: str, published_field: str, source_field: str, actor_files: tuple[str, ...],
                trigger_files: tuple[str, ...], n_process: int, settings_files: tuple[str, ...] = ()
                ) -> TruceConfig:
    from truce.settings import default_settings, load_settings

    return TruceConfig(
        model=model, published=published, max_bytes=max_bytes, n_process=n_process,
        jsonl_fields=JsonlFields(text=text_field, title=title_field, url=url_field,
                                 published=published_field, source=source_field),
        actor_files=[Path(p) for p in actor_files], trigger_files=[Path(p) for p in trigger_files],
        settings=load_settings(*settings_files) if settings_files else default_settings(),
    )
