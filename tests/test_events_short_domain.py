"""A sentence of a short text borrows the whole text's domain only when its own cue words agree (branch
incid11): our own two-sentence reports."""

from __future__ import annotations

import pytest

from truce.events import _agrees
from truce.events.domain import ArticleDomain


@pytest.fixture(scope="module")
def pipe():
    from truce.pipeline import Pipeline

    return Pipeline()


def _asserted(events, event: str) -> list[str]:
    return [e.trigger for e in events if e.event == event and e.modality.asserted and not e.background]


def test_a_headline_bombing_beside_a_crime_sentence_stays_an_attack(pipe) -> None:
    coded = pipe.code_text("Three held over Kitui roadside bombing. Police arrested three men suspected of planting "
                           "the bomb that killed two officers on Monday.")
    assert _asserted(coded.events, "ASSAULT")
    assert _asserted(coded.events, "COERCE")


def test_the_whole_text_domain_is_taken_by_a_sentence_without_cues_of_its_own() -> None:
    crime = ArticleDomain(label="crime", score=0.8)
    assert _agrees(ArticleDomain(), crime)  # no cue of its own: the short text's words decide
    assert _agrees(ArticleDomain(label="crime", score=1.0), crime)
    assert not _agrees(ArticleDomain(label="politics", score=1.0), crime)  # "... roadside bombing."
    assert _agrees(ArticleDomain(label="business", score=1.0), crime)  # "Kidnappers seized a businessman"
    assert _agrees(ArticleDomain(label="politics", score=1.0), ArticleDomain(label="politics", score=0.7))
