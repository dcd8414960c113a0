"""Build ``sentences_news5_dev.jsonl`` / ``sentences_news5_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news5.py

The sources (``benchmarks/data/written/source/sentences_news5_*.blindsrc.py``, issue 10, helper events9) hold
blind items: do not open them. Part a holds news sentences, part b conflict-event notes, part c short snippets
and headlines. Every sentence is its own group ``wn5-<part>-<nnn>`` (id ``<group>-1``); this set is split 50/50
by the group hash (``check_written.GROUP_BLIND_SHARE``), fixed before truce was run on it.
"""

from __future__ import annotations

from build_sentences_news2 import build


def main() -> None:
    build("news5", "wn5")


if __name__ == "__main__":
    main()
