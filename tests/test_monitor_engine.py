"""Verdict engine: each verdict and each boundary, on crafted events against the Libya example truces."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest

from truce.monitor import (
    CONTESTED,
    NOT_COVERED,
    POSSIBLE,
    UNATTRIBUTED,
    VIOLATION,
    example_truce,
    judge,
    loads_truce,
)
from truce.records import ActorRef, Claim, Event, EventLocation, Modality

PLACES = {
    "Sirte": (31.2089, 16.5887), "Misrata": (32.3754, 15.0925), "Sabha": (27.0377, 14.4283),
    "Tripoli": (32.8872, 13.1913), "Benghazi": (32.1167, 20.0667),
}
KM_PER_DEG_LAT = 111.2

GNU = ActorRef("government forces", country="LBY", sector="MIL")
LNF = ActorRef("LNF fighters", country="LBY", sector="REB", name="Libyan National Front")
ZAWIYA = ActorRef("Zawiya Brigades", country="LBY", sector="REB", name="Zawiya Brigades")
GUNMEN = ActorRef("unidentified gunmen")


def sahil(name: str) -> ActorRef:
    return ActorRef(name, country="LBY", sector="REB", name=name)


def loc(place: str, dlat_km: float = 0.0, precision: str = "city") -> EventLocation:
    lat, lon = PLACES[place]
    return EventLocation(name=place, lat=lat + dlat_km / KM_PER_DEG_LAT, lon=lon, country="LBY",
                         precision=precision)


_n = itertools.count()


def ev(actor: ActorRef | None, where: EventLocation | None, date: str, event: str = "ASSAULT",
       mode: str | None = "heavy-weapons", recipient: ActorRef | None = None, cluster: str | None = None,
       article: str | None = None, sentence: str = "Shelling hit the district.", precision: str = "day",
       modality: Modality | None = None) -> Event:
    i = next(_n)
    return Event(id=f"e{i}", article_id=article or f"a{i}", event=event, mode=mode,
                 actor=[actor] if actor else [], recipient=[recipient] if recipient else [],
                 sentence=sentence, location=where, date=date, date_precision=precision,
                 cluster_id=cluster, modality=modality or Modality())


@pytest.fixture(scope="module")
def chain():
    return example_truce()


def one(event: Event, truce, sources=None):
    (verdict,) = judge([event], truce, sources)
    return verdict


def test_local_midnight_in_tripoli_is_2200_utc(chain):
    assert chain.unit("nationwide").start == datetime(2026, 2, 28, 22, 0, tzinfo=UTC)


@pytest.mark.parametrize(("date", "expected"), [
    ("2026-02-28T23:59:00+02:00", NOT_COVERED),
    ("2026-03-01T00:01:00+02:00", VIOLATION),
    ("2026-02-28T21:59:00Z", NOT_COVERED),
    ("2026-03-01T00:01", VIOLATION),  # no offset: read as local time
    ("2026-02-28T23:59", NOT_COVERED),
])
def test_minute_around_the_start(chain, date, expected):
    v = one(ev(LNF, loc("Misrata"), date), chain)
    assert v.verdict == expected
    if expected == NOT_COVERED:
        assert any("before the start" in r for r in v.reasons)
    else:
        assert v.clause == "nationwide" and v.party == "lnf"


def test_day_precise_date_on_start_day_is_inside(chain):
    assert one(ev(GNU, loc("Tripoli"), "2026-03-01"), chain).verdict == VIOLATION
    assert one(ev(GNU, loc("Tripoli"), "2026-02-28"), chain).verdict == NOT_COVERED


def test_month_precise_date_straddles_start(chain):
    v = one(ev(GNU, loc("Tripoli"), "2026-02-26", precision="week"), chain)
    assert v.verdict == POSSIBLE
    assert any("straddles" in r for r in v.reasons)


def test_excluded_sub_area(chain):
    v = one(ev(GNU, loc("Sabha", 5), "2026-03-05", recipient=LNF), chain)
    assert v.verdict == NOT_COVERED
    assert any("excluded sub-area Sabha" in r for r in v.reasons)


def test_extension_brings_sabha_into_scope(chain):
    v = one(ev(GNU, loc("Sabha", 5), "2026-03-12", recipient=LNF), chain)
    assert v.verdict == VIOLATION
    assert v.clause == "nationwide > sabha-extension"


def test_just_outside_and_inside_a_radius(chain):
    outside = one(ev(GNU, loc("Sirte", 31), "2026-02-25"), chain)
    inside = one(ev(GNU, loc("Sirte", 29), "2026-02-25"), chain)
    assert outside.verdict == NOT_COVERED
    assert any("km from Sirte, radius 30 km" in r for r in outside.reasons)
    assert inside.verdict == VIOLATION and inside.clause == "nationwide > sirte-local"


def test_excluded_group_in_a_party_area_is_not_a_party(chain):
    v = one(ev(sahil("Jabhat Fajr al-Sahil"), loc("Misrata"), "2026-03-05"), chain)
    assert v.verdict == NOT_COVERED
    assert v.party is None
    assert any("excluded group sahil" in r for r in v.reasons)


def test_renamed_excluded_group_under_new_name(chain):
    v = one(ev(sahil("Sahil Liberation Committee"), loc("Sabha"), "2026-03-12"), chain)
    assert v.verdict == NOT_COVERED
    assert any("known then as Sahil Liberation Committee" in r for r in v.reasons)
    old = one(ev(sahil("Ansar al-Sahil"), loc("Misrata"), "2026-03-12"), chain)
    assert old.verdict == NOT_COVERED and any("excluded group sahil" in r for r in old.reasons)


def test_unattributed_attack_near_excluded_group_activity_is_possible(chain):
    group_attack = ev(sahil("Jabhat Fajr al-Sahil"), loc("Misrata", 10), "2026-03-05")
    unknown = ev(GUNMEN, loc("Misrata"), "2026-03-06")
    far_unknown = ev(GUNMEN, loc("Benghazi"), "2026-03-06")
    verdicts = {v.event_id: v for v in judge([group_attack, unknown, far_unknown], chain)}
    assert verdicts[unknown.id].verdict == POSSIBLE
    assert any("reported active nearby" in r for r in verdicts[unknown.id].reasons)
    assert verdicts[far_unknown.id].verdict == UNATTRIBUTED


def test_party_attack_in_known_excluded_area_with_unknown_target_is_possible(chain):
    v = one(ev(GNU, loc("Sabha", 50), "2026-03-12"), chain)  # inside Sahil's operating area, outside Sabha circle
    assert v.verdict == POSSIBLE
    assert any("operates in this area" in r for r in v.reasons)


def test_aid_turned_back_near_an_excluded_group_was_not_aimed_at_it(chain):
    # an aid block's target is the convoy's people: the group active nearby cannot have been it
    group_attack = ev(sahil("Jabhat Fajr al-Sahil"), loc("Misrata", 10), "2026-03-05")
    blocked = ev(GNU, loc("Misrata"), "2026-03-06", event="COERCE", mode="withhold",
                 sentence="Soldiers turned back a convoy of food trucks.")
    shelled = ev(GNU, loc("Misrata"), "2026-03-06")
    unknown = ev(GUNMEN, loc("Misrata"), "2026-03-06", event="COERCE", mode="withhold",
                 sentence="The convoy was stopped at a checkpoint.")
    verdicts = {v.event_id: v for v in judge([group_attack, blocked, shelled, unknown], chain)}
    assert verdicts[blocked.id].verdict == VIOLATION
    assert verdicts[shelled.id].verdict == POSSIBLE  # shelling: its unknown target may have been the group
    assert verdicts[unknown.id].verdict == POSSIBLE  # the group may still have stopped the convoy
    assert [k for k, _ in verdicts[unknown.id].doubts] == ["excluded-perpetrator-known-target"]


def test_action_against_excluded_group_is_permitted(chain):
    v = one(ev(GNU, loc("Misrata"), "2026-03-05", recipient=sahil("Jabhat Fajr al-Sahil")), chain)
    assert v.verdict == NOT_COVERED
    assert v.rule == "permitted: action against excluded groups"


def test_party_not_yet_bound_before_acceptance(chain):
    assert one(ev(ZAWIYA, loc("Tripoli"), "2026-03-03"), chain).verdict == NOT_COVERED
    after = one(ev(ZAWIYA, loc("Tripoli"), "2026-03-05"), chain)
    assert after.verdict == VIOLATION and after.party == "zawiya"  # by name, not by the LNF's sector rule


def test_claimed_self_defence_is_possible(chain):
    """The claims stage reads "returned fire" as the army's self-defence claim about its own act."""
    e = ev(GNU, loc("Tripoli"), "2026-03-05", sentence="The army said it returned fire after an attack.")
    e.claims = [Claim("self-defence", GNU, "the army", e.sentence, 20, 33, "returned fire")]
    v = one(e, chain)
    assert v.verdict == POSSIBLE
    assert any("self-defence" in r for r in v.reasons)


def test_imprecise_place_is_possible(chain):
    country_only = EventLocation(name="Libya", country="LBY", precision="country")
    v = one(ev(GNU, country_only, "2026-03-05"), chain)
    assert v.verdict == POSSIBLE  # Sabha is excluded until 10 March: a country-level place may be there


@pytest.mark.parametrize("flag", ["negated", "future", "hypothetical"])
def test_non_asserted_events_are_never_violations(chain, flag):
    v = one(ev(LNF, loc("Misrata"), "2026-03-05", modality=Modality(**{flag: True})), chain)
    assert v.verdict == NOT_COVERED


def test_not_a_prohibited_act(chain):
    v = one(ev(GNU, loc("Tripoli"), "2026-03-05", event="CONSULT", mode="visit"), chain)
    assert v.verdict == NOT_COVERED and v.rule == "acts"


def test_unattributed_violation(chain):
    v = one(ev(GUNMEN, loc("Benghazi"), "2026-03-05"), chain)
    assert v.verdict == UNATTRIBUTED and v.party is None


def test_contested_incident_reported_by_opposed_sides(chain):
    a = ev(LNF, loc("Sirte"), "2026-03-05", cluster="c1", article="gov-tv",
           modality=Modality(claimed=True, claimant="government spokesman"))
    b = ev(GNU, loc("Sirte"), "2026-03-05", cluster="c1", article="lnf-site",
           modality=Modality(claimed=True, claimant="LNF spokesman"))
    verdicts = judge([a, b], chain)
    assert {v.verdict for v in verdicts} == {CONTESTED}
    claims = verdicts[0].claimants
    assert "government spokesman: blames Libyan National Front" in claims
    assert "LNF spokesman: blames Government of National Unity" in claims


def test_accusation_and_denial_is_contested(chain):
    accusation = ev(LNF, loc("Sirte"), "2026-03-05", cluster="c2", article="x1")
    denial = ev(LNF, loc("Sirte"), "2026-03-05", cluster="c2", article="x2",
                modality=Modality(negated=True, claimed=True, claimant="LNF commander", cue="denied"))
    verdicts = {v.event_id: v for v in judge([accusation, denial], chain)}
    assert verdicts[accusation.id].verdict == CONTESTED
    assert any("denies" in c for c in verdicts[accusation.id].claimants)
    alone = one(ev(LNF, loc("Sirte"), "2026-03-05", cluster="c3"), chain)
    assert alone.verdict == VIOLATION


def test_copies_of_one_story_do_not_raise_confidence(chain):
    sources = {
        "orig": {"outlet": "Wire A"},
        "copy": {"outlet": "Aggregator", "original_id": "orig"},
        "other": {"outlet": "Paper B"},
    }
    single = one(ev(LNF, loc("Sirte"), "2026-03-05", cluster="k", article="orig"), chain, sources)
    with_copy = judge([ev(LNF, loc("Sirte"), "2026-03-05", cluster="k", article="orig"),
                       ev(LNF, loc("Sirte"), "2026-03-05", cluster="k", article="copy")], chain, sources)
    independent = judge([ev(LNF, loc("Sirte"), "2026-03-05", cluster="k", article="orig"),
                         ev(LNF, loc("Sirte"), "2026-03-05", cluster="k", article="other")], chain, sources)
    assert single.n_sources == 1 and 0 < single.confidence < 1
    assert all(v.confidence == single.confidence and v.n_sources == 1 for v in with_copy)
    assert all(v.confidence > single.confidence and v.n_sources == 2 for v in independent)


def test_imprecise_report_lowers_confidence(chain):
    precise = one(ev(GNU, loc("Tripoli"), "2026-03-05"), chain)
    weekly = one(ev(GNU, loc("Tripoli"), "2026-03-04", precision="week"), chain)
    assert weekly.verdict == VIOLATION and weekly.confidence < precise.confidence


UNILATERAL = """
name: Unilateral pause
truces:
  - id: pause
    kind: unilateral
    name: Government unilateral pause
    sources: [Government announcement]
    timezone: Africa/Tripoli
    start: 2026-03-01 00:00
    end: 2026-03-08 00:00
    parties:
      - {id: gnu, name: Government of National Unity, accepted: 2026-03-01,
         match: [{country: LBY, sector: [GOV, MIL]}]}
    area: {countries: [LBY]}
    prohibited: [{event: ASSAULT}]
"""


def test_unilateral_truce_binds_only_its_declarer():
    pause = loads_truce(UNILATERAL)
    assert one(ev(GNU, loc("Tripoli"), "2026-03-05"), pause).verdict == VIOLATION
    rebel = one(ev(LNF, loc("Tripoli"), "2026-03-05"), pause)
    assert rebel.verdict == NOT_COVERED and any("not bound" in r for r in rebel.reasons)
    assert one(ev(GNU, loc("Tripoli"), "2026-03-09"), pause).verdict == NOT_COVERED  # after its end


def test_every_event_gets_one_verdict_per_chain(chain):
    events = [ev(GNU, loc("Tripoli"), "2026-03-05"), ev(LNF, None, None)]
    verdicts = judge(events, [chain, loads_truce(UNILATERAL)])
    assert len(verdicts) == 4


def test_accusation_against_the_other_side_contests_an_incident(chain):
    attack = ev(LNF, loc("Sirte"), "2026-03-05", cluster="c4", article="gov",
                modality=Modality(claimed=True, claimant="defence ministry"))
    counter = ev(LNF, None, "2026-03-05", event="ACCUSE", mode="allege", recipient=GNU, cluster="c4",
                 article="lnf")
    verdicts = {v.event_id: v for v in judge([attack, counter], chain)}
    assert verdicts[attack.id].verdict == CONTESTED
    assert "Libyan National Front: blames Government of National Unity" in verdicts[attack.id].claimants
    lone_accusation = one(ev(LNF, loc("Sirte"), "2026-03-05", event="ACCUSE", mode="allege", recipient=GNU), chain)
    assert lone_accusation.verdict == NOT_COVERED


def test_unlisted_named_group_coded_like_a_party_is_only_possible(chain):
    militia = ActorRef("Tebu Guard", country="LBY", sector="REB", name="Tebu Guard")
    v = one(ev(militia, loc("Misrata"), "2026-03-05", recipient=GNU), chain)
    assert v.verdict == POSSIBLE and v.party == "lnf"
    assert any("not listed" in r for r in v.reasons)


def test_background_mention_is_not_judged_as_an_incident(chain):
    """A habitual or long-past mention the coder marks as background is context, not a violation."""
    shelling = ev(GNU, loc("Sirte"), "2026-03-05")
    history = ev(GNU, loc("Sirte"), "2026-03-05", sentence="The two sides have shelled Sirte on and off for a year.")
    history.context, history.background = ["military"], True
    assert one(shelling, chain).verdict == VIOLATION
    verdict = one(history, chain)
    assert verdict.verdict == NOT_COVERED
    assert any("background" in r for r in verdict.reasons)


def test_a_denial_in_the_same_story_contests_the_incident(chain):
    """'The army denied carrying out the strike' is not clustered with the strike, but the claims stage
    attached the denial to it; the denial's own report points to the incident."""
    strike = ev(GNU, loc("Misrata"), "2026-03-05", article="story", mode="drone",
                sentence="A drone struck a house in Misrata on Thursday.")
    strike.trigger_start, strike.sentence_start = 2, 0
    denial = ev(GNU, loc("Misrata"), "2026-03-05", article="story", mode=None,
                sentence="The army denied carrying out the strike.", modality=Modality(negated=True, cue="denied"))
    denial.trigger_start, denial.sentence_start = 80, 70
    strike.claims = [Claim("denial", GNU, "The army", denial.sentence, 79, 85, "denied")]
    elsewhere = ev(GNU, loc("Sirte"), "2026-03-05", article="other story")
    verdicts = {v.event_id: v for v in judge([strike, denial, elsewhere], chain)}
    assert verdicts[strike.id].verdict == CONTESTED
    assert verdicts[denial.id].denial and verdicts[denial.id].verdict == NOT_COVERED  # the claim, not the act
    assert any(verdicts[strike.id].incident in r for r in verdicts[denial.id].reasons)
    assert verdicts[elsewhere.id].verdict == VIOLATION


def test_mentions_join_the_incident_they_are_about_and_are_no_incidents_of_their_own(chain):
    """A denial the claims stage attached to the strike, and "the LNF condemned the attack" (not asserted),
    are reports of the strike's incident, judged as what they are; a recalled background mention is
    no happening: its incident is not an incident the report counts."""
    from truce.monitor.report import incidents

    strike = ev(GNU, loc("Misrata"), "2026-03-05", article="story", mode="drone", cluster="k1",
                sentence="A drone struck a house in Misrata on Thursday.")
    strike.trigger_start, strike.sentence_start = 2, 0
    denial = ev(GNU, loc("Misrata"), "2026-03-05", article="story", mode=None,
                sentence="The army denied carrying out the strike.", modality=Modality(negated=True, cue="denied"))
    denial.trigger_start, denial.sentence_start = 80, 70
    strike.claims = [Claim("denial", GNU, "The army", denial.sentence, 79, 85, "denied")]
    condemned = ev(LNF, loc("Misrata"), "2026-03-05", article="story", mode=None,
                   sentence="The LNF condemned the attack.", modality=Modality(hypothetical=True))
    condemned.sentence_start = 120
    history = ev(GNU, loc("Misrata"), "2026-03-05", article="story",
                 sentence="The two sides have shelled Misrata on and off for a year.")
    history.context, history.background, history.sentence_start = ["military"], True, 160
    verdicts = {v.event_id: v for v in judge([strike, denial, condemned, history], chain)}
    assert verdicts[denial.id].incident == verdicts[condemned.id].incident == "k1"
    assert verdicts[denial.id].verdict == verdicts[condemned.id].verdict == NOT_COVERED
    assert verdicts[history.id].incident != "k1"
    by_id = {i.id: i for i in incidents(list(verdicts.values()))}
    assert by_id["k1"].verdict == CONTESTED and by_id["k1"].happening
    assert by_id["k1"].reports[0].event_id == strike.id  # the happening leads its incident
    alone = by_id[verdicts[history.id].incident]
    assert not alone.happening and not alone.relevant


def test_a_mention_of_another_type_keeps_its_own_incident(chain):
    """An accusation's sentence that also names another act ("accused of seizing outposts and turning back
    a convoy") gives its blame to the convoy's incident; the seizure mention does not join it."""
    convoy = ev(None, loc("Sirte"), "2026-03-05", event="COERCE", mode="withhold", article="roundup", cluster="k2",
                sentence="Rebels were accused of seizing outposts and turning back an aid convoy near Sirte.")
    convoy.sentence_start = 0
    seizure = ev(None, loc("Sirte"), "2026-03-05", article="roundup", sentence=convoy.sentence,
                 modality=Modality(hypothetical=True))
    seizure.sentence_start = 0
    convoy.claims = [Claim("blame", LNF, "officials", convoy.sentence, 5, 12, "accused")]
    verdicts = {v.event_id: v for v in judge([convoy, seizure], chain)}
    assert verdicts[seizure.id].incident != "k2"


def test_one_happening_told_with_two_acts_in_one_article_is_one_incident(chain):
    """"LNF fighters seized two army posts near Misrata" ... "the LNF used the truce to advance on
    positions": the event coder gives the two sentences two PLOVER types, clustering keeps them apart,
    the monitor counts one incident (and so does a later report of the second cluster). Another
    party's act, or one 100 km away, stays apart."""
    from truce.monitor.report import incidents

    seized = ev(LNF, loc("Misrata"), "2026-03-05", event="COERCE", mode="seize", article="story", cluster="k1",
                sentence="LNF fighters seized two army posts near Misrata on Thursday.")
    seized.sentence_start = 0
    advance = ev(LNF, loc("Misrata", 3), "2026-03-05", article="story", cluster="k2",
                 sentence="The LNF used the truce to advance on positions, the army said.")
    advance.sentence_start = 70
    far = ev(LNF, loc("Misrata", 100), "2026-03-05", article="story", cluster="k3",
             sentence="LNF fighters also shelled a town far to the south.")
    far.sentence_start = 140
    other = ev(GNU, loc("Misrata"), "2026-03-05", article="story", cluster="k4",
               sentence="Government forces shelled the posts.")
    other.sentence_start = 200
    later = ev(LNF, loc("Misrata"), "2026-03-05", article="later story", cluster="k2",
               sentence="The LNF advanced on army positions near Misrata on Thursday.")
    verdicts = {v.event_id: v for v in judge([seized, advance, far, other, later], chain)}
    assert verdicts[advance.id].incident == verdicts[later.id].incident == verdicts[seized.id].incident == "k1"
    assert verdicts[far.id].incident == "k3" and verdicts[other.id].incident == "k4"
    by_id = {i.id: i for i in incidents(list(verdicts.values()))}
    assert len(by_id["k1"].reports) == 3 and by_id["k1"].verdict == VIOLATION


def test_a_quote_retelling_an_attack_placed_only_by_the_article_joins_it(chain):
    """"Artillery shells hit two villages ... on Tuesday afternoon" then "'Their guns on the ridge fired at
    our villages again,' he said": neither town known to the geoparser, both placed by the article's place;
    the undated quote retells the dated shelling. A quote placed elsewhere by its own words does not."""
    article = loc("Sirte")
    article.rule = "article-place"
    shelled = ev(None, article, "2026-03-05", article="story", cluster="k1",
                 sentence="Artillery shells hit two villages on Thursday afternoon, residents said.")
    shelled.sentence_start = 0
    quote = ev(ActorRef("Their"), loc("Sirte"), "2026-03-07", article="story", cluster="k2", precision="reported",
               sentence='"Their guns on the ridge fired at our villages again," he said.')
    quote.location.rule = "article-place"
    quote.sentence_start = 80
    elsewhere = ev(ActorRef("They"), loc("Misrata"), "2026-03-07", article="story", cluster="k3",
                   precision="reported", sentence='"They also shelled Misrata," he said.')
    elsewhere.location.rule = "sentence"
    elsewhere.sentence_start = 150
    verdicts = {v.event_id: v for v in judge([shelled, quote, elsewhere], chain)}
    assert verdicts[quote.id].incident == verdicts[shelled.id].incident == "k1"
    assert verdicts[elsewhere.id].incident == "k3"


def test_an_excluded_group_withdrawing_is_not_reported_active(chain):
    """Only the group's hostile acts (material conflict) place it as a possible perpetrator nearby:
    "the group's fighters withdrew into the valley" does not make a later unattributed attack possible."""
    withdrew = ev(sahil("Jabhat Fajr al-Sahil"), loc("Misrata", 10), "2026-03-05", event="RETREAT", mode="withdraw")
    unknown = ev(GUNMEN, loc("Misrata"), "2026-03-06")
    verdicts = {v.event_id: v for v in judge([withdrew, unknown], chain)}
    assert verdicts[unknown.id].verdict == UNATTRIBUTED
    attacked = ev(sahil("Jabhat Fajr al-Sahil"), loc("Misrata", 10), "2026-03-05")
    again = ev(GUNMEN, loc("Misrata"), "2026-03-06")
    assert {v.event_id: v for v in judge([attacked, again], chain)}[again.id].verdict == POSSIBLE



def test_a_party_act_on_its_own_side_drops_the_recipient_read_from_another_clause(chain):
    """"Government aircraft bombed a Sahil camp, a day after the group killed two soldiers": the soldiers
    (the government's own side) are not the target; the camp is, and action against it is permitted."""
    text = "Government aircraft bombed a Sahil camp near Misrata, a day after the group killed two soldiers."
    e = ev(GNU, loc("Misrata"), "2026-03-05", sentence=text, recipient=sahil("Jabhat Fajr al-Sahil"))
    e.sentence_start = 0
    e.actor = [ActorRef("Government aircraft", country="LBY", sector="MIL", start=0, end=19)]
    e.recipient.append(ActorRef("soldiers", country="LBY", sector="MIL", start=text.index("soldiers"),
                                end=text.index("soldiers") + 8))
    v = one(e, chain)
    assert v.verdict == NOT_COVERED and v.rule == "permitted: action against excluded groups"
    assert any("own side, not the target" in r for r in v.reasons)
    e.recipient = e.recipient[1:]  # only the own side left: no target, the party's act stays judged
    assert one(e, chain).verdict == VIOLATION


def test_a_party_actor_from_outside_the_sentence_attacking_its_own_side_is_unknown(chain):
    """"Three soldiers were killed when their patrol was attacked." ... "Government officials called the
    attack a breach": an actor taken from another sentence who is the victims' own side is no
    perpetrator; the attack is unattributed, and the other side's responsibility claim makes it its own."""
    text = "Three soldiers were killed when their patrol was attacked near Misrata on Wednesday."
    e = ev(GNU, loc("Misrata"), "2026-03-05", sentence=text, article="bajil")
    e.sentence_start = 0
    e.actor = [ActorRef("Government officials", country="LBY", sector="GOV", start=120, end=140)]
    e.recipient = [ActorRef("soldiers", country="LBY", sector="MIL", start=6, end=14)]
    v = one(e, chain)
    assert v.verdict == UNATTRIBUTED and v.party is None
    assert any("outside the event's sentence" in r for r in v.reasons)
    e.claims = [Claim("responsibility", LNF, "LNF", "The LNF claimed the attack.", 90, 97, "claimed")]
    claimed = one(e, chain)
    assert claimed.verdict == VIOLATION and claimed.party == "lnf"
    e.claims = []
    e.actor = [ActorRef("Government officials", country="LBY", sector="GOV", start=20, end=40)]  # in the sentence
    assert one(e, chain).verdict == VIOLATION  # then the own-side recipient is dropped instead


def test_a_non_political_reading_is_not_judged_and_is_no_happening(chain):
    """A bulletin's sports paragraph, "the captain fired the third goal", coded ASSAULT and demoted by the
    event coder as a non-political reading (relevance below relevance_counted): it is not a violation
    and its incident is no happening; a weak political candidate the coder demoted is still judged."""
    from truce.monitor.report import incidents

    goal = ev(GNU, loc("Misrata"), "2026-03-05", article="bulletin", mode="firearms",
              sentence="The visitors' attack was destroyed by a home defence, and the captain fired the third goal.")
    goal.demoted, goal.demoted_reason, goal.relevance = True, "non-political reading: 'goal' (sport)", 0.1
    (v,) = judge([goal], chain)
    assert v.verdict == NOT_COVERED and any("non-political reading" in r for r in v.reasons)
    (inc,) = incidents([v])
    assert not inc.happening
    goal.demoted = False
    assert one(goal, chain).verdict == VIOLATION
    # it still hosts the article's mentions: its incident may hold the happening it retells
    goal.demoted, goal.cluster_id, goal.sentence_start = True, "k9", 0
    denial = ev(LNF, loc("Misrata"), "2026-03-05", article="bulletin", mode=None, cluster="k10",
                sentence="Our forces did not fire a single shell, the LNF said.", modality=Modality(negated=True))
    denial.sentence_start = 120
    verdicts = {v.event_id: v for v in judge([goal, denial], chain)}
    assert verdicts[denial.id].incident == "k9"
    # a weak political candidate the coder demoted ("mortar rounds landed ...") is still judged
    goal.demoted, goal.demoted_reason, goal.relevance = True, "weak candidate", 0.95
    assert one(goal, chain).verdict == VIOLATION


BORDER = """
name: border truce
timezone: Asia/Yerevan
sources: [a test agreement]
start: 2026-10-10 12:00
parties:
  - {id: arm, name: Armed Forces of Armenia, side: armenia, accepted: 2026-10-09, match: [{country: ARM, sector: [GOV, MIL]}]}
  - {id: aze, name: Armed Forces of Azerbaijan, side: azerbaijan, accepted: 2026-10-09,
     match: [{country: AZE, sector: [GOV, MIL]}]}
area: {countries: [ARM, AZE]}
prohibited: [{event: ASSAULT}]
"""


def test_a_country_only_actor_is_the_one_party_of_that_country_weakly(chain):
    """"Azerbaijani fire" (coded AZE, no sector) in a truce between two states is Azerbaijan's, by codes
    only (possible); in a civil war's truce, where both parties are of one country, "Libyan gunfire"
    stays unplaced (not a party)."""
    border = loads_truce(BORDER)
    where = EventLocation(name="Movses", lat=40.9053, lon=45.4884, country="ARM", precision="city")
    v = one(ev(ActorRef("Azerbaijani fire", country="AZE"), where, "2026-10-11"), border)
    assert v.verdict == POSSIBLE and v.party == "aze"
    assert any("the one party of that country" in r for r in v.reasons)
    assert one(ev(ActorRef("Libyan gunfire", country="LBY"), loc("Misrata"), "2026-03-05"), chain).verdict == NOT_COVERED


def test_a_story_retelling_another_storys_attack_with_a_denial_joins_its_incident(chain):
    """Story A: LNF shelling of Misrata on 5 March. Story B, a day later: "the LNF rejected the
    accusation ... one soldier was wounded in the attack" (dated only by the report, placed by its
    paragraph) with the LNF's denial: B's incident retells A's, so A's incident is contested; a
    retelling with no claims, or one whose claim names another side, stays apart."""
    def happening(article: str) -> Event:
        e = ev(LNF, loc("Misrata"), "2026-03-05", article=article, cluster=f"k-{article}",
               sentence="LNF fighters shelled army positions in Misrata on Thursday.")
        e.location.rule = "attached-to-trigger"
        return e

    def retelling(article: str, claim: Claim | None) -> Event:
        e = ev(None, loc("Misrata", 8), "2026-03-06", article=article, precision="reported", cluster=f"k-{article}",
               sentence="One soldier was wounded in the attack.")
        e.location.rule = "paragraph"
        e.claims = [claim] if claim else []
        return e

    denial = Claim("denial", LNF, "LNF", "The LNF rejected the accusation.", 0, 8, "rejected")
    a, b = happening("a-story"), retelling("b-story", denial)
    got = {v.event_id: v for v in judge([a, b], chain)}
    assert got[b.id].incident == got[a.id].incident
    assert got[b.id].local_day == got[a.id].local_day == "2026-03-05"  # the happening's day, not the report's
    assert got[a.id].verdict == CONTESTED
    a2, c = happening("a2-story"), retelling("c-story", None)
    got = {v.event_id: v for v in judge([a2, c], chain)}
    assert got[c.id].incident != got[a2.id].incident and got[a2.id].verdict == VIOLATION
    gnu_denial = Claim("denial", GNU, "the army", "The army rejected the accusation.", 0, 8, "rejected")
    a3, d = happening("a3-story"), retelling("d-story", gnu_denial)
    got = {v.event_id: v for v in judge([a3, d], chain)}
    assert got[d.id].incident != got[a3.id].incident


def test_a_users_relevance_counted_decides_what_is_non_political(chain, tmp_path):
    """``[events] relevance_counted`` from the user's settings file (``truce monitor --config``), not the
    shipped default, decides which demoted readings are non-political: at 0.05 a reading of relevance
    0.1 is a weak political candidate and is judged; at 0.5 (shipped) it is no happening."""
    from truce.monitor.report import incidents
    from truce.settings import load_settings

    goal = ev(GNU, loc("Misrata"), "2026-03-05", article="bulletin", mode="firearms",
              sentence="The visitors' attack was destroyed by a home defence, and the captain fired the third goal.")
    goal.demoted, goal.demoted_reason, goal.relevance = True, "non-political reading: 'goal' (sport)", 0.1
    (shipped,) = judge([goal], chain)
    assert shipped.verdict == NOT_COVERED and not incidents([shipped])[0].happening
    user = tmp_path / "my-settings.toml"
    user.write_text("[events]\nrelevance_counted = 0.05\n", encoding="utf-8")
    (v,) = judge([goal], chain, settings=load_settings(user))
    assert v.verdict == VIOLATION and not any("non-political" in r for r in v.reasons)
    assert incidents([v])[0].happening


def test_a_mention_dated_to_another_day_joins_no_happening_of_that_day(chain):
    """A bulletin recalls the shelling of 5 March, then "On 7 March, the minister warned that forces would
    strike the positions": the threat, dated by its own words to another day, is not a mention of the
    shelling and does not join its incident (a mention dated only by its report still joins)."""
    shelling = ev(GNU, loc("Misrata"), "2026-03-05", article="bulletin", cluster="k1",
                  sentence="The Mission recalls the shelling of 5 March near Misrata.")
    shelling.sentence_start = 0
    threat = ev(GNU, loc("Misrata"), "2026-03-07", article="bulletin", cluster="k2",
                sentence="On 7 March, the minister warned that forces would strike the positions.",
                modality=Modality(future=True))
    threat.sentence_start = 80
    undated = ev(GNU, loc("Misrata"), "2026-03-08", article="bulletin", cluster="k3", precision="reported",
                 sentence="Forces would strike again, he said.", modality=Modality(future=True))
    undated.sentence_start = 160
    verdicts = {v.event_id: v for v in judge([shelling, threat, undated], chain)}
    assert verdicts[threat.id].incident == "k2"
    assert verdicts[undated.id].incident == "k1"


def test_a_retelling_without_date_or_place_of_its_own_joins_the_happening_it_retells(chain):
    """"Mortar shells slammed into an army camp in Sirte on Thursday ..." then "'They fired from the dunes
    east of the river,' he said": the quote has neither a date (only the report's) nor a place (its
    paragraph's) of its own, so it retells the earlier happening and is no second incident; a later
    report with its own date, or by another party, stays apart."""
    def located(rule: str) -> EventLocation:
        where = loc("Sirte")
        where.rule = rule
        return where

    shelling = ev(None, located("sentence"), "2026-03-05", article="story", cluster="k1",
                  sentence="Mortar shells slammed into an army camp in Sirte on Thursday.")
    shelling.sentence_start = 0
    quote = ev(None, located("paragraph"), "2026-03-06", article="story", cluster="k2", mode="firearms",
               precision="reported", sentence='"They fired from the dunes east of the river," he said.')
    quote.sentence_start = 120
    verdicts = {v.event_id: v for v in judge([shelling, quote], chain)}
    assert verdicts[quote.id].incident == verdicts[shelling.id].incident == "k1"
    own_day = ev(None, located("paragraph"), "2026-03-06", article="story", cluster="k3",
                 sentence="Rockets hit the port on Friday.")
    own_day.sentence_start = 200
    other_party = ev(GNU, located("paragraph"), "2026-03-06", article="story", cluster="k4",
                     precision="reported", sentence="The army shelled positions of the LNF, it said.")
    other_party.sentence_start = 260
    lnf_attack = ev(LNF, located("sentence"), "2026-03-05", article="story2", cluster="k5",
                    sentence="LNF fighters shelled a camp in Sirte on Thursday.")
    lnf_attack.sentence_start = 0
    other_party.article_id = "story2"
    verdicts = {v.event_id: v for v in judge([shelling, own_day, lnf_attack, other_party], chain)}
    assert verdicts[own_day.id].incident == "k3"
    assert verdicts[other_party.id].incident == "k4"
    seizure = ev(sahil("Jabhat Fajr al-Sahil"), located("sentence"), "2026-03-05", article="story3", cluster="k6",
                 event="COERCE", mode="seize", sentence="Fighters of Jabhat Fajr al-Sahil seized a checkpoint near Sirte.")
    seizure.sentence_start = 0
    recapture = ev(GNU, located("paragraph"), "2026-03-06", article="story3", cluster="k7", event="COERCE",
                   mode="seize", precision="reported", sentence="Army units later recaptured the checkpoint.")
    recapture.sentence_start = 80
    verdicts = {v.event_id: v for v in judge([seizure, recapture], chain)}
    assert verdicts[recapture.id].incident == "k7"  # another doer: not a retelling
