"""``truce evaluate relevance``: how many non-political stories get a material-conflict event.

Gold: ``{id, text, labels: {topic}}`` per story, ``topic`` ``politics`` or anything else (sport,
business, entertainment, tech: grouped as ``other``). A coder of political events should code almost
no ASSAULT, COERCE or MOBILIZE in the ``other`` stories, while politics stories keep their events.
Counted: events reported as having happened (asserted) that were not demoted. Also reported: events
per story in both groups, and the article domain truce gave (``CodedArticle.domain``) against the topic.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from truce.evaluate.gold import iter_split
from truce.ingest import read_text
from truce.pipeline import Pipeline

MATERIAL_CONFLICT = ("ASSAULT", "COERCE", "MOBILIZE")
POLITICS = "politics"


def load_relevance_gold(path: str | Path, limit: int | None = None, split: str | None = None) -> list[dict[str, Any]]:
    out = []
    for n, rec in iter_split(path, limit, split):
        topic = str((rec.get("labels") or {}).get("topic") or "other")
        out.append({"id": rec.get("id"), "line": n, "text": rec["text"], "topic": topic,
                    "group": POLITICS if topic == POLITICS else "other"})
    return out


def evaluate_relevance(gold_path: str | Path, pipeline: Pipeline, limit: int | None = None,
                       split: str | None = None) -> dict[str, Any]:
    records = load_relevance_gold(gold_path, limit, split)
    articles = [read_text(r["text"]) for r in records]
    groups: dict[str, Counter[str]] = {POLITICS: Counter(), "other": Counter()}
    by_topic: dict[str, Counter[str]] = {}
    domains: dict[str, Counter[str]] = {POLITICS: Counter(), "other": Counter()}
    flagged = []
    for rec, coded in zip(records, pipeline.code_articles(articles), strict=True):
        events = [e for e in coded.events if e.counted]
        material = [e for e in events if e.event in MATERIAL_CONFLICT]
        g = groups[rec["group"]]
        g["stories"] += 1
        g["events"] += len(events)
        g["material_events"] += len(material)
        g["with_events"] += bool(events)
        g["with_material"] += bool(material)
        t = by_topic.setdefault(rec["topic"], Counter())
        t["stories"] += 1
        t["with_material"] += bool(material)
        domains[rec["group"]][coded.domain or "none"] += 1
        if material and rec["group"] != POLITICS:
            flagged.append({"id": rec["id"], "line": rec["line"], "topic": rec["topic"],
                            "events": [f"{e.event}/{e.mode}:{e.event_text}" for e in material]})
    report: dict[str, Any] = {"gold": str(gold_path), "split": split or "all", "records": len(records)}
    for name, c in groups.items():
        n = c["stories"] or 1
        report[name] = {"stories": c["stories"], "share_with_material_conflict": round(c["with_material"] / n, 4),
                        "share_with_events": round(c["with_events"] / n, 4),
                        "events_per_story": round(c["events"] / n, 3),
                        "material_events_per_story": round(c["material_events"] / n, 3),
                        "domains": dict(domains[name])}
    report["by_topic"] = {k: {"stories": v["stories"], "share_with_material_conflict":
                              round(v["with_material"] / (v["stories"] or 1), 4)} for k, v in sorted(by_topic.items())}
    report["flagged_other"] = flagged
    return report


def format_relevance_report(report: dict[str, Any]) -> str:
    lines = [f"gold: {report['gold']}  records: {report['records']}  split: {report['split']}", "",
             f"{'group':<10} {'stories':>7} {'w/ ASSAULT|COERCE|MOBILIZE':>27} {'w/ any event':>12} "
             f"{'events/story':>12} {'material/story':>14}"]
    for name in (POLITICS, "other"):
        v = report[name]
        lines.append(f"{name:<10} {v['stories']:>7} {v['share_with_material_conflict']:>27.3f} "
                     f"{v['share_with_events']:>12.3f} {v['events_per_story']:>12.2f} {v['material_events_per_story']:>14.2f}")
    lines.append("")
    for topic, v in report["by_topic"].items():
        lines.append(f"  {topic:<14} {v['stories']:>5} stories, {v['share_with_material_conflict']:.3f} with material conflict")
    for name in (POLITICS, "other"):
        lines.append(f"domain given to {name} stories: {report[name]['domains']}")
    return "\n".join(lines)
