"""CPU time of the whole per-article pipeline against the bare spaCy parse of the same texts.

    python benchmarks/bench_pipeline.py [--repeat 3] [--rounds 5] [--chunk 32] [--state] [--profile]

The corpus is the sample corpus plus the written dev articles (benchmarks/data/written/
articles_dev.jsonl; never the blind file), repeated ``--repeat`` times. Each round codes the
corpus twice in this one process, in alternating order: the parse alone (``nlp.pipe`` over the
texts the pipeline parses) and every stage (clean, parse, extract, actors, places, dates,
consolidation). CPU time (``time.process_time``), not wall time, so other work on a shared
machine does not count; the ratio per round and its median are printed. ``--profile`` prints
the functions that cost most beyond the parse.

``--chunk N`` pairs the two sides more finely: each round walks the corpus in chunks of N articles
and, per chunk, parses the chunk's texts alone and codes the chunk, first one then the other in
alternating order, summing each side's CPU. On a shared machine the CPU time of the same work moves
with the neighbours' load (the same parse took 6.7-10.6 s in one process within four minutes), so
a parse timed minutes apart from the pipeline run it is compared with moves the ratio by more than
the stages' own changes; paired chunks see the same load. 0: each side over the whole corpus in
one piece, the default (every figure in the docs is so measured). Paired chunks narrow the spread of
the rounds but read lower (2026-12-04, docs/architecture.md perf14): a parse that follows the stages
may pay for cold caches that a parse of the whole corpus in one piece does not, so the two are not
compared with each other.

``--state`` prints, after each round, what the process keeps between articles: the entries of truce's
module-level memos and ``lru_cache``s, spaCy's strings and lexemes, resident memory, and the cycle
collector's full collections and CPU in the round (a ratio that rises over rounds because some state
grows shows there).
"""

from __future__ import annotations

import argparse
import functools
import gc
import statistics
import sys
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


def paired(pipeline: Pipeline, articles: list[Article], texts: list[str], chunk: int, parity: int) -> tuple[float, float]:
    """CPU of the parse alone and of the whole pipeline, summed over chunks of ``chunk`` articles, each
    chunk timed on both sides back to back (alternating which goes first), so both see the same load."""
    p = f = 0.0
    for k, at in enumerate(range(0, len(articles), chunk)):
        part, words = articles[at:at + chunk], texts[at:at + chunk]

        def parse(words=words) -> None:
            for _ in pipeline.nlp.pipe(words, batch_size=pipeline.config.batch_size):
                pass

        def full(part=part) -> None:
            for _ in pipeline.code_articles(part):
                pass

        if (k + parity) % 2 == 0:
            p, f = p + cpu(parse), f + cpu(full)
        else:
            f, p = f + cpu(full), p + cpu(parse)
    return p, f


class Collector:
    """The cycle collector's full collections and their CPU, counted from ``gc.callbacks``."""

    def __init__(self) -> None:
        self.full, self.cpu, self._at = 0, 0.0, 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._at = time.process_time()
        elif info["generation"] == 2:
            self.full, self.cpu = self.full + 1, self.cpu + time.process_time() - self._at


def kept_state(pipeline: Pipeline) -> str:
    """What the process keeps between articles: truce's module-level memos and caches, spaCy's vocabulary, memory."""
    entries = 0
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "truce":
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                entries += value.cache_info().currsize
            elif isinstance(value, (dict, set, list)):
                entries += len(value)
    status = Path("/proc/self/status")
    rss = next((line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmRSS:")), "?") \
        if status.exists() else "?"
    vocab = pipeline.nlp.vocab
    return f"truce memo entries {entries}, spaCy strings {len(vocab.strings)}, lexemes {len(vocab)}, RSS {rss} kB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="copies of the corpus per run")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved parse / pipeline rounds")
    ap.add_argument("--chunk", type=int, default=0, help="pair parse and pipeline per chunk of N articles (0: whole corpus)")
    ap.add_argument("--state", action="store_true", help="print the state the process keeps after each round")
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
    ratios, collector = [], Collector()
    print(f"{len(articles)} articles, {tokens * args.repeat} tokens; CPU seconds per round")
    for r in range(args.rounds):
        if args.chunk > 0:
            p, f = paired(pipeline, articles, texts, args.chunk, r)
        elif r % 2 == 0:
            p, f = cpu(parse), cpu(full)
        else:
            f, p = cpu(full), cpu(parse)
        ratios.append(f / p)
        print(f"round {r + 1}: parse {p:6.2f}s  pipeline {f:6.2f}s  ratio {f / p:.3f}")
        if args.state:
            print(f"  {kept_state(pipeline)}; full collections {collector.full}, {collector.cpu:.3f}s CPU")
            collector.full, collector.cpu = 0, 0.0
    print(f"pipeline / bare parse, median of {args.rounds}: {statistics.median(ratios):.3f} "
          f"(min {min(ratios):.3f}, max {max(ratios):.3f})")


if __name__ == "__main__":
    main()
