"""CPU per article of the whole dedup stage (copies + clustering) as the store grows to 100k articles.

A year of synthetic news arrives in publication order, a constant volume a day (the default:
40 regions of 8 towns, about 300 articles a day), each article one to three reports of a
happening (a shooting, an arrest, a protest...) with names, streets, figures and stock police
lines, 10% republished by a second outlet a day later. Articles go through
``Store.write_batch(after_write=dedup.store_hook())`` in batches; the hook's CPU time
(``time.process_time``) is summed over the 512 articles before each checkpoint and divided by
their number. Flat means: the work per article follows the batch and its neighbourhood in time,
not the size of the store. No spaCy: the records are made directly.

    PYTHONPATH=src python benchmarks/bench_cluster.py [--sizes 1000 10000 50000 100000] [--batch 64]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from truce import dedup
from truce.ids import article_id
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality
from truce.store import Store

KINDS = [("ASSAULT", "firearms", "was shot", 0.6), ("COERCE", "arrest", "was arrested", 0.2),
         ("PROTEST", "demo", "led a protest", 0.1), ("RETREAT", "release", "was released", 0.1)]
FIRST = [f"{a}{b}" for a in ("Al", "Be", "Ca", "Do", "El", "Fa", "Go", "Ha", "Io", "Ju") for b in ("na", "ro", "vi", "ko")]
LAST = [f"{a}{b}{c}" for a in ("Mor", "Kal", "Ves", "Tor", "Bran", "Lud") for b in ("an", "el", "is") for c in
        ("sky", "ov", "ez", "er", "son")]
STREETS = [f"{a} {b}" for a in ("Oak", "Mill", "Canal", "Hill", "Station", "Market", "Church", "Bridge", "Park",
                                "Union") for b in ("Street", "Road", "Avenue")]


def _world(regions: int) -> list[tuple[str, str, float, float, float]]:
    """(country, town, lat, lon, happenings a day): one city and seven towns per region."""
    out = []
    for r in range(regions):
        lat0, lon0 = -40 + (r // 8) * 15.0, -150 + (r % 8) * 40.0
        for t in range(8):
            rate = 2.0 if t == 0 else 0.25
            out.append((f"X{r:02d}", f"Town{r:02d}{t}", lat0 + (t % 3) * 0.6, lon0 + (t // 3) * 0.6, rate))
    return out


def _article(rng: random.Random, h: dict, day: date, outlet: str, n: int) -> CodedArticle:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if rng.random() < 0.5 else "A man"
    street = f" on {h['street']}" if rng.random() < 0.6 else ""
    lead = f"{name} {h['verb']}{street} in {h['town']} on {day.strftime('%B')} {day.day}, police said."
    text = "\n\n".join([lead, f"Anyone with information about the {h['event'].lower()} in {h['town']} "
                              "is asked to call police.", f"The {h['noun']} is the latest this month."])
    stamp = datetime(day.year, day.month, day.day, rng.randint(6, 22)).isoformat() + "+00:00"
    art = Article(id=article_id(text, f"{outlet}/{n}"), text=text, source=outlet, published=stamp,
                  title=f"{h['noun'].capitalize()} in {h['town']}")
    precise = rng.random() < 0.7
    loc = (EventLocation(name=h["town"], lat=h["lat"], lon=h["lon"], country=h["country"], precision="city",
                         geonameid=h["geonameid"]) if precise
           else EventLocation(name=h["country"], country=h["country"], precision="country"))
    e = Event(id="e" + art.id[1:14], article_id=art.id, event=h["event"], mode=h["mode"], sentence=lead,
              trigger=h["verb"], date=h["day"].isoformat(), date_precision="day", date_text=f"{day.strftime('%B')} "
              f"{day.day}", date_source="text", location=loc, actor=[ActorRef("police", country=h["country"],
                                                                               sector="COP")],
              modality=Modality(claimed=True, claimant="police"))
    return CodedArticle(article=art, events=[e])


def stream(seed: int, regions: int, start: date = date(2025, 1, 1)):
    """Articles day by day, in publication order, forever."""
    rng = random.Random(seed)
    world = _world(regions)
    n = 0
    pending: dict[date, list[CodedArticle]] = {}
    day = start
    while True:
        for gid, (country, town, lat, lon, rate) in enumerate(world):
            k = sum(rng.random() < rate / 4 for _ in range(4))
            for _ in range(k):
                event, mode, verb, _w = rng.choices(KINDS, [x[3] for x in KINDS])[0]
                h = {"country": country, "town": town, "lat": lat, "lon": lon, "geonameid": 800000 + gid,
                     "event": event, "mode": mode, "verb": verb, "noun": event.lower(), "day": day,
                     "street": rng.choice(STREETS)}
                for r in range(rng.choice([1, 1, 2, 3])):
                    n += 1
                    a = _article(rng, h, day, f"{town.lower()}-{r}.example", n)
                    pending.setdefault(day, []).append(a)
                    if rng.random() < 0.1:  # a copy a day later
                        n += 1
                        copy = Article(id=article_id(a.article.text, f"copy/{n}"), text=a.article.text,
                                       source="aggregator.example", title=a.article.title,
                                       published=(datetime.fromisoformat(a.article.published) + timedelta(days=1)
                                                  ).isoformat())
                        e = a.events[0]
                        ce = Event(**{**e.__dict__, "id": "e" + copy.id[1:14], "article_id": copy.id})
                        pending.setdefault(day + timedelta(days=1), []).append(CodedArticle(article=copy,
                                                                                            events=[ce]))
        yield from sorted(pending.pop(day, []), key=lambda c: c.article.published)
        day += timedelta(days=1)


def run(sizes: list[int], batch: int, regions: int, seed: int) -> list[dict]:
    hook = dedup.store_hook()
    window = 512
    out, cpu, arts = [], [], []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        source = stream(seed, regions)
        total, wall0 = 0, time.perf_counter()
        while total < max(sizes):
            items = [next(source) for _ in range(batch)]
            t0 = time.process_time()
            store.write_batch(items, after_write=lambda con, added: _timed(hook, con, added, cpu))
            total += len(items)
            arts.append(len(items))
            if any(total - batch < s <= total for s in sizes):
                n, secs = 0, 0.0
                for a, c in zip(reversed(arts), reversed(cpu), strict=False):
                    n, secs = n + a, secs + c
                    if n >= window:
                        break
                counts = dict(store.con.execute(
                    "SELECT 'reports', count(*) FROM dedup_reports UNION ALL SELECT 'links', count(*) FROM "
                    "dedup_links UNION ALL SELECT 'clusters', count(*) FROM clusters UNION ALL SELECT 'copies', "
                    "count(*) FROM article_copies").fetchall())
                row = {"articles": total, "dedup_cpu_ms_per_article": round(1000 * secs / n, 2),
                       "write_batch_cpu_ms_per_article_last": round(1000 * (time.process_time() - t0) / len(items), 2),
                       "elapsed_s": round(time.perf_counter() - wall0, 1), **counts}
                out.append(row)
                print(json.dumps(row), flush=True)
    return out


def _timed(hook, con, added, sink: list[float]) -> None:
    t0 = time.process_time()
    hook(con, added)
    sink.append(time.process_time() - t0)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000, 100000])
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--regions", type=int, default=40)
    p.add_argument("--seed", type=int, default=5)
    a = p.parse_args()
    rows = run(sorted(a.sizes), a.batch, a.regions, a.seed)
    first = rows[0]["dedup_cpu_ms_per_article"]
    print(json.dumps({"max_over_first": round(max(r["dedup_cpu_ms_per_article"] for r in rows) / first, 2)}))


if __name__ == "__main__":
    main()
