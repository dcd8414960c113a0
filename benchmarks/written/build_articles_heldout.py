"""Build the lead's held-out relevance articles: ``articles_heldout_blind.jsonl`` (wholly blind).

Non-political stories full of conflict words (sport, business, markets, tech, entertainment, culture,
weather, disasters, accidents, crime, health, listicles) and political controls that must keep their
events, written by the lead before truce was run on them (issue 10, 2026-12-03). Source:
``source/articles_heldout.blindsrc.py`` (never open it to tune). Scored only in totals by
``benchmarks/eval_events.py`` (``truce.evaluate.written.score_articles``).

    python benchmarks/written/build_articles_heldout.py     # writes the file, prints counts only
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date, timedelta
from pathlib import Path

WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written"
OUTLETS = ("Northgate Courier", "Wirepoint", "Evening Standard-Bearer", "Lakeside Post")


def _items() -> list[tuple]:
    path = WRITTEN / "source" / "articles_heldout.blindsrc.py"
    spec = importlib.util.spec_from_file_location("articles_heldout", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ITEMS


def _event(kind: str, mode: str | None) -> dict:
    return {"type": kind, "mode": mode, "asserted": True, "actor": None, "recipient": None, "place": None,
            "country": None, "lat": None, "lon": None, "date": None}


def main() -> None:
    rows = []
    for n, (item_id, domain, title, paragraphs, events) in enumerate(_items()):
        day = date(2026, 6, 1) + timedelta(days=n)
        rows.append({"id": item_id, "title": title, "text": "\n\n".join([title, *paragraphs]),
                     "published": f"{day.isoformat()}T07:30:00+00:00", "source": OUTLETS[n % len(OUTLETS)],
                     "domain": domain, "political": bool(events), "events": [_event(*e) for e in events],
                     "group": item_id})
    out = WRITTEN / "articles_heldout_blind.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{out.name}: {len(rows)} articles, {sum(r['political'] for r in rows)} political")


if __name__ == "__main__":
    main()
