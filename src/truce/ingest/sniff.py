"""Which reader a file needs: by extension, corrected by its first bytes.

Strong content signatures (WARC header, gzip, binary magic, feed or HTML markup)
win over the extension, so a mislabelled file is still read right; the extension
decides only when the content is ambiguous.
"""

from __future__ import annotations

import json
import re
import zlib

from truce.ingest.resources import extensions, magic_numbers
from truce.settings import default_settings

HEAD_BYTES = 8192  # how much of a gzip stream's head is decompressed to see what it holds
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(!doctype html|html|head|body|meta|title|article|div|p)[\s>]", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def format_from_name(name: str) -> str | None:
    """The format an extension names, or None (longest matching ending wins)."""
    lower = name.lower()
    for ending in sorted(extensions(), key=len, reverse=True):
        if lower.endswith(ending):
            return extensions()[ending]
    return None


def binary_reason(head: bytes, nul_share: float | None = None) -> str | None:
    """Why ``head`` looks like a non-text file, or None when it may be text.

    A known magic number decides; otherwise NUL bytes do, when they are at least
    ``nul_share`` of the head (``[ingest] binary_nul_share``): binary formats are full
    of them, while one stray NUL in a JSON Lines file or a feed is damage to one item,
    which its reader reports, not a reason to drop every good item beside it.
    """
    if nul_share is None:
        nul_share = default_settings().ingest.binary_nul_share
    for magic, what in magic_numbers():
        if head.startswith(magic):
            return f"{what} (magic number {magic[:4]!r})"
    if head.startswith(_BOMS[1:]):
        return None  # UTF-16 with a byte-order mark has NULs but is text
    nuls = head.count(b"\x00")
    if nuls and nuls >= nul_share * len(head):
        first = head.find(b"\x00")
        return f"NUL bytes ({nuls} of the first {len(head)}, the first at offset {first})"
    return None


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream's head (empty when corrupt)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def sniff(head: bytes, name: str = "", nul_share: float | None = None) -> str:
    """Format of a file from its first bytes and name: warc, jsonl, csv, tsv, rss, html, gzip, text or binary."""
    by_name = format_from_name(name)
    if head.startswith(b"\x1f\x8b"):
        inner = gunzip_head(head)
        if inner.startswith(b"WARC/"):
            return "warc"
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if binary_reason(head, nul_share):
        return "binary"
    if head.startswith(_BOMS[1:]):  # UTF-16: look at its characters, not its bytes
        head = head.decode("utf-16", "ignore").encode("utf-8")
    start = head.lstrip(b"".join(_BOMS)).lstrip()[:2048]
    if _FEED.search(start) and (start.startswith(b"<?xml") or start.lower().startswith((b"<rss", b"<feed"))):
        return "rss"
    if start.startswith(b"<") and _HTML.search(start[:2048]):
        return "html"
    if start.startswith(b"{") and (by_name in (None, "jsonl", "text") and _first_line_is_json(start)):
        return "jsonl"
    if by_name in ("jsonl", "warc", "csv", "tsv"):
        return by_name  # ambiguous content: trust the name (the reader reports problems)
    if by_name == "rss" and start.startswith(b"<"):
        return "rss"
    if by_name == "html":
        return "html"
    return "text"


def looks_like_table(head: bytes, text_column: str) -> str | None:
    """"csv" or "tsv" when the first line is a header with ``text_column`` among several cells."""
    first = head.lstrip(b"".join(_BOMS)).split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
    for fmt, delimiter in (("tsv", "\t"), ("csv", ",")):
        cells = [c.strip().strip('"').strip() for c in first.split(delimiter)]
        if len(cells) >= 2 and text_column in cells:
            return fmt
    return None


def _first_line_is_json(start: bytes) -> bool:
    line = start.split(b"\n", 1)[0]
    if len(line) >= len(start) and len(start) >= 2048:
        return True  # a first line longer than the head: assume JSONL, the reader checks
    try:
        return isinstance(json.loads(line), dict)
    except RecursionError:
        return True  # nested past the parser's depth: JSON-like; the reader says what is wrong
    except ValueError:
        return False


__all__ = ["HEAD_BYTES", "binary_reason", "format_from_name", "gunzip_head", "looks_like_table", "sniff"]
