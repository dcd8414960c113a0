"""A pass-through stream that notices a gzip file cut short.

warcio stops quietly at a truncated gzip member; this wrapper decompresses the same
bytes alongside (output discarded, bounded memory) and knows whether the stream
ended between members (complete) or inside one (truncated).
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

_STEP = 1 << 16


class GzipEndCheck:
    """Counts the bytes read; with ``gzipped`` also checks that the gzip members are complete."""

    def __init__(self, raw: BinaryIO, gzipped: bool = True) -> None:
        self.raw = raw
        self.gzipped = gzipped
        self.position = 0
        self.error: str | None = None
        self._decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._in_member = False

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.position += len(data)
        if data and self.gzipped and self.error is None:
            self._feed(data)
        return data

    def tell(self) -> int:
        return self.position

    def _feed(self, data: bytes) -> None:
        try:
            while data:
                self._in_member = True
                self._decomp.decompress(data, _STEP)
                data = self._decomp.unconsumed_tail
                if self._decomp.eof:
                    data = self._decomp.unused_data + data
                    self._decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    self._in_member = False
        except zlib.error as exc:
            self.error = f"corrupt gzip data near byte {self.position}: {exc}"

    def problem(self) -> str | None:
        """Why the stream is damaged (call after reading it to the end), or None."""
        if self.error:
            return self.error
        if self._in_member:
            return f"gzip stream ends inside a member (truncated at byte {self.position})"
        return None
