"""The DuckDB store: migrations, idempotent writes, atomic batches, exports."""

from __future__ import annotations

import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest

from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality, Place, Skipped
from truce.store import Store, StoreError
from truce.store.export import export_events
from truce.store.schema import MIGRATIONS


def _coded(n: int, future: bool = False) -> CodedArticle:
    article = Article(id=f"a{n}", text=f"Story {n}: rebels shelled a town.", url=f"https://wire.example/{n}",
                      source="wire.example", published=f"2026-03-0{n % 9 + 1}")
    event = Event(id=f"e{n}", article_id=article.id, event="ASSAULT", mode="heavy-weapons",
                  actor=[ActorRef("rebels", 10, 16, country="LBY", sector="REB")],
                  recipient=[ActorRef("a town", 25, 31)], trigger="shelled", trigger_start=17, trigger_end=24,
                  sentence=article.text, sentence_start=0, date=article.published, date_precision="day",
                  modality=Modality(future=future),
                  location=EventLocation(name="Sirte", lat=31.2, lon=16.6, country="LBY", precision="city"))
    return CodedArticle(article=article, events=[event], places=[Place("Sirte", 0, 5, lat=31.2, lon=16.6)])


def test_new_store_is_at_latest_schema(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.schema_version() == len(MIGRATIONS)


def test_store_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?)", [len(MIGRATIONS) + 1])
    con.close()
    with pytest.raises(StoreError, match="upgrade truce"):
        Store(path)


def test_writing_the_same_articles_twice_adds_nothing(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write_batch([_coded(1), _coded(2)]) == 2
        assert store.write_batch([_coded(2), _coded(1), _coded(3)]) == 1
        counts = store.counts()
    assert counts["articles"] == 3
    assert counts["events"] == 3


def test_a_failing_batch_leaves_nothing_behind(tmp_path):
    def explode(con, added):
        raise RuntimeError("derived stage failed")

    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded(1)])
        with pytest.raises(RuntimeError):
            store.write_batch([_coded(2), _coded(3)], after_write=explode)
        assert store.counts()["articles"] == 1
        assert store.con.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 2


def test_skipped_items_are_recorded_once(tmp_path):
    skip = Skipped(origin="bad.jsonl:3", kind="malformed-jsonl", message="line 3: not JSON")
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([], [skip])
        store.write_batch([], [skip])
        assert store.counts()["skipped"] == {"malformed-jsonl": 1}


def test_exports_filter_unasserted_events_by_default(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded(1), _coded(2, future=True)])
        assert export_events(store, "plover-jsonl", tmp_path / "e.jsonl") == 1
        assert export_events(store, "plover-jsonl", tmp_path / "all.jsonl", asserted_only=False) == 2
        export_events(store, "csv", tmp_path / "e.csv")
        export_events(store, "parquet", tmp_path / "e.parquet")
        export_events(store, "parquet", tmp_path / "parts", partition_by_month=True)
    record = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
    assert record["event"] == "ASSAULT" and record["actor"][0]["country"] == "LBY"
    assert record["event_loc"]["name"] == "Sirte"
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert [r["actor_sector"] for r in rows] == ["REB"]
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 1
    assert list((tmp_path / "parts").glob("month=*"))


def test_export_path_with_a_quote_is_safe(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded(1)])
        out = tmp_path / "it's; DROP TABLE events.csv"
        assert export_events(store, "csv", out) == 1
        assert store.counts()["events"] == 1
    assert out.exists()


def test_unknown_export_format_is_a_clear_error(tmp_path):
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(ValueError, match="unknown export format"):
        export_events(store, "xml", tmp_path / "x")


def test_a_file_that_is_not_duckdb_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="cannot open store"):
        Store(path)
