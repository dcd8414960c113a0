"""Score the ceasefire monitor on a scenario: gold incidents with verdicts against what truce reports.

    PYTHONPATH=src python benchmarks/eval_scenario.py benchmarks/data/dev_scenario [--actors] [--json]
    PYTHONPATH=src python benchmarks/eval_scenario.py DIR --db existing.duckdb   # skip the ingest

A scenario folder holds `corpus/` (anything `truce ingest` reads), `truce.yaml`, `gold.yaml` and,
to map gold article ids to stored articles, `articles.yaml` (entries with `id` and `url`). The gold
lists incidents: `id`, `day` (local day), `event` (PLOVER type), `articles` (ids of the reports),
`lat`/`lon` for a precise place or only `country`, `verdict`, optional `party` and `casualties`.

Matching: a stored report *matches* a gold incident when it comes from one of the gold's articles, has
its PLOVER type, a date within one day of the gold day (a coarse or missing date passes), and a place
within 40 km of the gold place (a country-level place passes when the country agrees). The verdict
truce gives a gold incident is the most serious verdict among its matching reports; it is right when
it equals the gold verdict (and, for a violation, names the gold party). A gold `not-covered`
incident is also right when no report matches. Also printed: **split** gold incidents (matching
reports in more than one reported incident), **spurious** flagged incidents (a verdict other than
not-covered on a prohibited act, with no report matching any gold incident), **outside** flagged
reports located in a country the truce does not cover, and casualty figures (per gold figure: did a
matching report carry it).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from truce.geo.distance import haversine_km  # noqa: E402
from truce.monitor import NOT_COVERED, VERDICTS, judge, load_truce  # noqa: E402
from truce.monitor.report import incidents, severity  # noqa: E402
from truce.monitor.storeio import read_events, read_places, read_sources  # noqa: E402
from truce.store import Store  # noqa: E402

MAX_KM = 40.0


def ingest(folder: Path, db: Path, actors: bool) -> None:
    cmd = [sys.executable, "-c", "from truce.cli import main; main()", "ingest", str(folder / "corpus"),
           "--db", str(db), "--quiet"]
    if actors and (folder / "actors.yaml").exists():
        cmd += ["--actors", str(folder / "actors.yaml")]
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    subprocess.run(cmd, check=True, env=env)


def article_ids(folder: Path, store: Store) -> dict[str, str]:
    """Stored article id -> the scenario's article id (by url)."""
    by_url = {}
    src = folder / "articles.yaml"
    if src.exists():
        for a in yaml.safe_load(src.read_text(encoding="utf-8"))["articles"]:
            by_url[a["url"]] = str(a["id"])
    rows = store.con.execute("SELECT id, url FROM articles").fetchall()
    return {aid: by_url.get(url or "", aid) for aid, url in rows}


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def report_matches(v, gold: dict[str, Any], art: str) -> bool:
    e = v.event
    if e is None or art not in {str(a) for a in gold["articles"]} or e.event != gold["event"]:
        return False
    if v.local_day and e.date_precision in (None, "day") and \
            abs(_day(v.local_day) - _day(gold["day"])) > timedelta(days=1):
        return False
    loc = e.location
    if loc is not None and loc.lat is not None and (loc.precision or "") not in ("country", "region", "admin1"):
        if gold.get("lat") is None:
            return bool(loc.country) and loc.country == gold.get("country")
        return haversine_km(loc.lat, loc.lon, gold["lat"], gold["lon"]) <= MAX_KM
    if loc is not None and loc.country and gold.get("country"):
        return loc.country == gold["country"]
    return True


def truce_countries(chain) -> set[str]:
    from truce.monitor.countries import area_countries

    return {c for unit in chain.active_units() for part in unit.area for c in area_countries(part.include)}


def score(folder: Path, db: Path) -> dict[str, Any]:
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["incidents"]
    chain = load_truce(folder / "truce.yaml")
    with Store(str(db), read_only=True) as store:
        events = read_events(store)
        sources = read_sources(store)
        places = read_places(store)
        arts = article_ids(folder, store)
    verdicts = judge(events, chain, sources, places)
    items = incidents(verdicts)
    inc_of = {v.event_id: v.incident for v in verdicts}
    countries = truce_countries(chain)
    rows, matched_events = [], set()
    for g in gold:
        hits = [v for v in verdicts if report_matches(v, g, arts.get(v.article_id, v.article_id))]
        matched_events |= {v.event_id for v in hits}
        got = min((v.verdict for v in hits), key=severity) if hits else None
        top = min(hits, key=lambda v: (severity(v.verdict), -v.confidence)) if hits else None
        party_ok = not g.get("party") or got not in ("violation",) or (top is not None and top.party == g["party"])
        right = (got == g["verdict"] and party_ok) or (got is None and g["verdict"] == NOT_COVERED)
        flagged_incs = {inc_of[v.event_id] for v in hits}
        cas = casualty_hits(g, hits)
        rows.append({"id": g["id"], "gold": g["verdict"], "gold_party": g.get("party"), "got": got,
                     "party": top.party if top else None, "right": right, "n_reports": len(hits),
                     "incidents": sorted(flagged_incs), "split": len(flagged_incs) > 1, "casualties": cas,
                     "reasons": top.reasons if top else []})
    spurious = []
    for inc in items:
        if inc.verdict == NOT_COVERED or not inc.relevant:
            continue
        if not any(r.event_id in matched_events for r in inc.reports):
            top = inc.reports[0]
            spurious.append({"incident": inc.id, "verdict": inc.verdict, "day": inc.day,
                             "article": arts.get(top.article_id, top.article_id),
                             "sentence": top.event.sentence if top.event else "", "reasons": top.reasons})
    outside = [v.event_id for v in verdicts if v.verdict != NOT_COVERED and v.event and v.event.location
               and v.event.location.country and v.event.location.country not in countries]
    n_right = sum(r["right"] for r in rows)
    cas_total = sum(len(r["casualties"]) for r in rows)
    cas_found = sum(sum(r["casualties"].values()) for r in rows)
    return {"gold": len(rows), "right": n_right, "accuracy": round(n_right / len(rows), 3) if rows else 0.0,
            "split": sum(r["split"] for r in rows), "spurious": len(spurious),
            "spurious_violations": sum(s["verdict"] in ("violation", "violation-unattributed") for s in spurious),
            "outside_countries": len(outside), "casualty_figures": cas_total, "casualty_found": cas_found,
            "by_gold_verdict": by_verdict(rows), "rows": rows, "spurious_incidents": spurious}


def casualty_hits(g: dict[str, Any], hits: list) -> dict[str, bool]:
    """Per gold figure (kind=count): does a matching report carry it (count, or a range holding it)?"""
    out = {}
    for kind, count in (g.get("casualties") or {}).items():
        out[f"{kind}={count}"] = any(
            c.kind == kind and (c.count == count or (c.high is not None and c.count <= count <= c.high))
            for v in hits for c in (v.event.casualties if v.event else []))
    return out


def by_verdict(rows: list[dict[str, Any]]) -> dict[str, str]:
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        acc[r["gold"]][0] += r["right"]
        acc[r["gold"]][1] += 1
    return {k: f"{a}/{n}" for k, (a, n) in sorted(acc.items(), key=lambda kv: VERDICTS.index(kv[0]))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario", type=Path)
    ap.add_argument("--db", type=Path, help="an existing store of the scenario's corpus (skips the ingest)")
    ap.add_argument("--actors", action="store_true", help="code with the scenario's actors.yaml")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "scenario.duckdb"
        if args.db is None:
            ingest(args.scenario, db, args.actors)
        result = score(args.scenario, db)
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return
    for r in result["rows"]:
        mark = "ok " if r["right"] else "BAD"
        party = f" ({r['party']})" if r["party"] else ""
        gp = f" ({r['gold_party']})" if r["gold_party"] else ""
        print(f"{mark} {r['id']} gold {r['gold']}{gp:7s} got {r['got'] or '-'}{party}  reports {r['n_reports']}"
              f"{'  SPLIT' if r['split'] else ''}")
        if not r["right"]:
            for reason in r["reasons"][:6]:
                print(f"      - {reason}")
    for s in result["spurious_incidents"]:
        print(f"SPURIOUS {s['verdict']} {s['day']} {s['article']}: {s['sentence'][:100]}")
        for reason in s["reasons"][:4]:
            print(f"      - {reason}")
    print(f"verdicts right {result['right']}/{result['gold']} ({result['accuracy']:.0%}); by gold verdict "
          f"{result['by_gold_verdict']}; split {result['split']}; spurious {result['spurious']} "
          f"(violations {result['spurious_violations']}); flagged outside the truce's countries "
          f"{result['outside_countries']}; casualty figures found {result['casualty_found']}/{result['casualty_figures']}")


if __name__ == "__main__":
    main()
