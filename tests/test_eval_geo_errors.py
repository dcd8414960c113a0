"""benchmarks/eval_geo.py --errors lists misses of the tuned parts only (the even TR-News half, dev files)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from truce.records import Place

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("eval_geo", ROOT / "benchmarks" / "eval_geo.py")
eg = importlib.util.module_from_spec(spec)
sys.modules.setdefault("eval_geo", eg)
spec.loader.exec_module(eg)


def test_only_the_even_half_and_dev_files_are_tunable() -> None:
    assert eg.tunable("tr-news", 0) and not eg.tunable("tr-news", 1)
    assert eg.tunable("written-dev", 3) and eg.tunable("notes-dev", 1)
    assert not eg.tunable("written-blind", 0) and not eg.tunable("notes-blind", 2)


def test_misses_skip_the_odd_half_and_near_answers() -> None:
    # invented rows: one far miss in each half, one right answer
    rows = [{"id": f"a{i}", "toponyms": [{"name": "Springfield", "lat": 39.8, "lon": -89.6, "feature_code": "PPL"}]}
            for i in range(3)]
    far = Place(text="Springfield", start=0, end=11, name="Springfield", lat=37.2, lon=-93.3, country="USA")
    near = Place(text="Springfield", start=0, end=11, name="Springfield", lat=39.8, lon=-89.65, country="USA")
    got = eg.toponym_misses("tr-news", rows, [[far], [far], [near]])
    assert [m["id"] for m in got] == ["a0"] and got[0]["km"] > 161
    assert eg.toponym_misses("written-blind", rows, [[far], [far], [far]]) == []
