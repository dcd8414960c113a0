"""Reading gold JSONL files line by line, with the project's tuning/check split.

``split`` ``even`` keeps the records on even (0-based) lines - the half rules are tuned on -, ``odd``
the check half, None everything. One reader for every ``truce evaluate`` command.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def iter_split(path: str | Path, limit: int | None = None, split: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line index, record) for every non-blank line of the file in the requested half."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            if not line.strip() or (split in ("even", "odd") and n % 2 != (0 if split == "even" else 1)):
                continue
            yield n, json.loads(line)
