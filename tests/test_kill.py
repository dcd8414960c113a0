"""A real ingest killed with SIGKILL mid-way leaves a consistent store that a re-run completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from truce.store import Store

pytestmark = pytest.mark.slow

TOWNS = ["Misrata", "Sirte", "Gharyan", "Zawiya", "Sabha", "Derna", "Tobruk", "Zliten"]


def _write_corpus(folder, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        text = (f"Government forces shelled {town} on Monday, killing {i % 7 + 2} civilians, a local "
                f"official said in report number {i}. Rebels attacked an army checkpoint near {town} "
                f"late on Sunday. The two sides agreed to meet in Geneva next week.")
        (folder / f"story{i:04d}.txt").write_text(text, encoding="utf-8")


def _ingest_cmd(corpus, db) -> list[str]:
    return [sys.executable, "-m", "truce", "ingest", str(corpus), "--db", str(db), "--batch-size", "4",
            "--quiet", "--published", "2026-03-02"]


def _snapshot(db) -> tuple:
    with Store(db, read_only=True) as store:
        q = store.con.execute
        return (
            q("SELECT id, text FROM articles ORDER BY id").fetchall(),
            q("SELECT * FROM events ORDER BY id").fetchall(),
            q("SELECT * FROM event_casualties ORDER BY event_id, idx").fetchall(),
            q("SELECT * FROM event_actors ORDER BY event_id, role, idx").fetchall(),
            q("SELECT * FROM places ORDER BY article_id, idx").fetchall(),
        )


def test_killed_ingest_resumes_to_the_same_store(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 240)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    started = time.monotonic()
    subprocess.run(_ingest_cmd(corpus, clean_db), check=True, timeout=300)
    clean_seconds = time.monotonic() - started

    proc = subprocess.Popen(_ingest_cmd(corpus, killed_db), start_new_session=True)
    time.sleep(clean_seconds * 0.7)  # past the model load, in the middle of the batches
    if proc.poll() is not None:
        pytest.skip("the ingest finished before it could be killed")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()

    partial = _snapshot(killed_db)
    total = len(_snapshot(clean_db)[0])
    assert 0 < len(partial[0]) < total, "the kill should land mid-way"
    # Every stored article has all its events: no half-written batch.
    with Store(killed_db, read_only=True) as store:
        orphans = store.con.execute(
            "SELECT count(*) FROM articles a WHERE a.n_events != "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id)").fetchone()[0]
    assert orphans == 0

    subprocess.run(_ingest_cmd(corpus, killed_db), check=True, timeout=300)
    assert _snapshot(killed_db) == _snapshot(clean_db)
