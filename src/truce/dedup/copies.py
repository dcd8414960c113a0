"""Copy detection: exact, edited, spun, reordered and stitched republications of an article.

Candidates come from two indexes, never from all pairs: a MinHash LSH over normalised
word shingles (whole-text near duplicates, spun copies) and exact look-ups of sentence
fingerprints in DuckDB (reordered and stitched pages, whose whole-text similarity is
low). Each candidate pair is then scored with the order-free sentence comparison of
``truce.dedup.compare`` and, when it is a copy, linked from the later article to the
earlier one. The presumed original is the earlier publication; ties (and unknown dates,
which sort last) go to the smaller article id. Because a pair's link depends only on
the two articles, the links are the same whatever order articles arrive in.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache

import numpy as np
import pyarrow as pa
from datasketch import MinHash, MinHashLSH
from duckdb import DuckDBPyConnection

from truce.dedup.compare import Match, compare
from truce.dedup.text import Sentence, dateline_credit, outlet_key, sentences, shingles, text_hash
from truce.records import Article

NUM_PERM = 64
LSH_THRESHOLD = 0.4  # estimated Jaccard of shingle sets that makes two articles candidates
MIN_SHARED_FPS = 2  # one shared sentence (a stock line) never makes a candidate; LSH covers short texts
MAX_CANDIDATES = 200  # per new article, strongest first: a safety bound, the only order-dependent step
_SCHEME = "affine32"


@dataclass
class Indexed:
    """What copy detection keeps about one article."""

    id: str
    source: str | None
    published_utc: str | None
    sents: list[Sentence]
    text_hash: str
    credit: str | None = None  # outlet credited in the dateline, normalised

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


TIE_MARGIN = 0.25  # on a date tie, a page this much less contained in the other took from elsewhere


def order_pair(a: Indexed, b: Indexed) -> tuple[Indexed, Indexed, Match]:
    """(copy, original, match): the earlier publication is the original.

    Unknown dates sort last. On a tie (same instant, or the same day when one side has only a
    date): an article whose dateline credits the other's outlet is the copy; else the page whose
    sentences are much less contained in the other is the copy (it added material from
    elsewhere, like a stitched page); else the smaller id is the original.
    """
    wa, wb = _when(a, b), _when(b, a)
    if wa != wb:
        later, earlier = (a, b) if wa > wb else (b, a)
        return later, earlier, compare(later.sents, earlier.sents)
    if a.credits(b) != b.credits(a):
        later, earlier = (a, b) if a.credits(b) else (b, a)
        return later, earlier, compare(later.sents, earlier.sents)
    m_ab, m_ba = compare(a.sents, b.sents), compare(b.sents, a.sents)
    if abs(m_ab.containment - m_ba.containment) >= TIE_MARGIN:
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


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """datasketch draws the same permutations (seed 1) for every MinHash: draw them once."""
    return MinHash(num_perm=NUM_PERM, scheme=_SCHEME).permutations


def minhash(sents: list[Sentence]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=_SCHEME, permutations=_permutations())
    m.update_batch(sorted(shingles(sents)))
    return m


# -- the in-memory LSH, rebuilt from the dedup_articles table when missing or stale -------------
class _LshCache:
    """One MinHashLSH per database, a derived cache of ``dedup_articles.minhash``.

    The table is the truth; the cache is checked against the table's row count at every
    batch, so a rolled-back batch or another process's writes trigger a rebuild.
    """

    def __init__(self) -> None:
        self._by_db: dict[str, tuple[MinHashLSH, set[str]]] = {}

    def get(self, con: DuckDBPyConnection) -> tuple[MinHashLSH, set[str]]:
        key = _db_key(con)
        n = con.execute("SELECT count(*) FROM dedup_articles").fetchall()[0][0]
        cached = self._by_db.get(key)
        if cached is None or len(cached[1]) != n:
            cached = self._by_db[key] = _rebuild(con)
        return cached


def _db_key(con: DuckDBPyConnection) -> str:
    rows = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                       ).fetchall()
    return rows[0][0] if rows and rows[0][0] else f"memory:{id(con)}"


def _rebuild(con: DuckDBPyConnection) -> tuple[MinHashLSH, set[str]]:
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    keys: set[str] = set()
    cur = con.execute("SELECT article_id, minhash FROM dedup_articles ORDER BY article_id")
    with lsh.insertion_session() as session:
        while rows := cur.fetchmany(5000):
            for aid, blob in rows:
                session.insert(aid, _from_blob(blob))
                keys.add(aid)
    return lsh, keys


def _from_blob(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=_SCHEME,
                   permutations=_permutations())


LSH_CACHE = _LshCache()


# -- indexing and linking ----------------------------------------------------------------------
class _SentenceCache:
    """Bounded cache of normalised sentences of stored articles (candidates recur in bursts).

    Keyed by database and article id, so two stores with clashing ids never share entries.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.items: OrderedDict[tuple[str, str], list[Sentence]] = OrderedDict()

    def load(self, con: DuckDBPyConnection, ids: list[str]) -> dict[str, list[Sentence]]:
        db = _db_key(con)
        missing = [i for i in ids if (db, i) not in self.items]
        if missing:
            rows = con.execute("SELECT id, text FROM articles WHERE list_contains(?, id)", [missing]).fetchall()
            for aid, text in rows:
                self.items[(db, aid)] = sentences(text or "")
        out = {}
        for i in ids:
            if (db, i) in self.items:
                self.items.move_to_end((db, i))
                out[i] = self.items[(db, i)]
        while len(self.items) > self.size:
            self.items.popitem(last=False)
        return out


_SENTENCES = _SentenceCache()


def index_articles(con: DuckDBPyConnection, articles: list[Article]) -> list[str]:
    """Index new articles and link copies to originals; return the copy ids whose links changed."""
    lsh, keys = LSH_CACHE.get(con)
    new = sorted((_indexed(a) for a in articles if a.id not in keys), key=lambda x: x.id)
    if not new:
        return []
    sigs = {x.id: minhash(x.sents) for x in new}
    _store_index(con, new, sigs)
    for x in new:
        if x.id not in keys:
            lsh.insert(x.id, sigs[x.id])
            keys.add(x.id)
    candidates = _candidates(con, lsh, new, sigs)
    return _link(con, new, candidates)


def _indexed(a: Article) -> Indexed:
    sents = sentences(a.text)
    return Indexed(a.id, source_of(a), published_utc(a.published), sents, text_hash(sents), dateline_credit(a.text))


def _store_index(con: DuckDBPyConnection, new: list[Indexed], sigs: dict[str, MinHash]) -> None:
    art = pa.table({
        "article_id": [x.id for x in new], "source": [x.source for x in new],
        "published_utc": [x.published_utc for x in new], "text_hash": [x.text_hash for x in new],
        "n_sentences": pa.array([len(x.sents) for x in new], pa.int32()),
        "minhash": [sigs[x.id].hashvalues.astype(np.uint32).tobytes() for x in new],
        "credit": pa.array([x.credit for x in new], pa.string()),
    })
    fps = [(fp, x.id, i) for x in new for i, s in enumerate(x.sents) for fp in s.fingerprints]
    sent = pa.table({"fp": pa.array([f[0] for f in fps], pa.int64()), "article_id": [f[1] for f in fps],
                     "idx": pa.array([f[2] for f in fps], pa.int32())})
    con.register("_dedup_new_articles", art)
    con.register("_dedup_new_sentences", sent)
    try:
        con.execute("INSERT INTO dedup_articles SELECT * FROM _dedup_new_articles")
        con.execute("INSERT INTO dedup_sentences SELECT * FROM _dedup_new_sentences")
    finally:
        con.unregister("_dedup_new_articles")
        con.unregister("_dedup_new_sentences")


def _candidates(con: DuckDBPyConnection, lsh: MinHashLSH, new: list[Indexed],
                sigs: dict[str, MinHash]) -> dict[str, list[str]]:
    """For each new article, the stored articles worth comparing with it, strongest first."""
    ids = [x.id for x in new]
    own = {fp: x.id for x in new for s in x.sents for fp in s.fingerprints}
    fp_rows = con.execute("SELECT fp, article_id FROM dedup_sentences WHERE fp IN (SELECT unnest(?))",
                          [sorted(set(own))]).fetchall()
    holders: dict[int, set[str]] = {}
    for fp, b in fp_rows:
        holders.setdefault(fp, set()).add(b)
    score: dict[str, dict[str, float]] = {i: {} for i in ids}
    for x in new:
        for fp in {fp for s in x.sents for fp in s.fingerprints}:
            for b in holders.get(fp, ()):
                if b != x.id:
                    score[x.id][b] = score[x.id].get(b, 0.0) + 1.0
    for x in new:
        for b in lsh.query(sigs[x.id]):
            if b != x.id:
                score[x.id][b] = score[x.id].get(b, 0.0) + 100.0  # LSH hits first
    return {a: [b for b, v in sorted(s.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]
                if v >= MIN_SHARED_FPS] for a, s in score.items()}


def _link(con: DuckDBPyConnection, new: list[Indexed], candidates: dict[str, list[str]]) -> list[str]:
    by_id = {x.id: x for x in new}
    stored = sorted({b for bs in candidates.values() for b in bs} - set(by_id))
    by_id.update(_load_indexed(con, stored))
    pairs = sorted({tuple(sorted((a, b))) for a, bs in candidates.items() for b in bs if b in by_id})
    links, changed = [], set()
    for a, b in pairs:
        later, earlier, m = order_pair(by_id[a], by_id[b])
        if m.is_copy:
            links.append([later.id, earlier.id, round(m.containment, 4), round(m.coverage, 4), m.matched,
                          m.method(later.text_hash == earlier.text_hash)])
            changed.add(later.id)
    if links:
        _insert_links(con, links)
    return sorted(changed)


def _insert_links(con: DuckDBPyConnection, links: list[list]) -> None:
    cols = list(zip(*links, strict=True))
    table = pa.table({"article_id": list(cols[0]), "original_id": list(cols[1]),
                      "containment": pa.array(cols[2], pa.float64()), "coverage": pa.array(cols[3], pa.float64()),
                      "matched": pa.array(cols[4], pa.int32()), "method": list(cols[5])})
    con.register("_dedup_links", table)
    try:
        con.execute("INSERT OR IGNORE INTO article_copies SELECT * FROM _dedup_links")
    finally:
        con.unregister("_dedup_links")


def _load_indexed(con: DuckDBPyConnection, ids: list[str]) -> dict[str, Indexed]:
    if not ids:
        return {}
    sents = _SENTENCES.load(con, ids)
    rows = con.execute("SELECT article_id, source, published_utc, text_hash, credit FROM dedup_articles "
                       "WHERE list_contains(?, article_id)", [ids]).fetchall()
    return {r[0]: Indexed(r[0], r[1], r[2], sents.get(r[0], []), r[3], r[4]) for r in rows}
