"""One five-way CAMEO class per sentence, from the CAMEO roots of the events coded in it.

Users of ICEWS/Phoenix-style data often want one class per sentence (statement or appeal, verbal
cooperation, material cooperation, verbal conflict, material conflict). truce codes every event of a
sentence; the sentence's class is that of its **main event**: one reported as having happened (or
negated) before one that is future/hypothetical, a kept report before a demoted candidate, the main clause
before embedded ones, a reported act before a negated one at the same depth, then the most confident. A sentence with no event is class 0 (nothing beyond a
statement); one whose acts are all announced or refused takes the class CAMEO gives the announcement
or refusal (intent to cooperate, threat, rejection: ``cameo_classes.yaml: unasserted``); one whose main
act is claimed by its own actor ("X claimed responsibility for the attack") is a statement (CAMEO 015). The
root-to-class table is data (``data/events/cameo_classes.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from truce.errors import DataFileError
from truce.knowledge import load_yaml, shipped, valid_source
from truce.records import Event
from truce.settings import default_settings

STATEMENT = 0


@lru_cache(maxsize=1)
def _data() -> dict:
    node = shipped("events", "cameo_classes.yaml")
    data = load_yaml(node, expect=dict)
    if not valid_source(data.get("source")):
        raise DataFileError(node, "missing or unknown provenance", field="source")
    unasserted = data.get("unasserted") or {}
    if not isinstance(unasserted, dict) or set(unasserted) - {"future", "negated"}:
        raise DataFileError(node, "expected a mapping with keys future and negated", field="unasserted")
    return {"roots": {str(k).zfill(2): int(v) for k, v in (data.get("roots") or {}).items()},
            "names": {int(k): str(v) for k, v in (data.get("names") or {}).items()},
            "unasserted": {kind: {int(k): int(v) for k, v in (table or {}).items()} for kind, table in unasserted.items()},
            "refusal_cues": frozenset(str(w).lower() for w in data.get("refusal_cues") or ())}


@lru_cache(maxsize=1)
def means_to_ends() -> dict[str, frozenset[str]]:
    """Means and the acts they yield to as a sentence's main event (``events/main_event.yaml``): keys are
    a type or type/mode ('MOBILIZE', 'PROTEST/demo'), values the types of the acts that outrank them."""
    node = shipped("events", "main_event.yaml")
    data = load_yaml(node, expect=dict)
    if not valid_source(data.get("source")):
        raise DataFileError(node, "missing or unknown provenance", field="source")
    table = data.get("means_to_ends") or {}
    if not isinstance(table, dict):
        raise DataFileError(node, "expected a mapping of type (or type/mode) to types", field="means_to_ends")
    return {str(k): frozenset(str(t) for t in v or ()) for k, v in table.items()}


def _table() -> tuple[dict[str, int], dict[int, str]]:
    return _data()["roots"], _data()["names"]


def five_way(root: str | None) -> int:
    """The five-way class of a CAMEO root ('19' -> 4); no root is a statement (0)."""
    if not root:
        return STATEMENT
    return _table()[0].get(str(root)[:2].zfill(2), STATEMENT)


def class_name(value: int) -> str:
    return _table()[1].get(value, str(value))


def _rank(ev: Event) -> tuple[bool, bool, int, bool, float, int]:
    """A negated act competes with reported ones on clause depth: "there were no air raids on the town
    since the agreement was signed" is about the raids that did not happen, not the signing told in a
    clause below them; at the same depth the reported act still wins. Planned and hypothetical acts
    still come after every reported one."""
    depth = ev.clause_depth if ev.clause_depth >= 0 else 99
    negated = ev.modality.negated and not ev.modality.future and not ev.modality.hypothetical
    return (ev.modality.asserted or negated, not ev.demoted, -depth, ev.modality.asserted, ev.confidence,
            -ev.trigger_start)


def main_event(events: Iterable[Event]) -> Event | None:
    """The event a one-event-per-sentence coder would report (see the module docstring)."""
    return max(events, key=_rank, default=None)


def sentence_class(events: Iterable[Event], min_relevance: float | None = None) -> int:
    """The five-way class of the sentence these events were coded from: its main event among those
    reported as having happened that are political readings (``relevance`` at least ``min_relevance``:
    settings ``[events] relevance_counted``; a demoted weak candidate still counts); without one, the
    announced or refused act (``unasserted_class``); an only considered act is no event."""
    if min_relevance is None:
        min_relevance = default_settings().events.relevance_counted
    political = [e for e in events if not e.non_political(min_relevance)]
    ev = main_event(e for e in political if e.modality.asserted)
    if ev is not None:
        if ev.modality.claim_kind == "responsibility":
            return STATEMENT  # CAMEO 015: a claim of responsibility is the statement coded, not the act
        return five_way(ev.cameo_root)
    return unasserted_class(main_event(e for e in political if not e.demoted))


def unasserted_class(ev: Event | None) -> int:
    """The class a sentence gets from an act not (yet) reported as done: an announced intention is a
    verbal act, a refused or failed cooperation a rejection (``cameo_classes.yaml: unasserted``)."""
    if ev is None or ev.modality.hypothetical:
        return STATEMENT
    kind = "negated" if ev.modality.negated else "future" if ev.modality.future else None
    if kind is None:
        return STATEMENT
    if kind == "negated" and not set((ev.modality.cue or "").lower().split()) & _data()["refusal_cues"]:
        return STATEMENT  # 'denied supplying', 'have not released': a denial or a plain negation
    return _data()["unasserted"].get(kind, {}).get(five_way(ev.cameo_root), STATEMENT)
