"""One event from many reports: clusters, conflicting claims, independent sources."""

from __future__ import annotations

import itertools

from truce import dedup
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
            claimant: str | None = None, asserted: bool = True, mode: str | None = None,
            date_text: str | None = None, date_source: str | None = None) -> CodedArticle:
    a = Article(id=article_id(text, source), text=text, source=source, published=published)
    m = Modality(claimed=claimant is not None, claimant=claimant, negated=not asserted)
    e = Event(id="e" + a.id[1:9] + event[:3], article_id=a.id, event=event, mode=mode, actor=list(actor),
              recipient=list(recipient), sentence=text, modality=m, date=date, date_precision=precision,
              location=loc, date_text=date_text, date_source=date_source)
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
    weekly = _report("Rebels shelled Kismayo several times in the week from Tuesday.", "post.example",
                     "2026-03-09T10:00:00Z", date="2026-03-03", precision="week", loc=_loc("Kismayo", KISMAYO),
                     actor=(FRONT,))
    with _write(tmp_path, [[R1], [near], [LATER], [weekly]]) as s:
        groups = _clusters(s)
        assert {near.article.id} in groups  # 52 km away
        # the week (3-9 March) fits Monday's shelling (a day's slack) and Friday's: it never bridges
        # the two, and joins neither when both fit as well
        assert {weekly.article.id} in groups and {R1.article.id} in groups and {LATER.article.id} in groups


def test_one_outlet_under_two_spellings_counts_once() -> None:
    from truce.dedup.clusters import distinct_outlets

    # a dateline credit standing in for a plain-text page's outlet, and the same outlet's URL host
    assert distinct_outlets({"sahel wire", "sahelwire.example", "medpost.example"}) == [
        "medpost.example", "sahel wire"]
    assert len(distinct_outlets({"times", "timesofindia.example"})) == 2




# -- the rules of issue 12: rare signals, country-level reports, follow-ups, one article, copies --
SOMALIA = EventLocation(name="Somalia", country="SOM", precision="country")
TOWNS = {"Kismayo": KISMAYO, "Jamaame": JAMAAME, "Afmadow": (0.516, 42.072), "Baardheere": (2.345, 42.277),
         "Dhobley": (0.405, 41.012), "Bu'aale": (1.083, 42.583)}


def _shooting(town: str, source: str, text: str, *, day: str = "2026-03-02", loc=None, mode="firearms",
              **kw) -> CodedArticle:
    return _report(text, source, f"{day}T15:00:00Z", date=day, mode=mode,
                   loc=loc if loc is not None else _loc(town, TOWNS[town]), **kw)


def _cluster_of(store: Store, coded: CodedArticle) -> str:
    return store.con.execute("SELECT cluster_id FROM events WHERE article_id = ?", [coded.article.id]).fetchall()[0][0]


def test_a_mode_every_report_shares_is_no_evidence(tmp_path) -> None:
    """Same-day shootings in six towns: a country-level "gunmen shot a man" joins none of them,
    one that names a victim the Afmadow reports name joins Afmadow's."""
    stream = [_shooting(t, f"{t.lower()}.example", f"Gunmen shot a trader in {t} on Monday, residents said.")
              for t in TOWNS]
    victim = _shooting("Afmadow", "radio.example", "Hassan Guled, a trader, was shot dead in Afmadow on Monday.")
    vague = _shooting("Kismayo", "wire.example", "Gunmen shot a trader on Monday, police said.", loc=SOMALIA)
    named = _shooting("Kismayo", "daily.example", "Relatives buried Hassan Guled, shot by gunmen on Monday.",
                      loc=SOMALIA)
    with _write(tmp_path, [stream, [victim, vague, named]]) as s:
        groups = _clusters(s)
        assert {vague.article.id} in groups
        assert {named.article.id, victim.article.id, stream[2].article.id} in groups
        assert len(groups) == len(TOWNS) + 1


def test_a_country_level_report_joins_only_with_a_rare_signal(tmp_path) -> None:
    precise = _shooting("Kismayo", "wire.example", "Gunmen shot two guards at the harbour of Kismayo on Monday, "
                        "saying \"this port belongs to the people\".")
    quoted = _shooting("Kismayo", "post.example", "Attackers who shot two guards shouted \"this port belongs to the "
                       "people\", a witness said.", loc=SOMALIA)
    bare = _shooting("Kismayo", "herald.example", "Two guards were shot on Monday.", loc=SOMALIA, mode=None)
    elsewhere = [_shooting(t, f"{t.lower()}.example", f"Gunmen shot two guards in {t} on Monday.")
                 for t in TOWNS if t != "Kismayo"]
    with _write(tmp_path, [[precise, *elsewhere], [quoted, bare]]) as s:
        groups = _clusters(s)
        assert {precise.article.id, quoted.article.id} in groups and {bare.article.id} in groups
    with _write(tmp_path / "alone", [[precise], [bare]]) as s:
        # with no other shooting that Monday, "two guards shot on Monday" is rare enough
        assert {precise.article.id, bare.article.id} in _clusters(s)


def test_a_town_with_a_shooting_every_day_is_no_evidence_by_itself(tmp_path) -> None:
    days = [f"2026-03-{d:02d}" for d in range(1, 15)]
    stream = [_shooting("Kismayo", f"s{i}.example", f"A man was shot in Kismayo, report {i}.", day=d)
              for i, d in enumerate(days)]
    again = _shooting("Kismayo", "late.example", "Police said a man was shot in Kismayo.", day=days[7])
    named = [_shooting("Kismayo", "a.example", "Omar Yusuf, 34, was shot in Kismayo.", day=days[9]),
             _shooting("Kismayo", "b.example", "A shopkeeper, Omar Yusuf, 34, died after he was shot.", day=days[9])]
    with _write(tmp_path, [stream, [again], named]) as s:
        groups = _clusters(s)
        assert {again.article.id} in groups  # the town alone: every day has a shooting there
        assert {named[0].article.id, named[1].article.id} in groups or \
            {named[0].article.id, named[1].article.id, stream[9].article.id} in groups


def test_a_follow_up_days_later_dated_by_its_publication_joins(tmp_path) -> None:
    first = _shooting("Kismayo", "wire.example", "Gunmen killed Farah Aden, 52, outside his shop in Kismayo.",
                      day="2026-03-02")
    follow = _report("Mourners gathered for Farah Aden, 52, killed by gunmen last week.", "post.example",
                     "2026-03-06T09:00:00Z", date="2026-03-06", precision="reported", loc=SOMALIA,
                     date_source="publication")
    named_day = _report("Farah Aden, 52, was shot on Friday.", "herald.example", "2026-03-06T09:00:00Z",
                        date="2026-03-06", loc=_loc("Kismayo", KISMAYO), date_text="Friday",
                        date_source="relative")
    with _write(tmp_path, [[first], [follow, named_day]]) as s:
        groups = _clusters(s)
        assert {first.article.id, follow.article.id} in groups  # the publication day bounds the happening
        assert {named_day.article.id} in groups  # a named day four days later is another happening


def _two_shellings(source: str) -> CodedArticle:
    """One article: a shelling before the truce's start and one after it."""
    text = ("Shells hit Kismayo on Sunday evening, hours before the truce began. "
            "On Monday, shells fell on the market of Kismayo again.")
    a = Article(id=article_id(text, source), text=text, source=source, published="2026-03-02T18:00:00Z")
    mk = lambda i, day, dt, sent: Event(  # noqa: E731
        id=f"e{a.id[1:9]}{i}", article_id=a.id, event="ASSAULT", mode="heavy-weapons", sentence=sent,
        date=day, date_precision="day", date_text=dt, date_source="relative", location=_loc("Kismayo", KISMAYO))
    return CodedArticle(article=a, events=[
        mk(0, "2026-03-01", "Sunday", "Shells hit Kismayo on Sunday evening, hours before the truce began."),
        mk(1, "2026-03-02", "Monday", "On Monday, shells fell on the market of Kismayo again.")])


def test_two_happenings_of_one_article_stay_two(tmp_path) -> None:
    article = _two_shellings("wire.example")
    before = _report("Residents said shells hit Kismayo on Sunday evening before the truce.", "post.example",
                     "2026-03-02T08:00:00Z", date="2026-03-01", mode="heavy-weapons", loc=_loc("Kismayo", KISMAYO))
    with _write(tmp_path, [[article], [before]]) as s:
        rows = dict(s.con.execute("SELECT id, cluster_id FROM events").fetchall())
        sunday, monday = (rows[e.id] for e in article.events)
        assert sunday != monday
        assert rows[before.events[0].id] == sunday


def test_a_late_copy_follows_its_original_and_reads_its_clock(tmp_path) -> None:
    """A wire story republished three days later: its "yesterday" was resolved against the
    copy's own day (the 4th); its report follows the original's (the 1st) and adds no source."""
    sents = ["Gunmen shot dead the elder Abdi Nuur in Kismayo yesterday, police said.",
             "Police said the attackers fled on motorbikes towards the airport road.",
             "The regional governor called the killing an attack on the peace talks.",
             "Nuur had chaired the council of elders in the port city since 2019."]
    text = "\n".join(sents)
    orig = Article(id=article_id(text, "wire"), text=text, source="wire.example", published="2026-03-02T07:00:00Z")
    copy = Article(id=article_id(text, "farm"), text=text, source="farm.example", published="2026-03-05T11:00:00Z")
    other = _report("Abdi Nuur, an elder, was killed in Kismayo on Sunday, his family said.", "post.example",
                    "2026-03-02T12:00:00Z", date="2026-03-01", loc=_loc("Kismayo", KISMAYO))

    def coded(a: Article, day: str) -> CodedArticle:
        e = Event(id="e" + a.id[1:12], article_id=a.id, event="ASSAULT", mode="firearms", sentence=sents[0],
                  date=day, date_precision="day", date_text="yesterday", date_source="relative",
                  location=_loc("Kismayo", KISMAYO))
        return CodedArticle(article=a, events=[e])

    items = [coded(orig, "2026-03-01"), coded(copy, "2026-03-04"), other]
    for order in ([0, 1, 2], [1, 2, 0], [2, 1, 0]):
        with _write(tmp_path / "".join(map(str, order)), [[items[i]] for i in order]) as s:
            rows = {r[0]: r[1:] for r in s.con.execute("SELECT id, cluster_id, date FROM events").fetchall()}
            e_orig, e_copy = items[0].events[0].id, items[1].events[0].id
            assert rows[e_copy][0] == rows[e_orig][0] == rows[other.events[0].id][0]
            assert rows[e_copy][1] == "2026-03-01"  # read on the original's clock
            record = s.con.execute("SELECT record FROM events WHERE id = ?", [e_copy]).fetchall()[0][0]
            assert '"copy-original"' in record
            row = dedup.cluster(s.con, rows[e_orig][0])
            assert row["n_reports"] == 3 and row["n_independent_sources"] == 2


def test_rules_do_not_depend_on_order_or_batch_size(tmp_path) -> None:
    import random

    stream = [_shooting(t, f"{t.lower()}.example", f"Gunmen shot a trader in {t} on Monday, residents said.")
              for t in TOWNS]
    victim = _shooting("Afmadow", "radio.example", "Hassan Guled, a trader, was shot dead in Afmadow on Monday.")
    named = _shooting("Kismayo", "daily.example", "Relatives buried Hassan Guled, shot by gunmen on Monday.",
                      loc=SOMALIA)
    copy = _report(R1.article.text, "farm.example", "2026-03-04T18:00:00Z", loc=_loc("Kismayo", KISMAYO),
                   actor=(FRONT,), claimant="the army")
    items = [*stream, victim, named, _two_shellings("wire.example"), R1, R2, R3, LATER, copy, OTHER_PLACE]
    seen = set()
    for n in range(6):
        rng = random.Random(n)
        order = rng.sample(items, len(items))
        size = [1, 2, 5, 16][n % 4]
        with _write(tmp_path / str(n), [order[i:i + size] for i in range(0, len(order), size)]) as s:
            seen.add((tuple(s.con.execute("SELECT id, cluster_id, date FROM events ORDER BY id").fetchall()),
                      tuple(map(str, s.con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall()))))
    assert len(seen) == 1


def _district(name: str, ll: tuple[float, float]) -> EventLocation:
    return EventLocation(name=name, lat=ll[0], lon=ll[1], country="SOM", precision="admin2")


def test_a_district_report_far_from_a_town_report_is_another_happening(tmp_path) -> None:
    """A report placed only in a district (ADM2) is coarse, but its centre still bounds where it
    happened: 400 km from a town's report (beyond max_km plus the district's reach) it is another
    happening however much the two stories share (the same minister quoted); 30 km away it may join."""
    words = "Defence Minister Ahmed Warsame told reporters the attack wounded two soldiers."
    town = _report("Rockets hit an army base in Kismayo, wounding two soldiers. " + words, "wire.example",
                   "2026-03-02T10:00:00Z", loc=_loc("Kismayo", KISMAYO), recipient=())
    far = _report("Gunmen attacked a post, wounding two soldiers. " + words, "post.example",
                  "2026-03-02T12:00:00Z", loc=_district("Garissa district", GARISSA[:1] + (42.545 - 3.9,)),
                  recipient=())
    near = _report("Two soldiers were wounded when rockets hit their base. " + words, "herald.example",
                   "2026-03-02T13:00:00Z", loc=_district("Kismayo district", (-0.1, 42.6)), recipient=())
    with _write(tmp_path, [[town], [far, near]]) as s:
        assert _cluster_of(s, town) != _cluster_of(s, far)
        assert _cluster_of(s, town) == _cluster_of(s, near)


def test_unidentified_gunmen_contradict_no_one_and_clash_roles_may_swap() -> None:
    """"Unidentified gunmen" (UAF) say who is not known; in a clash one side's attacker is the
    other's victim ("troops clashed with rebels" / "rebels wounded a soldier")."""
    from dataclasses import replace

    from truce.dedup.clusters import compatible
    from truce.dedup.reports import Ref, report_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    base = report_of(R1.events[0], R1, cfg)
    troops, rebels = Ref("SOM", "MIL", None), Ref("SOM", "REB", None)
    gunmen, men = Ref("SOM", "UAF", None), Ref("SOM", "CVL", None)
    a = replace(base, id="a", article_id="x", actors=(gunmen,), recipients=())
    b = replace(base, id="b", article_id="y", actors=(men,), recipients=(), precise=False, lat=None, lon=None)
    assert compatible(a, b, cfg)
    a = replace(a, actors=(troops,), recipients=(rebels,))
    b = replace(b, actors=(), recipients=(troops,))
    assert compatible(a, b, cfg)
    b = replace(b, actors=(rebels,), recipients=(rebels,))
    assert not compatible(a, b, cfg)  # the rebels attacked rebels: no swap pairs the two accounts
    b = replace(b, actors=(Ref("SOM", "CVL", None),), recipients=())
    assert not compatible(a, b, cfg)  # an empty role is no reason to swap


def test_a_separate_incident_of_one_article_is_another_happening(tmp_path) -> None:
    """"In a separate incident, gunmen attacked a guard post elsewhere in the country": the story
    itself says it is another happening, whatever the two reports share (the article's names)."""
    text = ("Troops clashed with smugglers in Kismayo on Monday, the ministry in Mogadishu said. "
            "In a separate incident, gunmen attacked a guard post elsewhere in Somalia overnight, the ministry said.")
    a = Article(id=article_id(text, "wire.example"), text=text, source="wire.example", published="2026-03-02T12:00:00Z")
    first, second = text.split(". ", 1)
    mk = lambda i, sent, where, actor: Event(  # noqa: E731
        id=f"e{a.id[1:9]}{i}", article_id=a.id, event="ASSAULT", sentence=sent, date="2026-03-02",
        date_precision="day", location=where, actor=actor, sentence_start=text.index(sent))
    coded = CodedArticle(article=a, events=[
        mk(0, first + ".", _loc("Kismayo", KISMAYO), []),
        mk(1, second, SOMALIA, [])])
    with _write(tmp_path, [[coded]]) as s:
        rows = dict(s.con.execute("SELECT id, cluster_id FROM events").fetchall())
        assert rows[coded.events[0].id] != rows[coded.events[1].id]


def test_separate_happening_cues() -> None:
    from truce.dedup.reports import separate

    assert separate("In a separate incident, gunmen attacked a guard post.")
    assert separate("Elsewhere, two soldiers were wounded.")
    assert not separate("Gunmen attacked Tibu as fighting flared elsewhere in the region.")
    assert not separate("Gunmen attacked a guard post.")


def _story(lines: list[tuple[str, str, str]], source: str, published: str) -> CodedArticle:
    """One article telling a shooting and its sequel: (PLOVER type, day, sentence) per event, all in Kismayo."""
    text = " ".join(sent for _, _, sent in lines)
    a = Article(id=article_id(text, source), text=text, source=source, published=published)
    events = [Event(id=f"e{a.id[1:9]}{i}", article_id=a.id, event=event, sentence=sent, date=day,
                    date_precision="day", date_source="text", location=_loc("Kismayo", KISMAYO),
                    recipient=[CIVS] if event == "ASSAULT" else [], modality=Modality())
              for i, (event, day, sent) in enumerate(lines)]
    return CodedArticle(article=a, events=events)


def test_a_storys_own_sequel_does_not_make_its_town_common(tmp_path) -> None:
    """The town is the only thing two reports of a shooting share. Each article also tells a sequel
    days later in that town (an arrest, a vigil): those are the story itself, not other happenings
    in the town, so the town stays rare and the two join. The same sequels told by other articles
    do make the town common (two more Kismayo stories that week), and so do other shootings told in
    the pair's own articles (round-ups: the dev scenario's weekly review joined a seizure it recalled
    when every own report was left out)."""
    from truce.settings import load_settings

    shot = [("ASSAULT", "2026-03-02", "Gunmen shot a trader near the port of Kismayo on Monday."),
            ("ASSAULT", "2026-03-02", "A shopkeeper was wounded by gunfire in Kismayo on Monday evening.")]
    sequel = [("COERCE", "2026-03-06", "Police arrested two suspects in Kismayo on Friday."),
              ("PROTEST", "2026-03-05", "Relatives held a vigil in Kismayo on Thursday.")]
    told_with = [_story([shot[0], sequel[0]], "wire.example", "2026-03-06T10:00:00Z"),
                 _story([shot[1], sequel[1]], "post.example", "2026-03-05T18:00:00Z")]
    told_apart = [_story([shot[0]], "wire.example", "2026-03-02T18:00:00Z"),
                  _story([shot[1]], "post.example", "2026-03-02T20:00:00Z"),
                  _story([sequel[0]], "radio.example", "2026-03-06T10:00:00Z"),
                  _story([sequel[1]], "herald.example", "2026-03-05T18:00:00Z")]
    old_rule = load_settings(overrides={"dedup": {"own_follow_ups_confuse": True}})

    def joined(items, settings, name) -> bool:
        folder = tmp_path / name
        folder.mkdir()
        with Store(folder / "t.duckdb") as s:
            s.write_batch(items, after_write=dedup.store_hook(settings))
            rows = dict(s.con.execute("SELECT id, cluster_id FROM events").fetchall())
        first, second = (next(e.id for e in c.events if e.event == "ASSAULT") for c in items[:2])
        return rows[first] == rows[second]

    # round-ups: each article also tells another shooting that week, which is another happening
    roundups = [_story([shot[0], ("ASSAULT", "2026-03-06", "Gunmen shot a driver in Kismayo on Friday.")],
                       "wire.example", "2026-03-06T10:00:00Z"),
                _story([shot[1], ("ASSAULT", "2026-03-05", "A guard was shot dead in Kismayo on Thursday.")],
                       "post.example", "2026-03-05T18:00:00Z")]
    assert joined(told_with, None, "with")
    assert not joined(told_with, old_rule, "with_old_rule")
    assert not joined(told_apart, None, "apart")
    assert not joined(roundups, None, "roundups")


def test_a_full_name_is_rarer_than_its_words(tmp_path) -> None:
    """Kismayo has a shooting every day, and "Omar" and "Haddad" each name someone else the same
    day in other towns: the town and both words are common. The two words side by side name one
    person only: with the bus station (two rare content words) two reports of his shooting join,
    and without the ``phrase`` value they do not."""
    from truce.dedup.reports import name_phrases
    from truce.settings import load_settings

    assert name_phrases("The Georgia Bureau of Investigation said Omar Haddad, 34, was shot.") == {
        "georgia bureau", "omar haddad"}
    day = "2026-03-09"
    daily = [_shooting("Kismayo", f"s{i}.example", f"A man was shot in Kismayo, report {i}.", day=f"2026-03-{d:02d}")
             for i, d in enumerate(range(1, 15))]
    others = [_shooting("Afmadow", "x.example", "Omar Yusuf was shot in Afmadow at dawn.", day=day),
              _shooting("Baardheere", "y.example", "Leila Haddad was wounded by gunmen in Baardheere.", day=day)]
    pair = [_shooting("Kismayo", "a.example", "Omar Haddad was shot near the bus station in Kismayo.", day=day),
            _shooting("Kismayo", "b.example", "Relatives said Omar Haddad died after he was shot at the bus station.",
                      day=day)]
    no_phrases = load_settings(overrides={"dedup": {"signal_weights": {"phrase": 0.0}}})
    for name, settings, joined in (("phrases", None, True), ("none", no_phrases, False)):
        folder = tmp_path / name
        folder.mkdir()
        with Store(folder / "t.duckdb") as s:
            hook = dedup.store_hook(settings)
            for batch in (daily, others, pair):
                s.write_batch(batch, after_write=hook)
            assert (_cluster_of(s, pair[0]) == _cluster_of(s, pair[1])) is joined


def test_a_clock_time_on_the_publication_day_is_no_second_named_day() -> None:
    """One article: "wounded early Sunday" and "the shooting shortly after 2 a.m." (a clock time the
    date stage put on the publication day, Monday) are one happening, not two named days."""
    from dataclasses import replace

    from truce.dedup.reports import distinct, report_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    text = "Three people were wounded early Sunday. A fight led to the shooting shortly after 2 a.m."
    sunday = _report(text, "wire.example", "2026-03-02T10:00:00Z", date="2026-03-01", date_text="early Sunday",
                     loc=_loc("Kismayo", KISMAYO))
    first = report_of(sunday.events[0], sunday, cfg)
    clock = replace(sunday.events[0], id="e2", date="2026-03-02T02:00", date_text="2 a.m.",
                    date_source="publication")
    second = report_of(clock, sunday, cfg)
    assert not distinct(first, second, cfg)
    named = report_of(replace(clock, date_source=None), sunday, cfg)
    assert distinct(first, named, cfg)  # a day the text names: Sunday and Monday are two happenings



def test_a_sentence_carries_its_words_once() -> None:
    """"A 17-year-old was shot on North 11th Street on Saturday, the second shooting since Wednesday's":
    the Wednesday report coded from that sentence carries "11th" only because the sentence does, so it
    does not make the street common for the Saturday shooting's report in another outlet."""
    from dataclasses import replace

    from truce.dedup.clusters import Stream, _Profile, common
    from truce.dedup.reports import report_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    base = report_of(R1.events[0], R1, cfg)
    day = base.lo
    sentence = "A 17-year-old was shot on North 11th Street on Saturday, the second since Wednesday's."
    a = replace(base, id="a", article_id="x", sentence=sentence, signals=frozenset({"w:11th"}))
    wednesday = replace(a, id="c", lo=day - 3, hi=day - 3)
    b = replace(base, id="b", article_id="y", sentence="Police asked for video from North 11th Street.",
                signals=frozenset({"w:11th"}))
    charge = replace(b, id="d", article_id="z", event="ACCUSE", lo=day + 3, hi=day + 3)
    stream = Stream([a, wednesday, b, charge], cfg)
    assert not common("w:11th", _Profile.of(a, b, cfg.day_slack), stream, cfg)
    elsewhere = replace(wednesday, article_id="w", sentence="Another sentence naming 11th Street.")
    stream = Stream([a, elsewhere, b, charge], cfg)
    assert common("w:11th", _Profile.of(a, b, cfg.day_slack), stream, cfg)  # two other stories: common


def test_one_sentence_told_with_two_verbs_is_compared_without_modes() -> None:
    """"Armed men stormed the school and kidnapped five teachers" coded as a heavy-weapons and an
    abduction ASSAULT: one account, so neither mode keeps it from the other outlets' abduction; two
    happenings the sentence itself tells apart (two days) keep their modes."""
    from dataclasses import replace

    from truce.dedup.reports import reports_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    text = "Armed men stormed the school in Kismayo and kidnapped five teachers, residents said."
    coded = _report(text, "wire.example", "2026-03-02T10:00:00Z", loc=_loc("Kismayo", KISMAYO), mode="abduct")
    stormed = replace(coded.events[0], id=coded.events[0].id + "2", mode="heavy-weapons")
    both = CodedArticle(article=coded.article, events=[coded.events[0], stormed])
    assert [r.mode for r in reports_of(both, cfg)] == [None, None]
    assert {r.signals >= {"m:abduct"} or r.signals >= {"m:heavy-weapons"} for r in reports_of(both, cfg)} == {True}
    other_day = replace(stormed, date="2026-02-27", date_text="Friday")
    two = CodedArticle(article=coded.article, events=[coded.events[0], other_day])
    assert [r.mode for r in reports_of(two, cfg)] == ["abduct", "heavy-weapons"]


def _abstained_report(text: str, source: str, place_text: str | None, loc: EventLocation | None) -> CodedArticle:
    from truce.records import Place

    coded = _report(text, source, "2026-03-02T10:00:00Z", loc=loc)
    coded.events[0].sentence_start = 0
    if place_text is not None:
        start = text.index(place_text)
        coded.places.append(Place(text=place_text, start=start, end=start + len(place_text), abstained=True,
                                  note="abstained: the only readings are small places far away"))
    return coded


def test_a_report_whose_place_was_abstained_does_not_join_at_country_level(tmp_path) -> None:
    somalia = EventLocation(name="Somalia", lat=6.0, lon=47.0, country="SOM", precision="country")
    town = _report("Gunmen killed three civilians in Kismayo on Monday, the Jubba Valley Front said.",
                   "wire.example", "2026-03-02T09:00:00Z", loc=_loc("Kismayo", KISMAYO), actor=(FRONT,))
    # same day, same country, the same group named: linked today when the second report has only its country
    unplaced = _abstained_report("Gunmen killed three civilians in Bulo Xaaji on Monday, the Jubba Valley Front "
                                 "said.", "post.example", "Bulo Xaaji", somalia)
    plain = _abstained_report("Gunmen killed three civilians on Monday, the Jubba Valley Front said.",
                              "herald.example", None, somalia)
    named = _abstained_report("Gunmen killed three civilians in Bulo Xaaji on Monday, the Jubba Valley Front "
                              "said.", "daily.example", "Bulo Xaaji", somalia)
    with _write(tmp_path, [[town, unplaced, plain, named]]) as s:
        groups = _clusters(s)
    a = {c.article.id: c for c in (town, unplaced, plain, named)}
    group_of = {aid: next(g for g in groups if aid in g) for aid in a}
    assert unplaced.article.id not in group_of[town.article.id]
    assert unplaced.article.id in group_of[named.article.id]  # the same refused name: one place
    assert plain.article.id in group_of[town.article.id]  # no place named: country level, as before


def test_a_next_act_told_after_a_sequence_word_is_another_happening() -> None:
    """"Troops returned fire and later carried out air strikes on rebel positions": a sequence word
    between the two triggers and another mode make two happenings (their modes stay); without the
    word the sentence is one account told with two verbs; the word alone, same mode, is not enough."""
    from dataclasses import replace

    from truce.dedup.reports import distinct, report_of, reports_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    text = "Troops returned fire and later carried out air strikes on rebel positions near Kismayo, the army said."
    coded = _report(text, "wire.example", "2026-03-02T10:00:00Z", loc=_loc("Kismayo", KISMAYO), mode="firearms")
    fire = replace(coded.events[0], trigger="returned fire", trigger_start=text.index("returned"))
    strikes = replace(fire, id=fire.id + "2", mode="aerial", trigger="carried out", trigger_start=text.index("carried"))
    both = CodedArticle(article=coded.article, events=[fire, strikes])
    assert [r.mode for r in reports_of(both, cfg)] == ["firearms", "aerial"]
    a, b = (report_of(e, both, cfg) for e in (fire, strikes))
    assert distinct(a, b, cfg) and distinct(b, a, cfg)
    plain = text.replace(" and later ", " and ")
    a2, b2 = (replace(r, sentence=plain) for r in (a, b))
    assert not distinct(a2, b2, cfg)
    assert not distinct(a, replace(b, mode="firearms"), cfg)
    # two sentences: "Hours later, jets struck ..." with another mode
    c = replace(b, sentence="Hours later, jets carried out strikes on the hills.", trigger="carried out")
    assert distinct(a, c, cfg)


def test_spots_inside_a_town_that_share_no_word_are_two_happenings(tmp_path) -> None:
    """Two shootings in one city on consecutive days, each sentence naming its own spot ("Obregon
    Avenue", "the Las Quintas neighbourhood"): not one happening; the same spot told by two outlets is."""
    from truce.dedup.reports import localities

    assert localities("shot on Sariab Road in Quetta") == {"sariab"}
    assert localities("in the village of Bubong near Marawi") == {"bubong"}
    assert localities("on the Mandera-Elwak road") == {"elwak mandera"}
    gym = _report("Gunmen shot dead a police commander outside a gym in the Las Quintas neighbourhood of Kismayo "
                  "on Monday.", "wire.example", "2026-03-02T20:00:00Z", loc=_loc("Kismayo", KISMAYO), mode="firearms")
    avenue = _report("Gunmen shot dead a shopkeeper on Obregon Avenue in Kismayo on Monday.", "post.example",
                     "2026-03-02T21:00:00Z", loc=_loc("Kismayo", KISMAYO), mode="firearms")
    again = _report("A police commander was shot dead in the Las Quintas neighbourhood of Kismayo on Monday, "
                    "police said.", "herald.example", "2026-03-03T08:00:00Z", loc=_loc("Kismayo", KISMAYO),
                    mode="firearms")
    with _write(tmp_path, [[gym, avenue, again]]) as s:
        groups = _clusters(s)
    assert {gym.article.id, again.article.id} in groups
    assert {avenue.article.id} in groups


def test_a_place_named_with_accents_is_the_same_place_without(tmp_path) -> None:
    """The gazetteer's "Culiacán" and the text's "Culiacan": its words are the place, not extra words."""
    from truce.dedup.clusters import Stream
    from truce.dedup.reports import report_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    coded = _report("Gunmen shot dead a man in Culiacan on Monday.", "wire.example", "2026-03-02T20:00:00Z",
                    loc=_loc("Culiacán", (24.8, -107.4), "MEX"))
    r = report_of(coded.events[0], coded, cfg)
    stream = Stream([r], cfg)
    assert frozenset({"culiacan"}) in stream.place_tokens(r)
    assert r.id in stream.mentioning(stream.place_tokens(r))


def test_the_dateline_lends_no_words_to_the_article_context() -> None:
    """"CULIACAN, Mexico, June 18 (Pacifico Wire) -": every story of the wire carries its name."""
    from truce.dedup.reports import reports_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    text = "KISMAYO, Somalia, March 2 (Pacifico Wire) - Gunmen shot dead a trader on Monday."
    coded = _report(text, "wire.example", "2026-03-02T20:00:00Z", loc=_loc("Kismayo", KISMAYO))
    coded.events[0].sentence = "Gunmen shot dead a trader on Monday."
    coded.article.meta["dateline_end"] = text.index("Gunmen")
    (r,) = reports_of(coded, cfg)
    assert not {"c:pacifico wire", "w:pacifico", "w:somalia"} & r.signals


def test_place_words_stay_words_when_the_place_gives_no_evidence() -> None:
    """A report placed at Culiacán and one with no place: no place evidence (the second's sentence
    does not name it), so "Culiacan" from the second's article stays a shared word."""
    from dataclasses import replace

    from truce.dedup.clusters import PLACE, Stream, shared_values
    from truce.dedup.reports import report_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    coded = _report("Gunmen shot dead a man in Culiacan on Monday.", "wire.example", "2026-03-02T20:00:00Z",
                    loc=_loc("Culiacán", (24.8, -107.4), "MEX"))
    placed = report_of(coded.events[0], coded, cfg)
    unplaced = replace(placed, id="u", article_id="other", precise=False, lat=None, lon=None, place=None,
                       loc_name=None, tokens=frozenset({"gunmen", "shot"}))
    stream = Stream([placed, unplaced], cfg)
    values = shared_values(placed, unplaced, stream, cfg)
    assert "w:culiacan" in values and PLACE not in values
    both = replace(unplaced, precise=True, lat=placed.lat, lon=placed.lon, place=placed.place,
                   loc_name=placed.loc_name)
    values = shared_values(placed, both, Stream([placed, both], cfg), cfg)
    assert "w:culiacan" not in values and PLACE in values
