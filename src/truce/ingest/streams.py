"""Bounded-memory line reading from binary streams."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

CHUNK = 1 << 16


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line bytes) for each line; ``None`` for a line longer than ``max_bytes``.

    An over-long line is skipped in chunks, never held in memory whole.
    """
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
            continue
        yield number, line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def read_bounded(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """The whole stream, or None when it holds more than ``max_bytes`` (reads at most max+1)."""
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data
