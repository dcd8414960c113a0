"""Throughput of the whole pipeline against the bare spaCy parse, on the sample corpus.

    python benchmarks/bench_pipeline.py [--repeat 4] [--processes 1]

Prints tokens/s and articles/s for: the parse alone, the per-article pipeline (parse + every stage),
and a full ``ingest`` into a fresh DuckDB store (read + clean + code + store + dedup).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.ingest.clean import clean_article
from truce.pipeline import Pipeline, mask_header
from truce.records import Article
from truce.runner import ingest
from truce.sample import sample_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=4, help="copies of the sample corpus to code")
    ap.add_argument("--processes", type=int, default=1)
    args = ap.parse_args()
    config = TruceConfig(n_process=args.processes)
    base = [clean_article(a) for a in read_sources([sample_dir()]) if isinstance(a, Article)]
    articles = base * args.repeat
    pipeline = Pipeline(TruceConfig())
    tokens = sum(len(d) for d in pipeline.nlp.pipe(mask_header(a.text) for a in base)) * args.repeat

    t0 = time.perf_counter()
    for _ in pipeline.nlp.pipe(mask_header(a.text) for a in articles):
        pass
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = sum(len(c.events) for c in pipeline.code_articles(articles))
    full = time.perf_counter() - t0
    print(f"{len(articles)} articles, {tokens} tokens, {n_events} events")
    print(f"parse only      {parse:6.2f}s  {tokens / parse:8.0f} tokens/s  {len(articles) / parse:6.1f} articles/s")
    print(f"all stages      {full:6.2f}s  {tokens / full:8.0f} tokens/s  {len(articles) / full:6.1f} articles/s"
          f"  (+{100 * (full - parse) / parse:.0f}% over the parse)")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for i, a in enumerate(articles):  # distinct texts, so every copy is coded and stored
            (corpus / f"{i:05d}.txt").write_text(f"{a.text}\n\nStory reference {i}.\n", encoding="utf-8")
        t0 = time.perf_counter()
        summary = ingest([corpus], Path(tmp) / "bench.duckdb", config)
        spent = time.perf_counter() - t0
    print(f"ingest (x{args.processes} proc) {spent:6.2f}s  {tokens / spent:8.0f} tokens/s  "
          f"{summary.added / spent:6.1f} articles/s  (model load included)")


if __name__ == "__main__":
    main()
