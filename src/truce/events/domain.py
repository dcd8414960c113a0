"""What a whole article is about: politics, or sport, business, entertainment, technology, weather,
disaster, crime (``lang/en/events/domains.yaml``).

The sense of "beat", "hit", "attack", "shot" or "battle" in one sentence depends on the story it is in:
a match report is full of them and holds no ASSAULT. The domain is read once per article from the
parse the pipeline already made (lemmas of the whole document, no second parse): each cue lemma (or
two-word cue) of a domain that occurs adds ``1 + log(count)``; the shares of the domains' totals are the
article's domain distribution, its largest the ``CodedArticle.domain``.

The headline and the lead (the first sentences) say what a story is about more surely than its body,
where a match report may quote a minister or a market story a war: the same cues are also counted over
the title and the lead alone (``ArticleDomain.lead``), and the sense rules read the lower of the two
politics shares when both name the same non-political domain (``ArticleDomain.rule_political``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from truce.events.lexicon import shipped_data, singular_forms, word_list
from truce.knowledge import lang_file
from truce.nlp import doc_words

POLITICS = "politics"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class ArticleDomain:
    """The article's domain distribution; ``label`` the largest share, ``score`` that share."""

    label: str = UNKNOWN
    score: float = 0.0
    shares: dict[str, float] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()  # the strongest cue lemmas of the winning domain
    lead: ArticleDomain | None = None  # the same read over the headline and the lead sentences alone

    def share(self, domain: str) -> float:
        return self.shares.get(domain, 0.0)

    @property
    def political(self) -> float:
        return self.share(POLITICS)

    @property
    def rule_political(self) -> float:
        """The politics share the sense rules judge by: the article's, or its lead's when the headline and
        lead are about the same non-political domain as the whole article ('Ashvale storm back to sink
        Mereton': a match report whose later 'defence' or 'war' of words must not make it half political).
        A political event quoted inside such a story keeps its armed or state participants, which the
        rules read before any share."""
        lead = self.lead
        if lead is None or lead.label in (POLITICS, UNKNOWN) or lead.label != self.label:
            return self.political
        return min(self.political, lead.political)


@lru_cache(maxsize=1)
def load_domains() -> dict[str, frozenset[str]]:
    path = str(lang_file("events", "domains.yaml"))
    data = shipped_data("domains.yaml")
    return {str(name): word_list(data, name, path)[0] for name in data}


@lru_cache(maxsize=4)
def _index(domains: tuple[tuple[str, frozenset[str]], ...]) -> tuple[dict[str, tuple[str, ...]], frozenset[tuple[str, str]]]:
    """cue -> domains it belongs to, and the two-word cues as pairs (checked only where they can occur)."""
    by_cue: dict[str, list[str]] = {}
    for name, cues in domains:
        for cue in cues:
            by_cue.setdefault(cue, []).append(name)
    pairs = frozenset(tuple(c.split(" ", 1)) for c in by_cue if " " in c)  # type: ignore[misc]
    return {k: tuple(v) for k, v in by_cue.items()}, pairs


_WORD = re.compile(r"[a-z][a-z'&-]*")


def _title_counts(title: str, cues: dict[str, tuple[str, ...]], pairs: frozenset[tuple[str, str]]) -> Counter[str]:
    """The cue words and two-word cues of a headline, which the body's parse does not hold (the pipeline
    parses the text without its title line): lower-cased forms, or the form without a plural 's'
    ('films')."""
    counts: Counter[str] = Counter()
    prev = ""
    for word in _WORD.findall(title.lower()):
        forms = (word, word[:-1]) if word.endswith("s") else (word,)
        form = next((f for f in forms if f in cues), forms[-1])
        if form in cues:
            counts[form] += 1
        pair = next((f for f in forms if prev and (prev, f) in pairs), None)
        if pair is not None:
            counts[f"{prev} {pair}"] += 1
        prev = form
    return counts


def _counts(doc: Doc | Span, cues: dict[str, tuple[str, ...]], pairs: frozenset[tuple[str, str]]) -> Counter[str]:
    """Counts of the cue words and two-word cues of the document (lemma, or the form itself: 'won', or
    the singular of a capitalised plural kept as its own lemma: 'Neighbours')."""
    counts: Counter[str] = Counter()
    prev = ""
    words = doc_words(doc if isinstance(doc, Doc) else doc.doc)
    start, end = (0, len(doc)) if isinstance(doc, Doc) else (doc.start, doc.end)
    for i in range(start, end):
        if not (words.alpha[i] or "-" in words.text[i]):
            prev = ""
            continue
        lemma, low = words.lemma[i], words.lower[i]
        if lemma in cues:
            counts[lemma] += 1
        elif low in cues:
            counts[low] += 1
        elif lemma == words.text[i] and low.endswith("s"):
            # a plural the tagger kept as a name, its lemma the word itself ('Neighbours heard screaming',
            # 'Detectives said', 'Poachers shot'): its singular is the cue
            lemma = next((f for f in singular_forms(low) if f in cues), lemma)
            if lemma in cues:
                counts[lemma] += 1
        if prev and (prev, lemma) in pairs:
            counts[f"{prev} {lemma}"] += 1
        prev = lemma
    return counts


def article_domain(doc: Doc | Span, domains: dict[str, frozenset[str]] | None = None, *, min_evidence: float,
                   title: str | None = None, title_weight: int = 1, lead: Span | None = None,
                   lead_min_evidence: float = 0.0) -> ArticleDomain:
    """The domain distribution of a parsed article; below ``min_evidence`` (the summed cue weight,
    settings ``[events] domain_min_evidence``) the article is too short to tell: ``unknown``. The cue
    words of its ``title`` count ``title_weight`` times (settings ``domain_title_weight``): a headline
    names what the story is about ('The 12 greatest war films, ranked' is about films, whatever their
    plots hold). ``lead`` (the first sentences) with the title gives ``ArticleDomain.lead``, at its own
    bar ``lead_min_evidence`` (settings ``domain_lead_min_evidence``)."""
    domains = domains or load_domains()
    cues, pairs = _index(tuple(sorted(domains.items())))
    counts = _counts(doc, cues, pairs)
    heading = _title_counts(title, cues, pairs) if title and title_weight > 0 else Counter()
    for cue, n in heading.items():
        counts[cue] += n * title_weight
    found = _distribution(counts, domains, cues, min_evidence)
    if lead is not None and found.label != UNKNOWN:
        first = _distribution(_counts(lead, cues, pairs) + heading, domains, cues, lead_min_evidence)
        found = ArticleDomain(found.label, found.score, found.shares, found.evidence, first)
    return found


def _distribution(counts: Counter[str], domains: dict[str, frozenset[str]], cues: dict[str, tuple[str, ...]],
                  min_evidence: float) -> ArticleDomain:
    """The domain shares of cue counts (each cue ``1 + log(count)``); below ``min_evidence`` unknown."""
    totals: dict[str, float] = {name: 0.0 for name in domains}
    best: dict[str, list[tuple[float, str]]] = {name: [] for name in domains}
    for cue, n in counts.items():
        weight = 1.0 + math.log(n)
        for name in cues[cue]:
            totals[name] += weight
            best[name].append((weight, cue))
    total = sum(totals.values())
    if total < max(min_evidence, 1e-9):
        return ArticleDomain()
    shares = {k: round(v / total, 4) for k, v in totals.items()}
    label = max(shares, key=lambda k: shares[k])
    best = {k: sorted(v, reverse=True)[:5] for k, v in best.items()}
    return ArticleDomain(label=label, score=shares[label], shares=shares, evidence=tuple(c for _, c in best[label]))


def is_tie(domain: ArticleDomain) -> bool:
    """Two domains share the top share: the cue words name no domain, only the order of domains.yaml would."""
    return sum(1 for v in domain.shares.values() if v == domain.score) > 1
