"""Event-coding evaluation against gold JSONL (format 1 of the shared eval README).

Matching (documented in docs/events.md): per record (records sharing a text are merged), an output
event matches a gold event of the same PLOVER type, greedily one-to-one; only asserted events count.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from truce.evaluate.gold import iter_split
from truce.events.article import is_background
from truce.events.classes import main_event
from truce.ingest import read_text
from truce.pipeline import Pipeline
from truce.records import EVENT_TYPES, ActorRef, Event

# Scoring conventions shared with the gold-span evaluation (truce.evaluate.actors): legacy CAMEO forms,
# and the gold (PLOVER 0.5b1) has no UNO/EUR, so those count as IGO.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UNO": "IGO", "EUR": "IGO"}
# CAMEO's insurgent sector is PLOVER's REB.
LEGACY_SECTORS = {"INS": "REB"}


def load_gold(gold_path: str | Path, limit: int | None = None, split: str | None = None) -> list[dict[str, Any]]:
    """Gold records, those sharing a text merged into one (their events pooled).

    ``split`` ``even``/``odd`` keeps the records whose first line has that index parity (0-based):
    rules are tuned on the even half and checked on the odd half. Gold events whose ``event`` is null
    are dropped (``null_events`` counts them per record); a record left with no event still counts."""
    groups: dict[str, dict[str, Any]] = {}
    for n, rec in iter_split(gold_path, limit):
        events = [e for e in rec.get("events") or [] if e.get("event")]
        null_events = len(rec.get("events") or []) - len(events)
        key = rec["text"].strip()
        if key in groups:
            groups[key]["events"].extend(events)
            groups[key]["ids"].append(rec["id"])
            groups[key]["null_events"] += null_events
        else:
            groups[key] = {"ids": [rec["id"]], "line": n, "text": rec["text"], "date": rec.get("date"),
                           "events": events, "null_events": null_events}
    out = list(groups.values())
    if split in ("even", "odd"):
        out = [r for r in out if r["line"] % 2 == (0 if split == "even" else 1)]
    return out


# Function words never make two actor spans "the same actor" ("the rebels" vs. "the government").
_STOP = {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by", "its", "their",
         "his", "her", "s", "'s", "some", "two", "three", "several", "both", "other", "who", "which", "that"}


def content_words(text: str) -> set[str]:
    words = (w.strip(".,\"()").removesuffix("'s").removesuffix("\u2019s").strip("'").lower() for w in text.split())
    return {w for w in words if w and w not in _STOP}


def ref_words(ref: ActorRef) -> set[str]:
    """A role's content words: its own and, for a reference ("we" in a quote, "the group"), those of
    what it was resolved to (``ActorRef.coref``, shown with the event)."""
    return content_words(ref.text) | content_words(ref.coref or "")


def _overlap(pred: ActorRef, gold: dict[str, Any]) -> int:
    return len(ref_words(pred) & content_words(gold.get("text") or ""))


def align_actors(preds: list[ActorRef], golds: list[dict[str, Any]]) -> list[tuple[ActorRef, dict[str, Any]]]:
    """One-to-one pairs of predicted and gold actors sharing a content word, largest overlap first."""
    cands = sorted(((_overlap(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)),
                   key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for n, i, j in cands:
        if n and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((preds[i], golds[j]))
    return pairs


def _code(value: str | None) -> str | None:
    return LEGACY_CODES.get(value, value) if value else None


def _affinity(ev: Event, gold: dict[str, Any]) -> int:
    """How well a prediction fits a gold event of its type: shared content words between the gold
    participants and the predicted ones, and between the gold trigger words and the predicted trigger
    phrase. Only decides WHICH same-type gold event a prediction is paired with in a multi-event
    record (how many pairs there are, hence P/R/F1, does not depend on it)."""
    pred_words = content_words(" ".join(a.text for a in ev.actor + ev.recipient))
    gold_words = content_words(" ".join(a.get("text") or "" for a in (gold.get("actor") or []) + (gold.get("recipient") or [])))
    trig = content_words(gold.get("evidence") or "") & content_words(ev.event_text or ev.trigger)
    return len(pred_words & gold_words) + 2 * len(trig)


def _match(preds: list[Event], golds: list[dict[str, Any]]) -> list[tuple[Event, dict[str, Any]]]:
    """Greedy one-to-one matching on event type (highest-confidence prediction first); among gold
    events of the same type, the one sharing most participants/trigger words (first on ties)."""
    pairs = []
    free = list(golds)
    for ev in sorted(preds, key=lambda e: -e.confidence):
        same = [g for g in free if g["event"] == ev.event]
        gold = max(same, key=lambda g: _affinity(ev, g)) if same else None
        if gold is not None:
            free.remove(gold)
            pairs.append((ev, gold))
    return pairs


class _Tally:
    """Counters filled record by record."""

    def __init__(self, include_background: bool = True, include_demoted: bool = False) -> None:
        self.include_background = include_background
        self.include_demoted = include_demoted
        self.demoted = Counter()
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()
        self.mode = Counter()
        self.roles = {r: Counter() for r in ("actor", "recipient")}
        self.coverage = Counter()
        self.confusion: dict[str, Counter[str]] = defaultdict(Counter)
        self.errors: list[dict[str, Any]] = []
        self.primary = Counter()
        self.primary_confusion: dict[str, Counter[str]] = defaultdict(Counter)  # gold type -> main event's type
        self.skipped_null = 0

    def add(self, rec: dict[str, Any], events: list[Event]) -> None:
        preds = [e for e in events if e.modality.asserted and (self.include_background or not is_background(e))]
        demoted = [e for e in preds if e.demoted]
        if not self.include_demoted:
            preds = [e for e in preds if not e.demoted]
        golds = rec["events"]
        self.skipped_null += rec.get("null_events", 0)
        if golds:  # the sentence's main event (truce.events.classes) has one of the gold types
            main = main_event(preds)
            self.primary["n"] += 1
            self.primary["correct"] += main is not None and main.event in {g["event"] for g in golds}
            gold_types = {g["event"] for g in golds}
            said = main.event if main is not None else "NONE"
            self.primary_confusion[said if said in gold_types else golds[0]["event"]][said] += 1
        pairs = _match(preds, golds)
        matched_p = {id(e) for e, _ in pairs}
        role_errors = []
        for e, g in pairs:
            self.tp[e.event] += 1
            self._mode(e, g)
            role_errors += self._roles(e, g)
        for e in preds:
            if id(e) not in matched_p:
                self.fp[e.event] += 1
        matched_g = {id(g) for _, g in pairs}
        missed = [g for g in golds if id(g) not in matched_g]
        if not self.include_demoted:  # would the demoted candidates have found what was missed?
            self.demoted["candidates"] += len(demoted)
            self.demoted["would_match"] += len(_match(demoted, missed))
        for g in missed:
            self.fn[g["event"]] += 1
        if len(golds) == 1:
            pred_types = sorted({e.event for e in preds}) or ["NONE"]
            for t in pred_types:
                self.confusion[golds[0]["event"]][t] += 1
        for e in preds:
            for ref in e.actor + e.recipient:
                self.coverage["spans"] += 1
                self.coverage["country"] += ref.country is not None
                self.coverage["sector"] += ref.sector is not None
        if missed or len(pairs) < len(preds) or role_errors:
            self.errors.append({"ids": rec["ids"], "line": rec.get("line"), "text": rec["text"][:200],
                                "gold": [g["event"] for g in golds],
                                "pred": [f"{e.event}/{e.mode}:{e.event_text}" for e in preds],
                                "roles": role_errors})

    def _mode(self, e: Event, g: dict[str, Any]) -> None:
        if g.get("mode"):
            self.mode["n"] += 1
            self.mode["correct"] += e.mode == g["mode"]

    def _roles(self, e: Event, g: dict[str, Any]) -> list[dict[str, Any]]:
        """Span recall/precision, and country/sector accuracy over the gold actors a span matched."""
        problems = []
        for role, preds, golds in _role_pairs(e, g):
            c = self.roles[role]
            pairs = align_actors(preds, golds)
            c["gold"] += len(golds)
            c["pred"] += len(preds)
            c["matched"] += len(pairs)
            for p, x in pairs:
                country, sector = _code(x.get("country")), (x.get("sector") or "")[:3] or None
                sector = LEGACY_SECTORS.get(sector, sector) if sector else None
                c["country_n"] += country is not None
                c["country_ok"] += country is not None and _code(p.country) == country
                c["sector_n"] += sector is not None
                c["sector_ok"] += sector is not None and p.sector == sector
                if (country and _code(p.country) != country) or (sector and p.sector != sector):
                    problems.append({"role": role, "type": e.event, "gold": _show(x), "pred": _show(p)})
            c["country_gold"] += sum(bool(x.get("country")) for x in golds)
            hit_g = {id(x) for _, x in pairs}
            hit_p = {id(p) for p, _ in pairs}
            problems += [{"role": role, "type": e.event, "gold": _show(x), "pred": None} for x in golds if id(x) not in hit_g]
            problems += [{"role": role, "type": e.event, "gold": None, "pred": _show(p)} for p in preds if id(p) not in hit_p]
        return problems


def _role_pairs(e: Event, g: dict[str, Any]) -> list[tuple[str, list[ActorRef], list[dict[str, Any]]]]:
    """(role, predicted refs, gold actors) per role. A gold event with several actors and no recipient is a
    joint act in the GSR's coding ("The United States and Jordan have agreed ..." lists both as actors);
    truce codes it in the PLOVER source/target convention (the first party the actor, the other the
    recipient: ``events.roles._joint_parties``), so the predicted actors and recipients together are
    matched against its actors."""
    actors, recips = g.get("actor") or [], g.get("recipient") or []
    if actors[1:] and not recips:  # several actors
        return [("actor", e.actor + e.recipient, actors), ("recipient", [], [])]
    return [("actor", e.actor, actors), ("recipient", e.recipient, recips)]


def _show(a: ActorRef | dict[str, Any]) -> str:
    if isinstance(a, ActorRef):
        return f"{a.text} [{a.country}/{a.sector}]"
    return f"{a.get('text')} [{a.get('country')}/{a.get('sector')}]"


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def evaluate_events(gold_path: str | Path, pipeline: Pipeline, limit: int | None = None,
                    split: str | None = None, include_background: bool = False,
                    include_demoted: bool = False) -> dict[str, Any]:
    """Score ``pipeline`` on a gold file (optionally one parity half); returns a JSON-ready dict.

    Events marked background (context ``background``: old, habitual or a known earlier event, see
    truce.events.article) count as not output unless ``include_background``; demoted events (non-political
    readings, weak candidates) likewise unless ``include_demoted`` - the report says how many demoted
    candidates would have matched a missed gold event."""
    records = load_gold(gold_path, limit, split)
    articles = [read_text(r["text"], published=r.get("date")) for r in records]
    tally = _Tally(include_background, include_demoted)
    for rec, coded in zip(records, pipeline.code_articles(articles), strict=True):
        tally.add(rec, coded.events)
    report = _report(tally, str(gold_path), len(records))
    report["split"] = split or "all"
    report["include_background"] = include_background
    return report


def _report(t: _Tally, gold: str, n: int) -> dict[str, Any]:
    per_type = {k: _prf(t.tp[k], t.fp[k], t.fn[k]) for k in EVENT_TYPES}
    micro = _prf(sum(t.tp.values()), sum(t.fp.values()), sum(t.fn.values()))
    scored = [v for v in per_type.values() if v["tp"] + v["fp"] + v["fn"]]  # undefined when absent from both
    macro = {m: round(sum(v[m] for v in scored) / len(scored), 4) if scored else 0.0 for m in ("precision", "recall", "f1")}
    macro["types"] = len(scored)
    roles = {}
    for role, c in t.roles.items():
        roles[role] = {"span_recall": _ratio(c["matched"], c["gold"]), "span_precision": _ratio(c["matched"], c["pred"]),
                       "country_accuracy": _ratio(c["country_ok"], c["country_n"]),
                       "sector_accuracy": _ratio(c["sector_ok"], c["sector_n"]),
                       "country_n": c["country_n"], "sector_n": c["sector_n"],
                       "country_of_all_gold": _ratio(c["country_ok"], c["country_gold"]),
                       "gold": c["gold"], "pred": c["pred"]}
    return {
        "gold": gold, "records": n, "per_type": per_type, "micro": micro, "macro": macro,
        "mode_accuracy": _ratio(t.mode["correct"], t.mode["n"]), "mode_n": t.mode["n"], "roles": roles,
        "primary_type_accuracy": _ratio(t.primary["correct"], t.primary["n"]), "primary_n": t.primary["n"],
        "demoted": {"candidates": t.demoted["candidates"], "would_match_missed_gold": t.demoted["would_match"],
                    "included": t.include_demoted},
        "skipped_null_events": t.skipped_null,
        "coverage": {"spans": t.coverage["spans"], "country": _ratio(t.coverage["country"], t.coverage["spans"]),
                     "sector": _ratio(t.coverage["sector"], t.coverage["spans"])},
        "confusion": {g: dict(c) for g, c in sorted(t.confusion.items())},
        "primary_confusion": {g: dict(c) for g, c in sorted(t.primary_confusion.items())}, "errors": t.errors,
    }


def format_event_report(report: dict[str, Any]) -> str:
    """A plain-text table of the report (the CLI's default output)."""
    lines = [f"gold: {report['gold']}  records: {report['records']}  split: {report.get('split', 'all')}", "",
             f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for k, v in report["per_type"].items():
        lines.append(f"{k:<10} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f} {v['tp']:>4} {v['fp']:>4} {v['fn']:>4}")
    for name in ("micro", "macro"):
        v = report[name]
        lines.append(f"{name:<10} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f}")
    lines.append("")
    lines.append(f"mode accuracy: {report['mode_accuracy']} (n={report['mode_n']})")
    lines.append(f"primary type accuracy (main event's type): {report['primary_type_accuracy']} (n={report['primary_n']})")
    dem = report.get("demoted") or {}
    if dem.get("candidates") and not dem.get("included"):
        lines.append(f"demoted candidates (not counted): {dem['candidates']}, of which {dem['would_match_missed_gold']} "
                     "would have matched a missed gold event")
    if report.get("skipped_null_events"):
        lines.append(f"gold events skipped (event is null): {report['skipped_null_events']}")
    for role, v in report["roles"].items():
        lines.append(f"{role}: span recall {v['span_recall']}, span precision {v['span_precision']}, "
                     f"country acc {v['country_accuracy']} (n={v['country_n']}), "
                     f"sector acc {v['sector_accuracy']} (n={v['sector_n']}) over matched gold; "
                     f"country right for {v['country_of_all_gold']} of all gold")
    cov = report["coverage"]
    lines.append(f"coverage: {cov['spans']} spans, country {cov['country']}, sector {cov['sector']}")
    lines.append(f"records with errors: {len(report['errors'])}")
    return "\n".join(lines)
