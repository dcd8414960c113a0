"""Clustering by time: parts of a day, follow-ups beyond a report's recent days, and a story's second
happening placed only by its paragraph. Every story here is fictional, written for these tests."""

from __future__ import annotations

from truce import dedup
from truce.ids import article_id
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality
from truce.store import Store

DILLING = (12.05, 29.65)
HABILA = (12.1, 29.95)  # about 33 km east of Dilling

ARMY = ActorRef("army troops", country="SDN", sector="MIL")
VILLAGERS = ActorRef("villagers", country="SDN", sector="CVL")


def _loc(name: str = "Dilling", ll: tuple[float, float] = DILLING) -> EventLocation:
    return EventLocation(name=name, lat=ll[0], lon=ll[1], country="SDN", precision="city")


def _event(a: Article, i: int, sentence: str, *, date: str, precision: str = "day", source: str = "text",
           mode: str | None = "firearms", loc: EventLocation | None = None, recipient=(VILLAGERS,),
           actor=()) -> Event:
    return Event(id=f"e{a.id[1:9]}{i}", article_id=a.id, event="ASSAULT", mode=mode, sentence=sentence,
                 date=date, date_precision=precision, date_source=source, location=loc or _loc(),
                 actor=list(actor), recipient=list(recipient), modality=Modality())


def _story(source: str, published: str, *sentences: tuple[str, dict]) -> CodedArticle:
    text = " ".join(s for s, _ in sentences)
    a = Article(id=article_id(text, source), text=text, source=source, published=published)
    return CodedArticle(article=a, events=[_event(a, i, s, **kw) for i, (s, kw) in enumerate(sentences)])


def _clusters(tmp_path, name: str, items: list[CodedArticle], settings=None) -> dict[str, str]:
    folder = tmp_path / name
    folder.mkdir()
    with Store(folder / "t.duckdb") as s:
        s.write_batch(items, after_write=dedup.store_hook(settings))
        return dict(s.con.execute("SELECT id, cluster_id FROM events").fetchall())


def test_a_night_report_joins_the_clock_time_of_that_evening(tmp_path) -> None:
    """A border truce: one side's ministry reports fire "at 21:40" near Dilling, an outlet reports a soldier
    "wounded by fire near Dilling on Saturday night" -- one happening, although that outlet's story also
    tells, in a sentence naming no place, of a soldier of the other side wounded in another attack (placed
    at Dilling only by its paragraph: no second happening *at* Dilling). Shelling of Habila that evening
    makes the day and the evening common. Another outlet's "at dawn on Saturday" in Dilling is another
    happening of that day."""
    north, south = (ActorRef("positions", country=c, sector="MIL") for c in ("SDN", "SSD"))
    ministry = _story("ministry.example", "2026-11-08T06:00:00+03:00",
                      ("On 7 November, at around 21:40, units opened fire from small arms in the direction of "
                       "positions located near Dilling.", {"date": "2026-11-07T21:40+03:00", "recipient": (south,)}))
    outlet = _story("border-news.example", "2026-11-09T09:00:00+03:00",
                    ("A soldier was wounded by fire near Dilling on Saturday night, the ministry in the south says.",
                     {"date": "2026-11-07", "mode": None, "recipient": (south,)}),
                    ("The north says one of its soldiers was wounded in the attack.",
                     {"date": "2026-11-09", "precision": "reported", "source": "publication", "mode": None,
                      "recipient": (north,)}))
    habila = _story("radio.example", "2026-11-08T07:00:00+03:00",
                    ("Shells hit Habila on Saturday evening.", {"date": "2026-11-07", "mode": "heavy-weapons",
                                                                 "loc": _loc("Habila", HABILA)}))
    dawn = _story("daily.example", "2026-11-07T12:00:00+03:00",
                  ("Gunmen fired on a bus at dawn on Saturday near Dilling, wounding its driver.",
                   {"date": "2026-11-07", "recipient": (ActorRef("a bus driver", country="SDN", sector="CVL"),)}))
    rows = _clusters(tmp_path, "all", [ministry, outlet, habila, dawn])
    at_2140, night, other = ministry.events[0].id, outlet.events[0].id, dawn.events[0].id
    assert rows[night] == rows[at_2140]
    assert rows[other] != rows[at_2140]


def test_parts_of_a_day_from_words_and_clock_times() -> None:
    """A clock time belongs to every part within ``part_slack_hours``; a sentence naming two parts gives none."""
    from truce.dedup.reports import day_parts, parts_disagree
    from truce.settings import load_settings

    cfg = load_settings().dedup
    a = Article(id="a1", text="x", published="2026-11-08")

    def parts(sentence: str, date: str, **kw) -> set[str]:
        return day_parts(_event(a, 0, sentence, date=date, **kw), cfg.part_slack_hours)

    assert parts("Shots were fired at 21:40.", "2026-11-07T21:40+03:00") == {"h:2026-11-07:17-24"}
    assert parts("Shots were fired at 17:10.", "2026-11-07T17:10") == {"h:2026-11-07:12-18", "h:2026-11-07:17-24"}
    # a worded part at a day's end or beginning also borders the night across midnight (incid13)
    assert parts("Shelling hit the town on Saturday night.", "2026-11-07") == {"h:2026-11-07:17-24",
                                                                              "h:2026-11-07/2026-11-08"}
    assert parts("Shelling hit the town before dawn on Saturday.", "2026-11-07") == {"h:2026-11-07:0-12",
                                                                                    "h:2026-11-06/2026-11-07"}
    assert parts("Shelling went on from Saturday morning until the evening.", "2026-11-07") == set()
    assert parts("Shelling hit the town at night.", "2026-11-08", precision="reported", source="publication") == set()

    class R:
        def __init__(self, *values: str) -> None:
            self.signals = frozenset(values)

    assert parts_disagree(R("h:2026-11-07:0-12"), R("h:2026-11-07:17-24"))
    assert not parts_disagree(R("h:2026-11-07:12-18", "h:2026-11-07:17-24"), R("h:2026-11-07:17-24"))
    assert not parts_disagree(R("h:2026-11-07:0-12"), R("h:2026-11-08:17-24"))  # other days: the day decides
    assert not parts_disagree(R("h:2026-11-07:0-12"), R())


def test_a_report_dated_by_its_publication_joins_an_old_happening_only_as_a_follow_up(tmp_path) -> None:
    """A story published on 7 November tells, dated only by the report, of rebels firing on a patrol near
    Dilling: its happening lies in the days before the 7th. A day-precise killing in Dilling on 1 November
    shares only the town and the mode with it: not one happening. A follow-up of the killing that names
    its victim and the market does join it."""
    killing = _story("wire.example", "2026-11-02T08:00:00+03:00",
                     ("Gunmen shot dead the trader Kuku Idris in the cattle market of Dilling on Sunday.",
                      {"date": "2026-11-01"}))
    later = _story("post.example", "2026-11-07T08:00:00+03:00",
                   ("An officer in Dilling said rebel fighters fired on a patrol.",
                    {"date": "2026-11-07", "precision": "reported", "source": "publication", "recipient": ()}))
    follow = _story("herald.example", "2026-11-07T10:00:00+03:00",
                    ("Traders closed the cattle market of Dilling in protest at the killing of Kuku Idris.",
                     {"date": "2026-11-07", "precision": "reported", "source": "publication"}))
    rows = _clusters(tmp_path, "new", [killing, later, follow])
    assert rows[later.events[0].id] != rows[killing.events[0].id]
    assert rows[follow.events[0].id] == rows[killing.events[0].id]

    from truce.settings import load_settings

    old = load_settings(overrides={"dedup": {"follow_up_evidence": 0.0}})
    rows = _clusters(tmp_path, "old", [killing, later], old)
    assert rows[later.events[0].id] == rows[killing.events[0].id]  # the rule is what keeps them apart


def test_an_act_a_sentence_says_another_followed_is_another_happening(tmp_path) -> None:
    """"The air strike on Wednesday night followed the killing of three police officers in Dilling": the
    sentence gives two reports, and the killing is not the strike (whatever their modes). The killing's
    report then joins the wire's story of the killing, told the day before; plain "after" ("was killed
    after gunmen opened fire on his car") does not part one happening."""
    from truce.dedup.reports import distinct, report_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    text = "Colonel Hamid Osman said the air strike on Wednesday night followed the killing of three police officers."
    a = Article(id="a1", text=text, published="2026-11-05")
    strike = _event(a, 0, text, date="2026-11-04", mode="aerial")
    strike.trigger = "strike"
    killing = _event(a, 1, text, date="2026-11-04", mode=None)
    killing.trigger = "killing"
    coded = CodedArticle(article=a, events=[strike, killing])
    assert distinct(report_of(strike, coded, cfg), report_of(killing, coded, cfg), cfg)
    one = "Ali Musa was killed after gunmen opened fire on his car."
    b = Article(id="a2", text=one, published="2026-11-05")
    killed, fired = _event(b, 0, one, date="2026-11-04", mode=None), _event(b, 1, one, date="2026-11-04")
    killed.trigger, fired.trigger = "killed", "opened fire"
    other = CodedArticle(article=b, events=[killed, fired])
    assert not distinct(report_of(killed, other, cfg), report_of(fired, other, cfg), cfg)


def test_the_speakers_name_is_no_evidence_of_which_happening() -> None:
    """A spokesman quoted about two happenings of his week ("Colonel Hamid Osman said ...") lends his name
    to neither report: it says who tells, not what happened. A victim's name stays a value."""
    from truce.dedup.reports import report_of
    from truce.settings import load_settings

    cfg = load_settings().dedup
    text = "Colonel Hamid Osman said gunmen shot dead Kuku Idris in Dilling."
    a = Article(id="a1", text=text, published="2026-11-05")
    e = _event(a, 0, text, date="2026-11-04")
    e.modality = Modality(claimed=True, claimant="Colonel Hamid Osman")
    r = report_of(e, CodedArticle(article=a, events=[e]), cfg)
    assert not {"w:hamid", "w:osman", "c:hamid osman"} & r.signals
    assert {"w:kuku", "w:idri", "c:kuku idri"} <= r.signals
