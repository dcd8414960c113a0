"""Geoparsing evaluation against gold JSONL (format 2). Placeholder until the full scorer lands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from truce.pipeline import Pipeline


def evaluate_geo(gold_path: str | Path, pipeline: Pipeline, gold_spans: bool = False,
                 limit: int | None = None) -> dict[str, Any]:
    raise NotImplementedError("geo evaluation is not implemented yet")


def format_geo_report(report: dict[str, Any]) -> str:
    return str(report)
