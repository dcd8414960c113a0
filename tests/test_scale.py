"""Partitioned Parquet output, locally and (when Ray is installed) on a local Ray."""

from __future__ import annotations

import importlib.util

import duckdb
import pytest

from truce.scale import run_partitioned

STORIES = [
    "Government forces shelled Misrata on Monday, killing three civilians.",
    "Rebels attacked an army checkpoint near Sirte late on Sunday.",
    "The two sides agreed to extend the truce in Geneva on Tuesday.",
]


def _corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(STORIES):
        (folder / f"s{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _query(out) -> tuple[int, int]:
    con = duckdb.connect()
    events = con.execute("SELECT count(*) FROM read_parquet(?)", [str(out / "events" / "*.parquet")]).fetchone()[0]
    articles = con.execute("SELECT count(*) FROM read_parquet(?)",
                           [str(out / "articles" / "*.parquet")]).fetchone()[0]
    return events, articles


def test_local_partitions_are_queryable_with_duckdb(tmp_path):
    out = tmp_path / "out"
    n = run_partitioned([_corpus(tmp_path)], out, chunk_size=2)
    assert len(list((out / "events").glob("*.parquet"))) == 2
    assert _query(out) == (n, 3)
    assert n >= 3


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed (pip install truce[ray])")
def test_ray_backend_writes_the_same_events_as_local(tmp_path):
    corpus = _corpus(tmp_path)
    local = run_partitioned([corpus], tmp_path / "local", chunk_size=2)
    on_ray = run_partitioned([corpus], tmp_path / "ray", backend="ray", workers=1, chunk_size=2)
    assert on_ray == local
    assert _query(tmp_path / "ray") == _query(tmp_path / "local")
