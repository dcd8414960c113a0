"""Load and validate truce files (YAML) into a resolved ``TruceChain``.

Every problem is reported with the file, the line and the field path
(``truces[1].area.polygons[0].geojson``), and all problems of a file are
reported at once. A truce file that does not validate never yields a truce:
a wrong verdict from a half-read file is worse than no verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pycountry
import yaml

from truce.actors.names import NamePeriodError, name_period
from truce.monitor.geometry import GeoJSONError, polygons_from_geojson
from truce.monitor.model import (
    ActorRule,
    ActRule,
    AreaPart,
    Circle,
    ExcludedGroup,
    NamedPolygons,
    Party,
    Permission,
    Region,
    Truce,
    TruceChain,
    norm_name,
)
from truce.monitor.timewin import TimeFormatError, parse_local, zone
from truce.monitor.yamlmarks import MarkedDict, MarkedList, load_marked
from truce.records import EVENT_TYPES

KINDS = ("ceasefire", "local", "extension", "renewal", "unilateral")
STATUSES = ("in-force", "planned")
PERMISSION_KINDS = ("against-excluded", "self-defence")
SPECIAL_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
ROOT_REQUIRED = ("name", "sources", "timezone", "start", "parties", "area", "prohibited")
UNIT_KEYS = {"id", "name", "kind", "parent", "status", "sources", "timezone", "start", "end", "parties",
             "excluded", "area", "add_area", "prohibited", "permitted", "notes"}


@dataclass
class Problem:
    line: int
    field: str
    message: str


class TruceFileError(ValueError):
    """A truce file is invalid; ``problems`` lists each one with its line and field."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        lines = [f"{path}:{p.line}: {p.field}: {p.message}" if p.field else f"{path}:{p.line}: {p.message}"
                 for p in problems]
        super().__init__("invalid truce file\n  " + "\n  ".join(lines))


@lru_cache(maxsize=1)
def plover_modes() -> dict[str, frozenset[str]]:
    text = (files("truce") / "data" / "truces" / "schema" / "plover_modes.yaml").read_text("utf-8")
    return {k: frozenset(v or []) for k, v in yaml.safe_load(text).items()}


def load_truce(path: str | Path) -> TruceChain:
    """Read a truce file; raise ``TruceFileError`` (every problem, with lines) if it is invalid."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TruceFileError(str(path), [Problem(0, "", f"cannot read file: {exc.strerror or exc}")]) from exc
    return loads_truce(text, str(path), base_dir=path.parent)


def loads_truce(text: str, name: str = "<truce>", base_dir: Path | None = None) -> TruceChain:
    """Parse truce YAML text (``name`` is used in error messages)."""
    try:
        data = load_marked(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise TruceFileError(name, [Problem(mark.line + 1 if mark else 0, "", f"not valid YAML: "
                                            f"{getattr(exc, 'problem', exc)}")]) from exc
    ctx = _Ctx(name, base_dir or Path.cwd())
    chain = ctx.chain(data)
    if ctx.problems:
        raise TruceFileError(name, ctx.problems)
    return chain


@dataclass
class _Ctx:
    """Validation state: where we are and the problems found so far."""

    path: str
    base_dir: Path
    problems: list[Problem] = field(default_factory=list)

    def fail(self, line: int, where: str, message: str) -> None:
        self.problems.append(Problem(line, where, message))

    # -- file level ---------------------------------------------------------------------------
    def chain(self, data: Any) -> TruceChain:
        if not isinstance(data, MarkedDict):
            self.fail(1, "", "a truce file must be a mapping (a truce, or 'truces:' with a list)")
            return TruceChain("", [])
        for key in data:
            if "truces" in data and key not in ("truces", "name", "notes") and not key.startswith("x-"):
                self.fail(data.line_of(key), key, "unknown top-level field (use truces, name, notes, or x-... "
                          "for shared anchors)")
        if "truces" in data:
            raws = data["truces"]
            if not isinstance(raws, MarkedList) or not raws:
                self.fail(data.line_of("truces"), "truces", "must be a non-empty list of truces")
                return TruceChain("", [])
            pairs = [(raw, f"truces[{i}]", raws.line_of(i)) for i, raw in enumerate(raws)]
            title = data.get("name")
        else:
            pairs, title = [(data, "truce", data.line)], None
        units = self.units(pairs)
        notes = [str(n) for n in data.get("notes") or []] if isinstance(data.get("notes"), list) else []
        return TruceChain(str(title or (units[0].name if units else "")), units, self.path, notes)

    def units(self, pairs: list[tuple[Any, str, int]]) -> list[Truce]:
        raw_by_id: dict[str, tuple[MarkedDict, str]] = {}
        for raw, where, line in pairs:
            if not isinstance(raw, MarkedDict):
                self.fail(line, where, "each truce must be a mapping")
                continue
            uid = raw.get("id", "main" if len(pairs) == 1 else None)
            if not isinstance(uid, str) or not uid.strip():
                self.fail(raw.line, f"{where}.id", "missing: every truce in a chain needs an id")
                continue
            if uid in raw_by_id:
                self.fail(raw.line_of("id"), f"{where}.id", f"duplicate id {uid!r}")
                continue
            for key in raw:
                if key not in UNIT_KEYS and not key.startswith("x-"):
                    self.fail(raw.line_of(key), f"{where}.{key}", f"unknown field (known: {', '.join(sorted(UNIT_KEYS))})")
            if raw.get("parent") is not None and not isinstance(raw.get("parent"), str):
                self.fail(raw.line_of("parent"), f"{where}.parent", "must be the id of another truce")
                continue
            raw_by_id[uid] = (raw, where)
        resolved: dict[str, Truce] = {}
        for uid in self.order(raw_by_id):
            raw, where = raw_by_id[uid]
            unit = self.unit(uid, raw, where, resolved.get(raw.get("parent")) if raw.get("parent") else None)
            if unit is not None:
                resolved[uid] = unit
        return list(resolved.values())

    def order(self, raw_by_id: dict[str, tuple[MarkedDict, str]]) -> list[str]:
        """Parents before children; unknown parents and cycles are problems."""
        ordered: list[str] = []
        for uid, (raw, where) in raw_by_id.items():
            seen, cur = [uid], raw.get("parent")
            while cur is not None:
                if cur not in raw_by_id:
                    self.fail(raw.line_of("parent"), f"{where}.parent", f"unknown parent {cur!r}")
                    break
                if cur in seen:
                    self.fail(raw.line_of("parent"), f"{where}.parent", f"parent chain loops: {' > '.join(seen + [cur])}")
                    break
                seen.append(cur)
                cur = raw_by_id[cur][0].get("parent")
            ordered.append(uid)
        depth = {uid: self._depth(uid, raw_by_id) for uid in ordered}
        return sorted(ordered, key=lambda u: depth[u])

    @staticmethod
    def _depth(uid: str, raw_by_id: dict[str, tuple[MarkedDict, str]]) -> int:
        depth, cur, seen = 0, raw_by_id[uid][0].get("parent"), {uid}
        while cur in raw_by_id and cur not in seen:
            seen.add(cur)
            depth, cur = depth + 1, raw_by_id[cur][0].get("parent")
        return depth

    # -- one unit -----------------------------------------------------------------------------
    def unit(self, uid: str, raw: MarkedDict, where: str, parent: Truce | None) -> Truce | None:
        if raw.get("parent") and parent is None:
            return None  # parent invalid: already reported
        n_before = len(self.problems)
        if parent is None:
            for key in ROOT_REQUIRED:
                if raw.get(key) in (None, "", []):
                    self.fail(raw.line, f"{where}.{key}", "missing (required for a truce without a parent)")
        # Without a usable zone, keep validating with UTC so every problem is reported at once.
        tz = self.timezone(raw, where, parent) or ZoneInfo("UTC")
        start = self.when(raw, "start", where, tz) if "start" in raw else (parent.start if parent else None)
        end = self.when(raw, "end", where, tz) if raw.get("end") is not None else (parent.end if parent else None)
        if start is not None and end is not None and end <= start:
            self.fail(raw.line_of("end"), f"{where}.end", f"end ({end:%Y-%m-%d %H:%MZ}) is not after "
                      f"start ({start:%Y-%m-%d %H:%MZ})")
        parties = dict(parent.parties) if parent else {}
        parties.update(self.parties(raw.get("parties"), f"{where}.parties", raw.line_of("parties"), tz))
        excluded = dict(parent.excluded) if parent else {}
        excluded.update(self.excluded(raw.get("excluded"), f"{where}.excluded", raw.line_of("excluded"), tz))
        area = self.area_parts(raw, where, uid, parent)
        prohibited = (list(parent.prohibited) if parent else []) + self.acts(raw.get("prohibited"), f"{where}.prohibited",
                                                                             raw.line_of("prohibited"))
        permitted = (list(parent.permitted) if parent else []) + self.permissions(raw.get("permitted"),
                                                                                   f"{where}.permitted", raw.line_of("permitted"))
        kind = self.choice(raw, "kind", where, KINDS, "extension" if parent else "ceasefire")
        status = self.choice(raw, "status", where, STATUSES, "in-force")
        sources = (list(parent.sources) if parent else []) + self.strings(raw.get("sources"), f"{where}.sources",
                                                                          raw.line_of("sources"))
        if len(self.problems) > n_before or start is None:
            return None
        return Truce(
            id=uid, name=str(raw.get("name") or (parent.name if parent else uid)), kind=kind, timezone=tz,
            start=start, end=end, parties=parties, excluded=excluded, area=area, prohibited=prohibited,
            permitted=permitted, sources=sources, parent=parent.id if parent else None, status=status,
            chain=(parent.chain if parent else ()) + (uid,), path=self.path, line=raw.line,
        )

    def timezone(self, raw: MarkedDict, where: str, parent: Truce | None) -> ZoneInfo | None:
        if raw.get("timezone") is None:
            return parent.timezone if parent else None  # a root without one is reported as missing
        try:
            return zone(raw["timezone"])
        except TimeFormatError as exc:
            self.fail(raw.line_of("timezone"), f"{where}.timezone", str(exc))
            return None

    def when(self, raw: MarkedDict, key: str, where: str, tz: ZoneInfo):
        try:
            return parse_local(raw[key], tz)
        except TimeFormatError as exc:
            self.fail(raw.line_of(key), f"{where}.{key}", str(exc))
            return None

    def choice(self, raw: MarkedDict, key: str, where: str, allowed: tuple[str, ...], default: str) -> str:
        value = raw.get(key, default)
        if value not in allowed:
            self.fail(raw.line_of(key), f"{where}.{key}", f"{value!r} is not one of {', '.join(allowed)}")
            return default
        return value

    def strings(self, value: Any, where: str, line: int) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            self.fail(line, where, "must be a list of strings")
            return []
        return [str(v) for v in value]

    def items(self, value: Any, where: str, line: int) -> list[tuple[MarkedDict, str, int]]:
        """(mapping, field path, line) for each entry of a list of mappings."""
        if value is None:
            return []
        if not isinstance(value, MarkedList):
            self.fail(line, where, "must be a list")
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, MarkedDict):
                out.append((item, f"{where}[{i}]", value.line_of(i)))
            else:
                self.fail(value.line_of(i), f"{where}[{i}]", "must be a mapping")
        return out

    def required(self, item: MarkedDict, key: str, where: str) -> Any:
        value = item.get(key)
        if value in (None, "", []):
            self.fail(item.line, f"{where}.{key}", "missing")
        return value

    # -- actors ------------------------------------------------------------------------------
    def parties(self, value: Any, where: str, line: int, tz: ZoneInfo) -> dict[str, Party]:
        out: dict[str, Party] = {}
        for item, path, _ in self.items(value, where, line):
            pid, name = self.required(item, "id", path), self.required(item, "name", path)
            accepted = self.when(item, "accepted", path, tz) if "accepted" in item else None
            if "accepted" not in item:
                self.fail(item.line, f"{path}.accepted", "missing (the date the party accepted the truce)")
            rules = self.actor_rules(item.get("match"), f"{path}.match", item.line_of("match"))
            aliases = {norm_name(a) for a in self.strings(item.get("aliases"), f"{path}.aliases", item.line_of("aliases"))}
            aliases.add(norm_name(str(name or "")))
            if not rules and not item.get("aliases") and not item.get("actors"):
                self.fail(item.line, f"{path}.match", "a party needs 'match' rules, 'aliases' or 'actors' (actor "
                          "dictionary ids) to be recognised")
            ids = frozenset(self.strings(item.get("actors"), f"{path}.actors", item.line_of("actors")))
            if pid and name and accepted:
                out[str(pid)] = Party(str(pid), str(name), accepted, str(item.get("side") or pid),
                                      frozenset(a for a in aliases if a), tuple(rules), item.line, ids)
        return out

    def actor_rules(self, value: Any, where: str, line: int) -> list[ActorRule]:
        rules = []
        for item, path, _ in self.items(value, where, line):
            country, sectors = item.get("country"), self.strings(item.get("sector"), f"{path}.sector", item.line_of("sector"))
            if country is not None:
                self.check_country(str(country), item.line_of("country"), f"{path}.country")
            if country is None and not sectors:
                self.fail(item.line, path, "a match rule needs a country and/or a sector")
            rules.append(ActorRule(str(country) if country else None, frozenset(s.upper() for s in sectors)))
        return rules

    def excluded(self, value: Any, where: str, line: int, tz: ZoneInfo) -> dict[str, ExcludedGroup]:
        out: dict[str, ExcludedGroup] = {}
        for item, path, _ in self.items(value, where, line):
            gid = self.required(item, "id", path)
            names = []
            for n_item, n_path, _ in self.items(item.get("names"), f"{path}.names", item.line_of("names")):
                try:
                    names.append(name_period(n_item))
                except NamePeriodError as exc:
                    self.fail(n_item.line_of(exc.field), f"{n_path}.{exc.field}", str(exc))
            if not names:
                self.fail(item.line, f"{path}.names", "missing: list at least one name ({name, from, until})")
            aliases = frozenset(norm_name(a) for a in self.strings(item.get("aliases"), f"{path}.aliases",
                                                                    item.line_of("aliases")))
            active = None
            if item.get("active_in") is not None:
                active = self.region(item["active_in"], f"{path}.active_in", item.line_of("active_in"))
            ids = frozenset(self.strings(item.get("actors"), f"{path}.actors", item.line_of("actors")))
            if gid and names:
                out[str(gid)] = ExcludedGroup(str(gid), tuple(names), aliases, active, item.line, ids)
        return out

    # -- geography ---------------------------------------------------------------------------
    def area_parts(self, raw: MarkedDict, where: str, uid: str, parent: Truce | None) -> list[AreaPart]:
        parts = list(parent.area) if parent else []
        if raw.get("area") is not None:
            parts = [self.area(raw["area"], f"{where}.area", raw.line_of("area"), uid)]
        if raw.get("add_area") is not None:
            if parent is None:
                self.fail(raw.line_of("add_area"), f"{where}.add_area", "only a truce with a parent can add area")
            parts.append(self.area(raw["add_area"], f"{where}.add_area", raw.line_of("add_area"), uid))
        return parts

    def area(self, value: Any, where: str, line: int, uid: str) -> AreaPart:
        if not isinstance(value, MarkedDict):
            self.fail(line, where, "must be a mapping (countries, admin1, places, polygons, exclude)")
            return AreaPart(Region(), Region(), uid)
        n_before = len(self.problems)
        include = self.region(value, where, line, allow_exclude=True)
        exclude = Region()
        if value.get("exclude") is not None:
            exclude = self.region(value["exclude"], f"{where}.exclude", value.line_of("exclude"))
        if include.is_empty() and len(self.problems) == n_before:
            self.fail(line, where, "names no place: give countries, admin1, places or polygons")
        return AreaPart(include, exclude, uid)

    def region(self, value: Any, where: str, line: int, allow_exclude: bool = False) -> Region:
        if not isinstance(value, MarkedDict):
            self.fail(line, where, "must be a mapping")
            return Region()
        known = {"countries", "admin1", "places", "polygons"} | ({"exclude"} if allow_exclude else set())
        for key in value:
            if key not in known:
                self.fail(value.line_of(key), f"{where}.{key}", f"unknown field (known: {', '.join(sorted(known))})")
        countries = self.strings(value.get("countries"), f"{where}.countries", value.line_of("countries"))
        for i, code in enumerate(countries):
            self.check_country(code, value.line_of("countries"), f"{where}.countries[{i}]")
        admin1 = self.strings(value.get("admin1"), f"{where}.admin1", value.line_of("admin1"))
        circles = [c for c in (self.circle(i, p) for i, p, _ in self.items(value.get("places"), f"{where}.places",
                                                                          value.line_of("places"))) if c]
        polys = [p for p in (self.polygon(i, p) for i, p, _ in self.items(value.get("polygons"), f"{where}.polygons",
                                                                         value.line_of("polygons"))) if p]
        return Region(frozenset(countries), frozenset(norm_name(a) for a in admin1), tuple(circles), tuple(polys))

    def check_country(self, code: str, line: int, where: str) -> None:
        if code in SPECIAL_CODES:
            return
        if len(code) != 3 or not code.isupper() or pycountry.countries.get(alpha_3=code) is None:
            self.fail(line, where, f"{code!r} is not an ISO 3166 alpha-3 country code (e.g. LBY)")

    def circle(self, item: MarkedDict, where: str) -> Circle | None:
        vals = {}
        for key, lo, hi in (("lat", -90, 90), ("lon", -180, 180), ("radius_km", 0, 5000)):
            v = item.get(key)
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                self.fail(item.line_of(key), f"{where}.{key}", "missing or not a number")
            elif not (lo <= v <= hi) or (key == "radius_km" and v <= 0):
                self.fail(item.line_of(key), f"{where}.{key}", f"{v} is out of range")
            else:
                vals[key] = float(v)
        name = self.required(item, "name", where)
        countries = self.shape_countries(item, where)
        if len(vals) < 3 or not name:
            return None
        return Circle(str(name), vals["lat"], vals["lon"], vals["radius_km"], countries)

    def shape_countries(self, item: MarkedDict, where: str) -> frozenset[str]:
        """The optional ``countries`` a circle or polygon lies in (otherwise the monitor infers them)."""
        codes = self.strings(item.get("countries"), f"{where}.countries", item.line_of("countries"))
        for i, code in enumerate(codes):
            self.check_country(code, item.line_of("countries"), f"{where}.countries[{i}]")
        return frozenset(codes)

    def polygon(self, item: MarkedDict, where: str) -> NamedPolygons | None:
        name = self.required(item, "name", where)
        if ("geojson" in item) == ("file" in item):
            self.fail(item.line, where, "give exactly one of 'geojson' (inline) or 'file'")
            return None
        key = "geojson" if "geojson" in item else "file"
        try:
            obj = item["geojson"] if key == "geojson" else self.geojson_file(str(item["file"]))
            polys = polygons_from_geojson(obj)
        except (GeoJSONError, OSError, ValueError) as exc:
            self.fail(item.line_of(key), f"{where}.{key}", f"invalid GeoJSON: {exc}")
            return None
        return NamedPolygons(str(name), tuple(polys), self.shape_countries(item, where)) if name else None

    def geojson_file(self, name: str) -> Any:
        import json

        path = Path(name) if Path(name).is_absolute() else self.base_dir / name
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GeoJSONError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from exc
        except OSError as exc:
            raise GeoJSONError(f"cannot read {path}: {exc.strerror or exc}") from exc

    # -- acts --------------------------------------------------------------------------------
    def acts(self, value: Any, where: str, line: int) -> list[ActRule]:
        rules = []
        modes_by_type = plover_modes()
        for item, path, _ in self.items(value, where, line):
            event = self.required(item, "event", path)
            if event and event not in EVENT_TYPES:
                self.fail(item.line_of("event"), f"{path}.event", f"{event!r} is not a PLOVER event type")
                continue
            modes = None
            raw_modes = item.get("modes", "any")
            if raw_modes != "any":
                modes = frozenset(self.strings(raw_modes, f"{path}.modes", item.line_of("modes")))
                bad = sorted(m for m in modes if event and m not in modes_by_type.get(event, ()))
                if bad:
                    self.fail(item.line_of("modes"), f"{path}.modes", f"{', '.join(bad)}: not a PLOVER mode of {event}")
            contexts = None
            if item.get("contexts") is not None:
                contexts = frozenset(self.strings(item["contexts"], f"{path}.contexts", item.line_of("contexts")))
            if event:
                label = item.get("label") or f"{event} {'/'.join(sorted(modes)) if modes else 'any mode'}"
                rules.append(ActRule(str(label), str(event), modes, contexts))
        return rules

    def permissions(self, value: Any, where: str, line: int) -> list[Permission]:
        out = []
        for item, path, _ in self.items(value, where, line):
            kind = self.required(item, "kind", path)
            if kind and kind not in PERMISSION_KINDS:
                self.fail(item.line_of("kind"), f"{path}.kind", f"{kind!r} is not one of {', '.join(PERMISSION_KINDS)}")
            elif kind:
                out.append(Permission(str(item.get("label") or kind), str(kind)))
        return out
