"""Rules of branch incid14 (issue 12, incidents on dense local news): hand-built reports of our own sentences;
each rule with the case it changes and the case it must leave alone."""

from __future__ import annotations

from truce.config import TruceConfig
from truce.dedup.clusters import compatible
from truce.dedup.reports import ARTICLE_DAY, PUBLICATION, after_publication, days_disagree, reports_of
from truce.records import Article, CodedArticle, Event, EventLocation, Modality
from truce.settings import load_settings

CFG = TruceConfig().settings.dedup
BAMENDA = EventLocation(name="Bamenda", lat=5.96, lon=10.15, country="CMR", precision="city", rule="sentence")


def _with(**values) -> object:
    return load_settings(overrides={"dedup": values}).dedup


def _event(eid: str, aid: str, sentence: str, day: str, precision: str = "day", source: str | None = "text",
           trigger: str = "shot") -> Event:
    return Event(id=eid, article_id=aid, event="ASSAULT", trigger=trigger, sentence=sentence, sentence_start=0,
                 trigger_start=max(0, sentence.find(trigger)), modality=Modality(), location=BAMENDA,
                 date=day, date_precision=precision, date_source=source)


def _reports(aid: str, published: str, *events: Event, cfg=CFG) -> list:
    text = " ".join(e.sentence for e in events)
    for e in events:
        e.sentence_start = text.index(e.sentence)
    art = Article(id=aid, text=text, published=published, source="Grassfield Post")
    return reports_of(CodedArticle(article=art, events=list(events)), cfg)


# -- named days contradict (truce.dedup.reports.days_disagree) -------------------------------------------
def test_two_named_days_in_one_town_are_two_happenings() -> None:
    (bomb,) = _reports("a1", "2026-11-23T18:00:00+01:00", _event(
        "e1", "a1", "A homemade bomb exploded on Commercial Avenue in Bamenda on Monday afternoon.", "2026-11-23",
        trigger="exploded"))
    (taxi,) = _reports("a2", "2026-11-25T09:00:00+01:00", _event(
        "e2", "a2", "Gunmen shot dead a taxi driver in Bamenda on Tuesday evening.", "2026-11-24"))
    assert days_disagree(bomb, taxi) and not compatible(bomb, taxi, CFG)
    assert compatible(bomb, taxi, _with(named_days_contradict=False))  # day_slack alone let them meet


def test_one_night_told_on_two_days_stays_one_happening() -> None:
    (late,) = _reports("a1", "2026-11-24T09:00:00+01:00", _event(
        "e1", "a1", "Gunmen shot dead two guards in Bamenda late on Monday.", "2026-11-23"))
    (early,) = _reports("a2", "2026-11-24T12:00:00+01:00", _event(
        "e2", "a2", "Two guards were shot dead in Bamenda early on Tuesday.", "2026-11-24"))
    (bare,) = _reports("a3", "2026-11-24T15:00:00+01:00", _event(
        "e3", "a3", "Two guards were shot dead in Bamenda on Tuesday.", "2026-11-24"))
    (night,) = _reports("a4", "2026-11-24T16:00:00+01:00", _event(
        "e4", "a4", "Gunmen shot dead two guards in Bamenda on Monday night.", "2026-11-23"))
    assert not days_disagree(late, early)
    assert not days_disagree(night, bare)  # "Monday night" and a bare "Tuesday": may be after midnight
    assert days_disagree(late, _reports("a5", "2026-11-24T16:00:00+01:00", _event(
        "e5", "a5", "Two guards were shot dead in Bamenda on Tuesday afternoon.", "2026-11-24"))[0])
    # the same named day, or a date told by the publication, is never a contradiction of days
    assert not days_disagree(early, bare)
    (said,) = _reports("a6", "2026-11-24T16:00:00+01:00", _event(
        "e6", "a6", "Two guards were shot dead in Bamenda, police said.", "2026-11-24", "reported", PUBLICATION))
    assert not days_disagree(late, said)


# -- a publication day bounds what the article can tell (after_publication) ------------------------------
def test_a_publication_dated_report_never_meets_a_later_named_day() -> None:
    (said,) = _reports("a1", "2026-11-26T10:00:00+01:00", _event(
        "e1", "a1", "The camps in Bamenda had been used to hold kidnapped travellers.", "2026-11-26", "reported",
        PUBLICATION, trigger="kidnapped"))
    (later,) = _reports("a2", "2026-11-28T09:00:00+01:00", _event(
        "e2", "a2", "Gunmen shot dead a trader in Bamenda on Friday.", "2026-11-27"))
    (before,) = _reports("a3", "2026-11-25T09:00:00+01:00", _event(
        "e3", "a3", "Gunmen shot dead a trader in Bamenda on Wednesday.", "2026-11-25"))
    assert after_publication(said, later) and not compatible(said, later, CFG)
    assert compatible(said, later, _with(publication_bounds=False))
    assert not after_publication(said, before) and compatible(said, before, CFG)


# -- a sentence without a day of its own takes its article's one named day (reports._article_day) -------------
def test_a_sequel_sentence_takes_its_articles_named_day() -> None:
    attack = _event("e1", "a1", "Separatist fighters attacked the gendarmerie post in Bamenda on Thursday night.",
                    "2026-11-26", trigger="attacked")
    fire = _event("e2", "a1", "The attackers set the post on fire before fleeing.", "2026-11-27", "reported",
                  PUBLICATION, trigger="set")
    reports = _reports("a1", "2026-11-27T09:00:00+01:00", attack, fire)
    sequel = next(r for r in reports if r.id == "e2")
    assert (sequel.lo, sequel.hi, sequel.basis) == (reports[0].lo, reports[0].lo, ARTICLE_DAY)
    off = next(r for r in _reports("a1", "2026-11-27T09:00:00+01:00", attack, fire, cfg=_with(article_day=False))
               if r.id == "e2")
    assert off.basis == PUBLICATION and off.lo < off.hi


def test_an_article_naming_two_days_lends_none() -> None:
    monday = _event("e1", "a1", "Gunmen shot dead a driver in Bamenda on Monday.", "2026-11-23")
    tuesday = _event("e2", "a1", "Gunmen shot dead a trader in Bamenda on Tuesday.", "2026-11-24")
    fire = _event("e3", "a1", "The attackers shot at a bus before fleeing.", "2026-11-25", "reported", PUBLICATION)
    sequel = next(r for r in _reports("a1", "2026-11-25T09:00:00+01:00", monday, tuesday, fire) if r.id == "e3")
    assert sequel.basis == PUBLICATION
    # a day farther back than recent_days is no day of the publication's story
    old = _event("e4", "a2", "Gunmen shot dead a driver in Bamenda on Monday.", "2026-11-16")
    fire = _event("e5", "a2", "The attackers shot at a bus before fleeing.", "2026-11-25", "reported", PUBLICATION)
    sequel = next(r for r in _reports("a2", "2026-11-25T09:00:00+01:00", old, fire) if r.id == "e5")
    assert sequel.basis == PUBLICATION
