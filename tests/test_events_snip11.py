"""Short conflict snippets, notes and headlines (issue 10, helper snip11): riots told as arson or clashes,
raids by irregular armed groups on villages and markets, ship hijackings, criminal motives (a ransom, a
gang feud, a personal quarrel) that make violence crime, and headline verbs the tagger read as nouns after
a singular subject, before an attribution (', staff say'), after a plural read as an adjective ('Exiles'),
or at the root of a clause-shaped parse. All text is our own, fictional; none is an item of a written set."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipe():
    from truce.pipeline import Pipeline

    return Pipeline()


def main_type(pipe, text: str) -> str | None:
    from truce.events.classes import main_event

    main = main_event([e for e in pipe.code_text(text).events if e.counted])
    return main.event if main is not None else None


def counted(pipe, text: str) -> list[tuple[str, str | None]]:
    return [(e.event, e.mode) for e in pipe.code_text(text).events if e.counted]


@pytest.mark.parametrize("text, event", [
    # a crowd's arson or fighting is a riot (PROTEST riot), armed men's is an attack
    ("Demonstrators torched the mayor's office in Kindu after a student was shot.", "PROTEST"),
    ("Angry youths set fire to a police post in Lubumbashi on Friday.", "PROTEST"),
    ("Students clashed with riot police outside the parliament in Accra.", "PROTEST"),
    ("Armed youths torched a cattle camp near Bor, killing four herders.", "ASSAULT"),
    ("Gunmen torched a police post in Lubumbashi on Friday.", "ASSAULT"),
    # an irregular armed group raiding a village or a market attacks it; police raids on homes are searches
    ("Militants raided a village near Mopti and killed nine men.", "ASSAULT"),
    ("Bandits raided the cattle market in Birnin Gwari on Saturday.", "ASSAULT"),
    ("Police raided three homes in Kisumu and seized drugs.", "COERCE"),
    # hijacking a ship or a plane (CAMEO 181)
    ("Armed pirates hijacked an oil tanker in the Gulf of Guinea on Tuesday.", "ASSAULT"),
    ("Troops redeployed to the border town of Moyale after the clashes.", "MOBILIZE"),
    ("Members of a vigilante group beat two traders to death in Yola.", "ASSAULT"),  # 'members of X'
    ("A teenage bomber blew herself up at a market gate in Konduga, killing five traders.", "ASSAULT"),
])
def test_snippet_main_type(pipe, text, event):
    assert main_type(pipe, text) == event, pipe.code_text(text).events


@pytest.mark.parametrize("text", [
    "Kidnappers snatched a trader's wife in Enugu and demanded a ransom of 20 million naira.",
    "Gunmen shot dead four men at a bar in Durban in what police called a gang feud.",
    "A man stabbed his colleague to death after an argument over a debt, police said.",
    "Robbers killed a guard during a robbery at a jewellery shop in Lagos.",
    "Thieves hijacked a delivery van in Pretoria and stole its cargo.",
])
def test_criminal_motive_is_no_political_event(pipe, text):
    assert not [e for e in counted(pipe, text) if e[0] in ("ASSAULT", "COERCE", "REQUEST")], counted(pipe, text)


@pytest.mark.parametrize("text, event", [
    # the target is political: the motive does not make it crime
    ("Bandits abducted 40 villagers in Katsina state and demanded a ransom for their release.", "ASSAULT"),
    ("Gunmen killed two soldiers at a checkpoint and demanded a ransom for a third.", "ASSAULT"),
    # several doers in a land dispute: no personal quarrel
    ("Militiamen killed 12 farmers in a dispute over grazing land in Benue.", "ASSAULT"),
])
def test_motive_with_a_political_target_keeps_the_attack(pipe, text, event):
    assert main_type(pipe, text) == event, pipe.code_text(text).events


@pytest.mark.parametrize("text, event", [
    ("Junta Seizes Opposition Radio Station in Niamey", "COERCE"),        # singular subject, '-s' form
    ("Militia Loots Clinic in Ituri, Witnesses Say", "ASSAULT"),          # ... before an attribution
    ("Refugees demand return of confiscated land", "REQUEST"),            # a plural the tagger calls an adjective
    ("Security forces storm party headquarters in Lome", "ASSAULT"),      # a base form first ('forces' stays a noun)
    ("Protesters Storm Ministry in Baghdad as Power Cuts Drag On", "PROTEST"),  # ... before an 'as' clause
    ("Troops Detain Reporter Filming Rally in Bamako", "COERCE"),          # a participle clause on the object
    ("Police arrest men suspected of looting in Jos", "COERCE"),           # a trigger of either part of speech
])
def test_headline_verb_read_as_a_noun(pipe, text, event):
    assert main_type(pipe, text) == event, pipe.code_text(text).events


@pytest.mark.parametrize("text", [
    "Striker Scores Twice as City Sink Rovers",
    "Markets rally on hopes of a rate cut",
    "Space war epic storms the summer box office",
])
def test_non_political_headlines_stay_without_conflict(pipe, text):
    assert not [e for e in counted(pipe, text) if e[0] in ("ASSAULT", "COERCE", "MOBILIZE")], counted(pipe, text)


def test_attribution_governs_the_headline_clause(pipe):
    coded = pipe.code_text("Militia Loots Clinic in Ituri, Witnesses Say")
    ev = next(e for e in coded.events if e.event == "ASSAULT")
    assert ev.modality.asserted
    assert [a.text for a in ev.actor] == ["Militia"]
