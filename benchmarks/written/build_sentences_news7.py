"""Build ``sentences_news7_dev.jsonl`` / ``sentences_news7_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news7.py

The sources (``benchmarks/data/written/source/sentences_news7_*.blindsrc.py``, issue 10, helper gsr11) hold
blind items: do not open them. Part a holds cooperation (AGREE ... RETREAT), part b appeals, verbal conflict
and protest, part c material conflict, sentences with several acts and hard negatives. Every sentence is its
own group ``wn7-<part>-<nnn>`` (id ``<group>-1``); the file is split 50/50 by the group hash
(``check_written.FILE_BLIND_SHARE["sentences_news7"]``), fixed before truce was run on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_sentences_news8 import build  # noqa: E402

if __name__ == "__main__":
    build("news7", "wn7")
