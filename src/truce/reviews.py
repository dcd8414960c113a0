"""Analysts' reviews of verdicts: confirmed or overruled, with a note and a name.

Reviews live in the store's ``reviews`` table (schema migration 3), append-only:
a new review of the same incident is a new row, and the latest one governs.

Why reviews are not keyed by the cluster id alone: cluster ids change when the
dedup stage re-clusters (new reports join, an incident splits), and event ids
change when re-coding gives a trigger another type. What does not change is the
evidence: an article id is a hash of the article's text, and a trigger sits at
the same character offset of that text. So a review records the *evidence keys*
(``article_id@trigger_start``) of every report the analyst saw, and is matched
back to the current incidents by shared evidence:

* the incident holds exactly the reviewed reports: the review applies as it was;
* it shares some of them (the incident gained or lost reports, or was split):
  the review still applies, flagged ``changed`` with the counts, for the analyst to re-check;
* the machine verdict now differs from the one reviewed: flagged ``machine_changed``;
* nothing shares its evidence (the articles were removed): the review is an orphan,
  listed, never silently dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from truce.errors import TruceError
from truce.ids import stable_hash
from truce.settings import default_settings

CONFIRMED = "confirmed"
OVERRULED = "overruled"
DECISIONS = (CONFIRMED, OVERRULED)

_COLUMNS = ("id", "truce", "incident", "event_ids", "evidence", "machine_verdict", "decision", "verdict",
            "note", "reviewer", "created_at")


class ReviewError(TruceError, ValueError):
    """A review is incomplete or inconsistent (unknown decision, no reviewer, overrule without a verdict)."""


def evidence_key(article_id: str, trigger_start: int | None) -> str:
    """The stable key of one report: the article (content hash) and the trigger's character offset."""
    return f"{article_id}@{-1 if trigger_start is None else int(trigger_start)}"


@dataclass(frozen=True)
class Review:
    """One stored review row."""

    id: str
    truce: str  # the truce chain's name, as in ``Verdict.truce``
    incident: str  # the incident id when reviewed (informational: it may change)
    event_ids: tuple[str, ...]
    evidence: tuple[str, ...]  # evidence keys of the reports reviewed
    machine_verdict: str | None  # what the machine said when the analyst reviewed it
    decision: str  # confirmed | overruled
    verdict: str | None  # the verdict the analyst holds (the machine's when confirmed)
    note: str = ""
    reviewer: str = ""
    created_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "truce": self.truce, "incident": self.incident, "event_ids": list(self.event_ids),
                "evidence": list(self.evidence), "machine_verdict": self.machine_verdict,
                "decision": self.decision, "verdict": self.verdict, "note": self.note, "reviewer": self.reviewer,
                "created_at": self.created_at.isoformat(sep=" ", timespec="seconds") if self.created_at else None}


@dataclass
class AppliedReview:
    """The review that governs one current incident, and how the incident changed since."""

    review: Review
    n_reviewed: int  # reports the review named
    n_shared: int  # of those, still in this incident
    n_current: int  # reports the incident has now
    machine_verdict: str | None  # the machine's verdict now
    history: list[Review] = field(default_factory=list)  # every review touching the incident, newest first

    @property
    def changed(self) -> bool:
        """The incident no longer holds exactly the reports the analyst reviewed."""
        return not (self.n_shared == self.n_reviewed == self.n_current)

    @property
    def machine_changed(self) -> bool:
        return self.review.machine_verdict != self.machine_verdict

    @property
    def verdict(self) -> str | None:
        """The verdict that stands after review."""
        return self.review.verdict

    def to_dict(self) -> dict[str, Any]:
        r = self.review
        return {"decision": r.decision, "verdict": r.verdict, "reviewer": r.reviewer, "note": r.note,
                "created_at": r.to_dict()["created_at"], "review_id": r.id,
                "reviewed_machine_verdict": r.machine_verdict, "machine_changed": self.machine_changed,
                "changed": self.changed, "n_reviewed": self.n_reviewed, "n_shared": self.n_shared,
                "n_current": self.n_current, "history": [h.to_dict() for h in self.history]}


def has_reviews_table(con: Any) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'reviews'").fetchone()
    return bool(row[0])


def add_review(con: Any, *, truce: str, incident: str, reports: Iterable[tuple[str, str, int | None]],
               machine_verdict: str | None, decision: str, verdict: str | None = None, note: str = "",
               reviewer: str = "", now: datetime | None = None, max_name: int | None = None,
               max_note: int | None = None) -> Review:
    """Append one review; ``reports`` are (event_id, article_id, trigger_start) of the incident's reports.
    ``max_name``, ``max_note``: the longest reviewer name and note (``[web] review_max_*_chars``).

    A confirmation holds the machine's verdict; an overrule must name another verdict.
    """
    from truce.monitor.verdict import VERDICTS

    reviewer = (reviewer or "").strip()
    note = (note or "").strip()
    if decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    if not reviewer:
        raise ReviewError("a review needs the reviewer's name")
    web = default_settings().web
    max_name = web.review_max_name_chars if max_name is None else max_name
    max_note = web.review_max_note_chars if max_note is None else max_note
    if len(reviewer) > max_name or len(note) > max_note:
        raise ReviewError(f"reviewer name (max {max_name}) or note (max {max_note} characters) too long")
    if decision == CONFIRMED:
        verdict = machine_verdict
    elif verdict not in VERDICTS:
        raise ReviewError(f"an overrule names the verdict that stands instead: one of {', '.join(VERDICTS)}")
    elif verdict == machine_verdict:
        raise ReviewError("an overrule must name a verdict other than the machine's (or confirm it)")
    if not truce:
        raise ReviewError("a review names the truce it judges against")
    reports = sorted(set(reports), key=lambda r: (r[1], r[2] if r[2] is not None else -1, r[0]))
    if not reports:
        raise ReviewError("a review needs the incident's reports")
    event_ids = tuple(r[0] for r in reports)
    evidence = tuple(sorted({evidence_key(r[1], r[2]) for r in reports}))
    now = now or datetime.now().replace(microsecond=0)
    rid = "r" + stable_hash(truce, incident, *evidence, decision, verdict, note, reviewer, now.isoformat())
    con.execute("INSERT INTO reviews (id, truce, incident, event_ids, evidence, machine_verdict, decision, "
                "verdict, note, reviewer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [rid, truce, incident, list(event_ids), list(evidence), machine_verdict, decision, verdict, note,
                 reviewer, now])
    return Review(rid, truce, incident, event_ids, evidence, machine_verdict, decision, verdict, note, reviewer,
                  now)


def load_reviews(con: Any) -> list[Review]:
    """Every review, oldest first (an empty list for a store made before reviews existed)."""
    if not has_reviews_table(con):
        return []
    rows = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM reviews ORDER BY created_at, id").fetchall()
    return [Review(r[0], r[1], r[2], tuple(r[3] or ()), tuple(r[4] or ()), r[5], r[6], r[7], r[8] or "",
                   r[9] or "", r[10]) for r in rows]


@dataclass
class Matched:
    """Reviews matched to current incidents."""

    applied: dict[tuple[str, str], AppliedReview]  # (truce, incident id) -> governing review
    orphans: list[Review]  # reviews whose evidence no current incident holds


def match_reviews(reviews: Iterable[Review],
                  incidents: Mapping[tuple[str, str], tuple[set[str], str | None]]) -> Matched:
    """Find, for each current incident ``(truce, id) -> (evidence keys, machine verdict)``, its review.

    A review applies to every incident sharing at least one evidence key with it under the same truce
    (an incident split in two keeps the review on both halves, each flagged ``changed``). The newest
    review touching an incident governs it.
    """
    owner: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (truce, key) -> incidents
    for (truce, inc), (keys, _verdict) in incidents.items():
        for key in keys:
            owner[(truce, key)].append((truce, inc))
    touching: dict[tuple[str, str], list[tuple[Review, int]]] = defaultdict(list)
    orphans = []
    for review in reviews:
        shared: dict[tuple[str, str], int] = defaultdict(int)
        for key in review.evidence:
            for inc in owner.get((review.truce, key), ()):
                shared[inc] += 1
        if not shared:
            orphans.append(review)
        for inc, n in shared.items():
            touching[inc].append((review, n))
    applied = {}
    for inc, found in touching.items():
        found.sort(key=lambda rn: (rn[0].created_at or datetime.min, rn[0].id), reverse=True)
        review, n = found[0]
        keys, verdict = incidents[inc]
        applied[inc] = AppliedReview(review, len(review.evidence), n, len(keys), verdict,
                                     [r for r, _ in found])
    return Matched(applied, orphans)


def attach_reviews(verdicts: list[Any], con: Any) -> Matched:
    """Set ``Verdict.review`` on every report of each reviewed incident (for ``truce monitor``'s reports).

    Incidents are grouped as the monitor groups them (truce, incident id), with the most serious report
    verdict as the machine's verdict of the incident.
    """
    from truce.monitor.report import incidents

    groups = {(inc.truce, inc.id): inc for inc in incidents(verdicts)}
    keys = {k: ({evidence_key(r.event.article_id, r.event.trigger_start) for r in inc.reports if r.event},
                inc.verdict) for k, inc in groups.items()}
    matched = match_reviews(load_reviews(con), keys)
    for key, applied in matched.applied.items():
        for v in groups[key].reports:
            v.review = applied.to_dict()
    return matched


def summary_line(matched: Matched) -> str:
    """One line for the monitor's table: how many incidents analysts confirmed or overruled."""
    found = list(matched.applied.values())
    confirmed = sum(1 for a in found if a.review.decision == CONFIRMED)
    overruled = sum(1 for a in found if a.review.decision == OVERRULED)
    changed = sum(1 for a in found if a.changed or a.machine_changed)
    line = f"reviews: {confirmed} incidents confirmed, {overruled} overruled"
    if changed:
        line += f" ({changed} changed since their review: re-check)"
    if matched.orphans:
        line += f"; {len(matched.orphans)} review(s) match no current incident"
    return line
