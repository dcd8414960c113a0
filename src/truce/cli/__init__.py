"""The ``truce`` command: thin commands over the library, one module per command group."""

from __future__ import annotations

from truce.cli import (  # noqa: F401  (importing a command module registers it)
    code_cmd,
    config_cmd,
    evaluate_cmd,
    export_cmd,
    ingest_cmd,
    monitor_cmd,
    scale_cmd,
    serve_cmd,
    stats_cmd,
)
from truce.cli.app import cli


def main() -> None:
    cli()
