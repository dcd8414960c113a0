"""Build ``sentences_news11_dev.jsonl`` / ``sentences_news11_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news11.py

The sources (``benchmarks/data/written/source/sentences_news11_{a,b,c,d}.blindsrc.py``, issue 10, helper gsr14)
hold blind items: do not open them. Parts: (a) long wire sentences with the attribution first ("The army said
on Tuesday that ...", "According to ...") and several acts; (b) headlines, dateline fragments with no finite
verb, feed snippets and content-farm headlines; (c) this round's failure families as classes: physical versus
legal charge, explosions with no named actor, live ammunition and tear gas used on people, herder-farmer and
communal clashes; (d) snippets and two-clause sentences whose main event is not the first verb. Non-political
look-alikes (sport, markets, weather, disasters, accidents, crime without a political actor, entertainment) in
every part. Every sentence is its own group ``wn11-<part>-<nnn>`` (id ``<group>-1``); the file is split 50/50 by
the group hash (``check_written.FILE_BLIND_SHARE["sentences_news11"]``), registered before the set was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_sentences_news8 import build  # noqa: E402

if __name__ == "__main__":
    build("news11", "wn11")
