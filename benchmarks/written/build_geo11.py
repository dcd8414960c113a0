"""Build the geo11 articles (issue 11, place resolution on news nobody on the team wrote): ``articles_geo11_dev.jsonl`` and
``articles_geo11_blind.jsonl`` under benchmarks/data/written/ (our writer's article format, read by
``truce.evaluate.geo.evaluate_article_event_locations``).

Source: ``source/geo11_articles.blindsrc.py`` (holds blind items: never open it to tune). The split is
50/50 by the hash of the id, fixed before truce was run on the material:

    int(sha256(id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.5   ->  blind

    python benchmarks/written/build_geo11.py     # writes both files, prints counts only
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_geo_r4  # noqa: E402
import geo_places  # noqa: E402

WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written"
SOURCE = WRITTEN / "source" / "geo11_articles.blindsrc.py"
BLIND_SHARE = 0.5


def is_blind(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < BLIND_SHARE


def articles() -> list[dict]:
    spec = importlib.util.spec_from_file_location("geo11_articles", SOURCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ARTICLES


def row(item: dict, problems: list[str]) -> dict:
    events = []
    for kind, mode, place, place_spec, *rest in item["events"]:
        try:
            g = build_geo_r4.gold(place_spec, place)
        except geo_places.SpecError as e:
            problems.append(f"{item['id']}: {place_spec}: {e}")  # the id and spec only, never the text
            continue
        cc = place_spec.rsplit("/", 1)[-1] if place_spec.startswith("p:") else g.get("cc")
        # the articles' event fields (check_written.py); who did it and when are not labelled in this set
        events.append({"type": kind, "mode": mode, "asserted": rest[0] if rest else True, "actor": None,
                       "recipient": None, "place": place, "country": geo_places.iso3(cc), "lat": g["lat"],
                       "lon": g["lon"], "date": None})
    return {"id": item["id"], "title": item["title"], "text": item["text"], "published": item["published"],
            "source": item["source"], "domain": "conflict" if item["events"][0][0] != "PROTEST" else "protest",
            "political": True, "events": events, "group": item["id"]}


def main() -> int:
    problems: list[str] = []
    split: dict[str, list[dict]] = {"dev": [], "blind": []}
    for item in articles():
        split["blind" if is_blind(item["id"]) else "dev"].append(row(item, problems))
    for p in problems:
        print(p)
    if problems:
        return 1
    for part, rows in split.items():
        out = WRITTEN / f"articles_geo11_{part}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{part}: {len(rows)} articles, {sum(len(r['events']) for r in rows)} events -> {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
