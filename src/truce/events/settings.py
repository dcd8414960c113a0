"""The ``[events]`` settings of the extractor now coding, for the parse helpers deep in the stage.

``EventExtractor`` reads ``config.settings.events`` once; the dependency helpers (noun-phrase
limits, subject inheritance, role depths, the order of trigger candidates) are called many calls
below it, with no config in reach. ``EventExtractor.extract`` runs inside ``coding_with(settings)``,
so a user's ``--config`` values reach them too; outside it they read the shipped defaults.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from truce.settings import Section, default_settings

_ACTIVE: ContextVar[Section | None] = ContextVar("truce_events_settings", default=None)


def events_settings() -> Section:
    """The ``[events]`` table in effect: the running extractor's, else the shipped defaults."""
    active = _ACTIVE.get()
    return active if active is not None else default_settings().events


@contextmanager
def coding_with(settings: Section) -> Iterator[None]:
    """Make ``settings`` (an ``[events]`` table) the one ``events_settings()`` returns while inside."""
    token = _ACTIVE.set(settings)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
