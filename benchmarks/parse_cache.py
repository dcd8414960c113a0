"""A parse cache for evaluation runs: every text is parsed once, later runs read the stored ``Doc``.

Benchmarks and the classifier's training script score the same gold sets again and again while a
rule or a weight changes after the parse; re-parsing is most of their cost. ``cached(pipeline)``
swaps the pipeline's ``nlp`` for a wrapper whose ``pipe`` looks each text up in a SQLite file
(``.cache/parses.sqlite`` by default, ``TRUCE_PARSE_CACHE`` elsewhere) keyed by the model name and the
text's hash, and parses only the texts it has not seen. The stored bytes are ``Doc.to_bytes()``, so
the tok2vec tensor comes back too. Not used at run time: the product parses once per text anyway.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]


class CachingNLP:
    """Stands in for a spaCy ``Language`` in ``Pipeline``: ``pipe`` reads stored parses first."""

    def __init__(self, nlp: Any, path: Path, model: str) -> None:
        self._nlp, self._model = nlp, model
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.execute("CREATE TABLE IF NOT EXISTS parse (key TEXT PRIMARY KEY, doc BLOB)")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def _key(self, text: str) -> str:
        return hashlib.sha1(f"{self._model}\0{text}".encode()).hexdigest()

    def _get(self, text: str) -> Doc | None:
        row = self._db.execute("SELECT doc FROM parse WHERE key = ?", (self._key(text),)).fetchone()
        return Doc(self._nlp.vocab).from_bytes(row[0]) if row else None

    def __call__(self, text: str) -> Doc:
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[Any], as_tuples: bool = False, batch_size: int = 64, **kw: Any) -> Iterator[Any]:
        items = list(texts)
        strings = [t[0] if as_tuples else t for t in items]
        docs: list[Doc | None] = [self._get(s) for s in strings]
        missing = [i for i, d in enumerate(docs) if d is None]
        if missing:
            for i, doc in zip(missing, self._nlp.pipe([strings[i] for i in missing], batch_size=batch_size), strict=True):
                docs[i] = doc
                self._db.execute("INSERT OR REPLACE INTO parse VALUES (?, ?)", (self._key(strings[i]), doc.to_bytes()))
            self._db.commit()
        for item, doc in zip(items, docs, strict=True):
            yield (doc, item[1]) if as_tuples else doc


def cached(pipeline: Any, path: str | Path | None = None) -> Any:
    """``pipeline`` with its parser behind the cache (in place; returned for chaining)."""
    if isinstance(pipeline.nlp, CachingNLP):
        return pipeline
    where = Path(path or os.environ.get("TRUCE_PARSE_CACHE") or REPO / ".cache" / "parses.sqlite")
    pipeline.nlp = CachingNLP(pipeline.nlp, where, pipeline.config.model)
    return pipeline
