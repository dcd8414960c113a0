"""Event coder on fictional wire-style sentences: types, modes, roles, modality, lexicon extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.config import TruceConfig
from truce.events import EventExtractor
from truce.ingest import read_text
from truce.records import EVENT_TYPES, Event


def code(nlp, extractor, text: str) -> list[Event]:
    article = read_text(text)
    return extractor.extract(nlp(article.text), article)


def asserted(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality.asserted]


def types(events: list[Event]) -> set[str]:
    return {e.event for e in asserted(events)}


TYPE_SENTENCES = [
    ("AGREE", "The two factions agreed on Tuesday to a new power-sharing formula."),
    ("CONSULT", "The Norland foreign minister visited Estland on Friday."),
    ("SUPPORT", "The Estland government praised the mediators for their patience."),
    ("CONCEDE", "Authorities in Varno lifted the nightly curfew on Sunday."),
    ("COOPERATE", "Norland extradited a suspected smuggler to Estland."),
    ("AID", "The relief agency donated blankets and tents to the displaced families."),
    ("RETREAT", "The militia released twelve hostages near the border."),
    ("REQUEST", "The opposition demanded the immediate release of its leader."),
    ("ACCUSE", "The interior minister accused the rebels of smuggling arms."),
    ("REJECT", "The council rejected the proposal from the northern delegation."),
    ("THREATEN", "The governor threatened to expel the foreign reporters."),
    ("PROTEST", "Thousands of students demonstrated outside the parliament in Kelby."),
    ("SANCTION", "Norland imposed sanctions on three Estland banks."),
    ("MOBILIZE", "The army mobilized its reservists along the eastern frontier."),
    ("COERCE", "Police arrested the editor of the weekly newspaper."),
    ("ASSAULT", "Government troops shelled the rebel-held village of Dorvo."),
]


@pytest.mark.parametrize(("etype", "text"), TYPE_SENTENCES)
def test_each_type(nlp, extractor, etype, text):
    assert etype in types(code(nlp, extractor, text))


def test_all_types_covered():
    assert {t for t, _ in TYPE_SENTENCES} == set(EVENT_TYPES)


def test_multi_event_sentence_with_modes(nlp, extractor):
    events = asserted(code(nlp, extractor, "Shelling and air strikes hit two districts, where dozens of civilians were killed."))
    modes = {e.mode for e in events if e.event == "ASSAULT"}
    assert {"heavy-weapons", "aerial"} <= modes
    for e in events:
        assert any("civilians" in r.text for r in e.recipient)


def test_agree_to_extend_truce_has_ceasefire_context(nlp, extractor):
    events = code(nlp, extractor, "Both sides agreed to extend the truce.")
    agree = [e for e in asserted(events) if e.event == "AGREE"]
    assert agree and "peacekeeping" in agree[0].context
    assert agree[0].actor[0].text == "Both sides"
    assert not [e for e in asserted(events) if e.event == "RETREAT"]


def test_light_verbs_and_nominal_roles(nlp, extractor):
    events = asserted(code(nlp, extractor, "Egypt and Turkey held talks with the Norland delegation."))
    talk = next(e for e in events if e.event == "CONSULT")
    assert talk.event_text == "held talks"
    assert [a.text for a in talk.actor] == ["Egypt", "Turkey"]
    assert talk.recipient[0].text == "Norland delegation"
    events = asserted(code(nlp, extractor, "The minister's talks with her Estland counterpart ended late."))
    talk = next(e for e in events if e.event == "CONSULT")
    assert talk.actor[0].text.startswith("minister")
    assert "counterpart" in talk.recipient[0].text


def test_light_verb_sanctions(nlp, extractor):
    events = asserted(code(nlp, extractor, "Estland imposed sanctions on the Norland shipping firm."))
    assert [e.event for e in events] == ["SANCTION"]
    assert events[0].event_text == "imposed sanctions"


def test_passive_agent(nlp, extractor):
    events = asserted(code(nlp, extractor, "Three villages were shelled by government artillery on Monday."))
    e = next(e for e in events if e.event == "ASSAULT")
    assert e.actor[0].text == "government"  # the weapon's user (issue 10, fifth pass: weapons act for their users)
    assert e.recipient[0].text == "villages"  # counts are not part of the actor span


def test_reported_speech_claimant(nlp, extractor):
    events = code(nlp, extractor, "Rebels shelled the airport, state media said.")
    e = next(e for e in events if e.event == "ASSAULT")
    assert e.modality.claimed and e.modality.claimant == "state media"
    assert e.modality.asserted
    events = code(nlp, extractor, "Militants attacked a checkpoint, according to an opposition monitor.")
    e = next(e for e in events if e.event == "ASSAULT")
    assert e.modality.claimed and "opposition monitor" in e.modality.claimant


def test_deontic_speech_is_request(nlp, extractor):
    events = asserted(code(nlp, extractor, "The rebels said the government must release all prisoners."))
    req = next(e for e in events if e.event == "REQUEST")
    assert req.actor[0].text == "rebels" and req.recipient[0].text == "government"


@pytest.mark.parametrize(("text", "flag"), [
    ("The army did not attack the town.", "negated"),
    ("The ministry denied shelling the market.", "negated"),
    ("The two presidents will meet in Kelby.", "future"),
    ("The rebels could attack the convoy.", "hypothetical"),
    ("If the deal collapses, the militia would attack the port.", "hypothetical"),
    # a modal on the verb the trigger's infinitive hangs from: a capability, not an act
    ("Gunmen could use the old mining road to attack the convoy.", "hypothetical"),
])
def test_modality(nlp, extractor, text, flag):
    events = code(nlp, extractor, text)
    hits = [e for e in events if e.event in ("ASSAULT", "CONSULT")]
    assert hits and getattr(hits[0].modality, flag)
    assert not hits[0].modality.asserted and hits[0].modality.cue


def test_stated_intention_becomes_agree(nlp, extractor):
    events = code(nlp, extractor, "Norland said it will release the detained fishermen.")
    assert "AGREE" in types(events)
    release = next(e for e in events if e.event == "RETREAT")
    assert release.modality.future


def test_evidence_fields(nlp, extractor):
    text = "Calm returned. Police arrested the editor in Kelby."
    events = asserted(code(nlp, extractor, text))
    e = events[0]
    assert text[e.trigger_start:e.trigger_end] == e.trigger == "arrested"
    assert e.sentence == text[e.sentence_start:e.sentence_start + len(e.sentence)]
    assert 0 < e.confidence <= 1 and e.cameo_root == "17" and e.explanation
    assert e.id.startswith("e")


def test_no_event_in_neutral_text(nlp, extractor):
    assert not code(nlp, extractor, "The weather was mild and the markets were busy.")


def test_trigger_files_extend_and_remove(nlp, tmp_path: Path):
    extra = tmp_path / "my_triggers.yaml"
    extra.write_text("PROTEST:\n  - {trigger: picket, pos: verb, mode: demo}\n"
                     "NONE:\n  - {trigger: praise, pos: verb}\n", encoding="utf-8")
    ext = EventExtractor(TruceConfig(trigger_files=[extra]))
    assert "PROTEST" in types(code(nlp, ext, "Dock workers picketed the harbour office."))
    assert "SUPPORT" not in types(code(nlp, ext, "The minister praised the negotiators."))
    assert "PROTEST" not in types(code(nlp, EventExtractor(TruceConfig()), "Dock workers picketed the harbour office."))


def test_bad_trigger_file_is_rejected(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("NOTATYPE:\n  - {trigger: x}\n", encoding="utf-8")
    with pytest.raises(ValueError):
        EventExtractor(TruceConfig(trigger_files=[bad]))


def test_pronoun_resolved_to_speaker(nlp, extractor):
    events = asserted(code(nlp, extractor, "The Norland government said it will release the detained fishermen."))
    agree = next(e for e in events if e.event == "AGREE")
    assert agree.actor[0].text == "Norland government"
    assert "pronoun" in (agree.actor[0].reason or "")


def test_killing_an_office_holder_is_targeted(nlp, extractor):
    events = asserted(code(nlp, extractor, "Gunmen killed the deputy governor of Varno province on Sunday."))
    assert [e.mode for e in events if e.event == "ASSAULT"] == ["targeted"]


def test_subjunctive_complement_is_not_reported(nlp, extractor):
    events = code(nlp, extractor, "The union demanded that the ministry lift the ban on rallies.")
    assert types(events) == {"REQUEST"}


def test_theme_object_gives_proposer_as_recipient(nlp, extractor):
    events = asserted(code(nlp, extractor, "The rebels rejected a Norland proposal for new talks."))
    rej = next(e for e in events if e.event == "REJECT")
    assert rej.recipient[0].text == "Norland"


def test_background_clause_not_coded(nlp, extractor):
    text = "Estland recalled its ambassador from Norland, one day after border guards shot a fisherman."
    assert types(code(nlp, extractor, text)) == {"SANCTION"}


def test_verbal_protest_is_accuse(nlp, extractor):
    text = "A rights group protested that the authorities had failed to protect the refugees."
    assert "ACCUSE" in types(code(nlp, extractor, text))
    assert "PROTEST" in types(code(nlp, extractor, "Hundreds of farmers protested outside the ministry."))


@pytest.mark.parametrize("text", ["", "   ", "!!! ??? ...", "Attack attack attack.", "a" * 500, "Ceasefire. Truce? Talks!"])
def test_odd_input_does_not_crash_and_ids_are_unique(nlp, extractor, text):
    events = code(nlp, extractor, text)
    assert len({e.id for e in events}) == len(events)
    for e in events:
        assert 0 <= e.trigger_start < e.trigger_end <= len(text)
        assert e.event in EVENT_TYPES and 0 <= e.confidence <= 1


def test_not_object_and_multiword_first(nlp, extractor):
    assert types(code(nlp, extractor, "The two parties struck a deal on water rights.")) == {"AGREE"}
    assert "ASSAULT" in types(code(nlp, extractor, "Rockets struck the market in Varno."))
    events = code(nlp, extractor, "The government would allow aid convoys into the besieged towns.")
    assert any(e.event == "AID" and e.event_text == "aid convoys" for e in events)


def test_headline_infinitive_is_future(nlp, extractor):
    events = code(nlp, extractor, "Envoys to meet in Geneva on June 3")
    assert events and all(e.modality.future for e in events if e.event == "CONSULT")


def test_coordinated_acts_stay_separate(nlp, extractor):
    events = asserted(code(nlp, extractor, "Norland imposed sanctions on two Estland banks and recalled its ambassador."))
    assert sorted(e.event_text for e in events if e.event == "SANCTION") == ["imposed sanctions", "recalled"]


def test_weapon_in_when_clause_gives_mode(nlp, extractor):
    events = asserted(code(nlp, extractor, "Twelve civilians were killed when rockets struck a market in Varno."))
    assault = [e for e in events if e.event == "ASSAULT"]
    assert len(assault) == 1 and assault[0].mode == "heavy-weapons"
    assert "civilians" in assault[0].recipient[0].text


def test_speaker_is_actor_of_verbal_event(nlp, extractor):
    events = asserted(code(nlp, extractor, "The offer was rejected, a rebel spokesman said."))
    rej = next(e for e in events if e.event == "REJECT")
    assert rej.actor[0].text == "rebel spokesman" and rej.modality.claimant == "rebel spokesman"


def test_statement_light_verb_and_embedded_attack(nlp, extractor):
    events = code(nlp, extractor, "The ministry issued a statement condemning the attack on the convoy.")
    acc = next(e for e in asserted(events) if e.event == "ACCUSE")
    assert acc.actor[0].text == "ministry"
    attack = next(e for e in events if e.event == "ASSAULT")
    assert not attack.modality.asserted and not attack.actor
    assert attack.recipient[0].text == "convoy"


def test_parse_limits_follow_the_extractors_settings(nlp):
    """The noun-phrase limits deep in truce.events.syntax read the running extractor's [events] table."""
    from truce.settings import load_settings

    text = "Gunmen from the Northern Liberation Front attacked a police post in Kelby on Tuesday."

    def actors(**events) -> list[str]:
        config = TruceConfig(settings=load_settings(overrides={"events": events})) if events else TruceConfig()
        return [r.text for e in code(nlp, EventExtractor(config), text) for r in e.actor]

    assert actors() == ["Gunmen from the Northern Liberation Front"]
    assert actors(origin_max_tokens=1) == ["Gunmen"]
    assert actors() == ["Gunmen from the Northern Liberation Front"]  # outside extract: the defaults again


def test_trigger_strength_of_entries_without_one_comes_from_the_settings():
    from truce.events.lexicon import load_lexicon, parse_entries

    data = {"ASSAULT": [{"trigger": "overrun", "pos": "verb", "source": "truce-authors"}]}
    assert parse_entries(data, "shipped")[0][1].strength == 0.8
    assert parse_entries(data, "shipped", default_strength=0.6)[0][1].strength == 0.6
    weak = EventExtractor(TruceConfig(settings=_settings(events={"trigger_strength": 0.6})))
    def count(lexicon, strength):
        return sum(e.strength == strength for e in lexicon.entries())

    assert count(weak.lexicon, 0.8) < count(load_lexicon(), 0.8)  # the shipped entries that give none moved
    assert count(weak.lexicon, 0.6) > count(load_lexicon(), 0.6)


def _settings(**tables):
    from truce.settings import load_settings

    return load_settings(overrides=tables)


def test_advance_misparsed_as_participle_of_the_subject(nlp, extractor):
    """'a column of N trucks advanced towards X ... and set up positions': the parser hangs 'advanced' on
    'trucks' as a participle (a reduced passive); the finite conjunct shows it is the column's verb."""
    text = ("On 4 March, a rebel column of about 20 trucks advanced from Dorvo towards Kelby, into an area held "
            "by the army, and set up positions 10 km north of Dorvo.")
    moves = [e for e in asserted(code(nlp, extractor, text)) if e.event == "MOBILIZE"]
    advance = [e for e in moves if e.trigger == "advanced"]
    assert advance and "territory" in advance[0].context
    assert any("column" in a.text for a in advance[0].actor)
    assert not any(r.text == "trucks" for r in advance[0].recipient)


def test_headline_passive_stays_passive(nlp, extractor):
    events = code(nlp, extractor, "Five soldiers killed in blast near Dorvo.")
    killed = [e for e in events if e.trigger == "killed"]
    assert killed and not killed[0].actor and any("soldiers" in r.text for r in killed[0].recipient)


def test_positions_set_up_in_held_ground_are_territorial(nlp, extractor):
    """A troop movement in a sentence naming ground a side holds is an advance into its territory, whatever
    verb carries it; positions set up without such ground are not."""
    held = ("On 6 March, a rebel column of about 25 pickups drove from Dorvo towards Kelby, into an area held by "
            "the army, and set up positions 10 km north of Dorvo town.")
    plain = "The army set up positions near Kelby on Monday."
    held_ev = [e for e in asserted(code(nlp, extractor, held)) if e.event == "MOBILIZE" and e.trigger == "set"]
    plain_ev = [e for e in asserted(code(nlp, extractor, plain)) if e.event == "MOBILIZE"]
    assert held_ev and "territory" in held_ev[0].context
    assert plain_ev and "territory" not in plain_ev[0].context


def test_trucks_named_after_a_food_agency_stopped_are_aid_withheld(nlp, extractor):
    """'stopped nine World Food Programme trucks': the compounds of the name before the object are read
    with it ('food truck'), so the stopped trucks are aid withheld (COERCE withhold); a plain truck is not."""
    text = ("Fighters of the Dorvo Liberation Front stopped nine World Food Programme trucks at a checkpoint west "
            "of Kelby on Monday and forced them to turn back, the agency said.")
    coerce = [e for e in asserted(code(nlp, extractor, text)) if e.event == "COERCE"]
    assert coerce and coerce[0].mode == "withhold"
    plain = "Police stopped a delivery van near Kelby on Monday."
    assert not [e for e in asserted(code(nlp, extractor, plain)) if e.event == "COERCE" and e.mode == "withhold"]
