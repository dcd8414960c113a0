"""CPU time of the whole per-article pipeline against the bare spaCy parse of the same texts.

    python benchmarks/bench_pipeline.py [--repeat 3] [--rounds 5] [--profile]

The corpus is the sample corpus plus the written dev articles (benchmarks/data/written/
articles_dev.jsonl; never the blind file), repeated ``--repeat`` times. Each round codes the
corpus twice in this one process, in alternating order: the parse alone (``nlp.pipe`` over the
texts the pipeline parses) and every stage (clean, parse, extract, actors, places, dates,
consolidation). CPU time (``time.process_time``), not wall time, so other work on a shared
machine does not count; the ratio per round and its median are printed. ``--profile`` prints
the functions that cost most beyond the parse.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.ingest.clean import clean_article
from truce.pipeline import Pipeline, mask_header
from truce.records import Article
from truce.sample import sample_dir

WRITTEN = Path(__file__).resolve().parent / "data" / "written" / "articles_dev.jsonl"


def corpus(repeat: int) -> list[Article]:
    """Sample and written dev articles, each copy given a distinct id (nothing is cached by id)."""
    paths = [sample_dir()] + ([WRITTEN] if WRITTEN.exists() else [])
    base = [a for a in read_sources(paths) if isinstance(a, Article)]
    out = []
    for r in range(repeat):
        for a in base:
            out.append(Article(**{**a.__dict__, "id": f"{a.id}-{r}", "meta": dict(a.meta), "removed": list(a.removed),
                                  "headlines": list(a.headlines)}))
    return out


def cpu(func) -> float:
    t0 = time.process_time()
    func()
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="copies of the corpus per run")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved parse / pipeline rounds")
    ap.add_argument("--profile", action="store_true", help="profile one pipeline run")
    args = ap.parse_args()
    pipeline = Pipeline(TruceConfig())
    articles = corpus(args.repeat)
    texts = [mask_header(clean_article(a).text) for a in articles]
    tokens = sum(len(d) for d in pipeline.nlp.pipe(texts[: len(texts) // args.repeat]))  # also warms up
    list(pipeline.code_articles(articles[:20]))  # load the lazy resources before timing

    def parse() -> None:
        for _ in pipeline.nlp.pipe(texts, batch_size=pipeline.config.batch_size):
            pass

    def full() -> None:
        for _ in pipeline.code_articles(articles):
            pass

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(full)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return
    ratios = []
    print(f"{len(articles)} articles, {tokens * args.repeat} tokens; CPU seconds per round")
    for r in range(args.rounds):
        if r % 2 == 0:
            p, f = cpu(parse), cpu(full)
        else:
            f, p = cpu(full), cpu(parse)
        ratios.append(f / p)
        print(f"round {r + 1}: parse {p:6.2f}s  pipeline {f:6.2f}s  ratio {f / p:.3f}")
    print(f"pipeline / bare parse, median of {args.rounds}: {statistics.median(ratios):.3f} "
          f"(min {min(ratios):.3f}, max {max(ratios):.3f})")


if __name__ == "__main__":
    main()
