"""``truce config show``: the settings every stage uses, defaults merged with the user's files."""

from __future__ import annotations

import click

from truce.cli.app import cli
from truce.errors import TruceError


@cli.group("config")
def config_group() -> None:
    """Show the thresholds, weights and windows truce codes with."""


@config_group.command("show")
@click.option("--config", "config_files", multiple=True, type=click.Path(dir_okay=False),
              help="A settings file (TOML) overriding the defaults; may be repeated.")
def show(config_files: tuple[str, ...]) -> None:
    """Print the merged settings as TOML (copy it to start your own settings file)."""
    from truce.settings import load_settings

    try:
        settings = load_settings(*config_files)
    except TruceError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"# from: {', '.join(settings.origin)}; digest {settings.digest()}")
    click.echo(settings.to_toml(), nl=False)
