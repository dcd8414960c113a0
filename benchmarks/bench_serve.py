"""How fast ``truce serve`` answers on a big store (issue 14: a filtered page under 300 ms at 100k events).

    python benchmarks/bench_serve.py [--events 100000] [--repeat 5] [--db /tmp/bench-serve.duckdb]

Builds the store by ingesting the sample corpus once and replicating its rows (articles, events,
actors, clusters, claims, copy links) with new ids, dates spread over a year and places jittered,
so that every table grows in proportion. Then opens the workbench with the sample truce file (which
judges every report) and times whole HTTP requests (query, verdict join, template) through the ASGI
app, each repeated; prints the median and the slowest per page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
TRUCE_FILE = ROOT / "src" / "truce" / "data" / "truces" / "libya-2026.yaml"


def build(db: Path, n_events: int) -> None:
    from truce.runner import ingest
    from truce.sample import sample_dir

    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed.duckdb"
        ingest([sample_dir()], seed)
        con = duckdb.connect(str(seed))
        per_copy = con.execute("SELECT count(*) FROM events").fetchone()[0]
        copies = max(1, -(-n_events // per_copy))
        con.execute("CREATE TEMP TABLE k AS SELECT range AS k FROM range(1, ?)", [copies])
        suffix = "'_' || k.k"
        shift = "(k.k % 365)"
        con.execute("BEGIN")
        con.execute(f"INSERT INTO articles SELECT articles.* REPLACE (id || {suffix} AS id, "
                    f"url || '#' || k.k AS url, 'outlet' || (k.k % 40) AS source) FROM articles, k")
        con.execute(f"""INSERT INTO events SELECT events.* REPLACE (
            id || {suffix} AS id, article_id || {suffix} AS article_id,
            CASE WHEN try_cast(left(date, 10) AS DATE) IS NOT NULL
                 THEN strftime(try_cast(left(date, 10) AS DATE) + INTERVAL ({shift}) DAY, '%Y-%m-%d') END AS date,
            loc_lat + ((k.k * 7919) % 200 - 100) / 25.0 AS loc_lat,
            loc_lon + ((k.k * 104729) % 200 - 100) / 25.0 AS loc_lon,
            cluster_id || {suffix} AS cluster_id,
            json_merge_patch(record, json_object('id', id || {suffix})) AS record) FROM events, k""")
        con.execute(f"INSERT INTO event_actors SELECT event_actors.* REPLACE (event_id || {suffix} AS event_id) FROM event_actors, k")
        con.execute(f"INSERT INTO places SELECT places.* REPLACE (article_id || {suffix} AS article_id) FROM places, k")
        con.execute(f"INSERT INTO article_copies SELECT article_copies.* REPLACE (article_id || {suffix} AS article_id, "
                    f"original_id || {suffix} AS original_id) FROM article_copies, k")
        con.execute(f"""INSERT INTO clusters SELECT clusters.* REPLACE (cluster_id || {suffix} AS cluster_id,
            CASE WHEN try_cast(first_date AS DATE) IS NOT NULL
                 THEN strftime(try_cast(first_date AS DATE) + INTERVAL ({shift}) DAY, '%Y-%m-%d') END AS first_date,
            CASE WHEN try_cast(last_date AS DATE) IS NOT NULL
                 THEN strftime(try_cast(last_date AS DATE) + INTERVAL ({shift}) DAY, '%Y-%m-%d') END AS last_date,
            loc_lat + ((k.k * 7919) % 200 - 100) / 25.0 AS loc_lat,
            loc_lon + ((k.k * 104729) % 200 - 100) / 25.0 AS loc_lon) FROM clusters, k""")
        con.execute(f"INSERT INTO cluster_claims SELECT cluster_claims.* REPLACE (cluster_id || {suffix} AS cluster_id, "
                    f"article_id || {suffix} AS article_id, event_id || {suffix} AS event_id) FROM cluster_claims, k")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        con.close()
        db.unlink(missing_ok=True)
        Path(seed).replace(db)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench-serve.duckdb")
    parser.add_argument("--reuse", action="store_true", help="use --db as it is if it exists")
    parser.add_argument("--truce", action="store_true",
                        help="judge every report against the sample truce first (minutes at 100k: the monitor's cost)")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from truce.web import IncidentFilter, Workbench
    from truce.web.app import create_app

    if not (args.reuse and args.db.exists()):
        t = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.db} in {time.perf_counter() - t:.1f}s")
    t = time.perf_counter()
    wb = Workbench(args.db, [TRUCE_FILE] if args.truce else [])
    opened = time.perf_counter() - t
    counts = wb.overview()
    print(f"store: {counts['reports']} event reports, {counts['articles']} articles, {counts['incidents']} incidents; "
          f"workbench opened in {opened:.1f}s" + (" (every report judged)" if args.truce else " (no truce file)"),
          flush=True)
    client = TestClient(create_app(wb, allowed_hosts={"testserver"}))
    incident = wb.incidents(IncidentFilter(), sort="reports", desc=True, per_page=1)["rows"][0]["id"]
    article = wb.articles(__import__("truce.web", fromlist=["ArticleFilter"]).ArticleFilter(), per_page=1)["rows"][0]["id"]
    pages = [
        "/events?type=ASSAULT",
        "/events?type=ASSAULT&actor_country=LBY&since=2026-03-01&until=2026-06-30&sort=place",
        "/events?q=shelled&country=LBY",
        "/events?asserted=any&page=30&sort=source&desc=true",
        "/events?source=outlet7&mode=heavy-weapons",
        "/incidents?type=ASSAULT&sort=sources&desc=true",
        "/incidents?q=Sirte",
        f"/incidents/{incident}",
        "/articles?q=ceasefire",
        f"/articles/{article}",
        "/api/map?type=ASSAULT",
        "/api/map?bbox=10,25,25,35&zoom=16",
        "/api/timeline?group=type",
        "/",
    ]
    print(f"{'page':<80} {'median ms':>10} {'max ms':>8}")
    worst = 0.0
    for path in pages:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            r = client.get(path)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (path, r.status_code, r.text[:300])
        worst = max(worst, statistics.median(times))
        print(f"{path:<80} {statistics.median(times):>10.0f} {max(times):>8.0f}", flush=True)
    print(f"slowest median: {worst:.0f} ms")
    wb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
