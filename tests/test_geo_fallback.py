"""Event places that hold when the event's own words give no town (issue 11, geo7): our own sentences.

The fallback order: the trigger's place, the sentence, the paragraph, the article's most specific place
inside the country or state the event names (rule ``+article``, a note and a lower score), a dateline
(never when the sentence names another place), a town named only in a local agency's name, the country.
"""

from __future__ import annotations

import pytest

from truce.config import TruceConfig
from truce.evaluate.geo import coarse_while_finer
from truce.geo import Geoparser
from truce.records import Article, CodedArticle, Event, EventLocation, Place
from truce.settings import load_settings


@pytest.fixture(scope="module")
def geo() -> Geoparser:
    return Geoparser(TruceConfig())


def _event(text: str, trigger: str, sentence: str) -> Event:
    s0 = text.index(sentence)
    t0 = text.index(trigger, s0)
    return Event(id="e", article_id="t", event="ASSAULT", trigger=trigger, trigger_start=t0,
                 trigger_end=t0 + len(trigger), sentence=sentence, sentence_start=s0)


def _locate(geo: Geoparser, nlp, text: str, trigger: str, sentence: str) -> EventLocation:
    doc = nlp(text)
    art = Article(id="t", text=text)
    return geo.locate_events([_event(text, trigger, sentence)], geo.find_places(doc, art), doc, art)[0].location


def test_a_country_named_by_the_event_takes_the_articles_town_inside_it(geo: Geoparser, nlp) -> None:
    text = ("Bandits abducted twenty villagers in Tsafe late on Wednesday, residents said.\n\n"
            "The gunmen came on motorcycles.\n\n"
            "More soldiers were deployed across Nigeria on Friday.")
    sent = "More soldiers were deployed across Nigeria on Friday."
    loc = _locate(geo, nlp, text, "deployed", sent)
    assert loc.text == "Tsafe" and loc.country == "NGA" and loc.rule.endswith("+article")
    assert loc.precision == "country"  # the point is the article's town; the certainty is what the words give
    assert loc.note and "Nigeria" in loc.note and "Tsafe" in loc.note


def test_a_statement_naming_the_country_keeps_the_country(geo: Geoparser, nlp) -> None:
    text = ("Bandits abducted twenty villagers in Tsafe late on Wednesday, residents said.\n\n"
            "The United Nations called for calm across Nigeria on Friday.")
    sent = "The United Nations called for calm across Nigeria on Friday."
    event = _event(text, "called", sent)
    event.event = "REQUEST"
    doc = nlp(text)
    art = Article(id="t", text=text)
    loc = geo.locate_events([event], geo.find_places(doc, art), doc, art)[0].location
    assert loc.text == "Nigeria" and not loc.rule.endswith("+article")


def test_without_the_fallback_the_event_stays_at_the_country(nlp) -> None:
    geo = Geoparser(TruceConfig(settings=load_settings(overrides={"geo": {"article_fallback": 0}})))
    text = ("Bandits abducted twenty villagers in Tsafe late on Wednesday, residents said.\n\n"
            "More soldiers were deployed across Nigeria on Friday.")
    loc = _locate(geo, nlp, text, "deployed", "More soldiers were deployed across Nigeria on Friday.")
    assert loc.precision == "country" and loc.country == "NGA"


def test_a_town_of_another_country_is_no_refinement(geo: Geoparser, nlp) -> None:
    text = ("Officials in Garissa said the road had reopened.\n\n"
            "Troops were deployed across Somalia on Friday.")
    loc = _locate(geo, nlp, text, "deployed", "Troops were deployed across Somalia on Friday.")
    assert loc.country == "SOM" and loc.precision == "country" and not loc.rule.endswith("+article")


def test_a_dateline_after_the_pages_headline_is_the_dateline(geo: Geoparser, nlp) -> None:
    text = ("Traders block the highway\n\nShare this story\n\nQUETTA, June 11 - Hundreds of traders protested "
            "on Thursday.\n\nPolice said talks would continue.")
    loc = _locate(geo, nlp, text, "said", "Police said talks would continue.")
    assert loc.rule == "dateline" and loc.text == "QUETTA" and loc.country == "PAK"


def test_never_the_dateline_when_the_sentence_names_another_place(geo: Geoparser, nlp) -> None:
    text = "KYIV, June 3 (Wire) - Russia's defence ministry said its forces had struck targets overnight."
    sent = text[text.index("Russia"):]
    loc = _locate(geo, nlp, text, "struck", sent)
    assert loc is None or loc.rule != "dateline"


def test_a_town_named_only_in_a_local_agencys_name_places_the_event(geo: Geoparser, nlp) -> None:
    text = ("A 30-year-old man was arrested on Tuesday after a break-in at a pharmacy, "
            "the Huntsville Police Department said.\n\nOfficers recovered the stolen goods.")
    loc = _locate(geo, nlp, text, "arrested", text.split("\n\n")[0])
    assert loc.rule == "agency-place" and loc.text == "Huntsville" and loc.country == "USA"
    assert loc.note and "organisation" in loc.note


def test_an_article_without_a_resolved_place_takes_its_groups_country(geo: Geoparser, nlp) -> None:
    text = "Al-Shabaab fighters attacked an army base before dawn, killing four soldiers."
    loc = _locate(geo, nlp, text, "attacked", text)
    assert loc is not None and loc.rule == "context-country" and loc.country == "SOM" and loc.precision == "country"


def test_untagged_names_before_a_unit_phrase_are_places(geo: Geoparser, nlp) -> None:
    text = "Gunmen killed four farmers in Guma local government area of Benue State on Sunday."
    found = {p.text: p for p in geo.find_places(nlp(text), Article(id="t", text=text))}
    assert found["Guma"].country == "NGA" and found["Guma"].precision == "admin2"


@pytest.mark.parametrize("text,name", [
    ("Police shot two men in Giza's Haram district on Friday, Egyptian media said.", "Haram"),  # no Egyptian Haram
    ("Ms Walker district officials met farmers in Benue State.", "Walker"),  # a person before a unit word
])
def test_unit_phrase_names_are_guarded(geo: Geoparser, nlp, text: str, name: str) -> None:
    found = {p.text for p in geo.find_places(nlp(text), Article(id="t", text=text))}
    assert name not in found


def test_a_located_town_with_country_precision_is_not_country_only() -> None:
    from truce.evaluate.geo import country_only

    assert country_only(EventLocation(name="Nigeria", precision="country", lat=10.0, lon=8.0, feature_code="PCLI"))
    assert not country_only(EventLocation(name="Tsafe", precision="country", lat=11.96, lon=6.92,
                                          feature_code="PPL", rule="sentence+article"))


def test_the_coarse_named_figure_counts_country_and_missing_places_by_scope() -> None:
    text = "Gunmen attacked Tsafe.\n\nNigeria said more. Nothing else."
    tsafe = Place(text="Tsafe", start=16, end=21, name="Tsafe", country="NGA", precision="city")
    nigeria = Place(text="Nigeria", start=24, end=31, name="Nigeria", country="NGA", precision="country")
    fine = Event(id="a", article_id="t", event="ASSAULT", trigger="attacked", sentence="Gunmen attacked Tsafe.",
                 sentence_start=0, location=EventLocation(name="Tsafe", precision="city", country="NGA"))
    coarse = Event(id="b", article_id="t", event="ASSAULT", trigger="said", sentence="Nigeria said more.",
                   sentence_start=24, location=EventLocation(name="Nigeria", precision="country", country="NGA",
                                                             feature_code="PCLI"))
    none = Event(id="c", article_id="t", event="ASSAULT", trigger="else", sentence="Nothing else.",
                 sentence_start=43)
    item = CodedArticle(article=Article(id="t", text=text), events=[fine, coarse, none], places=[tsafe, nigeria])
    out = coarse_while_finer([item])
    assert out["events"] == 3 and out["country"] == 1 and out["none"] == 1 and out["article"] == 2
    assert out["share"] == round(2 / 3, 4)


def test_a_name_no_gazetteer_carries_is_placed_at_the_nearest_town(geo: Geoparser, nlp) -> None:
    text = ("Residents of Peshawar said the market reopened.\n\n"
            "In Toronto, two men were taken to St. Gregory's Hospital after the crash, police said.")
    doc = nlp(text)
    art = Article(id="t", text=text)
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Peshawar", "Toronto", "St. Gregory's Hospital")]
    placed = {p.text: p for p in geo.resolve_spans(doc, art, spans)}
    hospital = placed["St. Gregory's Hospital"]
    assert hospital.name == "Toronto" and hospital.precision == "city"  # its paragraph's town, not Peshawar
    assert hospital.note and hospital.note.startswith("no gazetteer entry")


def test_without_a_town_an_unknown_name_stays_unresolved(geo: Geoparser, nlp) -> None:
    text = "Talks on Syria resumed, and aid reached Kafr Zubaydiyat on Monday."
    doc = nlp(text)
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Syria", "Kafr Zubaydiyat")]
    placed = {p.text: p for p in geo.resolve_spans(doc, Article(id="t", text=text), spans)}
    assert placed["Kafr Zubaydiyat"].name is None


def test_the_local_fallback_can_be_turned_off(nlp) -> None:
    geo = Geoparser(TruceConfig(settings=load_settings(overrides={"geo": {"local_fallback": 0}})))
    text = "In Toronto, two men were taken to St. Gregory's Hospital after the crash."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Toronto", "St. Gregory's Hospital")]
    placed = {p.text: p for p in geo.resolve_spans(nlp(text), Article(id="t", text=text), spans)}
    assert placed["St. Gregory's Hospital"].name is None


@pytest.mark.parametrize("text,name,lat,lon", [
    ("Wildfires forced evacuations across Alberta on Monday.", "Alberta", 52.28, -117.47),
    ("Drought hit South Australia again this year.", "South Australia", -30.0, 135.0),
    ("Voters in Texas went to the polls.", "Texas", 31.25, -99.25),
])
def test_first_level_units_sit_at_geonames_points(geo: Geoparser, nlp, text: str, name: str, lat: float,
                                                  lon: float) -> None:
    from truce.geo.distance import haversine_km

    found = {p.text: p for p in geo.find_places(nlp(text), Article(id="t", text=text))}
    place = found[name]
    assert place.precision == "admin1" and haversine_km(place.lat, place.lon, lat, lon) < 5


def test_a_recognised_unknown_name_needs_a_local_word_for_the_fallback(geo: Geoparser, nlp) -> None:
    from truce.geo.recognize import Mention
    from truce.geo.resolve import resolve_mentions

    text = "In Toronto, Dana Okafor spoke outside Bellwood Hospital."
    town = Mention("Toronto", 3, 10, "ner", label="GPE")
    person = Mention("Dana Okafor", 12, 23, "ner", label="GPE")  # a person the parser misread as a place
    hospital = Mention("Bellwood Hospital", 38, 55, "ner", label="ORG")
    out = resolve_mentions(geo.gazetteer, [town, person, hospital], text, geo.settings)
    assert out[1].entry < 0 and out[2].via == "local-fallback"


def test_a_region_named_by_the_event_takes_a_town_of_the_article_near_it(geo: Geoparser, nlp) -> None:
    text = "Gunmen opened fire on a bus in Kashmir on Tuesday.\n\nThe attack took place near the town of Reasi, police in India said."
    loc = _locate(geo, nlp, text, "opened", text.split("\n\n")[0])  # Kashmir: the region (India is named)
    assert loc.text == "Reasi" and loc.rule.endswith("+article") and loc.precision == "region"


def test_a_far_town_does_not_refine_a_region(nlp) -> None:
    geo = Geoparser(TruceConfig(settings=load_settings(overrides={"geo": {"region_refine_km": 50.0}})))
    text = "Gunmen opened fire on a bus in Kashmir on Tuesday.\n\nThe attack took place near the town of Reasi, police in India said."
    loc = _locate(geo, nlp, text, "opened", text.split("\n\n")[0])
    assert loc.text == "Kashmir" and not loc.rule.endswith("+article")
