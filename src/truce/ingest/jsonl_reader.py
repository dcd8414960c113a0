"""JSON Lines: one article object per line, streamed, with field names from the config.

Python's JSON parser recurses once per nesting level, so a line of a thousand nested
arrays would raise ``RecursionError``: nesting is measured first, without parsing,
and a line deeper than ``[ingest] max_json_depth`` is ``malformed-jsonl``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from truce.config import JsonlFields, TruceConfig
from truce.ingest.article import build_article
from truce.ingest.dates import date_from_url, metadata_date
from truce.ingest.decode import DecodeError, decode
from truce.ingest.streams import bounded_lines
from truce.ingest.text_reader import guess_title
from truce.records import Article, Skipped

# A JSON string (skipped whole: brackets inside it do not nest) or one bracket.
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def read_jsonl(stream: BinaryIO, origin: str, config: TruceConfig) -> Iterator[Article | Skipped]:
    """One Article or Skipped per non-blank line; a bad line never stops the file."""
    for number, raw in bounded_lines(stream, config.max_bytes):
        where = f"{origin}:{number}"
        if raw is None:
            yield Skipped(origin=where, kind="too-large", message=f"line {number}: longer than {config.max_bytes} bytes")
            continue
        if not raw.strip():
            continue
        yield read_jsonl_line(raw, number, where, config)


def nesting_depth(line: str, limit: int) -> int:
    """How deeply arrays and objects nest in a JSON text, counted up to ``limit + 1`` (cheap)."""
    if line.count("[") + line.count("{") <= limit:
        return 0  # cannot nest deeper than the brackets it has
    depth = deepest = 0
    for m in _NESTING.finditer(line):
        char = m.group()
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def read_jsonl_line(raw: bytes, number: int, where: str, config: TruceConfig) -> Article | Skipped:
    try:
        line = decode(raw, guess=False).text  # JSON is UTF-8 (RFC 8259): no guessing
    except DecodeError as exc:
        return Skipped(origin=where, kind="encoding", message=f"line {number}: {exc}")
    limit = config.settings.ingest.max_json_depth
    if nesting_depth(line, limit) > limit:
        return Skipped(origin=where, kind="malformed-jsonl",
                       message=f"line {number}: nested deeper than {limit} levels ([ingest] max_json_depth)")
    try:
        record = json.loads(line)
    except RecursionError:
        return Skipped(origin=where, kind="malformed-jsonl", message=f"line {number}: nested too deeply to parse")
    except ValueError as exc:
        return Skipped(origin=where, kind="malformed-jsonl", message=f"line {number}: invalid JSON: {exc}")
    if not isinstance(record, dict):
        return Skipped(origin=where, kind="malformed-jsonl",
                       message=f"line {number}: expected a JSON object, got {type(record).__name__}")
    return article_from_record(record, number, where, config)


def _field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def article_from_record(record: dict[str, Any], number: int, where: str, config: TruceConfig,
                        fields: JsonlFields | None = None, fmt: str = "jsonl", what: str = "line"
                        ) -> Article | Skipped:
    """An article from one record (a JSON object, a CSV row) whose keys the config names."""
    fields = fields or config.jsonl_fields
    malformed = "malformed-jsonl" if fmt == "jsonl" else f"malformed-{fmt}"
    text = record.get(fields.text)
    if not isinstance(text, str):
        return Skipped(origin=where, kind=malformed,
                       message=f"{what} {number}: no string field {fields.text!r}")
    if not text.strip():
        return Skipped(origin=where, kind="empty", message=f"{what} {number}: field {fields.text!r} is empty")
    s = config.settings.ingest
    url = _field(record, fields.url)
    title = _field(record, fields.title) or guess_title(text, s)
    published, unparsed = metadata_date(_field(record, fields.published), s.max_date_chars)
    dates = [(published, "metadata"), (date_from_url(url), "url")]
    return build_article(text, origin=where, fmt=fmt, url=url, source=_field(record, fields.source),
                         title=title, dates=dates, user_date=config.published, settings=s,
                         meta={"unparsed_published": unparsed} if unparsed else None)
