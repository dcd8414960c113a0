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


def build(name: str, prefix: str) -> None:
    """``source/sentences_<name>_*.blindsrc.py`` -> ``sentences_<name>_dev.jsonl`` / ``_blind.jsonl``; groups
    ``<prefix>-<part>-<nnn>`` (also used by ``build_sentences_news3.py``)."""
    sides: dict[bool, list[dict]] = {False: [], True: []}
    for path in sorted((WRITTEN / "source").glob(f"sentences_{name}_*.blindsrc.py")):
        part = path.name.split(".")[0].rsplit("_", 1)[1]
        for n, item in enumerate(_items(path), 1):
            group = f"{prefix}-{part}-{n:03d}"
            rec = {"id": f"{group}-1", **item, "group": group}
            sides[is_blind(group)].append({k: rec[k] for k in SENTENCE_FIELDS})
    for blind, side in ((False, "dev"), (True, "blind")):
        out = f"sentences_{name}_{side}.jsonl"
        with open(WRITTEN / out, "w", encoding="utf-8") as fh:
            for rec in sides[blind]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(out, len(sides[blind]))


def main() -> None:
    build("news2", "wn2")


if __name__ == "__main__":
    main()
