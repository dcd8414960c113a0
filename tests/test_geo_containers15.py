"""A named container disambiguates the name inside it, alternate spellings where places stand, and an
organisation's name that runs on into a place (issue 12, geo15): our own sentences, none taken from a gold set.

Each behaviour is shown with its setting on and off, so the tests can fail.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from truce.config import TruceConfig
from truce.geo import Geoparser
from truce.geo.gazetteer import spelling_variants

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_geo_homonyms import _locate, _off, _places  # noqa: E402  (the geo12 tests' helpers, not a copy)


@pytest.fixture(scope="module")
def geo() -> Geoparser:
    return Geoparser(TruceConfig())


DISTRICT = ("Militiamen burned a health post in Dera district of South Gondar zone on Tuesday, two nurses "
            "told reporters in Amhara.")


def test_a_district_named_with_its_zone_is_read_inside_the_zone(geo: Geoparser, nlp) -> None:
    # The index has one Dera in Ethiopia, a town of Oromia 350 km away: the zone written after "district of"
    # is the best point there is (no Dera inside it), not the namesake of another state.
    got = _places(geo, nlp, DISTRICT)["Dera"]
    assert got.admin1 == "Amhara" and got.name == "South Gondar Zone"
    assert "inside South Gondar Zone" in (got.note or "")
    assert _places(_off("admin_containers"), nlp, DISTRICT)["Dera"].admin1 == "Oromia"


def test_a_zone_contains_no_town_of_another_state(nlp) -> None:
    # With the admin word read but the zone allowed to "contain" any town within contains_km, Oromia's Dera wins.
    assert _places(_off("admin2_state_check"), nlp, DISTRICT)["Dera"].admin1 == "Oromia"


NEAR = ("Artillery shelled farms near Chifra on Thursday, killing a herder, elders in Ethiopia's Afar "
        "region said.")


def test_an_alternate_spelling_counts_where_a_place_stands(geo: Geoparser, nlp) -> None:
    # GeoNames writes the Afar town Sifra and lists Chifra only as an alternate name.
    loc = _locate(geo, nlp, NEAR, "shelled", NEAR)
    assert loc is not None and loc.admin1 == "Afar" and loc.precision == "city"
    assert "Chifra" not in _places(_off("locative_alt_population"), nlp, NEAR)


ORG = ("Soldiers attacked a base of the Northern Hills Liberation Front near Chifra on Friday, officials "
       "in Ethiopia's Afar region said.")


def test_an_organisation_name_ends_before_near(geo: Geoparser, nlp) -> None:
    # The small English model tags "the Northern Hills Liberation Front near Chifra" as one ORG.
    assert any(e.text.endswith("near Chifra") for e in nlp(ORG).ents if e.label_ == "ORG")
    got = _places(geo, nlp, ORG).get("Chifra")
    assert got is not None and not got.in_org and got.admin1 == "Afar"
    off = _places(_off("org_stops_at_town_preps"), nlp, ORG).get("Chifra")
    assert off is None or off.in_org


@pytest.mark.parametrize(("written", "variant"), [
    ("tell rifaat", "tall rifat"),  # Tell / Tall, and the doubled vowel single
    ("tel hamis", "tall hamis"),
    ("awbari", "ubari"),
    ("ubari", "awbari"),
])
def test_transliteration_variants_are_tried(written: str, variant: str) -> None:
    assert variant in spelling_variants(written)


def test_a_variant_town_is_read_in_its_country(geo: Geoparser, nlp) -> None:
    text = "Shells hit Tell Rifaat on Sunday, wounding three children, a Syrian monitor said."
    got = _places(geo, nlp, text).get("Tell Rifaat")
    assert got is not None and got.country == "SYR" and got.precision == "city"


RESIDENTS = "Residents of Ubari blocked the main road on Monday over power cuts, Libyan media reported."


def test_residents_of_a_small_town_opening_a_sentence(geo: Geoparser, nlp) -> None:
    got = _places(geo, nlp, RESIDENTS).get("Ubari")
    assert got is not None and got.country == "LBY"
    assert "Ubari" not in _places(_off("residents_of_towns"), nlp, RESIDENTS)


TOWNLESS = "Militiamen attacked a school in South Gondar zone, in a village near Debre Tabor, on Friday."


def test_a_unit_at_its_states_point_yields_to_a_town(geo: Geoparser, nlp) -> None:
    # South Gondar Zone has no town in the index (it sits at Amhara's point); Debre Tabor has a point of its own.
    loc = _locate(geo, nlp, TOWNLESS, "attacked", TOWNLESS)
    assert loc is not None and loc.precision == "city" and loc.admin1 == "Amhara"
    off = _locate(_off("townless_yields"), nlp, TOWNLESS, "attacked", TOWNLESS)
    assert off is not None and off.name == "South Gondar Zone"
