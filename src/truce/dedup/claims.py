"""Casualty figures claimed in a report's sentence, so disagreeing tolls are kept side by side.

One parser for every casualty figure: the claims stage's (``truce.claims.casualties``), which also
fills ``Event.casualties`` at coding time. ``cluster_claims`` keeps one row per figure and report
(attribute ``killed``, ``injured``, ``abducted`` or ``arrested``; value ``7`` or a range ``5-7``) with
the report's claimant, so "seven killed, state media said" and "nine killed, the monitor said" both stay.
"""

from __future__ import annotations

from truce.claims.casualties import parse_casualties
from truce.records import Casualty


def figure(c: Casualty) -> str:
    """A figure as a claim value: "7", or "24-99" for a range."""
    return str(c.count) if c.high is None else f"{c.count}-{c.high}"


def casualty_claims(sentence: str) -> list[tuple[str, str]]:
    """(kind, figure) pairs such as ("killed", "7") read from "seven people were killed"."""
    return sorted({(c.kind, figure(c)) for c in parse_casualties(sentence)})
