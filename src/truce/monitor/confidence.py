"""Confidence of a verdict from independent sources, their agreement and precision.

    confidence = sources x agreement x precision

* sources   = 1 - 0.5 ** n, where n is the number of INDEPENDENT sources that
  support the verdict: reports are first collapsed to the story they copy
  (``original_id``), then to the outlet that published that story, so one wire
  story republished forty times counts once (1 source: 0.5, 2: 0.75, 3: 0.875).
* agreement = n / (n + m), where m counts independent sources that contradict
  it (blame another side, or deny the act).
* precision = time x place factor of the most precise supporting report
  (settings ``[monitor]`` time_factor_* and place_factor_*): a day or a clock time and a
  city-level place give 1.0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from truce.monitor.params import MonitorParams, default_params
from truce.records import Event

Sources = Mapping[str, Mapping[str, Any]]


def root_story(article_id: str, sources: Sources | None) -> str:
    """The article a copy was taken from (following copy-of-copy links)."""
    seen = {article_id}
    current = article_id
    while sources and current in sources:
        original = sources[current].get("original_id")
        if not original or original in seen:
            break
        seen.add(original)
        current = original
    return current


def independent_key(article_id: str, sources: Sources | None) -> str:
    """One key per independent source: the outlet of the original story, else the story itself."""
    root = root_story(article_id, sources)
    outlet = (sources or {}).get(root, {}).get("outlet")
    return f"outlet:{str(outlet).lower()}" if outlet else f"story:{root}"


def count_independent(events: Iterable[Event], sources: Sources | None) -> set[str]:
    return {independent_key(e.article_id, sources) for e in events}


def time_factor(event: Event, params: MonitorParams) -> float:
    if event.date and len(event.date) > 10:
        return params.time_factor["exact"]
    return params.time_factor.get(event.date_precision or "day" if event.date else "", params.default_time)


def place_factor(event: Event, params: MonitorParams) -> float:
    loc = event.location
    if loc is None or (loc.lat is None and not loc.country):
        return params.place_factor["none"]
    p = (loc.precision or "").lower()
    if p == "admin1":
        return params.place_factor["admin1"]
    if p in ("country", "region", "continent") or loc.lat is None:
        return params.place_factor["country"]
    return params.place_factor["precise"]


def confidence(support: list[Event], contradict: list[Event], sources: Sources | None,
               params: MonitorParams | None = None) -> tuple[float, int, int]:
    """(confidence, independent supporting sources, independent contradicting sources)."""
    params = params or default_params()
    n_keys = count_independent(support, sources)
    m_keys = count_independent(contradict, sources) - n_keys
    n, m = len(n_keys), len(m_keys)
    if n == 0:
        return 0.0, 0, m
    precision = max((time_factor(e, params) * place_factor(e, params) for e in support), default=params.default_time)
    value = (1 - params.source_doubt ** n) * (n / (n + m)) * precision
    return round(value, 3), n, m
