"""The DuckDB store: migrations, idempotent writes, atomic batches, exports."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from truce.duckrows import read_parquet
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality, Place, Skipped
from truce.store import Store, StoreError
from truce.store.export import ExportError, export_events
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
    assert len(read_parquet(tmp_path / "e.parquet")) == 1
    parts = list((tmp_path / "parts").glob("month=*/*.parquet"))
    assert [p.parent.name for p in parts] == ["month=2026-03"] and len(read_parquet(parts[0])) == 1


def test_export_path_with_a_quote_is_safe(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded(1)])
        out = tmp_path / "it's; DROP TABLE events.csv"
        assert export_events(store, "csv", out) == 1
        assert store.counts()["events"] == 1
    assert out.exists()


def test_unknown_export_format_is_a_clear_error(tmp_path):
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(ExportError, match="unknown export format"):
        export_events(store, "xml", tmp_path / "x")


def test_a_file_that_is_not_duckdb_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database")
    from truce.store import NotAStore

    with pytest.raises(NotAStore, match="not a DuckDB database"):
        Store(path)


def _varied() -> list[CodedArticle]:
    from truce.records import Casualty

    items = [_coded(n) for n in (1, 2, 3)]
    items[1].events[0].event = "PROTEST"
    items[2].events[0].location = EventLocation(name="Tunis", country="TUN", precision="city")
    items[0].events[0].casualties = [Casualty("killed", 3, text="killing three"),
                                     Casualty("killed", 5, claimant="medics"), Casualty("injured", 2)]
    items[0].events[0].actor[0].name = "Libyan National Front"
    return items


def test_export_filters_by_date_type_and_country(tmp_path):
    from truce.store import EventFilter

    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(_varied())

        def ids(**kw) -> list[str]:
            out = tmp_path / "f.jsonl"
            export_events(store, None, out, filters=EventFilter(**kw))
            return [json.loads(line)["id"] for line in out.read_text().splitlines()]

        assert ids() == ["e1", "e2", "e3"]
        assert ids(since="2026-03-03") == ["e2", "e3"]
        assert ids(until="2026-03-02") == ["e1"]
        assert ids(events=("protest",)) == ["e2"]
        assert ids(countries=("LBY",)) == ["e1", "e2"]
        assert ids(countries=("tun",), events=("ASSAULT",)) == ["e3"]


def test_csv_has_actor_names_casualties_and_source_counts(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(_varied())
        store.con.execute("INSERT INTO clusters (cluster_id, n_reports, n_articles, n_independent_sources) "
                          "VALUES ('k1', 4, 3, 2)")
        store.con.execute("UPDATE events SET cluster_id = 'k1' WHERE id = 'e1'")
        export_events(store, None, tmp_path / "e.csv")
    rows = {r["id"]: r for r in csv.DictReader((tmp_path / "e.csv").open())}
    assert rows["e1"]["actor_name"] == "Libyan National Front"
    assert (rows["e1"]["killed"], rows["e1"]["injured"], rows["e1"]["arrested"]) == ("5", "2", "")
    assert (rows["e1"]["n_sources"], rows["e1"]["n_articles"]) == ("2", "3")
    assert rows["e2"]["n_sources"] == ""


def test_the_format_comes_from_the_extension_and_a_mismatch_is_refused(tmp_path):
    from truce.store.export import infer_format

    assert infer_format(tmp_path / "x.csv", None) == "csv"
    assert infer_format(tmp_path / "x.parquet", None) == "parquet"
    assert infer_format(tmp_path / "x.jsonl", None) == "plover-jsonl"
    assert infer_format("-", None) == "plover-jsonl"
    assert infer_format(tmp_path / "folder", "parquet") == "parquet"
    with pytest.raises(ExportError, match="does not match"):
        infer_format(tmp_path / "x.csv", "plover-jsonl")
    with pytest.raises(ExportError, match="cannot tell"):
        infer_format(tmp_path / "x.txt", None)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded(1)])
        export_events(store, None, tmp_path / "out.csv")
    assert next(csv.DictReader((tmp_path / "out.csv").open()))["id"] == "e1"


def test_bad_filters_are_named_errors():
    from truce.errors import TruceError
    from truce.store import EventFilter, FilterError

    for kw in ({"since": "2026-13-01"}, {"events": ("BOMBING",)}, {"countries": ("Libya",)}):
        with pytest.raises(FilterError) as err:
            EventFilter(**kw)
        assert isinstance(err.value, TruceError) and "\n" not in str(err.value)


def test_a_store_held_by_another_process_is_a_named_error(tmp_path):
    import subprocess
    import sys

    from truce.store import StoreLocked

    db = tmp_path / "held.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked, match="in use by process"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()


def test_a_missing_store_for_reading_is_a_named_error(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_a_store_from_the_previous_release_opens_and_reads(tmp_path):
    """Stores of the previous release (fewer columns) gain the new columns and keep their rows."""
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY)")
    for version, sql in enumerate(MIGRATIONS, start=1):
        con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?)", [version])
    con.execute("INSERT INTO articles (id, text, n_events) VALUES ('a1', 'Rebels shelled Sirte.', 1)")
    con.execute("INSERT INTO events (id, article_id, event, context, negated, asserted, confidence, record) "
                "VALUES ('e1', 'a1', 'ASSAULT', ['military'], false, true, 0.9, '{}')")
    con.close()
    with Store(db) as store:
        (event,) = store.read_events()
        columns = {r[0] for r in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
        (coded,) = store.read_coded(["a1"])
    assert {"cue", "background", "loc_start", "idx", "record"} <= columns
    assert (event.event, event.context, event.background, event.explanation) == ("ASSAULT", ["military"], False, [])
    assert coded.coder is None and coded.events == [event]


def test_read_events_and_incidents_in_one_call(tmp_path):
    import importlib.util

    import truce
    from truce.store.frames import FrameError

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write_batch(_varied())
        store.con.execute("INSERT INTO clusters (cluster_id, event, first_date, last_date, loc_country, n_reports) "
                          "VALUES ('k1', 'ASSAULT', '2026-03-02', '2026-03-02', 'LBY', 1)")
    rel = truce.read_events(db, country="LBY")
    assert sorted(r[0] for r in rel.select("id").fetchall()) == ["e1", "e2"]
    if importlib.util.find_spec("pyarrow") is None:  # an optional extra (truce[arrow]), not a runtime need
        with pytest.raises(FrameError, match=r"truce\[arrow\]"):
            truce.read_events(db, as_="arrow")
    else:
        table = truce.read_events(db, event="ASSAULT", as_="arrow")
        assert table.column("id").to_pylist() == ["e1", "e3"] and "actor_name" in table.column_names
        assert truce.read_incidents(db, since="2026-03-01", as_="arrow").num_rows == 1
        assert truce.read_incidents(db, country="TUN", as_="arrow").num_rows == 0
    for kind in ("pandas", "polars"):
        if importlib.util.find_spec(kind) is None:
            with pytest.raises(FrameError, match=f"truce\\[{kind}\\]"):
                truce.read_events(db, as_=kind)
        else:
            assert len(truce.read_events(db, as_=kind)) == 3
    with pytest.raises(FrameError, match="choose one of"):
        truce.read_events(db, as_="excel")


def test_the_record_column_is_the_plover_record_the_export_writes(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_coded(1)])
        (stored,) = store.con.execute("SELECT record FROM events").fetchone()
        export_events(store, None, tmp_path / "e.jsonl")
    assert json.loads(stored) == json.loads((tmp_path / "e.jsonl").read_text())
