"""The ``truce`` command: thin commands over the library, one module per command group."""

from __future__ import annotations

from truce.cli import code_cmd, evaluate_cmd, export_cmd, ingest_cmd, monitor_cmd, stats_cmd  # noqa: F401  (registers commands)
from truce.cli.app import cli


def main() -> None:
    cli()
