"""The Verdict record: one event judged against one truce chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from truce.records import Event

VIOLATION = "violation"
UNATTRIBUTED = "violation-unattributed"
POSSIBLE = "possible"
NOT_COVERED = "not-covered"
CONTESTED = "contested"
VERDICTS = (VIOLATION, UNATTRIBUTED, CONTESTED, POSSIBLE, NOT_COVERED)  # most to least serious


@dataclass
class Verdict:
    """What one event report means for one truce (chain), and why."""

    event_id: str
    article_id: str
    incident: str  # cluster_id, or the event id when the report stands alone
    truce: str  # the chain (file) judged against
    clause: str  # which unit of the chain applied: "nationwide > sabha-extension" ('' if none)
    rule: str  # the rule that decided: "prohibited: ASSAULT any mode", "scope: time", ...
    verdict: str  # one of VERDICTS
    reasons: list[str] = field(default_factory=list)
    confidence: float = 0.0
    party: str | None = None  # id of the party blamed
    party_name: str | None = None
    side: str | None = None
    actor: str = ""  # who the report says did it, as the truce sees it
    claimant: str = ""  # who says so (claimant, outlet or article)
    claimants: list[str] = field(default_factory=list)  # for contested incidents: every side's claim
    n_sources: int = 0  # independent sources supporting this verdict's account
    n_contradicting: int = 0
    also_in_force: list[str] = field(default_factory=list)
    local_day: str | None = None  # the local calendar day (truce zone), for daily tables
    denial: bool = False  # a party denying a prohibited act it is accused of
    accusation: bool = False  # an ACCUSE report blaming a party for the incident
    event: Event | None = field(default=None, repr=False, compare=False)
    review: dict[str, Any] | None = None  # an analyst's review of this report's incident (truce.reviews)
    filed_from: str | None = None  # the dateline's town, when it is all that places the event
    # Working state for the incident rules (not reported): the governing scope, how the actor stood,
    # the doubts that made a violation "possible", and the time phase ("before"/"after" the truce).
    scope: Any = field(default=None, repr=False, compare=False)
    who: Any = field(default=None, repr=False, compare=False)
    doubts: list[tuple[str, str]] = field(default_factory=list, repr=False, compare=False)  # (kind, reason)
    phase: str = field(default="", repr=False, compare=False)
    # the event coder demoted the report as a non-political reading (below the run's relevance_counted)
    non_political: bool = field(default=False, repr=False, compare=False)

    @property
    def is_violation(self) -> bool:
        return self.verdict in (VIOLATION, UNATTRIBUTED)

    def where(self) -> tuple[str | None, float | None, float | None]:
        """(place, lat, lon) of the event as located. A report placed only by its story's dateline
        (``filed_from``) is not said to have happened in that town: its place is its country, with no point."""
        loc = self.event.location if self.event else None
        if loc is not None and self.filed_from:
            return (loc.country or loc.name, None, None)
        return (loc.name, loc.lat, loc.lon) if loc is not None else (None, None, None)

    def to_dict(self) -> dict[str, Any]:
        """Flat JSON-ready dict (the event's evidence included, the Event object not)."""
        e = self.event
        place, lat, lon = self.where()
        return {
            "event_id": self.event_id, "article_id": self.article_id, "incident": self.incident,
            "truce": self.truce, "clause": self.clause, "rule": self.rule, "verdict": self.verdict,
            "reasons": list(self.reasons), "confidence": self.confidence, "party": self.party,
            "party_name": self.party_name, "actor": self.actor, "claimant": self.claimant,
            "claimants": list(self.claimants), "n_sources": self.n_sources,
            "n_contradicting": self.n_contradicting, "also_in_force": list(self.also_in_force),
            "local_day": self.local_day, "denial": self.denial, "accusation": self.accusation,
            "date": e.date if e else None, "date_precision": e.date_precision if e else None,
            "event": e.event if e else None, "mode": e.mode if e else None,
            "sentence": e.sentence if e else "", "place": place, "lat": lat, "lon": lon,
            "country": self.event.location.country if e and e.location else None, "filed_from": self.filed_from,
            "review_decision": self.review["decision"] if self.review else None,
            "review_verdict": self.review["verdict"] if self.review else None,
            "reviewer": self.review["reviewer"] if self.review else None,
            "review_note": self.review["note"] if self.review else None,
        }
