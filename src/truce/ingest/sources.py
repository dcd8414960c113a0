"""Files, directories and stdin -> the right reader, with every bad input turned into a Skipped.

Whole-document formats (text, HTML, feeds) are size-checked before they are read;
JSONL, CSV and WARC are streamed, so only a single line, row or record is ever checked
against ``config.max_bytes``. Every item then passes ``_bounded``: a long article is
cut into pieces (``truce.ingest.pieces``) and origins are made storable.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from truce.config import TruceConfig
from truce.errors import TruceError, UsageError
from truce.ingest.article import valid_unicode
from truce.ingest.csv_reader import DELIMITERS, read_table
from truce.ingest.dates import normalise_date
from truce.ingest.decode import DecodeError, decode
from truce.ingest.jsonl_reader import read_jsonl
from truce.ingest.pieces import split_article
from truce.ingest.sniff import binary_reason, looks_like_table, sniff
from truce.ingest.streams import read_bounded
from truce.ingest.text_reader import read_plain
from truce.records import Article, Skipped

Item = Article | Skipped
STDIN = "-"
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ].*)?$")


def check_published(value: str | None) -> str | None:
    """The user's reference date in ISO form; a ``UsageError`` naming it when it is not a date."""
    if value is None:
        return None
    normal = normalise_date(value) if _ISO_DAY.match(value.strip()) else None
    if normal is None:
        raise UsageError(f"--published {value!r} is not a date (YYYY-MM-DD, or an ISO 8601 date and time)")
    return normal


def read_sources(paths: Iterable[str | Path], config: TruceConfig | None = None,
                 store: str | Path | None = None) -> Iterator[Item]:
    """One Article or Skipped per input item, streaming, in input order. ``store``: the store being
    written; its own files (the database and its write-ahead log) are outputs, never read from a
    folder ('truce ingest .' in the folder that holds truce.duckdb)."""
    config = config or TruceConfig()
    check_published(config.published)
    own = _store_files(store)
    for path in paths:
        if str(path) == STDIN:
            yield from read_stream(sys.stdin.buffer, "<stdin>", config)
        elif Path(path).is_dir():
            for file in walk(Path(path)):
                if own and isinstance(file, Path) and file.resolve() in own:
                    continue
                yield from read_file(file, config) if isinstance(file, Path) else _bounded([file], config)
        else:
            yield from read_file(Path(path), config)


def _store_files(store: str | Path | None) -> set[Path]:
    if store is None:
        return set()
    db = Path(store).resolve()
    return {db, db.with_name(db.name + ".wal")}


def _bounded(items: Iterable[Item], config: TruceConfig) -> Iterator[Item]:
    """Long articles in pieces (or skipped past the limit); origins and messages made storable."""
    for item in items:
        item.origin = valid_unicode(item.origin)[0]  # a file name that is not UTF-8 holds surrogates
        if isinstance(item, Skipped):
            item.message = valid_unicode(item.message)[0]
            yield item
        else:
            yield from split_article(item, config.settings.ingest)


def walk(root: Path) -> Iterator[Path | Skipped]:
    """Files under ``root``, recursively, sorted by name, hidden entries left out.

    A folder that cannot be listed becomes an ``unreadable`` Skipped instead of vanishing.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(origin=str(root), kind="unreadable", message=f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(Path(entry.path))
        else:
            yield Path(entry.path)


def read_file(path: Path, config: TruceConfig) -> Iterator[Item]:
    """Every item of one file (any format), long articles in pieces."""
    yield from _isolated(_bounded(_read_file(path, config), config), str(path))


def _isolated(items: Iterator[Item], origin: str) -> Iterator[Item]:
    """The items of one input; a bug in a reader ends that input with an ``internal-error`` item, not the run.

    Every reader turns what is wrong with its input into a ``Skipped`` by itself; an exception that
    still escapes one is a bug in truce. The items read before it are kept, the input's remaining
    items cannot be reached (a generator that raised is finished) and the message says so, and the
    next input is read. A ``TruceError`` is the user's mistake about the whole run and still ends it.
    """
    n = 0
    try:
        for item in items:
            n += 1
            yield item
    except TruceError:
        raise
    except OSError as exc:  # the disk or the pipe failed part way: the rest of the input cannot be read
        yield Skipped(origin=valid_unicode(origin)[0], kind="unreadable",
                      message=f"read failed after {n} items: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - any bug, reported as this input's skip
        detail = valid_unicode(f"{type(exc).__name__}: {exc}")[0]
        yield Skipped(origin=valid_unicode(origin)[0], kind="internal-error",
                      message=f"read: {detail} (a bug in truce; reading this input stopped after {n} items)")


def _read_file(path: Path, config: TruceConfig) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            yield Skipped(origin=origin, kind="unreadable", message="not a regular file")
            return
        stream = path.open("rb")
    except OSError as exc:
        yield Skipped(origin=origin, kind="unreadable", message=exc.strerror or str(exc))
        return
    with stream:
        if size == 0:
            yield Skipped(origin=origin, kind="empty", message="file is empty")
            return
        head = stream.read(config.settings.ingest.sniff_bytes)
        stream.seek(0)
        yield from read_stream_as(stream, head, _format(head, path.name, config), origin, config, size, path.name)


def _format(head: bytes, name: str, config: TruceConfig) -> str:
    """The sniffed format; a text whose first line is a header naming the text column is a table."""
    fmt = sniff(head, name, config.settings.ingest.binary_nul_share)
    if fmt == "text":
        return looks_like_table(head, config.jsonl_fields.text) or fmt
    return fmt


def read_stream(stream: BinaryIO, origin: str, config: TruceConfig, name: str = "") -> Iterator[Item]:
    """A non-seekable stream (stdin): sniff its head, then read it with the head put back."""
    yield from _isolated(_bounded(_read_stream(stream, origin, config, name), config), origin)


def _read_stream(stream: BinaryIO, origin: str, config: TruceConfig, name: str) -> Iterator[Item]:
    head = stream.read(config.settings.ingest.sniff_bytes)
    if not head:
        yield Skipped(origin=origin, kind="empty", message="no input")
        return
    whole = io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 16)
    yield from read_stream_as(whole, head, _format(head, name, config), origin, config, None, name)


def read_stream_as(stream: BinaryIO, head: bytes, fmt: str, origin: str, config: TruceConfig,
                   size: int | None, name: str) -> Iterator[Item]:
    if fmt == "binary":
        reason = binary_reason(head, config.settings.ingest.binary_nul_share)
        yield Skipped(origin=origin, kind="binary", message=f"not a text file: {reason}")
    elif fmt == "warc":
        from truce.ingest.warc_reader import read_warc  # imported when met: warcio is not needed for text

        yield from read_warc(stream, origin, config, gzipped=head.startswith(b"\x1f\x8b"))
    elif fmt == "jsonl":
        yield from read_jsonl(stream, origin, config)
    elif fmt in DELIMITERS:
        yield from read_table(stream, origin, config, fmt)
    elif fmt == "gzip":
        yield from _read_gzip(stream, origin, config, name)
    elif size is not None and size > config.max_bytes:
        yield Skipped(origin=origin, kind="too-large", message=f"{size} bytes > max_bytes {config.max_bytes}")
    else:
        yield from _read_whole(stream, fmt, origin, config)


def _read_whole(stream: BinaryIO, fmt: str, origin: str, config: TruceConfig) -> Iterator[Item]:
    data = read_bounded(stream, config.max_bytes)
    if data is None:
        yield Skipped(origin=origin, kind="too-large", message=f"more than max_bytes {config.max_bytes}")
        return
    if not data.strip():
        yield Skipped(origin=origin, kind="empty", message="only whitespace")
        return
    if fmt == "rss":
        from truce.ingest.rss_reader import read_feed  # imported when met: feedparser is not needed for text

        yield from read_feed(data, origin, config)
        return
    try:
        decoded = decode(data, markup=fmt == "html", settings=config.settings.ingest)
    except DecodeError as exc:
        yield Skipped(origin=origin, kind="encoding", message=str(exc))
        return
    settings = config.settings.ingest
    if fmt == "html":
        # imported when met: trafilatura, lxml and htmldate cost ~0.1 s of a one-sentence `truce code`
        from truce.ingest.html_reader import read_html

        item = read_html(decoded.text, origin, user_date=config.published, settings=settings)
    else:
        item = read_plain(decoded.text, origin, user_date=config.published, settings=settings)
    if decoded.guessed and isinstance(item, Article):
        item.meta["encoding"], item.meta["encoding_guessed"] = decoded.encoding, True
    yield item


def _read_gzip(stream: BinaryIO, origin: str, config: TruceConfig, name: str) -> Iterator[Item]:
    """A gzip-compressed text/HTML/JSONL/feed file (WARC.gz is handled by the WARC reader)."""
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    try:
        with gzip.GzipFile(fileobj=stream) as inner:
            head = inner.read(config.settings.ingest.sniff_bytes)
            buffered = io.BufferedReader(_Prefixed(head, inner), buffer_size=1 << 16)
            fmt = _format(head, inner_name, config)
            yield from read_stream_as(buffered, head, fmt, origin, config, None, inner_name)
    except (OSError, EOFError, zlib.error) as exc:
        yield Skipped(origin=origin, kind="truncated", message=f"gzip stream damaged: {exc}")


class _Prefixed(io.RawIOBase):
    """``head`` followed by the rest of ``stream``: puts sniffed bytes back in front."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
