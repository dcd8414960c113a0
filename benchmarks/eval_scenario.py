"""Score truce's ceasefire monitor on a scenario with gold incidents (benchmarks/scenarios/<name>/).

A scenario folder holds ``corpus/`` (articles), ``truce.yaml``, ``gold_incidents.jsonl`` and optionally
``gold_non_incidents.jsonl`` (see benchmarks/scenarios/*/README.md). The scorer ingests the corpus into a
temporary store, runs ``truce monitor --format json``, and matches each gold incident to the reported
incidents by

* date: a report's local day within +-1 day of the gold day;
* place: the report within 50 km of the gold point, or (a coarser report) its place named like the gold's
  admin1 region or country;
* act: the report's PLOVER type is the gold's type or one of its ``also_acts``.

A report tells of one happening: when it matches several gold incidents (two attacks a day and 40 km
apart both fall within the tolerances), it counts for the one it fits best only (the nearest day, then
the nearest place; a coarse match counts as the farthest, except for a gold incident known only
at that level), so one report never makes two gold
incidents look matched, split or merged; a tie is broken by the report's own incident, when its other
reports fit one of the tied gold incidents only. A reported incident matches a gold incident when one of its
reports matches it on all three and fits it best. Incidents the monitor marks as no happening
(``"happening": false``: only denials, plans or recalled context that no happening took in) are not
incidents and are not matched. It prints:

* verdict accuracy: a gold incident's predicted verdict is the most serious verdict among the reported
  incidents that match it, ``not-covered`` when none does (nothing flagged);
* spurious flagged incidents: reported incidents with a verdict other than ``not-covered`` that match no
  gold incident (and how many of them fall on a known non-incident);
* spurious violations: reported violation / violation-unattributed incidents that match no gold incident
  whose verdict is violation, violation-unattributed, contested or possible;
* split gold incidents: matched (on the gold's own type) by two or more reported incidents;
* verdicts outside the truce's countries: flagged incidents matching a gold incident marked
  ``outside_country``.

    python benchmarks/eval_scenario.py benchmarks/scenarios/kivu-2026             # runs truce
    python benchmarks/eval_scenario.py SCENARIO --verdicts verdicts.json          # score a saved run
    python benchmarks/eval_scenario.py SCENARIO --json                            # machine-readable
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

SEVERITY = ["violation", "violation-unattributed", "contested", "possible", "not-covered"]
FLAGGED_GOLD = {"violation", "violation-unattributed", "contested", "possible"}
VIOLATIONS = {"violation", "violation-unattributed"}
DATE_WINDOW_DAYS = 1
PLACE_KM = 50.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _norm(name: str | None) -> str:
    s = (name or "").casefold().replace("-", " ").replace("'", "")
    for word in (" province", " region", " state", " district", " department", "the "):
        s = s.replace(word, " ")
    return " ".join(s.split())


def country_names(iso3: str | None) -> set[str]:
    """Normalised names a coarse report may give a country (ISO code, pycountry names when installed)."""
    if not iso3:
        return set()
    names = {iso3}
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=iso3)
        if c is not None:
            names |= {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name), c.alpha_2}
    except ImportError:
        pass
    extra = {"COD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo"]}
    names |= set(extra.get(iso3, []))
    return {_norm(n) for n in names}


@dataclass
class Gold:
    raw: dict[str, Any]

    @property
    def id(self) -> str:
        return self.raw["id"]

    @property
    def acts(self) -> set[str]:
        return {self.raw["event"], *self.raw.get("also_acts", [])}

    def coarse_names(self) -> set[str]:
        names = {_norm(self.raw.get("admin1"))} | country_names(self.raw.get("country"))
        return {n for n in names if n}


@dataclass
class Reported:
    id: str
    verdict: str
    parties: list[str]
    reports: list[dict[str, Any]] = field(default_factory=list)


def _day(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def report_matches(rep: dict[str, Any], gold: Gold, acts: set[str] | None = None) -> bool:
    """Does one report (a verdict dict of the monitor's JSON) match the gold incident?"""
    if rep.get("event") not in (acts if acts is not None else gold.acts):
        return False
    gday, rday = _day(gold.raw.get("date")), _day(rep.get("local_day") or rep.get("date"))
    if gday is None or rday is None or abs((rday - gday).days) > DATE_WINDOW_DAYS:
        return False
    glat, glon = gold.raw.get("lat"), gold.raw.get("lon")
    located = None not in (rep.get("lat"), rep.get("lon"), glat, glon)
    if located and km(glat, glon, rep["lat"], rep["lon"]) <= PLACE_KM:
        return True
    return _norm(rep.get("place")) in gold.coarse_names()


def report_fit(rep: dict[str, Any], gold: Gold, acts: set[str] | None = None) -> tuple[int, float] | None:
    """How well a matching report fits a gold incident: (days apart, km apart; a coarse match counts as
    ``PLACE_KM``); None when it does not match."""
    if not report_matches(rep, gold, acts):
        return None
    gday, rday = _day(gold.raw.get("date")), _day(rep.get("local_day") or rep.get("date"))
    glat, glon = gold.raw.get("lat"), gold.raw.get("lon")
    dist = PLACE_KM
    if None not in (rep.get("lat"), rep.get("lon"), glat, glon):
        dist = min(PLACE_KM, km(glat, glon, rep["lat"], rep["lon"]))
    elif None in (glat, glon):
        dist = 0.0  # a coarse report of a coarse gold incident: the same level, the best fit
    return abs((rday - gday).days), round(dist, 3)


def best_golds(rep: dict[str, Any], golds: list[Gold]) -> set[str]:
    """Ids of the gold incidents a report fits best (several only on an exact tie)."""
    fits = {g.id: f for g in golds if (f := report_fit(rep, g)) is not None}
    if not fits:
        return set()
    top = min(fits.values())
    return {gid for gid, f in fits.items() if f == top}


def load_reported(monitor_json: dict[str, Any]) -> list[Reported]:
    by_event = {v.get("event_id"): v for v in monitor_json.get("verdicts", [])}
    out = []
    for inc in monitor_json.get("incidents", []):
        if inc.get("happening") is False:
            continue
        reports = [by_event[e] for e in inc.get("reports", []) if e in by_event]
        out.append(Reported(f"{inc.get('truce')}:{inc.get('incident')}", inc.get("verdict", "not-covered"),
                            list(inc.get("parties") or []), reports))
    return out


def most_serious(verdicts: list[str]) -> str:
    return min(verdicts, key=lambda v: SEVERITY.index(v) if v in SEVERITY else len(SEVERITY))


def _break_ties(r: Reported, best: dict[int, set[str]]) -> None:
    """A report that fits several gold incidents equally (a report placed only in the country, on a day
    with two gold incidents there) is the one its incident's other reports fit, when they single one out
    of the tie: the town-level reports of its incident say which happening it tells."""
    singled = {gid for x in r.reports if len(best[id(x)]) == 1 for gid in best[id(x)]}
    for x in r.reports:
        tied = best[id(x)]
        if len(tied) > 1 and len(tied & singled) == 1:
            best[id(x)] = tied & singled


def score(golds: list[Gold], reported: list[Reported], non_incidents: list[Gold] | None = None) -> dict[str, Any]:
    """Match and count (see the module docstring)."""
    best = {id(x): best_golds(x, golds) for r in reported for x in r.reports}
    for r in reported:
        _break_ties(r, best)
    match_any = {g.id: [r for r in reported if any(g.id in best[id(x)] for x in r.reports)] for g in golds}
    match_own = {g.id: [r for r in reported if any(g.id in best[id(x)] and x.get("event") == g.raw["event"]
                                                    for x in r.reports)] for g in golds}
    rows, right = [], 0
    for g in golds:
        ms = match_any[g.id]
        predicted = most_serious([r.verdict for r in ms]) if ms else "not-covered"
        ok = predicted == g.raw["verdict"]
        right += ok
        parties = sorted({p for r in ms if r.verdict == predicted for p in r.parties})
        rows.append({"id": g.id, "date": g.raw.get("date"), "place": g.raw.get("place"),
                     "act": g.raw["event"], "gold": g.raw["verdict"], "gold_party": g.raw.get("party"),
                     "predicted": predicted, "right": ok, "parties": parties,
                     "matched_incidents": [r.id for r in ms], "split": len(match_own[g.id]) >= 2,
                     "outside_country": bool(g.raw.get("outside_country"))})
    matched_ids = {r.id for ms in match_any.values() for r in ms}
    flagged = [r for r in reported if r.verdict != "not-covered"]
    spurious = [r for r in flagged if r.id not in matched_ids]
    non = non_incidents or []
    on_non = [r for r in spurious if any(report_matches(x, n, {x.get("event")}) for n in non for x in r.reports
                                         if n.raw.get("date"))]
    flagged_gold_ids = {r.id for g in golds if g.raw["verdict"] in FLAGGED_GOLD for r in match_any[g.id]}
    spurious_viol = [r for r in reported if r.verdict in VIOLATIONS and r.id not in flagged_gold_ids]
    outside = {r.id for g in golds if g.raw.get("outside_country") for r in match_any[g.id]
               if r.verdict != "not-covered"}
    merged = [r.id for r in reported if sum(r in ms for ms in match_any.values()) >= 2]
    n = len(golds)
    return {
        "gold_incidents": n, "verdicts_right": right, "verdict_accuracy": round(right / n, 3) if n else None,
        "reported_incidents": len(reported), "flagged_incidents": len(flagged),
        "spurious_flagged": len(spurious), "spurious_on_known_non_incidents": len(on_non),
        "spurious_violations": len(spurious_viol), "split_gold_incidents": sum(r["split"] for r in rows),
        "reported_incidents_merging_gold": len(merged), "verdicts_outside_truce_countries": len(outside),
        "gold": rows, "spurious": [{"id": r.id, "verdict": r.verdict, "parties": r.parties,
                                    "day": next((x.get("local_day") for x in r.reports), None),
                                    "place": next((x.get("place") for x in r.reports if x.get("place")), None),
                                    "sentence": next((x.get("sentence") for x in r.reports), "")[:160]}
                                   for r in spurious],
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_truce(scenario: Path, workdir: Path, truce_cmd: list[str]) -> dict[str, Any]:
    """Ingest the corpus into a fresh store in workdir and return the monitor's JSON."""
    db, out = workdir / "scenario.duckdb", workdir / "verdicts.json"
    subprocess.run([*truce_cmd, "ingest", str(scenario / "corpus"), "--db", str(db), "-q"], check=True)
    subprocess.run([*truce_cmd, "monitor", str(scenario / "truce.yaml"), "--db", str(db), "--format", "json",
                    "-o", str(out)], check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def print_report(res: dict[str, Any], aggregate_only: bool = False) -> None:
    """Print the scores; the per-incident lines (which quote the stories' sentences) only for a dev
    scenario, so scoring a blind one never shows its text."""
    if not aggregate_only:
        print_details(res)
    print(f"verdict accuracy {res['verdicts_right']}/{res['gold_incidents']} = {res['verdict_accuracy']}")
    print(f"reported incidents {res['reported_incidents']}, flagged {res['flagged_incidents']}")
    print(f"spurious flagged incidents {res['spurious_flagged']} "
          f"(on known non-incidents {res['spurious_on_known_non_incidents']})")
    print(f"spurious violations {res['spurious_violations']}")
    print(f"gold incidents split into several reported incidents {res['split_gold_incidents']}")
    print(f"reported incidents merging several gold incidents {res['reported_incidents_merging_gold']}")
    print(f"flagged verdicts outside the truce's countries {res['verdicts_outside_truce_countries']}")


def print_details(res: dict[str, Any]) -> None:
    print(f"{'gold':5} {'date':10} {'act':9} {'gold verdict':23} {'predicted':23} ok  split  place")
    for r in res["gold"]:
        print(f"{r['id']:5} {r['date'] or '':10} {r['act']:9} {r['gold']:23} {r['predicted']:23} "
              f"{'yes' if r['right'] else 'NO ':3} {'SPLIT' if r['split'] else '':5}  {r['place']}"
              + ("  [outside country]" if r["outside_country"] else ""))
    print()
    for s in res["spurious"]:
        print(f"spurious: {s['verdict']} {s['day']} {s['place']} {s['parties']} :: {s['sentence']}")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scenario", type=Path)
    ap.add_argument("--verdicts", type=Path, help="score this saved `truce monitor --format json` output")
    ap.add_argument("--keep", type=Path, help="keep the store and verdicts in this folder")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--aggregate", action="store_true",
                    help="print only the totals (implied for a scenario whose folder name has 'blind')")
    args = ap.parse_args(argv)
    golds = [Gold(r) for r in read_jsonl(args.scenario / "gold_incidents.jsonl")]
    if not golds:
        print(f"no gold incidents in {args.scenario}", file=sys.stderr)
        return 2
    non = [Gold(r) for r in read_jsonl(args.scenario / "gold_non_incidents.jsonl")]
    if args.verdicts:
        monitor = json.loads(args.verdicts.read_text(encoding="utf-8"))
    else:
        truce_cmd = [sys.executable, "-m", "truce"]
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            monitor = run_truce(args.scenario, args.keep, truce_cmd)
        else:
            with tempfile.TemporaryDirectory(prefix="truce-scenario-") as tmp:
                monitor = run_truce(args.scenario, Path(tmp), truce_cmd)
    res = score(golds, load_reported(monitor), non)
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    else:
        print_report(res, aggregate_only=args.aggregate or "blind" in args.scenario.resolve().name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
