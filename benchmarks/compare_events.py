"""Compare two summaries of ``benchmarks/eval_events.py`` (before -> after), headline figures only.

    python benchmarks/compare_events.py BEFORE.json AFTER.json [--all]

Prints GSR, CAMEO-quad and BBC figures of both halves and, for every written set, main type, five-way and
non-political material-conflict share; a mark after a changed line says which way it moved (``+`` better,
``-`` worse: for shares of non-political stories with a material-conflict event lower is better). The
lead's held-out sets are left out unless ``--all`` is given (helpers do not read them).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

LOWER_IS_BETTER = ("nonpolitical_with_material_conflict", "other_material_share")
SHARED = [("gsr", ("primary_type", "micro_f1", "mode")), ("quad", ("accuracy",)),
          ("bbc", ("other_material_share", "politics_with_events"))]
WRITTEN = ("main_type_accuracy", "quad_accuracy", "nonpolitical_with_material_conflict", "domain_accuracy")


def _get(d: dict, keys: tuple[str, ...]):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def rows(before: dict, after: dict, everything: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """The (label, key path) of every figure compared."""
    out = [(f"{s} {h} {m}", (s, h, m)) for s, ms in SHARED for h in ("even", "odd") for m in ms]
    out.append(("sample micro_f1", ("sample", "micro_f1")))
    names = set(before.get("written") or {}) | set(after.get("written") or {})
    for name in sorted(n for n in names if everything or "heldout" not in n):
        out += [(f"{name} {m}", ("written", name, m)) for m in WRITTEN]
    return out


def mark(label: str, x, y) -> str:
    if x == y or x is None or y is None:
        return ""
    better = (y < x) if label.endswith(LOWER_IS_BETTER) else (y > x)
    return "  +" if better else "  -"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--all", action="store_true", help="also the lead's held-out sets")
    args = ap.parse_args()
    before, after = (json.loads(Path(p).read_text()) for p in (args.before, args.after))
    for label, keys in rows(before, after, args.all):
        x, y = _get(before, keys), _get(after, keys)
        if x is not None or y is not None:
            print(f"{label:70s} {x} -> {y}{mark(label, x, y)}")


if __name__ == "__main__":
    main()
