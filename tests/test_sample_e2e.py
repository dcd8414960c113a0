"""End to end over the bundled sample corpus: every format read, copies kept, bad pages skipped."""

from __future__ import annotations

import json

import pytest

from truce.sample import sample_dir, sample_file

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    from truce.runner import ingest

    db = tmp_path_factory.mktemp("sample") / "truce.duckdb"
    summary = ingest([sample_dir()], db)
    return db, summary


def _manifest() -> list[dict]:
    return [json.loads(line) for line in sample_file("manifest.jsonl").read_text().splitlines()]


def test_every_english_article_is_stored_and_the_rest_skipped_with_reasons(sample_db):
    _, summary = sample_db
    manifest = _manifest()
    kinds = [m["kind"] for m in manifest]
    english = sum(k not in ("non-english", "no-main-text") for k in kinds)
    assert summary.added == english
    assert summary.skipped["non-english"] == kinds.count("non-english")
    # The crawl also holds a 404 page, which is not an article and not in the manifest.
    assert summary.skipped["no-main-text"] == kinds.count("no-main-text") + 1
    assert any("page-that-moved" in s.origin for s in summary.skipped_items if s.kind == "no-main-text")


def test_sample_yields_events_of_several_types(sample_db):
    from truce.store import Store

    db, summary = sample_db
    with Store(db, read_only=True) as store:
        by_type = store.counts()["events_by_type"]
    assert summary.events > 50
    assert {"ASSAULT", "AGREE", "ACCUSE"} <= set(by_type)


def test_second_ingest_of_the_sample_adds_nothing(sample_db):
    from truce.runner import ingest

    db, _ = sample_db
    again = ingest([sample_dir()], db)
    assert again.added == 0 and again.events == 0
