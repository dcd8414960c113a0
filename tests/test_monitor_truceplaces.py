"""Issue 12 (branch verdict12): places the truce file names, distances from a town, and reprisals that are
no self-defence. Sentences and truces are our own writing."""

from __future__ import annotations

import pytest

from truce.monitor import NOT_COVERED, POSSIBLE, UNATTRIBUTED, VIOLATION, judge, loads_truce
from truce.monitor.truceplaces import OFFSET, TRUCE_PLACE, destination, fold, placed_event
from truce.pipeline import code
from truce.records import Event, EventLocation, Place

TRUCE = """
name: Upper valley truce
timezone: Africa/Juba
sources: [a test agreement]
start: 2026-05-01 00:00
parties:
  - {id: army, name: Army, side: government, accepted: 2026-05-01, match: [{country: SSD, sector: [GOV, MIL]}]}
  - {id: ufm, name: Upper Front, side: rebels, accepted: 2026-05-01, aliases: [Upper Front],
     match: [{country: SSD, sector: [REB]}]}
area:
  places:
    - {name: Yei, lat: 4.094, lon: 30.676, radius_km: 30, countries: [SSD]}
    - {name: Kajo-Keji, lat: 3.85, lon: 31.659, radius_km: 25, countries: [SSD]}
prohibited:
  - {event: ASSAULT}
permitted:
  - {kind: self-defence}
"""


@pytest.fixture(scope="module")
def truce():
    return loads_truce(TRUCE)


def event(sentence: str, loc: EventLocation | None, start: int = 100) -> Event:
    return Event(id="e1", article_id="a1", event="ASSAULT", date="2026-05-04", date_precision="day",
                 sentence=sentence, sentence_start=start, location=loc)


JUBA = EventLocation(name="Juba", lat=4.852, lon=31.582, country="SSD", precision="city", rule="article-place")
COUNTRY = EventLocation(name="South Sudan", lat=7.0, lon=30.0, country="SSD", precision="country", rule="sentence")


def test_a_town_only_the_truce_file_knows_places_the_event(truce):
    """The gazetteer does not know Kajo Keji; the truce's circle does. Placed at Juba by the article's
    place, the attack was out; its sentence names the truce's town, so it is in (and says why)."""
    (v,) = judge([event("Gunmen attacked a police post in Kajo Keji on Monday.", JUBA)], truce)
    assert v.verdict == UNATTRIBUTED
    assert v.event.location.rule == TRUCE_PLACE and v.where()[0] == "Kajo-Keji"
    assert any("names Kajo-Keji, a place of the truce file" in r for r in v.reasons)


def test_a_country_level_event_naming_a_truce_town_is_placed_there(truce):
    (v,) = judge([event("Rebels shelled the market in Kajo-Keji town.", COUNTRY)], truce)
    assert v.verdict == UNATTRIBUTED and v.event.location.lat == pytest.approx(3.85)


def test_the_geoparsers_own_town_in_the_sentence_is_kept(truce):
    """Placed by a town its own sentence names, the event stays there even if a truce town is named too."""
    juba = EventLocation(name="Juba", lat=4.852, lon=31.582, country="SSD", precision="city",
                         rule="attached-to-trigger", text="Juba")
    (v,) = judge([event("Gunmen attacked a bus in Juba on its way to Yei.", juba)], truce)
    assert v.verdict == NOT_COVERED and v.event.location.name == "Juba"


def test_a_truce_town_the_geoparser_resolved_there_keeps_its_rules(truce):
    """The geoparser found the truce town at the same place and left the event at country level: the
    scope rules for vague places decide (possible), not this rule."""
    sentence = "Troops clashed with rebels outside Yei."
    at = 100 + sentence.index("Yei")
    places = {"a1": [Place("Yei", at, at + 3, name="Yei", lat=4.094, lon=30.676, country="SSD", precision="city")]}
    (v,) = judge([event(sentence, COUNTRY)], truce, places=places)
    assert v.verdict == POSSIBLE and v.event.location.rule == "sentence"


def test_a_truce_town_the_geoparser_put_elsewhere_is_the_truces(truce):
    """"Kajo Keji" resolved by some rule to a far place (here Juba's point) is still the truce's town."""
    sentence = "Gunmen killed a chief near Kajo Keji on Thursday."
    at = 100 + sentence.index("Kajo")
    places = {"a1": [Place("Kajo Keji", at, at + 9, name="Juba", lat=4.852, lon=31.582, country="SSD",
                           precision="city")]}
    (v,) = judge([event(sentence, JUBA)], truce, places=places)
    assert v.event.location.rule == TRUCE_PLACE and v.verdict == UNATTRIBUTED


def test_a_distance_from_the_town_moves_the_event_out_of_its_circle(truce):
    yei = EventLocation(name="Yei", lat=4.094, lon=30.676, country="SSD", precision="city",
                        rule="attached-to-trigger", text="Yei")
    (v,) = judge([event("Gunmen ambushed a minibus about 70 km west of Yei on Wednesday.", yei)], truce)
    assert v.verdict == NOT_COVERED and v.event.location.rule == OFFSET
    assert v.event.location.lon == pytest.approx(30.045, abs=0.02)
    assert any("70 km west of Yei" in r for r in v.reasons)


@pytest.mark.parametrize("sentence", ["Gunmen ambushed a minibus 5 km west of Yei on Wednesday.",
                                      "Gunmen ambushed a minibus 70 km west of Juba on Wednesday."])
def test_a_short_distance_or_another_towns_keeps_the_place(truce, sentence):
    yei = EventLocation(name="Yei", lat=4.094, lon=30.676, country="SSD", precision="city",
                        rule="attached-to-trigger", text="Yei")
    (v,) = judge([event(sentence, yei)], truce)
    assert v.verdict == UNATTRIBUTED and v.event.location.rule == "attached-to-trigger"


def test_placed_event_leaves_the_stored_event_alone(truce):
    e = event("Gunmen attacked a police post in Kajo Keji on Monday.", JUBA)
    moved = placed_event(e, truce)
    assert moved is not e and e.location is JUBA and moved.location.name == "Kajo-Keji"


def test_destination_and_fold():
    lat, lon = destination(0.0, 0.0, 111.195, 0.0)
    assert lat == pytest.approx(1.0, abs=1e-3) and lon == pytest.approx(0.0, abs=1e-9)
    assert fold("Kajo-Keji") == fold("kajo  keji") == "kajo keji"


DELTA = """
name: Delta truce
timezone: Africa/Lagos
sources: [a test agreement]
start: 2026-04-01 00:00
parties:
  - {id: gov, name: Government of Nigeria, side: government, accepted: 2026-04-01,
     match: [{country: NGA, sector: [GOV, MIL]}], aliases: [Nigerian army, the army]}
  - {id: ndu, name: Delta Union, side: rebels, accepted: 2026-04-01, aliases: [Delta Union, DU],
     match: [{country: NGA, sector: [REB]}]}
area: {countries: [NGA]}
prohibited:
  - {event: ASSAULT}
permitted:
  - {kind: self-defence}
"""


def _self_defence(text: str) -> list:
    events = code(text, published="2026-04-06")
    return [c for e in events for c in e.claims if c.kind == "self-defence"]


def test_retaliation_for_an_arrest_is_no_self_defence():
    text = ("Fighters of the Delta Union attacked an army base near Warri on Sunday, killing two soldiers. "
            "The Delta Union said its fighters had attacked the base in retaliation for the arrest of three "
            "of its members.")
    assert not _self_defence(text)
    verdicts = judge(code(text, published="2026-04-06"), loads_truce(DELTA))
    attacks = [v for v in verdicts if v.event.event == "ASSAULT" and v.event.modality.asserted]
    assert attacks and VIOLATION in {v.verdict for v in attacks}


def test_retaliation_for_shelling_is_self_defence():
    text = ("Fighters of the Delta Union attacked an army base near Warri on Sunday, killing two soldiers. "
            "The Delta Union said its fighters had attacked the base in retaliation for the shelling of "
            "their villages.")
    assert _self_defence(text)


def test_a_town_named_only_in_the_dateline_does_not_hold_the_event(truce):
    """"YEI - Gunfire rang out at the army barracks in Kajo Keji": the geoparser's Yei comes from the dateline
    inside the first sentence; the truce town the sentence names places it."""
    yei = EventLocation(name="Yei", lat=4.094, lon=30.676, country="SSD", precision="city", rule="sentence",
                        text="YEI")
    e = event("YEI - Gunfire rang out at the army barracks in Kajo Keji early on Wednesday.", yei, start=0)
    (v,) = judge([e], truce)
    assert v.event.location.rule == TRUCE_PLACE and v.where()[0] == "Kajo-Keji"
    e2 = event("Gunfire rang out at the army barracks in Yei, not in Kajo Keji, on Wednesday.", yei, start=0)
    (v2,) = judge([e2], truce)
    assert v2.event.location.name == "Yei"


def test_a_party_named_by_the_truce_makes_a_demoted_reading_political(truce):
    """The event coder may read a blocked convoy of food trucks as a relief story (demoted, non-political);
    its actor is a party the truce names, so it is judged. An unnamed actor's demoted reading is not."""
    from truce.records import ActorRef

    def demoted(actor: ActorRef) -> Event:
        e = event("Fighters of the Upper Front stopped a convoy of food trucks outside Yei on Monday.",
                  EventLocation(name="Yei", lat=4.094, lon=30.676, country="SSD", precision="city",
                                rule="attached-to-trigger", text="Yei"))
        e.actor = [actor]
        e.demoted, e.relevance, e.demoted_reason = True, 0.0, "an emergency measure with no political participant in a disaster story"
        return e

    (v,) = judge([demoted(ActorRef("Fighters of the Upper Front", country="SSD", sector="REB"))], truce)
    assert v.verdict == VIOLATION and any("named by the truce" in r for r in v.reasons)
    (w,) = judge([demoted(ActorRef("the drivers"))], truce)
    assert w.verdict == NOT_COVERED and any("non-political reading" in r for r in w.reasons)


def test_a_bare_sector_is_the_one_party_of_that_sector_weakly(truce):
    from truce.monitor.attribution import attribute_ref
    from truce.records import ActorRef

    army = attribute_ref(ActorRef("soldiers", sector="MIL"), truce.units[0])
    assert army.kind == "party" and army.party.id == "army" and army.weak
    two_states = loads_truce(TRUCE.replace("match: [{country: SSD, sector: [REB]}]",
                                           "match: [{country: SDN, sector: [MIL]}]"))
    assert attribute_ref(ActorRef("soldiers", sector="MIL"), two_states.units[0]).kind != "party"


def test_a_generic_subject_of_a_speakers_self_defence_is_the_speakers():
    """"The army said rebels had ambushed a patrol and that soldiers had returned fire": the soldiers are
    the army's, and so is the claim; with the front's own claim the exchange is contested."""
    text = ("Soldiers and Delta Union fighters exchanged fire on Sunday, killing a soldier, "
            "residents said. The army said Delta Union fighters had ambushed one of its patrols and that "
            "soldiers had returned fire. The Delta Union said its fighters had defended themselves.")
    from truce.monitor.attribution import attribute_ref

    delta = loads_truce(DELTA)
    sides = {attribute_ref(c.party, delta.units[0]).party.id for c in _self_defence(text)
             if attribute_ref(c.party, delta.units[0]).party is not None}
    assert sides == {"gov", "ndu"}
    verdicts = judge(code(text, published="2026-04-06"), loads_truce(DELTA))
    attacks = [v for v in verdicts if v.event.event == "ASSAULT" and v.event.modality.asserted]
    assert attacks and "contested" in {v.verdict for v in attacks}


def test_the_speaker_claims_the_defence_of_a_bare_subject():
    claims = _self_defence("Gunmen attacked a post on Sunday. The Delta Union said men had returned fire.")
    assert {c.party.text for c in claims} == {"The Delta Union"}


def test_who_calls_an_attack_a_violation_did_not_attack():
    """"The spokesman called the attack a clear violation": a characterisation (object predicate), not
    the light verb of "called a strike"; the spokesman is no actor of the attack."""
    text = ("Rebels attacked an army base near Warri on Sunday. Colonel Ade Bello, the army spokesman, "
            "called the attack a clear violation of the truce.")
    events = code(text, published="2026-04-06")
    called = [e for e in events if "called the attack" in e.sentence and e.event == "ASSAULT"]
    assert called and all(not any("Bello" in a.text for a in e.actor) for e in called)
    strike = code("Unions called a strike on Monday.", published="2026-04-06")
    assert any(e.event == "PROTEST" and [a.text for a in e.actor] == ["Unions"] for e in strike)
