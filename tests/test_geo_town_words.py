"""A small town the NER misses or calls a person, read where only a place stands, and a name shared by a
town and its province read as the town after a word for a part of a town (own sentences, verdict9)."""

from __future__ import annotations

import pytest

from truce.config import TruceConfig
from truce.geo import Geoparser
from truce.records import Article


@pytest.fixture(scope="module")
def geo() -> Geoparser:
    return Geoparser(TruceConfig())


def _places(geo: Geoparser, nlp, text: str):
    return geo.find_places(nlp(text), Article(id="t", text=text))


@pytest.mark.parametrize("text", [
    "PEMBA, Mozambique - Armed men stopped a truck on the road outside Mueda on Wednesday afternoon, police said, "
    "and took the driver away.",
    "PEMBA, Mozambique - A landmine wounded two soldiers on a dirt road near Mueda on Tuesday morning, medical staff "
    "said, days after the rains.",
    "PEMBA, Mozambique - A grenade thrown into Mueda market wounded four vendors on Tuesday.",
    "PEMBA, Mozambique - Youths set fire to tyres in the streets of the small town of Mueda on Friday.",
])
def test_a_small_town_of_the_articles_country_where_only_a_place_stands(geo, nlp, text) -> None:
    found = [p for p in _places(geo, nlp, text) if p.text == "Mueda"]
    assert found and found[0].country == "MOZ" and found[0].precision == "city", found


def test_a_town_word_does_not_read_a_name_of_another_country(geo, nlp) -> None:
    text = "PEMBA, Mozambique - The minister met Mr Palma near the harbour on Friday."
    assert not [p for p in _places(geo, nlp, text) if p.text == "Palma" and p.country == "ESP"]


@pytest.mark.parametrize("text", [
    "BAMAKO - Gunmen fired on a market in the centre of Kidal on Friday, wounding a trader.",
    "BAMAKO - Soldiers patrolled the streets of Kidal on Friday after a night of gunfire.",
])
def test_a_part_of_a_town_takes_the_town_not_its_region(geo, nlp, text) -> None:
    (place,) = [p for p in _places(geo, nlp, text) if p.text == "Kidal"]
    assert place.precision == "city" and place.country == "MLI"


def test_a_bare_name_keeps_the_region(geo, nlp) -> None:
    text = "BAMAKO - Mali's government said on Friday that security had improved across Kidal this year."
    (place,) = [p for p in _places(geo, nlp, text) if p.text == "Kidal"]
    assert place.precision == "admin1"
