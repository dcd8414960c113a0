"""Build ``sentences_news9_dev.jsonl`` / ``sentences_news9_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news9.py

The sources (``benchmarks/data/written/source/sentences_news9_{a,b,c,d}.blindsrc.py``, issue 10, helper gsr12)
hold blind items: do not open them. Parts: (a) sentences with several acts (preparation, movement or statement
around the act done to people), (b) events told only by a noun, (c) statements and reported speech against the
acts they report, light verbs, (d) past tenses a tagger reads as adjectives, forces sent to help another party
against forces moved by their own side; non-political look-alikes in every part. Every sentence is its own group
``wn9-<part>-<nnn>`` (id ``<group>-1``); the file is split 50/50 by the group hash
(``check_written.FILE_BLIND_SHARE["sentences_news9"]``), registered before the set was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_sentences_news8 import build  # noqa: E402

if __name__ == "__main__":
    build("news9", "wn9")
