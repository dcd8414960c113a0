"""A reason clause whose perfect progressive verb lasts for days is the conduct a claim answers, not a dated
happening (branch verdict13). Own sentences."""

from __future__ import annotations

import pytest


def _events(pipe, text, event):
    return [e for e in pipe.code_text(text).events if e.event == event]


@pytest.mark.parametrize(("text", "event"), [
    ("A rebel commander said his fighters had acted in self-defence because soldiers on the ridge had been "
     "shelling their villages for three days.", "ASSAULT"),
    ("Hundreds of families fled the town because soldiers had been shelling it for several nights.", "ASSAULT"),
])
def test_a_durative_reason_clause_is_background(pipe, text, event) -> None:
    found = _events(pipe, text, event)
    assert found and all(e.background for e in found), [(e.trigger, e.background) for e in found]


@pytest.mark.parametrize("text", [
    "Soldiers have been shelling the villages for three days, residents said.",
    "Fighters attacked the post on Monday because soldiers had arrested their commander.",
])
def test_a_main_clause_or_a_dated_reason_stays_a_report(pipe, text) -> None:
    found = _events(pipe, text, "ASSAULT")
    assert found and not any(e.background for e in found if e.trigger in ("shelling", "attacked"))
