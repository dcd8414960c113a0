"""Build the geo12 articles (issues 10 and 12, homonyms abroad, datelines against body places, unit words, small towns): ``articles_geo12_dev.jsonl`` and
``articles_geo12_blind.jsonl`` under benchmarks/data/written/ (our writer's article format, read by
``truce.evaluate.geo.evaluate_article_event_locations``).

Source: ``source/geo12_articles.blindsrc.py`` (holds blind items: never open it to tune). The split is
50/50 by the hash of the id, fixed before truce was run on the material:

    int(sha256(id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.5   ->  blind

    python benchmarks/written/build_geo12.py     # writes both files, prints counts only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_geo7 import build  # noqa: E402


def geo12_domain(item: dict) -> str:
    return "conflict" if item["events"][0][0] != "PROTEST" else "protest"


if __name__ == "__main__":
    raise SystemExit(build("geo12", geo12_domain))
