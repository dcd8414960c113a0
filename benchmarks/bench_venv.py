"""Size of the virtual environment ``make demo`` makes: truce and its runtime dependencies only.

    python benchmarks/bench_venv.py [--keep DIR]

Runs ``make demo`` itself with the venv in a temporary folder (``make VENV=... DEMO_DB=... demo``:
the Makefile's own install, ``pip install --no-compile -e .``, no test tools, no extras, then the
demo's ingest and stats, which write the bytecode of the modules they import), and prints the
venv's size on disk after the demo, the bytecode in it, and the largest installed distributions.
The gazetteer index and the language-ID model the first run unpacks live outside the venv, in
truce's cache folder (``$TRUCE_CACHE_DIR``, default ``~/.cache/truce``); their size is printed too.
Needs the package index pip is configured with (the install step's).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            f = Path(root) / name
            if not f.is_symlink():
                total += f.stat().st_size
    return total


def distributions(venv: Path) -> list[tuple[int, str]]:
    """(bytes, name) of each installed distribution, from its RECORD file."""
    site = next(venv.glob("lib/python*/site-packages"))
    out = []
    for dist in site.glob("*.dist-info"):
        record = dist / "RECORD"
        if not record.exists():
            continue
        total = 0
        lines = record.read_text(encoding="utf-8").splitlines()
        recorded = {line.split(",", 1)[0] for line in lines}
        for line in lines:
            rel = line.split(",", 1)[0]
            f = (site / rel).resolve()
            if f.is_file():
                total += f.stat().st_size
            if f.suffix == ".py":  # bytecode written after the install (pip --no-compile) is not in RECORD
                pyc = Path(importlib.util.cache_from_source(str(f)))
                if pyc.is_file() and str(pyc.relative_to(site)) not in recorded:
                    total += pyc.stat().st_size
        out.append((total, dist.name.split("-")[0]))
    return sorted(out, reverse=True)


def _user_env() -> dict[str, str]:
    """This environment as a user's shell has it: Python writes bytecode (a CI or sandbox setting
    ``PYTHONDONTWRITEBYTECODE`` would hide the bytecode the demo's run writes into the venv)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="make the venv here and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        venv = (args.keep or Path(tmp) / "venv").resolve()
        subprocess.run(["make", "-C", str(REPO), f"PY={sys.executable}", f"VENV={venv}",
                        f"DEMO_DB={Path(tmp) / 'demo.duckdb'}", "demo"], check=True, capture_output=True,
                       env=_user_env())
        total = size(venv)
        pyc = sum(f.stat().st_size for f in venv.rglob("*.pyc"))
        print(f"make demo venv: {total / 1e6:,.0f} MB ({venv}), of it bytecode {pyc / 1e6:,.0f} MB")
        for nbytes, name in distributions(venv)[:15]:
            print(f"  {nbytes / 1e6:8.1f} MB  {name}")
        cache = Path(os.environ.get("TRUCE_CACHE_DIR") or Path.home() / ".cache" / "truce")
        if cache.exists():
            print(f"outside the venv, truce's cache {cache}: {size(cache) / 1e6:,.0f} MB")


if __name__ == "__main__":
    main()
