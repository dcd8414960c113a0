"""Irregular armed men seizing people abduct them (CAMEO 181), where seizing a camp or a town is a seizure
of territory (COERCE seize). Before (issue 12, the tenth dev scenario), "Gunmen seized seven health
workers" was a seizure of positions, an incident apart from the other outlet's abduction. Our own text."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipe():
    from truce.pipeline import Pipeline

    return Pipeline()


def modes(pipe, text: str) -> list[tuple[str, str | None]]:
    return [(e.event, e.mode) for e in pipe.code_text(text).events if e.counted]


@pytest.mark.parametrize("text", [
    "Gunmen seized seven health workers from a vehicle near Dorvo on Tuesday afternoon, colleagues said.",
    "Rebels seized ten passengers from a bus on the road to Kelby on Friday, officials said.",
    # a capitalised plural at the start of a sentence, which the parser takes for a name
    "Guerrillas seized two soldiers who were buying food in a village near Dorvo on Sunday, the army said.",
    "Rebels captured two policemen at a checkpoint outside Kelby on Monday, residents said.",
])
def test_armed_men_seizing_people_abduct_them(pipe, text):
    assert ("ASSAULT", "abduct") in modes(pipe, text), modes(pipe, text)


def test_armed_men_seizing_a_camp_seize_territory(pipe):
    text = "Rebels seized a police camp outside Dorvo on Tuesday night, residents said."
    got = modes(pipe, text)
    assert ("COERCE", "seize") in got and ("ASSAULT", "abduct") not in got, got


def test_armed_men_capturing_a_town_seize_territory(pipe):
    got = modes(pipe, "Guerrillas captured the town of Kelby on Monday after a night of fighting, residents said.")
    assert ("ASSAULT", "abduct") not in got, got


def test_police_seizing_suspects_is_no_abduction(pipe):
    got = modes(pipe, "Police seized two suspects at a checkpoint outside Kelby on Monday, a spokesman said.")
    assert ("ASSAULT", "abduct") not in got, got


def test_the_victims_of_a_raid_told_by_a_participle_are_its_recipients(pipe):
    # 'Fighters' opens the sentence, so the raid is read by the armed-group idiom; the killing it folds in
    # still lends its victims
    text = ("Fighters of the Kelby Front raided a village near Dorvo on Wednesday, killing two herders and "
            "taking cattle, a local chief said.")
    raids = [e for e in pipe.code_text(text).events if e.counted and e.event == "ASSAULT"]
    assert len(raids) == 1 and "herders" in [r.text for r in raids[0].recipient], \
        [(e.trigger, [r.text for r in e.recipient]) for e in raids]
