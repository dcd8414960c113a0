"""The place stage's knowledge files, and the shared tables other stages read from them.

One table per meaning, read here and nowhere else:
- ``data/geo/demonyms.tsv``: national and regional adjectives -> ISO3 or "@Region" (the geoparser,
  the actor coder and dedup all read it through ``demonym_forms`` / ``demonym_pairs``);
- ``data/geo/regions.tsv``: named regions, territories, bodies and former states (the gazetteer's
  region entries; the actor coder's country evidence through ``region_countries``);
- ``data/geo/features.tsv``, ``points.tsv``, ``aliases.tsv``, ``admin_levels.tsv``: gazetteer build input;
- ``data/lang/en/geo/*.txt``: the English words the recogniser and the event locator use.

City names for the actor coder come from the gazetteer index itself (``Gazetteer.largest_cities``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from truce.knowledge import Row, lang_file, load_lines, load_tsv, shipped


def geo_file(name: str):
    return shipped("geo", name)


@cache
def words(name: str) -> frozenset[str]:
    """An English word list of the place stage (``data/lang/en/geo/<name>.txt``), lower case."""
    return frozenset(w.lower() for w in load_lines(lang_file("geo", f"{name}.txt")))


@cache
def lang_table(name: str, column: str) -> dict[str, float]:
    """A two-column English table of the place stage (``data/lang/en/geo/<name>.tsv``): word -> number
    (geo14: compass bearings and distance units of "30 km north of X")."""
    return {r["word"].lower(): float(r[column]) for r in load_tsv(lang_file("geo", f"{name}.tsv"))}


@cache
def rows(name: str) -> tuple[Row, ...]:
    """The rows of a TSV table in ``data/geo`` (header line first, ``#`` comments skipped)."""
    return tuple(load_tsv(geo_file(name)))


def plural(word: str) -> str | None:
    """The people-plural of a national adjective ("Syrians", "Afghans"), or None when English uses
    the adjective itself ("the Swiss", "the French", "the Chinese")."""
    if word.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


@lru_cache(maxsize=1)
def demonym_forms() -> dict[str, tuple[str, bool]]:
    """Every demonym form -> (place, is_plural): place is an ISO3 code or "@" + a region name."""
    out: dict[str, tuple[str, bool]] = {}
    for row in rows("demonyms.tsv"):
        word, place = row["demonym"], row["place"]
        out[word] = (place, False)
        many = plural(word)
        if many and many not in out:
            out[many] = (place, True)
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym form (singular or plural) -> ISO3 or "@Region"."""
    return {word: place for word, (place, _) in demonym_forms().items()}


@lru_cache(maxsize=1)
def _demonym_heads() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Multi-word demonym forms ("South Sudanese", "Central Africans") by their first word, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for form, place in demonyms().items():
        parts = tuple(form.split())
        if len(parts) > 1:
            out.setdefault(parts[0], []).append((parts, place))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


def demonym_runs(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, place) of every demonym in a token list, longest form first: "South Sudanese officials"
    is South Sudan's, and the "Sudanese" inside it names no country of its own (geo12: a South Sudan story's
    actors voted for Sudan, and "Bor" went to Serbia). One-word forms elsewhere as before."""
    dem, heads = demonyms(), _demonym_heads()
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for parts, place in heads.get(tokens[i], ()):
            if tuple(tokens[i:i + len(parts)]) == parts:
                out.append((i, i + len(parts), place))
                i += len(parts)
                break
        else:
            if tokens[i] in dem:
                out.append((i, i + 1, dem[tokens[i]]))
            i += 1
    return out


def demonym_pairs() -> list[tuple[str, str]]:
    """(adjective, ISO3) for country adjectives only, singular forms (dedup's "the Syrian capital")."""
    return [(r["demonym"], r["place"]) for r in rows("demonyms.tsv") if not r["place"].startswith("@")]


def region_countries() -> list[tuple[str, str]]:
    """(name, ISO3) for every region, territory or former state with a country, aliases included."""
    out = []
    for row in rows("regions.tsv"):
        country = row.get("country")
        if not country:
            continue
        for name in [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a)]:
            out.append((name, country))
    return out
