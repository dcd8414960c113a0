"""Rules of branch incid14 (issue 12, incidents on dense local news): hand-built reports of our own sentences;
each rule with the case it changes and the case it must leave alone."""

from __future__ import annotations

from truce.config import TruceConfig
from truce.dedup.clusters import compatible
from truce.dedup.reports import (
    ARTICLE_DAY,
    PUBLICATION,
    after_publication,
    article_days_disagree,
    days_disagree,
    reports_of,
)
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
                 date=day, date_precision=precision, date_source=source,
                 date_text=_day_text(sentence) if precision == "day" else None)


def _day_text(sentence: str) -> str | None:
    """The sentence's date expression, as the time stage finds it."""
    from truce.time import find_expressions

    found = find_expressions(sentence)
    return found[0].text if found else None


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
    # a day no expression of the text gives ("Rebel shells struck the market") is no named day to contradict
    (unnamed,) = _reports("a7", "2026-11-24T16:00:00+01:00", _event(
        "e7", "a7", "Two guards were shot dead in Bamenda, residents said.", "2026-11-24"))
    assert unnamed.date_text is None and not days_disagree(late, unnamed)


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


# -- a sentence without a day of its own tells its article's named day (reports._article_day) -------------
def _sequel(published: str, *mates: Event, cfg=CFG):
    fire = _event("s", "a1", "The attackers set the post on fire before fleeing.", published[:10], "reported",
                  PUBLICATION, trigger="set")
    return next(r for r in _reports("a1", published, *mates, fire, cfg=cfg) if r.id == "s")


def test_a_sequel_sentence_is_not_another_days_happening() -> None:
    attack = _event("e1", "a1", "Separatist fighters attacked the gendarmerie post in Bamenda on Thursday night.",
                    "2026-11-26", trigger="attacked")
    sequel = _sequel("2026-11-27T09:00:00+01:00", attack)
    assert sequel.basis == PUBLICATION and sequel.lo < sequel.hi  # its interval stays the publication's week
    (tuesday,) = _reports("a2", "2026-11-25T09:00:00+01:00", _event(
        "e2", "a2", "Soldiers and separatists fought in Bamenda on Tuesday.", "2026-11-24", trigger="fought"))
    assert article_days_disagree(sequel, tuesday) and not compatible(sequel, tuesday, CFG)
    assert compatible(sequel, tuesday, _with(article_day=False))
    (thursday,) = _reports("a3", "2026-11-27T12:00:00+01:00", _event(
        "e3", "a3", "Gunmen burned the gendarmerie post in Bamenda late on Thursday.", "2026-11-26",
        trigger="burned"))
    assert not article_days_disagree(sequel, thursday)


def test_an_article_naming_two_days_or_an_old_one_lends_none() -> None:
    monday = _event("e1", "a1", "Gunmen shot dead a driver in Bamenda on Monday.", "2026-11-23")
    tuesday = _event("e2", "a1", "Gunmen shot dead a trader in Bamenda on Tuesday.", "2026-11-24")
    sequel = _sequel("2026-11-25T09:00:00+01:00", monday, tuesday)
    assert not any(v.startswith(ARTICLE_DAY) for v in sequel.signals)
    old = _event("e1", "a1", "Gunmen shot dead a driver in Bamenda on Monday.", "2026-11-16")
    assert not any(v.startswith(ARTICLE_DAY) for v in _sequel("2026-11-25T09:00:00+01:00", old).signals)


# -- a date expression never runs across a paragraph break (truce.time.expressions) ---------------------------
def test_a_numbered_item_after_a_paragraph_break_is_no_day_of_the_month() -> None:
    from truce.time import find_expressions

    text = "The commission could not verify an attack in Bamenda on 3 September.\n\n4. On 7 September, it said"
    assert [e.text.rstrip(".") for e in find_expressions(text)] == ["3 September", "7 September"]
    assert [e.text for e in find_expressions("shot on September\n4 near the market")] == ["September\n4"]
