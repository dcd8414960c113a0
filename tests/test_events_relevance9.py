"""Relevance and sense, issue 10 (helper relevance9): the article domain from the vocabularies of many kinds
of news, emergency measures in disaster stories, the plot of a film or game, armies out of today's news,
accident clauses on a conjunct, and 'hit back at' as a retort - each family against real political
violence that must keep its events. All text is our own, fictional."""

from __future__ import annotations

import pytest

from truce.records import Event

MATERIAL = ("ASSAULT", "COERCE", "MOBILIZE")


def counted(events: list[Event], types=MATERIAL) -> list[Event]:
    return [e for e in events if e.counted and e.event in types]


def demoted_with(events: list[Event], words: str) -> bool:
    return any(e.demoted and words in (e.demoted_reason or "") for e in events)


NON_POLITICAL = {
    "boxing": ("Welsh super-middleweight Owen Pryde knocked out his challenger in the fourth round in Cardiff on "
               "Saturday to keep his belt. Pryde hit him with a right hand that dropped him against the ropes, and "
               "the referee waved the bout off. The promoter said a rematch was unlikely. Pryde had been cut in "
               "the second round. The undercard was cancelled after a weigh-in row."),
    "golf": ("Norway's Sander Lunde shot a seven-under-par 65 to seize a two-shot lead at the halfway stage in "
             "Valderrama. Lunde holed a long putt for an eagle at the 11th and birdied three of the last four holes. "
             "The overnight leader, a golfer from Kent, shot 73. Play resumes on Saturday morning."),
    "cycling": ("Danish rider Mads Holt attacked on the final climb to capture the queen stage, as the peloton "
                "let the breakaway go. Holt dropped his last companion 2km from the line. The yellow jersey "
                "finished in the main group, and two riders crashed on the descent."),
    "esports": ("The Oslo Ravens stormed the final bomb site to win the esports major in Katowice. Their sniper "
                "shot three opponents in one round as the team captured the trophy in overtime. The prize pool "
                "was $1m, and the Ravens' roster has been unbeaten since March."),
    "market": ("Speculators launched a raid on the krona on Tuesday, pushing the currency to its lowest level in a "
               "decade. Bank shares were hammered and the index fell 2 percent as investors fled. A strategist at "
               "a Stockholm broker said the sell-off could deepen, and bond yields spiked."),
    "weather": ("Storm Petra battered the north coast on Monday, bringing down power lines. Waves smashed over "
                "the sea wall, and the harbour was closed to shipping for the day. Forecasters issued a red "
                "warning for gusts of 120km/h and torrential rain on Tuesday."),
    "accident": ("Two people were killed and 30 injured when a commuter train derailed near Graz on Tuesday. "
                 "Several carriages left the tracks on an embankment weakened by rain. The line was closed and "
                 "passengers were taken to hospital. Investigators ruled out foul play."),
    "game review": ("Review: 'Iron Coast 3' is loud and shallow. The new instalment lets players storm beaches, "
                    "call in airstrikes and capture enemy bunkers on eight maps. The campaign's finale, a night "
                    "raid on a fortress, looks superb. Verdict: two stars. It is out on Friday for consoles."),
    "museum": ("A new exhibition at the city museum shows how medieval armies besieged castles with catapults "
               "and battering rams. The curator said visitors could try on replica armour. The gallery opens "
               "on Saturday, and tickets cost ten pounds."),
}


@pytest.mark.parametrize("name", sorted(NON_POLITICAL))
def test_non_political_news_has_no_counted_material_conflict(pipe, name):
    coded = pipe.code_text(NON_POLITICAL[name])
    assert counted(coded.events) == [], (name, coded.domain, [(e.event, e.event_text) for e in counted(coded.events)])
    assert coded.domain != "politics", name


def test_emergency_measure_in_a_disaster_story_gives_its_reason(pipe):
    coded = pipe.code_text(NON_POLITICAL["weather"])
    events = coded.events
    assert not counted(events)
    assert any(e.demoted and e.demoted_reason for e in events)


def test_plot_of_a_game_is_demoted_with_its_reason(pipe):
    events = pipe.code_text(NON_POLITICAL["game review"]).events
    assert demoted_with(events, "the plot of a film, book, show or game")


def test_accident_clause_on_a_conjunct_demotes_both_tolls(pipe):
    events = pipe.code_text(NON_POLITICAL["accident"]).events
    assert not counted(events, ("ASSAULT",))
    assert sum(demoted_with([e], "an accident") for e in events) >= 2


def test_medieval_army_is_no_political_participant(pipe):
    events = pipe.code_text(NON_POLITICAL["museum"]).events
    assert not any("political participant 'armies'" in " ".join(e.explanation) for e in counted(events))


POLITICAL = {
    "fans and riot police": ("Riot police fired tear gas at football fans who clashed with officers outside the "
                             "stadium in Rosario before the cup final on Sunday. Police said 24 people were "
                             "arrested. The match kicked off an hour late.", {"ASSAULT", "COERCE"}),
    "stadium bombing": ("A bomb exploded at a stadium in Kismayo during a football match on Friday, killing six "
                        "spectators, police said. Al-Shabaab said its fighters had carried out the attack. The "
                        "government condemned the bombing.", {"ASSAULT"}),
    "war film and real war": ("Russian missiles struck a power station in Odesa overnight, cutting power to "
                              "thousands, officials said. The strike came as a war film about the city premiered "
                              "in Kyiv. Air defences shot down four drones, the air force said.", {"ASSAULT"}),
    "storm and troops": ("Soldiers opened fire on protesters in the flooded city of Sittwe on Monday, killing "
                         "three people, witnesses said. The storm had destroyed thousands of homes, and residents "
                         "were demanding aid. The army said its troops had fired warning shots.", {"ASSAULT"}),
    "market and tanker attack": ("Oil prices jumped 4 percent after Houthi fighters fired a missile at a tanker "
                                 "in the Red Sea on Tuesday, traders said. Shares in shipping firms rose as the "
                                 "index fell. The ship was damaged, but no crew were hurt.", {"ASSAULT"}),
}


@pytest.mark.parametrize("name", sorted(POLITICAL))
def test_political_violence_in_any_story_keeps_its_events(pipe, name):
    text, types = POLITICAL[name]
    got = {e.event for e in counted(pipe.code_text(text).events)}
    assert types <= got, (name, got)


def test_hit_back_at_a_rival_is_a_retort_not_an_assault(pipe):
    text = ("The mayor of Dunmore hit back at the regional governor on Wednesday, accusing him of abandoning "
            "bus passengers. The governor's office said the city had wasted its budget.")
    events = pipe.code_text(text).events
    assert not counted(events, ("ASSAULT",))
    assert any(e.counted and e.event == "ACCUSE" for e in events)


def test_hit_back_with_weapons_stays_an_attack(pipe):
    text = "The army hit back at rebel positions with artillery on Thursday, killing 12 fighters, officials said."
    assert counted(pipe.code_text(text).events, ("ASSAULT",))


def test_listicle_imperatives_are_advice_not_reports(pipe):
    text = ("Six ways to beat the Monday slump. Attack the hardest job first, kill your phone alerts and raid the "
            "fridge for a healthy snack. Then shoot for one small win before lunch.")
    events = pipe.code_text(text).events
    assert not counted(events)
    assert any("imperative" in " ".join(e.explanation) for e in events)


def test_a_reported_raid_is_no_imperative(pipe):
    assert counted(pipe.code_text("Troops raid rebel camp near Beni, army says.").events, ("COERCE", "ASSAULT"))


CRIME_AND_IDIOMS = {
    "burglars' raid": "Burglars raided a pensioner's home in Derby and stole her late husband's medals. Detectives "
                      "appealed for witnesses to the burglary.",
    "camera capture": "Astronomers captured images of a black hole tearing a star apart. The telescope's camera "
                      "caught the moment the star was torn open, the researchers said.",
    "highway patrol": "Five teenagers were killed when their car hit a tree on a country road in Ohio, the state "
                      "highway patrol said. The driver had just passed his test.",
    "short snooker story": "Scotland's Ewan Baird fired a 141 break to crush the defending champion 10-3 in "
                           "Sheffield. Baird won seven frames in a row after the interval in the snooker final.",
}


@pytest.mark.parametrize("name", sorted(CRIME_AND_IDIOMS))
def test_crime_and_idioms_without_political_actor(pipe, name):
    events = pipe.code_text(CRIME_AND_IDIOMS[name]).events
    assert not counted(events, ("ASSAULT", "MOBILIZE")) and not [
        e for e in counted(events, ("COERCE",)) if e.mode != "arrest"], (name, [(e.event, e.event_text) for e in counted(events)])


def test_police_arrest_in_a_crime_story_stays_coerce(pipe):
    text = ("A man shot his neighbour dead after a row over a fence in Tucson, police said. Officers arrested him "
            "at the scene, and he was charged with murder.")
    assert any(e.mode == "arrest" for e in counted(pipe.code_text(text).events, ("COERCE",)))


def test_gunmen_storming_a_village_stay_political_in_a_crime_worded_story(pipe):
    text = ("Gunmen stormed the village of Kauru overnight, killing seven people and burning houses, police "
            "said. Detectives and the state prosecutor have opened an investigation into the attack.")
    assert counted(pipe.code_text(text).events, ("ASSAULT",))


SENTENCE_FAMILIES = {
    "animals": "Wasps launched a raid on the picnic tables, and a swarm of locusts invaded the valley's farms.",
    "thieves": "Robbers raided a post office in Salford and seized the takings, police said.",
    "opportunity": "Dunmore Freight seized the opportunity to expand into Spain after a rival pulled out.",
    "asteroid": "The asteroid struck the sea off the coast and threw up a wave of ash, the scientists said.",
    "relief deployment": "Soldiers were deployed to help evacuate villagers as the river burst its banks.",
}


@pytest.mark.parametrize("name", sorted(SENTENCE_FAMILIES))
def test_non_political_actors_and_purposes(pipe, name):
    events = pipe.code_text(SENTENCE_FAMILIES[name]).events
    assert not counted(events), (name, [(e.event, e.event_text) for e in counted(events)])


def test_deployment_to_restore_order_stays_mobilize(pipe):
    text = "The army deployed 3,000 troops to restore order in Kidal after the clashes, officials said."
    assert counted(pipe.code_text(text).events, ("MOBILIZE",))


def test_rebels_seizing_a_town_stay_coerce(pipe):
    text = "Rebels seized the town of Walikale on Tuesday after the army withdrew, residents said."
    assert counted(pipe.code_text(text).events, ("COERCE",))


def test_news_words_for_shows_and_dramas_are_no_fiction(pipe):
    text = "The army staged a show of force in which tanks fired on rebel positions near Goma, residents said."
    assert counted(pipe.code_text(text).events, ("ASSAULT",))


def test_a_film_plot_in_a_relative_clause_is_fiction(pipe):
    text = "The film, in which the heroes battle an alien invasion of New York, took $190m in its first weekend."
    events = pipe.code_text(text).events
    assert not counted(events) and demoted_with(events, "the plot of a film")
