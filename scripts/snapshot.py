"""A snapshot of what truce outputs, so re-plumbing can prove it changed nothing.

    python scripts/snapshot.py            # compare the current outputs with tests/snapshots/ (exit 1 if they differ)
    python scripts/snapshot.py --update   # write the current outputs as the new snapshot (same as `make snapshot`)

Two parts, each a file under ``tests/snapshots/``:

- ``sample.jsonl``: the bundled sample corpus coded in process (one line per article, event and
  place, every field of the records except the coder's provenance, which is not an output), then
  the store after ``truce ingest --sample``: counts, copy links, incidents and the monitor's
  verdicts on the shipped Libya truce;
- ``dev.json``: the dev numbers (``truce evaluate events`` per half, ``evaluate geo``, ``evaluate
  actors``), numbers only: no gold sentence is copied into the repository. Made only where the
  shared gold data is present (``$TRUCE_SHARED`` or ``../shared``).

An intended change of the outputs (a better rule, a new field) updates the snapshot deliberately in
the same commit: run ``make snapshot`` and let the diff of ``tests/snapshots/`` show what changed.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SNAPSHOTS = REPO / "tests" / "snapshots"
SAMPLE_FILE = SNAPSHOTS / "sample.jsonl"
DEV_FILE = SNAPSHOTS / "dev.json"


def shared_eval() -> Path | None:
    """The shared gold data, when this checkout can see it."""
    for base in (os.environ.get("TRUCE_SHARED"), REPO.parent / "shared"):
        if base and (Path(base) / "eval").is_dir():
            return Path(base) / "eval"
    return None


def _clean(value: Any) -> Any:
    """Floats rounded (no platform noise), so a line changes only when an output does."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _line(kind: str, data: dict[str, Any]) -> str:
    return json.dumps({"kind": kind, **_clean(data)}, ensure_ascii=False, sort_keys=True)


def _sample_config():
    from truce.config import TruceConfig
    from truce.sample import sample_file

    return TruceConfig(actor_files=[sample_file("actors.yaml")])


def coded_lines(coded) -> list[str]:
    """One line per article (its text as a hash), event and place, in input order."""
    from truce.ids import stable_hash
    from truce.sample import sample_dir

    lines = []
    for item in coded:
        article = asdict(item.article)
        article["text"] = stable_hash(article["text"])
        article["origin"] = article["origin"].replace(str(sample_dir()), "<sample>")  # the same in every checkout
        extra = {k: v for k, v in asdict(item).items() if k not in ("article", "events", "places", "coder")}
        lines.append(_line("article", {**article, **extra}))
        lines.extend(_line("event", asdict(e)) for e in item.events)
        lines.extend(_line("place", {"article_id": item.article.id, **asdict(p)}) for p in item.places)
    return lines


def store_lines(db: Path) -> list[str]:
    """What a user reads back from the store: counts, copy links, incidents, verdicts."""
    from truce.monitor import example_truce, judge
    from truce.monitor.report import to_json
    from truce.monitor.storeio import read_events, read_sources
    from truce.store import Store

    lines = []
    with Store(db, read_only=True) as store:
        lines.append(_line("counts", store.counts()))
        for table, order in (("article_copies", "article_id, original_id"), ("incidents", "cluster_id")):
            cur = store.con.execute(f"SELECT * FROM {table} ORDER BY {order}")
            names = [d[0] for d in cur.description]
            lines.extend(_line(table, {k: str(v) if k.endswith("_at") else v for k, v in zip(names, row, strict=True)})
                         for row in cur.fetchall())
        report = to_json(judge(read_events(store), [example_truce()], read_sources(store)))
    lines.append(_line("verdict-summary", {"summary": report["summary"], "daily": report["daily"]}))
    lines.extend(_line("incident", i) for i in report["incidents"])
    lines.extend(_line("verdict", v) for v in report["verdicts"])
    return lines


def sample_snapshot() -> list[str]:
    from truce.ingest import read_sources
    from truce.pipeline import Pipeline
    from truce.records import Article
    from truce.runner import ingest
    from truce.sample import sample_dir

    config = _sample_config()
    articles = [a for a in read_sources([sample_dir()], config) if isinstance(a, Article)]
    lines = coded_lines(Pipeline(config).code_articles(articles))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sample.duckdb"
        summary = ingest([sample_dir()], db, config)
        lines.append(_line("ingest", {"read": summary.read, "added": summary.added,
                                      "skipped": dict(sorted(summary.skipped.items()))}))
        lines.extend(store_lines(db))
    return lines


def _numbers_only(report: Any) -> Any:
    """Drop what could hold gold text (error listings) and local paths."""
    if isinstance(report, dict):
        return {k: _numbers_only(v) for k, v in report.items() if k not in ("errors", "gold", "examples")}
    if isinstance(report, list):
        return [_numbers_only(v) for v in report]
    return report


def dev_snapshot(shared: Path) -> dict[str, Any]:
    from truce.config import TruceConfig
    from truce.evaluate.actors import evaluate_actor_coding
    from truce.evaluate.events import evaluate_events
    from truce.evaluate.geo import evaluate_geo
    from truce.pipeline import Pipeline

    pipeline = Pipeline(TruceConfig())
    gsr = shared / "events" / "plover_gsr.jsonl"
    tr_news = shared / "geo" / "tr_news.jsonl"
    return _clean(_numbers_only({
        "events_plover_gsr": {half: evaluate_events(gsr, pipeline, split=half) for half in ("even", "odd")},
        "actors_plover_gsr": evaluate_actor_coding(gsr),
        "geo_tr_news": evaluate_geo(tr_news, pipeline),
        "geo_tr_news_gold_spans": evaluate_geo(tr_news, pipeline, gold_spans=True),
    }))


def dev_lines(shared: Path) -> list[str]:
    return json.dumps(dev_snapshot(shared), indent=1, sort_keys=True).splitlines()


def difference(expected_file: Path, actual: list[str], limit: int = 60) -> str:
    """A unified diff (at most ``limit`` lines), empty when equal."""
    expected = expected_file.read_text(encoding="utf-8").splitlines() if expected_file.exists() else []
    if expected == actual:
        return ""
    diff = list(difflib.unified_diff(expected, actual, str(expected_file), "current outputs", lineterm="", n=0))
    more = f"\n... {len(diff) - limit} more lines" if len(diff) > limit else ""
    return "\n".join(diff[:limit]) + more


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="write the current outputs as the snapshot")
    args = ap.parse_args()
    parts = [(SAMPLE_FILE, sample_snapshot())]
    shared = shared_eval()
    if shared is not None:
        parts.append((DEV_FILE, dev_lines(shared)))
    else:
        print("shared gold data not found ($TRUCE_SHARED or ../shared): dev numbers not checked", file=sys.stderr)
    failed = False
    for path, lines in parts:
        if args.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)} ({len(lines)} lines)")
        elif diff := difference(path, lines):
            failed = True
            print(diff)
        else:
            print(f"{path.relative_to(REPO)}: unchanged")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
