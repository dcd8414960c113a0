"""Partitioned Parquet output: every store table, dedup across partitions, merge, the same rows on every backend."""

from __future__ import annotations

import importlib.util

import pytest

from truce.config import TruceConfig
from truce.runner import ingest
from truce.scale import PartitionError, merge_partitions, open_partitions, read_partitions, run_partitioned
from truce.store import Store

WIRE = ("TRIPOLI, March 2 (Wire) - Government forces shelled Misrata on Monday, killing three civilians, "
        "medics said. The shelling hit the port district. Rebels said they would respond.")
STORIES = [
    WIRE,
    "Rebels attacked an army checkpoint near Sirte late on Sunday, the army said.",
    "The two sides agreed to extend the truce in Geneva on Tuesday, envoys said.",
    WIRE + " Copied by another outlet.",  # a republished copy: dedup must link it to the original
]
TABLES = ("articles", "events", "event_actors", "event_casualties", "places", "skipped")
DERIVED = ("article_copies", "clusters", "cluster_claims", "event_clusters", "event_dates")


def _corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(STORIES):
        (folder / f"s{i}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _tables(con, names) -> dict[str, list[tuple]]:
    """Every row of each table, sorted: two outputs are equal row for row."""
    out = {}
    for name in names:
        cols = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()
                if r[0] not in ("ingested_at", "seen_at", "origin")]
        out[name] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()))
    return out


def test_partitions_hold_every_table_and_dedup_links_copies_across_them(tmp_path):
    out = tmp_path / "out"
    n = run_partitioned([_corpus(tmp_path)], out, chunk_chars=150)
    assert len(list((out / "events").glob("*.parquet"))) >= 3
    con = open_partitions(out)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES + DERIVED}
    assert counts["events"] == n >= 4 and counts["articles"] == 4 and counts["skipped"] == 1
    assert counts["event_actors"] > 0 and counts["places"] > 0  # event_casualties: the table exists
    assert counts["article_copies"] == 1 and counts["clusters"] > 0 and 0 < counts["event_clusters"] <= n
    pair = con.execute("SELECT a.origin, b.origin FROM article_copies c JOIN articles a ON a.id = c.article_id "
                       "JOIN articles b ON b.id = c.original_id").fetchone()
    assert sorted(p.rsplit("/", 1)[-1] for p in pair) == ["s0.txt", "s3.txt"]  # in different partitions


def test_merged_partitions_equal_a_direct_ingest(tmp_path):
    corpus = _corpus(tmp_path)
    run_partitioned([corpus], tmp_path / "out", chunk_chars=150)
    assert merge_partitions(tmp_path / "out", tmp_path / "merged.duckdb") == (4, 1)
    ingest([corpus], tmp_path / "direct.duckdb")  # dedup does not depend on the batch size
    with Store(tmp_path / "merged.duckdb", read_only=True) as a, Store(tmp_path / "direct.duckdb", read_only=True) as b:
        names = TABLES + DERIVED[:3]
        assert _tables(a.con, names) == _tables(b.con, names)


def test_dedup_of_a_copy_does_not_depend_on_the_batch_size(tmp_path):
    corpus = _corpus(tmp_path)
    ingest([corpus], tmp_path / "one.duckdb", batch_size=1)
    ingest([corpus], tmp_path / "all.duckdb")
    with Store(tmp_path / "one.duckdb", read_only=True) as a, Store(tmp_path / "all.duckdb", read_only=True) as b:
        assert _tables(a.con, ("events", "clusters")) == _tables(b.con, ("events", "clusters"))


def test_partitions_from_two_processes_equal_one(tmp_path):
    corpus = _corpus(tmp_path)
    run_partitioned([corpus], tmp_path / "one", chunk_chars=150)
    run_partitioned([corpus], tmp_path / "two", TruceConfig(n_process=2), chunk_chars=150)
    assert _tables(open_partitions(tmp_path / "one"), TABLES + DERIVED) == \
        _tables(open_partitions(tmp_path / "two"), TABLES + DERIVED)


def test_a_partition_reads_back_as_the_coded_articles(tmp_path):
    from truce.ingest import read_sources
    from truce.pipeline import Pipeline
    from truce.records import Article

    corpus = _corpus(tmp_path)
    run_partitioned([corpus], tmp_path / "out", chunk_chars=150, dedup=False)
    articles = [a for a in read_sources([corpus]) if isinstance(a, Article)]
    assert read_partitions(tmp_path / "out") == list(Pipeline(TruceConfig()).code_articles(articles))


def test_unknown_backend_and_empty_folders_are_named_errors(tmp_path):
    with pytest.raises(PartitionError, match="unknown backend"):
        run_partitioned([_corpus(tmp_path)], tmp_path / "out", backend="spark")
    (tmp_path / "nothing").mkdir()
    with pytest.raises(PartitionError, match="no partitions"):
        merge_partitions(tmp_path / "nothing", tmp_path / "s.duckdb")


def test_partition_refuses_processes_with_ray(cli_run, tmp_path):
    result = cli_run("partition", str(_corpus(tmp_path)), "--out", str(tmp_path / "o"), "--backend", "ray",
                     "--processes", "2")
    assert result.exit_code == 2 and "--workers" in result.output


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed (pip install truce[ray])")
def test_ray_writes_the_same_rows_as_local_over_the_sample_corpus(tmp_path):
    """CI installs the ray extra: a local Ray with two actors, every table compared row for row."""
    from truce.sample import sample_dir, sample_file

    config = TruceConfig(actor_files=[sample_file("actors.yaml")])
    local = run_partitioned([sample_dir()], tmp_path / "local", config, chunk_chars=20_000)
    on_ray = run_partitioned([sample_dir()], tmp_path / "ray", config, backend="ray", workers=2, chunk_chars=20_000)
    assert on_ray == local > 50
    assert _tables(open_partitions(tmp_path / "ray"), TABLES + DERIVED) == \
        _tables(open_partitions(tmp_path / "local"), TABLES + DERIVED)


def test_dedup_raising_on_one_article_of_a_partition_skips_it_and_keeps_the_others(tmp_path, monkeypatch):
    from truce import dedup

    real = dedup.run

    def run(batch, store, settings=None):
        if any("Sirte" in c.article.text for c in batch):
            raise IndexError("a bug in dedup")
        return real(batch, store, settings)

    monkeypatch.setattr(dedup, "run", run)
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    run_partitioned([corpus], out, chunk_chars=10**6)  # one partition: the fallback goes article by article
    con = open_partitions(out)
    (skip,) = con.execute("SELECT stage, message FROM skipped WHERE kind = 'internal-error'").fetchall()
    assert skip[0] == "dedup" and "IndexError: a bug in dedup" in skip[1]
    assert con.execute("SELECT count(*) FROM article_copies").fetchone()[0] == 1  # the others deduplicated
    assert merge_partitions(out, tmp_path / "s.duckdb") == (3, 2)  # the merge's dedup isolates it the same way


def test_a_dead_worker_process_skips_its_article_and_the_partitions_hold_the_rest(tmp_path):
    from truce.config import DEFAULT_STAGES

    folder = tmp_path / "in"
    folder.mkdir()
    texts = [f"Rebels shelled an army checkpoint near Sirte on day {i}." for i in range(8)]
    texts[5] = "Troops attacked a village in Crashistan on Monday."  # tests/exploding_stage.py: the worker exits
    for i, text in enumerate(texts):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    at = DEFAULT_STAGES.index("extract") + 1
    config = TruceConfig(n_process=2, plugins=["exploding_stage"],
                         stages=(*DEFAULT_STAGES[:at], "die-on-marker", *DEFAULT_STAGES[at:]))
    run_partitioned([folder], tmp_path / "out", config, chunk_chars=100)
    con = open_partitions(tmp_path / "out")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 7
    ((origin, stage),) = con.execute("SELECT origin, stage FROM skipped").fetchall()
    assert origin.endswith("a5.txt") and stage == "worker"


def test_a_chunk_unfinished_when_a_sibling_worker_dies_is_coded_again_not_given_up(tmp_path, monkeypatch):
    """The slow chunk is still running when the other worker dies: it is lost with the deadly one and
    redone. Probing the deadly chunk kills a worker again; the slow chunk must not be in that pool yet.
    The slow stage holds its worker until the dying one has left its mark (tests/exploding_stage.py), so
    the slow chunk is unfinished at the death whatever the machine's load (a fixed sleep left that to timing)."""
    from truce.config import DEFAULT_STAGES

    monkeypatch.setenv("TRUCE_TEST_DEATH_FILE", str(tmp_path / "a-worker-died"))

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a0.txt").write_text("Rebels shelled an army post near Slowvania on Monday.", encoding="utf-8")
    (folder / "a1.txt").write_text("Troops attacked a village in Crashistan on Monday.", encoding="utf-8")
    (folder / "a2.txt").write_text("Rebels shelled an army checkpoint near Sirte on Tuesday.", encoding="utf-8")
    at = DEFAULT_STAGES.index("extract") + 1
    config = TruceConfig(n_process=2, plugins=["exploding_stage"],
                         stages=(*DEFAULT_STAGES[:at], "sleep-on-marker", "die-on-marker", *DEFAULT_STAGES[at:]))
    run_partitioned([folder], tmp_path / "out", config, chunk_chars=10)
    con = open_partitions(tmp_path / "out")
    stored = {r[0].rsplit("/", 1)[-1] for r in con.execute("SELECT origin FROM articles").fetchall()}
    assert stored == {"a0.txt", "a2.txt"}
    ((origin, stage),) = con.execute("SELECT origin, stage FROM skipped").fetchall()
    assert origin.endswith("a1.txt") and stage == "worker"


def test_a_chunk_submitted_to_a_pool_a_worker_has_just_broken_is_lost_not_raised(tmp_path):
    """A worker may die while the next chunk is being read: submitting to the broken pool raises, and the
    chunk must then count as lost with the unfinished ones (redone), not end the run."""
    from concurrent.futures.process import BrokenProcessPool

    from truce.scale import _ProcessPartitions

    class Broken:
        def submit(self, *args):
            raise BrokenProcessPool("a worker died")

        def shutdown(self, **kwargs):
            pass

    pool = _ProcessPartitions(TruceConfig(n_process=2), tmp_path)
    pool._pool = Broken()
    pool.submit(0, [])
    ((i, chunk, future),) = pool.pending
    assert i == 0 and chunk == [] and isinstance(future.exception(), BrokenProcessPool)
