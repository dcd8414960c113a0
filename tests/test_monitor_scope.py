"""Monitor scope for imprecise places: a country-level event is judged only by truces whose area covers
(part of) its country, and inside such a country the places its sentence names decide."""

from __future__ import annotations

import pytest

from truce.monitor import NOT_COVERED, POSSIBLE, VIOLATION, judge, loads_truce
from truce.monitor.countries import area_countries
from truce.records import ActorRef, Event, EventLocation, Place

HEAD = """
name: local truce
timezone: America/Bogota
sources: [a test]
start: 2026-06-01 00:00
parties:
  - {id: gov, name: Government of Colombia, accepted: 2026-06-01, match: [{country: COL, sector: [MIL]}]}
prohibited:
  - {event: ASSAULT}
"""
CIRCLE = HEAD + """
area:
  places:
    - {name: Ocana, lat: 8.2378, lon: -73.3560, radius_km: 15}
"""
POLYGON = HEAD + """
area:
  polygons:
    - name: Catatumbo
      geojson: {type: Polygon, coordinates: [[[-73.4, 8.45], [-73.05, 7.95], [-72.55, 8.4], [-72.55, 9.05],
                                              [-73.2, 9.05], [-73.4, 8.45]]]}
"""
DECLARED = HEAD + """
area:
  places:
    - {name: somewhere, lat: 8.2378, lon: -73.3560, radius_km: 15, countries: [VEN]}
"""
TROOPS = ActorRef("troops", country="COL", sector="MIL")


def country_level(country: str, name: str) -> EventLocation:
    centres = {"COL": (4.0, -72.0), "VEN": (8.0, -66.0), "ECU": (-1.8, -78.2)}
    lat, lon = centres[country]
    return EventLocation(name=name, lat=lat, lon=lon, country=country, precision="country")


def event(where: EventLocation | None, sentence: str = "Troops clashed with rebels.", article: str = "a1") -> Event:
    return Event(id="e1", article_id=article, event="ASSAULT", actor=[TROOPS], sentence=sentence,
                 sentence_start=100, location=where, date="2026-06-05", date_precision="day")


@pytest.fixture(scope="module", params=["circle", "polygon"])
def truce(request):
    return loads_truce(CIRCLE if request.param == "circle" else POLYGON)


def test_shapes_know_their_country(truce):
    assert area_countries(truce.units[0].area[0].include) == {"COL"}


def test_declared_countries_win_over_inference():
    chain = loads_truce(DECLARED)
    assert area_countries(chain.units[0].area[0].include) == {"VEN"}


@pytest.mark.parametrize(("country", "name"), [("VEN", "Venezuela"), ("ECU", "Ecuador")])
def test_country_level_event_in_another_country_is_out(truce, country, name):
    (v,) = judge([event(country_level(country, name))], truce)
    assert v.verdict == NOT_COVERED and v.rule == "scope"
    assert any(f"not in {country}" in r for r in v.reasons)


def test_country_level_event_in_the_truce_country_is_possible_when_nothing_places_it(truce):
    (v,) = judge([event(country_level("COL", "Colombia"))], truce)
    assert v.verdict == POSSIBLE
    assert any("nothing places it elsewhere" in r for r in v.reasons)


def test_a_town_in_the_sentence_outside_the_area_places_it_out(truce):
    sentence = "Troops clashed with rebels near Arauca."
    places = {"a1": [Place("Arauca", 100 + sentence.index("Arauca"), 100 + sentence.index("Arauca") + 6,
                           name="Arauca", lat=7.084, lon=-70.759, country="COL", precision="city")]}
    (v,) = judge([event(country_level("COL", "Colombia"), sentence)], truce, places=places)
    assert v.verdict == NOT_COVERED
    assert any("place it at Arauca" in r for r in v.reasons)


def test_a_town_in_the_sentence_inside_the_area_keeps_it_possible(truce):
    sentence = "Troops clashed with rebels outside Ocana."
    at = 100 + sentence.index("Ocana")
    inside = 8.2378, -73.3560
    if truce.units[0].area[0].include.polygons:
        inside = 8.639, -72.736  # Tibu
    places = {"a1": [Place("Ocana", at, at + 5, name="Ocana", lat=inside[0], lon=inside[1], country="COL",
                           precision="city"),
                     Place("Cucuta", 0, 6, name="Cucuta", lat=7.907, lon=-72.505, country="COL",  # dateline
                           precision="city")]}
    (v,) = judge([event(country_level("COL", "Colombia"), sentence)], truce, places=places)
    assert v.verdict == POSSIBLE
    assert any("inside the area" in r for r in v.reasons)


def test_unplaced_event_placed_by_its_sentence(truce):
    sentence = "Gunmen attacked a post near Urena."
    at = 100 + sentence.index("Urena")
    places = {"a1": [Place("Urena", at, at + 5, name="Urena", lat=7.922, lon=-72.444, country="VEN",
                           precision="city")]}
    (v,) = judge([event(None, sentence)], truce, places=places)
    assert v.verdict == NOT_COVERED


def test_precise_place_inside_is_a_violation(truce):
    where = EventLocation(name="Tibu", lat=8.2378, lon=-73.3560, country="COL", precision="city")
    if truce.units[0].area[0].include.polygons:
        where = EventLocation(name="Tibu", lat=8.639, lon=-72.736, country="COL", precision="city")
    (v,) = judge([event(where)], truce)
    assert v.verdict == VIOLATION


def test_libya_sample_truce_never_judges_other_countries():
    from truce.monitor import example_truce

    chain = example_truce()
    where = EventLocation(name="Tunisia", lat=34.0, lon=9.0, country="TUN", precision="country")
    e = Event(id="e1", article_id="a1", event="ASSAULT", actor=[TROOPS], sentence="x", location=where,
              date="2026-03-05", date_precision="day")
    (v,) = judge([e], chain)
    assert v.verdict == NOT_COVERED and v.rule == "scope"


def dateline(name: str, lat: float, lon: float, country: str = "COL") -> EventLocation:
    return EventLocation(name=name, lat=lat, lon=lon, country=country, precision="city", rule="dateline")


def test_a_dateline_alone_does_not_place_an_event_in_a_local_area(truce):
    (v,) = judge([event(dateline("Bogota", 4.61, -74.08))], truce)  # filed from the capital
    assert v.verdict == POSSIBLE
    assert any("placed only by its dateline" in r and "nothing places it elsewhere" in r for r in v.reasons)


def test_a_dateline_the_sentence_names_too_is_precise(truce):
    where = dateline("Tibu", 8.639, -72.736) if truce.units[0].area[0].include.polygons else \
        dateline("Ocana", 8.2378, -73.3560)
    (v,) = judge([event(where, sentence=f"Rebels attacked a post near {where.name}.")], truce)
    assert v.verdict == VIOLATION


def test_a_dateline_in_an_excluded_sub_area_is_out():
    from truce.monitor import example_truce

    sabha = EventLocation(name="Sabha", lat=27.0377, lon=14.4283, country="LBY", precision="city", rule="dateline")
    e = Event(id="e1", article_id="a1", event="ASSAULT", actor=[ActorRef("army", country="LBY", sector="MIL")],
              sentence="Troops struck a camp west of the city.", sentence_start=0, location=sabha,
              date="2026-03-05", date_precision="day")
    (v,) = judge([e], example_truce())
    assert v.verdict == NOT_COVERED and any("excluded sub-area" in r for r in v.reasons)


def test_an_event_without_any_date_is_not_judged(truce):
    lat, lon = (8.639, -72.736) if truce.units[0].area[0].include.polygons else (8.2378, -73.3560)
    e = event(EventLocation(name="inside", lat=lat, lon=lon, country="COL", precision="city"))
    e.date = None
    (v,) = judge([e], truce)
    assert v.verdict == NOT_COVERED and any("no date" in r for r in v.reasons)


def test_the_dateline_town_reached_through_the_paragraph_is_only_the_dateline(truce):
    """"BOGOTA, June 8 - Troops clashed with rebels overnight, without saying where": the geoparser
    placed the clash at Bogota by its paragraph (the dateline is in the first paragraph). The story
    names Bogota nowhere else, so it is only where the report was filed: possible, shown as its
    country; a story that names the town again keeps the place."""
    bogota = EventLocation(name="Bogotá", geonameid=3688689, lat=4.61, lon=-74.08, country="COL", precision="city",
                           rule="paragraph")
    line = Place("BOGOTA", 0, 6, name="Bogotá", geonameid=3688689, lat=4.61, lon=-74.08, country="COL",
                 precision="city")
    (v,) = judge([event(bogota)], truce, places={"a1": [line]})
    assert v.verdict == POSSIBLE and v.filed_from == "Bogotá"
    assert v.where() == ("COL", None, None)
    again = Place("Bogota", 300, 306, name="Bogotá", geonameid=3688689, lat=4.61, lon=-74.08, country="COL",
                  precision="city")
    (v,) = judge([event(bogota)], truce, places={"a1": [line, again]})
    assert v.verdict == NOT_COVERED and v.filed_from is None
    own = EventLocation(name="Bogotá", geonameid=3688689, lat=4.61, lon=-74.08, country="COL", precision="city",
                        rule="sentence")
    (v,) = judge([event(own, sentence="Troops clashed with rebels in Bogota.")], truce, places={"a1": [line]})
    assert v.verdict == NOT_COVERED


def test_deictic_words_that_name_another_place_do_not_point_at_the_dateline(truce):
    """"BAMAKO - An aircraft bombed a well in the village of Tinfadimata, about 40 km east of Gao": the
    geoparser knew neither name and placed the strike at the dateline's town by its paragraph. "the
    village of X" names a village and "east of Gao" places it from another town: the dateline's town is
    only where the report was filed (possible, as a country-level event), not where it happened."""
    from truce.monitor.engine import points_at_dateline

    assert points_at_dateline("Troops struck a camp west of the city.")
    assert points_at_dateline("Gunmen attacked a shop on the outskirts of the town.")
    assert not points_at_dateline("An aircraft bombed a well in the village of Tinfadimata.")
    assert not points_at_dateline("Fighters seized two posts south of Ansongo, forcing soldiers back towards the town.")
    assert not points_at_dateline("Gunmen attacked a market on the outskirts of Gao.")
    bogota = EventLocation(name="Bogotá", geonameid=3688689, lat=4.61, lon=-74.08, country="COL", precision="city",
                           rule="paragraph")
    line = Place("BOGOTA", 0, 6, name="Bogotá", geonameid=3688689, lat=4.61, lon=-74.08, country="COL",
                 precision="city")
    named = event(bogota, sentence="Troops shelled the village of Miraflores, 40 km east of Cucuta.")
    (v,) = judge([named], truce, places={"a1": [line]})
    assert v.verdict == POSSIBLE and v.filed_from == "Bogotá"
    pointing = event(bogota, sentence="Troops shelled a camp on the outskirts of the city.")
    (v,) = judge([pointing], truce, places={"a1": [line]})
    assert v.verdict == NOT_COVERED  # Bogota itself, outside the local area


def test_a_dateline_read_as_its_region_does_not_place_the_event_either():
    """"GAO, Mali -" resolved to the Gao region (a region and its capital share the name): an event the
    geoparser placed there only through the dateline is judged like a country-level one, not as an
    event known to be somewhere in that region."""
    chain = loads_truce(HEAD.replace("America/Bogota", "Africa/Bamako") + """
area:
  admin1: [Gao]
""")
    region = EventLocation(name="Gao", lat=15.3358, lon=-1.7115, country="MLI", admin1="Gao", precision="admin1",
                           rule="dateline")
    e = Event(id="e1", article_id="a1", event="ASSAULT", actor=[TROOPS], sentence="Troops clashed with rebels.",
              sentence_start=100, location=region, date="2026-06-05", date_precision="day")
    (v,) = judge([e], chain)
    assert v.verdict == POSSIBLE
    assert any("placed only by its dateline" in r for r in v.reasons)
    e.location = EventLocation(name="Gao", lat=15.3358, lon=-1.7115, country="MLI", admin1="Gao",
                               precision="admin1", rule="sentence")
    (v,) = judge([e], chain)
    assert v.verdict == VIOLATION


BORDER = """
name: border truce
timezone: Asia/Yangon
sources: [a test]
start: 2026-10-05 12:00
parties:
  - {id: army, name: Myanmar military, accepted: 2026-10-05 12:00, match: [{country: MMR, sector: [MIL]}]}
prohibited:
  - {event: ASSAULT}
area:
  places:
    - {name: Muse, lat: 23.9974, lon: 97.9011, radius_km: 30%s}
"""
RUILI = EventLocation(name="Ruili", lat=24.0014, lon=97.865, country="CHN", precision="city")
MUSE = EventLocation(name="Mu-se", lat=23.9974, lon=97.9011, country="MMR", precision="city")


def border_event(where: EventLocation) -> Event:
    return Event(id="e1", article_id="a1", event="ASSAULT", actor=[ActorRef("troops", country="MMR", sector="MIL")],
                 sentence="Mortar shells landed in a market.", sentence_start=0, location=where,
                 date="2026-10-19", date_precision="day")


@pytest.mark.parametrize("declared", [", countries: [MMR]", ""])
def test_a_town_across_the_border_inside_a_circle_is_outside_the_area(declared):
    chain = loads_truce(BORDER % declared)
    (v,) = judge([border_event(RUILI)], chain)
    assert v.verdict == NOT_COVERED and v.rule == "scope"
    assert any("in CHN, and the area there lies in MMR" in r for r in v.reasons)
    (w,) = judge([border_event(MUSE)], chain)
    assert w.verdict == VIOLATION


def test_an_undeclared_border_circle_lies_in_its_parties_country():
    chain = loads_truce(BORDER % "")
    region = chain.units[0].area[0].include
    assert "CHN" in area_countries(region)  # the towns it holds: both sides of the border
    home = frozenset({"MMR"})
    assert area_countries(region, home=home) == home
    china = EventLocation(name="China", lat=35.0, lon=105.0, country="CHN", precision="country")
    (v,) = judge([border_event(china)], chain)
    assert v.verdict == NOT_COVERED and any("not in CHN" in r for r in v.reasons)


def test_a_party_without_a_country_leaves_the_inferred_countries():
    chain = loads_truce((BORDER % "").replace("match: [{country: MMR, sector: [MIL]}]", "aliases: [Tatmadaw]"))
    (v,) = judge([border_event(RUILI)], chain)
    assert v.rule != "scope"  # nothing says which side of the border the truce is about
