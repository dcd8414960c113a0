"""How many items the inputs hold, counted quickly before a run, so progress has a total.

An item is what the readers yield one Article or Skipped for: a text or HTML file, a
JSON Lines line, a CSV/TSV row, a WARC response record, a feed entry. Counting reads
the bytes without parsing them (newlines, record headers, ``<item``/``<entry`` tags),
at disk speed; it stops and says "unknown" (None) when it would take longer than
``budget_s`` seconds, or for standard input, which can be read only once. The count is
an estimate (a quoted newline in a CSV cell, a long article cut into pieces).
"""

from __future__ import annotations

import gzip
import re
import time
import zlib
from collections.abc import Iterable
from pathlib import Path

from truce.config import TruceConfig
from truce.ingest.sniff import sniff
from truce.ingest.sources import STDIN, walk

_BLOCK = 1 << 20
_RECORD = re.compile(rb"WARC-Type:[ \t]*response\b")
_ENTRY = re.compile(rb"<(?:item|entry)[\s>/]", re.IGNORECASE)


class _OutOfTime(Exception):
    pass


def count_items(paths: Iterable[str | Path], config: TruceConfig | None = None, budget_s: float = 2.0) -> int | None:
    """The number of input items, or None when unknown (stdin, or more than ``budget_s`` of counting)."""
    config = config or TruceConfig()
    deadline = time.monotonic() + budget_s
    total = 0
    try:
        for path in paths:
            if str(path) == STDIN:
                return None
            files = walk(Path(path)) if Path(path).is_dir() else [Path(path)]
            for file in files:
                total += _count_file(file, config, deadline) if isinstance(file, Path) else 1
    except _OutOfTime:
        return None
    return total


def _count_file(path: Path, config: TruceConfig, deadline: float) -> int:
    if time.monotonic() > deadline:
        raise _OutOfTime
    try:
        with path.open("rb") as fh:
            head = fh.read(config.settings.ingest.sniff_bytes)
            fmt = sniff(head, path.name, config.settings.ingest.binary_nul_share)
            fh.seek(0)
            if fmt == "gzip":
                with gzip.GzipFile(fileobj=fh) as inner:
                    fmt = sniff(inner.read(len(head)), path.name[:-3], config.settings.ingest.binary_nul_share)
                fh.seek(0)
            if head.startswith(b"\x1f\x8b"):
                with gzip.GzipFile(fileobj=fh) as inner:
                    return _count_stream(inner, fmt, config, deadline)
            return _count_stream(fh, fmt, config, deadline)
    except (OSError, EOFError, zlib.error):
        return 1  # the reader will report it as one skipped item


def _count_stream(fh, fmt: str, config: TruceConfig, deadline: float) -> int:
    if fmt in ("jsonl", "csv", "tsv"):
        lines, last = 0, b"\n"
        for block in _blocks(fh, deadline):
            lines += block.count(b"\n")
            last = block[-1:]
        lines += last != b"\n"
        return max(lines - (fmt != "jsonl"), 0)  # a table's first line is its header
    if fmt == "warc":
        return _count_matches(fh, _RECORD, deadline)
    if fmt == "rss":
        return min(_count_matches(fh, _ENTRY, deadline), config.settings.ingest.max_feed_items) or 1
    return 1


def _count_matches(fh, pattern: re.Pattern[bytes], deadline: float) -> int:
    count, carry = 0, b""
    for block in _blocks(fh, deadline):
        data = carry + block  # a match cut by the block boundary is found with the next block,
        count += len(pattern.findall(data)) - len(pattern.findall(carry))  # those within carry only once
        carry = data[-64:]
    return count


def _blocks(fh, deadline: float):
    while block := fh.read(_BLOCK):
        if time.monotonic() > deadline:
            raise _OutOfTime
        yield block
