"""Score truce's date stage on the labelled date expressions in tests/data/dates_gold.jsonl.

Each gold line is one sentence, its publication date, the trigger word, whether the event is
future, and the expected date and precision. The sentence is parsed with spaCy, an Event is built
on the trigger's offsets and ``EventDater`` dates it (after ``date_article``, so datelines count).

    PYTHONPATH=src python benchmarks/eval_dates.py [--gold FILE] [--errors]

``--sample`` instead runs the whole pipeline over the bundled sample corpus's labelled events
(src/truce/data/sample/gold_events.jsonl, when present) and scores the date of each gold event whose
evidence overlaps a predicted trigger; a gold event without a date expects the publication date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from truce.config import TruceConfig
from truce.nlp import load_model
from truce.records import Article, Event, EventLocation, Modality
from truce.time import EventDater

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "dates_gold.jsonl"


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_event(rec: dict[str, Any], article: Article) -> Event:
    """An Event on the first whole-word occurrence of the gold trigger."""
    m = re.search(rf"\b{re.escape(rec['trigger'])}\b", rec["text"])
    if m is None:
        raise ValueError(f"trigger {rec['trigger']!r} not in {rec['text']!r}")
    loc = EventLocation(country=rec["country"]) if rec.get("country") else None
    return Event(id="e", article_id=article.id, event="ASSAULT", trigger=rec["trigger"],
                 trigger_start=m.start(), trigger_end=m.end(), location=loc,
                 modality=Modality(future=bool(rec.get("future"))))


def run(gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """Date every gold item; returns per-item results and the dating time in seconds."""
    nlp = load_model(TruceConfig().model)
    dater = EventDater(TruceConfig())
    docs = list(nlp.pipe(rec["text"] for rec in gold))
    results, spent = [], 0.0
    for rec, doc in zip(gold, docs, strict=True):
        t0 = time.perf_counter()
        article = Article(id="a", text=rec["text"], published=rec["published"],
                          published_source="metadata" if rec["published"] else "unknown")
        dater.date_article(article, doc)
        event = make_event(rec, article)
        dater.date_events([event], doc, article)
        spent += time.perf_counter() - t0
        results.append({**rec, "got_date": event.date, "got_precision": event.date_precision,
                        "got_text": event.date_text, "why": event.explanation[-1] if event.explanation else ""})
    return results, spent


def report(results: list[dict[str, Any]], spent: float, show_errors: bool) -> None:
    by_kind: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for r in results:
        by_kind[r["kind"]].append((r["got_date"] == r["expected_date"],
                                   r["got_precision"] == r["expected_precision"]))
    print(f"{'kind':<16} {'n':>4} {'date':>7} {'prec':>7} {'both':>7}")
    for kind in sorted(by_kind):
        rows = by_kind[kind]
        _line(kind, rows)
    _line("ALL", [x for rows in by_kind.values() for x in rows])
    print(f"dating time: {1000 * spent / max(len(results), 1):.2f} ms per sentence (parse excluded)")
    if show_errors:
        for r in results:
            if (r["got_date"], r["got_precision"]) != (r["expected_date"], r["expected_precision"]):
                print(f"- [{r['kind']}] {r['text']} | trigger={r['trigger']} future={r['future']}\n"
                      f"    expected {r['expected_date']} {r['expected_precision']}; got {r['got_date']} "
                      f"{r['got_precision']} from {r['got_text']!r}: {r['why']}")


def _line(name: str, rows: list[tuple[bool, bool]]) -> None:
    n = len(rows)
    date_ok = sum(d for d, _ in rows)
    prec_ok = sum(p for _, p in rows)
    both = sum(d and p for d, p in rows)
    print(f"{name:<16} {n:>4} {date_ok / n:>7.1%} {prec_ok / n:>7.1%} {both / n:>7.1%}")


def run_sample(show_errors: bool) -> int:
    """Score event dates of the full pipeline on the sample corpus's gold events."""
    from truce.pipeline import Pipeline
    from truce.sample import sample_file

    path = sample_file("gold_events.jsonl")
    if not path.exists():
        print(f"no sample gold at {path}")
        return 1
    gold = load_gold(path)
    articles = [Article(id=str(i), text=g["text"], published=g["date"], published_source="metadata")
                for i, g in enumerate(gold)]
    total = matched = right = 0
    for g, coded in zip(gold, Pipeline().code_articles(articles), strict=True):
        for ge in g["events"]:
            start = coded.article.text.find(ge.get("evidence") or "\0")
            if start < 0:
                continue
            end, total = start + len(ge["evidence"]), total + 1
            hits = [e for e in coded.events if e.trigger_start < end and e.trigger_end > start]
            if not hits:
                continue
            matched += 1
            got, expected = (hits[0].date or "")[:10] or None, ge["event_date"] or g["date"]
            right += got == expected
            if show_errors and got != expected:
                why = hits[0].explanation[-1] if hits[0].explanation else ""
                print(f"- {g['id']} [{ge['evidence']}] expected {expected}, got {hits[0].date}: {why}")
    print(f"sample gold events {total}, matched to a predicted trigger {matched}, "
          f"date right {right} ({right / max(matched, 1):.1%} of matched)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true", help="print every miss with the explanation")
    ap.add_argument("--sample", action="store_true", help="score the full pipeline on the sample corpus")
    args = ap.parse_args(argv)
    if args.sample:
        return run_sample(args.errors)
    results, spent = run(load_gold(args.gold))
    report(results, spent, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
