"""Progress of slow steps, reported by the library and shown by whoever listens (the CLI's bar).

The library never prints. A slow step (loading the spaCy model or the gazetteer, coding
a batch) is wrapped in ``with step("loading gazetteer"):``; a listener registered with
``listening(callback)`` gets each step's description when it starts, and the enclosing
step's again when a step inside it ends ("coding 64 new articles", "loading gazetteer",
"coding 64 new articles"), or "" when the outermost step ends. Nothing listens by
default, so a step costs one list check. Listeners are per process: worker processes
(``--processes N``) load their models unseen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[str], None]
_listeners: list[Listener] = []
_open: list[str] = []  # the steps under way, outermost first


def _announce(description: str) -> None:
    for listener in list(_listeners):
        listener(description)


@contextmanager
def step(description: str) -> Iterator[None]:
    """Announce a slow step to the listeners, run it, then announce again the step it was part of."""
    _open.append(description)
    _announce(description)
    try:
        yield
    finally:
        _open.pop()
        _announce(_open[-1] if _open else "")  # "": no step under way any more


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Call ``listener(description)`` for every step started inside the block."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)
