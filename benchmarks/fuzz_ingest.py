"""Fuzz survey of every reader and the truce-file parser: cases, crashes, lost good items, hangs.

The cases are the ones ``tests/test_fuzz_readers.py`` draws through hypothesis
(``tests/fuzzcases.py``), here drawn from seeded generators so a run is repeatable and
every failure is counted instead of stopping at the first. Each case is read as a
file with ``truce.ingest.read_sources``; a truce case is parsed with
``truce.monitor.loads_truce``.

    .venv/bin/python benchmarks/fuzz_ingest.py --cases 500            # every reader, 500 cases each
    PYTHONPATH=/path/to/old/src .venv/bin/python benchmarks/fuzz_ingest.py --cases 500   # an older truce

Outcomes: ``ok``; ``crash`` (an exception escaped: the distinct ones are listed by type
and the line that raised); ``lost`` (a good item did not come back as exactly one
article); ``hang`` (over ``--timeout`` seconds).
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import fuzzcases  # noqa: E402


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang


def where(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/truce/" in f.filename] or \
        traceback.extract_tb(exc.__traceback__)
    last = frames[-1]
    return f"{type(exc).__name__} at {last.filename.split('/truce/')[-1]}:{last.lineno}"


def run_reader(name: str, seed: int, tmp: Path) -> tuple[str, str | None]:
    from truce.ingest import read_sources
    from truce.records import Article

    case = fuzzcases.READERS[name](random.Random(seed))
    path = tmp / f"{seed}-{case.name}"
    path.write_bytes(case.data)
    items = list(read_sources([path]))
    articles = [i for i in items if isinstance(i, Article)]
    for mark in case.good:
        if sum(mark in a.text for a in articles) != 1:
            return "lost", None
    for item in items:
        item.origin.encode("utf-8")
        getattr(item, "text", "").encode("utf-8")
    return "ok", None


def run_truce(seed: int) -> tuple[str, str | None]:
    from truce.monitor import TruceFileError, loads_truce

    try:
        loads_truce(fuzzcases.truce_case(random.Random(seed)), "fuzzed.yaml")
    except TruceFileError:
        pass
    except Exception as exc:  # noqa: BLE001 - a TruceError subclass is fine, anything else a crash
        from truce.errors import TruceError

        if not isinstance(exc, TruceError):
            raise
    return "ok", None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=300, help="cases per reader")
    parser.add_argument("--seed", type=int, default=0, help="first seed")
    parser.add_argument("--timeout", type=int, default=60, help="seconds before a case counts as a hang")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    kinds = [*sorted(fuzzcases.READERS), "truce-file"]
    crashes: dict[str, Counter] = {k: Counter() for k in kinds}
    totals: dict[str, Counter] = {k: Counter() for k in kinds}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            for seed in range(args.seed, args.seed + args.cases):
                signal.alarm(args.timeout)
                try:
                    outcome, _ = run_truce(seed) if kind == "truce-file" else run_reader(kind, seed, Path(tmp))
                except Hang:
                    outcome = "hang"
                except Exception as exc:  # noqa: BLE001 - counting them is the point
                    outcome = "crash"
                    crashes[kind][where(exc)] += 1
                finally:
                    signal.alarm(0)
                totals[kind][outcome] += 1
    print(f"{'input':<11} {'cases':>6} {'ok':>6} {'crash':>6} {'lost':>6} {'hang':>6}")
    for kind in kinds:
        t = totals[kind]
        print(f"{kind:<11} {sum(t.values()):>6} {t['ok']:>6} {t['crash']:>6} {t['lost']:>6} {t['hang']:>6}")
    every = sum((totals[k] for k in kinds), Counter())
    print(f"{'all':<11} {sum(every.values()):>6} {every['ok']:>6} {every['crash']:>6} {every['lost']:>6} "
          f"{every['hang']:>6}   ({time.perf_counter() - started:.0f} s)")
    distinct = [(kind, place, n) for kind in kinds for place, n in crashes[kind].most_common()]
    if distinct:
        print(f"\n{len(distinct)} distinct crashes (input, exception and where, cases):")
        for kind, place, n in distinct:
            print(f"  {kind:<11} {place}  x{n}")


if __name__ == "__main__":
    main()
