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
from build_clusters import SOURCE, load_reports, split_rows, write_jsonl  # noqa: E402


def main() -> int:
    dev, blind = [], []
    split_rows(load_reports(SOURCE / "multistream.blindsrc.py", "multistream"), "wm", dev, blind)
    write_jsonl("clusters_multistream_dev.jsonl", dev)
    write_jsonl("clusters_multistream_blind.jsonl", blind)
    print(f"reports dev {len(dev)} blind {len(blind)}; incidents dev {len({r['incident'] for r in dev})} "
          f"blind {len({r['incident'] for r in blind})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
