"""The monitor streams a store in chunks and gives the verdicts the in-memory engine gives."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from truce.monitor import example_truce, judge, judge_store
from truce.monitor.storeio import iter_articles, read_events, read_places, read_sources
from truce.monitor.stream import StoreJudgement
from truce.records import ActorRef, Article, Claim, CodedArticle, Event, EventLocation
from truce.settings import load_settings
from truce.store import Store

LNF = ActorRef("LNF fighters", country="LBY", sector="REB", name="Libyan National Front")
GNU = ActorRef("the army", country="LBY", sector="MIL")
SIRTE = EventLocation(name="Sirte", lat=31.2089, lon=16.5887, country="LBY", precision="city", rule="sentence")


def article(n: int, day: date, events: list[Event]) -> CodedArticle:
    return CodedArticle(Article(id=f"a{n}", text="x", source=f"Outlet {n % 3}", published=day.isoformat()), events)


def attack(n: int, k: int, day: date, cluster: str | None, actor: ActorRef | None = None) -> Event:
    return Event(id=f"e{n}-{k}", article_id=f"a{n}", event="ASSAULT", mode="heavy-weapons",
                 actor=[actor] if actor else [], sentence="Shells hit Sirte.", sentence_start=0, trigger_start=0,
                 location=SIRTE, date=day.isoformat(), date_precision="day", cluster_id=cluster)


@pytest.fixture()
def store(tmp_path):
    day0 = date(2026, 3, 2)
    coded = []
    for n in range(40):
        day = day0 + timedelta(days=n // 4)
        e = attack(n, 0, day, f"k{n // 4}", LNF if n % 3 else None)
        if n % 8 == 1:  # a claim in one report makes its incident contested
            e.claims = [Claim("denial", LNF, "LNF spokesman", "We did not fire.", 10, 14, "not")]
        other = Event(id=f"e{n}-1", article_id=f"a{n}", event="CONSULT", mode="visit", actor=[GNU],
                      sentence="Envoys met.", sentence_start=20, trigger_start=21, location=SIRTE,
                      date=day.isoformat(), date_precision="day")
        coded.append(article(n, day, [e, other]))
    late = day0 + timedelta(days=20)  # a follow-up report of the first incident, published weeks later
    coded.append(article(40, late, [attack(40, 0, day0, "k0", LNF)]))
    path = tmp_path / "s.duckdb"
    with Store(str(path)) as st:
        st.write_batch(coded[20:])  # stored out of order
        st.write_batch(coded[:20])
    with Store(str(path), read_only=True) as st:
        yield st


def _key(v):
    return v.event_id, v.verdict, v.incident, v.confidence, tuple(v.reasons)


@pytest.mark.parametrize("chunk", [1, 3, 5000])
def test_streamed_verdicts_equal_the_in_memory_ones(store, chunk):
    chain = example_truce()
    expected = sorted(_key(v) for v in judge(read_events(store), chain, read_sources(store), read_places(store)))
    settings = load_settings(overrides={"monitor": {"chunk_size": chunk}})
    stats = StoreJudgement()
    got = sorted(_key(v) for part in judge_store(store, chain, settings=settings, stats=stats) for v in part)
    assert got == expected
    assert stats.n_events == 81 and stats.reopened == 0
    assert {v[1] for v in got} >= {"contested", "violation"}


def test_articles_come_whole_and_in_publication_order(store):
    days, seen = [], set()
    for chunk in iter_articles(store, chunk_size=3):
        for aid, day, events in chunk:
            assert aid not in seen and all(e.article_id == aid for e in events)
            seen.add(aid)
            days.append(day)
    assert len(seen) == 41 and days == sorted(days)


def test_a_report_past_the_horizon_opens_the_incident_again(store):
    settings = load_settings(overrides={"monitor": {"horizon_days": 0}})
    stats = StoreJudgement()
    parts = list(judge_store(store, example_truce(), settings=settings, stats=stats))
    assert stats.reopened == 1 and sum(len(p) for p in parts) == 81


def test_monitor_command_writes_valid_json(store, tmp_path, cli_run):
    out = tmp_path / "v.json"
    store.close()  # the command opens the file itself
    result = cli_run("monitor", str(example_truce().path), "--db", store.path, "--format", "json", "-o", str(out))
    assert result.exit_code == 0
    data = json.loads(out.read_text())
    assert len(data["verdicts"]) == 81 and data["summary"] and data["incidents"]
