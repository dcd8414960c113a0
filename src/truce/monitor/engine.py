"""The verdict engine: one event against one truce chain, with reasons.

Per event and chain: find the units of the chain in force at the event's time
and place (``timewin``, ``scope``), take the governing one (wholly in scope
first, then the latest agreement), then apply its rules in order: modality,
prohibited act, who did it (``attribution``), permitted acts, ambiguities.
Incidents (reports sharing a ``cluster_id``) are judged together by ``incidents``;
``stream`` drives both over a list of events or a whole store.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from truce.geo.distance import haversine_km
from truce.knowledge import lang_file, load_yaml
from truce.monitor.anchors import anchored
from truce.monitor.attribution import Attribution, attribute, attribute_ref
from truce.monitor.confidence import Sources
from truce.monitor.incidents import non_political
from truce.monitor.model import ExcludedGroup, Party, Truce, TruceChain
from truce.monitor.params import MonitorParams, default_params
from truce.monitor.scope import (
    COUNTRY_LEVEL,
    DATELINE,
    OWN_PLACE_RULES,
    PlaceHint,
    place_relation,
    placed_by_dateline_only,
)
from truce.monitor.timewin import Interval, event_interval
from truce.monitor.truceplaces import OFFSET, TRUCE_PLACE, placed_event
from truce.monitor.verdict import NOT_COVERED, POSSIBLE, UNATTRIBUTED, VIOLATION, Verdict
from truce.records import QUAD_MATERIAL_CONFLICT, ActorRef, Event, EventLocation, Place


def as_chains(truce: TruceChain | Truce | Iterable[TruceChain | Truce]) -> list[TruceChain]:
    if isinstance(truce, TruceChain):
        return [truce]
    if isinstance(truce, Truce):
        return [TruceChain(truce.name, [truce], truce.path)]
    return [c for t in truce for c in as_chains(t)]


def fmt_local(instant: datetime, tz: tzinfo) -> str:
    return f"{instant.astimezone(tz):%Y-%m-%d %H:%M} {tz}"


# -- excluded groups' activity ------------------------------------------------------------------
@dataclass
class Activity:
    group: str
    lat: float
    lon: float
    when: Interval
    event_id: str


class ActivityIndex:
    """Excluded groups' reported activity, bucketed by UTC day and 1-degree cell for cheap lookups."""

    def __init__(self, items: Iterable[Activity] = (), params: MonitorParams | None = None) -> None:
        self.params = params or default_params()
        self.cells: dict[tuple[object, int, int], list[Activity]] = defaultdict(list)
        self.wide: list[Activity] = []
        for item in items:
            if item.when.hi - item.when.lo > self.params.activity_index_span:  # imprecise: ``wide``, checked every time
                self.wide.append(item)
            else:
                self.cells[(item.when.lo.date(), math.floor(item.lat), math.floor(item.lon))].append(item)

    def around(self, iv: Interval, lat: float, lon: float) -> Iterable[Activity]:
        """Activities that may lie within the activity radius and window of a place and time."""
        radius, window = self.params.activity_radius_km, self.params.activity_window
        first = (iv.lo - window - self.params.activity_index_span).date()
        last = (iv.hi + window).date()
        dlat = math.ceil(radius / 111.0)
        dlon = math.ceil(radius / max(1.0, 111.0 * math.cos(math.radians(min(abs(lat), 89.0)))))
        if (last - first).days > 120:
            yield from (a for bucket in self.cells.values() for a in bucket)
        else:
            cy, cx = math.floor(lat), math.floor(lon)
            for n in range((last - first).days + 1):
                day = first + timedelta(days=n)
                for y in range(cy - dlat, cy + dlat + 1):
                    for x in range(cx - dlon, cx + dlon + 1):
                        yield from self.cells.get((day, y, x), ())
        yield from self.wide


def activity_of(e: Event, chain: TruceChain, params: MonitorParams) -> Activity | None:
    """Where and when an excluded group is reported acting, if this event says so. Only its hostile acts
    (PLOVER material conflict, quad class 4) count: "the group's fighters withdrew into the valley"
    places it on the day of the attack it withdrew from, not as a perpetrator of what happens next."""
    e = placed_event(e, chain, params)
    loc = e.location
    if not e.modality.asserted or non_political(e, params) or loc is None or loc.lat is None or loc.lon is None or e.quad_code != QUAD_MATERIAL_CONFLICT:
        return None
    for unit in chain.active_units():
        who = attribute(e.actor, unit)
        iv = event_interval(e.date, e.date_precision, unit.timezone, params.reported_lookback)
        if who.kind == "excluded" and iv is not None and who.group:
            return Activity(who.group.id, loc.lat, loc.lon, iv, e.id)
    return None


def excluded_nearby(e: Event, unit: Truce, iv: Interval | None, activity: ActivityIndex) -> str | None:
    """Why an excluded group may be involved here: known area of operation, or reported nearby."""
    loc = e.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    for group in unit.excluded.values():
        if group.active_in is not None and group.active_in.point_match(loc.lat, loc.lon):
            return f"excluded group {_group_name(group, iv, unit.timezone)} operates in this area"
    if iv is None:
        return None
    for act in activity.around(iv, loc.lat, loc.lon):
        if act.event_id == e.id or act.group not in unit.excluded:
            continue
        window = activity.params.activity_window
        near = haversine_km(act.lat, act.lon, loc.lat, loc.lon) <= activity.params.activity_radius_km
        close = act.when.lo - window < iv.hi and iv.lo < act.when.hi + window
        if near and close:
            name = _group_name(unit.excluded[act.group], iv, unit.timezone)
            return f"excluded group {name} reported active nearby (event {act.event_id})"
    return None


def _group_name(group: ExcludedGroup, iv: Interval | None, tz: tzinfo | None = None) -> str:
    """The group's name on the event's local day (the truce's zone)."""
    if iv is None:
        return group.names[-1].name
    return group.name_at(iv.lo.astimezone(tz).date() if tz else iv.lo.date())


# -- one event ------------------------------------------------------------------------------------
@dataclass
class _Scope:
    unit: Truce
    iv: Interval | None
    time: str  # inside, outside, straddles, unknown
    place: str  # in, out, unsure
    place_reason: str
    time_note: str = ""  # how the sentence placed the date relative to a truce's start (truce.monitor.anchors)

    @property
    def clean(self) -> bool:
        return self.time == "inside" and self.place == "in"


def story_places(events: Iterable[Event], params: MonitorParams | None = None) -> dict[str, list[PlaceHint]]:
    """Per article, where its incidents are placed by their own words (precise places only)."""
    out: dict[str, list[PlaceHint]] = defaultdict(list)
    for e in events:
        loc = e.location
        if (loc is None or loc.lat is None or loc.lon is None or loc.rule not in OWN_PLACE_RULES
                or (loc.precision or "").lower() in COUNTRY_LEVEL | {"admin1", "admin2"}
                or not e.modality.asserted or non_political(e, params) or e.background or e.quad_code != QUAD_MATERIAL_CONFLICT):
            continue
        out[e.article_id].append(PlaceHint(loc.name or "?", loc.lat, loc.lon, loc.country, "article"))
    return out


def dateline_place(places: Sequence[Place] | None, params: MonitorParams | None = None) -> Place | None:
    """The story's dateline toponym ("BOGOTA, June 8 (...) -": recognised as the dateline, or written in
    capitals at the very start of the text) when the story names that place nowhere else: then a
    location of that place the event's own words did not give can only come from the dateline."""
    params = params or default_params()
    places = list(places or ())
    line = next((p for p in places if p.source == DATELINE or (
        p.start <= params.dateline_max_start and len(p.text) > params.dateline_min_chars and p.text.isupper())), None)
    if line is None:
        return None
    again = [p for p in places if p is not line and (
        (p.geonameid is not None and p.geonameid == line.geonameid) or (p.name and p.name == line.name))]
    return None if again else line


def filed_location(e: Event, dateline: Place | None) -> EventLocation | None:
    """The event's location, marked as the dateline's (``rule = "dateline"``) when it is the dateline's town
    reached by a rule that did not read the event's own words (its paragraph, the previous event, the
    article's place) and the sentence does not name it: the geoparser found the dateline in the first
    paragraph, and it says where the report was filed, not where it happened."""
    loc = e.location
    if loc is None or dateline is None or loc.rule in OWN_PLACE_RULES or loc.rule == DATELINE:
        return loc
    same = (loc.geonameid is not None and loc.geonameid == dateline.geonameid) or (
        loc.name is not None and loc.name == dateline.name)
    if not same or _names(e.sentence or "", loc):
        return loc
    return replace(loc, rule=DATELINE)


def place_hints(e: Event, places: Mapping[str, Sequence[Place]] | None,
                story: Mapping[str, list[PlaceHint]] | None = None,
                loc: EventLocation | None = None) -> list[PlaceHint]:
    """Precise places that may place a vague event: the towns its sentence names (the geoparser's
    toponyms), then the places of its story's other incidents. ``loc``: the event's location as the
    monitor reads it (``filed_location``), else its own."""
    hints = []
    if places and e.sentence_start >= 0:
        lo, hi = e.sentence_start, e.sentence_start + len(e.sentence)
        hints = [PlaceHint(p.name or p.text, p.lat, p.lon, p.country) for p in places.get(e.article_id, ())
                 if lo <= p.start < hi and p.lat is not None and p.lon is not None
                 and (p.precision or "").lower() not in COUNTRY_LEVEL | {"admin1", "admin2"}]
    loc = loc if loc is not None else e.location
    if loc is not None and loc.rule == DATELINE and loc.lat is not None and (
            _names(e.sentence, loc) or points_at_dateline(e.sentence or "")):
        hints.append(PlaceHint(loc.name or "?", loc.lat, loc.lon, loc.country))  # "above El Tarra", "west of the city"
    return hints + list((story or {}).get(e.article_id, ()))


def points_at_dateline(sentence: str) -> bool:
    """Does the sentence point at the town its story was filed from ("west of the city", "on the outskirts
    of the town")? Not when the deictic words name another place ("the village of Tinfadimata") or the
    sentence places the event by a direction from a named place ("40 km east of Gao ... towards the
    town"): then the dateline's town is not where it happened, whether or not the geoparser knew the name."""
    deictic, direction = _place_words()
    if direction.search(sentence):
        return False
    return any(not _NAMED_AFTER.match(sentence, m.end()) for m in deictic.finditer(sentence))


_NAMED_AFTER = re.compile(r"\s+of\s+(?!the\b)[A-Z]")  # "... of Tinfadimata", not "... of the town"


@lru_cache(maxsize=1)
def _place_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml(lang_file("monitor", "places.yaml"), expect=dict)
    deictic = [str(w) for w in data.get("deictic") or []]
    directions = [str(w) for w in data.get("directions") or []]
    return (re.compile(r"\b(?:" + "|".join(map(re.escape, deictic)) + r")\b", re.IGNORECASE),
            re.compile(r"\b(?i:" + "|".join(map(re.escape, directions)) + r")\s+of\s+(?!the\b)[A-Z]"))


def _names(sentence: str, loc: EventLocation) -> bool:
    """Does the sentence itself name the place (the geoparser may have found it only in the dateline)?"""
    names = {n for n in (loc.name, loc.text) if n}
    folded = {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower() for n in names}
    text = unicodedata.normalize("NFKD", sentence).encode("ascii", "ignore").decode().lower()
    return any(n and re.search(r"\b" + re.escape(n) + r"\b", text) for n in folded)


def judge_event(e: Event, chain: TruceChain, activity: ActivityIndex, sources: Sources | None,
                hints: Sequence[PlaceHint] = (), params: MonitorParams | None = None,
                location: EventLocation | None = None) -> Verdict:
    """``location``: the event's location as the monitor reads it (``filed_location``), else its own."""
    params = params or default_params()
    loc = location if location is not None else e.location
    starts = [u.start for u in chain.active_units()]
    scopes = [_scope(e, u, hints, params, loc, starts) for u in chain.active_units()]
    live = [s for s in scopes if s.time != "outside" and s.place != "out"]
    v = Verdict(e.id, e.article_id, e.cluster_id or e.id, chain.name, "", "", NOT_COVERED, event=e,
                claimant=claimant_of(e, sources))
    v.filed_from = loc.name if placed_by_dateline_only(loc, hints, params) else None
    v.non_political = non_political(e, params)
    placed_note = [loc.note] if loc is not None and loc.rule in (TRUCE_PLACE, OFFSET) and loc.note else []
    if not live:
        v.rule = "scope"
        v.reasons = placed_note + ([f"{s.unit.id}: {_why_out(e, s)}" for s in scopes]
                                   or ["the truce file has no truce in force"])
        timed = [s for s in scopes if s.time == "outside" and s.iv is not None]
        if timed and len(timed) == len(scopes):
            v.phase = "before" if all(s.iv.hi <= s.unit.start for s in timed) else "after"
        elif scopes:
            v.phase = "outside"  # outside the area (of some units, out of time for the others)
        _set_day(v, e, scopes[0] if scopes else None)
        return v
    live.sort(key=lambda s: (s.clean, s.unit.start, len(s.unit.chain)), reverse=True)
    scope = live[0]
    v.clause = scope.unit.clause()
    v.also_in_force = [s.unit.id for s in live[1:]]
    v.scope = scope
    _set_day(v, e, scope)
    _apply_rules(v, e, scope, activity)
    v.reasons[:0] = placed_note
    return v


def _set_day(v: Verdict, e: Event, scope: _Scope | None) -> None:
    """The local calendar day of the event in the truce's zone (or the date as given)."""
    if scope and scope.iv and (scope.iv.exact or e.date_precision in (None, "day")):
        v.local_day = scope.iv.lo.astimezone(scope.unit.timezone).date().isoformat()
    elif e.date:
        v.local_day = e.date[:10]


def _scope(e: Event, unit: Truce, hints: Sequence[PlaceHint], params: MonitorParams,
           loc: EventLocation | None = None, starts: Sequence[datetime] = ()) -> _Scope:
    """``starts``: the starts of the chain's truces, at which the event's own words may cut its date span
    ("hours after the ceasefire came into force", truce.monitor.anchors)."""
    iv, note = anchored(e, event_interval(e.date, e.date_precision, unit.timezone, params.reported_lookback), starts)
    time = "unknown" if iv is None else iv.relation(unit.start, unit.end)
    place, reason = place_relation(loc if loc is not None else e.location, unit, hints, params)
    return _Scope(unit, iv, time, place, reason, note)


def _why_out(e: Event, s: _Scope) -> str:
    if s.time == "outside" and s.iv is not None:
        tz = s.unit.timezone
        when = fmt_local(s.iv.lo, tz) if s.iv.exact else f"{e.date} ({e.date_precision or 'day'})"
        when += f" ({s.time_note})" if s.time_note else ""
        if s.iv.hi <= s.unit.start:
            return f"{when} is before the start, {fmt_local(s.unit.start, tz)}"
        return f"{when} is after the end, {fmt_local(s.unit.end, tz)}"
    return s.place_reason


def _time_reason(e: Event, s: _Scope) -> str:
    tz = s.unit.timezone
    if s.time == "unknown":
        return "no usable event date"
    when = fmt_local(s.iv.lo, tz) if s.iv.exact else f"{e.date} ({e.date_precision or 'day'})"
    when += f" ({s.time_note})" if s.time_note else ""
    if s.time == "straddles":
        return f"date {when} straddles a boundary of {s.unit.id} ({fmt_local(s.unit.start, tz)} - " \
               f"{fmt_local(s.unit.end, tz) if s.unit.end else 'open'})"
    return f"{when} is within {s.unit.id} (from {fmt_local(s.unit.start, tz)})"


def _apply_rules(v: Verdict, e: Event, s: _Scope, activity: ActivityIndex) -> None:
    unit = s.unit
    v.reasons += [_time_reason(e, s), s.place_reason]
    act = next((r for r in unit.prohibited if r.matches(e.event, e.mode, e.context)), None)
    who = attribute(e.actor, unit)
    v.actor, v.who = who.label, who
    if act is None:
        v.rule = "acts"
        v.reasons.append(f"{e.event} {e.mode or ''}".strip() + " is not a prohibited act")
        return
    v.rule = f"prohibited: {act.label}"
    if not e.modality.asserted:
        _not_asserted(v, e)
        return
    if e.background:
        # The coder marks habitual or long-past context ("have fought on and off for a year"):
        # it happened, but it is not an incident this report dates.
        v.reasons.append("a background mention (habitual or earlier context), not a dated incident: not judged")
        return
    if (v.non_political and who.kind in ("party", "excluded") and not who.weak and not who.how.startswith("country/")
            and "no political participant" in (e.demoted_reason or "")):
        # Demoted for want of a political participant, but the truce names its actor: political after all
        # ("Fighters of the Front stopped a convoy of eight food trucks" read as a relief story). A sense
        # demotion ("fired the third goal") stands.
        v.non_political = False
        v.reasons.append(f"the event coder read it as non-political ({e.demoted_reason or 'demoted'}), but its "
                         f"actor is {who.label} ({who.how}), named by the truce")
    if v.non_political:
        # The event coder kept the reading only as a candidate of a non-political sense ("Sonni's captain
        # fired the third goal" in a bulletin's sports paragraph).
        v.reasons.append(f"a non-political reading ({e.demoted_reason or 'demoted by the event coder'}): not judged")
        return
    if not e.date:
        # Not even the publication date dates it: a mention the dater could not place in time
        # ("a road closed for weeks by fighting"), never an incident report of its own.
        v.reasons.append("no date at all (not even the report's): not judged as an incident")
        return
    _by_actor(v, e, s, who, activity)


def _not_asserted(v: Verdict, e: Event) -> None:
    m = e.modality
    flags = [f for f in ("negated", "future", "hypothetical") if getattr(m, f)]
    v.reasons.append(f"reported as {'/'.join(flags)}" + (f" ('{m.cue}')" if m.cue else "") + ": not a violation")


def _by_actor(v: Verdict, e: Event, s: _Scope, who: Attribution, activity: ActivityIndex) -> None:
    unit = s.unit
    who, recipients = own_side(e, unit, who, v.reasons)
    v.actor, v.who = who.label, who
    target = attribute(recipients, unit) if recipients else None
    if who.kind == "excluded" and who.group:
        v.reasons.append(f"actor is excluded group {who.group.id} ({who.how}; known then as "
                         f"{_group_name(who.group, s.iv, unit.timezone)}): not covered by the truce")
        return
    if who.kind == "other":
        v.reasons.append(f"actor {who.label} is not bound by the truce ({who.how})")
        return
    if target is not None and target.kind == "excluded" and unit.permits("against-excluded"):
        v.rule = f"permitted: {unit.permits('against-excluded').label}"
        v.reasons.append(f"target is excluded group {target.group.id if target.group else target.label}")
        return
    if who.kind == "party" and who.party:
        v.party, v.party_name, v.side = who.party.id, who.party.name, who.party.side
        bound = _bound(v, who, s)
        if bound == "no":
            return
        v.verdict = VIOLATION if bound == "yes" else POSSIBLE
        v.reasons.append(f"by party {who.party.name} ({who.how})")
    else:
        v.verdict = UNATTRIBUTED
        v.reasons.append(f"perpetrator unknown ({who.how})")
    _ambiguities(v, e, s, who, target, activity)


def actor_outside_sentence(e: Event) -> bool:
    """Did the coder take the event's actor from another sentence (coreference, a claim elsewhere)?"""
    end = e.sentence_start + len(e.sentence)
    return bool(e.actor) and e.sentence_start >= 0 and all(
        r.start >= 0 and not (e.sentence_start <= r.start < end) for r in e.actor)


def own_side(e: Event, unit: Truce, who: Attribution, reasons: list[str]) -> tuple[Attribution, list[ActorRef]]:
    """A party's prohibited act is never against its own side: when a recipient is attributed to the
    actor's own party, one of the two readings is wrong. An actor the coder took from outside the
    event's sentence ("Three soldiers were killed when their patrol was attacked." ... "Government
    officials called the attack a breach") is the one dropped: the perpetrator is unknown. Otherwise
    the recipient is ("Government aircraft bombed a camp of the Guardians, a day after the group killed
    two soldiers": the soldiers are another clause's victims, the camp is the target).
    Returns the actor's standing and the recipients that remain targets."""
    if who.kind != "party" or who.party is None or not e.recipient:
        return who, list(e.recipient)
    own = [r for r in e.recipient if (a := attribute_ref(r, unit)).kind == "party" and a.party is not None
           and a.party.id == who.party.id]
    if not own:
        return who, list(e.recipient)
    if actor_outside_sentence(e):
        reasons.append(f"actor {who.label} is read from outside the event's sentence and is the target's own "
                       f"side ({', '.join(r.text for r in own)}): not taken as the perpetrator")
        return Attribution("unknown", "unknown", "no actor in the event's own sentence"), list(e.recipient)
    reasons.append(f"{', '.join(r.text for r in own)}: {who.label}'s own side, not the target of its act")
    return who, [r for r in e.recipient if r not in own]


def _bound(v: Verdict, who: Attribution, s: _Scope) -> str:
    return party_bound(v, who.party, s)


def party_bound(v: Verdict, party: Party, s: _Scope) -> str:
    """'yes', 'no' or 'maybe': was the party bound when the event happened?"""
    accepted = party.accepted
    if s.iv is not None and accepted >= s.iv.hi:
        v.reasons.append(f"{party.name} was not yet bound (accepted {fmt_local(accepted, s.unit.timezone)})")
        return "no"
    if s.iv is not None and accepted > s.iv.lo:
        v.reasons.append(f"{party.name} accepted during the event's date span "
                         f"({fmt_local(accepted, s.unit.timezone)})")
        return "maybe"
    return "yes"


def _ambiguities(v: Verdict, e: Event, s: _Scope, who: Attribution, target: Attribution | None,
                 activity: ActivityIndex) -> None:
    """Downgrade a violation to *possible* when time, place or the target is uncertain."""
    doubts = []
    if who.weak:
        doubts.append(("weak", "the actor is attributed by its codes only"))
    if s.time in ("straddles", "unknown"):
        doubts.append(("time", "the date is not precise enough to place it inside the truce"))
    if s.place == "unsure":
        doubts.append(("place", "the place is not precise enough to place it inside the area"))
    # aid turned back (a mode of ``civilian_target_modes``): its target was the convoy's people, never the
    # excluded group's fighters, whoever did it
    unknown_target = (target is None or target.kind == "unknown") and \
        (e.mode or "") not in activity.params.civilian_target_modes
    if who.kind != "party" or unknown_target:
        nearby = excluded_nearby(e, s.unit, s.iv, activity)
        if nearby and who.kind == "party":
            doubts.append(("excluded-target", nearby + ": the target may have been that group"))
        elif nearby:  # an unknown perpetrator near an excluded group: the group may have done it
            kind = "excluded-perpetrator" if unknown_target else "excluded-perpetrator-known-target"
            doubts.append((kind, nearby + ": it may be the perpetrator"))
    v.doubts = doubts
    if doubts and v.verdict in (VIOLATION, UNATTRIBUTED):
        v.verdict = POSSIBLE
    v.reasons += [text for _, text in doubts]


# -- incidents ------------------------------------------------------------------------------------
def claimant_of(e: Event, sources: Sources | None) -> str:
    if e.modality.claimant:
        return e.modality.claimant
    outlet = (sources or {}).get(e.article_id, {}).get("outlet")
    return str(outlet) if outlet else e.article_id


def resolve_incidents(verdicts: list[Verdict], sources: Sources | None, params: MonitorParams | None = None) -> None:
    from truce.monitor.incidents import resolve

    resolve(verdicts, sources, params or default_params())
