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


# -- a province or country says where, not which happening (place_words_evidence false) --------
def _coded_with(text: str, places: list) -> tuple[Event, CodedArticle]:
    art = Article(id="z1", text=text, published="2026-09-22T08:00:00+01:00", source="Wire")
    ev = Event(id="ez", article_id="z1", event="ASSAULT", trigger="kidnapped", trigger_start=text.index("kidnapped"),
               trigger_end=text.index("kidnapped") + 9, sentence=text, sentence_start=0, modality=Modality(),
               location=EventLocation(name="Tsafe", lat=11.96, lon=6.92, country="NGA", precision="admin2",
                                      geonameid=1, rule="sentence"), date="2026-09-21", date_precision="day")
    return ev, CodedArticle(article=art, events=[ev], places=places)


def _place(text: str, name: str, precision: str, start: int):
    from truce.records import Place

    return Place(text=text, start=start, end=start + len(text), name=name, precision=precision, country="NGA")


KUCHERI = "FUNTUA, Nigeria - Gunmen kidnapped 30 people in Kucheri, Tsafe local government area, Zamfara State."


def test_a_provinces_name_is_one_region_value_and_the_dateline_no_evidence() -> None:
    places = [_place("Zamfara", "Zamfara", "admin1", KUCHERI.index("Zamfara")),
              _place("Nigeria", "Nigeria", "country", KUCHERI.index("Nigeria"))]
    ev, coded = _coded_with(KUCHERI, places)
    sig = report_of(ev, coded, CFG).signals
    assert {"g:zamfara", "g:nigeria"} <= sig
    assert not {"w:zamfara", "c:zamfara state", "t:state", "t:local", "w:funtua", "w:nigeria"} & sig
    assert "w:kucheri" in sig and "w:tsafe" in sig  # the village and the district stay words
    old = report_of(ev, coded, _with(place_words_evidence=True)).signals
    assert "w:zamfara" in old and "g:zamfara" not in old


def _region_report(rid: str, ll: tuple[float, float] | None, signals: tuple[str, ...], *, event: str = "ASSAULT"
                   ) -> Report:
    r = _report(rid, "Gunmen attacked a village in Zamfara State.", "abduct", ll=ll, place=rid if ll else None)
    return replace(r, event=event, signals=frozenset(signals), precise=ll is not None)


def test_a_region_value_is_as_common_as_the_happenings_of_its_country() -> None:
    from truce.dedup.clusters import Stream, _Profile, common

    a = _region_report("a", (12.1, 6.2), ("g:zamfara", "w:kucheri"))
    b = _region_report("b", None, ("g:zamfara", "w:kucheri"))
    other = _region_report("c", (12.9, 5.6), ("w:dansadau",), event="COERCE")  # another town, same days
    stream = Stream([a, b, other], CFG)
    p = _Profile.of(a, b, CFG.day_slack)
    assert common("g:zamfara", p, stream, CFG)  # the other happening could have been told with it
    assert not common("w:kucheri", p, stream, CFG)
    quiet = Stream([a, b], CFG)
    assert not common("g:zamfara", p, quiet, CFG)


def test_two_districts_each_named_by_its_report_are_two_happenings() -> None:
    from truce.dedup.clusters import towns_disagree

    tsafe = replace(_report("t", "Gunmen kidnapped 30 people in Tsafe local government area on Monday.", "abduct"),
                    place="admin2:g1", loc_name="Tsafe", lat=11.96, lon=6.92)
    maru = replace(_report("m", "Gunmen killed 11 people in Maru local government area on Tuesday.", "destroy"),
                   place="admin2:g2", loc_name="Maru", lat=12.33, lon=6.40)
    assert towns_disagree(tsafe, maru) and not compatible(tsafe, maru, CFG)
    assert compatible(tsafe, maru, _with(towns_contradict=False))
    both = replace(maru, tokens=normalise("Gunmen from Tsafe killed 11 people in Maru local government area.").tokens)
    assert not towns_disagree(tsafe, both)
