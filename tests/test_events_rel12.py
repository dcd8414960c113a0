"""Article domain and sentence sense (issue 10, helper rel12): a review's plot told in the present tense,
players' roles in a games story, protests by farmers or workers in a business story, the headline's words
in the article domain, and a folded mention that shares its sentence's non-political judgement. All text
is our own, fictional; none is an item of a written set."""

from __future__ import annotations

import pytest

MATERIAL = ("ASSAULT", "COERCE", "MOBILIZE")


@pytest.fixture(scope="module")
def pipe():
    from truce.pipeline import Pipeline

    return Pipeline()


def counted(pipe, text: str) -> list[tuple[str, str | None]]:
    return [(e.event, e.mode) for e in pipe.code_text(text).events if e.counted]


def material(pipe, text: str) -> list[tuple[str, str | None]]:
    return [e for e in counted(pipe, text) if e[0] in MATERIAL]


REVIEW = ("Review: Crimson Delta is a tense, beautifully shot war film\n\n"
          "Crimson Delta opens with militiamen burning a fishing village at dawn. Later, soldiers storm a dam "
          "and a relief convoy is ambushed in the swamp.\n\n"
          "Director Amara Osei keeps the camera close to the faces of her cast, and the score is superb. "
          "The film opens in cinemas on Friday. Four stars.")


def test_plot_told_in_the_present_is_no_event(pipe):
    assert not material(pipe, REVIEW), pipe.code_text(REVIEW).events
    why = [e.demoted_reason for e in pipe.code_text(REVIEW).events if e.demoted]
    assert any(r and r.startswith("plot narration") for r in why), why


def test_news_in_the_past_inside_a_film_story_is_kept(pipe):
    text = ("Film festival opening night cancelled in Maiduguri\n\n"
            "The opening film of the Sahel Film Festival, a drama starring newcomer Idris Lawal, was never shown. "
            "Gunmen stormed the festival venue in Maiduguri on Friday evening and killed two security guards, "
            "police said.\n\n"
            "The festival's director said the cinema would stay shut and the awards were postponed.")
    assert ("ASSAULT" in [e[0] for e in counted(pipe, text)]), pipe.code_text(text).events


def test_plot_verbs_in_the_perfect_are_news(pipe):
    from truce.events.sense import _PRESENT

    assert "VBD" not in _PRESENT and "VBN" not in _PRESENT  # the past and the perfect are never plot


def test_players_roles_are_no_armed_evidence_in_a_games_story(pipe):
    text = ("Esports: Nightfall win the Masters final in Berlin\n\n"
            "Nightfall beat Red Comet 3-1 to win the Masters final in Berlin on Sunday, the team's first title "
            "of the season.\n\n"
            "Their sniper, 20-year-old Pavel Dorn, picked off two rivals in the last round as Nightfall captured "
            "the final objective with nine seconds left.\n\n"
            "The team shares a prize pool of 800,000 dollars.")
    assert not material(pipe, text), pipe.code_text(text).events


def test_a_sniper_in_a_war_story_still_arms_its_sentence(pipe):
    text = ("Troops retake bridge near Kherson\n\n"
            "Ukrainian troops captured a bridge near Kherson on Tuesday after a sniper killed two Russian "
            "soldiers guarding it, the army said.\n\n"
            "The defence ministry said the operation was part of a wider offensive in the south.")
    assert material(pipe, text), pipe.code_text(text).events


def test_farmers_blockade_in_a_trade_story_is_a_protest(pipe):
    text = ("Grain prices and the new trade agreement\n\n"
            "Grain prices fell again on Monday as traders weighed the trade agreement, and shares in food "
            "companies slipped on the stock market.\n\n"
            "Farmers blocked motorways around Lyon with tractors in protest at the trade deal, which they say "
            "will flood the market with cheap imports.\n\n"
            "Analysts said exports of wheat would rise and the deal would lower consumer prices.")
    assert ("PROTEST", "obstruct") in counted(pipe, text), pipe.code_text(text).events


def test_shareholders_blocking_a_merger_are_no_protest(pipe):
    text = ("Merger vote fails at Harlan Steel\n\n"
            "Shares in Harlan Steel fell 4 per cent on Tuesday after investors blocked the company's merger "
            "with a rival at the annual meeting.\n\n"
            "The chief executive said the board would review the deal, and analysts cut their profit "
            "forecasts for the quarter.")
    assert "PROTEST" not in [e[0] for e in counted(pipe, text)], pipe.code_text(text).events


def test_the_headline_names_the_domain(pipe):
    from truce.events.domain import article_domain

    body = ("Number nine: a platoon holds a hill against an army that never comes. Number one: a war that tears "
            "two brothers apart, with a superb cast.")
    doc = pipe.nlp(body)
    plain = article_domain(doc, min_evidence=1.0)
    titled = article_domain(doc, min_evidence=1.0, title="The ten best war films of the decade, ranked by critics",
                            title_weight=1)
    assert plain.label == "politics", plain
    assert titled.label == "entertainment", titled
    assert article_domain(doc, min_evidence=1.0, title="Films", title_weight=0).label == "politics"


def test_a_folded_mention_shares_its_sentence_non_political_reading(pipe):
    text = ("Teenager shot dead outside chip shop in Leeds\n\n"
            "A 17-year-old boy was shot dead in a shooting outside a chip shop in Leeds late on Friday.\n\n"
            "Someone in a grey hatchback opened fire as he queued with friends. The car sped off.\n\n"
            "It was the second shooting in the area this month.")
    evs = pipe.code_text(text).events
    assert not [e for e in evs if e.counted and e.event == "ASSAULT"], evs


def test_an_undecided_later_mention_lifts_no_learned_demotion(pipe):
    text = ("Woman shot dead on street corner in Atlanta\n\n"
            "A 34-year-old woman was shot dead and a man was wounded in a shooting on a street corner in "
            "southwest Atlanta late on Saturday.\n\n"
            "Someone in a white pickup opened fire on them as they stood talking. The pickup drove off.\n\n"
            "It was the second shooting in the area this month.")
    evs = pipe.code_text(text).events
    assert not [e for e in evs if e.counted and e.event == "ASSAULT"], evs


def test_an_armed_later_mention_still_lifts_it(pipe):
    text = ("Farmer wounded near Kaduna\n\n"
            "A farmer was shot and wounded on his land near Kaduna on Monday.\n\n"
            "Masked gunmen fired at him from a motorbike before fleeing into the bush, residents said.")
    assert "ASSAULT" in [e[0] for e in counted(pipe, text)], pipe.code_text(text).events


def test_a_folded_mention_in_a_political_story_still_counts(pipe):
    text = ("Soldier killed near Gao\n\n"
            "A Malian soldier was shot dead in an attack on his patrol near Gao on Sunday, the army said.\n\n"
            "Jihadist gunmen opened fire on the patrol from motorbikes before fleeing, the army said.\n\n"
            "The government condemned the attack.")
    assert "ASSAULT" in [e[0] for e in counted(pipe, text)], pipe.code_text(text).events


def test_a_dateline_with_a_spaced_hyphen_is_header_matter(pipe):
    from truce.time.published import header_spans

    assert header_spans("PESHAWAR, Pakistan - Gunmen shot dead a policeman.") == [(0, 21)]
    assert header_spans("NATO-led troops arrived in the town.") == []
    text = "PESHAWAR, Pakistan - Gunmen on a motorbike shot dead a police officer outside a mosque on Friday."
    assert ("ASSAULT", "firearms") in counted(pipe, text), pipe.code_text(text).events


def test_a_crash_closing_a_road_is_no_coercion(pipe):
    text = ("SPOKANE, Wash. - A crash involving a van and two cars closed the westbound lanes of Interstate 90 "
            "for three hours on Tuesday, the state patrol said.\n\n"
            "One driver was taken to hospital. Traffic backed up for miles.\n\n"
            "The van's driver was cited for speeding.")
    evs = counted(pipe, text)
    assert not [e for e in evs if e[0] in MATERIAL + ("SUPPORT",)], pipe.code_text(text).events


def test_police_closing_a_road_is_still_coercion(pipe):
    text = "Police closed the main road into Goma on Monday after protesters set up barricades, officials said."
    assert "COERCE" in [e[0] for e in counted(pipe, text)], pipe.code_text(text).events


def test_backing_up_a_plan_is_still_support(pipe):
    assert "SUPPORT" in [e[0] for e in counted(pipe, "The senator backed up the governor's plan on Monday.")]
