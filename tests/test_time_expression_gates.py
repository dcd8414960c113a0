"""The date patterns' word gates skip passes over the text, never a match: the expressions found
with the gates equal those found running every pattern over every text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from truce.ingest import read_sources
from truce.records import Article
from truce.sample import sample_dir
from truce.time import expressions
from truce.time.expressions import find_expressions

WRITTEN = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "written" / "articles_dev.jsonl"
CRAFTED = [  # one or more per pattern, with case variants and the letters IGNORECASE folds beyond ASCII
    "Talks ran between March 3 and 5, 2026, and from 3 to 5 March in the capital.",
    "Fighting on March 3-5 and 3-5 March 2026 displaced thousands.",
    "Markets stayed shut from Monday to Friday; BETWEEN Tue and Thu the road was open.",
    "The truce began on March 3rd, 2026 and collapsed on the 3rd of March 2027.",
    "In early March and by the end of June 2026 the talks had stalled.",
    "In 2025 the army withdrew; since 2019 no census was held.",
    "Last Monday's shelling, on Friday evening, and this Sunday morning raids were reported.",
    "YESTERDAY the convoy left; Tonight and earlier this week it rained. TONİGHT a curfew starts.",
    "The following day, two days later and THREE WEEKS LATER the bodies were found.",
    "On Christmas Day and New Year’s Eve shots were fired.",
    "Three weeks ago, 2 days ago and TWO YEARS AGO the town was shelled.",
    "At 11 p.m. GMT, at 9:30 am local time and at 14:30 Kabul time the strikes hit.",
    "At 1430 GMT and at midnight, and again at NOON, sirens sounded.",
    "Published 2026-03-02T10:00 and updated 2026-03-03.",
    "ſince Monday the ſtreets were empty; the Kelvin sign \u212a is not a k.",
    "No date words at all are in this sentence about a meeting.",
]


def _texts() -> list[str]:
    texts = [a.text for a in read_sources([sample_dir()]) if isinstance(a, Article)]
    if WRITTEN.exists():
        texts += [json.loads(line)["text"] for line in WRITTEN.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return texts + CRAFTED


@pytest.fixture
def ungated(monkeypatch):
    def run(text: str):
        monkeypatch.setattr(expressions, "_passes", lambda gate, folded: True)
        try:
            return find_expressions(text)
        finally:
            monkeypatch.undo()
    return run


def _key(exprs):
    return [(e.start, e.end, e.kind, sorted((k, str(v)) for k, v in e.fields.items())) for e in exprs]


def test_gated_patterns_find_what_every_pattern_finds(ungated) -> None:
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        assert _key(find_expressions(text)) == _key(ungated(text)), text[:80]


def test_every_gated_pattern_matches_a_crafted_sentence_that_passes_its_gate() -> None:
    """Each gate belongs to its own pattern (a gate shifted by one would skip a matching pattern)."""
    for kind, gate, pattern in expressions._patterns():
        hits = [t for t in CRAFTED if pattern.search(t)]
        assert hits, kind
        for t in hits:
            assert expressions._passes(gate, t.translate(expressions._IGNORECASE_EXTRA).lower()), (kind, t)


def test_a_text_without_date_words_skips_most_patterns() -> None:
    folded = CRAFTED[-1].lower()
    skipped = [kind for kind, gate, _ in expressions._patterns() if not expressions._passes(gate, folded)]
    assert len(skipped) >= 15
