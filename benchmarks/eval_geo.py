"""Every geo measure of issue 11 with one model load: TR-News (even / odd), our writer's toponyms
(dev / blind, world and US-local news apart) and conflict-event notes (dev / blind).

Usage (from the worktree root)::

    PYTHONPATH=src python benchmarks/eval_geo.py [--sets tr-news toponyms notes articles] [--json] [--set KEY=VALUE]
        [--errors FILE]

``--errors FILE`` writes the resolution misses (gold spans beyond 161 km; notes' events beyond 161 km) of
the TUNED parts only, one JSON line each: the even TR-News half and the ``*_dev*`` written files. Odd
halves and blind files never reach it.

``--set`` overrides a ``[geo]`` setting for the run (ablations: ``--set organisation_weight=0``);
``TRUCE_SHARED`` points at the folder holding ``eval/`` when it is not ``../shared``.

Blind files are only scored: the script prints aggregate numbers, never their text. Parses are
cached under ``$TRUCE_CACHE_DIR/parses`` (keyed by the model and the text), so a rerun after a
resolver change costs only the geo stage; ``--no-parse-cache`` turns that off.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from truce.config import TruceConfig
from truce.evaluate.geo import (
    _error,
    _load,
    _score_article,
    _summarise,
    evaluate_article_event_locations,
    evaluate_event_locations,
)
from truce.geo import Geoparser
from truce.geo.gazetteer import cache_dir
from truce.pipeline import Pipeline
from truce.records import Article
from truce.settings import default_settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "benchmarks" / "data" / "written"
SHARED = Path(os.environ.get("TRUCE_SHARED", ROOT.parent / "shared")) / "eval"


class CachedParser:
    """Wraps a spaCy pipeline: ``pipe`` and ``__call__`` reuse parses stored on disk."""

    def __init__(self, nlp: Any, name: str) -> None:
        self.nlp = nlp
        self.path = cache_dir() / "parses" / f"{name}.spacy"
        self.docs: dict[str, Doc] = {}
        if self.path.exists():
            for doc in DocBin().from_disk(self.path).get_docs(nlp.vocab):
                self.docs[doc.text] = doc
        self.dirty = False

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.nlp, attr)

    def __call__(self, text: str) -> Doc:
        return next(iter(self.pipe([text])))

    def pipe(self, items: Iterable[Any], as_tuples: bool = False, **kw: Any) -> Iterator[Any]:
        items = list(items)
        texts = [i[0] if as_tuples else i for i in items]
        todo = [t for t in dict.fromkeys(texts) if t not in self.docs]
        for text, doc in zip(todo, self.nlp.pipe(todo, **kw), strict=True):
            self.docs[text] = doc
            self.dirty = True
        for item, text in zip(items, texts, strict=True):
            yield (self.docs[text], item[1]) if as_tuples else self.docs[text]

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=list(self.docs.values())).to_disk(self.path)


def tunable(name: str, index: int) -> bool:
    """Whether an item may be read for error analysis: the even TR-News half, the written dev files."""
    if name == "tr-news":
        return index % 2 == 0
    return name.endswith("dev") and "blind" not in name


def toponym_misses(name: str, rows: list[dict[str, Any]], golds: list[list[Any]]) -> list[dict[str, Any]]:
    """Gold spans resolved beyond 161 km, for the tunable items only."""
    out = []
    for i, (row, placed) in enumerate(zip(rows, golds, strict=True)):
        if not tunable(name, i):
            continue
        for place, t in zip(placed, row["toponyms"], strict=True):
            if t["lat"] is None:
                continue
            km = _error(place, t, by_id=False)
            if km > 161:
                out.append({"set": name, "id": row["id"], "text": t["name"], "gold_code": t.get("feature_code"),
                            "pred": place.name, "pred_cc": place.country, "pred_precision": place.precision,
                            "pred_code": place.feature_code, "km": round(km), "note": place.note})
    return out


def toponym_report(path: Path, pipeline: Pipeline, groups: bool,
                   misses: list[dict[str, Any]] | None = None, name: str = "") -> dict[str, Any]:
    """Gold-span and end-to-end scores; by halves (TR-News) or by id prefix (world / local)."""
    rows = _load(path, None)
    geo = Geoparser(pipeline.config, gazetteer=pipeline.geoparser.gazetteer, demonyms=True)
    parts = []
    golds = []
    for doc, row in zip(pipeline.nlp.pipe([r["text"] for r in rows]), rows, strict=True):
        article = Article(id=row["id"], text=row["text"])
        pred = geo.find_places(doc, article)
        gold = geo.resolve_spans(doc, article, [(t["start"], t["end"]) for t in row["toponyms"]])
        golds.append(gold)
        parts.append(_score_article(row, pred, gold, geo))
    if misses is not None:
        misses.extend(toponym_misses(name, rows, golds))
    out = {"all": _summarise(parts, True)}
    if groups:
        for prefix in sorted({r["id"].rsplit("-", 1)[0] for r in rows}):
            out[prefix] = _summarise([p for p, r in zip(parts, rows, strict=True)
                                      if r["id"].rsplit("-", 1)[0] == prefix], True)
    else:
        out["even"], out["odd"] = _summarise(parts[0::2], True), _summarise(parts[1::2], True)
    return out


def _line(rep: dict[str, Any]) -> str:
    g = rep["resolution_gold_spans_distance_only"]
    gi = rep["resolution_gold_spans"]
    rec = rep["recognition"]["tr-news"]["exact"]
    e2e = rep["resolution_end_to_end_distance_only"]
    return (f"gold-span acc@161 {g['acc@161km']:.3f} (id-aware {gi['acc@161km']:.3f}, n {g['n']})  "
            f"e2e {e2e.get('acc@161km', 0):.3f}  recognition F1 {rec['f1']:.3f}")


def _coarse_line(c: dict[str, Any]) -> str:
    """The issue's "country-only (or no place) while a finer place is named" figure and where it was named."""
    return (f"coarse-named {c['share']:.3f} ({c['coarse_or_none_with_finer_named']}/{c['events']}: none {c['none']}, "
            f"country {c['country']}; sentence {c['sentence']} paragraph {c['paragraph']} article {c['article']})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="+", default=["tr-news", "toponyms", "notes", "articles"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=Path, help="write the tuned parts' misses here (JSON lines)")
    ap.add_argument("--no-parse-cache", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a [geo] setting for this run (e.g. --set town_state_bonus=0)")
    args = ap.parse_args()
    overrides: dict[str, Any] = {}
    for item in args.set:
        key, _, value = item.partition("=")
        current = default_settings().geo[key]
        overrides[key] = value if isinstance(current, str) else type(current)(float(value))
    pipeline = Pipeline(TruceConfig(settings=load_settings(overrides={"geo": overrides})))
    model = hashlib.sha256(str(pipeline.config.model).encode()).hexdigest()[:8]
    parsers: list[CachedParser] = []
    results: dict[str, Any] = {}
    misses: list[dict[str, Any]] | None = [] if args.errors else None

    def use_cache(name: str) -> None:
        if not args.no_parse_cache:
            parser = CachedParser(parsers[-1].nlp if parsers else pipeline.nlp, f"{name}-{model}")
            parsers.append(parser)
            pipeline.nlp = parser  # type: ignore[assignment]

    base_nlp = pipeline.nlp
    jobs: list[tuple[str, str, Path]] = []
    if "tr-news" in args.sets and (SHARED / "geo" / "tr_news.jsonl").exists():
        jobs.append(("toponyms", "tr-news", SHARED / "geo" / "tr_news.jsonl"))
    if "toponyms" in args.sets:
        jobs += [("toponyms", f"written-{s}", WRITTEN / "geo" / f"toponyms_{s}.jsonl")
                 for s in ("dev", "blind", "r4_dev", "r4_blind", "r5_dev", "r5_blind")]
    if "notes" in args.sets:
        jobs += [("notes", f"notes-{s}", WRITTEN / "geo" / f"conflict_notes_{s}.jsonl") for s in ("dev", "blind")]
    if "articles" in args.sets:
        jobs += [("articles", f"articles-{s}", WRITTEN / f"articles_{s}.jsonl")
                 for s in ("dev", "blind", "geo7_dev", "geo7_blind", "geo11_dev", "geo11_blind", "geo12_dev", "geo12_blind", "geo13_dev", "geo13_blind", "geo14_dev", "geo14_blind")]
    for kind, name, path in jobs:
        if not path.exists():
            continue
        pipeline.nlp = base_nlp
        use_cache(name)
        if kind == "toponyms":
            rep = toponym_report(path, pipeline, groups=name in ("written-dev", "written-blind"), misses=misses, name=name)
            results[name] = rep
            for split, block in rep.items():
                print(f"{name:14s} {split:9s} {_line(block)}", flush=True)
        elif kind == "notes":
            rep = evaluate_event_locations(path, pipeline, misses=misses if tunable(name, 0) else None)
            results[name] = rep
            for split in ("all", "even", "odd"):
                block = rep if split == "all" else rep[split]
                print(f"{name:14s} {split:9s} n {block['events']}  within 161 km {block.get('acc@161km', 0):.3f}  "
                      f"25 km {block.get('acc@25km', 0):.3f}  no location {block.get('no_location', 0):.3f}  "
                      f"name {block['location_name_accuracy']:.3f}  coarse {block['coarse']['share']:.3f}  "
                      f"{_coarse_line(block['coarse_named'])}", flush=True)
            print(f"{'':14s} rules {json.dumps(rep['rules'])}")
        else:
            rep = evaluate_article_event_locations(path, pipeline, misses=misses if tunable(name, 0) else None)
            results[name] = rep
            for split in ("all", "even", "odd"):
                block = rep if split == "all" else rep[split]
                print(f"{name:14s} {split:9s} n {block['gold_events']}  within 161 km {block['acc@161km']:.3f}  "
                      f"25 km {block['acc@25km']:.3f}  coarse {block['coarse']['share']:.3f}  "
                      f"{_coarse_line(block['coarse_named'])}", flush=True)
        for parser in parsers:
            parser.save()
        parsers.clear()
    if args.json:
        print(json.dumps(results, indent=1))
    if args.errors and misses is not None:
        args.errors.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses))


if __name__ == "__main__":
    main()
