"""Quality of the dedup stage: copy detection precision/recall and event-cluster accuracy.

Three labelled sets:

1. ``--sample DIR``: the sample corpus (``manifest.jsonl`` labels exact/edited/spun/reordered/stitched
   copies with their originals). Read with small local readers (txt, jsonl, html, warc, rss).
2. Generated copies: stories built from truce's own sentence templates, then copied programmatically
   (exact, edited, spun with a spin table that is only partly in ``synonyms.tsv``, reordered,
   stitched from 2-3 stories plus furniture lines) and hard negatives (new stories about the same
   town, group and people, from the same template pool).
3. Generated event reports: happenings reported 1-5 times with noisy dates, places and actors,
   including disputed blame; scored by how many reports land in exactly their happening's cluster.

Each set is ingested in several random orders; results must not change with the order.

    PYTHONPATH=src python benchmarks/eval_dedup.py --sample ../sample/src/truce/data/sample
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

from truce import dedup
from truce.ids import article_id
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality
from truce.store import Store


# -- sample corpus readers (just enough for the labelled files) ---------------------------------
class _Paragraphs(HTMLParser):
    """Text of <h1>/<p> elements, inside <article> when the page has one."""

    def __init__(self) -> None:
        super().__init__()
        self.depth_article = 0
        self.cur: list[str] | None = None
        self.blocks: list[tuple[bool, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth_article += 1
        elif tag in ("p", "h1"):
            self.cur = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth_article -= 1
        elif tag in ("p", "h1") and self.cur is not None:
            self.blocks.append((self.depth_article > 0, " ".join("".join(self.cur).split())))
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)


def html_text(html: str) -> str:
    p = _Paragraphs()
    p.feed(html)
    inside = [t for a, t in p.blocks if a and t]
    return "\n\n".join(inside or [t for _, t in p.blocks if t])


def _warc_pages(path: Path) -> dict[str, str]:
    from warcio.archiveiterator import ArchiveIterator

    out = {}
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                url = rec.rec_headers.get_header("WARC-Target-URI")
                out[url] = rec.content_stream().read().decode("utf-8", "replace")
    return out


def _rss_items(path: Path) -> dict[str, str]:
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    out = {}
    for e in feed.entries:
        body = e.get("content", [{}])[0].get("value") or e.get("summary", "")
        out[e.get("id") or e.get("link")] = e.get("title", "") + "\n\n" + html_text(body)
    return out


def load_sample(root: Path) -> list[tuple[dict, Article]]:
    """(manifest row, Article) for every English article in the sample corpus."""
    labels = root / "manifest.jsonl"
    if (root / "corpus").is_dir():  # the packaged layout: manifest beside corpus/
        root = root / "corpus"
    wire = (root / "jsonl/wire.jsonl").read_text(encoding="utf-8").splitlines()
    warc = _warc_pages(root / "warc/crawl.warc.gz") if (root / "warc/crawl.warc.gz").exists() else {}
    rss = _rss_items(root / "rss/feed.xml") if (root / "rss/feed.xml").exists() else {}
    out = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] in ("no-main-text", "non-english"):
            continue
        key = row["file"]
        if key.startswith("jsonl/"):
            rec = json.loads(wire[int(key.split("#")[1]) - 1])
            text = (rec.get("title", "") + "\n\n" + rec["text"]).strip()
        elif key.startswith("warc/"):
            text = html_text(warc[key.split("#", 1)[1]])
        elif key.startswith("rss/"):
            text = rss[key.split("#", 1)[1]]
        elif key.endswith(".html"):
            text = html_text((root / key).read_text(encoding="utf-8"))
        else:
            text = (root / key).read_text(encoding="utf-8")
        out.append((row, Article(id=article_id(text, row["url"]), text=text, url=row["url"],
                                 source=row["outlet"], published=row["published"])))
    return out


# -- generated copies -----------------------------------------------------------------------------
TOWNS = ["Port Meridel", "Kassar", "Ulmen Ridge", "Tarsa", "Old Varo", "Beltane Wells", "Sorrin", "Hadda"]
GROUPS = ["the Northern Liberation Army", "the Coast Brigades", "the Sorrin Defence Council",
          "the People's Salvation Front"]
PEOPLE = ["Colonel Amin Rasek", "Minister Dalia Ferun", "envoy Tomas Vell", "commander Yared Osso",
          "spokeswoman Lina Marr", "governor Idris Kamal"]
# Sentences are composed from parts, so two stories rarely share a sentence unless one copies the
# other; stories about the same town, group and people (the hard negatives) share many words.
SUBJECTS = ["{P}", "{G}", "the army", "police in {t}", "aid workers", "residents of {t}", "doctors at the main hospital",
            "ceasefire monitors", "the local council", "traders in {t2}", "the defence ministry", "a UN team",
            "a rights group", "tribal elders", "the interior ministry", "journalists in {t2}"]
VERBS = ["said", "reported", "confirmed", "warned", "denied", "claimed", "told reporters", "announced"]
CLAUSES = ["shells hit the {d} district", "fighters fired rockets from the hills", "a convoy of {m} trucks arrived",
           "{n} civilians were killed", "{n} people were wounded", "soldiers closed the bridge",
           "a curfew began at nine in the evening", "{m} men were arrested at a checkpoint",
           "drones flew over the fields every night", "the market was badly damaged",
           "power and water were cut for a {o} day", "{n} families fled towards the coast",
           "schools stayed closed", "{m} rocket launchers were destroyed", "talks would resume next week",
           "the hospital ran short of fuel and blood", "{m} prisoners were released", "mines were cleared from two villages",
           "a mosque and a school were hit", "the road to {t2} reopened", "snipers fired at a queue for bread",
           "{m} soldiers were captured", "a fuel depot caught fire", "reporters were barred from the area"]
WHEN = ["on {w}", "late on {w}", "early on {w}", "overnight", "since {w}", "on {w} morning"]
STOCK = ["The United Nations called on all parties to respect the truce signed in {c} last month.",
         "The conflict has killed thousands of people and displaced many more since it began."]
SPIN_EVAL = {  # about half of these are in synonyms.tsv, half are not
    "shelling": "bombardment", "said": "stated", "wounded": "injured", "fighters": "combatants",
    "near": "close to", "army": "armed forces", "United Nations": "UN", "truce": "armistice",
    "killing": "leaving dead", "attack": "assault", "civilians": "non-combatants", "hospital": "medical centre",
    "closed": "shut", "damaged": "harmed", "talks": "dialogue", "resume": "restart", "reached": "arrived in",
    "arrested": "detained", "promised": "pledged", "fled": "escaped", "rockets": "missiles",
}
FURNITURE = ["Share", "Advertisement", "Read more: the latest from the region",
             "Follow us on social media for breaking updates", "Click here to subscribe to our newsletter"]


def _fill(tpl: str, ctx: dict, rng: random.Random) -> str:
    vals = dict(ctx, n=rng.randint(2, 60), m=rng.randint(2, 12), o=rng.choice(["second", "third", "fourth"]),
                d=rng.choice(["northern", "eastern", "harbour", "market", "old"]),
                w=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]))
    vals["P"], vals["G"] = vals["p"][0].upper() + vals["p"][1:], vals["g"][0].upper() + vals["g"][1:]
    return tpl.format(**vals)


def _sentence(rng: random.Random, ctx: dict) -> str:
    where = rng.choice(["in {t}", "near {t}", "on the outskirts of {t}", "between {t} and {t2}", "in {t2}"])
    tpl = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)} {where} {rng.choice(WHEN)}."
    out = _fill(tpl, ctx, rng)
    return out[0].upper() + out[1:]


def _story(rng: random.Random, ctx: dict, k: int = 8) -> list[str]:
    sents = [_sentence(rng, ctx) for _ in range(k - 1)]
    sents.insert(rng.randint(2, k - 1), _fill(rng.choice(STOCK), ctx, rng))
    return sents


def _ctx(rng: random.Random) -> dict:
    t, t2 = rng.sample(TOWNS, 2)
    return {"t": t, "t2": t2, "g": rng.choice(GROUPS), "p": rng.choice(PEOPLE), "c": rng.choice(["Geneva", "Cairo"])}


def _spin(rng: random.Random, sents: list[str]) -> list[str]:
    out = []
    for s in sents:
        for a, b in SPIN_EVAL.items():
            if a in s and rng.random() < 0.8:
                s = s.replace(a, b)
        out.append(s)
    return out


def generated_copies(seed: int, n_orig: int = 60) -> list[tuple[dict, Article]]:
    """Originals, their copies of every kind, and hard negatives, with labels like the manifest."""
    rng = random.Random(seed)
    base = date(2026, 3, 1)
    origs, out = [], []

    def add(kind, sents, copy_of, day, hour, outlet, title):
        text = title + "\n\n" + "\n".join(sents)
        art = Article(id=article_id(text, f"{outlet}/{len(out)}"), text=text, source=outlet,
                      published=f"{(base + timedelta(days=day)).isoformat()}T{hour:02d}:00:00Z")
        out.append(({"kind": kind, "copy_of": copy_of, "file": art.id}, art))
        return art

    for i in range(n_orig):
        ctx = _ctx(rng)
        sents = _story(rng, ctx)
        a = add("original", sents, [], i // 2, 6 + i % 2, f"wire{i % 5}.example", f"Fighting near {ctx['t']}")
        origs.append((a, sents, ctx, i // 2))
    for j, (a, sents, ctx, day) in enumerate(origs):
        kind = ["exact-copy", "edited-copy", "spun-copy", "reordered-copy", "hard-negative", "stitched"][j % 6]
        if kind == "exact-copy":
            art = Article(id=article_id(a.text, "mirror"), text=a.text, source="mirror.example",
                          published=f"{(base + timedelta(days=day)).isoformat()}T12:00:00Z")
            out.append(({"kind": kind, "copy_of": [a.id], "file": art.id}, art))
        elif kind == "edited-copy":
            intro = f"Here is what we know so far about the fighting in {ctx['t']}."
            add(kind, [intro] + sents[:-1], [a.id], day, 14, "post.example", f"{ctx['t']}: latest")
        elif kind == "spun-copy":
            add(kind, ["Share"] + _spin(rng, sents) + ["Advertisement"], [a.id], day, 18, "farm.example",
                f"Bombardment in {ctx['t']}")
        elif kind == "reordered-copy":
            add(kind, rng.sample(sents, len(sents)), [a.id], day + 1, 9, "digest.example", f"{ctx['t']} today")
        elif kind == "hard-negative":
            add(kind, _story(rng, ctx), [], day + 1, 10, f"wire{j % 5}.example", f"Fighting near {ctx['t']}")
        else:
            parts = [origs[j]] + rng.sample([o for o in origs if o[0] is not a], rng.choice([1, 2]))
            body = [rng.choice(FURNITURE)]
            for _, s, _, _ in parts:
                body += s[:rng.randint(3, 5)] + [rng.choice(FURNITURE)]
            add(kind, body, [p[0].id for p in parts], max(p[3] for p in parts) + 1, 20, "farm.example",
                "Everything we know")
    return out


# -- scoring copies -------------------------------------------------------------------------------
def ingest_articles(items: list[tuple[dict, Article]], seed: int, batch: int) -> set[tuple[str, str]]:
    """Ingest in a shuffled order; return (copy, original) links to originals that are not copies."""
    arts = [a for _, a in items]
    random.Random(seed).shuffle(arts)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "e.duckdb") as store:
        for i in range(0, len(arts), batch):
            store.write_batch([CodedArticle(article=a) for a in arts[i:i + batch]], after_write=dedup.update_store)
        rows = store.con.execute("SELECT article_id, original_id FROM article_originals").fetchall()
    return set(rows)


def score_copies(items: list[tuple[dict, Article]], predicted: set[tuple[str, str]]) -> dict:
    key_to_id = {row["file"]: a.id for row, a in items}
    kind_of = {a.id: row["kind"] for row, a in items}
    gold = {(a.id, key_to_id[k]) for row, a in items for k in row["copy_of"] if k in key_to_id}
    tp = predicted & gold
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c, o in gold:
        by_kind[kind_of[c]][1] += 1
        by_kind[kind_of[c]][0] += (c, o) in predicted
    fp_kinds = Counter(kind_of[c] for c, _ in predicted - gold)
    return {
        "gold_links": len(gold), "predicted_links": len(predicted), "true_links": len(tp),
        "precision": round(len(tp) / len(predicted), 3) if predicted else None,
        "recall": round(len(tp) / len(gold), 3) if gold else None,
        "recall_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
        "false_links_from_kind": dict(fp_kinds),
    }


# -- generated event reports ---------------------------------------------------------------------
TOWN_LL = {"Port Meridel": (31.2, 16.6), "Kassar": (31.5, 16.1), "Ulmen Ridge": (30.9, 17.3),
           "Tarsa": (32.4, 15.1), "Old Varo": (32.1, 20.1), "Beltane Wells": (27.0, 14.4)}
SIDES = [("XXA", "MIL"), ("XXA", "REB")]
ASSAULT_MODES = ["drone", "aerial", "heavy-weapons", "firearms"]


def generated_reports(seed: int, n_happenings: int = 90, days: int = 40, with_modes: bool = False
                      ) -> tuple[list[CodedArticle], dict[str, int]]:
    """Reports of synthetic happenings; returns coded articles and event id -> happening number.

    ``with_modes``: half the reports of an ASSAULT state its mode (drone, aerial, ...); drawn
    from a separate random stream, so the reports are otherwise the same as without.
    """
    rng = random.Random(seed)
    mode_rng = random.Random(seed + 1)  # its own stream: without modes the reports are unchanged
    base = date(2026, 3, 1)
    coded, gold = [], {}
    for h in range(n_happenings):
        town = rng.choice(list(TOWN_LL))
        etype = rng.choice(["ASSAULT", "ASSAULT", "PROTEST", "COERCE"])
        day = base + timedelta(days=rng.randint(0, days))
        perp, victim = rng.sample(SIDES, 2)
        mode = mode_rng.choice(ASSAULT_MODES) if etype == "ASSAULT" else None
        for r in range(rng.choice([1, 1, 2, 3, 4, 5])):
            text = f"Report {h}-{r} from outlet {r} about an incident in {town}, number {rng.random():.6f}."
            a = Article(id=article_id(text, str(r)), text=text, source=f"outlet{r}.example",
                        published=(day + timedelta(days=rng.choice([0, 1]))).isoformat())
            prec = rng.choices(["day", "week", None], [0.75, 0.1, 0.15])[0]
            d = day + timedelta(days=rng.choice([0, 0, 0, 1, -1])) if prec == "day" else day
            lat, lon = TOWN_LL[town]
            roll = rng.random()
            loc = (EventLocation(name=town, lat=lat + rng.uniform(-0.05, 0.05), lon=lon + rng.uniform(-0.05, 0.05),
                                 country="XXA", precision="city") if roll < 0.7
                   else EventLocation(name="Country", country="XXA", precision="country") if roll < 0.85 else None)
            roll = rng.random()
            actor = ([] if roll < 0.25 else [ActorRef("them", country=SIDES[0][0], sector=(
                victim if roll > 0.85 else perp)[1])])
            said = mode if with_modes and mode_rng.random() < 0.5 else None
            e = Event(id=f"e{h:03d}{r}{a.id[1:7]}", article_id=a.id, event=etype, mode=said, actor=actor,
                      recipient=[ActorRef("people", country="XXA", sector="CVL")], sentence=text,
                      date=d.isoformat() if prec else None, date_precision=prec, location=loc,
                      modality=Modality(claimed=True, claimant=f"outlet{r}"))
            coded.append(CodedArticle(article=a, events=[e]))
            gold[e.id] = h
    return coded, gold


def town_day_ceiling(coded: list[CodedArticle], gold: dict[str, int]) -> dict:
    """Pair precision / recall of putting together every two reports of one type placed in the same
    town with named days at most one day apart: what the generated reports carry (their sentences
    are one template), so no clustering rule can do much better on them."""
    events = [e for c in coded for e in c.events if e.id in gold]
    tp = fp = same = 0
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            same += gold[a.id] == gold[b.id]
            placed = all(x.location and x.location.precision == "city" for x in (a, b))
            dated = all(x.date and x.date_precision == "day" for x in (a, b))
            if a.event != b.event or not placed or not dated or a.location.name != b.location.name:
                continue
            if abs(date.fromisoformat(a.date).toordinal() - date.fromisoformat(b.date).toordinal()) <= 1:
                tp += gold[a.id] == gold[b.id]
                fp += gold[a.id] != gold[b.id]
    return {"pair_precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "pair_recall": round(tp / same, 3) if same else None}


def cluster_assignment(coded: list[CodedArticle], seed: int, batch: int, settings=None) -> dict[str, str]:
    """Ingest the coded articles in a shuffled order and batches of ``batch``; event id -> cluster id."""
    items = list(coded)
    random.Random(seed).shuffle(items)
    hook = dedup.store_hook(settings) if hasattr(dedup, "store_hook") else dedup.update_store  # main before 2026-12
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.duckdb") as store:
        for i in range(0, len(items), batch):
            store.write_batch(items[i:i + batch], after_write=hook)
        return dict(store.con.execute("SELECT id, cluster_id FROM events WHERE cluster_id IS NOT NULL").fetchall())


def score_assignment(pred: dict[str, str], gold: dict[str, int]) -> dict:
    """Pair precision/recall and B-cubed precision/recall/F1 of predicted clusters against happenings.

    Only reports with a gold happening and a predicted cluster are scored (clustered reports are
    asserted events; a gold file lists only those).
    """
    pred = {e: c for e, c in pred.items() if e in gold}
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for e, c in pred.items():
        by_pred[c].add(e)
        by_gold[gold[e]].add(e)
    exact = sum(by_pred[pred[e]] == by_gold[gold[e]] for e in pred)
    multi = [e for e in pred if len(by_gold[gold[e]]) > 1]
    split = sum(not by_gold[gold[e]] <= by_pred[pred[e]] for e in multi)
    merged = sum(not by_pred[pred[e]] <= by_gold[gold[e]] for e in pred)
    tp = sum(len(g & p) * (len(g & p) - 1) // 2 for p in by_pred.values() for g in
             ({frozenset(by_gold[gold[e]]) for e in p}))
    pp = sum(len(p) * (len(p) - 1) // 2 for p in by_pred.values())
    gp = sum(len(g) * (len(g) - 1) // 2 for g in by_gold.values())
    n = len(pred) or 1
    b_p = sum(len(by_pred[pred[e]] & by_gold[gold[e]]) / len(by_pred[pred[e]]) for e in pred) / n
    b_r = sum(len(by_pred[pred[e]] & by_gold[gold[e]]) / len(by_gold[gold[e]]) for e in pred) / n
    return {"reports": len(pred), "happenings": len(by_gold), "clusters": len(by_pred),
            "reports_in_exactly_their_cluster": round(exact / n, 3),
            "reports_split_from_their_happening": round(split / n, 3),
            "reports_merged_with_another_happening": round(merged / n, 3),
            "pair_precision": round(tp / pp, 3) if pp else None,
            "pair_recall": round(tp / gp, 3) if gp else None,
            "bcubed_precision": round(b_p, 3), "bcubed_recall": round(b_r, 3),
            "bcubed_f1": round(2 * b_p * b_r / (b_p + b_r), 3) if b_p + b_r else 0.0}


def score_clusters(coded: list[CodedArticle], gold: dict[str, int], seed: int, batch: int, settings=None) -> dict:
    pred = cluster_assignment(coded, seed, batch, settings)
    return {**score_assignment(pred, gold), "assignment": sorted(pred.items())}


def score_streams(path: Path, orders: int, batch: int, seed: int, settings=None) -> dict:
    """The written stream set (benchmarks/cluster_streams.py) in several orders and batch sizes."""
    sys.path.insert(0, str(Path(__file__).parent))
    from cluster_streams import load

    coded, gold = load(path)
    runs = [score_clusters(coded, gold, seed + k, batch if k % 2 == 0 else max(1, batch * 4), settings)
            for k in range(orders)]
    same = all(r["assignment"] == runs[0]["assignment"] for r in runs)
    return {"set": path.name, "articles": len(coded),
            "clusters": {k: v for k, v in runs[0].items() if k != "assignment"},
            "same_for_all_orders_and_batch_sizes": same}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sample", type=Path, help="sample corpus folder with manifest.jsonl")
    p.add_argument("--orders", type=int, default=3, help="random ingest orders per set")
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--streams", type=Path, nargs="*", default=None,
                   help="written stream sets to score (default: benchmarks/data/cluster/streams*.jsonl)")
    p.add_argument("--only-streams", action="store_true", help="score the stream sets only")
    a = p.parse_args()
    streams = a.streams if a.streams is not None else sorted((Path(__file__).parent / "data" / "cluster").glob(
        "streams*.jsonl"))
    for path in streams:
        print(json.dumps(score_streams(path, a.orders, a.batch, a.seed), indent=1))
    if a.only_streams:
        return
    sets = {"generated": generated_copies(a.seed)}
    if a.sample and (a.sample / "manifest.jsonl").exists():
        sets["sample"] = load_sample(a.sample)
    for name, items in sets.items():
        results = [score_copies(items, ingest_articles(items, a.seed + k, a.batch)) for k in range(a.orders)]
        same = all(r == results[0] for r in results)
        print(json.dumps({"set": name, "copies": results[0], "same_for_all_orders": same}, indent=1))
    for label, days, modes in (("sparse", 180, False), ("dense", 40, False),
                               ("sparse+modes", 180, True), ("dense+modes", 40, True)):
        coded, gold = generated_reports(a.seed, days=days, with_modes=modes)
        runs = [score_clusters(coded, gold, a.seed + k, a.batch) for k in range(a.orders)]
        same = all(r == runs[0] for r in runs)
        out = {k: v for k, v in runs[0].items() if k != "assignment"}
        print(json.dumps({"set": f"generated-events-{label}", "days": days, "clusters": out,
                          "same_town_and_day_ceiling": town_day_ceiling(coded, gold),
                          "same_for_all_orders": same}, indent=1))


if __name__ == "__main__":
    main()
