"""The CLI driven as a user would: ingest, stats, export, code."""

from __future__ import annotations

import json

import pytest

from truce.cli.app import EXIT_INPUT

STORY = ("TRIPOLI, March 2 (Sahel Wire) - Government forces shelled two districts of Misrata on Monday, "
         "killing four civilians, a local official said.\n\nThe rebels did not attack the port.\n")


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_ingest_then_ingest_again_adds_nothing(cli_run, corpus, tmp_path):
    db = str(tmp_path / "t.duckdb")
    first = json.loads(cli_run("ingest", str(corpus), "--db", db, "--json").stdout)
    assert first["articles_added"] == 1 and first["events_coded"] >= 1
    assert first["skipped"] == {"empty": 1}
    second = json.loads(cli_run("ingest", str(corpus), "--db", db, "--json").stdout)
    assert second["articles_added"] == 0 and second["already_stored"] == 1
    stats = json.loads(cli_run("stats", "--db", db, "--json").stdout)
    assert stats["articles"] == 1


def test_ingest_counts_and_names_dates_it_could_not_read(cli_run, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": STORY, "published": "2026-13-45"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    summary = json.loads(cli_run("ingest", str(feed), "--db", db, "--json").stdout)
    assert summary["articles_added"] == 1 and summary["unparsed_dates"] == 1
    again = cli_run("ingest", str(feed), "--db", str(tmp_path / "u.duckdb"))
    assert "1 articles had a publication date truce could not read" in again.stderr + again.stdout


def test_export_every_format(cli_run, corpus, tmp_path):
    db = str(tmp_path / "t.duckdb")
    cli_run("ingest", str(corpus), "--db", db, "--quiet")
    jsonl = cli_run("export", "--db", db).stdout.splitlines()
    records = [json.loads(line) for line in jsonl]
    assert records and all(r["asserted"] for r in records)
    assert any(r["event"] == "ASSAULT" for r in records)
    for fmt, name in (("csv", "e.csv"), ("parquet", "e.parquet")):
        result = cli_run("export", "--db", db, "--format", fmt, "-o", str(tmp_path / name))
        assert (tmp_path / name).stat().st_size > 0, result.stderr
    assert cli_run("export", "--db", db, "--format", "csv").exit_code == 2


def test_code_reads_stdin_and_prints_plover(cli_run):
    result = cli_run("code", "-", "--published", "2026-03-02", input=STORY)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["event"] == "ASSAULT" for r in records)
    assert all(set(r) >= {"id", "event", "actor", "recipient", "text", "trigger_offsets"} for r in records)


def test_code_with_only_bad_input_exits_with_input_error(cli_run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = cli_run("code", str(empty))
    assert result.exit_code == EXIT_INPUT
    assert "empty" in result.stderr


def test_ingest_without_paths_is_a_usage_error(cli_run, tmp_path):
    result = cli_run("ingest", "--db", str(tmp_path / "t.duckdb"))
    assert result.exit_code == 2
