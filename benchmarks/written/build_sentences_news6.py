"""Build ``sentences_news6_dev.jsonl`` / ``sentences_news6_blind.jsonl`` from the hand-written source.

    python benchmarks/written/build_sentences_news6.py

The source (``benchmarks/data/written/source/sentences_news6_a.blindsrc.py``, issue 10, helper headline10)
holds blind items: do not open it. Short present-tense headlines whose verb the small model tags as a
noun, and non-political headlines of the same shape. Every sentence is its own group ``wn6-a-<nnn>``
(id ``<group>-1``); the set is split 50/50 by the group hash (``check_written.GROUP_BLIND_SHARE``),
fixed before truce was run on it.
"""

from __future__ import annotations

from build_sentences_news2 import build


def main() -> None:
    build("news6", "wn6")


if __name__ == "__main__":
    main()
