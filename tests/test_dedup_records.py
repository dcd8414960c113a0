"""Dedup as functions over records: the same tables through the DuckDB store and through Parquet files,
whatever the order and size of the batches."""

from __future__ import annotations

import random

from truce import dedup
from truce.duckrows import read_parquet
from truce.ids import article_id
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality
from truce.store import Store

TOWNS = {"Kismayo": (-0.358, 42.545), "Afmadow": (0.516, 42.072), "Baardheere": (2.345, 42.277)}
WIRE = ["Gunmen shot dead the elder {name} in {town} yesterday, police said.",
        "Police said the attackers fled on motorbikes towards the airport road.",
        "The regional governor called the killing of {name} an attack on the peace talks.",
        "{name} had chaired the council of elders of {town} since 2019."]


def _coded(text: str, source: str, published: str, town: str, day: str, *, date_text: str | None = None,
           country_only: bool = False, victim: str | None = None) -> CodedArticle:
    a = Article(id=article_id(text, source), text=text, source=source, published=published)
    lat, lon = TOWNS[town]
    loc = (EventLocation(name="Somalia", country="SOM", precision="country") if country_only
           else EventLocation(name=town, lat=lat, lon=lon, country="SOM", precision="city"))
    first = text.split("\n")[0]
    e = Event(id="e" + a.id[1:12], article_id=a.id, event="ASSAULT", mode="firearms", sentence=first,
              date=day, date_precision="day", date_text=date_text, date_source="relative" if date_text else "text",
              location=loc, modality=Modality(claimed=True, claimant="police"),
              recipient=[ActorRef(victim, country="SOM", sector="CVL", name=victim)] if victim else [])
    return CodedArticle(article=a, events=[e])


def corpus() -> list[CodedArticle]:
    out = []
    for i, (town, name) in enumerate([("Kismayo", "Abdi Nuur"), ("Afmadow", "Hassan Guled"),
                                      ("Baardheere", "Faisal Warsame")]):
        text = "\n".join(s.format(name=name, town=town) for s in WIRE)
        day = f"2026-03-0{1 + i}"
        pub = f"2026-03-0{2 + i}T07:00:00Z"
        out.append(_coded(text, "wire.example", pub, town, day, date_text="yesterday"))
        late = f"2026-03-0{5 + i}T11:00:00Z"  # republished three days later: "yesterday" read on the copy's day
        out.append(_coded(text, "farm.example", late, town, f"2026-03-0{4 + i}", date_text="yesterday"))
        out.append(_coded(f"Relatives buried {name}, shot by gunmen in {town}.", "post.example", pub, town, day,
                          country_only=True, victim=name))
        out.append(_coded(f"A man was shot in {town} on the same day, residents said.", "radio.example", pub, town,
                          day))
    return out


def _batches(items: list, seed: int, size: int) -> list[list]:
    order = random.Random(seed).sample(items, len(items))
    return [order[i:i + size] for i in range(0, len(order), size)]


def _parquet_state(folder) -> dict:
    return {name: sorted(str(sorted(r.items())) for r in read_parquet(folder / f"{name}.parquet"))
            for name in ("event_clusters", "event_dates", "clusters", "article_copies")}


def test_parquet_and_duckdb_adapters_give_the_same_tables(tmp_path) -> None:
    items = corpus()
    with Store(tmp_path / "s.duckdb") as store:
        for batch in _batches(items, 1, 3):
            store.write_batch(batch, after_write=dedup.update_store)
        db_clusters = dict(store.con.execute("SELECT id, cluster_id FROM events").fetchall())
        db_dates = dict(store.con.execute("SELECT id, date FROM events").fetchall())
        db_summary = sorted(map(str, store.con.execute("SELECT * FROM clusters").fetchall()))
    folder = tmp_path / "parts"
    for batch in _batches(items, 2, 5):  # reopened for every batch: the state lives in the files
        with dedup.ParquetDedupStore(folder) as pstore:
            dedup.run(batch, pstore)
    assignment = {r["event_id"]: r["cluster_id"] for r in read_parquet(folder / "event_clusters.parquet")}
    dates = {r["event_id"]: r["date"] for r in read_parquet(folder / "event_dates.parquet")}
    assert assignment == db_clusters
    assert all(db_dates[e] == d for e, d in dates.items()) and dates  # copies' inherited dates, in both
    summary = sorted(map(str, (tuple(r.values()) for r in read_parquet(folder / "clusters.parquet"))))
    assert summary == db_summary


def test_results_do_not_depend_on_batch_order_or_size(tmp_path) -> None:
    items = corpus()
    states = []
    for n, size in enumerate([1, 2, 4, 12]):
        folder = tmp_path / f"run{n}"
        with dedup.ParquetDedupStore(folder) as pstore:
            for batch in _batches(items, 10 + n, size):
                dedup.run(batch, pstore)
        states.append(_parquet_state(folder))
    assert all(s == states[0] for s in states)
    clusters: dict[str, list[str]] = {}
    for row in read_parquet(tmp_path / "run0" / "event_clusters.parquet"):
        clusters.setdefault(row["cluster_id"], []).append(row["event_id"])
    # per town: the wire story, its late copy, the named burial report, and the bare "a man was
    # shot" report (the only shooting placed in that town that day: its place is rare enough)
    assert sorted(len(v) for v in clusters.values()) == [4, 4, 4]


def test_a_copy_read_on_its_original_clock(tmp_path) -> None:
    items = corpus()
    with dedup.ParquetDedupStore(tmp_path / "p") as pstore:
        result = dedup.run(items, pstore)
    copies = {c.events[0].id: c for c in items if c.article.source == "farm.example"}
    assert set(result.dates) == set(copies)
    for eid, (day, source) in result.dates.items():
        assert source == "copy-original"
        assert day == f"2026-03-0{int(copies[eid].article.published[9]) - 4}"  # the original's yesterday
    again = dedup.run(items, dedup.ParquetDedupStore(tmp_path / "p"))
    assert again.clusters == {} and again.copy_links == []  # indexed articles are skipped


def _undated(text: str, source: str) -> CodedArticle:
    """A report with no date at all (not clusterable by date: a cluster of its own, or its original's)."""
    a = Article(id=article_id(text, source), text=text, source=source)
    first = text.split("\n")[0]
    e = Event(id="e" + a.id[1:12], article_id=a.id, event="ASSAULT", mode="firearms", sentence=first,
              location=EventLocation(name="Kismayo", lat=-0.358, lon=42.545, country="SOM", precision="city"),
              modality=Modality(claimed=True, claimant="police"))
    return CodedArticle(article=a, events=[e])


def test_an_undated_copy_follows_its_original_in_one_batch_or_two(tmp_path) -> None:
    text = "\n".join(s.format(name="Abdi Nuur", town="Kismayo") for s in WIRE)
    original = _undated(text, "wire.example")
    copy = _undated(text + "\nRepublished by another outlet.", "farm.example")
    states = []
    for n, batches in enumerate([[[original, copy]], [[copy, original]], [[original], [copy]], [[copy], [original]]]):
        folder = tmp_path / f"run{n}"
        with dedup.ParquetDedupStore(folder) as pstore:
            for batch in batches:
                dedup.run(batch, pstore)
        states.append(_parquet_state(folder))
    assert all(s == states[0] for s in states)
    clusters = {r["event_id"]: r["cluster_id"]
                for r in read_parquet(tmp_path / "run0" / "event_clusters.parquet")}
    # the copy's report is its original's: one cluster, never none, never one of its own
    assert clusters[copy.events[0].id] == clusters[original.events[0].id] is not None
    summary = read_parquet(tmp_path / "run0" / "clusters.parquet")
    assert [(r["n_reports"], r["n_articles"], r["n_independent_sources"]) for r in summary] == [(2, 2, 1)]


def _dated(lines: list[str], source: str, published: str, day: str) -> CodedArticle:
    """A shooting in Kismayo told in the first line, dated "yesterday" on the article's own clock."""
    text = "\n".join(lines)
    a = Article(id=article_id(text, source), text=text, source=source, published=published)
    e = Event(id="e" + a.id[1:12], article_id=a.id, event="ASSAULT", mode="firearms", sentence=lines[0],
              date=day, date_precision="day", date_text="yesterday", date_source="relative",
              location=EventLocation(name="Kismayo", lat=-0.358, lon=42.545, country="SOM", precision="city"),
              modality=Modality(claimed=True, claimant="police"))
    return CodedArticle(article=a, events=[e])


def test_a_copy_reranks_its_originals_when_one_turns_out_to_be_a_copy(tmp_path) -> None:
    """A page stitched from two stories is dated on its earliest *root* original's clock. When one of
    its originals is later found to copy an older story it is no longer a root, and the page's clock
    moves to the other original although the page gets no new link (seen on a generated stream whose
    clusters differed between arrival orders)."""
    a = "Gunmen shot dead the elder Abdi Nuur near the livestock market yesterday, police said."
    b = "Police said the attackers fled on motorbikes towards the airport road after the shooting."
    x = "The regional governor called the killing of the elder an attack on the peace talks."
    y = "Abdi Nuur had chaired the council of elders of the district since the last elections."
    c = "Traders closed the livestock market for the afternoon and relatives gathered at the mosque."
    d = "Elders from neighbouring villages travelled to the town to attend the funeral prayers."
    older = _dated([a, b], "wire.example", "2026-03-02T07:00:00Z", "2026-03-01")
    middle = _dated([a, b, x, y], "post.example", "2026-03-03T07:00:00Z", "2026-03-02")  # copies older
    other = _dated([c, d, "Shops reopened on the main road of the port town by the evening."], "radio.example",
                   "2026-03-04T07:00:00Z", "2026-03-03")
    page = _dated([x, y, c, d], "farm.example", "2026-03-08T07:00:00Z", "2026-03-07")  # copies middle and other
    dates = []
    for n, order in enumerate([[older, middle, other, page], [middle, other, page, older]]):
        with dedup.ParquetDedupStore(tmp_path / f"run{n}") as pstore:
            for item in order:
                dedup.run([item], pstore)
        links = {(("article_id", r["article_id"]), ("original_id", r["original_id"]))
                 for r in read_parquet(tmp_path / f"run{n}" / "article_copies.parquet")}
        assert links == {(("article_id", middle.article.id), ("original_id", older.article.id)),
                         (("article_id", page.article.id), ("original_id", middle.article.id)),
                         (("article_id", page.article.id), ("original_id", other.article.id))}
        rows = read_parquet(tmp_path / f"run{n}" / "event_dates.parquet")
        dates.append({r["event_id"]: r["date"] for r in rows}.get(page.events[0].id))
    assert dates == ["2026-03-03", "2026-03-03"]  # "yesterday" read on the other original's clock (4 March)
