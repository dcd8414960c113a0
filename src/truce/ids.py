"""Stable identifiers: the same input always gets the same id, across runs and machines."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Unicode-normalised, whitespace-collapsed text; the basis of article identity."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def stable_hash(*parts: str | None, length: int = 16) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


def article_id(text: str, url: str | None = None) -> str:
    return "a" + stable_hash(normalise_text(text), url)


def event_id(article_id: str, trigger_start: int, event_type: str, role_key: str = "") -> str:
    return "e" + stable_hash(article_id, str(trigger_start), event_type, role_key)
