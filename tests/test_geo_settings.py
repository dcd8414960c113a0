"""The geoparser's numbers come from ``[geo]`` in the settings: a user's value takes effect, and a
build setting of the gazetteer index changes the index's cache key (so it is rebuilt) only when it
differs from the shipped value."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from truce.geo import gazetteer as G
from truce.geo.locate import _qualified_place_known
from truce.geo.recognize import Mention
from truce.geo.resolve import _hierarchy_pairs
from truce.records import Place
from truce.settings import default_settings, load_settings


def geo(**values):
    return load_settings(overrides={"geo": values}).geo


def test_index_settings_come_from_the_geo_table():
    shipped = G.index_settings()
    assert set(shipped) == set(G.INDEX_SETTINGS)
    assert shipped["min_city_population"] == default_settings().geo.min_city_population
    assert G.index_settings(geo(index_short_alias_chars=3))["index_short_alias_chars"] == 3
    assert G.index_settings({"index_code_alias_chars": 5}) == {**shipped, "index_code_alias_chars": 5}


def test_only_a_changed_build_setting_changes_the_cache_key():
    assert G.cache_key() == G.cache_key(G.index_settings()) == G.cache_key(default_settings().geo)
    assert G.cache_key(geo(index_airport_core_chars=5)) != G.cache_key()
    assert G.cache_key(geo(min_city_population=1000)) != G.cache_key()
    assert G.cache_key(geo(prior_country=1.0)) == G.cache_key()  # a resolution weight: the same index


def test_airport_core_length_follows_the_setting():
    assert "Heathrow" in G.airport_names("London Heathrow Airport", "London")
    assert "Heathrow" not in G.airport_names("London Heathrow Airport", "London", core_min_chars=9)


def _tiny(build=None, into=None) -> G.Gazetteer:
    gaz = G.Gazetteer()
    gaz.add_name("Ba", gaz.add(gid=1, name="Ba", lat=1.0, lon=2.0, fcode="PPL", cc="LY", admin1="", pop=10,
                               kind="city"), alt=False)
    gaz.freeze()
    return gaz


def test_a_name_after_an_arabic_article_is_retried_only_when_long_enough(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(G, "build_gazetteer", _tiny)
    shipped = G.load_gazetteer(tmp_path)
    assert shipped.lookup("al-Ba") == []  # "ba" is no longer than index_short_alias_chars (2)
    lenient = G.load_gazetteer(tmp_path, {"index_short_alias_chars": 1})
    assert lenient.lookup("al-Ba") == [(0, True)] and lenient.has("al ba")
    assert pickle.loads(pickle.dumps(lenient)).lookup("al-Ba") == [(0, True)]  # workers keep the setting


def test_container_gap_follows_the_setting():
    text = "Clashes in Paris, Texas, on Monday."
    mentions = [Mention("Paris", 11, 16, "ner"), Mention("Texas", 18, 23, "ner")]
    assert _hierarchy_pairs(mentions, text, {}, default_settings().geo)[0] == {"paris": {"texas"}}
    assert _hierarchy_pairs(mentions, text, {}, geo(container_gap_chars=1))[0] == {}


def test_qualifier_gap_follows_the_setting():
    text = "Savannah,   Ga. police said."
    town = Place("Savannah", 0, 8, name="Savannah")
    qualifier = Place("Ga.", 12, 15, name="Georgia", source="qualifier")
    assert _qualified_place_known(qualifier, [town, qualifier], text, default_settings().geo)
    assert not _qualified_place_known(qualifier, [town, qualifier], text, geo(qualifier_gap_chars=3))
