"""Article domain and sense from context (issue 10, helper rel13): the headline and lead of a match or a
market story, a contest in a sport story whatever the trigger, delivery drones in a business story, research
stories, figurative salvos and battles over a budget, thieves tagged as a name after a dateline, the
police who only tell a crime story, and real violence at a stadium or in a sport story that must survive.
All text is our own, fictional; none is an item of a written set."""

from __future__ import annotations

import pytest

MATERIAL = ("ASSAULT", "COERCE", "MOBILIZE")


@pytest.fixture(scope="module")
def pipe():
    from truce.pipeline import Pipeline

    return Pipeline()


def coded(pipe, text: str):
    return pipe.code_text(text).events


def counted(pipe, text: str) -> list[str]:
    return [e.event for e in coded(pipe, text) if e.counted]


def material(pipe, text: str) -> list[str]:
    return [e for e in counted(pipe, text) if e in MATERIAL]


def test_lead_share_is_read_only_when_lead_and_article_agree():
    from truce.events.domain import ArticleDomain

    lead = ArticleDomain("sport", 1.0, {"sport": 1.0, "politics": 0.0})
    story = ArticleDomain("sport", 0.6, {"sport": 0.6, "politics": 0.3}, ("match",), lead)
    assert story.rule_political == 0.0
    other = ArticleDomain("business", 0.6, {"business": 0.6, "politics": 0.3}, ("market",), lead)
    assert other.rule_political == 0.3  # a sport lead on a business story: the article's own share
    political_lead = ArticleDomain("politics", 0.7, {"politics": 0.7, "sport": 0.3})
    assert ArticleDomain("sport", 0.6, {"sport": 0.6, "politics": 0.3}, (), political_lead).rule_political == 0.3


def test_lead_of_the_article_domain(pipe):
    from truce.events import EventExtractor
    from truce.nlp import load_model

    text = ("Granby Town thrashed Ellis Vale 4-0 at the Moor Lane ground on Saturday. "
            "Striker Owen Pask scored twice before half-time. "
            "After the match the club's chairman said the war of words with the league over the defence of "
            "its licence was over, and that the government's new rules for stadiums were welcome.")
    doc = load_model()(text)
    dom = EventExtractor().domain(doc, "Granby Town thrash Ellis Vale to go top")
    assert dom.label == "sport" and dom.lead is not None and dom.lead.label == "sport"
    assert dom.rule_political <= dom.political and dom.lead.political == 0.0


def test_a_contest_in_a_sport_story_whatever_the_trigger(pipe):
    text = ("Rugby: Harlow Hawks bulldoze Dunmere to stay top of the table\n\n"
            "The Hawks bulldozed Dunmere 41-7 at Pell Park on Friday night to stay three points clear at the top "
            "of the league table.\n\n"
            "Their forwards mauled the visitors at the breakdown and the home backs ran riot after the break, "
            "with winger Tom Ashe scoring a hat-trick of tries.\n\n"
            "Dunmere's coach said his side's defence had been torn apart. The Hawks travel to Corby next week.")
    assert not material(pipe, text), coded(pipe, text)
    why = [e.demoted_reason or "" for e in coded(pipe, text) if e.demoted]
    assert any("contest" in r or "sport story" in r for r in why), why


def test_esports_opened_fire_on_the_opposition(pipe):
    text = ("Esports: Iron Wolves win the Spring Masters after a five-map war\n\n"
            "Iron Wolves won the Spring Masters on Sunday after a five-map war with Blue Comet in front of 9,000 "
            "fans at the arena, the team's first title.\n\n"
            "Their rifler opened fire on the opposition with a four-kill round on the first map.\n\n"
            "Blue Comet won maps two and three before Iron Wolves took the decider 16-11.")
    assert not material(pipe, text), coded(pipe, text)


def test_real_violence_in_a_sport_story_survives(pipe):
    text = ("Match abandoned after gunmen attack police near stadium\n\n"
            "A league match in the northern city was abandoned on Sunday after gunmen opened fire on a police "
            "checkpoint near the stadium, killing two officers.\n\n"
            "Players fled to the dressing rooms and fans were kept inside the ground for two hours.\n\n"
            "The league postponed all its matches in the region.")
    assert "ASSAULT" in counted(pipe, text), coded(pipe, text)


def test_a_war_quoted_in_a_sport_story_survives(pipe):
    text = ("Striker dedicates winner to his home town\n\n"
            "Ukrainian striker Petro Halych dedicated his winning goal for Corby United on Saturday to his home "
            "town of Sumy, which Russian forces shelled overnight, killing two civilians.\n\n"
            "Halych scored with a low shot in the 81st minute of the 2-1 win over Ashby.\n\n"
            "Corby move up to fifth in the league table.")
    assert "ASSAULT" in counted(pipe, text), coded(pipe, text)


def test_delivery_drones_in_a_tech_story(pipe):
    text = ("Review: the Skyhop 3 delivery drone app\n\n"
            "The Skyhop 3 app lets users order groceries to their gardens by drone, and the software is the best "
            "we have tested on a smartphone.\n\n"
            "The drones fired parcels down on small parachutes to users' gardens.\n\n"
            "The app is free to download. Verdict: four stars for the tech, three for the battery.")
    assert not material(pipe, text), coded(pipe, text)


def test_military_drones_in_a_business_story_survive(pipe):
    text = ("Refinery shares slide after attack\n\n"
            "Rebels launched drones at the refinery of Castellan Oil in the south on Monday, setting a storage "
            "tank on fire, the company said. Its shares fell 8 percent.\n\n"
            "The company said production would resume within a week. Analysts cut their profit forecasts.\n\n"
            "Oil prices rose 2 percent.")
    assert "ASSAULT" in counted(pipe, text), coded(pipe, text)


def test_a_research_story_is_no_war(pipe):
    text = ("Invasive beetles wage war on native pines, study finds\n\n"
            "Invasive bark beetles have invaded pine forests along the coast and attack young trees in huge "
            "numbers, according to a study published in the journal Forest Ecology.\n\n"
            "The researchers said the species arrived in timber shipments.\n\n"
            "Scientists found that native birds eat some of the beetles but cannot stop their spread.")
    assert not material(pipe, text), coded(pipe, text)


def test_figurative_salvo_and_budget_battle(pipe):
    text = ("The opposition fired the opening salvo in the budget battle on Monday, with its finance spokesman "
            "attacking the government's spending plans.")
    events = counted(pipe, text)
    assert "ASSAULT" not in events and "ACCUSE" in events, coded(pipe, text)


def test_a_salvo_by_an_armed_actor_is_an_attack(pipe):
    assert "ASSAULT" in counted(pipe, "Rebels fired a salvo of rockets at the army base on Monday.")


def test_thieves_after_a_dateline(pipe):
    text = ("Cash machine blown up in village\n\n"
            "MARSDEN - Thieves blew up a cash machine in a village near Marsden overnight and escaped with an "
            "unknown amount of cash, police said.\n\n"
            "The blast damaged the shop and shattered windows of nearby houses.\n\n"
            "Detectives appealed for witnesses.")
    assert not material(pipe, text), coded(pipe, text)


def test_police_arrest_in_a_crime_story_is_coerce(pipe):
    text = ("Two held after petrol station robbery\n\n"
            "Police arrested two men on Saturday after an armed robbery at a petrol station on the Rowley Road.\n\n"
            "The men threatened a cashier with a knife and stole cash before driving off, officers said.\n\n"
            "Both are due to appear in court on Monday.")
    assert "COERCE" in counted(pipe, text), coded(pipe, text)  # the project's convention: a state authority acts
    assert "ASSAULT" not in counted(pipe, text), coded(pipe, text)


def test_singular_forms_of_a_plural_name():
    from truce.events.lexicon import singular_forms

    assert "thief" in singular_forms("thieves") and "militia" in singular_forms("militias")
    assert "militiaman" in singular_forms("militiamen") and "church" in singular_forms("churches")
    assert singular_forms("police") == ()


def test_guard_sent_to_help_with_the_clean_up(pipe):
    text = ("Tornado rips through Ellis\n\n"
            "A tornado ripped through the town of Ellis on Monday evening, destroying dozens of homes and "
            "killing two people.\n\n"
            "The governor sent National Guard troops to help with the clean-up.\n\n"
            "Forecasters warned of more storms on Wednesday.")
    assert not material(pipe, text), coded(pipe, text)


def test_troops_sent_to_fight_stay_mobilize(pipe):
    text = "The governor sent National Guard troops to the border town on Monday to help police fight the cartel."
    assert "MOBILIZE" in counted(pipe, text), coded(pipe, text)


def test_plain_men_seizing_someone_in_a_crime_story(pipe):
    text = ("Shopkeeper snatched outside his home, police say\n\n"
            "A shopkeeper was snatched outside his home in Darwen on Tuesday, police said.\n\n"
            "Three men seized him as he left for work and bundled him into a van, detectives said.\n\n"
            "Officers arrested a suspect on Thursday. The shopkeeper was found unharmed in a flat in Leeds.")
    events = [e for e in coded(pipe, text) if e.counted]
    assert not [e for e in events if e.event == "COERCE" and e.trigger == "seized"], events
    assert [e for e in events if e.event == "COERCE" and e.trigger == "arrested"], events  # police: political


def test_protesters_arrested_in_a_sport_story_stay_political(pipe):
    text = ("Cup final goes ahead despite protests\n\n"
            "The cup final went ahead on Saturday despite protests outside the stadium against the government.\n\n"
            "Inside, City beat Rovers 2-0 with two goals from Ali Hassan.\n\n"
            "Dozens of protesters were arrested, witnesses said. The federation said security had been tight.")
    events = [e for e in coded(pipe, text) if e.counted]
    assert [e for e in events if e.event == "COERCE"], events
    assert not [e for e in events if e.event == "ASSAULT"], events  # 'beat Rovers 2-0' is the match


def test_police_closing_roads_in_a_storm_story(pipe):
    text = ("Storm Kai lashes coast, ports shut\n\n"
            "Storm Kai lashed the coast with 80mph winds on Friday, forcing ports to shut and cutting power to "
            "50,000 homes.\n\n"
            "The storm struck as the tide peaked, and waves battered sea defences.\n\n"
            "Police closed roads along the seafront. More rain is forecast.")
    assert not material(pipe, text), coded(pipe, text)


def test_ruled_out_is_a_negation(pipe):
    events = coded(pipe, "Fire investigators said the fire was caused by an electrical fault and ruled out arson.")
    assert not [e for e in events if e.counted and e.event == "ASSAULT"], events
