"""Build the incid15 stream (benchmarks/data/written/clusters_streams15_{dev,blind}.jsonl; issue 12).

Reports are written in benchmarks/data/written/source/streams15.blindsrc.py (blind items too). The split
unit is the report's ``group`` (an incident, or an incident with its tempting look-alike), blind when the
hash of ``check_written.is_blind`` falls under the file's registered share (50%), so an incident and the
look-alike it could be merged with are always on one side. The rows have the cluster set's fields, so
``benchmarks/eval_incidents.py --gold`` scores them.

    python benchmarks/written/build_streams15.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_streams11 import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main("streams15", "ws15"))
