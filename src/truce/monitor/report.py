"""Verdicts as incidents, daily tables, CSV and JSON.

Reports count *incidents* (reports sharing a cluster), not reports: one
shelling covered by forty outlets is one violation in the daily table.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from truce.monitor.verdict import NOT_COVERED, VERDICTS, Verdict

CSV_FIELDS = ("truce", "incident", "event_id", "article_id", "local_day", "date", "date_precision", "verdict",
              "party", "party_name", "actor", "event", "mode", "place", "lat", "lon", "clause", "rule",
              "confidence", "n_sources", "n_contradicting", "claimant", "claimants", "reasons", "sentence",
              "review_decision", "review_verdict", "reviewer", "review_note")


@dataclass
class Incident:
    """All reports of one happening under one truce, with the most serious verdict among them."""

    truce: str
    id: str
    verdict: str
    day: str | None
    parties: list[str]
    confidence: float
    n_sources: int
    clause: str
    place: str | None
    lat: float | None
    lon: float | None
    reports: list[Verdict] = field(default_factory=list)

    @property
    def relevant(self) -> bool:
        """False for incidents that are not prohibited acts or lie outside every truce."""
        return self.verdict != NOT_COVERED or (bool(self.reports) and self.reports[0].rule not in ("acts", "scope"))

    @property
    def party_label(self) -> str:
        """Parties blamed; for an incident outside the truce, the actor as the truce sees it."""
        if self.parties:
            return ", ".join(self.parties)
        if self.verdict == NOT_COVERED and self.reports and self.reports[0].actor:
            return self.reports[0].actor
        return "unattributed"


def severity(verdict: str) -> int:
    return VERDICTS.index(verdict) if verdict in VERDICTS else len(VERDICTS)


def incidents(verdicts: Iterable[Verdict]) -> list[Incident]:
    """Group reports into incidents, most serious verdict first within each day."""
    groups: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
    for v in verdicts:
        groups[(v.truce, v.incident)].append(v)
    out = []
    for (truce, inc), reports in groups.items():
        reports.sort(key=lambda v: (severity(v.verdict), -v.confidence))
        top = reports[0]
        located = next((r for r in reports if r.event and r.event.location and r.event.location.lat is not None),
                       None)
        loc = located.event.location if located else None
        parties = sorted({r.party_name for r in reports if r.party_name and r.verdict == top.verdict})
        out.append(Incident(truce, inc, top.verdict, top.local_day, parties, top.confidence, top.n_sources,
                            top.clause, loc.name if loc else None, loc.lat if loc else None,
                            loc.lon if loc else None, reports))
    out.sort(key=lambda i: (i.day or "", severity(i.verdict), i.id))
    return out


def daily_counts(items: list[Incident], all_incidents: bool = False) -> list[dict[str, Any]]:
    """One row per (day, party) with the number of incidents of each verdict.

    Unless ``all_incidents``, incidents that are not prohibited acts or lie outside every truce are
    left out, so ``not-covered`` counts prohibited acts the truce does not cover (excluded groups,
    permitted acts, parties not yet bound).
    """
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for inc in items:
        if not (all_incidents or inc.relevant):
            continue
        counts[(inc.day or "undated", inc.party_label)][inc.verdict] += 1
    return [{"day": day, "party": party, **{v: c.get(v, 0) for v in VERDICTS}}
            for (day, party), c in sorted(counts.items())]


def write_csv(verdicts: Iterable[Verdict], fh: IO[str]) -> int:
    writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for v in verdicts:
        row = v.to_dict()
        row["reasons"] = " | ".join(row["reasons"])
        row["claimants"] = " | ".join(row["claimants"])
        writer.writerow(row)
        n += 1
    return n


def to_json(verdicts: list[Verdict]) -> dict[str, Any]:
    items = incidents(verdicts)
    return {
        "summary": dict(Counter(i.verdict for i in items)),
        "daily": daily_counts(items),
        "incidents": [{"truce": i.truce, "incident": i.id, "verdict": i.verdict, "day": i.day,
                       "parties": i.parties, "confidence": i.confidence, "n_sources": i.n_sources,
                       "clause": i.clause, "place": i.place, "lat": i.lat, "lon": i.lon,
                       "reports": [r.event_id for r in i.reports], "review": i.reports[0].review} for i in items],
        "verdicts": [v.to_dict() for v in verdicts],
    }


def write_json(verdicts: list[Verdict], fh: IO[str]) -> None:
    json.dump(to_json(verdicts), fh, ensure_ascii=False, indent=2)
    fh.write("\n")


def render_table(verdicts: list[Verdict], console: Any, title: str = "Ceasefire monitor") -> None:
    """A rich table: incidents per day and party, by verdict."""
    from rich.table import Table

    items = incidents(verdicts)
    rows = daily_counts(items)
    table = Table(title=title)
    table.add_column("day")
    table.add_column("party")
    for v in VERDICTS:
        table.add_column(v, justify="right")
    for row in rows:
        table.add_row(row["day"], row["party"], *(str(row[v]) if row[v] else "" for v in VERDICTS),
                      style="bold red" if row["violation"] else None)
    console.print(table)
    totals = Counter(i.verdict for i in items if i.relevant)
    hidden = sum(1 for i in items if not i.relevant)
    console.print("incidents: " + ", ".join(f"{v} {totals.get(v, 0)}" for v in VERDICTS)
                  + f"; {hidden} other incidents (not prohibited acts, or outside every truce) not shown",
                  highlight=False)
