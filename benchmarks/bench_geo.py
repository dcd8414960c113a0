"""Geocoding cost against the spaCy parse of the same text.

Usage: PYTHONPATH=src python benchmarks/bench_geo.py [--gold FILE] [--repeat N]

Parses each text once (nlp.pipe), then times Geoparser.find_places + locate_events on the
parsed docs. Prints parse seconds, geo seconds and geo as a share of the parse. The one-time
gazetteer load is reported separately. Without --gold (or when the file is absent) it uses a
built-in fictional wire corpus.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from truce.geo import Geoparser
from truce.geo.gazetteer import default_gazetteer
from truce.nlp import load_model
from truce.records import Article, Event

FICTION = [
    "TRIPOLI, March 2 (Wire) - Rival forces shelled positions near Sirte on Tuesday, officials in Tripoli "
    "said, as convoys moved from Misrata toward Bani Walid. Residents of Zawiya reported clashes overnight.",
    "Fighters loyal to the eastern command entered Ajdabiya and Benghazi, while elders in Derna called for "
    "talks. Aid groups said supplies from Sabha had not reached Ubari or Gharyan for a week.",
    "Ministers from France and Italy met in Rome to discuss the ceasefire in Libya, and the envoy later "
    "flew to Cairo and Tunis. Protests were reported in Paris, Texas, and in Paris.",
]


def load_texts(gold: str | None, repeat: int) -> list[str]:
    if gold and Path(gold).exists():
        with open(gold, encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
    else:
        texts = FICTION * 20
    return texts * repeat


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=None)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    nlp = load_model()
    started = time.perf_counter()
    gaz = default_gazetteer()
    load_s = time.perf_counter() - started
    geo = Geoparser(gazetteer=gaz)
    texts = load_texts(args.gold, args.repeat)
    one = nlp(FICTION[0])
    started = time.perf_counter()
    geo.find_places(one, Article(id="one", text=one.text))
    first_s = time.perf_counter() - started  # cold: every name read from the index on disk
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    n_places = 0
    for i, doc in enumerate(docs):
        art = Article(id=str(i), text=doc.text)
        places = geo.find_places(doc, art)
        first = doc[0:1]
        event = Event(id="b", article_id=art.id, event="ASSAULT", trigger=first.text, trigger_start=0,
                      trigger_end=len(first.text), sentence=doc.text[:200], sentence_start=0)
        geo.locate_events([event], places, doc, art)
        n_places += len(places)
    geo_s = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    print(f"texts: {len(texts)}  characters: {chars}  places: {n_places}")
    print(f"gazetteer open (once per process): {load_s * 1000:.1f} ms; first article, cold index: {first_s * 1000:.0f} ms")
    print(f"spaCy parse: {parse_s:.2f} s")
    print(f"parse + geo: {parse_s + geo_s:.2f} s  (geo {geo_s:.3f} s = {100 * geo_s / parse_s:.1f}% of the parse)")


if __name__ == "__main__":
    main()
