"""Parse time vs. parse + event extraction on a few hundred sentences.

Usage: PYTHONPATH=src python benchmarks/bench_events.py [GOLD_JSONL]
Uses the gold texts when a file is given (or the shared gold is present), else fictional sentences.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from truce.events import EventExtractor
from truce.ingest import read_text
from truce.nlp import load_model

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "events" / "plover_gsr.jsonl"
FICTIONAL = [
    "Government troops shelled the rebel-held village of Dorvo on Monday, local officials said.",
    "The foreign ministers of Estland and Norland held talks in Kelby on the border dispute.",
    "Police arrested forty protesters who had blocked the main road into the capital.",
    "Norland said it will release the detained fishermen if Estland lifts its sanctions.",
    "Thousands of students demonstrated outside parliament to demand the minister's resignation.",
]


def texts(path: Path | None) -> list[str]:
    if path is not None and path.exists():
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line in fh if line.strip()]
    return FICTIONAL * 60


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED
    sample = texts(path)
    nlp = load_model()
    extractor = EventExtractor()
    list(nlp.pipe(sample[:20]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(sample, batch_size=64))
    parse = time.perf_counter() - t0
    articles = [read_text(t) for t in sample]
    t1 = time.perf_counter()
    n_events = sum(len(extractor.extract(d, a)) for d, a in zip(docs, articles, strict=True))
    extract = time.perf_counter() - t1
    print(f"sentences: {len(sample)}  events: {n_events}")
    print(f"parse only:        {parse:.2f} s")
    print(f"parse + extract:   {parse + extract:.2f} s  (extract {extract:.2f} s, +{100 * extract / parse:.1f}%)")


if __name__ == "__main__":
    main()
