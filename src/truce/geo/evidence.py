"""Country evidence that is not a toponym: the armed groups and organisations an article names.

A terse conflict note often names no country ("On 3 June, al-Shabaab retook the town of Adale"):
the group's country (from the actor dictionary, ``data/actors/organisations.yaml``) is then the only
context for choosing between namesakes and for trusting a name the NER misread. Groups of
international bodies (UN, NGOs, IGOs) say nothing about a country.
"""

from __future__ import annotations

from typing import Any


def organisation_countries(text: str) -> dict[str, int]:
    """ISO3 -> number of distinct dictionary organisations of that one country named in ``text``
    (written with a capital; an alias shared by organisations of several countries counts for none)."""
    from truce.actors.lexicon import SPECIAL_COUNTRIES, load_lexicon
    from truce.actors.match import tokenize_text

    lex = load_lexicon()

    def orgs(values: tuple[Any, ...], tokens: list[Any], i: int, j: int) -> list[Any]:
        return [v for v in values if v.kind == "org"] if tokens[i].capitalised else []

    seen: dict[str, set[str]] = {}
    for match in lex.trie.find(tokenize_text(text), accept=orgs):
        countries = {v.country for v in match.values if v.country and v.country not in SPECIAL_COUNTRIES}
        ids = {v.id for v in match.values}
        if len(countries) == 1 and len(ids) == 1:
            seen.setdefault(countries.pop(), set()).update(i for i in ids if i)
    return {iso3: len(ids) for iso3, ids in seen.items()}
