"""Incidents end to end on text: read, code and cluster news articles whose incidents are known.

Reads JSONL files with one article per line and a gold ``incident`` id (for instance the writer's
``benchmarks/data/written/clusters_dev.jsonl``; its ``clusters_blind.jsonl`` is scored only for the
report), codes them with the full pipeline once, then clusters the coded articles in several
arrival orders and batch sizes. Scores are at the article level, as a reader of the incidents
sees them: two articles are put together when one of their events shares a cluster with one of
the other's (the components of that relation are the predicted incidents):

- B-cubed precision / recall / F1 over articles, pairwise precision / recall;
- how many gold incidents told by several articles end up as one predicted incident.

    PYTHONPATH=src python benchmarks/eval_incidents.py --gold benchmarks/data/written/clusters_dev.jsonl
    PYTHONPATH=src python benchmarks/eval_incidents.py    # every written set (WRITTEN), dev and blind halves

The written sets: the writer's local-news clusters (``clusters_*``), the conflict follow-ups
(``clusters_followups_*``) and a stream of similar reports across six countries with copies and
follow-ups (``clusters_multistream_*``, branch incid5), the split causes (``clusters_splits_*``, incid8),
a stream of short local and wire conflict reports with look-alikes (``clusters_streams11_*``, incid11)
a stream with other namings of the armed group, region against town and look-alikes (``clusters_streams12_*``, incid12)
and dense local streams with background sentences, midnight happenings, towns inside organisation names and
follow-ups of another type (``clusters_streams13_*``, incid13), and dense streams by state or region with reports
known only at the state, the two sides' accounts of one clash, toll updates and places at three levels
(``clusters_streams14_*``, incid14).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.pipeline import Pipeline
from truce.records import Article, CodedArticle
from truce.settings import Settings

WRITTEN_DIR = Path(__file__).parent / "data" / "written"
# The written incident sets, each as its dev and blind halves (blind: scored for the report only).
WRITTEN = [f"clusters{part}_{half}.jsonl"
           for part in ("", "_followups", "_multistream", "_splits", "_streams11", "_streams12", "_streams13", "_streams14", "_streams15")
           for half in ("dev", "blind")]
# The lead's held-out stream: blind as a whole, no dev half; scored only with --heldout.
HELDOUT = ["clusters_heldout_blind.jsonl"]


def code(path: Path, config: TruceConfig | None = None) -> tuple[list[CodedArticle], dict[str, str]]:
    """Coded articles of a gold file and article id -> gold incident (by line number)."""
    config = config or TruceConfig()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [a for a in read_sources([path], config) if isinstance(a, Article)]
    gold = {}
    for a in articles:
        line = int(a.origin.rsplit(":", 1)[1])
        gold[a.id] = rows[line - 1]["incident"]
    coded = list(Pipeline(config).code_articles(articles))
    return coded, gold


def cluster(coded: list[CodedArticle], seed: int, batch: int, settings: Settings | None = None
            ) -> dict[str, set[str]]:
    """article id -> the cluster ids of its events, after ingesting in a shuffled order."""
    sys.path.insert(0, str(Path(__file__).parent))
    from eval_dedup import cluster_assignment

    assignment = cluster_assignment(coded, seed, batch, settings)
    return {c.article.id: {assignment[e.id] for e in c.events if e.id in assignment} for c in coded}


def predicted_incidents(clusters_of: dict[str, set[str]]) -> dict[str, str]:
    """article id -> predicted incident: components of "share a cluster"."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_cluster: dict[str, list[str]] = defaultdict(list)
    for aid, cids in clusters_of.items():
        find(aid)
        for c in cids:
            by_cluster[c].append(aid)
    for members in by_cluster.values():
        for other in members[1:]:
            a, b = find(members[0]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {a: find(a) for a in clusters_of}


def score(pred: dict[str, str], gold: dict[str, str]) -> dict:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for a in gold:
        by_pred[pred[a]].add(a)
        by_gold[gold[a]].add(a)
    n = len(gold)
    b_p = sum(len(by_pred[pred[a]] & by_gold[gold[a]]) / len(by_pred[pred[a]]) for a in gold) / n
    b_r = sum(len(by_pred[pred[a]] & by_gold[gold[a]]) / len(by_gold[gold[a]]) for a in gold) / n
    ids = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            same_p, same_g = pred[a] == pred[b], gold[a] == gold[b]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    multi = [g for g, arts in by_gold.items() if len(arts) > 1]
    kept = sum(1 for g in multi if len({pred[a] for a in by_gold[g]}) == 1)
    return {"articles": n, "incidents": len(by_gold), "predicted": len(by_pred),
            "bcubed_precision": round(b_p, 3), "bcubed_recall": round(b_r, 3),
            "bcubed_f1": round(2 * b_p * b_r / (b_p + b_r), 3) if b_p + b_r else 0.0,
            "pair_precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "pair_recall": round(tp / (tp + fn), 3) if tp + fn else None,
            "multi_article_incidents_kept_whole": f"{kept}/{len(multi)}"}


def evaluate(coded: list[CodedArticle], gold: dict[str, str], orders: int = 3, batch: int = 8,
             settings: Settings | None = None) -> dict:
    runs = []
    for k in range(orders):
        clusters_of = cluster(coded, 11 + k, batch if k % 2 == 0 else batch * 4, settings)
        runs.append(predicted_incidents(clusters_of))
    canon = [sorted(sorted(a for a in run if run[a] == p) for p in set(run.values())) for run in runs]
    return {**score(runs[0], gold), "same_for_all_orders_and_batch_sizes": all(c == canon[0] for c in canon)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--gold", type=Path, nargs="+", default=None,
                   help="gold files (default: every written cluster set, dev and blind halves: WRITTEN)")
    p.add_argument("--orders", type=int, default=3)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--heldout", action="store_true", help="also score the lead's held-out stream (never while tuning)")
    a = p.parse_args()
    for path in a.gold or [WRITTEN_DIR / name for name in WRITTEN + (HELDOUT if a.heldout else [])]:
        coded, gold = code(path)
        print(json.dumps({"set": path.name, **evaluate(coded, gold, a.orders, a.batch)}, indent=1))


if __name__ == "__main__":
    main()
