"""Memory and time of ``truce monitor`` as the store grows: it streams, so peak memory stays flat.

Builds synthetic stores (no spaCy: coded records made up directly, ~2.2 reports per article, a
third of the attacks in clusters, 75 articles a day so that a bigger store covers more days (as an
archive grows; ``--per-day 0`` puts every size on the same 733 days instead), places across Libya and beyond,
parties, an excluded group, unknown actors, claims and casualty figures, explanations as long as
real ones) and runs ``truce monitor`` on each in a fresh process, reporting wall time and the peak
resident memory of that process (``VmHWM`` from /proc/self/status: ``ru_maxrss`` keeps the parent's
high-water mark across fork and exec) and its CPU time (user + system: on a shared machine wall time
mostly measures the neighbours). Stores are built in a subprocess too, so the measuring process
stays small.

    PYTHONPATH=src python benchmarks/bench_monitor.py --articles 5000 20000 55000 [--format table]
    PYTHONPATH=src python benchmarks/bench_monitor.py --articles 55000 --old-src /path/to/old/src

``--old-src`` also runs another checkout's ``truce monitor`` (e.g. the code before streaming, from
``git archive``) on the same stores, for a before/after table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from truce.records import (  # noqa: E402
    ActorRef,
    Article,
    Casualty,
    Claim,
    CodedArticle,
    Event,
    EventLocation,
    Modality,
    Place,
)
from truce.store import Store  # noqa: E402

TOWNS = [("Tripoli", 32.8872, 13.1913, "LBY"), ("Misrata", 32.3754, 15.0925, "LBY"), ("Sirte", 31.2089, 16.5887, "LBY"),
         ("Sabha", 27.0377, 14.4283, "LBY"), ("Benghazi", 32.1167, 20.0667, "LBY"), ("Gharyan", 32.1722, 13.0203, "LBY"),
         ("Ubari", 26.5903, 12.7751, "LBY"), ("Tunis", 36.8190, 10.1658, "TUN"), ("Cairo", 30.0444, 31.2357, "EGY"),
         ("Niamey", 13.5116, 2.1254, "NER")]
ACTORS = [ActorRef("government forces", country="LBY", sector="MIL"),
          ActorRef("LNF fighters", country="LBY", sector="REB", name="Libyan National Front", actor_id="lnf"),
          ActorRef("Sahil Liberation Committee gunmen", country="LBY", sector="REB", name="Sahil Liberation Committee"),
          ActorRef("gunmen", country="LBY", sector="UAF"), ActorRef("police", country="LBY", sector="COP"),
          ActorRef("protesters", country="LBY", sector="CVL")]
TYPES = [("ASSAULT", "heavy-weapons"), ("ASSAULT", "firearms"), ("ASSAULT", "drone"), ("CONSULT", "visit"),
         ("ACCUSE", "allege"), ("PROTEST", "demo"), ("COERCE", "arrest"), ("AID", None)]
START = date(2025, 1, 1)


def make_articles(n: int, seed: int = 7, per_day: int = 75) -> list[CodedArticle]:
    """``n`` coded articles, about ``per_day`` a day (a store grows by covering more days)."""
    rng = random.Random(seed)
    out, cluster_pool = [], []
    span = max(1, n // per_day)
    days = sorted(START + timedelta(days=rng.randrange(span)) for _ in range(n))
    for i in range(n):
        day = days[i]
        aid = f"a{i:07d}"
        article = Article(id=aid, text="x" * 2000, url=f"https://outlet{rng.randrange(40)}.example/{i}",
                          source=f"Outlet {rng.randrange(40)}", title=f"Story {i}", published=day.isoformat(),
                          published_source="metadata", origin=f"synthetic:{i}", fmt="jsonl")
        events, places = [], []
        for k in range(rng.choice((1, 2, 2, 3, 3))):
            kind, mode = rng.choice(TYPES)
            town, lat, lon, cc = rng.choice(TOWNS)
            precise = rng.random() < 0.7
            loc = EventLocation(name=town if precise else cc, lat=lat if precise else None, lon=lon if precise else None,
                                country=cc, precision="city" if precise else "country", rule="sentence")
            sentence = (f"Forces struck positions near {town} on the evening of the day, killing {rng.randrange(1, 9)} "
                        "people and wounding several more, officials and residents said in statements to reporters.")
            start = 100 * k
            cluster = None
            if kind == "ASSAULT" and rng.random() < 0.35:
                recent = [c for c, d in cluster_pool[-30:] if (day - d).days <= 3]
                if recent and rng.random() < 0.6:  # another report of a happening of the last few days
                    cluster = rng.choice(recent)
                else:
                    cluster = f"k{i:07d}{k}"
                    cluster_pool.append((cluster, day))
            actor = rng.choice(ACTORS)
            e = Event(id=f"e{i:07d}{k}", article_id=aid, event=kind, mode=mode, context=["military"],
                      actor=[actor], recipient=[rng.choice(ACTORS)], trigger="struck", trigger_start=start + 7,
                      trigger_end=start + 13, sentence=sentence, sentence_start=start, event_text=sentence[:80],
                      modality=Modality(claimed=True, claimant="officials", negated=rng.random() < 0.05),
                      confidence=0.8, location=loc, date=day.isoformat(), date_precision="day", date_text="on Monday",
                      date_source="relative", cluster_id=cluster,
                      casualties=[Casualty("killed", rng.randrange(1, 9), None, "killing three", start + 40,
                                           start + 53, "officials")],
                      explanation=[f"trigger 'struck' ({kind}, lexicon triggers.yaml line {rng.randrange(900)})",
                                   f"actor: {actor.text} -> {actor.country} {actor.sector} (agents.tsv; focus country)",
                                   f"recipient coded from the span after the verb; place {town} attached to the trigger",
                                   "date: 'on Monday' resolved against the publication date; modality: claimed by officials"])
            if kind == "ASSAULT" and rng.random() < 0.2:
                e.claims = [Claim("blame", rng.choice(ACTORS[:3]), "the army", sentence, start + 20, start + 26, "blamed")]
            events.append(e)
            places.append(Place(town, start + 30, start + 30 + len(town), name=town, lat=lat, lon=lon, country=cc,
                                precision="city"))
        out.append(CodedArticle(article=article, events=events, places=places))
    return out


def build_store(path: Path, n_articles: int, per_day: int = 75) -> int:
    with Store(str(path)) as store:
        batch = 2000
        articles = make_articles(n_articles, per_day=per_day)
        order = list(range(0, len(articles), batch))
        random.Random(3).shuffle(order)  # stored out of publication order, as a crawl would
        for i in order:
            store.write_batch(articles[i:i + batch])
        # As a finished ingest leaves it: without a checkpoint a reader replays the whole write-ahead log
        # into memory (DuckDB keeps the database open in this process after close()).
        store.con.execute("CHECKPOINT")
        return store.con.execute("SELECT count(*) FROM events").fetchone()[0]


def run_monitor(db: Path, src: Path, fmt: str) -> dict[str, float]:
    truce = ROOT / "src" / "truce" / "data" / "truces" / "libya-2026.yaml"
    code = ("import resource, sys, time; t = time.perf_counter(); from truce.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "r = resource.getrusage(resource.RUSAGE_SELF)\n"
            "hwm = r.ru_maxrss\n"
            "try:\n"
            "    hwm = int(next(ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')))\n"
            "except (OSError, StopIteration):\n"
            "    pass\n"
            "print('BENCH', time.perf_counter() - t, r.ru_utime + r.ru_stime, hwm, file=sys.stderr)")
    out = Path(tempfile.mkstemp(suffix="." + fmt)[1])
    env = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.run([sys.executable, "-c", code, "monitor", str(truce), "--db", str(db), "--format", fmt,
                           "-o", str(out)], capture_output=True, text=True, env=env, check=False)
    out.unlink(missing_ok=True)
    line = next((ln for ln in proc.stderr.splitlines() if ln.startswith("BENCH")), None)
    if line is None:
        raise RuntimeError(proc.stderr[-2000:])
    _, secs, cpu, rss_kb = line.split()
    return {"seconds": round(float(secs), 2), "cpu_s": round(float(cpu), 2), "peak_rss_mb": round(int(rss_kb) / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[5000, 20000, 55000])
    ap.add_argument("--format", default="table", choices=("table", "csv", "json"))
    ap.add_argument("--old-src", type=Path, help="another checkout's src/ to compare with")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src/ to measure (default: this checkout)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--per-day", type=int, default=75,
                    help="articles a day: a bigger store covers more days (0: all sizes over the same 733 days)")
    ap.add_argument("--build", nargs=3, metavar=("DB", "N", "PER_DAY"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        print(build_store(Path(args.build[0]), int(args.build[1]), int(args.build[2])))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            db = Path(tmp) / f"store-{n}.duckdb"
            t = time.perf_counter()
            per_day = args.per_day or max(1, n // 733)
            built = subprocess.run([sys.executable, __file__, "--build", str(db), str(n), str(per_day)], capture_output=True,
                                   text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            n_events = int(built.stdout.split()[-1])
            row = {"articles": n, "events": n_events, "build_s": round(time.perf_counter() - t, 1),
                   "now": run_monitor(db, args.src, args.format)}
            if args.old_src:
                row["old"] = run_monitor(db, args.old_src, args.format)
            rows.append(row)
            db.unlink()
            if not args.json:
                def fmt(r: dict[str, float]) -> str:
                    return f"{r['cpu_s']:>6} s CPU ({r['seconds']} s wall), {r['peak_rss_mb']:>7} MB"

                old = f"   old: {fmt(row['old'])}" if args.old_src else ""
                print(f"{n:>7} articles {n_events:>7} events   now: {fmt(row['now'])}{old}", flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    print(f"# peak RSS of the monitor process (VmHWM), format {args.format}; "
          f"{os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
