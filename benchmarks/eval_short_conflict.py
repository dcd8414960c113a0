"""Short conflict and crime reports (1-3 sentences) told with crime words: does political violence keep
a counted material-conflict event, and does ordinary crime lose its own? (issue 10, helper short10)

Reads ``benchmarks/data/written/short_conflict_{dev,blind}.jsonl`` (our own fictional texts, split by id
hash before truce ran on them): ``political`` (gold yes/no) and ``event`` (main PLOVER type). A political
text is kept when a counted ASSAULT, COERCE, MOBILIZE or PROTEST remains (``type`` when one has the gold
type); a non-political one is demoted when none remains but police arrests. The blind half prints totals
only.

    PYTHONPATH=src python benchmarks/eval_short_conflict.py
"""

from __future__ import annotations

import json
from pathlib import Path

MATERIAL = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")
DATA = Path(__file__).parent / "data" / "written"


def score(pipe, path: Path) -> dict[str, int]:
    """Counts for one half; the dev half also prints its misses."""
    out = {"political": 0, "kept": 0, "type": 0, "nonpolitical": 0, "demoted": 0}
    for line in path.read_text().splitlines():
        row = json.loads(line)
        events = pipe.code_text(row["text"]).events
        counted = [e for e in events if e.counted and e.event in MATERIAL]
        if row["political"]:
            ok = bool(counted)
            out["political"] += 1
            out["kept"] += ok
            out["type"] += any(e.event == row["event"] for e in counted)
        else:
            ok = not [e for e in counted if e.mode != "arrest"]
            out["nonpolitical"] += 1
            out["demoted"] += ok
        if not ok and "blind" not in path.name:
            print("miss", row["id"], [(e.event, e.event_text, e.demoted_reason) for e in events])
    return out


def main() -> None:
    from truce.pipeline import Pipeline

    pipe = Pipeline()
    for half in ("dev", "blind"):
        c = score(pipe, DATA / f"short_conflict_{half}.jsonl")
        print(f"{half}: political kept {c['kept']}/{c['political']} (main type {c['type']}), "
              f"non-political demoted {c['demoted']}/{c['nonpolitical']}")


if __name__ == "__main__":
    main()
