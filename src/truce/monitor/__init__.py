"""The ceasefire monitor: truce definitions, the verdict engine and reports.

    from truce.monitor import load_truce, judge
    chain = load_truce("libya-2026.yaml")
    for v in judge(events, chain, sources):
        print(v.verdict, v.clause, v.reasons)
"""

from __future__ import annotations

from truce.monitor.confidence import independent_key
from truce.monitor.definition import Problem, TruceFileError, load_truce, loads_truce
from truce.monitor.model import Truce, TruceChain
from truce.monitor.stream import judge, judge_store
from truce.monitor.verdict import (
    CONTESTED,
    NOT_COVERED,
    POSSIBLE,
    UNATTRIBUTED,
    VERDICTS,
    VIOLATION,
    Verdict,
)

__all__ = [
    "CONTESTED", "NOT_COVERED", "POSSIBLE", "UNATTRIBUTED", "VERDICTS", "VIOLATION", "Problem", "Truce",
    "TruceChain", "TruceFileError", "Verdict", "example_truce", "independent_key", "judge", "judge_store", "load_truce",
    "loads_truce",
]


def example_truce(name: str = "libya-2026"):
    """A truce file shipped with truce (``src/truce/data/truces/NAME.yaml``), loaded."""
    from importlib.resources import files

    return load_truce(str(files("truce") / "data" / "truces" / f"{name}.yaml"))
