"""Build the written labelled sentences (benchmarks/data/written/sentences_{dev,blind}.jsonl).

The sentences are written as *frames* in benchmarks/data/written/source/frames_*.blindsrc.txt (those
files hold blind items too, hence "blind" in their names: do not open them unless you are the writer).
A frame line is

    LABEL [#tag,tag] [*K] :: text with [a:actor span], [r:recipient span] and {SLOTS}

LABEL is ``TYPE[/mode][@root][~]``: a PLOVER type with its mode, an optional CAMEO root overriding the
default one of the type/mode (``@02`` for appeals), and ``~`` when the main event is not asserted
(denied, planned, threatened-as-future, hypothetical, only demanded). ``NONE`` is a sentence with no
political event; ``STATEMENT`` a political statement with no PLOVER event (CAMEO root 01). Lines
``== domain`` set the domain of the frames below; ``%domain`` among the tags overrides it for one frame.
A frame that uses pack slots is written out ``K`` times (default 2) with different packs (see packs.py);
all variants of a frame share a ``group`` and land in the same split, so no frame is on both sides.

    python benchmarks/written/build_sentences.py        # writes both files, prints counts
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import packs  # noqa: E402
from check_written import quad_of_root  # noqa: E402  (the one definition of the five-way class)

ROOT = Path(__file__).resolve().parents[1] / "data" / "written"
SOURCE = ROOT / "source"

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODES = {
    "CONSULT": ["visit", "third-party", "multilateral", "phone"],
    "RETREAT": ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
    "REQUEST": ["assist", "change", "yield", "meet"],
    "ACCUSE": ["disapprove", "investigate", "allege"],
    "REJECT": ["assist", "change", "yield", "meet"],
    "THREATEN": ["restrict", "arrest", "relations", "expel", "territory", "violence"],
    "PROTEST": ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
    "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
    "MOBILIZE": ["troops", "weapons", "police", "militia"],
    "COERCE": ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"],
    "ASSAULT": ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"],
}
DOMAINS = ["conflict", "politics", "diplomacy", "protest", "crime", "justice", "sport", "business", "markets",
           "weather", "disaster", "accident", "health", "science", "tech", "entertainment", "culture", "other"]
# CAMEO root per type (PLOVER's conversion table) and the modes whose root differs (CAMEO manual:
# 18 assault incl. 181 abduct, 182 beat/sexual/torture, 183 bombings, 185 assassination; 17 incl. 1712
# destroy property and 175 violent repression; 20 unconventional mass violence; 09 investigate).
ROOT_OF_TYPE = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06",
                "AID": "07", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
                "THREATEN": "13", "PROTEST": "14", "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17",
                "ASSAULT": "19"}
ROOT_OF_MODE = {("ACCUSE", "investigate"): "09", ("ASSAULT", "abduct"): "18", ("ASSAULT", "beat"): "18",
                ("ASSAULT", "torture"): "18", ("ASSAULT", "sexual"): "18", ("ASSAULT", "targeted"): "18",
                ("ASSAULT", "explosives"): "18", ("ASSAULT", "suicide-attack"): "18",
                ("ASSAULT", "primitive"): "18", ("ASSAULT", "destroy"): "17",
                ("ASSAULT", "crowd-control"): "17", ("ASSAULT", "unconventional"): "20"}
TAGS = {"sport-violence-word", "market-violence-word", "idiom", "disaster", "accident", "crime-no-political-actor",
        "negated", "future", "hypothetical", "reported-claim", "light-verb", "appeal-vs-demand", "content-farm",
        "lowercase", "several-events", "borderline", "dateline", "headline", "scraped", "statement",
        "relative-date", "weapon-subject", "passive", "nominal", "casualty-figures", "excluded-group",
        "us-local", "praise", "condemnation", "denial", "blame", "claim-of-responsibility", "self-defence",
        "metaphor", "named-person", "coreference", "dateline-elsewhere", "quote", "speech-verb",
        "labour-strike", "interstate", "terse", "other-sense"}



def group_is_blind(group: str) -> bool:
    """Deterministic 0.3 split on the frame's group id (the item id without its variant suffix)."""
    h = int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16)
    return h / 0xFFFFFFFF < 0.3


LABEL_RE = re.compile(r"^(?P<type>[A-Z]+)(?:/(?P<mode>[a-z-]+))?(?:@(?P<root>\d\d))?(?P<neg>~)?$")
SLOT_RE = re.compile(r"\{(\^?)([A-Z][A-Z0-9]*)\}")
SPAN_RE = re.compile(r"\[(a|r):([^\[\]]+)\]")
PACK_KINDS = [packs.COUNTRY_PACKS, packs.DIP_PACKS, packs.FOOTBALL_PACKS, packs.MARKET_PACKS, packs.US_PACKS]
PACK_KEYS = set().union(*(set(p[0]) for p in PACK_KINDS))


class FrameError(ValueError):
    pass


def parse_frames(path: Path):
    """Yield (frame_no, domain, label, tags, k, text) per frame line of one source file."""
    domain = None
    n = 0
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(";;"):
            continue
        if line.startswith("=="):
            domain = line[2:].strip()
            if domain not in DOMAINS:
                raise FrameError(f"{path.name}:{line_no}: unknown domain {domain!r}")
            continue
        if " :: " not in line:
            raise FrameError(f"{path.name}:{line_no}: no ' :: ' in frame line")
        head, text = line.split(" :: ", 1)
        parts = head.split()
        label, tags, k, dom = parts[0], [], None, domain
        for p in parts[1:]:
            if p.startswith("#"):
                tags.extend(t for t in p[1:].split(",") if t)
            elif p.startswith("*"):
                k = int(p[1:])
            elif p.startswith("%"):
                dom = p[1:]
            elif re.fullmatch(r"@\d\d", p):
                label = label.replace("~", "") + p + ("~" if "~" in label else "")
            else:
                raise FrameError(f"{path.name}:{line_no}: unexpected token {p!r}")
        if dom not in DOMAINS:
            raise FrameError(f"{path.name}:{line_no}: no or unknown domain")
        bad = [t for t in tags if t not in TAGS]
        if bad:
            raise FrameError(f"{path.name}:{line_no}: unknown tags {bad}")
        n += 1
        yield n, line_no, dom, label, tags, k, text


def parse_label(label: str, where: str):
    if label in ("NONE", "STATEMENT"):
        return None, None, ("01" if label == "STATEMENT" else None), None
    m = LABEL_RE.match(label)
    if not m or m["type"] not in TYPES:
        raise FrameError(f"{where}: bad label {label!r}")
    etype, mode = m["type"], m["mode"]
    if mode is not None and mode not in MODES.get(etype, []):
        raise FrameError(f"{where}: mode {mode!r} is not a PLOVER mode of {etype}")
    asserted = m["neg"] is None
    if m["root"]:
        root = m["root"]
    elif not asserted:
        root = None  # nothing asserted to code: no CAMEO root (quad 0)
    else:
        root = ROOT_OF_MODE.get((etype, mode), ROOT_OF_TYPE[etype])
    return etype, mode, root, asserted


def _number(key: str, rng: random.Random) -> str | None:
    if re.fullmatch(r"NN\d*", key):
        return str(rng.randint(30, 400))
    if re.fullmatch(r"NW\d*", key):
        return rng.choice(packs.NUMBER_WORDS)
    if re.fullmatch(r"N\d*", key):
        return str(rng.randint(2, 29))
    if re.fullmatch(r"PCT\d*", key):
        return f"{rng.randint(0, 9)}.{rng.randint(1, 9)}"
    return None


def fill(text: str, bundle: dict[str, str], rng: random.Random, where: str) -> str:
    cache: dict[str, str] = {}
    date = f"{rng.choice(packs.MONTHS)} {rng.randint(1, 28)}"
    agency = rng.choice(packs.AGENCIES)

    def value(key: str) -> str:
        if key in cache:
            return cache[key]
        if key in bundle:
            v = bundle[key]
        elif key == "DAY":
            v = rng.choice(packs.DAYS)
        elif key == "WD":
            v = rng.choice(packs.WEEKDAYS)
        elif key == "DATE":
            v = date
        elif key == "AG":
            v = agency
        elif key == "DL":
            v = f"{bundle['DLCAP']}, {date} ({agency}) -"
        elif key == "DLT":
            v = f"{bundle['DLT1']}, {date} ({agency}) -"
        else:
            num = _number(key, rng)
            if num is None:
                raise FrameError(f"{where}: unknown slot {{{key}}}")
            v = num
        cache[key] = v
        return v

    def sub(m: re.Match) -> str:
        v = value(m[2])
        return v[:1].upper() + v[1:] if m[1] else v

    return SLOT_RE.sub(sub, text)


def instantiate(text: str, k: int, group: str, where: str):
    rng = random.Random(group)
    picks = [rng.sample(range(len(kind)), min(k, len(kind))) for kind in PACK_KINDS]
    for v in range(k):
        bundle: dict[str, str] = {}
        for kind, pick in zip(PACK_KINDS, picks, strict=True):
            bundle.update(kind[pick[v % len(pick)]])
        yield fill(text, bundle, random.Random(f"{group}:{v}"), where)


def extract_spans(text: str, where: str):
    spans: dict[str, str] = {}
    for m in SPAN_RE.finditer(text):
        if m[1] in spans:
            raise FrameError(f"{where}: two [{m[1]}:...] spans")
        spans[m[1]] = m[2]
    clean = SPAN_RE.sub(lambda m: m[2], text)
    if "[" in clean or "]" in clean or "{" in clean or "}" in clean:
        raise FrameError(f"{where}: unbalanced markup in {clean!r}")
    return clean, spans.get("a"), spans.get("r")


def _capitalise(marked: str) -> str:
    """Upper-case the sentence's first letter, inside a leading [a:...]/[r:...] span too."""
    i = 3 if re.match(r"\[(a|r):", marked) else 0
    return marked[:i] + marked[i:i + 1].upper() + marked[i + 1:]


def build(source_dir: Path = SOURCE):
    items = []
    for path in sorted(source_dir.glob("frames_*.blindsrc.txt")):
        stem = path.name[len("frames_"):-len(".blindsrc.txt")]
        for n, line_no, domain, label, tags, k, text in parse_frames(path):
            where = f"{path.name}:{line_no}"
            etype, mode, root, asserted = parse_label(label, where)
            group = f"ws-{stem}-{n:04d}"
            uses_pack = any(m[2] in PACK_KEYS or m[2] in ("DL", "DLT") for m in SLOT_RE.finditer(text))
            k = k if k is not None else (2 if uses_pack else 1)
            for v, filled in enumerate(instantiate(text, k, group, where), 1):
                if "lowercase" not in tags:
                    filled = _capitalise(filled)
                clean, actor, recipient = extract_spans(filled, where)
                if "lowercase" in tags:
                    clean = clean.lower()
                if "lowercase" in tags:
                    actor = actor.lower() if actor else actor
                    recipient = recipient.lower() if recipient else recipient
                if etype is None and (actor or recipient):
                    raise FrameError(f"{where}: spans on a frame without a PLOVER event")
                items.append({
                    "id": f"{group}-{v}", "text": clean, "domain": domain, "political": etype is not None,
                    "event": etype, "mode": mode, "quad": quad_of_root(root), "cameo_root": root,
                    "asserted": asserted, "actor": actor, "recipient": recipient, "tags": sorted(set(tags)),
                    "group": group,
                })
    return items


def main() -> int:
    items = build()
    seen: set[str] = set()
    dev, blind = [], []
    for it in items:
        if it["text"] in seen:
            continue  # two variants that came out the same
        seen.add(it["text"])
        (blind if group_is_blind(it["group"]) else dev).append(it)
    for name, rows in (("sentences_dev.jsonl", dev), ("sentences_blind.jsonl", blind)):
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    allrows = dev + blind
    print(f"dev {len(dev)}  blind {len(blind)}  all {len(allrows)}")
    print("political", sum(r["political"] for r in allrows))
    print("types", dict(sorted(Counter(r["event"] for r in allrows if r["event"]).items())))
    print("domains", dict(Counter(r["domain"] for r in allrows).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
