"""Build ``sentences_news10_dev.jsonl`` / ``sentences_news10_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news10.py

The sources (``benchmarks/data/written/source/sentences_news10_{a,b,c,d}.blindsrc.py``, issue 10, helper gsr13)
hold blind items: do not open them. Parts: (a) sentences with several acts whose main event is the act done,
and modality (planned, denied, threatened, cancelled, hypothetical); (b) reporting verbs and attribution (a
report of an act is the act; accusations, condemnations, denials, praise, appeals and demands are verbal
acts), quotes; (c) light verbs with event nouns, nominal and passive events, PLOVER conventions (razing,
bans on parties, "met and agreed", captures, ceremonies and prayers that are no event); (d) headlines,
datelines and content-farm rewrites of every type. Non-political look-alikes (sport, markets, weather,
disasters, accidents, crime without a political actor, culture, tech) in every part. Every sentence is its
own group ``wn10-<part>-<nnn>`` (id ``<group>-1``); the file is split 50/50 by the group hash
(``check_written.FILE_BLIND_SHARE["sentences_news10"]``), registered before the set was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_sentences_news8 import build  # noqa: E402

if __name__ == "__main__":
    build("news10", "wn10")
