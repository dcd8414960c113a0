"""Event-coding evaluation against gold JSONL (format 1). Placeholder until the full scorer lands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from truce.pipeline import Pipeline


def evaluate_events(gold_path: str | Path, pipeline: Pipeline, limit: int | None = None) -> dict[str, Any]:
    raise NotImplementedError("event evaluation is not implemented yet")


def format_event_report(report: dict[str, Any]) -> str:
    return str(report)
