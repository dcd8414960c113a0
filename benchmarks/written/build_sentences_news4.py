"""Build ``sentences_news4_dev.jsonl`` / ``sentences_news4_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news4.py

The sources (``benchmarks/data/written/source/sentences_news4_*.blindsrc.py``, issue 10, helper events7) hold
blind items: do not open them. Every sentence is its own group ``wn4-<part>-<nnn>`` (id ``<group>-1``); this
set is split 50/50 by the group hash (``check_written.GROUP_BLIND_SHARE``), so the checker verifies the split.
"""

from __future__ import annotations

from build_sentences_news2 import build


def main() -> None:
    build("news4", "wn4")


if __name__ == "__main__":
    main()
