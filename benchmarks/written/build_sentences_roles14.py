"""Build ``sentences_roles14_dev.jsonl`` / ``sentences_roles14_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_roles14.py

The sources (``benchmarks/data/written/source/sentences_roles14_{a..f}.blindsrc.py``, issue 10, helper roles14)
hold blind items: do not open them. The set measures who did what to whom: every political sentence has its
labelled actor and recipient spans. Parts: (a) symmetric events ("X and Y agreed / signed / met / held
talks", "talks between X and Y") in the PLOVER source/target convention, the first party the actor and the
second the recipient, and plain one-actor one-recipient sentences; (b) passives with and without a "by"
agent, nominal events ("the shelling of X by Y", "an attack on a convoy"), possessive and compound actors
("the army's shelling", "a Houthi drone attack"); (c) long attribution-first wire sentences ("The ministry
said on Tuesday that soldiers had arrested ..."); (d) light verbs and event nouns whose recipient is a
prepositional phrase ("carried out raids against", "imposed sanctions on", "made an appeal to"); (e) a person
beside a place phrase (the person is the recipient), weapons as subjects (never the actor), several acts,
plain sentences; (f) more of each in other words. Every sentence is its own group ``wr14-<part>-<nnn>`` (id
``<group>-1``); the file is split 50/50 by the group hash (``check_written.FILE_BLIND_SHARE["sentences_roles14"]``),
registered before the set was written; the blind half was written before truce was run on any of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_sentences_news8 import build  # noqa: E402

if __name__ == "__main__":
    build("roles14", "wr14")
