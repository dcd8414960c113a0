"""Title-case headlines parsed as if written in sentence case.

The small English model reads "Army Retakes Key Town From Rebels in Eastern Congo" as one long
proper name: every capitalised word is tagged PROPN, the verb is lost and no event is found. A line
whose content words are mostly capitalised (``[ingest] title_case_share``, ``title_case_min_words``,
the judgement of ``truce.ingest.lines.is_title_cased``) is therefore parsed with its ordinary words
lower-cased ("Army retakes key town from rebels in eastern Congo"), and the parse is put back on the
original characters (``restore``), so every offset, token text and span stays the article's own.

A word is lower-cased only when it is an English dictionary word (the lemmatizer's word index, with a
few inflection endings stripped) and the caller's ``is_name`` does not take it for a name (the
pipeline passes the actor dictionaries: countries, demonyms, capitals, regions, cities, organisations,
people): "Chad", "Japan", "Hamas" and "Nairobi" keep their capitals, "Retakes" and "Town" lose them.
The first word of the line (and of a "BREAKING:" style prefix's rest) keeps its capital too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from truce.ingest.lines import is_title_cased
from truce.settings import Section

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))
_PREFIX_END = re.compile(r"^[^:]{1,30}:\s+|^[A-Z0-9 ]{2,20}-\s*")

NameTest = Callable[[list[str]], set[int]]


@lru_cache(maxsize=4)
def _dictionary(nlp: Language) -> frozenset[str]:
    """The lemmatizer's index of English base forms (every part of speech); empty when the model has none."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") if pos in index for w in index[pos])


def _known(word: str, dictionary: frozenset[str]) -> bool:
    low = word.lower()
    if low in dictionary:
        return True
    return any(low.endswith(end) and low[: -len(end)] + add in dictionary for end, add in _ENDINGS)


def _capitalised(word: str) -> bool:
    """"Retakes", not "US" or "McKinsey": only a word with one leading capital is ever lowered."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def sentence_case_line(line: str, dictionary: frozenset[str], is_name: NameTest,
                       minor: frozenset[str], settings: Section | None = None) -> str:
    """``line`` with its ordinary capitalised words lower-cased (same length), or unchanged."""
    if not dictionary or not is_title_cased(line, settings):
        return line
    matches = list(_WORD.finditer(line))
    words = [m.group() for m in matches]
    names = is_name(words)
    prefix = _PREFIX_END.match(line)
    first = {0}
    if prefix:
        after = [i for i, m in enumerate(matches) if m.start() >= prefix.end()]
        first |= set(after[:1])
    chars = list(line)
    for i, (m, w) in enumerate(zip(matches, words, strict=True)):
        if i in first or i in names or not _capitalised(w):
            continue
        if w.lower() in minor or _known(w, dictionary):
            low = w.lower()
            if len(low) == len(w):
                chars[m.start():m.end()] = low
    return "".join(chars)


def sentence_case(text: str, nlp: Language, is_name: NameTest, minor: Iterable[str],
                  settings: Section | None = None) -> str:
    """Every title-cased line of ``text`` in sentence case; the same length, so offsets stay valid."""
    dictionary = _dictionary(nlp)
    minor_set = frozenset(minor)
    lines = text.split("\n")
    out = [sentence_case_line(line, dictionary, is_name, minor_set, settings) for line in lines]
    return "\n".join(out)


def restore(doc: Doc, text: str) -> Doc:
    """The parse of a re-cased text on the original characters: same tokens, tags, lemmas, tree, entities
    and tensor, each token's text taken back from ``text``."""
    return rebuild(doc, [text[t.idx:t.idx + len(t.text)] for t in doc])


def rebuild(doc: Doc, words: list[str], **changed: list) -> Doc:
    """A copy of ``doc`` with these token texts (same lengths) and, for each annotation named in
    ``changed`` (``tags``, ``pos``, ``morphs``, ``lemmas``, ``heads``, ``deps``), the values given;
    entities, sentence starts, tensor and user data carried over, except truce's per-Doc tables
    (``truce.*`` keys: text, words, tags, tree): they describe the old tokens and are built again on use."""
    ann = {"tags": [t.tag_ for t in doc], "pos": [t.pos_ for t in doc], "morphs": [str(t.morph) for t in doc],
           "lemmas": [t.lemma_ for t in doc], "heads": [t.head.i for t in doc], "deps": [t.dep_ for t in doc]}
    ann.update(changed)
    new = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc],
              sent_starts=[bool(t.is_sent_start) for t in doc], **ann)
    new.ents = [Span(new, e.start, e.end, label=e.label_) for e in doc.ents]
    if doc.tensor is not None and len(doc.tensor):
        new.tensor = doc.tensor
    new.user_data.update({k: v for k, v in doc.user_data.items() if not (isinstance(k, str) and k.startswith("truce."))})
    return new
