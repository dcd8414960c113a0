"""Small helpers shared by the event-coding test modules (imported by name: pytest puts tests/ on the path)."""

from __future__ import annotations

from truce.records import Event


def asserted(pipe, text: str) -> list[Event]:
    """The events a reader counts in ``text``: asserted and not demoted."""
    return [e for e in pipe.code_text(text).events if e.modality.asserted and not e.demoted]
