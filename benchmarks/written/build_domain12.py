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


def items() -> list[tuple]:
    out: list[tuple] = []
    for part in PARTS:
        path = WRITTEN / "source" / f"domain12_{part}.blindsrc.py"
        spec = importlib.util.spec_from_file_location(f"domain12_{part}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(module.ITEMS)
    return out


def main() -> int:
    split: dict[str, list[dict]] = {"dev": [], "blind": []}
    if len({i[0] for i in items()}) != len(items()):
        print("duplicate ids")
        return 1
    for n, item in enumerate(items()):
        split["blind" if is_blind(item[0]) else "dev"].append(row(n, item))
    for part, rows in split.items():
        out = WRITTEN / f"articles_domain12_{part}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        pol = sum(r["political"] for r in rows)
        print(f"{part}: {len(rows)} articles ({pol} political, {len(rows) - pol} not) -> {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
