"""``truce evaluate quad``: the five-way CAMEO class of each sentence against gold labels.

Gold: format 1 of the shared eval README with ``labels.quad`` (0 statement or appeal, 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and no event list. truce's
class for a sentence is that of its main event's CAMEO root (``truce.events.classes``); no event is 0.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from truce.evaluate.gold import iter_split
from truce.events.classes import class_name, main_event, sentence_class
from truce.ingest import read_text
from truce.pipeline import Pipeline

CLASSES = (0, 1, 2, 3, 4)


def load_quad_gold(path: str | Path, limit: int | None = None, split: str | None = None) -> list[dict[str, Any]]:
    """Records with a ``labels.quad`` class; ``split`` even/odd keeps one line-index parity (0-based)."""
    out = []
    for n, rec in iter_split(path, limit, split):
        quad = (rec.get("labels") or {}).get("quad")
        if quad is not None:
            out.append({"id": rec.get("id"), "line": n, "text": rec["text"], "quad": int(quad)})
    return out


def evaluate_quad(gold_path: str | Path, pipeline: Pipeline, limit: int | None = None,
                  split: str | None = None) -> dict[str, Any]:
    """Accuracy, per-class P/R/F1 and the confusion matrix of the sentence class."""
    records = load_quad_gold(gold_path, limit, split)
    articles = [read_text(r["text"]) for r in records]
    confusion: dict[int, Counter[int]] = defaultdict(Counter)
    errors = []
    for rec, coded in zip(records, pipeline.code_articles(articles), strict=True):
        pred = sentence_class(coded.events, pipeline.config.settings.events.relevance_counted)
        confusion[rec["quad"]][pred] += 1
        if pred != rec["quad"]:
            ev = main_event(coded.events)
            errors.append({"id": rec["id"], "line": rec["line"], "gold": rec["quad"], "pred": pred,
                           "main": f"{ev.event}/{ev.mode}/{ev.cameo_root}:{ev.event_text}" if ev else None,
                           "text": rec["text"][:200]})
    return _report(confusion, errors, str(gold_path), len(records), split)


def _report(confusion: dict[int, Counter[int]], errors: list[dict[str, Any]], gold: str, n: int,
            split: str | None) -> dict[str, Any]:
    correct = sum(confusion[c][c] for c in CLASSES)
    per_class = {}
    for c in CLASSES:
        tp = confusion[c][c]
        fp = sum(confusion[g][c] for g in CLASSES if g != c)
        fn = sum(v for p, v in confusion[c].items() if p != c)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        per_class[class_name(c)] = {"precision": round(p, 4), "recall": round(r, 4),
                                    "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "n": tp + fn}
    macro = round(sum(v["f1"] for v in per_class.values()) / len(per_class), 4)
    return {"gold": gold, "split": split or "all", "records": n, "accuracy": round(correct / n, 4) if n else None,
            "macro_f1": macro, "per_class": per_class,
            "confusion": {str(g): {str(p): confusion[g][p] for p in CLASSES} for g in CLASSES}, "errors": errors}


def format_quad_report(report: dict[str, Any]) -> str:
    lines = [f"gold: {report['gold']}  records: {report['records']}  split: {report['split']}", "",
             f"accuracy: {report['accuracy']}  macro-F1: {report['macro_f1']}", "",
             f"{'class':<22} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for name, v in report["per_class"].items():
        lines.append(f"{name:<22} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f} {v['n']:>5}")
    lines += ["", "confusion (rows gold, columns predicted): " + " ".join(str(c) for c in CLASSES)]
    for g, row in report["confusion"].items():
        lines.append(f"  {g}: " + " ".join(f"{row[str(p)]:>4}" for p in CLASSES))
    return "\n".join(lines)
