"""Copy detection: exact, edited, spun, reordered and stitched republications of an article.

Candidates come from two indexes, never from all pairs: a MinHash LSH over normalised
word shingles (whole-text near duplicates, spun copies) and exact look-ups of sentence
fingerprints (reordered and stitched pages, whose whole-text similarity is low). Each
candidate pair is then scored with the order-free sentence comparison of
``truce.dedup.compare`` and, when it is a copy, linked from the later article to the
earlier one. The presumed original is the earlier publication; ties (and unknown dates,
which sort last) go to the smaller article id. Because a pair's link depends only on
the two articles, the links are the same whatever order articles arrive in (as long as no LSH
bucket the pair shares is full: each keeps only its ``lsh_bucket_cap`` most recent members).

The index lives behind a store adapter (``truce.dedup.adapters``): one statement per batch
for the fingerprints, one for the stored articles' metadata, one for their texts.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from truce import duckrows
from truce.dedup import minhash
from truce.dedup.compare import Match, compare
from truce.dedup.text import Sentence, dateline_credit, outlet_key, sentences, shingles, text_hash
from truce.records import Article


@dataclass
class Indexed:
    """What copy detection keeps about one article."""

    id: str
    source: str | None
    published_utc: str | None
    sents: list[Sentence]
    text_hash: str
    credit: str | None = None  # outlet credited in the dateline, normalised
    published: str | None = None  # as written (the clock a copy's relative dates are read on)

    def credits(self, other: Indexed) -> bool:
        """Whether this article's dateline names the other's outlet (and not its own)."""
        if not self.credit:
            return False
        own, theirs = outlet_key(self.source), outlet_key(other.source)
        return bool(theirs) and theirs.startswith(self.credit) and not own.startswith(self.credit)



def published_utc(value: str | None) -> str | None:
    """An ISO datetime as a sortable UTC instant ('...Z'; naive taken as UTC); a bare date stays a date."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _when(x: Indexed, other: Indexed) -> tuple[bool, str]:
    """x's publication at the precision both share: a bare date ties with any time that day."""
    if x.published_utc is None or other.published_utc is None:
        return (x.published_utc is None, "")
    width = min(len(x.published_utc), len(other.published_utc))
    return (False, x.published_utc[:width])


def order_pair(a: Indexed, b: Indexed, cfg: Any) -> tuple[Indexed, Indexed, Match]:
    """(copy, original, match): the earlier publication is the original.

    Unknown dates sort last. On a tie (same instant, or the same day when one side has only a
    date): an article whose dateline credits the other's outlet is the copy; else the page whose
    sentences are much less contained in the other is the copy (it added material from
    elsewhere, like a stitched page); else the smaller id is the original.
    """
    wa, wb = _when(a, b), _when(b, a)
    if wa != wb:
        later, earlier = (a, b) if wa > wb else (b, a)
        return later, earlier, compare(later.sents, earlier.sents, cfg)
    if a.credits(b) != b.credits(a):
        later, earlier = (a, b) if a.credits(b) else (b, a)
        return later, earlier, compare(later.sents, earlier.sents, cfg)
    m_ab, m_ba = compare(a.sents, b.sents, cfg), compare(b.sents, a.sents, cfg)
    if abs(m_ab.containment - m_ba.containment) >= cfg.tie_margin:
        return (a, b, m_ab) if m_ab.containment < m_ba.containment else (b, a, m_ba)
    return (a, b, m_ab) if a.id > b.id else (b, a, m_ba)


def source_of(article: Article) -> str | None:
    """The outlet: the source field, else the URL's host."""
    if article.source:
        return article.source.strip().lower()
    if article.url and "//" in article.url:
        host = article.url.split("//", 1)[1].split("/", 1)[0].lower()
        return host.removeprefix("www.") or None
    return None


# -- the in-memory LSH, rebuilt from the stored signatures when missing or stale ----------------
class _LshCache:
    """One LSH index per store, a derived cache of the stored signatures.

    The store is the truth; the cache is checked against its row count at every batch, so a
    rolled-back batch or another process's writes trigger a rebuild.
    """

    def __init__(self) -> None:
        self._by_store: dict[str, minhash.LshIndex] = {}

    def get(self, store: Any, cfg: Any) -> minhash.LshIndex:
        n = store.count_indexed()
        cached = self._by_store.get(store.key)
        shape = (cfg.num_perm, cfg.lsh_threshold, cfg.lsh_bucket_cap)
        if cached is None or len(cached) != n or (cached.num_perm, cached.threshold, cached.bucket_cap) != shape:
            cached = self._by_store[store.key] = _rebuild(store, cfg)
        return cached

    def forget(self, store: Any) -> None:
        self._by_store.pop(store.key, None)


def _rebuild(store: Any, cfg: Any) -> minhash.LshIndex:
    lsh = minhash.LshIndex(cfg.lsh_threshold, cfg.num_perm, cfg.lsh_bucket_cap)
    for aid, blob, published in store.iter_signatures():
        lsh.insert(aid, minhash.from_blob(blob), published)
    return lsh


LSH_CACHE = _LshCache()


# -- indexing and linking ----------------------------------------------------------------------
class _SentenceCache:
    """Bounded cache of normalised sentences of stored articles (candidates recur in bursts).

    Keyed by store and article id, so two stores with clashing ids never share entries.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.items: OrderedDict[tuple[str, str, int], list[Sentence]] = OrderedDict()

    def load(self, store: Any, ids: list[str], min_tokens: int) -> dict[str, list[Sentence]]:
        missing = [i for i in ids if (store.key, i, min_tokens) not in self.items]
        if missing:
            for aid, text in store.texts(missing).items():
                self.items[(store.key, aid, min_tokens)] = sentences(text or "", min_tokens)
        out = {}
        for i in ids:
            key = (store.key, i, min_tokens)
            if key in self.items:
                self.items.move_to_end(key)
                out[i] = self.items[key]
        while len(self.items) > self.size:
            self.items.popitem(last=False)
        return out


_SENTENCES = _SentenceCache()


def index_articles(store: Any, articles: list[Article], cfg: Any) -> list[tuple[str, str]]:
    """Index new articles and link copies to originals; return the new (copy, original) links."""
    lsh = LSH_CACHE.get(store, cfg)
    todo = {a.id: a for a in articles if a.id not in lsh.keys}
    known = store.indexed_ids(todo)
    new = sorted((_indexed(a, cfg) for aid, a in todo.items() if aid not in known), key=lambda x: x.id)
    if not new:
        return []
    sigs = {x.id: minhash.signature(sorted(shingles(x.sents, cfg.shingle_words)), cfg.num_perm) for x in new}
    _store_index(store, new, sigs, {a.id: a.text for a in articles}, cfg)
    for x in new:
        lsh.insert(x.id, sigs[x.id], x.published_utc)
    candidates = _candidates(store, lsh, new, sigs, cfg)
    return _link(store, new, candidates, cfg)


def _indexed(a: Article, cfg: Any) -> Indexed:
    sents = sentences(a.text, cfg.min_sentence_tokens)
    return Indexed(a.id, source_of(a), published_utc(a.published), sents, text_hash(sents),
                   dateline_credit(a.text), a.published)


def _store_index(store: Any, new: list[Indexed], sigs: dict[str, np.ndarray], texts: dict[str, str],
                 cfg: Any) -> None:
    art = duckrows.Rows.of(
        article_id=("VARCHAR", [x.id for x in new]), source=("VARCHAR", [x.source for x in new]),
        published_utc=("VARCHAR", [x.published_utc for x in new]), text_hash=("VARCHAR", [x.text_hash for x in new]),
        n_sentences=("INTEGER", [len(x.sents) for x in new]),
        minhash=("BLOB", [minhash.to_blob(sigs[x.id]) for x in new]), credit=("VARCHAR", [x.credit for x in new]),
        published=("VARCHAR", [x.published for x in new]))
    fps = [(fp, x.id, i) for x in new for i, s in enumerate(x.sents) for fp in s.fingerprints(
        cfg.min_fingerprint_anchors)]
    sent = duckrows.Rows.of(fp=("BIGINT", [f[0] for f in fps]), article_id=("VARCHAR", [f[1] for f in fps]),
                            idx=("INTEGER", [f[2] for f in fps]))
    store.add_index(art, sent, {x.id: texts.get(x.id, "") for x in new})


def _candidates(store: Any, lsh: minhash.LshIndex, new: list[Indexed], sigs: dict[str, np.ndarray],
                cfg: Any) -> dict[str, list[str]]:
    """For each new article, the stored articles worth comparing with it, strongest first."""
    ids = [x.id for x in new]
    own = {fp for x in new for s in x.sents for fp in s.fingerprints(cfg.min_fingerprint_anchors)}
    holders: dict[int, set[str]] = {}
    for fp, b in store.fingerprint_holders(sorted(own)):
        holders.setdefault(fp, set()).add(b)
    score: dict[str, dict[str, float]] = {i: {} for i in ids}
    for x in new:
        for fp in {fp for s in x.sents for fp in s.fingerprints(cfg.min_fingerprint_anchors)}:
            for b in holders.get(fp, ()):
                if b != x.id:
                    score[x.id][b] = score[x.id].get(b, 0.0) + 1.0
    for x in new:
        for b in lsh.query(sigs[x.id]):
            if b != x.id:
                score[x.id][b] = score[x.id].get(b, 0.0) + cfg.lsh_hit_weight  # LSH hits first
    return {a: [b for b, v in sorted(s.items(), key=lambda kv: (-kv[1], kv[0]))[:cfg.max_candidates]
                if v >= cfg.min_shared_fingerprints] for a, s in score.items()}


def _link(store: Any, new: list[Indexed], candidates: dict[str, list[str]], cfg: Any) -> list[tuple[str, str]]:
    by_id = {x.id: x for x in new}
    stored = sorted({b for bs in candidates.values() for b in bs} - set(by_id))
    by_id.update(_load_indexed(store, stored, cfg))
    pairs = sorted({tuple(sorted((a, b))) for a, bs in candidates.items() for b in bs if b in by_id})
    links = []
    for a, b in pairs:
        later, earlier, m = order_pair(by_id[a], by_id[b], cfg)
        if m.is_copy(cfg):
            links.append([later.id, earlier.id, round(m.containment, 4), round(m.coverage, 4), m.matched,
                          m.method(later.text_hash == earlier.text_hash, cfg)])
    store.add_copy_links(links)
    return [(x[0], x[1]) for x in links]


def _load_indexed(store: Any, ids: list[str], cfg: Any) -> dict[str, Indexed]:
    if not ids:
        return {}
    sents = _SENTENCES.load(store, ids, cfg.min_sentence_tokens)
    return {r[0]: Indexed(r[0], r[1], r[2], sents.get(r[0], []), r[3], r[4], r[5]) for r in store.indexed(ids)}
