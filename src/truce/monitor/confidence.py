"""Confidence of a verdict from independent sources, their agreement and precision.

    confidence = sources x agreement x precision

* sources   = 1 - 0.5 ** n, where n is the number of INDEPENDENT sources that
  support the verdict: reports are first collapsed to the story they copy
  (``original_id``), then to the outlet that published that story, so one wire
  story republished forty times counts once (1 source: 0.5, 2: 0.75, 3: 0.875).
* agreement = n / (n + m), where m counts independent sources that contradict
  it (blame another side, or deny the act).
* precision = time x place factor of the most precise supporting report
  (tables below): a day or a clock time and a city-level place give 1.0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from truce.records import Event

TIME_FACTOR = {"exact": 1.0, "day": 1.0, "reported": 0.8, "week": 0.7, "month": 0.5, "year": 0.3}
PLACE_FACTOR = {"precise": 1.0, "admin1": 0.7, "country": 0.5, "none": 0.4}
DEFAULT_TIME = 0.5

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


def time_factor(event: Event) -> float:
    if event.date and len(event.date) > 10:
        return TIME_FACTOR["exact"]
    return TIME_FACTOR.get(event.date_precision or "day" if event.date else "", DEFAULT_TIME)


def place_factor(event: Event) -> float:
    loc = event.location
    if loc is None or (loc.lat is None and not loc.country):
        return PLACE_FACTOR["none"]
    p = (loc.precision or "").lower()
    if p == "admin1":
        return PLACE_FACTOR["admin1"]
    if p in ("country", "region", "continent") or loc.lat is None:
        return PLACE_FACTOR["country"]
    return PLACE_FACTOR["precise"]


def confidence(support: list[Event], contradict: list[Event], sources: Sources | None) -> tuple[float, int, int]:
    """(confidence, independent supporting sources, independent contradicting sources)."""
    n_keys = count_independent(support, sources)
    m_keys = count_independent(contradict, sources) - n_keys
    n, m = len(n_keys), len(m_keys)
    if n == 0:
        return 0.0, 0, m
    precision = max((time_factor(e) * place_factor(e) for e in support), default=DEFAULT_TIME)
    value = (1 - 0.5 ** n) * (n / (n + m)) * precision
    return round(value, 3), n, m
