"""Build the relevance article set (issue 10, helper relevance9): ``articles_relevance_dev.jsonl`` and
``articles_relevance_blind.jsonl`` under benchmarks/data/written/ (the writer's article format, scored by
``truce.evaluate.written.score_articles``).

Non-political and borderline news (sport of many kinds, markets, business, tech, culture, health,
listicles, weather, disasters, accidents, crime without a political actor) full of conflict words, plus
political control articles that must keep their events (sport-, market- and disaster-adjacent politics).
Sources: ``source/relevance_{sport,business,nature,politics}.blindsrc.py`` (hold blind items: never open
them to tune). Items are (id, domain, title, text, events), events (type, mode[, asserted]); where and
who are not labelled in this set. The split is 50/50 by the hash of the id, fixed before truce was run:

    int(sha256(id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.5   ->  blind

    python benchmarks/written/build_relevance.py     # writes both files, prints counts only
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from datetime import date, timedelta
from pathlib import Path

WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written"
PARTS = ("sport", "business", "nature", "politics")
BLIND_SHARE = 0.5
OUTLETS = ("Harbour Wire", "Daily Ledger", "Metro Gazette", "Sportsdesk Online", "Coastline News")


def is_blind(item_id: str) -> bool:
    return int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < BLIND_SHARE


def items() -> list[tuple]:
    out: list[tuple] = []
    for part in PARTS:
        path = WRITTEN / "source" / f"relevance_{part}.blindsrc.py"
        spec = importlib.util.spec_from_file_location(f"relevance_{part}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(module.ITEMS)
    return out


def row(n: int, item: tuple) -> dict:
    item_id, domain, title, text, events = item
    evs = [{"type": e[0], "mode": e[1], "asserted": e[2] if len(e) > 2 else True, "actor": None,
            "recipient": None, "place": None, "country": None, "lat": None, "lon": None, "date": None}
           for e in events]
    published = (date(2026, 3, 2) + timedelta(days=n % 60)).isoformat() + "T08:00:00+00:00"
    return {"id": item_id, "title": title, "text": f"{title}\n\n{text}", "published": published,
            "source": OUTLETS[n % len(OUTLETS)], "domain": domain, "political": bool(evs), "events": evs,
            "group": item_id}


def main() -> int:
    split: dict[str, list[dict]] = {"dev": [], "blind": []}
    seen: set[str] = set()
    for n, item in enumerate(items()):
        if item[0] in seen:
            print(f"duplicate id {item[0]}")
            return 1
        seen.add(item[0])
        split["blind" if is_blind(item[0]) else "dev"].append(row(n, item))
    for part, rows in split.items():
        out = WRITTEN / f"articles_relevance_{part}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        pol = sum(r["political"] for r in rows)
        print(f"{part}: {len(rows)} articles ({pol} political, {len(rows) - pol} not) -> {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
