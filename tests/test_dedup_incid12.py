"""Rules of branch incid12 (issue 12, clustering that separates happenings): our own sentences and
hand-built reports; each rule with the case it joins and the case it must leave alone."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from spacy.language import Language

from truce.config import TruceConfig
from truce.dedup.clusters import compatible, modes_compatible
from truce.dedup.reports import Ref, Report, dateline_only, report_of
from truce.dedup.text import sentence as normalise
from truce.records import Article, CodedArticle, Event, EventLocation, Modality
from truce.settings import load_settings

sys.path.insert(0, str(Path(__file__).parent))
from test_time_events import date_one  # noqa: E402

CFG = TruceConfig().settings.dedup
DAY = date(2026, 11, 13).toordinal()


def _with(**values) -> object:
    return load_settings(overrides={"dedup": values}).dedup


# -- dates: a name is no date; the day of "said" is the report's ------------------------------
def test_a_date_inside_an_organisations_name_is_no_date(nlp: Language) -> None:
    ev = date_one(nlp, "Fighters of the March 23 Movement attacked Rubaya on Tuesday.", "attacked")
    assert (ev.date, ev.date_text) == ("2026-03-03", "Tuesday")  # not 23 March
    ev = date_one(nlp, "The March 23 Movement shelled the town of Sake, killing three civilians.", "shelled")
    assert ev.date_precision == "reported"  # no date of its own: the report's
    # a real 23 March stays a date
    ev = date_one(nlp, "Rebels attacked Rubaya on March 2, officials said.", "attacked")
    assert (ev.date, ev.date_precision) == ("2026-03-02", "day")


def test_a_date_between_said_and_the_reported_clause_dates_the_report(nlp: Language) -> None:
    # the parser hangs "on Friday" on "stormed"; it stands before the reported clause's subject
    ev = date_one(nlp, "The ELN said on Friday its fighters had stormed a police post in Sardinata and killed "
                       "two officers.", "stormed")
    assert (ev.date, ev.date_precision) == ("2026-02-27", "reported")
    # after the subject it is the act's
    ev = date_one(nlp, "The ADF said its fighters raided a camp near Oicha on Sunday.", "raided")
    assert (ev.date, ev.date_precision) == ("2026-03-01", "day")


def test_a_said_read_as_a_conjunct_of_the_act_dates_the_report(nlp: Language) -> None:
    ev = date_one(nlp, "Rebels killed six people in Kalehe, not four as first reported, the local chief, Mwami "
                       "Bisimwa, said on Monday.", "killed")
    assert (ev.date, ev.date_precision) == ("2026-03-02", "reported")
    assert "coordinated-clause, date of the report" in ev.explanation[-1]
    # a conjunct act keeps its own day
    ev = date_one(nlp, "Gunmen killed two guards on Saturday and burned a school on Sunday.", "burned")
    assert (ev.date, ev.date_precision) == ("2026-03-01", "day")


# -- the dateline's city is no place of the happening (dateline_places_coarse) ----------------
def _coded(text: str, sentence: str, loc: EventLocation, city: str | None) -> tuple[Event, CodedArticle]:
    art = Article(id="a1", text=text, published="2026-11-10T08:00:00+01:00", source="Wire")
    if city:
        art.meta["dateline_city"] = city
    start = text.index(sentence)
    ev = Event(id="e1", article_id="a1", event="ASSAULT", trigger="killed", trigger_start=start,
               trigger_end=start + 6, sentence=sentence, sentence_start=start, modality=Modality(),
               location=loc, date="2026-11-09", date_precision="day")
    return ev, CodedArticle(article=art, events=[ev])


YAOUNDE = EventLocation(name="Yaoundé", geonameid=2220957, lat=3.87, lon=11.52, country="CMR", precision="city",
                        rule="paragraph")


def test_a_report_placed_at_its_dateline_city_that_its_sentence_does_not_name_is_coarse() -> None:
    sent = "Two gendarmes were killed in an attack by separatists in Cameroon's North-West region on Monday."
    ev, coded = _coded("YAOUNDE, Nov 10 (Wire) - " + sent, sent, YAOUNDE, "YAOUNDE")
    assert dateline_only(ev, coded)
    r = report_of(ev, coded, CFG)
    assert (r.precise, r.place, r.country) == (False, None, "CMR")
    assert report_of(ev, coded, _with(dateline_places_coarse=False)).precise


def test_a_dateline_city_the_sentence_names_or_another_rule_keeps_its_place() -> None:
    sent = "Two gendarmes were killed in an attack in Yaounde on Monday."
    ev, coded = _coded("YAOUNDE, Nov 10 (Wire) - " + sent, sent, YAOUNDE, "YAOUNDE")
    assert not dateline_only(ev, coded) and report_of(ev, coded, CFG).precise
    other = "Two gendarmes were killed in an attack on Monday."
    ev, coded = _coded("YAOUNDE, Nov 10 (Wire) - " + other, other, replace(YAOUNDE, rule="attached-to-trigger"),
                       "YAOUNDE")
    assert not dateline_only(ev, coded)  # the locate stage found the place in the sentence's own words
    ev, coded = _coded("BAMENDA - " + other, other, YAOUNDE, "BAMENDA")
    assert not dateline_only(ev, coded)  # another city than the dateline's


# -- modes: destroy meets every mode; shells and bombs are one family -------------------------
def _report(rid: str, sentence: str, mode: str | None, *, ll: tuple[float, float] | None = None,
            place: str | None = None, actors: tuple[Ref, ...] = ()) -> Report:
    lat, lon = ll if ll else (None, None)
    return Report(id=rid, article_id="a" + rid, event="ASSAULT", mode=mode, lo=DAY, hi=DAY, minute=None,
                  basis="text", precision="day", own_date=None, date=None, date_text=None, ref_day=None,
                  precise=ll is not None, lat=lat, lon=lon, place=place.lower() if place else None,
                  loc_name=place, country="NGA", actors=actors, tokens=normalise(sentence).tokens,
                  sentence=sentence)


def test_property_destruction_is_compatible_with_every_mode() -> None:
    burned = _report("b", "Fighters attacked the base in Marte, killing five soldiers and burning three armoured "
                          "vehicles.", "destroy")
    stormed = _report("s", "Insurgents stormed the base in Marte town after a gun battle.", "heavy-weapons",
                      ll=(12.36, 13.83), place="Marte")
    assert modes_compatible("destroy", "heavy-weapons", CFG)
    assert compatible(burned, stormed, CFG)
    assert not compatible(burned, stormed, _with(secondary_modes=[]))
    # two modes of different families stay apart away from one spot
    shot = replace(burned, mode="firearms")
    assert not compatible(shot, stormed, CFG)


def test_shells_and_bombs_are_one_family_but_not_air_strikes() -> None:
    assert modes_compatible("heavy-weapons", "explosives", CFG)
    assert not modes_compatible("heavy-weapons", "explosives", _with(mode_families=[]))
    assert not modes_compatible("heavy-weapons", "aerial", CFG)
    assert not modes_compatible("firearms", "explosives", CFG)
