"""WARC / WARC.gz: HTML ``response`` records, streamed record by record.

The url comes from WARC-Target-URI (unless the page names a canonical url); the
crawl time WARC-Date is only a weak fallback for the publication date, used when the
page, its url and its text say nothing. A response that is not HTML (an image, a
style sheet) is a ``not-html`` skip naming its type; requests and metadata records
are not content and pass silently.

Damage is found by the libraries' own end-of-stream errors: a WARC.gz is decompressed
by the standard library's ``gzip`` (every member, in order), which raises ``EOFError``
when a member is cut short and ``BadGzipFile``/``zlib.error`` when one is corrupt;
warcio reports a record whose content is cut short. warcio reads ``EOFError`` as "no
more records", so gzip's is passed on as ``TruncatedStream`` instead. The records read
before the damage are kept and one ``truncated`` item ends the file.
"""

from __future__ import annotations

import contextlib
import gzip
import io
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from truce.config import TruceConfig
from truce.ingest.dates import normalise_date
from truce.ingest.decode import DecodeError, decode
from truce.ingest.html_reader import read_html
from truce.ingest.streams import read_bounded
from truce.records import Article, Skipped

_HTML_TYPES = ("text/html", "application/xhtml")


class TruncatedStream(Exception):
    """A compressed stream ended inside a member (gzip's own ``EOFError``, renamed for warcio)."""


class _Members(io.RawIOBase):
    """The decompressed bytes of every gzip member in ``raw``; a member cut short raises ``TruncatedStream``."""

    def __init__(self, raw: BinaryIO) -> None:
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:  # one decompression step per call, so the records before damage are delivered first
            data = self._gzip.read1(len(buffer))
        except EOFError as exc:
            raise TruncatedStream(str(exc)) from exc
        buffer[: len(data)] = data
        return len(data)


class _Counted(io.RawIOBase):
    """Counts the bytes warcio reads, to notice an archive cut inside a record header."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self.position += len(data)
        return len(data)


def read_warc(stream: BinaryIO, origin: str, config: TruceConfig, gzipped: bool = False
              ) -> Iterator[Article | Skipped]:
    """Articles from HTML response records; damage ends the file with one ``truncated`` Skipped."""
    counted = _Counted(_Members(stream) if gzipped else stream)
    archive = ArchiveIterator(counted)  # unbuffered: a read that fails loses nothing read before it
    records = iter(archive)
    count = 0
    problem = None
    try:
        while True:
            with contextlib.redirect_stderr(io.StringIO()):  # warcio prints its warnings; we report them
                record = next(records, None)
            if record is None:
                break
            count += 1
            item = _read_record(record, origin, config)
            _drain(record.raw_stream)
            if getattr(record.raw_stream, "limit", 0) > 0:
                problem = f"record {count} is cut short ({record.raw_stream.limit} bytes missing)"
            if item is not None and not (problem and isinstance(item, Article)):
                yield item
            if problem:
                break
    except TruncatedStream as exc:
        problem = f"gzip stream ends inside a member: {exc}"
    except Exception as exc:  # noqa: BLE001 - warcio/gzip/zlib raise many types on damage
        problem = f"{type(exc).__name__}: {exc}"
    if problem is None:
        problem = _unread_tail(archive, counted, config.settings.ingest.warc_slack_bytes)
    if problem is None and archive.err_count:
        problem = (f"{archive.err_count} record(s) not followed by a blank line (a wrong Content-Length); "
                   f"the records after may be misread")
    if problem:
        yield Skipped(origin=origin, kind="truncated", message=f"archive damaged after {count} records: {problem}")


def _unread_tail(archive: ArchiveIterator, counted: _Counted, slack: int) -> str | None:
    """Bytes after the last whole record (beyond ``slack`` newlines) mean the archive was cut inside a header."""
    tail = counted.position - (archive.offset or 0)
    return f"{tail} bytes after the last complete record" if tail > slack else None


def _header_charset(content_type: str) -> str | None:
    _, _, params = content_type.partition("charset=")
    return params.split(";")[0].strip(" \"'") or None


def _drain(stream) -> None:
    while stream.read(1 << 16):
        pass


def _read_record(record, origin: str, config: TruceConfig) -> Article | Skipped | None:
    """None for records that are not responses (requests, metadata ...)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{origin}#{url}"
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        shown = content_type.split(";")[0].strip() or "no content type"
        return Skipped(origin=where, kind="not-html", message=f"response is {shown}, not an HTML page")
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if length > config.max_bytes:
        return Skipped(origin=where, kind="too-large", message=f"record of {length} bytes > {config.max_bytes}")
    data = read_bounded(record.content_stream(), config.max_bytes)
    if data is None:
        return Skipped(origin=where, kind="too-large", message=f"record content > {config.max_bytes} bytes")
    if not data.strip():
        return Skipped(origin=where, kind="empty", message="empty response body")
    try:
        decoded = decode(data, markup=True, charset=_header_charset(content_type), settings=config.settings.ingest)
    except DecodeError as exc:
        return Skipped(origin=where, kind="encoding", message=str(exc))
    crawl_date = normalise_date(record.rec_headers.get_header("WARC-Date"), config.settings.ingest.max_date_chars)
    item = read_html(decoded.text, where, user_date=None, url=url, fmt="warc",
                     extra_dates=[(crawl_date, "metadata")], settings=config.settings.ingest)
    if isinstance(item, Article):
        if item.published_source == "unknown" and config.published:
            item.published, item.published_source = config.published, "user"
        if item.published == crawl_date and crawl_date:
            item.meta["published_from"] = "warc-date"
        if decoded.guessed:
            item.meta["encoding"], item.meta["encoding_guessed"] = decoded.encoding, True
    return item
