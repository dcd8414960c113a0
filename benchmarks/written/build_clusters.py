"""Build the written incident-clustering set (benchmarks/data/written/clusters_{dev,blind}.jsonl).

Reports are written in benchmarks/data/written/source/clusters_*.blindsrc.py (blind items too: do not
open them unless you are the writer). The split unit is the incident: every report of one incident is
on the same side, so a blind incident is never half in the tuning data.

    python benchmarks/written/build_clusters.py
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "data" / "written"
SOURCE = ROOT / "source"


def is_blind(group: str) -> bool:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.3


def load_reports(path: Path, name: str) -> list[dict]:
    """The ``REPORTS`` list of one source file."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.REPORTS


def split_rows(reports: list[dict], prefix: str, dev: list[dict], blind: list[dict]) -> None:
    """Each report as a gold row (ids ``<prefix>-NNN``, incident ``<prefix>-<incident>``), on the side
    its incident's hash gives."""
    for n, r in enumerate(reports, 1):
        inc = f"{prefix}-{r['incident']}"
        row = {"id": f"{prefix}-{n:03d}", "title": r["title"], "text": r["text"], "published": r["published"],
               "source": r["source"], "incident": inc, "group": inc}
        (blind if is_blind(inc) else dev).append(row)


def write_jsonl(name: str, rows: list[dict]) -> None:
    with open(ROOT / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_report_set(name: str, prefix: str) -> int:
    """Split ``source/<name>.blindsrc.py`` by incident into ``clusters_<name>_{dev,blind}.jsonl``; print counts."""
    dev: list[dict] = []
    blind: list[dict] = []
    split_rows(load_reports(SOURCE / f"{name}.blindsrc.py", name), prefix, dev, blind)
    write_jsonl(f"clusters_{name}_dev.jsonl", dev)
    write_jsonl(f"clusters_{name}_blind.jsonl", blind)
    print(f"reports dev {len(dev)} blind {len(blind)}; incidents dev {len({r['incident'] for r in dev})} "
          f"blind {len({r['incident'] for r in blind})}")
    return 0


def main() -> int:
    dev, blind = [], []
    for path in sorted(SOURCE.glob("clusters_*.blindsrc.py")):
        stem = path.name[len("clusters_"):-len(".blindsrc.py")]
        split_rows(load_reports(path, f"clusters_{stem}"), f"wc-{stem}", dev, blind)
    write_jsonl("clusters_dev.jsonl", dev)
    write_jsonl("clusters_blind.jsonl", blind)
    rows = dev + blind
    sizes = Counter(Counter(r["incident"] for r in rows).values())
    print(f"reports dev {len(dev)} blind {len(blind)} all {len(rows)}; incidents "
          f"dev {len({r['incident'] for r in dev})} blind {len({r['incident'] for r in blind})}; "
          f"reports per incident {dict(sorted(sizes.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
