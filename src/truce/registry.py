"""Registries: where truce looks up readers, exporters, monitor output formats and stages by name.

Each is a ``catalogue`` registry (the mechanism spaCy uses), so a name maps to an implementation
in one place instead of an if/elif chain, and a package of your own can add one without editing
truce: register it in code (``@exporters.register("geojson")``) or declare an entry point in the
group ``truce_exporters`` (``truce_readers``, ``truce_monitor_formats``, ``truce_stages``).

    from truce.registry import exporters
    exporters.get_all()          # {"plover-jsonl": Exporter(...), "csv": ..., "parquet": ...}
"""

from __future__ import annotations

import catalogue

readers = catalogue.create("truce", "readers", entry_points=True)
exporters = catalogue.create("truce", "exporters", entry_points=True)
monitor_formats = catalogue.create("truce", "monitor_formats", entry_points=True)
stages = catalogue.create("truce", "stages", entry_points=True)


def names(registry: catalogue.Registry) -> list[str]:
    """Registered names, in registration order (what a command offers as choices)."""
    return list(registry.get_all())
