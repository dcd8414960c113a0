"""Build the geo11 articles (issue 11, place resolution on news nobody on the team wrote): ``articles_geo11_dev.jsonl`` and
``articles_geo11_blind.jsonl`` under benchmarks/data/written/ (our writer's article format, read by
``truce.evaluate.geo.evaluate_article_event_locations``).

Source: ``source/geo11_articles.blindsrc.py`` (holds blind items: never open it to tune). The split is
50/50 by the hash of the id, fixed before truce was run on the material:

    int(sha256(id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.5   ->  blind

    python benchmarks/written/build_geo11.py     # writes both files, prints counts only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_geo7 import build  # noqa: E402


def geo11_domain(item: dict) -> str:
    return "conflict" if item["events"][0][0] != "PROTEST" else "protest"


if __name__ == "__main__":
    raise SystemExit(build("geo11", geo11_domain))
