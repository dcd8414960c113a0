"""Wall time of `truce ingest` with 1 and N worker processes, and how idle the machine was meanwhile.

    python benchmarks/bench_ingest.py [--repeat 2] [--rounds 3] [--processes 1 2]

The corpus is the sample corpus plus the written dev articles (benchmarks/data/written/
articles_dev.jsonl; never the blind file), repeated ``--repeat`` times with distinct ids. Each
round ingests it into a fresh store once per process count, the order alternating between rounds,
so a change in the machine's load hits every count alike. A speed-up is only meaningful on an idle
machine: for every run the script prints the CPU the *other* processes of the machine used
(from /proc/stat minus this run's own CPU, in cores), and the load average before it started.
The speed-up printed is the median over rounds of (wall at 1 process) / (wall at N).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.records import Article
from truce.runner import ingest
from truce.sample import sample_dir, sample_file

WRITTEN = Path(__file__).resolve().parent / "data" / "written" / "articles_dev.jsonl"


def write_corpus(folder: Path, repeat: int) -> int:
    """The corpus as one JSONL file; each copy has its own url, so its own id (a republished wire story)."""
    paths = [sample_dir()] + ([WRITTEN] if WRITTEN.exists() else [])
    base = [a for a in read_sources(paths) if isinstance(a, Article)]
    with open(folder / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for r in range(repeat):
            for a in base:
                fh.write(json.dumps({"text": a.text, "title": a.title, "url": f"{a.url or a.id}#{r}",
                                     "published": a.published, "source": a.source}) + "\n")
    return len(base) * repeat


def busy_jiffies() -> tuple[int, int]:
    """(busy, total) CPU jiffies of the whole machine since boot."""
    with open("/proc/stat", encoding="ascii") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def own_cpu() -> float:
    """CPU seconds of this process and its finished children (the worker processes)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_once(corpus: Path, processes: int, tmp: Path) -> dict:
    db = tmp / f"s{processes}-{time.monotonic_ns()}.duckdb"
    config = TruceConfig(n_process=processes, actor_files=[sample_file("actors.yaml")])
    load = os.getloadavg()[0]
    hz = os.sysconf("SC_CLK_TCK")
    busy0, _ = busy_jiffies()
    cpu0, t0 = own_cpu(), time.perf_counter()
    summary = ingest([corpus], db, config)
    wall, cpu = time.perf_counter() - t0, own_cpu() - cpu0
    busy1, _ = busy_jiffies()
    others = max(0.0, (busy1 - busy0) / hz - cpu) / wall
    db.unlink(missing_ok=True)
    return {"processes": processes, "wall": wall, "cpu": cpu, "articles": summary.added,
            "load_before": load, "other_cores_busy": others}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2, help="copies of the corpus")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="process counts to compare")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        n = write_corpus(tmp, args.repeat)
        print(f"{n} articles, {os.cpu_count()} cores; wall seconds per run")
        lines = (tmp / "corpus.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        (tmp / "warm.jsonl").write_text("".join(lines[:10]), encoding="utf-8")  # caches built before timing
        ingest([tmp / "warm.jsonl"], tmp / "warm.duckdb", TruceConfig(actor_files=[sample_file("actors.yaml")]))
        walls: dict[int, list[float]] = {p: [] for p in args.processes}
        for r in range(args.rounds):
            order = args.processes if r % 2 == 0 else list(reversed(args.processes))
            for p in order:
                res = run_once(tmp / "corpus.jsonl", p, tmp)
                walls[p].append(res["wall"])
                print(f"round {r + 1}: {p} process(es): wall {res['wall']:6.1f}s  cpu {res['cpu']:6.1f}s  "
                      f"{res['articles'] / res['wall']:5.1f} articles/s  load before {res['load_before']:.1f}  "
                      f"other processes busy {res['other_cores_busy']:.2f} cores")
        base = args.processes[0]
        for p in args.processes[1:]:
            ratios = [a / b for a, b in zip(walls[base], walls[p], strict=True)]
            print(f"speed-up {p} over {base} process(es), median of {args.rounds}: {statistics.median(ratios):.2f}x "
                  f"(min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    main()
