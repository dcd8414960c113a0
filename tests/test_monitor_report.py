"""Reports and the ``truce monitor`` command over a small store built from crafted events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from truce.cli import cli
from truce.monitor import VIOLATION, example_truce, judge
from truce.monitor.html_report import render_html
from truce.monitor.report import daily_counts, incidents
from truce.monitor.storeio import read_events, read_sources
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality
from truce.store import Store

EXAMPLE = str(Path(__file__).resolve().parents[1] / "src" / "truce" / "data" / "truces" / "libya-2026.yaml")
EVIL = "Rebels <script>alert('x')</script> shelled \"Sirte\" & fled."


def _event(eid: str, aid: str, actor: ActorRef, day: str, cluster: str | None, sentence: str,
           lat: float = 31.2089, lon: float = 16.5887, **modality) -> Event:
    return Event(id=eid, article_id=aid, event="ASSAULT", mode="heavy-weapons", actor=[actor], sentence=sentence,
                 location=EventLocation(name="Sirte", lat=lat, lon=lon, country="LBY", precision="city"),
                 date=day, date_precision="day", cluster_id=cluster, modality=Modality(**modality))


LNF = ActorRef("rebels", country="LBY", sector="REB")
GNU = ActorRef("the army", country="LBY", sector="MIL")


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "t.duckdb")
    arts = [
        CodedArticle(Article(id="a1", text="x", source="Wire A", title="Shelling in Sirte"),
                     [_event("e1", "a1", LNF, "2026-03-05", "k1", EVIL)]),
        CodedArticle(Article(id="a2", text="y", source="Aggregator", title="Copy"),
                     [_event("e2", "a2", LNF, "2026-03-05", "k1", EVIL)]),
        CodedArticle(Article(id="a3", text="z", source="Paper B", title="Army strike"),
                     [_event("e3", "a3", GNU, "2026-03-07", None, "The army shelled a village.", 32.0, 15.0)]),
        CodedArticle(Article(id="a4", text="w", source="Paper B", title="Old"),
                     [_event("e4", "a4", GNU, "2026-02-10", None, "Earlier fighting.", 32.0, 15.0)]),
    ]
    with Store(path) as store:
        store.write_batch(arts)
        store.con.execute("DELETE FROM article_copies")  # the link is set by hand, whatever dedup found
        store.con.execute("INSERT INTO article_copies (article_id, original_id, containment, method) "
                          "VALUES ('a2', 'a1', 0.98, 'minhash')")
    return path


def test_store_round_trip_and_copy_links(db):
    with Store(db, read_only=True) as store:
        events = read_events(store)
        sources = read_sources(store)
        assert [e.id for e in read_events(store, since="2026-03-01", until="2026-03-06")] == ["e1", "e2"]
    assert len(events) == 4 and events[-1].location.name == "Sirte"
    assert sources["a2"] == {"outlet": "Aggregator", "original_id": "a1"}
    verdicts = {v.event_id: v for v in judge(events, example_truce(), sources)}
    assert verdicts["e1"].verdict == VIOLATION and verdicts["e1"].n_sources == 1  # the copy does not count


def test_incidents_count_clusters_once():
    chain = example_truce()
    events = [_event(f"e{i}", f"a{i}", LNF, "2026-03-05", "same", "Shelling.") for i in range(3)]
    items = incidents(judge(events, chain))
    assert len(items) == 1 and items[0].n_sources == 3
    (row,) = daily_counts(items)
    assert row == {**row, "day": "2026-03-05", "party": "Libyan National Front", "violation": 1}


def test_html_escapes_article_text():
    chain = example_truce()
    page = render_html(judge([_event("e1", "a<1>", LNF, "2026-03-05", "k", EVIL)], chain), [chain],
                       {"a<1>": {"outlet": "<b>Wire</b>", "title": "T"}})
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Wire&lt;/b&gt;" in page and "a&lt;1&gt;" in page
    assert page.count("<script>") == 1  # only the report's own inline script
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
    assert "<svg" in page and "<circle" in page


def test_cli_formats(db, tmp_path):
    runner = CliRunner()
    out = runner.invoke(cli, ["monitor", EXAMPLE, "--db", db, "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["summary"] == {"violation": 2, "not-covered": 1}
    table = runner.invoke(cli, ["monitor", EXAMPLE, "--db", db])
    assert table.exit_code == 0 and "Libyan National Front" in table.output
    out = runner.invoke(cli, ["monitor", EXAMPLE, "--db", db, "--format", "csv", "--since", "2026-03-06"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert [r["event_id"] for r in rows] == ["e3"] and rows[0]["verdict"] == VIOLATION
    html = tmp_path / "r.html"
    out = runner.invoke(cli, ["monitor", EXAMPLE, "--db", db, "--format", "html", "--output", str(html)])
    assert out.exit_code == 0 and "&lt;script&gt;" in html.read_text()


def test_cli_bad_truce_file(db, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ntimezone: Nowhere/Land\n")
    out = CliRunner().invoke(cli, ["monitor", str(bad), "--db", db])
    assert out.exit_code == 2
    assert "bad.yaml:2: truce.timezone: unknown time zone" in out.output
