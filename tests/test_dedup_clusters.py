"""One event from many reports: clusters, conflicting claims, independent sources."""

from __future__ import annotations

import itertools

import pytest

from truce import dedup
from truce.dedup import clusters
from truce.dedup.claims import casualty_claims
from truce.ids import article_id
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality
from truce.store import Store

KISMAYO = (-0.358, 42.545)
JAMAAME = (0.069, 42.744)  # ~52 km from Kismayo
GARISSA = (-0.453, 39.646)  # Kenya, far away

ARMY = ActorRef("the army", country="SOM", sector="MIL")
FRONT = ActorRef("the Front", country="SOM", sector="REB", name="Jubba Valley Front")
CIVS = ActorRef("civilians", country="SOM", sector="CVL")


def _loc(name: str, ll: tuple[float, float], country: str = "SOM") -> EventLocation:
    return EventLocation(name=name, lat=ll[0], lon=ll[1], country=country, precision="city")


def _report(text: str, source: str, published: str, *, event: str = "ASSAULT", date: str = "2026-03-02",
            precision: str = "day", loc: EventLocation | None = None, actor=(), recipient=(CIVS,),
            claimant: str | None = None, asserted: bool = True, mode: str | None = None) -> CodedArticle:
    a = Article(id=article_id(text, source), text=text, source=source, published=published)
    m = Modality(claimed=claimant is not None, claimant=claimant, negated=not asserted)
    e = Event(id="e" + a.id[1:9] + event[:3], article_id=a.id, event=event, mode=mode, actor=list(actor),
              recipient=list(recipient), sentence=text, modality=m, date=date, date_precision=precision,
              location=loc)
    return CodedArticle(article=a, events=[e])


def _clusters(store: Store) -> list[set[str]]:
    rows = store.con.execute("SELECT cluster_id, list(article_id) FROM events WHERE asserted GROUP BY 1").fetchall()
    return sorted((set(r[1]) for r in rows), key=lambda s: sorted(s))


R1 = _report("Shelling hit Kismayo on Monday, killing three civilians, the army said.", "wire.example",
             "2026-03-02T10:00:00Z", loc=_loc("Kismayo", KISMAYO), actor=(FRONT,), claimant="the army")
R2 = _report("Rebel shells struck the fish market in the port city, five people were killed, residents said.",
             "post.example", "2026-03-02T14:00:00Z", date="2026-03-01", loc=_loc("Kismayo", KISMAYO))
R3 = _report("The Front said army artillery shelled Kismayo, killing seven civilians.", "herald.example",
             "2026-03-03T09:00:00Z", loc=_loc("Kismayo", KISMAYO), actor=(ARMY,), claimant="the Front")
OTHER_PLACE = _report("Gunmen attacked a checkpoint in Garissa, killing two police officers.", "wire.example",
                      "2026-03-02T11:00:00Z", loc=_loc("Garissa", GARISSA, "KEN"))
OTHER_TYPE = _report("Protesters marched through Kismayo demanding an end to the shelling of the port area.",
                     "post.example", "2026-03-02T12:00:00Z", event="PROTEST", loc=_loc("Kismayo", KISMAYO))
LATER = _report("Shelling hit Kismayo again on Friday, wounding four civilians, the army said.",
                "wire.example", "2026-03-06T10:00:00Z", date="2026-03-06", loc=_loc("Kismayo", KISMAYO),
                actor=(FRONT,))
NEGATED = _report("The army denied shelling Kismayo on Monday and said no civilians were killed there.",
                  "post.example", "2026-03-02T16:00:00Z", loc=_loc("Kismayo", KISMAYO), asserted=False)


def _write(tmp_path, batches) -> Store:
    tmp_path.mkdir(parents=True, exist_ok=True)
    store = Store(tmp_path / "t.duckdb")
    for batch in batches:
        store.write_batch(list(batch), after_write=dedup.update_store)
    return store


def test_casualty_claims_read_numbers() -> None:
    assert casualty_claims("Three people were killed and 12 injured in the blast.") == [
        ("injured", "12"), ("killed", "3")]
    assert casualty_claims("The 2026 budget was passed.") == []


def test_reports_of_one_happening_share_a_cluster(tmp_path) -> None:
    with _write(tmp_path, [[R1, OTHER_PLACE], [R2, OTHER_TYPE], [R3, LATER, NEGATED]]) as s:
        groups = _clusters(s)
        ids = {c.article.id for c in (R1, R2, R3)}
        assert ids in groups
        assert {OTHER_PLACE.article.id} in groups and {LATER.article.id} in groups
        assert {OTHER_TYPE.article.id} in groups
        assert s.con.execute("SELECT cluster_id FROM events WHERE NOT asserted").fetchall() == [(None,)]
        cid = s.con.execute("SELECT cluster_id FROM events WHERE article_id = ?", [R1.article.id]).fetchall()[0][0]
        row = dedup.cluster(s.con, cid)
        assert row["n_reports"] == 3 and row["n_independent_sources"] == 3 and row["contested"]
        assert (row["first_date"], row["last_date"]) == ("2026-03-01", "2026-03-02")


def test_clusters_do_not_depend_on_order(tmp_path) -> None:
    items = [R1, R2, R3, OTHER_PLACE, OTHER_TYPE, LATER]
    seen = set()
    for n, perm in enumerate(itertools.islice(itertools.permutations(items), 0, 720, 137)):
        with _write(tmp_path / str(n), [[x] for x in perm]) as s:
            rows = s.con.execute("SELECT id, cluster_id FROM events ORDER BY id").fetchall()
            summary = s.con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall()
        seen.add((tuple(rows), tuple(map(str, summary))))
    assert len(seen) == 1


def test_conflicting_claims_are_kept(tmp_path) -> None:
    with _write(tmp_path, [[R1], [R3], [R2]]) as s:
        cid = s.con.execute("SELECT cluster_id FROM events WHERE article_id = ?", [R1.article.id]).fetchall()[0][0]
        killed = dedup.claims(s.con, cid, "killed")
        assert {(c["value"], c["claimant"]) for c in killed} == {
            ("3", "the army"), ("5", "post.example"), ("7", "the Front")}
        actors = {(c["value"], c["claimant"]) for c in dedup.claims(s.con, cid, "actor")}
        assert actors == {("Jubba Valley Front", "the army"), ("SOM MIL", "the Front")}
        conflicts = dict(s.con.execute("SELECT attribute, alternatives FROM cluster_conflicts").fetchall())
        assert set(conflicts) == {"actor", "killed"}


def test_copy_does_not_add_an_independent_source(tmp_path) -> None:
    copy = _report(R1.article.text, "farm.example", "2026-03-02T18:00:00Z", loc=_loc("Kismayo", KISMAYO),
                   actor=(FRONT,), claimant="the army")
    with _write(tmp_path, [[copy], [R3], [R1]]) as s:  # the copy arrives before its original
        cid = s.con.execute("SELECT cluster_id FROM events WHERE article_id = ?", [R1.article.id]).fetchall()[0][0]
        row = dedup.cluster(s.con, cid)
        assert row["n_reports"] == 3 and row["n_articles"] == 3
        assert row["n_independent_sources"] == 2
        assert dedup.independent_sources(s.con, cid) == ["herald.example", "wire.example"]


def test_same_outlet_counts_once(tmp_path) -> None:
    again = _report("Kismayo came under shelling on Monday and three civilians died, officials said.",
                    "wire.example", "2026-03-02T20:00:00Z", loc=_loc("Kismayo", KISMAYO))
    with _write(tmp_path, [[R1, again]]) as s:
        row = s.con.execute("SELECT n_reports, n_independent_sources FROM incidents").fetchall()
        assert row == [(2, 1)]


def test_place_and_date_windows(tmp_path) -> None:
    near = _report("Shells fell on Jamaame, killing a farmer.", "herald.example", "2026-03-02T10:00:00Z",
                   loc=_loc("Jamaame", JAMAAME), actor=(FRONT,))
    weekly = _report("Rebels shelled Kismayo several times last week.", "post.example", "2026-03-09T10:00:00Z",
                     date="2026-03-03", precision="week", loc=_loc("Kismayo", KISMAYO), actor=(FRONT,))
    with _write(tmp_path, [[R1], [near], [LATER], [weekly]]) as s:
        groups = _clusters(s)
        assert {near.article.id} in groups  # 52 km away
        # a week-precision report joins the closest compatible happening but never bridges two
        assert {R1.article.id, weekly.article.id} in groups and {LATER.article.id} in groups


def test_one_outlet_under_two_spellings_counts_once() -> None:
    from truce.dedup.clusters import distinct_outlets

    # a dateline credit standing in for a plain-text page's outlet, and the same outlet's URL host
    assert distinct_outlets({"sahel wire", "sahelwire.example", "medpost.example"}) == [
        "medpost.example", "sahel wire"]
    assert len(distinct_outlets({"times", "timesofindia.example"})) == 2


# -- country-level reports need a strong signal; modes split happenings -------------------------
SOMALIA = EventLocation(name="Somalia", country="SOM", precision="country")
NEAR_KISMAYO = (0.0, 42.545)  # ~40 km north: within MAX_KM, beyond SAME_SPOT_KM
HARBOUR_RAID = _report("Gunmen raided the harbour of the port city at dawn, leaving two guards dead. "
                       "Officials said the attackers escaped by boat before troops arrived.",
                       "wire.example", "2026-03-02T08:00:00Z", loc=_loc("Kismayo", KISMAYO), mode="firearms")


def _vague(text: str, source: str, **kw) -> CodedArticle:
    return _report(text, source, "2026-03-02T15:00:00Z", loc=SOMALIA, **kw)


def test_country_level_report_needs_a_strong_signal(tmp_path) -> None:
    bare = _vague("Fighters attacked a police post somewhere in the south overnight.", "post.example")
    bare2 = _vague("An unidentified group attacked an aid convoy on Monday, officials said.", "herald.example")
    with _write(tmp_path, [[HARBOUR_RAID], [bare, bare2]]) as s:
        groups = _clusters(s)
        assert {HARBOUR_RAID.article.id} in groups  # date and type alone do not merge
        assert {bare.article.id} in groups and {bare2.article.id} in groups  # nor do two vague reports


@pytest.mark.parametrize("dropped", [None, "name", "mode", "copy", "place_mention"])
def test_strong_signals_let_a_country_level_report_join(tmp_path, monkeypatch, dropped) -> None:
    signals = tuple(x for x in clusters.STRONG_SIGNALS if x != dropped)
    monkeypatch.setattr(clusters, "STRONG_SIGNALS", signals)
    named = _report("Jubba Valley Front fighters attacked the harbour, the group said.", "herald.example",
                    "2026-03-02T09:00:00Z", loc=_loc("Kismayo", KISMAYO), actor=(FRONT,))
    reports = {
        "name": _vague("The Front claimed an attack on guards on Monday.", "post.example", actor=(FRONT,)),
        "mode": _vague("Guards were shot dead in an attack on Monday.", "daily.example", mode="firearms"),
        "place_mention": _vague("Two guards died when gunmen stormed the Kismayo harbour.", "radio.example"),
        "copy": _report(HARBOUR_RAID.article.text, "mirror.example", "2026-03-02T12:00:00Z", loc=SOMALIA),
    }
    with _write(tmp_path, [list(reports.values()), [named, HARBOUR_RAID]]) as s:
        groups = _clusters(s)
        joined = {c.article.id for k, c in reports.items() if k != dropped}
        assert joined | {named.article.id, HARBOUR_RAID.article.id} in groups
        if dropped:
            assert {reports[dropped].article.id} in groups  # without its one signal it stays apart


def test_different_modes_split_unless_at_one_spot(tmp_path) -> None:
    shelled = _report("Artillery shells hit the northern villages on Monday.", "post.example", "2026-03-02T11:00:00Z",
                      loc=_loc("Yontoy", NEAR_KISMAYO), mode="heavy-weapons")
    drone = _report("A drone strike hit the harbour on Monday, residents said.", "herald.example",
                    "2026-03-02T12:00:00Z", loc=_loc("Kismayo", KISMAYO), mode="drone")
    air = _vague("Air strikes hit Kismayo on Monday, the army said.", "radio.example", mode="aerial")
    with _write(tmp_path, [[shelled], [HARBOUR_RAID, air]]) as s:
        groups = _clusters(s)
        # 40 km apart with different modes: two happenings; same mode would have merged
        assert {shelled.article.id} in groups and {air.article.id} in groups
    with _write(tmp_path / "spot", [[drone, HARBOUR_RAID]]) as s:
        assert {drone.article.id, HARBOUR_RAID.article.id} in _clusters(s)  # one spot: one happening


def test_strong_signal_rules_do_not_depend_on_order(tmp_path) -> None:
    copy = _report(HARBOUR_RAID.article.text, "mirror.example", "2026-03-02T12:00:00Z", loc=SOMALIA)
    by_mode = _vague("Guards were shot dead in an attack on Monday.", "daily.example", mode="firearms")
    bare = _vague("Fighters attacked a police post somewhere in the south overnight.", "post.example")
    items = [HARBOUR_RAID, copy, by_mode, bare, R1]
    seen = set()
    for n, perm in enumerate(itertools.islice(itertools.permutations(items), 0, 120, 23)):
        with _write(tmp_path / str(n), [[x] for x in perm]) as s:
            seen.add(tuple(s.con.execute("SELECT id, cluster_id FROM events ORDER BY id").fetchall()))
    assert len(seen) == 1
