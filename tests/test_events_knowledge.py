"""Provenance and validation of the event coder's knowledge files: every entry names its source,
malformed user files raise DataFileError with file, line and field, duplicates are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.errors import DataFileError
from truce.events.frames import load_frames
from truce.events.lexicon import load_classes, load_lexicon, parse_entries
from truce.knowledge import lang_file, load_yaml, valid_source
from truce.records import EVENT_TYPES


def test_every_shipped_trigger_has_a_source():
    lexicon = load_lexicon()
    assert len(lexicon) > 300
    missing = [e.trigger for e in lexicon.entries() if not valid_source(e.source) or e.source == "user"]
    assert not missing, missing


def test_every_word_list_and_class_has_a_source():
    for name in ("frames.yaml", "article.yaml", "classes.yaml", "senses.yaml", "domains.yaml"):
        data = load_yaml(lang_file("events", name), expect=dict)
        for key, node in data.items():
            if isinstance(node, dict):
                assert valid_source(node.get("source")), f"{name}: {key} has no source"
    load_frames()  # loads and checks conversions.yaml and cameo.yaml too


def test_an_entry_without_source_fails_the_provenance_check():
    with pytest.raises(DataFileError) as err:
        parse_entries({"ASSAULT": [{"trigger": "shell", "pos": "verb"}]}, "shipped", path="triggers.yaml")
    assert err.value.field == "source"


def test_gold_fitted_entries_are_gone():
    triggers = {(e.event, e.trigger) for e in load_lexicon().entries()}
    for gone in [("PROTEST", "shun work"), ("PROTEST", "collect signature"), ("COERCE", "deface")]:
        assert gone not in triggers
    deny = [e for e in load_lexicon().entries() if e.trigger == "deny"]
    assert all("allocation" not in e.objects for e in deny)


@pytest.mark.parametrize("body, line, field", [
    ("ASSAULT:\n  - {trigger: shell, pos: verbb}\n", 2, "pos"),
    ("ASSAULT:\n  - {trigger: shell}\n  - {trigger: shell, strenght: 0.5}\n", 3, "strenght"),
    ("ASSAULT:\n  - {pos: verb}\n", 2, "trigger"),
    ("ASSAULT:\n  - {trigger: shell, strength: high}\n", 2, "strength"),
    ("ASSAULT:\n  - {trigger: capture, object: ['@nosuchclass']}\n", 2, "object"),
    ("ASSAULT:\n  - {trigger: shell, pos: verb}\n  - {trigger: shell, pos: verb, mode: aerial}\n", 3, "trigger"),
])
def test_malformed_user_trigger_file_names_file_line_field(tmp_path: Path, body, line, field):
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_lexicon((str(path),))
    assert err.value.path == str(path) and err.value.line == line and err.value.field == field


def test_unknown_type_and_yaml_syntax(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("SMASH:\n  - {trigger: x}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown PLOVER event type"):
        load_lexicon((str(path),))
    path.write_text("ASSAULT:\n  - {trigger: x\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_lexicon((str(path),))
    assert err.value.line is not None


def test_user_entries_default_to_user_source_and_classes_expand(tmp_path: Path):
    path = tmp_path / "ok.yaml"
    path.write_text("ASSAULT:\n  - {trigger: overrun, pos: verb, object: ['@territory']}\n", encoding="utf-8")
    entry = next(e for e in load_lexicon((str(path),)).entries() if e.trigger == "overrun" and e.origin == "ok.yaml")
    assert entry.source == "user" and "village" in entry.objects and "GPE" in entry.object_entities


def test_noun_classes_load():
    classes = load_classes()
    assert {"weapon", "territory", "sport", "market"} <= set(classes)
    assert classes["territory"].has("anything", "GPE") and classes["weapon"].has("mortar")
    assert set(EVENT_TYPES)  # sanity


# ---- people and organisation dictionaries -------------------------------------------------------

def _shipped_actors(name: str) -> list[dict]:
    from truce.knowledge import shipped

    return load_yaml(shipped("actors", name), expect=list)


@pytest.mark.parametrize("name", ["people.yaml", "organisations.yaml"])
def test_every_person_and_organisation_has_a_source(name):
    entries = _shipped_actors(name)
    missing = [e.get("name") for e in entries if not valid_source(e.get("source"))]
    assert not missing, missing


def test_known_dictionary_errors_are_fixed():
    people = _shipped_actors("people.yaml")
    bushes = [p for p in people if "Bush" in p["name"]]
    assert len(bushes) == 2 and all("Bush" not in (p.get("aliases") or []) for p in bushes)
    by_name = {p["name"]: set(p.get("aliases") or []) for p in people}
    for one, other in [("Fidel Castro", "Raul Castro"), ("Joseph Kabila", "Laurent Kabila"),
                       ("Ilham Aliyev", "Heydar Aliyev"), ("George W. Bush", "George H.W. Bush")]:
        assert other not in by_name[one], (one, other)  # no entry merges two people
    orgs = {o["id"]: o for o in _shipped_actors("organisations.yaml")}
    assert "MASSOB" not in (orgs["ipob"].get("aliases") or []) and "MASSOB" in orgs["massob"]["aliases"]


def test_malformed_user_actor_file_names_file_line_field(tmp_path: Path):
    from truce.actors.lexicon import load_lexicon as load_actors

    path = tmp_path / "actors.yaml"
    path.write_text("people:\n  - {name: Ana Ruiz, country: ESP, sector: GOV}\n  - {name: Bo, sector: BOSS}\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_actors((str(path),))
    assert err.value.path == str(path) and err.value.line == 3 and err.value.field == "sector"
    path.write_text("organisations:\n  - {id: x, nam: Front}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_actors((str(path),))
    assert err.value.field == "nam"
    path.write_text("peple:\n  - {name: X}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown section"):
        load_actors((str(path),))
