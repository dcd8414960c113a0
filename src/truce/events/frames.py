"""The shipped syntactic frames (frames.yaml) and CAMEO roots (cameo.yaml) as typed, cached objects."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from truce.events.lexicon import shipped_data


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
    coop_intent: frozenset[str]
    conflict_intent: frozenset[str]
    threaten_modes: dict[str, str | None]
    negated_intent_type: str
    cameo: dict[str, dict[str, str]]
    actor_nouns: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()
    instrument_verbs: frozenset[str] = frozenset()

    def cameo_root(self, event: str, mode: str | None) -> str | None:
        table = self.cameo.get(event, {})
        return table.get(mode or "*") or table.get("*")

    def threaten_mode(self, event: str, mode: str | None) -> str | None:
        return self.threaten_modes.get(f"{event}/{mode}", self.threaten_modes.get(event))


def _set(data: dict, key: str) -> frozenset[str]:
    return frozenset(str(x).lower() for x in data.get(key) or [])


@lru_cache(maxsize=1)
def load_frames() -> Frames:
    d = shipped_data("frames.yaml")
    conv = d.get("intent_conversion") or {}
    return Frames(
        light_verbs=_set(d, "light_verbs"), intent_words=_set(d, "intent_words"),
        speech_verbs=_set(d, "speech_verbs"), future_cues=_set(d, "future_cues"),
        hypothetical_cues=_set(d, "hypothetical_cues"), deontic_cues=_set(d, "deontic_cues"),
        negation_words=_set(d, "negation_words"), negating_verbs=_set(d, "negating_verbs"),
        recipient_preps=_set(d, "recipient_preps"), background_preps=_set(d, "background_preps"),
        coop_intent=frozenset(conv.get("AGREE") or []), conflict_intent=frozenset(conv.get("THREATEN") or []),
        threaten_modes=dict(d.get("threaten_modes") or {}),
        negated_intent_type=str(d.get("negated_intent_type") or "REJECT"),
        cameo={k: {str(m): str(v) for m, v in t.items()} for k, t in shipped_data("cameo.yaml").items()},
        actor_nouns=_set(d, "actor_nouns"), office_titles=_set(d, "office_titles"),
        instrument_verbs=_set(d, "instrument_verbs"),
    )
