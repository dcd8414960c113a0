"""A clustering test set with the hard cases of real local news, as coded records.

Invented towns (two cities with several incidents a day, smaller towns with one a week),
invented people, streets and outlets; a month of happenings; each happening reported by
0-4 local outlets, sometimes by a wire service whose copies other outlets republish (some
days later, with relative dates resolved against the copy's own publication day, as the
date stage does), sometimes followed up days later by an article dated only by its
publication. Some articles are round-ups of two or three happenings. Reports carry what a
coder really gets: a place that is often only the country, dates off by a day, modes every
shooting shares, named victims only sometimes, a police spokesman and a mayor named in many
unrelated stories, a casualty figure most stories share ("one killed").

Output: ``CodedArticle`` records (article, events) plus event id -> happening id, written as
JSONL so the tuning set and the blind set (another seed, a file with ``blind`` in its name,
scored only for the report) are fixed files:

    PYTHONPATH=src python benchmarks/cluster_streams.py --write   # both files under benchmarks/data/cluster/
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path

from truce.ids import article_id
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality

DATA = Path(__file__).parent / "data" / "cluster"
TUNING_SEED, BLIND_SEED = 101, 90210
COUNTRY = "XXB"
BASE = date(2026, 5, 1)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# (name, lat, lon, incidents per day of each kind): two cities and their smaller neighbours.
TOWNS = [
    ("Corven", 40.10, 20.10, 2.5), ("Halbrook", 40.60, 21.40, 1.5), ("Mirefield", 40.22, 20.30, 0.3),
    ("Ostby", 39.70, 20.70, 0.2), ("Lanrick", 41.00, 20.00, 0.15), ("Pellow", 40.80, 21.90, 0.15),
    ("Tarnhill", 39.40, 21.20, 0.1), ("Wexmoor", 41.30, 21.00, 0.1),
]
STREET_WORDS = ["Alder", "Birch", "Canal", "Dover", "Elgin", "Fenwick", "Garnet", "Harrow", "Ivy", "Juniper",
                "Kestrel", "Linden", "Marlow", "Newgate", "Orchard", "Primrose", "Quarry", "Rowan", "Saxon",
                "Thistle", "Upland", "Vale", "Willow", "Yardley", "Ashby", "Beacon", "Cedar", "Dunmore", "Ember",
                "Foxglove", "Granary", "Heron", "Inkerman", "Jasper", "Kingsway", "Larch", "Mill", "Nettle",
                "Oakfield", "Pelham", "Regent", "Sorrel", "Tanner", "Union", "Victoria", "Weaver", "Yew",
                "Abbey", "Brook", "Chapel", "Dale", "Elm", "Forge", "Glebe", "Hazel", "Kiln", "Lark", "Meadow",
                "Parade", "Rope"]
STREET_KINDS = ["Street", "Road", "Avenue", "Lane", "Drive"]
FIRST = ["Aaron", "Bianca", "Carlos", "Dana", "Elias", "Farah", "Gideon", "Hana", "Isaac", "Jolene", "Kofi",
         "Lena", "Marcus", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tessa", "Umar", "Vera",
         "Wendell", "Yusra", "Adele", "Bruno", "Celine", "Dmitri", "Esther", "Felix", "Greta", "Hassan",
         "Ingrid", "Jamal", "Keiko", "Luca", "Mirela", "Nikolai", "Odette", "Pavel", "Ruth", "Stefan", "Talia",
         "Ulla", "Viktor", "Wanda", "Xavier", "Yara", "Zoran", "Amara", "Boris", "Clara", "Desmond", "Elif",
         "Fatima", "Goran", "Helena", "Ivo", "Jana", "Kamal"]
LAST = ["Abara", "Brandt", "Castell", "Dorsey", "Ekwueme", "Gorski", "Haddad", "Ibarra", "Jansen", "Kowal",
        "Lindqvist", "Mbeki", "Novak", "Okafor", "Petrov", "Rasmussen", "Sato", "Ulrich", "Whitlock", "Zamora",
        "Achterberg", "Bellamy", "Czerny", "Delacroix", "Eriksen", "Fontaine", "Grunwald", "Holloway", "Iqbal",
        "Jovanovic", "Kaminski", "Lombardi", "Moreau", "Nakamura", "Oyelaran", "Paredes", "Quintero", "Rossetti",
        "Szabo", "Tanaka", "Urquhart", "Vasquez", "Wojcik", "Yilmaz", "Zielinski", "Abernathy", "Bergstrom",
        "Cardoso", "Dimitrov", "Esposito", "Fitzgerald", "Gallagher", "Horvath", "Ivanova", "Jablonski",
        "Kovacs", "Lindgren", "Mendoza", "Nilsson", "Ostrowski", "Pellegrini", "Rahman", "Sandoval", "Thorsen",
        "Uchenna", "Valentini", "Whitfield", "Yamamoto", "Zuniga", "Albescu", "Brennan", "Cavanagh", "Draper",
        "Elsner", "Fairweather", "Guerrero", "Hartmann", "Ishikawa", "Janssen", "Kruger"]
SPOKES = {"Corven": "Sergeant Ada Quill", "Halbrook": "Lieutenant Bo Varga"}  # named in most city stories
MAYORS = {"Corven": "Mayor Ines Falk", "Halbrook": "Mayor Rui Toma"}
GROUP = ("the Red Hand gang", "Red Hand")  # active in both cities
OUTLETS = {  # outlet -> towns it covers
    "corven-courier.example": ["Corven", "Mirefield", "Ostby"], "corven-daily.example": ["Corven", "Mirefield"],
    "halbrook-herald.example": ["Halbrook", "Pellow", "Wexmoor"], "halbrook-now.example": ["Halbrook", "Pellow"],
    "valley-voice.example": ["Ostby", "Tarnhill", "Corven"], "north-post.example": ["Lanrick", "Wexmoor", "Corven"],
    "state-radio.example": [t[0] for t in TOWNS],
}
WIRE, REPUBLISHERS = "xxb-wire.example", ["aggregator.example", "newsfarm.example", "region-today.example"]
KINDS = [  # (event, mode, noun, verb phrase, weight)
    ("ASSAULT", "firearms", "shooting", "was shot", 0.6),
    ("ASSAULT", "explosives", "explosion", "was hurt when a device exploded", 0.08),
    ("COERCE", "arrest", "arrest", "was arrested", 0.17),
    ("PROTEST", "demo", "protest", "joined a protest", 0.1),
    ("RETREAT", "release", "release", "was released", 0.05),
]
DETAILS = ["outside a bakery", "near a bus stop", "in a parking lot", "at a petrol station", "outside a bar",
           "near the river bridge", "at a house party", "in a shopping centre", "near a school",
           "at a football pitch", "outside a mosque", "near the train station"]
QUOTE_A = ["We will not rest", "This has to stop", "Our hearts are broken", "Nobody saw it coming",
           "We heard five shots", "It was over in seconds", "They came on motorbikes", "He was a good father",
           "The street is not safe", "We demand answers"]
QUOTE_B = ["until they are caught", "in this neighbourhood", "for the family", "on a quiet night",
           "right after midnight", "before anyone could react", "and then drove off", "to everyone here",
           "for our children", "from the authorities"]
QUOTE_C = ["", " and we are scared", " but nobody listens", " and the lights went out", " so we ran",
           " and I called the police", " after the match", " as the shops closed", " in broad daylight"]


def resolved(expression: str, published: date) -> date:
    """What the date stage makes of a relative expression on a page published that day."""
    from truce.time import find_expressions, resolve

    return resolve(find_expressions(expression)[0], published).day


def _poisson(rng: random.Random, mean: float) -> int:
    n, p, limit = 0, 1.0, 2.718281828459045 ** -mean
    while True:
        p *= rng.random()
        if p < limit:
            return n
        n += 1


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _happenings(rng: random.Random, days: int, towns: list[tuple] | None = None, base: date = BASE) -> list[dict]:
    out = []
    kinds = [k for k in KINDS]
    for town, lat, lon, rate in towns or TOWNS:
        for d in range(days):
            for _ in range(_poisson(rng, rate)):
                event, mode, noun, verb, _w = rng.choices(kinds, [k[4] for k in kinds])[0]
                killed = rng.choices([0, 1, 2, 3, 5], [0.45, 0.35, 0.1, 0.06, 0.04])[0] if event == "ASSAULT" else 0
                wounded = rng.choices([0, 1, 2, 4], [0.4, 0.35, 0.15, 0.1])[0] if event == "ASSAULT" else 0
                out.append({
                    "id": len(out), "town": town, "lat": lat + rng.uniform(-0.03, 0.03),
                    "lon": lon + rng.uniform(-0.03, 0.03), "day": base + timedelta(days=d),
                    "hour": rng.choice([None, rng.randint(0, 23)]), "event": event, "mode": mode, "noun": noun,
                    "verb": verb, "victim": _person(rng) if rng.random() < 0.55 else None,
                    "age": rng.randint(16, 70), "street": f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_KINDS)}"
                    if rng.random() < 0.7 else None, "detail": rng.choice(DETAILS), "killed": killed,
                    "wounded": wounded, "group": rng.random() < 0.2,
                    "quote": f"{rng.choice(QUOTE_A)} {rng.choice(QUOTE_B)}{rng.choice(QUOTE_C)}"
                    if rng.random() < 0.35 else None,
                    "witness": _person(rng),
                })
    return out


def _count(n: int, rng: random.Random) -> str:
    return str(n) if rng.random() < 0.3 and n > 1 else NUMBER_WORDS[n] if n < 10 else str(n)


def _sentence(h: dict, rng: random.Random, published: date, dated: str) -> tuple[str, str | None]:
    """A report's sentence and the date expression it uses (or None)."""
    who = (f"{h['victim']}, {h['age']}," if h["victim"] and rng.random() < 0.6 else
           rng.choice(["A man", "A woman", "A teenager", "A man in his thirties"]))
    where = []
    if h["street"] and rng.random() < 0.6:
        where.append(f"on {h['street']}")
    if rng.random() < 0.5:
        where.append(h["detail"])
    if rng.random() < 0.6:
        where.append(f"in {h['town']}")
    when = None
    if dated == "text":
        when = h["day"].strftime("%B ") + str(h["day"].day)
    elif dated == "relative":
        lag = (published - h["day"]).days
        when = {0: "today", 1: "yesterday"}.get(lag, WEEKDAYS[h["day"].weekday()]) if lag < 7 else None
    clock = f" at about {h['hour']}:{rng.choice(['00', '15', '30', '45'])}" if h["hour"] is not None \
        and rng.random() < 0.4 else ""
    parts = [who, h["verb"], *where]
    if when:
        parts.append(when if when in ("today", "yesterday") else f"on {when}")
    text = " ".join(parts) + clock
    tolls = []
    if h["killed"] and rng.random() < 0.8:
        n = h["killed"] + (1 if rng.random() < 0.1 else 0)
        tolls.append(f"{_count(n, rng)} {'person was' if n == 1 else 'people were'} killed")
    if h["wounded"] and rng.random() < 0.6:
        tolls.append(f"{_count(h['wounded'], rng)} wounded")
    if tolls:
        text += ", and " + " and ".join(tolls)
    if h["town"] in SPOKES and rng.random() < 0.5:
        text += f", {SPOKES[h['town']]} said"
    elif rng.random() < 0.3:
        text += ", police said"
    text += "."
    if h["quote"] and rng.random() < 0.6:
        text += f' "{h["quote"]}," said {h["witness"] if rng.random() < 0.7 else "a neighbour"}.'
    if h["town"] in MAYORS and rng.random() < 0.2:
        text += f" {MAYORS[h['town']]} called for calm."
    return text[0].upper() + text[1:], when


def _title(h: dict, rng: random.Random) -> str:
    options = [f"{h['noun'].capitalize()} in {h['town']}", f"{h['town']} {h['noun']} under investigation",
               f"Police investigate {h['noun']}", "Latest from the police desk"]
    if h["victim"]:
        options.append(f"{h['victim']} named in {h['town']} {h['noun']}")
    if h["street"]:
        options.append(f"{h['noun'].capitalize()} on {h['street']}")
    return rng.choice(options)


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.coded: list[CodedArticle] = []
        self.gold: dict[str, int] = {}

    def report(self, h: dict, published: date, outlet: str, kind: str) -> Event:
        """One event record as a coder would make it, with the coder's errors."""
        rng = self.rng
        roll = rng.random()
        dated = "text" if roll < 0.35 else "relative" if roll < 0.7 else "publication"
        if kind == "follow-up":
            dated = "relative" if rng.random() < 0.5 else "publication"
        text, when = _sentence(h, rng, published, dated)
        if dated == "publication" or when is None:
            day, precision, date_text, source = published, "reported", None, "publication"
        elif dated == "relative":
            day, precision, date_text, source = resolved(when, published), "day", when, dated
        else:
            day = h["day"] + timedelta(days=rng.choice([0] * 9 + [rng.choice([-1, 1])]))
            precision, date_text, source = "day", when, dated
        loc_roll = rng.random()
        if loc_roll < 0.62:
            town = h["town"] if rng.random() > 0.03 else rng.choice(TOWNS)[0]
            t = next(x for x in TOWNS if x[0] == town)
            loc = EventLocation(name=town, lat=t[1] + rng.uniform(-0.02, 0.02), lon=t[2] + rng.uniform(-0.02, 0.02),
                                country=COUNTRY, precision="city", geonameid=900000 + TOWNS.index(t))
        elif loc_roll < 0.9:
            loc = EventLocation(name="Xxbland", country=COUNTRY, precision="country")
        else:
            loc = None
        actor, recipient = [], []
        if h["event"] == "ASSAULT":
            if h["group"] and rng.random() < 0.7:
                actor = [ActorRef(GROUP[0], country=COUNTRY, sector="CRM", name=GROUP[1])]
            elif rng.random() < 0.3:
                actor = [ActorRef("gunmen", country=COUNTRY, sector="UNK")]
            recipient = [ActorRef(h["victim"], country=COUNTRY, sector="CVL", name=h["victim"])] \
                if h["victim"] and rng.random() < 0.3 else [ActorRef("a man", country=COUNTRY, sector="CVL")]
        elif h["event"] in ("COERCE", "RETREAT"):
            actor = [ActorRef("police", country=COUNTRY, sector="COP")]
        mode = h["mode"] if rng.random() < 0.75 else None
        hour = h["hour"]
        iso = day.isoformat()
        if hour is not None and precision == "day" and "at about" in text:
            iso = f"{iso}T{hour:02d}:00+01:00"
        return Event(id="", article_id="", event=h["event"], mode=mode, actor=actor, recipient=recipient,
                     sentence=text, event_text=text, trigger=h["noun"], date=iso, date_precision=precision,
                     date_text=date_text, date_source=source, location=loc,
                     modality=Modality(claimed=True, claimant="police"))

    def article(self, happenings: list[dict], published: date, outlet: str, kind: str,
                title: str | None = None) -> CodedArticle:
        events = [(h, self.report(h, published, outlet, kind)) for h in happenings]
        paragraphs = [e.sentence for _, e in events]
        if len(happenings) == 1:  # a story about one happening tells more of it after the lead
            paragraphs += self.details(happenings[0])
        text = "\n\n".join(paragraphs)
        stamp = datetime(published.year, published.month, published.day, self.rng.randint(6, 22),
                         self.rng.choice([0, 20, 40])).isoformat() + "+00:00"
        art = Article(id=article_id(text, f"{outlet}/{len(self.coded)}"), text=text, source=outlet,
                      published=stamp, title=title or _title(happenings[0], self.rng))
        return self._add(art, events)

    def details(self, h: dict) -> list[str]:
        """Sentences after the lead: who the victim was, where and when, a quote, furniture."""
        rng, out = self.rng, []
        if h["victim"] and rng.random() < 0.5:
            out.append(f"The {'victim' if h['event'] == 'ASSAULT' else 'person'} was identified as "
                       f"{h['victim']}, {h['age']}.")
        elif rng.random() < 0.4:
            out.append(f"The {'victim' if h['event'] == 'ASSAULT' else 'person'} was {h['age']} years old.")
        if h["street"] and rng.random() < 0.5:
            clock = f" at about {h['hour']}:00" if h["hour"] is not None and rng.random() < 0.5 else ""
            out.append(f"It happened {h['detail']} on {h['street']}{clock}, police said.")
        if h["quote"] and rng.random() < 0.4:
            out.append(f'"{h["quote"]}," {h["witness"]} told reporters.')
        if h["event"] == "ASSAULT" and rng.random() < 0.4:
            out.append(f"The wounded were taken to {h['town']} General Hospital.")
        if h["town"] in SPOKES and rng.random() < 0.4:
            out.append(f"{SPOKES[h['town']]} asked anyone with information to come forward.")
        if rng.random() < 0.3:
            out.append(f"It was the latest in a series of incidents in {h['town']} this month.")
        return out

    def _add(self, art: Article, events: list[tuple[dict, Event]]) -> CodedArticle:
        out = []
        for i, (h, e) in enumerate(events):
            e.id, e.article_id = f"e{art.id[1:13]}{i:02d}", art.id
            e.sentence_start = art.text.find(e.sentence)
            out.append(e)
            self.gold[e.id] = h["id"]
        coded = CodedArticle(article=art, events=out)
        self.coded.append(coded)
        return coded

    def republish(self, original: CodedArticle, happenings: list[dict], outlet: str, delay: int) -> None:
        """A copy of a wire story, published ``delay`` days later; its coder resolved relative dates
        ("on Monday") against the copy's own publication day."""
        pub = datetime.fromisoformat(original.article.published) + timedelta(days=delay, hours=self.rng.randint(1, 9))
        text = ("Share\n\n" if self.rng.random() < 0.5 else "") + original.article.text
        art = Article(id=article_id(text, f"{outlet}/{len(self.coded)}"), text=text, source=outlet,
                      published=pub.isoformat(), title=original.article.title)
        events = []
        for h, e in zip(happenings, original.events, strict=True):
            copy = Event(**{k: v for k, v in e.__dict__.items() if k not in ("id", "article_id")}, id="",
                         article_id="")
            if e.date_source == "relative" and e.date_text:
                copy.date = resolved(e.date_text, pub.date()).isoformat() + (e.date or "")[10:]
            elif e.date_source == "publication":
                copy.date = pub.date().isoformat()
            events.append((h, copy))
        self._add(art, events)


def generate(seed: int, days: int = 28, towns: list[tuple] | None = None, base: date = BASE
             ) -> tuple[list[CodedArticle], dict[str, int]]:
    """The articles and event id -> happening; ``towns`` (name, lat, lon, incidents a day) and
    ``base`` (first day) let ``bench_cluster.py`` grow a year of news over many regions."""
    rng = random.Random(seed)
    w = _Writer(rng)
    happenings = _happenings(rng, days, towns, base)
    by_day: dict[date, list[dict]] = {}
    for h in happenings:
        by_day.setdefault(h["day"], []).append(h)
    for h in happenings:
        outlets = [o for o, towns in OUTLETS.items() if h["town"] in towns]
        n = rng.choices([0, 1, 2, 3, 4], [0.12, 0.43, 0.25, 0.12, 0.08])[0]
        for outlet in rng.sample(outlets, min(n, len(outlets))):
            w.article([h], h["day"] + timedelta(days=rng.choice([0, 0, 1])), outlet, "first")
        if rng.random() < 0.15:  # a wire story, republished by others, some days later
            wire = w.article([h], h["day"] + timedelta(days=rng.choice([0, 1])), WIRE, "first")
            for outlet in rng.sample(REPUBLISHERS, rng.randint(1, 3)):
                w.republish(wire, [h], outlet, rng.choice([0, 0, 1, 2, 4]))
        if rng.random() < 0.12:  # a follow-up days later
            outlet = rng.choice(outlets)
            w.article([h], h["day"] + timedelta(days=rng.randint(2, 6)), outlet, "follow-up")
    for d, hs in sorted(by_day.items()):  # round-ups: several happenings of one type in one article
        for event in sorted({h["event"] for h in hs}):
            same = [h for h in hs if h["event"] == event]
            if len(same) >= 2 and rng.random() < 0.3:
                pick = rng.sample(same, rng.choice([2, 2, 3]) if len(same) >= 3 else 2)
                w.article(pick, d + timedelta(days=1), "state-radio.example", "round-up",
                          title=f"Overnight: {len(pick)} incidents")
    return w.coded, w.gold


# -- files --------------------------------------------------------------------------------------
def to_json(coded: CodedArticle, gold: dict[str, int]) -> str:
    row = {"article": asdict(coded.article), "events": [asdict(e) for e in coded.events],
           "happening": {e.id: gold[e.id] for e in coded.events}}
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def from_json(line: str) -> tuple[CodedArticle, dict[str, int]]:
    row = json.loads(line)
    art = Article(**row["article"])
    events = []
    for e in row["events"]:
        e = dict(e)
        e["actor"] = [ActorRef(**a) for a in e["actor"]]
        e["recipient"] = [ActorRef(**a) for a in e["recipient"]]
        e["location"] = EventLocation(**e["location"]) if e["location"] else None
        e["modality"] = Modality(**e["modality"])
        e["casualties"] = []
        events.append(Event(**e))
    return CodedArticle(article=art, events=events), {k: int(v) for k, v in row["happening"].items()}


def load(path: Path) -> tuple[list[CodedArticle], dict[str, int]]:
    coded, gold = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        c, g = from_json(line)
        coded.append(c)
        gold.update(g)
    return coded, gold


def write(path: Path, seed: int) -> int:
    coded, gold = generate(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(to_json(c, gold) + "\n" for c in coded), encoding="utf-8")
    return len(coded)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help="write the tuning and the blind file")
    a = p.parse_args()
    if a.write:
        for name, seed in (("streams.jsonl", TUNING_SEED), ("streams_blind.jsonl", BLIND_SEED)):
            print(name, write(DATA / name, seed), "articles")
    else:
        coded, gold = generate(TUNING_SEED)
        print(len(coded), "articles", len(gold), "reports", len(set(gold.values())), "happenings reported")


if __name__ == "__main__":
    main()
