"""One record schema: random records survive every serialisation with nothing lost.

The strategies are built from ``truce.records`` by introspection, as the schema is, so a field
someone adds to a record is generated, written and compared here with no edit to this file.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import tempfile
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from truce import records as R
from truce import schema
from truce.scale import read_partitions, write_partition
from truce.store import Store
from truce.store.export import export_events

INT = st.integers(-(2**31), 2**31 - 1)
FLOAT = st.floats(allow_nan=False, allow_infinity=False)
TEXT = st.text(max_size=12)
JSON = st.recursive(st.none() | st.booleans() | INT | FLOAT | TEXT,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6)


def strategy(tp: Any) -> st.SearchStrategy:
    """Values of a field's type, records built field by field from their type hints."""
    inner, optional = schema._unwrap(tp)
    base: st.SearchStrategy
    if dataclasses.is_dataclass(inner):
        hints = schema._hints(inner)
        base = st.builds(inner, **{f.name: strategy(hints[f.name]) for f in dataclasses.fields(inner) if f.init})
    elif typing.get_origin(inner) is list:
        (item,) = typing.get_args(inner)
        base = st.lists(strategy(item), max_size=3)
    elif typing.get_origin(inner) is dict:
        base = st.dictionaries(TEXT, JSON, max_size=3)
    else:
        base = {str: TEXT, int: INT, float: FLOAT, bool: st.booleans()}.get(inner, JSON)
    return st.none() | base if optional else base


def _consistent(coded: list[R.CodedArticle]) -> list[R.CodedArticle]:
    """Ids as the pipeline makes them: unique, and every event pointing at its article."""
    for i, item in enumerate(coded):
        item.article.id = f"a{i}"
        for j, event in enumerate(item.events):
            event.id, event.article_id = f"a{i}e{j}", item.article.id
    return coded


CODED = st.lists(strategy(R.CodedArticle), max_size=3).map(_consistent)
EVENTS = strategy(R.Event)
# A skip is known by (origin, kind, article id), an empty id counting as none (``schema.skipped_rows``).
SKIPPED = st.lists(strategy(R.Skipped), max_size=3, unique_by=lambda s: (s.origin, s.kind, s.article_id or None))
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(EVENTS)
def test_plover_json_round_trips_every_field(event):
    line = json.dumps(event.to_plover(), ensure_ascii=False)
    assert schema.event_from_plover(json.loads(line)) == event


@FAST
@given(CODED, SKIPPED)
def test_the_store_gives_back_what_was_written(coded, skipped):
    with Store(":memory:") as store:
        store.write_batch(coded, skipped)
        assert store.read_coded(c.article.id for c in coded) == coded
        assert sorted(store.read_skipped(), key=repr) == sorted(skipped, key=repr)
        events = [e for c in coded for e in c.events]
        assert sorted(store.read_events(), key=lambda e: e.id) == sorted(events, key=lambda e: e.id)


@FAST
@given(CODED, SKIPPED)
def test_parquet_partitions_give_back_what_was_written(coded, skipped):
    with tempfile.TemporaryDirectory() as tmp:
        write_partition(coded[:1], tmp, "part-0", skipped)
        write_partition(coded[1:], tmp, "part-1")
        assert sorted(read_partitions(tmp), key=lambda c: c.article.id) == coded


def _cell(col: schema.Column, value: Any) -> str:
    if value is None:
        return ""
    if col.kind == "strs":
        return "; ".join(value)
    if col.kind == "bool":
        return "true" if value else "false"
    return str(value)


@FAST
@given(CODED)
def test_csv_rows_hold_every_flat_field(coded):
    """Each flat column of the events table is in the CSV as written (lists ';'-joined)."""
    events = {e.id: e for c in coded for e in c.events}
    with tempfile.TemporaryDirectory() as tmp, Store(":memory:") as store:
        store.write_batch(coded)
        out = Path(tmp) / "e.csv"
        assert export_events(store, None, out, asserted_only=False) == len(events)
        rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    columns = [c for c in schema.flat_columns("events") if c.source == "field"]
    for row in rows:
        event = events[row["id"]]
        for col in columns:
            want = _cell(col, schema._get(event, col.path))
            got = row[col.name]
            if col.kind == "float" and want and got:
                assert float(got) == float(want), col.name
            else:
                assert got == want, col.name


def test_a_field_added_to_a_record_is_a_column_and_a_plover_key():
    """A new typed field is a column and a PLOVER key with no edit to truce.schema."""

    @dataclasses.dataclass
    class Widened(R.Event):
        clause_depth: int = -1  # a field an engineer adds

    for key, prefix in [((Widened, "modality"), ""), ((Widened, "location"), "loc_")]:
        schema.PREFIXES.setdefault(key, prefix)
    try:
        columns = {c.name: c for c in schema._leaf_columns(Widened)}
        assert columns["clause_depth"].sql == "BIGINT" and "loc_lat" in columns and "negated" in columns
        event = Widened(id="e", article_id="a", event="ASSAULT", clause_depth=2,
                        location=R.EventLocation(name="Sirte"))
        row = {c.name: schema._to_cell(c.kind, schema._get(event, c.path)) for c in columns.values()}
        assert schema._build(Widened, row) == event
        record = json.loads(json.dumps(event.to_plover()))
        assert record["clause_depth"] == 2
        assert schema.event_from_plover(record, Widened) == event
    finally:
        for key in [(Widened, "modality"), (Widened, "location")]:
            schema.PREFIXES.pop(key, None)


def test_a_store_from_before_a_field_gains_its_column_and_reads_the_default(tmp_path):
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.con.execute("ALTER TABLE events DROP COLUMN demoted_reason")
    with Store(db) as store:  # reopened: the missing column is added back
        cols = {r[0] for r in store.con.execute("SELECT column_name FROM information_schema.columns "
                                                "WHERE table_name = 'events'").fetchall()}
    assert "demoted_reason" in cols


@pytest.mark.parametrize("name", list(schema.tables()))
def test_every_table_has_a_primary_key_and_unique_columns(name):
    tbl = schema.table(name)
    names = tbl.column_names()
    assert len(names) == len(set(names)) and set(tbl.primary) <= set(names)


@pytest.mark.slow
def test_the_monitor_judges_stored_events_as_it_judges_them_in_process(tmp_path):
    """Same verdicts, same reasons: the store gives back the events the pipeline made."""
    from truce.config import TruceConfig
    from truce.ingest import read_sources
    from truce.monitor import example_truce, judge
    from truce.monitor.storeio import read_events
    from truce.monitor.storeio import read_sources as stored_sources
    from truce.pipeline import Pipeline
    from truce.runner import ingest
    from truce.sample import sample_dir, sample_file

    config = TruceConfig(actor_files=[sample_file("actors.yaml")])
    articles = [a for a in read_sources([sample_dir()], config) if isinstance(a, R.Article)]
    in_process = [e for c in Pipeline(config).code_articles(articles) for e in c.events]
    ingest([sample_dir()], tmp_path / "s.duckdb", config)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        stored = read_events(store)
        sources = stored_sources(store)
    after = {e.id: e for e in stored}
    for e in in_process:  # dedup (in the store) is the only stage after coding: cluster ids, copies' dates
        e.cluster_id = after[e.id].cluster_id
        if after[e.id].date_source == "copy-original":
            e.date, e.date_source = after[e.id].date, after[e.id].date_source
    assert sorted(stored, key=lambda e: e.id) == sorted(in_process, key=lambda e: e.id)
    truce = [example_truce()]
    assert [v.to_dict() for v in judge(stored, truce, sources)] == \
        [v.to_dict() for v in judge(sorted(in_process, key=lambda e: (e.date is None, e.date or "", e.id)),
                                    truce, sources)]
