"""The speed shortcuts of issue 15 (round perf13) give the answers of the slow paths they replace.

Indexed casualty phrases against the full scan, the self-defence gate against the regex alone, the
remembered gazetteer prior against a fresh computation, and the pipeline's freeze of its loaded
resources (which must leave coding unchanged). Sentences are our own.
"""

from __future__ import annotations

import gc

from truce.claims import casualties as cas
from truce.claims.statements import claim_words
from truce.time.expressions import ignorecase_folded

SENTENCES = [
    "Gunmen killed at least seven villagers and wounded 12 others near the market on Tuesday.",
    "Two soldiers were reported dead, leaving three civilians injured, officials said.",
    "Police arrested 40 protesters, including two journalists, and detained five more later.",
    "The death toll rose to nine after 1,200 troops deployed to the border.",
    "Between five and seven people were abducted from the convoy.",
]


def _kind_after_scan(toks, j, w):
    """The former ``_kind_after``: every phrase compared at every word."""
    gap, k = 0, j
    while k < len(toks) and gap <= w.max_gap:
        for p, kind in w.after_longest:
            if tuple(t.low for t in toks[k:k + len(p)]) == p:
                return kind, k + len(p)
        low = toks[k].low
        if low == "," and k + 1 < len(toks) and toks[k + 1].low in ("including", "among"):
            close = next((n for n in range(k + 1, min(len(toks), k + 12)) if toks[n].low == ","), None)
            if close is not None:
                k = close + 1
                continue
        if low in w.boundaries or (cas._value(toks, k, w) is not None and k > j):
            return None
        if low not in w.auxiliaries:
            if gap > 0 and low.endswith(("ed", "ing")) and not low.endswith(("ened", "red")):
                return None
            gap += 1
        k += 1
    return None


def _kind_before_scan(toks, i, w):
    for p, kind in w.verbs_longest:
        if i - len(p) >= 0 and tuple(t.low for t in toks[i - len(p):i]) == p:
            return kind
    if i >= 1 and toks[i - 1].low == "leaving":
        return "leaving"
    return None


def test_indexed_casualty_phrases_match_the_full_scan():
    w = cas.casualty_words()
    checked = 0
    for text in SENTENCES:
        toks = cas.tokens(text)
        for i in range(len(toks) + 1):
            assert cas._kind_before(toks, i, w) == _kind_before_scan(toks, i, w)
            assert cas._kind_after(toks, i, w) == _kind_after_scan(toks, i, w)
            checked += 1
    assert checked > 50
    assert [c.kind for c in cas.parse_casualties(SENTENCES[0])] == ["killed", "injured"]


def test_every_phrase_is_indexed_under_its_edge_word():
    w = cas.casualty_words()
    for phrase, kind in w.after_longest:
        assert (phrase, kind) in w.after_by_first[phrase[0]]
    for phrase, kind in w.verbs_longest:
        assert (phrase, kind) in w.verbs_by_last[phrase[-1]]


def test_self_defence_gate_never_hides_a_regex_match():
    w = claim_words()
    texts = ["The army said its soldiers RETURNED FIRE after the post was shelled.",
             "The militia called the raid an act of Self-Defence.",
             "Fighters fired back when the convoy was ambushed.",
             "The \u017felf-defense claim was rejected.",  # a long s, which IGNORECASE matches with 's'
             "The ministers discussed the budget and the harvest."]
    for text in texts:
        found = bool(w.self_defence.search(text))
        gate = any(c in ignorecase_folded(text) for c in w.self_defence_words)
        assert gate or not found, text
    assert not any(c in ignorecase_folded(texts[-1]) for c in w.self_defence_words)


def test_remembered_prior_equals_a_fresh_one(gaz):
    from truce.geo import resolve
    from truce.settings import default_settings

    s = default_settings().geo
    entries = [e for e, _ in gaz.lookup("Tripoli")][:5]
    assert entries
    for entry in entries:
        for alt in (False, True):
            assert resolve.prior(gaz, entry, alt, s) == resolve._prior(gaz, entry, alt, s)
            assert resolve.prior(gaz, entry, alt, s) == resolve._prior(gaz, entry, alt, s)  # from the memo


def test_coding_freezes_the_loaded_resources_and_still_collects_new_garbage(pipe):
    coded = pipe.code_text("Rebels shelled the town of Sirte on Monday, killing three civilians.",
                           published="2026-03-02")
    assert gc.get_freeze_count() > 0
    assert any(e.event == "ASSAULT" for e in coded.events)
    gc.collect()  # objects made after the freeze are still the collector's


def test_masked_text_tokens_come_from_the_article_texts_tokens():
    from truce.actors.match import _blanked_tokens, tokenize, tokenize_text
    from truce.pipeline import mask_header

    article = ("TRIPOLI, March 2 (Wire) - Fighters of the Misrata brigades shelled the Tripoli's port on Monday.\n"
               "The U.N. mission said 'talks' would resume.")
    masked = mask_header(article)
    assert masked != article and len(masked) == len(article)
    derived = _blanked_tokens(masked, article, tokenize(article))
    assert derived is not None and derived == tokenize(masked)
    tokenize_text(article)
    assert tokenize_text(masked) == tokenize(masked)
    # a blank that cuts a word (no header mask does) is refused: its pieces would be new tokens
    cut = article[:3] + "   " + article[6:]
    assert _blanked_tokens(cut, article, tokenize(article)) is None
    assert _blanked_tokens(article.replace("Monday", "Sunday"), article, tokenize(article)) is None
