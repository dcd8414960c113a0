"""Who did it, in the truce's terms: a party, an excluded group, someone else, or unknown.

Identities decide first: a truce file may list the actor dictionary ids of a party or an
excluded group (``actors: [lnf]``), matched against ``ActorRef.actor_id``. Then names decide
before codes: an excluded group is often coded like a party
(country LBY, sector REB), so an actor whose name or text matches an excluded
group's name (any of its successive names) or a party's alias is assigned by
name first; country/sector rules only catch actors no name claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from truce.knowledge import load_yaml, shipped
from truce.monitor.model import ExcludedGroup, Party, Truce, norm_name
from truce.records import ActorRef


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    """Language-neutral attribution codes (``data/truces/schema/cues.yaml``)."""
    return load_yaml(shipped("truces", "schema", "cues.yaml"), expect=dict)


@dataclass
class Attribution:
    """One actor's standing under one truce unit."""

    kind: str  # party, excluded, other, unknown
    label: str  # what to show: party name, group name, actor text
    how: str  # why: "name 'LNF'", "country/sector LBY REB", ...
    party: Party | None = None
    group: ExcludedGroup | None = None
    weak: bool = False  # matched by codes only, though the actor has a name the truce does not list


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def _named(ref: ActorRef) -> list[str]:
    """The names an actor goes by: its canonical name, its words, and for a reference ("our fighters",
    "the group") the words of what it refers to ("a Delta Union spokesman")."""
    return [n for n in (norm_name(ref.name), norm_name(ref.text), norm_name(ref.coref)) if n]


def attribute_ref(ref: ActorRef, truce: Truce) -> Attribution:
    """Classify one actor or recipient reference."""
    if ref.actor_id:  # the actor dictionary's identity, when the truce file names it
        for group in truce.excluded.values():
            if ref.actor_id in group.actor_ids:
                return Attribution("excluded", group.id, f"actor id {ref.actor_id!r}", group=group)
        for party in truce.parties.values():
            if ref.actor_id in party.actor_ids:
                return Attribution("party", party.name, f"actor id {ref.actor_id!r}", party=party)
    names = _named(ref)
    for group in truce.excluded.values():
        for known in group.all_names():
            if any(_contains(n, known) for n in names):
                return Attribution("excluded", group.id, f"name {known!r}", group=group)
    for party in truce.parties.values():
        for alias in party.aliases:
            if any(_contains(n, alias) for n in names):
                return Attribution("party", party.name, f"name {alias!r}", party=party)
    unknown = (ref.sector or "").upper() in cues()["unknown_sectors"] or not (ref.country or ref.sector or ref.name)
    if unknown:
        return Attribution("unknown", ref.text or "unknown", "no identifying name or code")
    for party in truce.parties.values():
        for rule in party.rules:
            if rule.matches(ref.country, ref.sector):
                how = f"country/sector {ref.country or '*'} {ref.sector or '*'}"
                if ref.name:
                    how += f", but its name {ref.name!r} is not listed for {party.name}"
                return Attribution("party", party.name, how, party=party, weak=bool(ref.name))
    owner = _only_party_of(ref.country, truce) if ref.country and not ref.sector else None
    if owner is not None:  # "Azerbaijani fire" in a truce between two states: that state's, weakly
        return Attribution("party", owner.name, f"country {ref.country} only, the one party of that country",
                           party=owner, weak=True)
    owner = _only_party_of_sector(ref.sector, truce) if ref.sector and not ref.country else None
    if owner is not None:  # "the army said its soldiers returned fire" in a truce between an army and rebels
        return Attribution("party", owner.name, f"sector {ref.sector} only, the one party of that sector",
                           party=owner, weak=True)
    return Attribution("other", ref.name or ref.text, f"{ref.country or '?'} {ref.sector or '?'} is not a party")


def _only_party_of(country: str, truce: Truce) -> Party | None:
    """The one party whose codes name this country, None when none or several do (two parties of one
    country, as in a civil war's truce, leave a country-only actor unplaced)."""
    owners = {p.id: p for p in truce.parties.values() for r in p.rules if r.country == country}
    return next(iter(owners.values())) if len(owners) == 1 else None


def attribute(refs: list[ActorRef], truce: Truce) -> Attribution:
    """The standing of an event's actor side: a party beats excluded beats other beats unknown."""
    found = [attribute_ref(r, truce) for r in refs]
    for kind in ("party", "excluded", "other"):
        hit = next((a for a in found if a.kind == kind), None)
        if hit:
            return hit
    return found[0] if found else Attribution("unknown", "unknown", "no actor reported")


def _only_party_of_sector(sector: str, truce: Truce) -> Party | None:
    """The one party whose codes name this sector ("the army", MIL, in a truce between an army and rebels),
    None when none or several do (two states' armies leave a bare "soldiers" unplaced)."""
    owners = {p.id: p for p in truce.parties.values() for r in p.rules if sector.upper() in r.sectors}
    return next(iter(owners.values())) if len(owners) == 1 else None


def claimant_attribution(claimant: str | None, truce: Truce) -> Attribution | None:
    """The truce party a report's claimant speaks for ("the Front", "the army", "police"), None when the
    claimant is no party's (the outlet's own voice, residents, a monitor, a third party).

    The claimant is only a phrase; it is read like an actor: by the truce's names first, then by the
    sector of its agent word in the actor dictionary (``army`` MIL, ``police`` COP), which places it only
    when one party holds that sector (``attribute_ref``'s rules)."""
    if not claimant:
        return None
    found = attribute_ref(ActorRef(text=claimant, sector=_agent_sector(claimant)), truce)
    return found if found.kind == "party" else None


@lru_cache(maxsize=4096)
def _agent_sector(text: str) -> str | None:
    """The sector of the last agent word ("soldiers", "police") or compound title ("army spokesman") the
    actor dictionary finds in ``text``, if any. A bare title ("a spokeswoman") says nothing of whom it
    speaks for, so its default sector is not taken."""
    from truce.actors.lexicon import load_lexicon
    from truce.actors.match import tokenize_text

    sector = None
    for m in load_lexicon().trie.find(tokenize_text(text)):
        told = [e.sector for e in m.values if e.sector and (e.kind == "agent" or e.kind == "title" and m.j - m.i > 1)]
        sector = told[0] if told else sector
    return sector
