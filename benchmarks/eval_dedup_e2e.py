"""Copy links end to end: real readers + pipeline + store + dedup, scored against manifest.jsonl.

``eval_dedup.py`` scores the dedup stage on articles built from the manifest's own timestamps and
outlets. This script instead runs ``truce.runner.ingest`` over the sample corpus (the same path as
``truce ingest --sample``), so publication times and outlets are whatever the readers and the date
stage recover, and scores the links in ``article_originals``:

- precision / recall of (copy, original) pairs against the manifest's ``copy_of`` labels;
- ``reversed``: gold pairs found the wrong way round (original stored as the copy);
- per-article publication instants that disagree with the manifest (the usual cause of reversals).

    PYTHONPATH=src python benchmarks/eval_dedup_e2e.py [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from truce.dedup.copies import published_utc
from truce.sample import sample_dir, sample_file


def manifest() -> list[dict]:
    return [json.loads(line) for line in sample_file("manifest.jsonl").read_text().splitlines() if line.strip()]


def origin_key(origin: str, corpus: Path) -> str:
    """A reader's origin as a manifest ``file`` key.

    Readers emit absolute paths: ``.../txt/a.txt``, ``.../jsonl/wire.jsonl:3`` (line number),
    ``.../warc/crawl.warc.gz#URL`` and ``.../rss/feed.xml#URL``; the manifest writes
    ``txt/a.txt``, ``jsonl/wire.jsonl#3``, ``warc/crawl.warc.gz#URL``, ``rss/feed.xml#URL``.
    """
    path, sep, frag = origin.partition("#")
    line = ""
    if not sep and ".jsonl:" in path:
        path, _, line = path.rpartition(":")
    try:
        rel = Path(path).resolve().relative_to(corpus.resolve()).as_posix()
    except ValueError:
        rel = path
    if line:
        return f"{rel}#{line}"
    return f"{rel}#{frag}" if sep else rel


@dataclass
class Score:
    gold: set[tuple[str, str]] = field(default_factory=set)
    found: set[tuple[str, str]] = field(default_factory=set)
    time_errors: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    naive_times: list[str] = field(default_factory=list)  # right local clock time, source names no zone
    source_missing: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)

    @property
    def correct(self) -> set[tuple[str, str]]:
        return self.gold & self.found

    @property
    def reversed(self) -> set[tuple[str, str]]:
        return {(c, o) for c, o in self.gold if (o, c) in self.found}

    @property
    def precision(self) -> float:
        return len(self.correct) / len(self.found) if self.found else 1.0

    @property
    def recall(self) -> float:
        return len(self.correct) / len(self.gold) if self.gold else 1.0

    def to_dict(self) -> dict:
        return {"gold_links": len(self.gold), "found_links": len(self.found), "correct": len(self.correct),
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "reversed": sorted(self.reversed), "false": sorted(self.found - self.gold - {
                    (o, c) for c, o in self.gold}),
                "missed": sorted(self.gold - self.found - self.reversed),
                "publication_instant_errors": self.time_errors,
                "local_time_without_zone": self.naive_times, "no_outlet": self.source_missing,
                "unmapped_origins": self.unmapped}


def _naive(value: str | None) -> bool:
    """A datetime without an offset (dedup compares it as if it were UTC)."""
    return bool(value) and len(value) > 10 and value[-6] not in "+-" and not value.endswith("Z")


def score(db: Path) -> Score:
    """Compare the store's links (``article_originals``) and dates with the manifest."""
    from truce.store import Store

    corpus = sample_dir()
    labels = {m["file"]: m for m in manifest()}
    result = Score(gold={(m["file"], o) for m in labels.values() for o in m["copy_of"]})
    with Store(db, read_only=True) as store:
        con = store.con
        rows = con.execute("SELECT id, origin, published, source, url FROM articles").fetchall()
        key_of = {}
        for ident, origin, published, source, url in rows:
            key = origin_key(origin, corpus)
            if key not in labels:
                result.unmapped.append(key)
                continue
            key_of[ident] = key
            want = published_utc(labels[key]["published"])
            got = published_utc(published)
            if _naive(published) and labels[key]["published"] and published[:16] == labels[key]["published"][:16]:
                result.naive_times.append(key)
            elif want != got:
                result.time_errors.append((key, published, labels[key]["published"]))
            if not source and not url:
                result.source_missing.append(key)
        links = con.execute("SELECT article_id, original_id FROM article_originals").fetchall()
    result.found = {(key_of.get(c, c), key_of.get(o, o)) for c, o in links}
    return result


def run(db: Path | None = None) -> Score:
    from truce.runner import ingest

    if db is None:
        tmp = tempfile.mkdtemp(prefix="truce-dedup-e2e-")
        db = Path(tmp) / "truce.duckdb"
    ingest([sample_dir()], db)
    return score(db)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="score an existing store instead of ingesting into a temp one")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = score(args.db) if args.db else run()
    out = result.to_dict()
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"copy links: gold {out['gold_links']}, found {out['found_links']}, correct {out['correct']}, "
          f"precision {out['precision']:.3f}, recall {out['recall']:.3f}, reversed {len(out['reversed'])}")
    print(f"publication instants: {len(out['publication_instant_errors'])} wrong or missing, "
          f"{len(out['local_time_without_zone'])} right local time without a zone")
    for name in ("reversed", "false", "missed", "publication_instant_errors", "no_outlet", "unmapped_origins"):
        for item in out[name]:
            print(f"  {name}: {item}")


if __name__ == "__main__":
    main()
