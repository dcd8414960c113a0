"""Build ``sentences_news3_dev.jsonl`` / ``sentences_news3_blind.jsonl`` from the hand-written sources.

    python benchmarks/written/build_sentences_news3.py

The sources (``benchmarks/data/written/source/sentences_news3_*.blindsrc.py``, issue 10, helper events5) hold
blind items: do not open them. Every sentence is its own group ``wn3-<part>-<nnn>`` (id ``<group>-1``) and lands
on the side its group's hash says (the rule of benchmarks/check_written.py), as in the second set.
"""

from __future__ import annotations

from build_sentences_news2 import build


def main() -> None:
    build("news3", "wn3")


if __name__ == "__main__":
    main()
