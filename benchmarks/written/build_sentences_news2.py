"""Build ``sentences_news2_dev.jsonl`` / ``sentences_news2_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news2.py

The sources (``benchmarks/data/written/source/sentences_news2_*.blindsrc.py``) hold blind items: do not open
them. Every sentence is its own group ``wn2-<part>-<nnn>`` (id ``<group>-1``) and lands on the side its group's
hash says (the rule of benchmarks/check_written.py), so the checker verifies the split.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITTEN = HERE.parents[0] / "data" / "written"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from check_written import SENTENCE_FIELDS, is_blind  # noqa: E402


def _items(path: Path) -> list[dict]:
    spec = importlib.util.spec_from_file_location(path.stem.split(".")[0], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ITEMS


def main() -> None:
    sides: dict[bool, list[dict]] = {False: [], True: []}
    for path in sorted((WRITTEN / "source").glob("sentences_news2_*.blindsrc.py")):
        part = path.name.split(".")[0].rsplit("_", 1)[1]
        for n, item in enumerate(_items(path), 1):
            group = f"wn2-{part}-{n:03d}"
            rec = {"id": f"{group}-1", **item, "group": group}
            sides[is_blind(group)].append({k: rec[k] for k in SENTENCE_FIELDS})
    for blind, name in ((False, "sentences_news2_dev.jsonl"), (True, "sentences_news2_blind.jsonl")):
        with open(WRITTEN / name, "w", encoding="utf-8") as fh:
            for rec in sides[blind]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(name, len(sides[blind]))


if __name__ == "__main__":
    main()
