"""Time and peak memory of ingesting one very long article, which the reader cuts into pieces.

    python benchmarks/bench_long_text.py [--chars 20000 100000 400000]

Each size runs in a fresh process (so its peak resident memory is its own): one plain-text file of
that many characters, made of the sample corpus's paragraphs (our own fictional text) repeated, is
ingested into a new store with ``ingest.max_article_chars`` raised above the size. Prints the
pieces, events, seconds, characters per second and the process's peak resident memory. Time should
grow with the length and memory should not (each piece is parsed alone), which is what the limits
in docs/ingest.md promise.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def long_text(chars: int) -> str:
    from truce.ingest import read_sources
    from truce.records import Article
    from truce.sample import sample_dir

    paragraphs = [p.strip() for a in read_sources([sample_dir()]) if isinstance(a, Article) and a.language == "en"
                  for p in a.text.split("\n\n") if len(p.split()) > 8]
    out, size, i = [], 0, 0
    while size < chars:
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(paragraph)
        size += len(paragraph) + 2
        i += 1
    return "\n\n".join(out)[:chars]


def one(chars: int) -> dict:
    """Ingest one article of ``chars`` characters in this process and report on it."""
    from truce.config import TruceConfig
    from truce.runner import ingest
    from truce.settings import load_settings

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(long_text(chars), encoding="utf-8")
        settings = load_settings(overrides={"ingest": {"max_article_chars": chars + 1}})
        started = time.perf_counter()
        summary = ingest([path], Path(tmp) / "s.duckdb", TruceConfig(settings=settings))
        spent = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": chars, "pieces": summary.read, "events": summary.events, "seconds": round(spent, 1),
            "chars_per_s": round(chars / spent), "peak_rss_mb": round(peak_mb)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, nargs="+", default=[20_000, 100_000, 400_000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child's job
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    print(f"{'chars':>9} {'pieces':>6} {'events':>6} {'seconds':>8} {'chars/s':>8} {'peak RSS MB':>11}")
    for chars in args.chars:
        out = subprocess.run([sys.executable, __file__, "--one", str(chars)], capture_output=True, text=True,
                             check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['chars']:>9} {r['pieces']:>6} {r['events']:>6} {r['seconds']:>8} {r['chars_per_s']:>8} "
              f"{r['peak_rss_mb']:>11}")


if __name__ == "__main__":
    main()
