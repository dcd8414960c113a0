"""The sample corpus's outputs and the dev numbers equal the stored snapshot (tests/snapshots/).

A difference is either a regression or an intended change; for an intended one, run
``make snapshot`` (``python scripts/snapshot.py --update``) and commit the new snapshot with the
change, so the diff shows exactly what moved.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "snapshot.py"
HOW = "outputs changed; if intended, run `make snapshot` and commit tests/snapshots/ with the change"


@pytest.fixture(scope="module")
def snapshot():
    spec = importlib.util.spec_from_file_location("truce_snapshot", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_corpus_outputs_equal_the_snapshot(snapshot):
    diff = snapshot.difference(snapshot.SAMPLE_FILE, snapshot.sample_snapshot())
    assert not diff, f"{HOW}\n{diff}"


def test_dev_numbers_equal_the_snapshot(snapshot):
    shared = snapshot.shared_eval()
    if shared is None:
        pytest.skip("shared gold data not present ($TRUCE_SHARED or ../shared)")
    diff = snapshot.difference(snapshot.DEV_FILE, snapshot.dev_lines(shared))
    assert not diff, f"{HOW}\n{diff}"


def test_the_comparison_sees_a_changed_output(snapshot, tmp_path):
    stored = tmp_path / "s.jsonl"
    stored.write_text('{"kind": "event", "event": "ASSAULT"}\n', encoding="utf-8")
    assert snapshot.difference(stored, ['{"kind": "event", "event": "ASSAULT"}']) == ""
    assert "+" in snapshot.difference(stored, ['{"kind": "event", "event": "PROTEST"}'])
