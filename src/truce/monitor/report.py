"""Verdicts as incidents, daily tables, CSV and JSON.

Reports count *incidents* (reports sharing a cluster), not reports: one
shelling covered by forty outlets is one violation in the daily table.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
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
    def happening(self) -> bool:
        """False when no report tells of a dated happening (only denials, plans or recalled context
        that no happening's incident took in): a mention, not an incident."""
        from truce.monitor.incidents import is_happening

        return any(is_happening(r) for r in self.reports)

    @property
    def relevant(self) -> bool:
        """False for incidents that are not prohibited acts, lie outside every truce, or are mentions."""
        return self.verdict != NOT_COVERED or (self.happening and self.reports[0].rule not in ("acts", "scope"))

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
    out = [make_incident(truce, inc, reports) for (truce, inc), reports in groups.items()]
    out.sort(key=lambda i: (i.day or "", severity(i.verdict), i.id))
    return out


def make_incident(truce: str, inc: str, reports: list[Verdict]) -> Incident:
    """One incident from all its reports (under one truce)."""
    from truce.monitor.incidents import is_happening

    reports.sort(key=lambda v: (severity(v.verdict), not is_happening(v), -v.confidence))
    top = reports[0]
    placed = [r.where() for r in reports]
    name, lat, lon = next((w for w in placed if w[1] is not None), next((w for w in placed if w[0]), (None,) * 3))
    parties = sorted({r.party_name for r in reports if r.party_name and r.verdict == top.verdict})
    return Incident(truce, inc, top.verdict, top.local_day, parties, top.confidence, top.n_sources,
                    top.clause, name, lat, lon, reports)


def incidents_of(parts: Iterable[list[Verdict]]) -> Iterator[Incident]:
    """Incidents from a stream of judged groups (``judge_store``): each group holds whole incidents."""
    for part in parts:
        yield from incidents(part)


class ReviewStream:
    """Analysts' reviews (``truce serve``, ``truce.reviews``) matched to incidents as they stream past:
    each reviewed incident's reports get ``Verdict.review``; ``matched()`` summarises at the end."""

    def __init__(self, con: Any) -> None:
        from truce.reviews import load_reviews

        self.reviews = load_reviews(con)
        self.applied: dict[tuple[str, str], Any] = {}
        self.used: set[int] = set()

    def attach(self, inc: Incident) -> Incident:
        if not self.reviews:
            return inc
        from truce.reviews import evidence_key, match_reviews

        keys = {(inc.truce, inc.id): ({evidence_key(r.event.article_id, r.event.trigger_start)
                                       for r in inc.reports if r.event}, inc.verdict)}
        found = match_reviews(self.reviews, keys)
        for key, applied in found.applied.items():
            self.applied[key] = applied
            for v in inc.reports:
                v.review = applied.to_dict()
        orphans = {id(r) for r in found.orphans}
        self.used |= {id(r) for r in self.reviews if id(r) not in orphans}
        return inc

    def matched(self) -> Any:
        from truce.reviews import Matched

        return Matched(self.applied, [r for r in self.reviews if id(r) not in self.used])


class Tally:
    """Daily counts and totals of a stream of incidents, without keeping the incidents."""

    def __init__(self, all_incidents: bool = False) -> None:
        self.counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.totals: Counter = Counter()
        self.hidden = 0
        self.all_incidents = all_incidents

    def add(self, inc: Incident) -> None:
        if not (self.all_incidents or inc.relevant):
            self.hidden += 1
            return
        self.totals[inc.verdict] += 1
        self.counts[(inc.day or "undated", inc.party_label)][inc.verdict] += 1

    def rows(self) -> list[dict[str, Any]]:
        return [{"day": day, "party": party, **{v: c.get(v, 0) for v in VERDICTS}}
                for (day, party), c in sorted(self.counts.items())]


def daily_counts(items: list[Incident], all_incidents: bool = False) -> list[dict[str, Any]]:
    """One row per (day, party) with the number of incidents of each verdict.

    Unless ``all_incidents``, incidents that are not prohibited acts or lie outside every truce are
    left out, so ``not-covered`` counts prohibited acts the truce does not cover (excluded groups,
    permitted acts, parties not yet bound).
    """
    tally = Tally(all_incidents)
    for inc in items:
        tally.add(inc)
    return tally.rows()


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


def incident_dict(i: Incident) -> dict[str, Any]:
    return {"truce": i.truce, "incident": i.id, "verdict": i.verdict, "day": i.day, "parties": i.parties,
            "confidence": i.confidence, "n_sources": i.n_sources, "clause": i.clause, "place": i.place,
            "lat": i.lat, "lon": i.lon, "happening": i.happening, "reports": [r.event_id for r in i.reports],
            "review": i.reports[0].review}


def to_json(verdicts: list[Verdict]) -> dict[str, Any]:
    items = incidents(verdicts)
    return {
        "summary": dict(Counter(i.verdict for i in items)),
        "daily": daily_counts(items),
        "incidents": [incident_dict(i) for i in items],
        "verdicts": [v.to_dict() for v in verdicts],
    }


def write_json(verdicts: list[Verdict], fh: IO[str]) -> None:
    json.dump(to_json(verdicts), fh, ensure_ascii=False, indent=2)
    fh.write("\n")


def write_json_stream(items: Iterable[Incident], fh: IO[str]) -> int:
    """The JSON report of ``to_json`` written as incidents arrive: verdicts first, then incidents (spooled
    to a temporary file), then summary and daily counts; memory holds one incident at a time."""
    import tempfile

    tally, summary, n = Tally(), Counter(), 0
    fh.write('{\n  "verdicts": [')
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        first = True
        for inc in items:
            tally.add(inc)
            summary[inc.verdict] += 1
            spool.write(json.dumps(incident_dict(inc), ensure_ascii=False) + "\n")
            for v in inc.reports:
                fh.write(("\n    " if first else ",\n    ") + json.dumps(v.to_dict(), ensure_ascii=False))
                first, n = False, n + 1
        fh.write('\n  ],\n  "incidents": [')
        spool.seek(0)
        for k, line in enumerate(spool):
            fh.write(("\n    " if k == 0 else ",\n    ") + line.rstrip("\n"))
    fh.write('\n  ],\n  "summary": ' + json.dumps(dict(summary)) + ',\n  "daily": '
             + json.dumps(tally.rows(), ensure_ascii=False) + "\n}\n")
    return n


def render_table(verdicts: list[Verdict], console: Any, title: str = "Ceasefire monitor") -> None:
    """A rich table: incidents per day and party, by verdict."""
    tally = Tally()
    for inc in incidents(verdicts):
        tally.add(inc)
    render_tally(tally, console, title)


def render_tally(tally: Tally, console: Any, title: str = "Ceasefire monitor") -> None:
    from rich.table import Table

    table = Table(title=title)
    table.add_column("day")
    table.add_column("party")
    for v in VERDICTS:
        table.add_column(v, justify="right")
    for row in tally.rows():
        table.add_row(row["day"], row["party"], *(str(row[v]) if row[v] else "" for v in VERDICTS),
                      style="bold red" if row["violation"] else None)
    console.print(table)
    console.print("incidents: " + ", ".join(f"{v} {tally.totals.get(v, 0)}" for v in VERDICTS)
                  + f"; {tally.hidden} other incidents (not prohibited acts, or outside every truce) not shown",
                  highlight=False)
