"""A denial said of a passive subject ("the group was not involved") is that subject's, not the speaker's
(own sentences, verdict9)."""

from __future__ import annotations

from truce.monitor import CONTESTED, judge, loads_truce
from truce.pipeline import code

TRUCE = """
name: Lakes truce
timezone: Africa/Kampala
sources: [a test agreement]
start: 2026-05-01 00:00
parties:
  - {id: gov, name: Government of Uganda, side: government, accepted: 2026-05-01,
     match: [{country: UGA, sector: [GOV, MIL]}], aliases: [Ugandan army, the army]}
  - {id: lrf, name: Lake Region Front, side: rebels, accepted: 2026-05-01, aliases: [Lake Region Front],
     match: [{country: UGA, sector: [REB]}]}
area: {countries: [UGA]}
prohibited:
  - {event: ASSAULT}
"""

ATTACK = "Gunmen ambushed an army truck near Gulu on Sunday, killing three soldiers, police said."


def _denials(events):
    return [c for e in events for c in e.claims if c.kind == "denial"]


def test_the_passive_subject_denies():
    text = " ".join([ATTACK, "The army blamed the Lake Region Front.",
                     "A police spokesman said the Lake Region Front was not involved in the ambush."])
    events = code(text, published="2026-05-05")
    assert [c.party.text for c in _denials(events)] == ["the Lake Region Front"]


def test_a_spokesmans_passive_denial_makes_the_blamed_attack_contested():
    text = " ".join([ATTACK, "The army blamed the Lake Region Front for the ambush.",
                     "A spokesman for the Lake Region Front said its fighters were not involved."])
    events = code(text, published="2026-05-05")
    assert _denials(events) and all("spokesman" not in c.party.text for c in _denials(events))
    attacks = [v for v in judge(events, loads_truce(TRUCE)) if v.event.event == "ASSAULT" and v.event.modality.asserted]
    assert attacks and all(v.verdict == CONTESTED for v in attacks), [(v.verdict, v.reasons) for v in attacks]
