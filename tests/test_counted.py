"""Demoted candidates (a match report's "beat") are kept for review, never counted as events.

``Event.counted`` is the one definition: reported as having happened and not demoted. The Python
entry point, ``truce code`` and ``truce export`` leave the others out unless asked for them.
"""

from __future__ import annotations

import json

import truce
from truce.records import Event, Modality

MATCH_REPORT = (
    "Rovers came from behind to beat City 3-2 on Saturday, with substitute Dan Morley firing the winner "
    "deep into stoppage time in front of a sell-out crowd.\n\n"
    "City had stormed into a two-goal lead inside twenty minutes, and their captain struck the post after "
    "the break. But Rovers hit back through a penalty and a header, and the manager praised the players' fight.\n\n"
    "City, who have lost three league games in a row, host United next weekend."
)


def test_counted_means_asserted_and_not_demoted():
    plain = Event(id="e1", article_id="a1", event="ASSAULT")
    assert plain.counted
    assert not Event(id="e2", article_id="a1", event="ASSAULT", demoted=True).counted
    assert not Event(id="e3", article_id="a1", event="ASSAULT", modality=Modality(negated=True)).counted


def test_the_python_entry_point_leaves_demoted_candidates_out_unless_asked():
    every = truce.code(MATCH_REPORT, published="2026-11-14", include_demoted=True)
    demoted = [e for e in every if e.demoted]
    assert demoted, "the match report's 'beat' should be kept as a demoted candidate"
    returned = truce.code(MATCH_REPORT, published="2026-11-14")
    assert {e.id for e in returned} == {e.id for e in every if not e.demoted}


def test_truce_code_prints_demoted_candidates_only_with_all_events(cli_run, tmp_path):
    story = tmp_path / "match.txt"
    story.write_text(MATCH_REPORT, encoding="utf-8")
    default = [json.loads(line) for line in cli_run("code", str(story), "--published", "2026-11-14").output.splitlines()]
    every = [json.loads(line) for line in
             cli_run("code", str(story), "--published", "2026-11-14", "--all-events").output.splitlines()]
    assert not [r for r in default if r["demoted"]]
    assert [r for r in every if r["demoted"]]


def test_export_leaves_demoted_candidates_out_unless_unasserted_are_asked_for(cli_run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "match.txt").write_text(MATCH_REPORT, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    cli_run("ingest", str(folder), "--db", str(db), "--published", "2026-11-14")
    out, every = tmp_path / "out.jsonl", tmp_path / "every.jsonl"
    cli_run("export", "--db", str(db), "-o", str(out))
    cli_run("export", "--db", str(db), "-o", str(every), "--include-unasserted")
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    all_rows = [json.loads(line) for line in every.read_text(encoding="utf-8").splitlines()]
    assert not [r for r in exported if r["demoted"]]
    assert [r for r in all_rows if r["demoted"]]
