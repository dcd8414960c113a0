"""The shipped syntactic frames (lang/en/events/frames.yaml), PLOVER conversions and CAMEO roots
(events/conversions.yaml, events/cameo.yaml) as typed, cached objects."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache

from truce.errors import DataFileError
from truce.events.lexicon import shipped_data, word_list
from truce.knowledge import lang_file, shipped, valid_source


@dataclass(frozen=True)
class Frames:
    light_verbs: frozenset[str]
    intent_words: frozenset[str]
    speech_verbs: frozenset[str]
    future_cues: frozenset[str]
    hypothetical_cues: frozenset[str]
    deontic_cues: frozenset[str]
    negation_words: frozenset[str]
    negating_verbs: frozenset[str]
    recipient_preps: frozenset[str]
    background_preps: frozenset[str]
    reference_preps: frozenset[str]
    coop_intent: frozenset[str]
    conflict_intent: frozenset[str]
    threaten_modes: dict[str, str | None]
    negated_intent_type: str
    cameo: dict[str, dict[str, str]]
    actor_nouns: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()  # 'Police raid ...': a headline subject with a plural verb
    office_titles: frozenset[str] = frozenset()
    instrument_verbs: frozenset[str] = frozenset()
    deliberation_verbs: frozenset[str] = frozenset()
    possibility_words: frozenset[str] = frozenset()
    responsibility_verbs: frozenset[str] = frozenset()
    responsibility_nouns: frozenset[str] = frozenset()
    undergo_phrases: frozenset[str] = frozenset()  # "come under fire": the subject is the target
    spelling_suffixes: frozenset[str] = frozenset()
    irregular_forms: frozenset[str] = frozenset()
    hostile_asks: frozenset[str] = frozenset()
    negative_quantifiers: frozenset[str] = frozenset()  # 'no shots', 'none of', 'neither side', 'nobody'
    minimal_quantities: frozenset[str] = frozenset()  # 'not a single round', 'not one shot'
    quantity_comparatives: frozenset[str] = frozenset()  # 'no fewer than 20 people': no absence
    occurrence_nouns: frozenset[str] = frozenset()  # 'no exchange of fire', 'no reports of looting'
    absence_preps: frozenset[str] = frozenset()  # 'without a shot being fired'
    circumstance_preps: frozenset[str] = frozenset()  # 'shares plunged after the attack': no actor
    accident_verbs: frozenset[str] = frozenset()  # 'a military truck overturned, killing ...'
    accident_adverbs: frozenset[str] = frozenset()  # 'his rifle went off accidentally'
    accident_nouns: frozenset[str] = frozenset()  # 'killed in a training accident', 'died in a stampede'
    relational_objects: frozenset[str] = frozenset()  # 'seized control of the match': the match is seen
    negating_phrases: frozenset[str] = frozenset()  # 'stopped short of accusing'
    observation_verbs: frozenset[str] = frozenset()  # 'monitors saw no fighting': the subject is no actor
    held_ground_verbs: frozenset[str] = frozenset()  # 'into an area held by the Alliance': the other side's ground
    held_ground_preps: frozenset[str] = frozenset()  # 'into', 'beyond': a movement onto that ground
    command_verbs: frozenset[str] = frozenset()  # 'ordered the paper to suspend publication': the coercion
    failure_verbs: frozenset[str] = frozenset()  # 'failed to reach agreement': a REJECT (CAMEO 12)
    dismissal_phrases: frozenset[str] = frozenset()  # 'lifting the sanctions is out of the question': REJECT
    preparation_verbs: frozenset[str] = frozenset()  # 'troops prepared to storm the town': MOBILIZE
    travel_verbs: frozenset[str] = frozenset()  # 'flew to Geneva for talks': the trip is the consultation
    departure_verbs: frozenset[str] = frozenset()  # 'ordered the ambassador to leave': an expulsion
    entry_verbs: frozenset[str] = frozenset()  # 'stormed the headquarters and detained its chairman': the entry
    target_preps: frozenset[str] = frozenset()  # 'opened fire on a minibus', 'set fire to homes': the target
    aimless_objects: frozenset[str] = frozenset()  # 'fired shots into the air': no target
    reflexive_pronouns: frozenset[str] = frozenset()  # 'blew himself up': the actor, never the recipient
    agent_nouns: frozenset[str] = frozenset()  # 'a suicide bomber blew himself up': the trigger is its actor
    obligation_modals: frozenset[str] = frozenset()  # 'demanded that they must leave': addressed to them
    of_patient_events: frozenset[str] = frozenset()  # 'the shelling of the hospital': 'of' names the target
    simultaneous_marks: frozenset[str] = frozenset()  # 'killed when soldiers opened fire': how it happened
    agreement_nouns: frozenset[str] = frozenset()  # 'violated the ceasefire': broken, not attacked
    carrier_nouns: frozenset[str] = frozenset()  # 'carried out a string of attacks': the act is the 'of' noun
    endpoint_marks: frozenset[str] = frozenset()  # 'vowed to fight until they gain control': unreal too
    joint_events: frozenset[str] = frozenset()  # 'X and Y agreed / met': X the actor, Y the recipient
    reciprocal_verbs: frozenset[str] = frozenset()  # 'X and Y exchanged fire / clashed': the same, any type
    relational_nouns: frozenset[str] = frozenset()  # 'hosted his counterpart': another party, not one's own
    preparation_modes: dict[str, str] = field(default_factory=dict)  # readied act type/mode -> MOBILIZE mode

    def cameo_root(self, event: str, mode: str | None) -> str | None:
        table = self.cameo.get(event, {})
        return table.get(mode or "*") or table.get("*")

    def threaten_mode(self, event: str, mode: str | None) -> str | None:
        return self.threaten_modes.get(f"{event}/{mode}", self.threaten_modes.get(event))


# The word lists of frames.yaml are the Frames fields typed as a set of words, except the two sets read
# from conversions.yaml: adding a list is one field here and one key in the YAML, nothing else.
_FROM_CONVERSIONS = frozenset({"coop_intent", "conflict_intent"})
_LISTS = tuple(f.name for f in fields(Frames) if f.type == "frozenset[str]" and f.name not in _FROM_CONVERSIONS)


def _provenance(data: dict, node: object) -> None:
    if not valid_source(data.get("source")):
        raise DataFileError(node, f"missing or unknown provenance {data.get('source')!r}", field="source")


@lru_cache(maxsize=1)
def load_frames() -> Frames:
    path = str(lang_file("events", "frames.yaml"))
    d = shipped_data("frames.yaml")
    lists = {k: word_list(d, k, path)[0] for k in _LISTS}
    conv = shipped_data("conversions.yaml", lang=False)
    _provenance(conv, shipped("events", "conversions.yaml"))
    cameo = shipped_data("cameo.yaml", lang=False)
    _provenance(cameo, shipped("events", "cameo.yaml"))
    intent = conv.get("intent_conversion") or {}
    return Frames(
        **lists,
        coop_intent=frozenset(intent.get("AGREE") or []), conflict_intent=frozenset(intent.get("THREATEN") or []),
        threaten_modes=dict(conv.get("threaten_modes") or {}),
        negated_intent_type=str(conv.get("negated_intent_type") or "REJECT"),
        preparation_modes={str(k): str(v) for k, v in (conv.get("preparation_modes") or {}).items()},
        cameo={k: {str(m): str(v) for m, v in t.items()} for k, t in (cameo.get("roots") or {}).items()},
    )
