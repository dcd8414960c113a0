"""Reading gold JSONL files line by line, with the project's tuning/check split.

``split`` ``even`` keeps the records on even (0-based) lines - the half rules are tuned on -, ``odd``
the check half, None everything. One reader for every ``truce evaluate`` command.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from truce.errors import DataFileError


def iter_split(path: str | Path, limit: int | None = None, split: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line index, record) for every non-blank line of the file in the requested half.

    A gold file is the user's: a line that is not a JSON object is a ``DataFileError`` naming the
    file and line, not a traceback from the JSON parser.
    """
    with open(path, encoding="utf-8") as fh:
        try:
            for n, line in enumerate(fh):
                if limit is not None and n >= limit:
                    break
                if not line.strip() or (split in ("even", "odd") and n % 2 != (0 if split == "even" else 1)):
                    continue
                yield n, _record(path, n, line)
        except UnicodeDecodeError as exc:
            raise DataFileError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start} of a chunk)") from exc


def _record(path: str | Path, n: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise DataFileError(path, f"not JSON: {exc}", line=n + 1) from exc
    if not isinstance(record, dict):
        raise DataFileError(path, f"a gold record must be a JSON object, not {type(record).__name__}", line=n + 1)
    return record
