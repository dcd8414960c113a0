"""The bundled sample corpus: fictional wire stories written for truce (see data/sample/README.md)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_dir() -> Path:
    """Folder of the sample corpus itself (articles only; labels live beside it)."""
    return Path(str(files("truce") / "data" / "sample" / "corpus"))


def sample_file(name: str) -> Path:
    """A labelled file that ships with the sample (manifest.jsonl, gold_events.jsonl, ...)."""
    return Path(str(files("truce") / "data" / "sample" / name))
