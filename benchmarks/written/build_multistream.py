"""Build the multi-country stream incident set (benchmarks/data/written/clusters_multistream_{dev,blind}.jsonl).

Reports are written in benchmarks/data/written/source/multistream.blindsrc.py (blind items too). The split
unit is the incident, with the written cluster set's hash (``build_clusters.is_blind``), made when the
file was first built, before truce was run on it. The rows have the cluster set's fields, so
``benchmarks/eval_incidents.py --gold`` scores them.

    python benchmarks/written/build_multistream.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_clusters import build_report_set  # noqa: E402


def main() -> int:
    return build_report_set("multistream", "wm")


if __name__ == "__main__":
    raise SystemExit(main())
