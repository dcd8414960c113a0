"""CSV / TSV tables of articles: one article per row, columns named like JSONL fields.

The first row is the header. The columns that hold the text, title, url, publication
date and source are the same options as for JSON Lines (``--text-field`` ...;
``config.jsonl_fields``). A table without the text column is refused with one
``malformed-csv`` item that lists the columns it has, never read as one article.
Rows stream; each is ``path:LINE`` (the line the row starts on). The encoding is
decided from the first megabyte (UTF-8, else a recorded guess, as for pages; a
spreadsheet saved on Windows is often Windows-1252).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from truce.config import TruceConfig
from truce.ingest.decode import guess_encoding
from truce.ingest.jsonl_reader import article_from_record
from truce.records import Article, Skipped

DELIMITERS = {"csv": ",", "tsv": "\t"}
_ENCODING_SAMPLE = 1 << 20


def _encoding(stream: io.BufferedReader, tie: float) -> tuple[str, bool]:
    """(codec, guessed) from the stream's first bytes, without consuming them."""
    head = stream.peek(_ENCODING_SAMPLE)[:_ENCODING_SAMPLE]
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        return "utf-8-sig", False
    except UnicodeDecodeError:
        guessed = guess_encoding(head, tie)
        return (guessed, True) if guessed else ("utf-8-sig", False)


def read_table(stream: BinaryIO, origin: str, config: TruceConfig, fmt: str) -> Iterator[Article | Skipped]:
    """One Article or Skipped per data row; a missing text column refuses the whole table."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)
    encoding, guessed = _encoding(buffered, config.settings.ingest.encoding_guess_tie)
    text = io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline="")
    csv.field_size_limit(max(csv.field_size_limit(), config.settings.ingest.max_csv_field_chars))  # process-wide
    try:
        yield from _rows(csv.reader(text, delimiter=DELIMITERS[fmt]), origin, config, fmt, encoding, guessed)
    finally:
        text.detach()  # the caller owns the stream


def _rows(reader, origin: str, config: TruceConfig, fmt: str, encoding: str, guessed: bool
          ) -> Iterator[Article | Skipped]:
    fields = config.jsonl_fields
    limit = config.settings.ingest.max_csv_field_chars
    line = 1
    try:
        header = next(reader, None)
        if header is None:
            yield Skipped(origin=origin, kind="empty", message="table has no header row")
            return
        header = [h.strip() for h in header]
        if fields.text not in header:
            shown = ", ".join(repr(h) for h in header[:12]) + (" ..." if len(header) > 12 else "")
            yield Skipped(origin=origin, kind=f"malformed-{fmt}",
                          message=f"no column {fields.text!r} in the header ({shown}); "
                                  f"name the text column with --text-field")
            return
        line = reader.line_num + 1
        for row in reader:
            where = f"{origin}:{line}"
            if any(len(cell) > limit for cell in row):
                yield Skipped(origin=where, kind="too-large",
                              message=f"line {line}: a cell longer than max_csv_field_chars {limit}")
            elif any(cell.strip() for cell in row):
                record = dict(zip(header, row, strict=False))
                item = article_from_record(record, line, where, config, fmt=fmt)
                if guessed and isinstance(item, Article):
                    item.meta["encoding"], item.meta["encoding_guessed"] = encoding, True
                yield item
            line = reader.line_num + 1
    except UnicodeDecodeError as exc:
        yield Skipped(origin=f"{origin}:{line}", kind="encoding",
                      message=f"line {line}: not valid {encoding} ({exc.reason}); the rest of the file was not read")
    except csv.Error as exc:
        yield Skipped(origin=f"{origin}:{line}", kind=f"malformed-{fmt}",
                      message=f"line {line}: {exc}; the rest of the file was not read")
