"""Relevance and word sense: non-political readings of 'beat', 'hit', 'attack', 'shot', 'storm' ... are
demoted or dropped with a reason, real political violence keeps its events. All text is our own."""

from __future__ import annotations

import pytest

from truce.events.classes import sentence_class
from truce.records import Event


def counted(events: list[Event], types=("ASSAULT", "COERCE", "MOBILIZE")) -> list[Event]:
    return [e for e in events if e.modality.asserted and not e.demoted and e.event in types]


SPORT = ("Norland beat Estland 3-1 in the cup final on Saturday. Their striker hit the post twice before his shot "
         "found the net early in the second half. The visitors' attack was blunted by a stubborn defence, and the "
         "coach said his team fought for every ball all season. Fans stormed the pitch after the final whistle as "
         "the captain lifted the trophy, the club's first title in the league for a decade.")
MARKET = ("Shares in Dorvo Holdings hit a record high on Monday after the company beat profit forecasts for the "
          "quarter. Investors piled in and the index gained two percent, traders said. Rival firms were hit by "
          "weaker sales, and analysts said a takeover battle for the retailer could drive the stock price higher. "
          "The bank said inflation and interest rates were the main risk for the market.")
WEATHER = ("A powerful storm hit the coast of Varno on Tuesday, bringing heavy rain and winds of up to 120 km per "
           "hour. Forecasters said temperatures would fall sharply and warned of flooding and snow in the hills. "
           "The weather service said the storm was expected to weaken by Thursday.")
DISASTER = ("An earthquake struck the mountain region of Kelby overnight, killing at least 40 people and injuring "
            "hundreds, rescuers said. Aftershocks shook the area as rescue teams searched the rubble for survivors. "
            "The quake destroyed hundreds of homes and a landslide blocked the main road, emergency services said.")
ACCIDENT = ("A lorry slammed into a bus on the motorway near Dorvo on Friday, killing six passengers. A cyclist "
            "was hit by a car in the town centre the same day. The driver was taken to hospital after the crash, "
            "and the collision is being investigated, the transport authority said.")
CRIME = ("A man was stabbed to death outside a bar in Kelby on Saturday night, detectives said. A 24-year-old "
         "suspect was charged with murder and will appear in court on Monday. The victim's family said the "
         "killing had left them devastated, and the trial is expected next year, the prosecutor said.")
POLITICAL = ("Government troops shelled the rebel-held town of Dorvo on Monday, killing twelve civilians, the "
             "defence ministry said. Rebels attacked an army post near the border and fighters from the Kelby "
             "Front clashed with soldiers for two hours. The president condemned the attack and ordered the army "
             "to deploy reinforcements to the region, as the opposition party called for a ceasefire.")


@pytest.mark.parametrize("name, text, domain", [
    ("sport", SPORT, "sport"), ("market", MARKET, "business"), ("weather", WEATHER, "weather"),
    ("disaster", DISASTER, "disaster"), ("crime", CRIME, "crime"),
])
def test_non_political_story_has_no_counted_material_conflict(pipe, name, text, domain):
    coded = pipe.code_text(text)
    assert coded.domain == domain, name
    assert counted(coded.events) == [], [(e.event, e.event_text, e.explanation[-1]) for e in counted(coded.events)]
    for e in coded.events:
        if e.demoted:
            assert e.demoted_reason and e.relevance is not None and any("sense" in x or "demoted" in x
                                                                       for x in e.explanation)


def test_accident_is_not_assault(pipe):
    coded = pipe.code_text(ACCIDENT)
    assert counted(coded.events, ("ASSAULT",)) == []


def test_political_violence_keeps_its_events(pipe):
    coded = pipe.code_text(POLITICAL)
    assert coded.domain == "politics"
    kept = counted(coded.events, ("ASSAULT",))
    assert len(kept) >= 2 and all(e.relevance and e.relevance >= 0.5 for e in kept)
    assert {e.event for e in coded.events if not e.demoted} >= {"ASSAULT", "ACCUSE", "REQUEST"}


@pytest.mark.parametrize("text, event, mode", [
    ("Thousands of students hit the streets of Kelby to protest against the new law.", "PROTEST", "demo"),
    ("Opposition supporters took to the streets of the capital on Sunday.", "PROTEST", "demo"),
    ("The opposition leader attacked the government's budget plans in parliament.", "ACCUSE", "disapprove"),
    ("The prime minister hit out at critics of the reform on Tuesday.", "ACCUSE", "disapprove"),
    ("The minister took a swipe at the central bank in a speech.", "ACCUSE", "disapprove"),
    ("The army carried out a strike on a rebel camp near Dorvo.", "ASSAULT", None),
    ("Dock workers went on strike over pay on Monday.", "PROTEST", "strike"),
])
def test_idioms_are_retyped_as_a_class(pipe, text, event, mode):
    events = [e for e in pipe.code_text(text).events if e.modality.asserted and not e.demoted]
    assert any(e.event == event and (mode is None or e.mode == mode) for e in events), \
        [(e.event, e.mode, e.event_text) for e in events]
    assert not (event != "ASSAULT" and any(e.event == "ASSAULT" for e in events))


@pytest.mark.parametrize("text", [
    "The ministry spokesman declined to comment on the report.",
    "Oil prices hit a two-year high on Monday.",
    "The singer's new album shot to number one in the charts.",
    "The health ministry is fighting the cholera outbreak in the north.",
    "The club fired its coach after a run of defeats.",
    "Shopkeepers said they were bombarded with complaints.",
    "The minister was peppered with questions about fuel prices on Monday.",
    "The port has been hit by delays and fuel shortages since January.",
])
def test_idioms_without_a_political_event(pipe, text):
    events = pipe.code_text(text).events
    assert counted(events, ("ASSAULT", "COERCE", "MOBILIZE", "REJECT")) == [], \
        [(e.event, e.event_text) for e in events]


def test_sentence_class_ignores_non_political_readings(pipe):
    coded = pipe.code_text(SPORT)
    first = [e for e in coded.events if e.sentence_start == 0]
    assert sentence_class(first) == 0


def test_bombarded_with_weapons_or_hit_by_a_strike_is_still_an_attack(pipe):
    """The idioms are "bombarded with" words and "hit by" delays: a town bombarded with rockets, a
    convoy hit by an air strike stay attacks."""
    events = pipe.code_text("Rebels bombarded the town with rockets on Monday.").events
    assert [e.event for e in counted(events)] == ["ASSAULT"]
    events = pipe.code_text("A convoy was hit by an air strike near the port on Monday.").events
    assert "ASSAULT" in [e.event for e in counted(events)]


def test_armed_men_are_an_armed_actor_in_a_business_story(pipe):
    """"Armed men abducted four oil workers ... the company said": the oil company makes it a business
    story, but "armed men" (one modifier and the noun: "unidentified armed men" too) are armed, so the
    abduction is kept (it was demoted as a sense-prone trigger in a business story)."""
    text = ("Armed men abducted four oil workers from a pumping station near Dorvo on Friday, the company that "
            "employs them said. The company said production at the field had stopped and its shares fell. "
            "Oil prices rose on the news, traders said, and the firm's quarterly profit forecast was cut.")
    kept = counted(pipe.code_text(text).events, ("ASSAULT",))
    assert kept and kept[0].mode == "abduct"


@pytest.mark.parametrize("text, event", [
    ("An army helicopter came under fire during a supply flight over the north on Sunday, the ministry said.", "ASSAULT"),
    ("A police patrol came under fire near the border on Tuesday, officials said.", "ASSAULT"),
    ("Soldiers came under fire from militants near the town.", "ASSAULT"),
    ("The army came under fire for its handling of the protests.", "ACCUSE"),
    ("The minister came under fire over the budget plan on Monday.", "ACCUSE"),
    ("The prime minister has come under fire from opposition parties.", "ACCUSE"),
    # "for" a span of time says how long the shooting lasted, not what a criticism is about
    ("Norland troops came under heavy fire for about two hours from positions across the river, the ministry said.",
     "ASSAULT"),
    ("A border post came under attack for several minutes on Sunday night, the army said.", "ASSAULT"),
])
def test_came_under_fire_is_an_attack_on_the_armed_and_criticism_of_the_rest(pipe, text, event):
    """"came under fire": shot at when the sentence names an armed actor or weapon, criticised when it is
    "for" or "over" something or no one armed is in the sentence (senses.yaml idioms)."""
    events = [e for e in pipe.code_text(text).events if not e.demoted and e.event in ("ASSAULT", "ACCUSE")]
    assert [e.event for e in events] == [event]


def test_the_subject_of_came_under_fire_is_the_target(pipe):
    """"Soldiers came under fire from militants": the soldiers are the recipient, the militants the actor
    (frames.yaml undergo_phrases); with no "from", the actor is unknown, never the subject."""
    (e,) = [e for e in pipe.code_text("Soldiers came under fire from militants near the town.").events
            if e.event == "ASSAULT"]
    assert [a.text for a in e.actor] == ["militants"] and [r.text for r in e.recipient] == ["Soldiers"]
    text = "An army helicopter came under attack during a supply flight on Sunday, the ministry said."
    (e,) = [e for e in pipe.code_text(text).events if e.event == "ASSAULT"]
    assert e.actor == [] and [r.text for r in e.recipient] == ["army helicopter"]


def test_shells_slamming_into_a_camp_are_an_attack_not_criticism(pipe):
    """"Mortar shells slammed into an army camp": a weapon slamming into something is an attack (it was
    read as 'slammed' = criticised, which made the killings in the sentence hypothetical); "slammed the
    budget" stays criticism; a physical "slammed into" is never an accusation."""
    text = "Mortar shells slammed into an army camp in Bourem late on Thursday, killing three soldiers."
    kept = counted(pipe.code_text(text).events, ("ASSAULT", "ACCUSE"))
    assert [e.event for e in kept] == ["ASSAULT"]
    assert [e.event for e in counted(pipe.code_text("The opposition slammed the government's budget.").events,
                                     ("ACCUSE",))] == ["ACCUSE"]
    assert not [e for e in pipe.code_text("Huge waves slammed into the harbour wall.").events if e.event == "ACCUSE"]


def test_armed_people_keep_an_attack_in_a_business_story(pipe):
    """'Armed men' are armed actors (classes.yaml armed_person + armed_person_modifier), so a business
    story's sense-prone trigger is not demoted; a nationality alone does not arm people."""
    text = ("Armed men kidnapped four engineers from a drilling site of Dorvo Oil on Friday, the company said, "
            "as its shares fell three percent on the stock market and investors sold the stock.")
    kept = counted(pipe.code_text(text).events)
    assert [e.event for e in kept] == ["ASSAULT"]
    plain = text.replace("Armed men", "Two Estlandish men")
    assert counted(pipe.code_text(plain).events) == []


def test_natural_hazard_actor_is_no_political_actor_of_any_type(pipe):
    """A storm that 'slammed' a coast accuses no one (any_type participant rule: every type, not only
    the sense-prone material-conflict triggers); an acronym spelled like a hazard ('ICE') is an agency."""
    coded = pipe.code_text("A cyclone slammed into the coast of Varno overnight, flattening hundreds of houses.")
    assert not [e for e in coded.events if e.counted], [(e.event, e.event_text) for e in coded.events]
    agency = pipe.code_text("ICE returned five stolen statues to the government of Norland on Monday.")
    assert [e.event for e in agency.events if e.counted] == ["RETREAT"]


def test_intention_of_a_non_political_act_is_not_political(pipe):
    """A THREATEN or AGREE made from a demoted or dropped act (its stated intention) inherits the
    demotion; the same frame with an armed actor stays a counted threat."""
    sport = pipe.code_text("The club's owner vowed to fight relegation until the last match of the season, "
                           "the club said after the defeat in the league.")
    assert not [e for e in sport.events if e.counted], [(e.event, e.event_text) for e in sport.events]
    assert any(e.event == "THREATEN" and e.demoted for e in sport.events)
    idiom = pipe.code_text("The striker's agent said his client was ready to fight for his place in the side.")
    assert not [e for e in idiom.events if e.counted]
    rebels = pipe.code_text("The rebels vowed to fight the army until the last man.")
    assert [e.event for e in rebels.events if e.counted] == ["THREATEN"]


def test_deal_between_firms_is_business_unless_a_state_takes_part(pipe):
    """The `firm` participant rule (any_type, types, unless_state): a merger agreed by carmakers is
    demoted, a company's agreement with a national government is kept."""
    merger = pipe.code_text("The two carmakers agreed to merge in a deal worth 38 billion dollars.")
    assert not [e for e in merger.events if e.counted]
    assert any(e.event == "AGREE" and e.demoted and "firm" in (e.demoted_reason or "") for e in merger.events)
    state = pipe.code_text("The company agreed with the Norlandish government to pay compensation to the villagers.")
    assert [e.event for e in state.events if e.counted] == ["AGREE"]


def test_commercial_deal_object_is_business(pipe):
    """The `commerce` object rule: accepting a bid is business; a government rejecting a bid for a
    national airline keeps its reading (unless_state)."""
    bid = pipe.code_text("Northfield accepted a record bid from Southgate for their young striker.")
    assert not [e for e in bid.events if e.counted]
    state = pipe.code_text("The Norlandish government rejected the takeover bid for the national airline.")
    assert [e.event for e in state.events if e.counted] == ["REJECT"]


def test_occupation_by_civilians_is_a_protest(pipe):
    """senses.yaml idiom: an occupation whose subject is a civil actor (classes.yaml civil_actor) is
    PROTEST obstruct; the same verb with rebels stays COERCE seize."""
    students = pipe.code_text("Students occupied the main building of the university on Monday in protest at fee rises.")
    assert [(e.event, e.mode) for e in students.events if e.counted][:1] == [("PROTEST", "obstruct")]
    rebels = pipe.code_text("Rebels occupied the town after a day of fighting.")
    assert [(e.event, e.mode) for e in rebels.events if e.counted][:1] == [("COERCE", "seize")]


@pytest.mark.parametrize("text, event", [
    ("Militia fighters attacked a military position near Dorvo, killing two soldiers.", "ASSAULT"),
    ("Rebels attacked army positions outside the town overnight.", "ASSAULT"),
    ("The opposition leader attacked the minister's position on the budget.", "ACCUSE"),
    ("The senator attacked the president's move to cut taxes.", "ACCUSE"),
])
def test_a_position_or_move_is_a_stance_only_without_an_armed_actor(pipe, text, event):
    """'position' and 'move' name a stance or a manoeuvre: attacking one is verbal only when no armed
    actor or weapon takes part."""
    events = [e for e in pipe.code_text(text).events if e.modality.asserted and not e.demoted]
    assert [e.event for e in events if e.event in ("ASSAULT", "ACCUSE")][:1] == [event], \
        [(e.event, e.event_text) for e in events]


def test_a_casualty_report_keeps_the_armed_actor_of_its_when_clause(pipe):
    """'Dozens were wounded when police fired on the crowd': the clause telling how it happened names an
    armed actor, so the learned model may not demote the wounding, which takes that actor; a bus that
    plunged into a ravine names none and stays no attack."""
    events = counted(pipe.code_text("Dozens were wounded in Kelby when police fired on the crowd.").events, ("ASSAULT",))
    assert events and any(a.text == "police" for e in events for a in e.actor)
    events = pipe.code_text("Seven people were killed when a bus plunged into a ravine near Kelby.").events
    assert counted(events, ("ASSAULT",)) == []


class _ObjectFirst(frozenset):
    """A role set that iterates 'object' before 'actor', as some hash seeds order ``frozenset({'actor', 'object'})``."""

    def __iter__(self):
        return iter(sorted(frozenset.__iter__(self), reverse=True))


def test_participant_rule_names_the_actor_first_whatever_the_role_set_order(nlp):
    """The demotion reason names the first participant in the caller's role order (actor, then object),
    not in the order a role set happens to iterate under the process's hash seed."""
    from dataclasses import replace
    from types import SimpleNamespace

    from truce.events.lexicon import load_classes
    from truce.events.sense import ParticipantRule, _participant_rule_hit, load_senses
    from truce.settings import load_settings

    doc = nlp("Their striker fired the ball into the net.")
    striker, ball = doc[1], doc[4]
    rule = ParticipantRule(load_classes()["sport"], _ObjectFirst({"actor", "object"}), "a contest")
    senses = replace(load_senses(), participants=(rule,))
    match = SimpleNamespace(entry=SimpleNamespace(event="ASSAULT"))
    hit = _participant_rule_hit(match, {"actor": [striker], "object": [ball]}, senses, load_settings().events,
                                True, ("actor", "object"))
    assert hit is not None and hit[0].i == striker.i
