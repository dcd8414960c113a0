"""Every event-coding figure of docs/accuracy.md in one run (one model load), both halves of each set.

    python benchmarks/eval_events.py [--shared ../shared/eval] [--out summary.json] [--sets gsr,quad,bbc,sample,written]

Sets: the PLOVER GSR (``evaluate events``), CAMEO-quad (``evaluate quad``), BBC relevance
(``evaluate relevance``), the sample corpus, and our writer's sets under benchmarks/data/written/ when
present (``*_dev*`` files are the tuning part, ``*blind*`` ones are only scored here, never printed;
TRUCE_WRITTEN points at another checkout's folder).
Even lines are the tuning half of the shared sets, odd lines the check half.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from truce.config import TruceConfig
from truce.pipeline import Pipeline
from truce.settings import default_settings, load_settings

REPO = Path(__file__).resolve().parents[1]


def _events(gold: Path, pipe: Pipeline, split: str | None, **kw) -> dict:
    from truce.evaluate.events import evaluate_events

    r = evaluate_events(gold, pipe, split=split, **kw)
    return {"micro_f1": r["micro"]["f1"], "micro_p": r["micro"]["precision"], "micro_r": r["micro"]["recall"],
            "macro_f1": r["macro"]["f1"], "mode": r["mode_accuracy"], "primary_type": r["primary_type_accuracy"],
            "records": r["records"], "demoted": r.get("demoted"),
            "actor_country": r["roles"]["actor"]["country_accuracy"], "actor_sector": r["roles"]["actor"]["sector_accuracy"],
            "actor_span_recall": r["roles"]["actor"]["span_recall"],
            "recipient_country": r["roles"]["recipient"]["country_accuracy"],
            "recipient_sector": r["roles"]["recipient"]["sector_accuracy"],
            "recipient_span_recall": r["roles"]["recipient"]["span_recall"],
            "primary_confusion": r["primary_confusion"],
            "per_type_f1": {k: v["f1"] for k, v in r["per_type"].items() if v["tp"] + v["fp"] + v["fn"]}}


def _quad(gold: Path, pipe: Pipeline, split: str | None) -> dict:
    from truce.evaluate.quad import evaluate_quad

    r = evaluate_quad(gold, pipe, split=split)
    return {"accuracy": r["accuracy"], "macro_f1": r["macro_f1"], "records": r["records"], "confusion": r["confusion"]}


def _bbc(gold: Path, pipe: Pipeline, split: str | None) -> dict:
    from truce.evaluate.relevance import evaluate_relevance

    r = evaluate_relevance(gold, pipe, split=split)
    return {"other_material_share": r["other"]["share_with_material_conflict"],
            "politics_material_share": r["politics"]["share_with_material_conflict"],
            "politics_events_per_story": r["politics"]["events_per_story"],
            "other_events_per_story": r["other"]["events_per_story"],
            "politics_with_events": r["politics"]["share_with_events"], "records": r["records"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(REPO.parent / "shared" / "eval"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--sets", default="gsr,quad,bbc,sample,written")
    ap.add_argument("--halves", default="even,odd", help="which halves of the shared sets (tune on even only)")
    ap.add_argument("--cache", action="store_true",
                    help="read parses from the parse cache (benchmarks/parse_cache.py): rules after the parse only")
    ap.add_argument("--config", action="append", default=[], help="a settings file over the defaults (ablations)")
    ap.add_argument("--heldout", action="store_true",
                    help="also score the lead's held-out written files (*heldout*; never while tuning)")
    args = ap.parse_args()
    shared = Path(args.shared)
    wanted = set(args.sets.split(","))
    halves = tuple(args.halves.split(","))
    settings = load_settings(*args.config) if args.config else default_settings()
    pipe = Pipeline(TruceConfig(settings=settings))
    if args.cache:
        from parse_cache import cached

        cached(pipe)
    out: dict = {}
    t0 = time.time()
    if "gsr" in wanted and (shared / "events" / "plover_gsr.jsonl").exists():
        out["gsr"] = {s: _events(shared / "events" / "plover_gsr.jsonl", pipe, s) for s in halves}
    if "sample" in wanted:
        cfg = TruceConfig(actor_files=[REPO / "src/truce/data/sample/actors.yaml"], settings=settings)
        out["sample"] = _events(REPO / "src/truce/data/sample/gold_events.jsonl", Pipeline(cfg), None)
    if "quad" in wanted and (shared / "events" / "cameo_quad_train.jsonl").exists():
        out["quad"] = {s: _quad(shared / "events" / "cameo_quad_train.jsonl", pipe, s) for s in halves}
    if "bbc" in wanted and (shared / "relevance" / "bbc_train.jsonl").exists():
        out["bbc"] = {s: _bbc(shared / "relevance" / "bbc_train.jsonl", pipe, s) for s in halves}
    if "written" in wanted:
        out["written"] = _written(pipe, args.heldout)
    out["seconds"] = round(time.time() - t0, 1)
    text = json.dumps(out, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")


def _written(pipe: Pipeline, heldout: bool = False) -> dict:
    """Scores over the writer's sets (benchmarks/data/written/): aggregate numbers only."""
    from truce.evaluate.written import score_written

    root = Path(os.environ.get("TRUCE_WRITTEN") or REPO / "benchmarks" / "data" / "written")
    return score_written(root, pipe, heldout) if root.is_dir() else {}


if __name__ == "__main__":
    main()
