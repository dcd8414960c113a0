"""What a whole article is about: politics, or sport, business, entertainment, technology, weather,
disaster, crime (``lang/en/events/domains.yaml``).

The sense of "beat", "hit", "attack", "shot" or "battle" in one sentence depends on the story it is in:
a match report is full of them and holds no ASSAULT. The domain is read once per article from the
parse the pipeline already made (lemmas of the whole document, no second parse): each cue lemma (or
two-word cue) of a domain that occurs adds ``1 + log(count)``; the shares of the domains' totals are the
article's domain distribution, its largest the ``CodedArticle.domain``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from truce.events.lexicon import shipped_data, word_list
from truce.knowledge import lang_file

POLITICS = "politics"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class ArticleDomain:
    """The article's domain distribution; ``label`` the largest share, ``score`` that share."""

    label: str = UNKNOWN
    score: float = 0.0
    shares: dict[str, float] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()  # the strongest cue lemmas of the winning domain

    def share(self, domain: str) -> float:
        return self.shares.get(domain, 0.0)

    @property
    def political(self) -> float:
        return self.share(POLITICS)


@lru_cache(maxsize=1)
def load_domains() -> dict[str, frozenset[str]]:
    path = str(lang_file("events", "domains.yaml"))
    data = shipped_data("domains.yaml")
    return {str(name): word_list(data, name, path)[0] for name in data}


def _counts(doc: Doc) -> Counter[str]:
    words = [t.lemma_.lower() for t in doc if t.is_alpha or "-" in t.text]
    counts = Counter(words)
    counts.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    counts.update(t.lower_ for t in doc if t.is_alpha and t.lower_ != t.lemma_.lower())  # 'shares', 'won'
    return counts


def article_domain(doc: Doc, domains: dict[str, frozenset[str]] | None = None, min_evidence: float = 4.0) -> ArticleDomain:
    """The domain distribution of a parsed article; below ``min_evidence`` (the summed cue weight,
    settings ``[events] domain_min_evidence``) the article is too short to tell: ``unknown``."""
    domains = domains or load_domains()
    counts = _counts(doc)
    totals: dict[str, float] = {}
    best: dict[str, list[tuple[float, str]]] = {}
    for name, cues in domains.items():
        hits = [(1.0 + math.log(counts[c]), c) for c in cues if counts.get(c)]
        totals[name] = sum(h for h, _ in hits)
        best[name] = sorted(hits, reverse=True)[:5]
    total = sum(totals.values())
    if total < max(min_evidence, 1e-9):
        return ArticleDomain()
    shares = {k: round(v / total, 4) for k, v in totals.items()}
    label = max(shares, key=lambda k: shares[k])
    return ArticleDomain(label=label, score=shares[label], shares=shares, evidence=tuple(c for _, c in best[label]))
