"""Build ``sentences_news7_dev.jsonl`` / ``sentences_news7_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news7.py

The sources (``benchmarks/data/written/source/sentences_news7_*.blindsrc.py``, issue 10, helper gsr11) hold
blind items: do not open them. Part a holds cooperation (AGREE ... RETREAT), part b appeals, verbal conflict
and protest, part c material conflict, sentences with several acts and hard negatives. Every sentence is its
own group ``wn7-<part>-<nnn>`` (id ``<group>-1``); the file is split 50/50 by the group hash
(``check_written.FILE_BLIND_SHARE["sentences_news7"]``), fixed before truce was run on it.
"""

from __future__ import annotations

import json

from build_sentences_news2 import WRITTEN, _items
from check_written import FILE_BLIND_SHARE, SENTENCE_FIELDS, is_blind


def main() -> None:
    share = FILE_BLIND_SHARE["sentences_news7"]
    sides: dict[bool, list[dict]] = {False: [], True: []}
    for path in sorted((WRITTEN / "source").glob("sentences_news7_*.blindsrc.py")):
        part = path.name.split(".")[0].rsplit("_", 1)[1]
        for n, item in enumerate(_items(path), 1):
            group = f"wn7-{part}-{n:03d}"
            rec = {"id": f"{group}-1", **item, "group": group}
            sides[is_blind(group, share)].append({k: rec[k] for k in SENTENCE_FIELDS})
    for blind, side in ((False, "dev"), (True, "blind")):
        out = f"sentences_news7_{side}.jsonl"
        with open(WRITTEN / out, "w", encoding="utf-8") as fh:
            for rec in sides[blind]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(out, len(sides[blind]))


if __name__ == "__main__":
    main()
