"""Build ``sentences_news8_dev.jsonl`` / ``sentences_news8_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news8.py

The sources (``benchmarks/data/written/source/sentences_news8_{a,b,c,d}.blindsrc.py``, issue 10, helper
snip11) hold blind items: do not open them. Parts: (a) ACLED-style conflict-event notes, (b) dateline-led
headlines and wire ledes, (c) title-case headlines, feed snippets and one-line reports, (d) two-sentence
reports; hard negatives of the same shapes in every part. Every sentence is its own group
``wn8-<part>-<nnn>`` (id ``<group>-1``); the file is split 50/50 by the group hash
(``check_written.FILE_BLIND_SHARE``), fixed before truce was run on it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITTEN = HERE.parents[0] / "data" / "written"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from build_sentences_news2 import _items  # noqa: E402
from check_written import FILE_BLIND_SHARE, SENTENCE_FIELDS, is_blind  # noqa: E402

NAME, PREFIX = "news8", "wn8"


def build(name: str, prefix: str) -> None:
    """Every ``sentences_<name>_*.blindsrc.py`` item as its own group ``<prefix>-<part>-<nnn>``, written to the
    dev or blind file by the group hash at the file's share (``check_written.FILE_BLIND_SHARE``)."""
    share = FILE_BLIND_SHARE[f"sentences_{name}"]
    sides: dict[bool, list[dict]] = {False: [], True: []}
    for path in sorted((WRITTEN / "source").glob(f"sentences_{name}_*.blindsrc.py")):
        part = path.name.split(".")[0].rsplit("_", 1)[1]
        for n, item in enumerate(_items(path), 1):
            group = f"{prefix}-{part}-{n:03d}"
            rec = {"id": f"{group}-1", **item, "group": group}
            sides[is_blind(group, share)].append({k: rec[k] for k in SENTENCE_FIELDS})
    for blind, side in ((False, "dev"), (True, "blind")):
        out = f"sentences_{name}_{side}.jsonl"
        with open(WRITTEN / out, "w", encoding="utf-8") as fh:
            for rec in sides[blind]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(out, len(sides[blind]))


if __name__ == "__main__":
    build(NAME, PREFIX)
