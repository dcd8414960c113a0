"""Wall time of `truce partition` on one machine: local 1 process, local N processes, N Ray actors.

    python benchmarks/bench_partition.py [--repeat 4] [--rounds 3] [--workers 2] [--chunk-chars 200000]

The corpus is bench_ingest's (the sample corpus plus the written dev articles, repeated with distinct
ids). Each round runs every backend once on a fresh output folder, the order alternating between
rounds; the Ray runtime is started once before timing (a long-lived cluster is how Ray is used), and
each Ray run still pays its actors' model load, as the local workers pay theirs. For every run the
script prints the CPU the machine's other processes used (cores), so a figure comes with how idle
the machine was. Needs the ``ray`` extra (``pip install -e '.[ray]'``); without it only the local
backends run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench_ingest import busy_jiffies, own_cpu, write_corpus

from truce.config import TruceConfig
from truce.sample import sample_file
from truce.scale import run_partitioned


def run_once(corpus: Path, out: Path, backend: str, processes: int, workers: int, chunk_chars: int) -> dict:
    config = TruceConfig(n_process=processes, actor_files=[sample_file("actors.yaml")])
    hz = os.sysconf("SC_CLK_TCK")
    busy0, _ = busy_jiffies()
    cpu0, t0 = own_cpu(), time.perf_counter()
    events = run_partitioned([corpus], out, config, backend=backend, workers=workers, chunk_chars=chunk_chars)
    wall, cpu = time.perf_counter() - t0, own_cpu() - cpu0
    busy1, _ = busy_jiffies()
    shutil.rmtree(out, ignore_errors=True)
    # Ray's actors are not children of this process: their CPU counts as "other" here, so the figure
    # is only a bound on the neighbours' load for the Ray runs.
    return {"wall": wall, "events": events, "other_cores_busy": max(0.0, (busy1 - busy0) / hz - cpu) / wall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=4, help="copies of the corpus")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    ap.add_argument("--workers", type=int, default=2, help="local processes and Ray actors")
    ap.add_argument("--chunk-chars", type=int, default=200_000, help="text per partition")
    args = ap.parse_args()
    runs = [("local", 1), ("local", args.workers)]
    try:
        import ray

        ray.init(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False)
        runs.append(("ray", args.workers))
    except ImportError:
        print("ray is not installed: local backends only")
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        n = write_corpus(tmp, args.repeat)
        print(f"{n} articles, {os.cpu_count()} cores, chunks of {args.chunk_chars} characters; wall seconds")
        walls: dict[tuple[str, int], list[float]] = {r: [] for r in runs}
        for r in range(args.rounds):
            for backend, k in (runs if r % 2 == 0 else list(reversed(runs))):
                res = run_once(tmp / "corpus.jsonl", tmp / f"out-{backend}-{k}-{r}", backend,
                               k if backend == "local" else 1, k, args.chunk_chars)
                walls[(backend, k)].append(res["wall"])
                print(f"round {r + 1}: {backend} x{k}: wall {res['wall']:6.1f}s  {res['events']} events  "
                      f"other processes busy {res['other_cores_busy']:.2f} cores", flush=True)
        base = walls[("local", 1)]
        for key in runs[1:]:
            ratios = [a / b for a, b in zip(base, walls[key], strict=True)]
            print(f"speed-up {key[0]} x{key[1]} over local x1, median of {args.rounds}: "
                  f"{statistics.median(ratios):.2f}x (min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    main()
