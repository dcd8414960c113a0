"""Render articles.yaml to corpus/articles.jsonl (one article a line), the form `truce ingest` reads.

    python benchmarks/data/dev_scenario/build.py                          # this folder
    python benchmarks/data/dev_scenario/build.py benchmarks/data/dev_scenario2   # another scenario folder
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def build(folder: Path = HERE) -> Path:
    data = yaml.safe_load((folder / "articles.yaml").read_text(encoding="utf-8"))
    out = folder / "corpus" / "articles.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for a in data["articles"]:
            rec = {"text": a["text"].strip(), "title": a["title"], "url": a["url"], "published": a["published"],
                   "source": a["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE))
