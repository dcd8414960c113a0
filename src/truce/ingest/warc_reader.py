"""WARC / WARC.gz: HTML ``response`` records, streamed record by record.

The url comes from WARC-Target-URI (unless the page names a canonical url); the
crawl time WARC-Date is only a weak fallback for the publication date, used when the
page, its url and its text say nothing. A truncated or corrupt archive keeps the
records read so far and ends with one ``truncated`` Skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from truce.config import TruceConfig
from truce.ingest.dates import normalise_date
from truce.ingest.decode import DecodeError, decode
from truce.ingest.gzcheck import GzipEndCheck
from truce.ingest.html_reader import read_html
from truce.ingest.streams import read_bounded
from truce.records import Article, Skipped

_SLACK = 8  # trailing newlines after the last record are not damage
_HTML_TYPES = ("text/html", "application/xhtml")


def read_warc(stream: BinaryIO, origin: str, config: TruceConfig, gzipped: bool = False
              ) -> Iterator[Article | Skipped]:
    """Articles from HTML response records; damage ends the file with one ``truncated`` Skipped."""
    checked = GzipEndCheck(stream, gzipped)
    archive = ArchiveIterator(checked)
    count = 0
    problem = None
    try:
        for record in archive:
            count += 1
            item = _read_record(record, origin, config)
            _drain(record.raw_stream)
            if getattr(record.raw_stream, "limit", 0) > 0:
                problem = f"record {count} is cut short ({record.raw_stream.limit} bytes missing)"
            if item is not None and not (problem and isinstance(item, Article)):
                yield item
            if problem:
                break
    except Exception as exc:  # noqa: BLE001 - warcio/gzip/zlib raise many types on damage
        problem = f"{type(exc).__name__}: {exc}"
    if problem is None:
        problem = checked.problem() or _unread_tail(archive, checked)
    if problem:
        yield Skipped(origin=origin, kind="truncated", message=f"archive damaged after {count} records: {problem}")


def _unread_tail(archive: ArchiveIterator, checked: GzipEndCheck) -> str | None:
    """Bytes after the last whole record mean the archive was cut inside a record header."""
    tail = checked.position - (archive.offset or 0)
    return f"{tail} bytes after the last complete record" if tail > _SLACK else None


def _header_charset(content_type: str) -> str | None:
    _, _, params = content_type.partition("charset=")
    return params.split(";")[0].strip(" \"'") or None


def _drain(stream) -> None:
    while stream.read(1 << 16):
        pass


def _read_record(record, origin: str, config: TruceConfig) -> Article | Skipped | None:
    """None for records that are not HTML responses (requests, metadata, images ...)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{origin}#{url}"
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if length > config.max_bytes:
        return Skipped(origin=where, kind="too-large", message=f"record of {length} bytes > {config.max_bytes}")
    data = read_bounded(record.content_stream(), config.max_bytes)
    if data is None:
        return Skipped(origin=where, kind="too-large", message=f"record content > {config.max_bytes} bytes")
    if not data.strip():
        return Skipped(origin=where, kind="empty", message="empty response body")
    try:
        html, _ = decode(data, markup=True, charset=_header_charset(content_type))
    except DecodeError as exc:
        return Skipped(origin=where, kind="encoding", message=str(exc))
    crawl_date = normalise_date(record.rec_headers.get_header("WARC-Date"))
    item = read_html(html, where, user_date=None, url=url, fmt="warc", extra_dates=[(crawl_date, "metadata")])
    if isinstance(item, Article) and item.published_source == "unknown" and config.published:
        item.published, item.published_source = config.published, "user"
    if isinstance(item, Article) and item.published == crawl_date and crawl_date:
        item.meta["published_from"] = "warc-date"
    return item
