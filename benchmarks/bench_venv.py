"""Size of the virtual environment ``make demo`` makes: truce and its runtime dependencies only.

    python benchmarks/bench_venv.py [--keep DIR]

Creates a fresh venv in a temporary folder, installs this checkout as ``make demo`` does
(``pip install -e .``: no test tools, no extras), and prints its size on disk and the largest
installed distributions. Needs the package index pip is configured with (the install step's).
"""

from __future__ import annotations

import argparse
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
        for line in record.read_text(encoding="utf-8").splitlines():
            rel = line.split(",", 1)[0]
            f = (site / rel).resolve()
            if f.is_file():
                total += f.stat().st_size
        out.append((total, dist.name.split("-")[0]))
    return sorted(out, reverse=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="make the venv here and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        venv = args.keep or Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
        subprocess.run(pip + ["--upgrade", "pip"], check=True, capture_output=True)
        subprocess.run(pip + ["-e", str(REPO)], check=True, capture_output=True)
        total = size(venv)
        print(f"make demo venv: {total / 1e6:,.0f} MB ({venv})")
        for nbytes, name in distributions(venv)[:15]:
            print(f"  {nbytes / 1e6:8.1f} MB  {name}")


if __name__ == "__main__":
    main()
