"""The truce model: what a loaded truce file becomes.

A file holds a *chain* (``TruceChain``) of truce units (``Truce``): a main
ceasefire, the local truces folded into it, its extensions and renewals. Each
unit is already *resolved*: what it inherits from its parent is copied in, so
judging one unit never needs to look at another.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from truce.actors.names import NamePeriod, period_at
from truce.geo.distance import haversine_km
from truce.monitor.geometry import Polygon, in_any

_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def norm_name(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare actor names."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = _NON_WORD.sub(" ", folded).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Circle:
    """A named place with a radius: inside when within ``radius_km`` of its centre."""

    name: str
    lat: float
    lon: float
    radius_km: float
    countries: frozenset[str] = frozenset()  # the countries it lies in, as the truce file says (else inferred)

    def contains(self, lat: float, lon: float) -> bool:
        return haversine_km(self.lat, self.lon, lat, lon) <= self.radius_km


@dataclass(frozen=True)
class NamedPolygons:
    name: str
    polygons: tuple[Polygon, ...]
    countries: frozenset[str] = frozenset()  # the countries it lies in, as the truce file says (else inferred)

    def contains(self, lat: float, lon: float) -> bool:
        return in_any(lon, lat, self.polygons)


@dataclass
class Region:
    """A set of places: whole countries, admin regions, circles and polygons."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()  # normalised names or codes
    circles: tuple[Circle, ...] = ()
    polygons: tuple[NamedPolygons, ...] = ()

    def is_empty(self) -> bool:
        return not (self.countries or self.admin1 or self.circles or self.polygons)

    def point_match(self, lat: float, lon: float) -> str | None:
        """Name of the circle or polygon holding the point, if any."""
        for shape in (*self.circles, *self.polygons):
            if shape.contains(lat, lon):
                return shape.name
        return None

    def describe(self) -> str:
        bits = [*sorted(self.countries), *sorted(self.admin1), *(c.name for c in self.circles),
                *(p.name for p in self.polygons)]
        return ", ".join(bits) or "nowhere"


@dataclass
class AreaPart:
    """One included region minus its excluded sub-areas, from one unit of the chain."""

    include: Region
    exclude: Region = field(default_factory=Region)
    origin: str = ""  # id of the unit that defined it


@dataclass
class ActorRule:
    """Matches an actor by country and/or sector (all given fields must agree)."""

    country: str | None = None
    sectors: frozenset[str] = frozenset()

    def matches(self, country: str | None, sector: str | None) -> bool:
        if self.country and country != self.country:
            return False
        return not (self.sectors and sector not in self.sectors)


@dataclass
class Party:
    """A party bound by the truce from ``accepted`` (UTC)."""

    id: str
    name: str
    accepted: datetime
    side: str
    aliases: frozenset[str] = frozenset()  # normalised names
    rules: tuple[ActorRule, ...] = ()
    line: int = 0
    actor_ids: frozenset[str] = frozenset()  # actor dictionary ids that are this party (ActorRef.actor_id)


@dataclass
class ExcludedGroup:
    """A group the truce does not cover (e.g. designated terrorist groups), under all its names."""

    id: str
    names: tuple[NamePeriod, ...]  # the same model as the actor dictionaries' renamed groups
    aliases: frozenset[str] = frozenset()  # normalised, any time
    active_in: Region | None = None
    line: int = 0
    actor_ids: frozenset[str] = frozenset()  # actor dictionary ids that are this group (ActorRef.actor_id)

    def all_names(self) -> set[str]:
        return {norm_name(n.name) for n in self.names} | {norm_name(a) for n in self.names for a in n.aliases} \
            | set(self.aliases)

    def name_at(self, day: date | datetime) -> str:
        """The group's name in use on a local calendar day (for explanations)."""
        period = period_at(self.names, day)
        return period.name if period is not None else self.names[-1].name


@dataclass
class ActRule:
    """A prohibited (or permitted) act: PLOVER type, optional modes and contexts."""

    label: str
    event: str
    modes: frozenset[str] | None = None  # None: any mode
    contexts: frozenset[str] | None = None  # None: any context

    def matches(self, event: str, mode: str | None, contexts: list[str]) -> bool:
        if event != self.event:
            return False
        if self.modes is not None and (mode or "") not in self.modes:
            return False
        return self.contexts is None or bool(self.contexts & set(contexts))


@dataclass
class Permission:
    """A permitted act: ``against-excluded`` or ``self-defence``."""

    label: str
    kind: str


@dataclass
class Truce:
    """One resolved unit of a truce chain."""

    id: str
    name: str
    kind: str  # ceasefire, local, extension, renewal, unilateral
    timezone: ZoneInfo
    start: datetime
    end: datetime | None
    parties: dict[str, Party]
    excluded: dict[str, ExcludedGroup]
    area: list[AreaPart]
    prohibited: list[ActRule]
    permitted: list[Permission]
    sources: list[str] = field(default_factory=list)
    parent: str | None = None
    status: str = "in-force"  # or "planned": listed, never judged
    chain: tuple[str, ...] = ()  # ids from the root down to this unit
    path: str = ""
    line: int = 0

    def clause(self) -> str:
        """Where this unit sits, for verdicts: 'nationwide > sabha-extension'."""
        return " > ".join(self.chain or (self.id,))

    def permits(self, kind: str) -> Permission | None:
        return next((p for p in self.permitted if p.kind == kind), None)


@dataclass
class TruceChain:
    """Everything one truce file defines; ``judge`` takes this (or one ``Truce``)."""

    name: str
    units: list[Truce]
    path: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.units[0].chain[0] if self.units and self.units[0].chain else self.name

    def active_units(self) -> list[Truce]:
        return [u for u in self.units if u.status != "planned"]

    def unit(self, unit_id: str) -> Truce:
        return next(u for u in self.units if u.id == unit_id)
