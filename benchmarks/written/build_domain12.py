"""Build the domain set of issue 10 (helper rel12): ``articles_domain12_dev.jsonl`` and
``articles_domain12_blind.jsonl`` under benchmarks/data/written/ (the relevance set's format, scored by
``truce.evaluate.written.score_articles``).

Non-political stories of many domains full of conflict words (sport, markets, business, tech,
entertainment, culture, weather, disasters, accidents, crime, health, science) in several styles (wire,
live blog, listicle, content farm, review), plus political controls in the same settings that must keep
their events. Sources: ``source/domain12_{a,b}.blindsrc.py`` (hold blind items: never open them to
tune). The split is 50/50 by the hash of the id (``check_written.FILE_BLIND_SHARE["articles_domain12"]``,
registered before the set was written), fixed before truce was run on it.

    python benchmarks/written/build_domain12.py     # writes both files, prints counts only
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_relevance import WRITTEN, is_blind, row  # noqa: E402

PARTS = ("a", "b")


def items(prefix: str = "domain12", parts: tuple[str, ...] = PARTS) -> list[tuple]:
    """Every item of ``source/{prefix}_{part}.blindsrc.py`` (one module per part)."""
    out: list[tuple] = []
    for part in parts:
        path = WRITTEN / "source" / f"{prefix}_{part}.blindsrc.py"
        spec = importlib.util.spec_from_file_location(f"{prefix}_{part}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(module.ITEMS)
    return out


def main(prefix: str = "domain12", parts: tuple[str, ...] = PARTS) -> int:
    """Write ``articles_{prefix}_{dev,blind}.jsonl``, split by the hash of the id; print counts only."""
    split: dict[str, list[dict]] = {"dev": [], "blind": []}
    all_items = items(prefix, parts)
    if len({i[0] for i in all_items}) != len(all_items):
        print("duplicate ids")
        return 1
    for n, item in enumerate(all_items):
        split["blind" if is_blind(item[0]) else "dev"].append(row(n, item))
    for part, rows in split.items():
        out = WRITTEN / f"articles_{prefix}_{part}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        pol = sum(r["political"] for r in rows)
        print(f"{part}: {len(rows)} articles ({pol} political, {len(rows) - pol} not) -> {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
