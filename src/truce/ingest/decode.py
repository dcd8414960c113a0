"""Bytes -> text, strictly: bad bytes are reported, never silently replaced.

Policy (documented in docs/ingest.md): try UTF-8 (a BOM is honoured, UTF-16 needs
its BOM); for HTML and feeds, then try the charset the document declares; if
nothing decodes cleanly, the item is skipped with kind ``encoding`` and the byte
offset of the first bad byte, so the user can find and fix it. Decoding with
replacement characters would silently corrupt names and numbers.
"""

from __future__ import annotations

import codecs
import re

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
                       re.IGNORECASE)


class DecodeError(ValueError):
    """Raised with a message naming the offset of the first undecodable byte."""


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KB, if it is a known codec."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return _known((match.group(1) or match.group(2)).decode("ascii", "ignore"))


def _known(name: str | None) -> str | None:
    """The codec's canonical name, or None for unknown or missing names."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, markup: bool = False, charset: str | None = None) -> tuple[str, str]:
    """(text, encoding used). ``markup`` allows the document's declared charset as a fallback;
    ``charset`` is one declared outside the document (an HTTP Content-Type header)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 at byte offset {exc.start}") from exc
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    charset = _known(charset) or (declared_charset(data) if markup else None)
    if charset and charset not in ("utf-8", "utf-8-sig"):
        try:
            return data.decode(charset), charset
        except UnicodeDecodeError:
            pass
    raise DecodeError(f"invalid UTF-8 at byte offset {first_error.start}"
                      + (f" (declared charset {charset} did not decode either)" if charset else ""))
