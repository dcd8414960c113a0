"""Bytes -> text: declared encodings first, a recorded guess last, never silent replacement.

Policy (documented in docs/ingest.md): try UTF-8 (a BOM is honoured, UTF-16 needs
its BOM); then the charset the container or the document declares (an HTTP
Content-Type header, ``<meta charset>``, an XML prolog); then a guess by
``charset_normalizer``, recorded as guessed (``Decoded.guessed``; the article's
``meta["encoding_guessed"]``). Among equally plausible guesses Windows-1252 wins: it
is what most mislabelled Western pages really are (the WHATWG encoding standard
reads ``latin-1`` labels as windows-1252 for the same reason). If nothing decodes
cleanly the item is skipped with kind ``encoding`` and the byte offset of the first
bad UTF-8 byte. Decoding with replacement characters would silently corrupt names
and numbers.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from truce.settings import Section, default_settings

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
                       re.IGNORECASE)
_GUESS_SAMPLE = 1 << 20  # bytes shown to the detector; the whole input must then decode strictly
_NEVER_GUESSED = ("utf_16", "utf_32")  # without a BOM these are noise, not text (policy: UTF-16 needs its BOM)
_PREFERRED = "cp1252"


class DecodeError(ValueError):
    """Raised with a message naming the offset of the first undecodable byte."""


class Decoded(NamedTuple):
    text: str
    encoding: str
    guessed: bool = False  # True when no declaration held and the encoding was detected


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


def guess_encoding(data: bytes, tie: float | None = None) -> str | None:
    """The most plausible legacy encoding of ``data`` (charset_normalizer), or None.

    Guesses whose scores differ by at most ``tie`` (``[ingest] encoding_guess_tie``) are equally
    plausible; among them Windows-1252 wins."""
    tie = default_settings().ingest.encoding_guess_tie if tie is None else tie
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with truce
        return None
    matches = [m for m in from_bytes(data[:_GUESS_SAMPLE]) if not m.encoding.startswith(_NEVER_GUESSED)]
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    tied = [m for m in matches if m.chaos <= best.chaos + tie and m.coherence >= best.coherence - tie]
    if any(_PREFERRED in m.could_be_from_charset or m.encoding == _PREFERRED for m in tied):
        return _PREFERRED
    return best.encoding


def decode(data: bytes, markup: bool = False, charset: str | None = None, guess: bool = True,
           settings: Section | None = None) -> Decoded:
    """Text and the encoding used. ``markup`` allows the document's declared charset;
    ``charset`` is one declared outside the document (an HTTP Content-Type header);
    ``guess`` allows detection when every declaration fails."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 at byte offset {exc.start}") from exc
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    charset = _known(charset) or (declared_charset(data) if markup else None)
    if charset and charset not in ("utf-8", "utf-8-sig"):
        try:
            return Decoded(data.decode(charset), charset)
        except UnicodeDecodeError:
            pass
    tie = settings.encoding_guess_tie if settings is not None else None
    guessed = _known(guess_encoding(data, tie)) if guess else None
    if guessed:
        try:
            return Decoded(data.decode(guessed), guessed, guessed=True)
        except UnicodeDecodeError:
            pass
    raise DecodeError(f"invalid UTF-8 at byte offset {first_error.start}"
                      + (f" (declared charset {charset} did not decode either)" if charset else "")
                      + (", and no other encoding fits" if guess else ""))
