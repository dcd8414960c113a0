"""Build the follow-up incident set (benchmarks/data/written/clusters_followups_{dev,blind}.jsonl).

Reports are written in benchmarks/data/written/source/followups.blindsrc.py (blind items too). The split
unit is the incident, with the hash the writer's cluster set uses (``build_clusters.is_blind``), so a
blind incident is never half in the tuning data. The rows have the cluster set's fields, so
``benchmarks/eval_incidents.py --gold`` scores them.

    python benchmarks/written/build_followups.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_clusters import ROOT, SOURCE, is_blind  # noqa: E402


def main() -> int:
    spec = importlib.util.spec_from_file_location("followups", SOURCE / "followups.blindsrc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    dev, blind = [], []
    for n, r in enumerate(mod.REPORTS, 1):
        inc = f"wf-{r['incident']}"
        row = {"id": f"wf-{n:03d}", "title": r["title"], "text": r["text"], "published": r["published"],
               "source": r["source"], "incident": inc, "group": inc}
        (blind if is_blind(inc) else dev).append(row)
    for name, rows in (("clusters_followups_dev.jsonl", dev), ("clusters_followups_blind.jsonl", blind)):
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"reports dev {len(dev)} blind {len(blind)}; incidents dev {len({r['incident'] for r in dev})} "
          f"blind {len({r['incident'] for r in blind})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
