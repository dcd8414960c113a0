"""Copy detection: exact, spun, reordered, stitched copies; hard negatives; arrival order."""

from __future__ import annotations

import random

import pytest

from truce import dedup
from truce.dedup.compare import compare
from truce.dedup.text import fold_synonyms, sentences
from truce.ids import article_id
from truce.records import Article, CodedArticle
from truce.settings import default_settings
from truce.store import Store

# Fictional wire stories (invented places and people in a real country as setting).
HARBOUR = [
    "Shelling hit two districts of Kismayo on Monday, the army said in a statement.",
    "Three civilians were killed and eleven wounded when shells struck the fish market near the old port.",
    "Colonel Abdi Warsame said the rebels fired from positions east of the airport.",
    "The Jubba Valley Front denied firing on the town and accused the army of staging the attack.",
    "\"We will answer every violation of the truce,\" Warsame told reporters at the harbour.",
    "The United Nations called on both sides to respect the ceasefire agreed in Nairobi last month.",
    "Aid agencies said the main road to Afmadow remained closed for a second day.",
    "Hospital director Halima Nur said the regional hospital was running short of blood and fuel.",
]
TALKS = [
    "Negotiators from Mogadishu and the Jubba Valley Front met in Djibouti on Tuesday to discuss prisoner exchanges.",
    "Mediator Ingrid Solberg said both delegations agreed to release forty detainees before the end of the month.",
    "The talks were the first direct meeting between the two sides since fighting resumed in January.",
    "Front envoy Yusuf Gedi said his group wanted guarantees on the safety of returning fighters.",
    "Solberg said a second round would take place in Addis Ababa after consultations with regional leaders.",
    "Government spokesman Farah Omar welcomed the progress but said no timetable had been fixed.",
]
SAME_TOPIC = [  # a different story about the same town, days later: must not be linked
    "Residents of Kismayo returned to the fish market on Thursday after a week of calm.",
    "Traders said prices for flour and fuel had doubled since the road to Afmadow was cut.",
    "The regional governor Ahmed Dualeh promised to reopen the road before the rainy season.",
    "Aid workers from a Norwegian charity delivered water tanks to the camps north of the airport.",
    "The army said it had cleared mines from two villages along the Jubba river.",
    "Fishermen complained that the navy still barred boats from leaving the port at night.",
]
SPIN = {"shelling": "bombardment", "said": "stated", "wounded": "injured", "shells": "projectiles",
        "near": "close to", "army": "armed forces", "United Nations": "UN", "rebels": "combatants"}


def _spin(text: str) -> str:
    for a, b in SPIN.items():
        text = text.replace(a, b)
    return text


def _article(sents: list[str], source: str, published: str, title: str = "") -> Article:
    text = (title + "\n\n" if title else "") + " ".join(sents)
    return Article(id=article_id(text, source), text=text, source=source, published=published)


def _store(tmp_path, *articles: Article) -> Store:
    store = Store(tmp_path / "t.duckdb")
    for a in articles:
        store.write_batch([CodedArticle(article=a)], after_write=dedup.update_store)
    return store


def _links(store: Store) -> dict[str, dict[str, str]]:
    rows = store.con.execute("SELECT article_id, original_id, method FROM article_copies").fetchall()
    out: dict[str, dict[str, str]] = {}
    for a, o, m in rows:
        out.setdefault(a, {})[o] = m
    return out


ORIG = _article(HARBOUR, "wire.example", "2026-03-02T08:00:00+00:00", "Shelling hits Kismayo")
TALKS_A = _article(TALKS, "post.example", "2026-03-03T09:00:00+00:00", "Djibouti talks")


def test_synonym_folding_undoes_spin() -> None:
    assert fold_synonyms("The armed forces stated") == "The army said"
    m = compare(sentences(_spin(" ".join(HARBOUR))), sentences(" ".join(HARBOUR)), default_settings().dedup)
    assert m.containment >= 0.85 and m.reworded >= 1


def test_exact_copy(tmp_path) -> None:
    copy = Article(id=article_id(ORIG.text, "b"), text=ORIG.text, source="other.example",
                   published="2026-03-02T11:00:00+00:00")
    with _store(tmp_path, ORIG, copy) as s:
        assert _links(s) == {copy.id: {ORIG.id: "exact"}}


def test_spun_copy(tmp_path) -> None:
    spun = _article([_spin(x) for x in HARBOUR], "farm.example", "2026-03-02T15:00:00+00:00", "Bombardment")
    with _store(tmp_path, ORIG, spun) as s:
        assert _links(s) == {spun.id: {ORIG.id: "spun"}}


def test_reordered_copy(tmp_path) -> None:
    order = [5, 0, 2, 1, 7, 3, 6, 4]
    re_ = _article([HARBOUR[i] for i in order], "mag.example", "2026-03-02T12:00:00+00:00")
    with _store(tmp_path, ORIG, re_) as s:
        assert _links(s) == {re_.id: {ORIG.id: "reordered"}}


def test_stitched_copy_links_to_both(tmp_path) -> None:
    stitched = _article(["Share", "Advertisement"] + HARBOUR[:4] + ["Follow us for more updates every day"]
                        + TALKS[:3] + ["Subscribe to our newsletter"], "farm.example", "2026-03-04T00:00:00+00:00")
    with _store(tmp_path, ORIG, TALKS_A, stitched) as s:
        links = _links(s)
        assert set(links) == {stitched.id}
        assert set(links[stitched.id]) == {ORIG.id, TALKS_A.id}


def test_hard_negative_not_linked(tmp_path) -> None:
    other = _article(SAME_TOPIC, "wire.example", "2026-03-05T08:00:00+00:00", "Kismayo market reopens")
    with _store(tmp_path, ORIG, other, TALKS_A) as s:
        assert _links(s) == {}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_links_do_not_depend_on_arrival_order(tmp_path, seed: int) -> None:
    c1 = Article(id="c1" + ORIG.id, text=ORIG.text, source="b.example", published="2026-03-02T10:00:00+00:00")
    c2 = _article([_spin(x) for x in HARBOUR], "farm.example", "2026-03-02T15:00:00+00:00")
    docs = [ORIG, c1, c2, TALKS_A]
    random.Random(seed).shuffle(docs)
    with _store(tmp_path, *docs) as s:
        links = _links(s)
        roots = dict(s.con.execute("SELECT article_id, list(original_id) FROM article_originals GROUP BY ALL"
                                   ).fetchall())
    assert links[c1.id] == {ORIG.id: "exact"}
    assert set(links[c2.id]) == {ORIG.id, c1.id}
    assert roots == {c1.id: [ORIG.id], c2.id: [ORIG.id]}


def test_copy_before_original(tmp_path) -> None:
    late = Article(id="late", text=ORIG.text, source="b.example", published="2026-03-02T10:00:00+00:00")
    with _store(tmp_path, late) as s:
        assert _links(s) == {}
        s.write_batch([CodedArticle(article=ORIG)], after_write=dedup.update_store)
        assert _links(s) == {"late": {ORIG.id: "exact"}}
        assert dedup.originals_of(s.con, "late")[0]["original_id"] == ORIG.id


def test_index_survives_a_new_process(tmp_path) -> None:
    """The LSH is rebuilt from the table: a spun copy is still found after reopening."""
    from truce.dedup.copies import LSH_CACHE

    _store(tmp_path, ORIG).close()
    LSH_CACHE._by_store.clear()
    spun = _article([_spin(x) for x in HARBOUR], "farm.example", "2026-03-02T15:00:00+00:00")
    with _store(tmp_path, spun) as s:
        assert set(_links(s)[spun.id]) == {ORIG.id}


def test_rolled_back_batch_leaves_no_trace(tmp_path) -> None:
    def boom(con, added):
        dedup.update_store(con, added)
        raise RuntimeError("crash after dedup")

    with Store(tmp_path / "t.duckdb") as s:
        s.write_batch([CodedArticle(article=ORIG)], after_write=dedup.update_store)
        with pytest.raises(RuntimeError):
            s.write_batch([CodedArticle(article=TALKS_A)], after_write=boom)
        copy = Article(id="cp", text=TALKS_A.text, source="x.example", published="2026-03-04")
        s.write_batch([CodedArticle(article=TALKS_A), CodedArticle(article=copy)], after_write=dedup.update_store)
        assert _links(s) == {"cp": {TALKS_A.id: "exact"}}
        assert s.con.execute("SELECT count(*) FROM dedup_articles").fetchone()[0] == 3


def test_tie_on_date_goes_to_smaller_id(tmp_path) -> None:
    same = "2026-03-02T08:00:00+00:00"
    a = Article(id="a-one", text=ORIG.text, source="x.example", published=same)
    b = Article(id="a-two", text=ORIG.text, source="y.example", published="2026-03-02T10:00:00+02:00")
    with _store(tmp_path, b, a) as s:  # 10:00+02:00 is the same instant as 08:00Z
        assert _links(s) == {"a-two": {"a-one": "exact"}}


def test_bare_date_ties_and_stitched_page_is_the_copy(tmp_path) -> None:
    """A date without a time ties with any time that day; the page that added material is the copy.

    The ids are chosen so that the id rule alone would make the stitched page the original.
    """
    s_text = " ".join(TALKS + HARBOUR[:3])
    stitched = Article(id="a0", text=s_text, source="farm.example", published="2026-03-03")
    orig = Article(id="a1", text=TALKS_A.text, source="post.example", published="2026-03-03T09:00:00+00:00")
    with _store(tmp_path, orig, stitched) as s:
        assert set(_links(s)) == {"a0"}


def test_dateline_credit_settles_a_date_tie(tmp_path) -> None:
    """A republished wire story keeps the original's credit in its dateline."""
    body = "KISMAYO, Somalia, March 2 (Coast Wire) - " + " ".join(HARBOUR)
    orig = Article(id="b9", text=body, source="coastwire.example", published="2026-03-02")
    copy = Article(id="b1", text=body, source="Daily Courier", published="2026-03-02")
    with _store(tmp_path, copy, orig) as s:
        assert _links(s) == {"b1": {"b9": "exact"}}


def test_lsh_hit_weight_ranks_and_admits_lsh_candidates() -> None:
    """An LSH hit counts ``lsh_hit_weight`` shared fingerprints: with the default it passes
    ``min_shared_fingerprints`` alone; weighted 1 it needs a shared fingerprint beside it."""
    from types import SimpleNamespace

    from truce.dedup.copies import _candidates
    from truce.settings import load_settings

    class _Store:
        def fingerprint_holders(self, fps):
            return []

    class _Lsh:
        def query(self, sig):
            return ["stored"]

    new = [SimpleNamespace(id="new", sents=[])]
    sigs = {"new": None}
    assert _candidates(_Store(), _Lsh(), new, sigs, default_settings().dedup) == {"new": ["stored"]}
    light = load_settings(overrides={"dedup": {"lsh_hit_weight": 1.0}}).dedup
    assert _candidates(_Store(), _Lsh(), new, sigs, light) == {"new": []}
