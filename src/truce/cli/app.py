"""The root click group and options shared by every command."""

from __future__ import annotations

import click

from truce import __version__

# Exit codes scripts can rely on.
EXIT_OK = 0  # skipped items are reported, not failures
EXIT_USAGE = 2
EXIT_INPUT = 3  # nothing readable in the input
EXIT_QUALITY = 4  # an evaluation fell below a required floor


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="truce")
def cli() -> None:
    """truce: news articles -> PLOVER event data, judged against ceasefires."""
