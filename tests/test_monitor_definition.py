"""Truce files: bad files give errors naming the field and line; polygons and chains load right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truce.monitor import (
    NOT_COVERED,
    VIOLATION,
    TruceFileError,
    example_truce,
    judge,
    load_truce,
    loads_truce,
)
from truce.records import ActorRef, Event, EventLocation

GOOD = """\
name: Test truce
truces:
  - id: main
    name: Test ceasefire
    sources: [Test agreement]
    timezone: Africa/Tripoli
    start: 2026-03-01 00:00
    end: 2026-03-31 00:00
    parties:
      - {id: gnu, name: Government, accepted: 2026-03-01, match: [{country: LBY, sector: [MIL]}]}
    area:
      countries: [LBY]
    prohibited:
      - {event: ASSAULT}
"""


def errors(text: str) -> TruceFileError:
    with pytest.raises(TruceFileError) as info:
        loads_truce(text, "t.yaml")
    return info.value


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_good_file_loads():
    chain = loads_truce(GOOD)
    assert [u.id for u in chain.units] == ["main"]


def test_example_files_load():
    chain = example_truce()
    assert {u.id for u in chain.units} == {"nationwide", "sirte-local", "sabha-extension", "cairo-renewal"}
    assert [u.id for u in chain.active_units()] == ["nationwide", "sirte-local", "sabha-extension"]


def test_missing_field_names_field_and_line():
    text = GOOD.replace("    start: 2026-03-01 00:00\n", "")
    err = errors(text)
    assert any(p.field == "truces[0].start" and p.line == line_of(text, "- id: main") for p in err.problems)
    assert "t.yaml:3: truces[0].start: missing" in str(err)


def test_missing_party_acceptance():
    text = GOOD.replace("accepted: 2026-03-01, ", "")
    err = errors(text)
    assert any(p.field == "truces[0].parties[0].accepted" for p in err.problems)


def test_unknown_time_zone():
    text = GOOD.replace("Africa/Tripoli", "Africa/Tripolis")
    err = errors(text)
    (problem,) = err.problems
    assert problem.field == "truces[0].timezone"
    assert problem.line == line_of(text, "timezone:")
    assert "unknown time zone 'Africa/Tripolis'" in problem.message


def test_end_before_start():
    text = GOOD.replace("end: 2026-03-31 00:00", "end: 2026-02-20 00:00")
    (problem,) = errors(text).problems
    assert problem.field == "truces[0].end" and problem.line == line_of(text, "end:")
    assert "not after start" in problem.message


def test_end_equal_start_in_other_zone_is_rejected():
    # 22:00Z on 28 Feb is 00:00 on 1 March in Tripoli: an empty truce.
    text = GOOD.replace("end: 2026-03-31 00:00", "end: 2026-02-28T22:00:00Z")
    assert errors(text).problems[0].field == "truces[0].end"


def test_bad_date():
    text = GOOD.replace("start: 2026-03-01 00:00", "start: first of March")
    (problem,) = errors(text).problems
    assert problem.field == "truces[0].start" and "YYYY-MM-DD" in problem.message


POLY = GOOD.replace("""    area:
      countries: [LBY]
""", """    area:
      polygons:
        - name: box
          geojson: {type: Polygon, coordinates: [[[15, 31], [17, 31], [17, 33], [15, 33], [15, 31]],
                                                  [[15.9, 31.9], [16.1, 31.9], [16.1, 32.1], [15.9, 32.1], [15.9, 31.9]]]}
""")


@pytest.mark.parametrize(("bad", "message"), [
    ("[[15, 31], [17, 31], [17, 33], [15, 33]]", "not closed"),
    ("[[15, 31], [17, 31], [15, 31]]", "at least 4 positions"),
    ("[[15, 31], [17, 31], [17, 95], [15, 31]]", "out of range"),
])
def test_invalid_geojson(bad, message):
    text = POLY.replace("[[15, 31], [17, 31], [17, 33], [15, 33], [15, 31]]", bad)
    (problem,) = errors(text).problems
    assert problem.field == "truces[0].area.polygons[0].geojson"
    assert problem.line == line_of(text, "geojson:")
    assert message in problem.message


def test_geojson_wrong_type():
    text = POLY.replace("type: Polygon", "type: LineString")
    assert "unsupported GeoJSON type" in errors(text).problems[0].message


def _at(lat: float, lon: float) -> Event:
    return Event(id=f"e{lat}{lon}", article_id="a", event="ASSAULT", date="2026-03-05",
                 actor=[ActorRef("army", country="LBY", sector="MIL")],
                 location=EventLocation(name="x", lat=lat, lon=lon, country="LBY", precision="city"))


def test_polygon_with_hole():
    chain = loads_truce(POLY)
    verdicts = judge([_at(32.5, 15.5), _at(32.0, 16.0), _at(30.0, 16.0)], chain)
    assert [v.verdict for v in verdicts] == [VIOLATION, NOT_COVERED, NOT_COVERED]


def test_polygon_from_file(tmp_path: Path):
    (tmp_path / "area.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [
            [[15, 31], [17, 31], [17, 33], [15, 33], [15, 31]]]}}]}))
    text = GOOD.replace("      countries: [LBY]\n", "      polygons: [{name: box, file: area.geojson}]\n")
    (tmp_path / "t.yaml").write_text(text)
    chain = load_truce(tmp_path / "t.yaml")
    assert judge([_at(32.5, 15.5)], chain)[0].verdict == VIOLATION
    (tmp_path / "area.geojson").write_text("{not json")
    with pytest.raises(TruceFileError, match="not JSON"):
        load_truce(tmp_path / "t.yaml")


@pytest.mark.parametrize(("old", "new", "field", "message"), [
    ("countries: [LBY]", "countries: [LIB]", "truces[0].area.countries[0]", "not an ISO 3166"),
    ("{event: ASSAULT}", "{event: SHELL}", "truces[0].prohibited[0].event", "not a PLOVER event type"),
    ("{event: ASSAULT}", "{event: COERCE, modes: [sieze]}", "truces[0].prohibited[0].modes", "sieze"),
    ("    name: Test ceasefire\n", "    name: Test ceasefire\n    parent: nowhere\n", "truces[0].parent",
     "unknown parent"),
    ("    area:\n", "    color: red\n    area:\n", "truces[0].color", "unknown field"),
    ("      countries: [LBY]\n", "      countries: []\n", "truces[0].area", "names no place"),
    ("match: [{country: LBY, sector: [MIL]}]", "aliases: []", "truces[0].parties[0].match", "needs"),
])
def test_other_bad_fields(old, new, field, message):
    text = GOOD.replace(old, new)
    assert text != GOOD
    problems = errors(text).problems
    assert any(p.field == field and message in p.message for p in problems), problems


def test_several_problems_reported_at_once():
    text = GOOD.replace("Africa/Tripoli", "Mars/Olympus").replace("{event: ASSAULT}", "{event: SHELL}")
    assert len(errors(text).problems) >= 2


def test_yaml_syntax_and_duplicate_keys():
    assert errors("name: [unclosed\n").problems[0].line >= 1
    dup = GOOD.replace("    name: Test ceasefire\n", "    name: Test ceasefire\n    name: Again\n")
    assert "duplicate key" in str(errors(dup))


def test_child_extends_parent_with_new_place_and_cycle_detection():
    child = GOOD + """\
  - id: ext
    parent: main
    start: 2026-03-10 00:00
    add_area:
      places: [{name: Tunis, lat: 36.8, lon: 10.18, radius_km: 20}]
"""
    chain = loads_truce(child)
    ext = chain.unit("ext")
    assert ext.end == chain.unit("main").end and len(ext.area) == 2 and ext.clause() == "main > ext"
    loop = child.replace("    name: Test ceasefire\n", "    name: Test ceasefire\n    parent: ext\n")
    assert "loops" in str(errors(loop))


def test_missing_file():
    with pytest.raises(TruceFileError, match="cannot read file"):
        load_truce("/nonexistent/truce.yaml")
