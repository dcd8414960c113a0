"""Build the incid12 stream (benchmarks/data/written/clusters_streams12_{dev,blind}.jsonl; issue 12).

Reports are written in benchmarks/data/written/source/streams12.blindsrc.py (blind items too). The split
unit is the report's ``group`` (an incident, or an incident with its tempting look-alike), blind when the
hash of ``check_written.is_blind`` falls under the file's registered share (50%), so an incident and the
look-alike it could be merged with are always on one side. The rows have the cluster set's fields, so
``benchmarks/eval_incidents.py --gold`` scores them.

    python benchmarks/written/build_streams12.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))
from build_clusters import SOURCE, load_reports, write_jsonl  # noqa: E402
from check_written import FILE_BLIND_SHARE, is_blind  # noqa: E402

NAME, PREFIX = "streams12", "ws12"


def main() -> int:
    share = FILE_BLIND_SHARE[f"clusters_{NAME}"]
    dev: list[dict] = []
    blind: list[dict] = []
    for n, r in enumerate(load_reports(SOURCE / f"{NAME}.blindsrc.py", NAME), 1):
        group = f"{PREFIX}-{r['group']}"
        row = {"id": f"{PREFIX}-{n:03d}", "title": r["title"], "text": r["text"], "published": r["published"],
               "source": r["source"], "incident": f"{PREFIX}-{r['incident']}", "group": group}
        (blind if is_blind(group, share) else dev).append(row)
    write_jsonl(f"clusters_{NAME}_dev.jsonl", dev)
    write_jsonl(f"clusters_{NAME}_blind.jsonl", blind)
    print(f"reports dev {len(dev)} blind {len(blind)}; incidents dev {len({r['incident'] for r in dev})} "
          f"blind {len({r['incident'] for r in blind})}; groups dev {len({r['group'] for r in dev})} "
          f"blind {len({r['group'] for r in blind})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
