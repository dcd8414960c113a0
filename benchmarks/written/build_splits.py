"""Build the split-cause incident set (benchmarks/data/written/clusters_splits_{dev,blind}.jsonl; issue 12).

Reports are written in benchmarks/data/written/source/splits.blindsrc.py (blind items too). The split
unit is the incident, with the hash the writer's cluster set uses (``build_clusters.is_blind``), so a
blind incident is never half in the tuning data. The rows have the cluster set's fields, so
``benchmarks/eval_incidents.py --gold`` scores them.

    python benchmarks/written/build_splits.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_clusters import build_report_set  # noqa: E402


def main() -> int:
    return build_report_set("splits", "wsp")


if __name__ == "__main__":
    raise SystemExit(main())
