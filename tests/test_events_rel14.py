"""Relevance and sense from context (issue 10, helper rel14): accidents named by a noun, a state's dispute,
closures ordered by authorities in a disaster story, violence by a partner, the article domain of thin
crime stories, and a TV recap told by its headline and lead; each with the political reading that
must survive. All text is our own, fictional; none is an item of a written set."""

from __future__ import annotations

import pytest

MATERIAL = ("ASSAULT", "COERCE", "MOBILIZE")


@pytest.fixture(scope="module")
def pipe():
    from truce.pipeline import Pipeline

    return Pipeline()


def events(pipe, text: str):
    return pipe.code_text(text).events


def material(pipe, text: str) -> list[str]:
    return [e.event for e in events(pipe, text) if e.counted and e.event in MATERIAL]


def reasons(pipe, text: str) -> list[str]:
    return [e.demoted_reason or "" for e in events(pipe, text) if e.demoted]


@pytest.mark.parametrize("text", [
    "A soldier was killed in a training accident at the Dunmore barracks on Monday, the army said.",
    "Two fans were killed in a stampede at the Lakeside stadium on Saturday.",
])
def test_an_accident_named_by_its_noun(pipe, text):
    assert material(pipe, text) == []
    assert any(r.startswith("an accident") for r in reasons(pipe, text))


@pytest.mark.parametrize("text", [
    "A soldier was killed in an ambush by rebels near Dunmore on Monday, the army said.",
    "Rebels killed three soldiers in an attack on a checkpoint near Dunmore on Monday.",
])
def test_violence_in_an_attack_is_no_accident(pipe, text):
    assert "ASSAULT" in material(pipe, text)


def test_a_states_dispute_is_no_personal_quarrel(pipe):
    text = ("Miners' output falls as government takes over\n\n"
            "The military government of Norland seized the Kessa copper mine on Friday after a dispute with its "
            "foreign owner over royalties. Soldiers occupied the site and ordered foreign staff to leave. "
            "The company said it would go to arbitration.")
    assert "COERCE" in material(pipe, text)


def test_a_closure_in_a_disaster_story_is_the_emergencys(pipe):
    text = ("Volcano blasts ash over the island\n\n"
            "Mount Osari erupted on Sunday, blasting ash eight kilometres into the sky as lava poured down its "
            "slopes. Authorities evacuated 5,000 people and closed the airport as the ash cloud drifted west. "
            "Volcanologists said more eruptions were likely and rescue teams stayed on alert.")
    assert material(pipe, text) == []


def test_a_closure_by_authorities_after_an_attack_is_kept(pipe):
    text = ("Border shut after rebel raid\n\n"
            "Rebels attacked an army post near the border town of Kessa on Sunday, killing four soldiers. "
            "Authorities closed the border crossing and the government sent troops to the area. "
            "The defence minister said the attackers had come from across the frontier.")
    assert "ASSAULT" in material(pipe, text)


def test_violence_by_a_partner_is_domestic_crime(pipe):
    text = ("Woman stabbed at home in Harlow\n\n"
            "A woman was stabbed several times by her partner at their home in Harlow on Saturday night, police "
            "said. Neighbours heard screaming and called an ambulance. Detectives said the attack was not random "
            "and there was no risk to the public.")
    assert material(pipe, text) == []


def test_capitalised_plurals_are_domain_cues():
    from truce.events.domain import article_domain
    from truce.nlp import load_model

    doc = load_model()("Detectives were called. Neighbours heard shouting. Burglars fled.")
    dom = article_domain(doc, min_evidence=0.0)
    assert dom.label == "crime" and dom.score == 1.0, dom


def test_a_recap_told_by_its_headline_and_lead():
    """A recap whose plot's armies and kings make its body political is a show by its headline and lead."""
    from truce.events.domain import ArticleDomain
    from truce.events.sense import _review_story
    from truce.settings import default_settings

    st = default_settings().events
    lead = ArticleDomain("entertainment", 0.7, {"entertainment": 0.7, "politics": 0.0})
    body = {"politics": 0.5, "entertainment": 0.4}
    assert _review_story(ArticleDomain("politics", 0.5, body, (), lead), st)
    political_lead = ArticleDomain("entertainment", 0.5, {"entertainment": 0.5, "politics": 0.5})
    assert not _review_story(ArticleDomain("politics", 0.5, body, (), political_lead), st)
    assert not _review_story(ArticleDomain("politics", 0.5, body, (), None), st)
    assert _review_story(ArticleDomain("entertainment", 0.6, {"entertainment": 0.6, "politics": 0.2}), st)


def test_a_film_director_arrested_is_news(pipe):
    text = ("Film director detained over festival documentary\n\n"
            "Police arrested the film director Sara Moradi at her home on Sunday, a week after her documentary "
            "about the street protests was shown at a festival abroad, her family said. Officers took away "
            "her hard drives. Film-makers around the world called for her release.")
    assert "COERCE" in material(pipe, text)
