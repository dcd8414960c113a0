"""JSON Lines: one article object per line, streamed, with field names from the config."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from truce.config import JsonlFields, TruceConfig
from truce.ingest.article import build_article
from truce.ingest.dates import date_from_url, normalise_date
from truce.ingest.decode import DecodeError, decode
from truce.ingest.streams import bounded_lines
from truce.ingest.text_reader import guess_title
from truce.records import Article, Skipped


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


def read_jsonl_line(raw: bytes, number: int, where: str, config: TruceConfig) -> Article | Skipped:
    try:
        line, _ = decode(raw)
    except DecodeError as exc:
        return Skipped(origin=where, kind="encoding", message=f"line {number}: {exc}")
    try:
        record = json.loads(line)
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


def article_from_record(record: dict[str, Any], number: int, where: str, config: TruceConfig
                        ) -> Article | Skipped:
    fields: JsonlFields = config.jsonl_fields
    text = record.get(fields.text)
    if not isinstance(text, str):
        return Skipped(origin=where, kind="malformed-jsonl",
                       message=f"line {number}: no string field {fields.text!r}")
    if not text.strip():
        return Skipped(origin=where, kind="empty", message=f"line {number}: field {fields.text!r} is empty")
    url = _field(record, fields.url)
    title = _field(record, fields.title) or guess_title(text)
    dates = [(normalise_date(_field(record, fields.published)), "metadata"), (date_from_url(url), "url")]
    return build_article(text, origin=where, fmt="jsonl", url=url, source=_field(record, fields.source),
                         title=title, dates=dates, user_date=config.published)
