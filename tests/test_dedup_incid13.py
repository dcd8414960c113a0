"""Rules of branch incid13 (issue 12, incident clustering that holds on dense local news): our own sentences and
hand-built reports; each rule with the case it changes and the case it must leave alone."""

from __future__ import annotations

from truce.config import TruceConfig
from truce.dedup.reports import day_parts, parts_disagree, report_of, road_end_only
from truce.records import Article, CodedArticle, Event, EventLocation, Modality
from truce.settings import load_settings

CFG = TruceConfig().settings.dedup
SLACK = int(CFG.part_slack_hours)


def _with(**values) -> object:
    return load_settings(overrides={"dedup": values}).dedup


# -- background: a region's history is no happening (truce.events.habitual) --------------------------
def test_a_regions_years_of_violence_is_background(pipe) -> None:
    for text in ("Cabo Delgado has been hit by years of violence.",
                 "Benue has been hit by years of deadly clashes between farmers and herders over land."):
        found = [e for e in pipe.code_text(text).events if e.event == "ASSAULT"]
        assert found and all(e.background for e in found), text


def test_a_happening_beside_a_span_of_time_stays_a_report(pipe) -> None:
    # "months of fighting" is background, the retaking after it is not; "in years" is no span filled
    events = pipe.code_text("After months of fighting, troops retook the town of Kitchanga on Sunday.").events
    assert any(e.event == "COERCE" and not e.background for e in events)
    events = pipe.code_text("Rebels attacked the town of Rutshuru on Friday, the deadliest attack in years.").events
    assert any(e.event == "ASSAULT" and not e.background for e in events)
    events = pipe.code_text("The town has been hit by mortar fire twice this week.").events
    assert any(e.event == "ASSAULT" and not e.background for e in events)


# -- a town inside an organisation's name (truce.geo) -------------------------------------------------
def _place(pipe, text: str) -> EventLocation | None:
    events = [e for e in pipe.code_text(text).events if e.event == "ASSAULT"]
    assert events, text
    return events[0].location


def test_a_radio_named_after_a_town_does_not_place_the_report(pipe) -> None:
    loc = _place(pipe, "A truck driver was shot dead when gunmen opened fire on his lorry on Sunday night, a "
                       "relative told Yei Community Radio.")
    assert loc is None or loc.name != "Yei"
    loc = _place(pipe, "Gunmen killed three farmers on Monday, a local chief told the Bunia-based Radio Canal "
                       "Amani.")
    assert loc is None or loc.name != "Bunia"


def test_a_local_agencys_town_still_places_the_report(pipe) -> None:
    loc = _place(pipe, "Two people were shot dead overnight, the Pulaski County Sheriff's Office said.")
    assert loc is not None and loc.rule == "agency-place"


# -- one night, two named days (truce.dedup.reports.day_parts) -----------------------------------------
def _dated(sentence: str, day: str) -> Event:
    return Event(id="e", article_id="a", event="ASSAULT", trigger="attacked", sentence=sentence,
                 modality=Modality(), date=day, date_precision="day", date_source="text")


class _R:
    def __init__(self, signals: set[str]) -> None:
        self.signals = frozenset(signals)


def test_late_on_one_day_and_early_on_the_next_share_the_night() -> None:
    late = day_parts(_dated("Gunmen attacked the market late on Tuesday.", "2026-11-17"), SLACK)
    early = day_parts(_dated("Armed men raided the market early on Wednesday.", "2026-11-18"), SLACK)
    assert late & early == {"h:2026-11-17/2026-11-18"}
    assert not parts_disagree(_R(late), _R(early))


def test_two_parts_of_one_day_still_disagree_and_an_evening_clock_has_no_night() -> None:
    late = day_parts(_dated("Gunmen attacked the market late on Tuesday.", "2026-11-17"), SLACK)
    dawn = day_parts(_dated("Gunmen attacked the market at dawn on Tuesday.", "2026-11-17"), SLACK)
    assert parts_disagree(_R(late), _R(dawn))  # the night before Tuesday is not the night after it
    evening = day_parts(_dated("Gunmen attacked the market.", "2026-11-17T17:10:00+02:00"), SLACK)
    assert evening and not any("/" in v for v in evening)
    night = day_parts(_dated("Gunmen attacked the market.", "2026-11-17T23:40:00+02:00"), SLACK)
    assert "h:2026-11-17/2026-11-18" in night


# -- a town named only as one end of a road (truce.dedup.reports.road_end_only) ------------------------
MAKURDI = EventLocation(name="Makurdi", lat=7.73, lon=8.52, country="NGA", precision="city",
                        rule="attached-to-trigger")


def _coded(text: str, loc: EventLocation) -> tuple[Event, CodedArticle]:
    art = Article(id="a1", text=text, published="2026-11-23T09:00:00+01:00", source="Wire")
    ev = Event(id="e1", article_id="a1", event="ASSAULT", trigger="shot", trigger_start=text.index("shot"),
               trigger_end=text.index("shot") + 4, sentence=text, sentence_start=0, modality=Modality(),
               location=loc, date="2026-11-22", date_precision="day")
    return ev, CodedArticle(article=art, events=[ev])


def test_a_town_named_only_as_a_roads_end_is_no_place_of_the_happening() -> None:
    text = "Two policemen were shot dead at a checkpoint on the Gboko-Makurdi road on Sunday."
    ev, coded = _coded(text, MAKURDI)
    assert road_end_only(ev, text)
    r = report_of(ev, coded, CFG)
    assert (r.precise, r.place, r.country) == (False, None, "NGA")
    assert report_of(ev, coded, _with(road_ends_coarse=False)).precise
    assert road_end_only(*_coded("A driver was shot dead on the road between Gboko and Makurdi.", MAKURDI)[:1],
                         "A driver was shot dead on the road between Gboko and Makurdi.")


def test_a_town_named_beside_its_road_keeps_its_place() -> None:
    text = "Two policemen were shot dead in Makurdi, on the Gboko-Makurdi road, on Sunday."
    ev, coded = _coded(text, MAKURDI)
    assert not road_end_only(ev, text) and report_of(ev, coded, CFG).precise
    text = "Two policemen were shot dead on Makurdi's Gboko Road on Sunday."
    assert not road_end_only(_coded(text, MAKURDI)[0], text)  # a street of the town, named after another
    text = "Two policemen were shot dead on the Gboko-Makurdi Road on Sunday."
    assert road_end_only(_coded(text, MAKURDI)[0], text)



# -- a follow-up of another type names its happening with a day (truce.events.assemble._named_reference) -----
def _coded_text(pipe, text: str) -> CodedArticle:
    art = Article(id="f1", text=text, published="2026-11-20T17:00:00+02:00", source="Wire")
    return next(iter(pipe.code_articles([art])))


def test_an_arrest_over_a_named_days_killing_keeps_a_reference_for_clustering(pipe) -> None:
    from truce.dedup.reports import follow_up_reference
    from truce.events.classes import main_event

    coded = _coded_text(pipe, "Police in Yei arrested three men over Monday's shooting of a trader.")
    refs = [e for e in coded.events if e.event == "ASSAULT"]
    assert refs and all(e.background for e in refs)  # no new happening: background, never counted
    assert any(follow_up_reference(e, coded.article.published, CFG) for e in refs)
    assert main_event([e for e in coded.events if not e.background]).event == "COERCE"
    coded = _coded_text(pipe, "Protesters marched in Juba over Monday's killing of a student.")
    assert main_event(coded.events).event == "PROTEST"  # the reference never becomes the sentence's event


def test_a_reference_without_its_own_day_makes_no_event(pipe) -> None:
    coded = _coded_text(pipe, "Police arrested three men over the killing of two officers at a checkpoint in Yei.")
    assert not [e for e in coded.events if e.event == "ASSAULT"]
