"""Build the geo7 local-news and conflict-note articles (issue 11): ``articles_geo7_dev.jsonl`` and
``articles_geo7_blind.jsonl`` under benchmarks/data/written/ (our writer's article format, read by
``truce.evaluate.geo.evaluate_article_event_locations``).

Source: ``source/geo7_articles.blindsrc.py`` (holds blind items: never open it to tune). The split is
50/50 by the hash of the id, fixed before truce was run on the material:

    int(sha256(id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.5   ->  blind

    python benchmarks/written/build_geo7.py     # writes both files, prints counts only
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_geo_r4  # noqa: E402
import geo_places  # noqa: E402

WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written"
BLIND_SHARE = 0.5


def is_blind(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < BLIND_SHARE


def articles(name: str) -> list[dict]:
    """The items of ``source/<name>_articles.blindsrc.py``."""
    source = WRITTEN / "source" / f"{name}_articles.blindsrc.py"
    spec = importlib.util.spec_from_file_location(f"{name}_articles", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ARTICLES


def geo7_domain(item: dict) -> str:
    return "conflict" if "-us-" not in item["id"] else "crime"


def row(item: dict, problems: list[str], domain: Callable[[dict], str]) -> dict:
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
            "source": item["source"], "domain": domain(item),
            "political": True, "events": events, "group": item["id"]}


def build(name: str, domain: Callable[[dict], str]) -> int:
    """Write ``articles_<name>_{dev,blind}.jsonl`` (split by the id's hash); 1 when a place spec fails."""
    problems: list[str] = []
    split: dict[str, list[dict]] = {"dev": [], "blind": []}
    for item in articles(name):
        split["blind" if is_blind(item["id"]) else "dev"].append(row(item, problems, domain))
    for p in problems:
        print(p)
    if problems:
        return 1
    for part, rows in split.items():
        out = WRITTEN / f"articles_{name}_{part}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{part}: {len(rows)} articles, {sum(len(r['events']) for r in rows)} events -> {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(build("geo7", geo7_domain))
