"""Copy links end to end: the sample corpus through the real readers, pipeline, store and dedup.

The dedup stage's own tests feed it articles with known timestamps and outlets; this one checks
that the readers and the date stage recover enough of both (publication time with offset,
"Published: ... 11:20" lines, dateline credits) for copies to point at their originals.
Floors are the measured values (benchmarks/eval_dedup_e2e.py: 18/18) minus one link.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from truce.dedup.clusters import outlet_identity

pytestmark = pytest.mark.slow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import eval_dedup_e2e  # noqa: E402

FLOOR = 0.94  # one wrong or missing link out of 18 is 0.944


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    from truce.runner import ingest
    from truce.sample import sample_dir

    db = tmp_path_factory.mktemp("dedup_e2e") / "truce.duckdb"
    ingest([sample_dir()], db)
    return db


def test_copy_links_match_the_manifest(sample_store) -> None:
    score = eval_dedup_e2e.score(sample_store)
    assert not score.unmapped, score.unmapped
    assert len(score.gold) == 18
    assert score.precision >= FLOOR, score.to_dict()
    assert score.recall >= FLOOR, score.to_dict()
    assert len(score.reversed) <= 1, score.reversed


def test_same_day_pairs_keep_their_times(sample_store) -> None:
    score = eval_dedup_e2e.score(sample_store)
    wrong = {key for key, _, _ in score.time_errors}
    # Every copy and original of a same-day pair now has a time; only pages whose sources give
    # no time at all (date in the URL or a yearless dateline) stay wrong.
    pairs = {k for pair in score.gold for k in pair}
    assert len(wrong & pairs) <= 1, wrong & pairs


def test_exact_copy_on_another_outlet_adds_no_independent_source(sample_store) -> None:
    from truce.store import Store

    corpus_key = _keys(sample_store)
    exact = [(m["file"], m["copy_of"][0]) for m in eval_dedup_e2e.manifest() if m["kind"] == "exact-copy"]
    with Store(sample_store, read_only=True) as store:
        con = store.con
        outlet = dict(con.execute("SELECT article_id, source FROM dedup_articles").fetchall())
        copied = {r[0] for r in con.execute("SELECT article_id FROM copied_articles").fetchall()}
        members: dict[str, set[str]] = {}
        for cid, aid in con.execute("SELECT DISTINCT cluster_id, article_id FROM events "
                                    "WHERE cluster_id IS NOT NULL").fetchall():
            members.setdefault(cid, set()).add(aid)
        checked = 0
        for copy_key, original_key in exact:
            copy, original = corpus_key[copy_key], corpus_key[original_key]
            assert copy in copied
            for cid, arts in members.items():
                if not {copy, original} <= arts:
                    continue
                n, sources = con.execute("SELECT n_independent_sources, sources FROM clusters "
                                         "WHERE cluster_id = ?", [cid]).fetchone()
                copy_outlet = outlet_identity(outlet[copy])
                if copy_outlet == outlet_identity(outlet[original]):
                    continue  # a plain-text copy whose only outlet clue is the original's credit line
                uncopied = {outlet_identity(outlet[a]) for a in arts - copied if outlet.get(a)}
                assert n == len(sources)
                assert copy_outlet not in {outlet_identity(s) for s in sources} or copy_outlet in uncopied
                checked += 1
        assert checked >= 2  # the sample's exact copies share events with their originals


def _keys(db: Path) -> dict[str, str]:
    """manifest file key -> article id."""
    from truce.sample import sample_dir
    from truce.store import Store

    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT id, origin FROM articles").fetchall()
    return {eval_dedup_e2e.origin_key(origin, sample_dir()): ident for ident, origin in rows}
