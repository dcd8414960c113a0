"""Build the incid11 stream (benchmarks/data/written/clusters_streams11_{dev,blind}.jsonl; issue 12).

Reports are written in benchmarks/data/written/source/streams11.blindsrc.py (blind items too). The split
unit is the report's ``group`` (an incident, or an incident with its tempting look-alike), blind when the
hash of ``check_written.is_blind`` falls under the file's registered share (50%), so an incident and the
look-alike it could be merged with are always on one side. The rows have the cluster set's fields, so
``benchmarks/eval_incidents.py --gold`` scores them.

    python benchmarks/written/build_streams11.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))
from build_clusters import SOURCE, load_reports, write_jsonl  # noqa: E402
from check_written import FILE_BLIND_SHARE, is_blind  # noqa: E402

NAME, PREFIX = "streams11", "ws11"


def main(name: str = NAME, prefix: str = PREFIX) -> int:
    """Split stream ``name``'s reports into its dev and blind files; ids and groups get ``prefix``."""
    share = FILE_BLIND_SHARE[f"clusters_{name}"]
    dev: list[dict] = []
    blind: list[dict] = []
    for n, r in enumerate(load_reports(SOURCE / f"{name}.blindsrc.py", name), 1):
        group = f"{prefix}-{r['group']}"
        row = {"id": f"{prefix}-{n:03d}", "title": r["title"], "text": r["text"], "published": r["published"],
               "source": r["source"], "incident": f"{prefix}-{r['incident']}", "group": group}
        (blind if is_blind(group, share) else dev).append(row)
    write_jsonl(f"clusters_{name}_dev.jsonl", dev)
    write_jsonl(f"clusters_{name}_blind.jsonl", blind)
    print(f"reports dev {len(dev)} blind {len(blind)}; incidents dev {len({r['incident'] for r in dev})} "
          f"blind {len({r['incident'] for r in blind})}; groups dev {len({r['group'] for r in dev})} "
          f"blind {len({r['group'] for r in blind})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
