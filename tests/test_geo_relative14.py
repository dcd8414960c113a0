"""Places written as reference points and units named with an administrative prefix (issue 12, geo14): our own
sentences, none taken from a gold set or from the held-out news the lead described.

Each behaviour is shown with its setting on and off (or with the text changed), so the tests can fail.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from truce.config import TruceConfig
from truce.geo import Geoparser
from truce.geo.distance import haversine_km, moved
from truce.geo.recognize import relative_offset

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_geo_homonyms import _locate, _off  # noqa: E402  (the geo12 tests' helpers, not a copy)


@pytest.fixture(scope="module")
def geo() -> Geoparser:
    return Geoparser(TruceConfig())


@pytest.mark.parametrize(("before", "expected"), [
    ("shelled hills about 30 km north of ", (30.0, 0.0)),
    ("a camp 40 kilometres south-east of the ", (40.0, 135.0)),
    ("a village 12 miles to the west of ", (12 * 1.609, 270.0)),
    ("flew 1,200 km east of ", (1200.0, 90.0)),
    ("a village north of ", None),
    ("30 km from ", None),
])
def test_distance_and_bearing_are_read_before_a_place(before: str, expected) -> None:
    got = relative_offset(before)
    assert got == expected if expected is None else got == pytest.approx(expected)


def test_a_moved_point_lies_at_the_distance_given() -> None:
    lat, lon = moved(9.53, 31.66, 70, 0)
    assert lat > 9.53 and lon == pytest.approx(31.66)
    assert haversine_km(9.53, 31.66, lat, lon) == pytest.approx(70, abs=1)
    assert haversine_km(-2.0, 29.0, *moved(-2.0, 29.0, 25, 225)) == pytest.approx(25, abs=0.5)


OFFSET = ("Rebels shelled an army camp about 60 km south of Gulu on Monday, killing two soldiers, "
          "Ugandan officials said.")


def test_an_offset_moves_the_event_to_the_point_it_gives(geo: Geoparser, nlp) -> None:
    loc = _locate(geo, nlp, OFFSET, "shelled", OFFSET)
    plain = _locate(_off("relative_points"), nlp, OFFSET, "shelled", OFFSET)
    assert loc is not None and plain is not None and loc.name == plain.name  # the same town, Gulu
    assert haversine_km(loc.lat, loc.lon, plain.lat, plain.lon) == pytest.approx(60, abs=2)
    assert loc.lat < plain.lat and "60 km" in (loc.note or "")


BETWEEN = "Gunmen ambushed a bus on the road between Kaduna and Zaria on Friday, Nigerian police said."


def test_between_two_near_towns_is_their_midpoint(geo: Geoparser, nlp) -> None:
    loc = _locate(geo, nlp, BETWEEN, "ambushed", BETWEEN)
    plain = _locate(_off("relative_points"), nlp, BETWEEN, "ambushed", BETWEEN)
    assert loc is not None and plain is not None
    span = 2 * haversine_km(loc.lat, loc.lon, plain.lat, plain.lon)  # from the town the rule chose
    assert 40 < span < 100 and "midway" in (loc.note or "")


def test_between_two_far_towns_keeps_the_town(nlp) -> None:
    near = _off("between_max_km", 10.0)  # Kaduna and Zaria are ~70 km apart
    loc = _locate(near, nlp, BETWEEN, "ambushed", BETWEEN)
    plain = _locate(_off("relative_points"), nlp, BETWEEN, "ambushed", BETWEEN)
    assert (loc.lat, loc.lon) == (plain.lat, plain.lon)


PALMA = ("PEMBA, Mozambique - Insurgents attacked Palma on Monday night, burning homes and killing three "
         "civilians, Mozambican officials said.")


def test_a_district_named_with_a_prefix_is_found_by_its_bare_name(geo: Geoparser, nlp) -> None:
    loc = _locate(geo, nlp, PALMA, "attacked", PALMA.split(" - ")[1])
    assert loc is not None and loc.country == "MOZ"  # Cabo Delgado's Palma district, not Mallorca's city
    mallorca = ("Police arrested two men in Palma on Monday after a brawl near the cathedral, "
                "officials in Mallorca said.")
    assert _locate(geo, nlp, mallorca, "arrested", mallorca).country == "ESP"


BONI = ("Jihadists blew up a bridge outside Boni on Friday, residents said. Boni lies on the road between "
        "Douentza and Gao, in central Mali.")


def test_a_name_known_only_as_an_alternate_name_is_no_city_abroad(geo: Geoparser, nlp) -> None:
    first = BONI.split(". ")[0] + "."
    loc = _locate(geo, nlp, BONI, "blew", first)
    assert loc is None or loc.country != "DEU"  # no Bonn (GeoNames lists "Boni" among its alternate names) in a story about Mali
    plain = _locate(_off("variant_abstain"), nlp, BONI, "blew", first)
    assert plain is not None and plain.country == "DEU"  # the rule's effect: without it, Bonn
