"""Hand-made events at Sirte for the monitor's rule tests, judged against the sample Libya truce file.

Shared by the allegation, exchange and incident-report tests so that one event shape (an ASSAULT by
firearms in Sirte on 5 March 2026, its trigger right after its sentence start) is written once; each test
changes only what its rule reads."""

from __future__ import annotations

import itertools

from truce.monitor import judge
from truce.records import ActorRef, Event, EventLocation, Modality

GNU = ActorRef("government forces", country="LBY", sector="MIL")
LNF = ActorRef("LNF fighters", country="LBY", sector="REB", name="Libyan National Front")
SIRTE = EventLocation(name="Sirte", lat=31.2089, lon=16.5887, country="LBY", precision="city", rule="sentence")
_ids = itertools.count()


def sirte_event(actor: ActorRef | None, sentence: str, *, claimant: str | None = None, cluster: str | None = None,
                date: str = "2026-03-05", precision: str = "day", article: str = "a1", start: int = 0,
                event: str = "ASSAULT") -> Event:
    """One report; ``claimant`` makes it a claimed account of that speaker."""
    e = Event(id=f"s{next(_ids)}", article_id=article, event=event, mode="firearms", actor=[actor] if actor else [],
              sentence=sentence, location=SIRTE, date=date, date_precision=precision, cluster_id=cluster,
              modality=Modality(claimed=claimant is not None, claimant=claimant))
    e.sentence_start, e.trigger_start = start, start + 1
    e.trigger_end = e.trigger_start + 3
    return e


def verdicts_by_id(events: list[Event], chain) -> dict:
    """The monitor's verdicts on ``events``, keyed by event id."""
    return {v.event_id: v for v in judge(events, chain)}
