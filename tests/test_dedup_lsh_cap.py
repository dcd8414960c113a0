"""The LSH bucket cap: each band bucket keeps only its ``lsh_bucket_cap`` most recent members, so the
copy candidates of a new article stay bounded as the store grows, and true copies are still found."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from truce import dedup
from truce.dedup import copies, minhash
from truce.dedup.text import sentences, shingles
from truce.ids import article_id
from truce.records import Article, CodedArticle, Event, EventLocation, Modality
from truce.settings import default_settings, load_settings
from truce.store import Store

FIRST = ["Amina", "Bashir", "Celine", "Dawit", "Elif", "Farid", "Greta", "Hamza", "Ines", "Jonas", "Kofi", "Lena"]
LAST = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tesfaye", "Kowalski", "Ibarra", "Nakashima", "Petrov", "Osei"]
STREETS = ["Quarry Lane", "Tanner Road", "Ferry Street", "Linden Avenue", "Mason Row", "Orchard Way"]
T0 = datetime(2026, 5, 4, 6, 0)


def _brief(rng: random.Random, n: int) -> str:
    """A local-news brief from one template: the town's stock lines, a different name, street and day."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    day = 1 + n % 28
    return "\n\n".join([
        f"{name}, {20 + n % 50}, was shot on {rng.choice(STREETS)} in Harlow Vale on June {day}, police said.",
        "Anyone with information about the shooting in Harlow Vale is asked to call the county police line.",
        f"Neighbours of {rng.choice(FIRST)} {rng.choice(LAST)} heard {2 + n % 7} shots shortly after "
        f"{1 + n % 12} o'clock.",
    ])


def _article(text: str, source: str, when: datetime) -> Article:
    return Article(id=article_id(text, source), text=text, source=source, published=when.isoformat() + "+00:00")


def _signature(text: str, cfg) -> minhash.np.ndarray:
    return minhash.signature(sorted(shingles(sentences(text, cfg.min_sentence_tokens), cfg.shingle_words)),
                             cfg.num_perm)


def test_a_bucket_keeps_its_most_recent_members_whatever_the_insertion_order() -> None:
    cfg = default_settings().dedup
    sig = _signature(_brief(random.Random(1), 1), cfg)
    members = [(f"k{i:02d}", f"2026-05-{10 + i:02d}T08:00:00Z") for i in range(12)] + [("undated", None)]
    forward, backward = (minhash.LshIndex(cfg.lsh_threshold, cfg.num_perm, 5) for _ in range(2))
    for key, when in members:
        forward.insert(key, sig, when)
    for key, when in reversed(members):
        backward.insert(key, sig, when)
    assert forward.query(sig) == backward.query(sig) == {"k07", "k08", "k09", "k10", "k11"}
    assert forward.tables == backward.tables
    assert max(forward.bucket_sizes()) == 5 and len(forward) == 13  # every key stays known as indexed


def test_candidate_counts_stay_bounded_as_the_store_grows() -> None:
    """Template briefs share bands: uncapped, a new brief's LSH hits grow with the store (here
    fourfold from 600 to 2,400 briefs); capped, each bucket stops at the cap, so the hits stay under
    bands x cap and grow only while a template's rarer buckets (a street, a name) fill."""
    cfg = default_settings().dedup
    cap = 4
    rng = random.Random(7)
    sigs = [_signature(_brief(rng, n), cfg) for n in range(2400)]
    probes = [_signature(_brief(random.Random(100 + k), 1000 + k), cfg) for k in range(20)]
    counts: dict[int | None, list[int]] = {}
    for bound in (None, cap):
        lsh = minhash.LshIndex(cfg.lsh_threshold, cfg.num_perm, bound)
        for i, sig in enumerate(sigs):
            lsh.insert(f"a{i:05d}", sig, (T0 + timedelta(hours=i)).isoformat())
            if i + 1 in (600, 2400):
                counts.setdefault(bound, []).append(sum(len(lsh.query(p)) for p in probes))
        if bound is not None:
            assert max(lsh.bucket_sizes()) == cap
            assert all(len(lsh.query(p)) <= lsh.bands * cap for p in probes)
    assert counts[None][1] > 3.5 * counts[None][0]  # the growth the cap removes is there
    assert counts[cap][1] < 2 * counts[cap][0]       # measured: 1.5x (uncapped 4x)
    assert counts[cap][1] < counts[None][1] / 5


def _write(store: Store, items: list[Article], size: int = 32) -> None:
    for i in range(0, len(items), size):
        store.write_batch([CodedArticle(article=a) for a in items[i:i + size]],
                          after_write=dedup.store_hook(SETTINGS))


# only LSH hits are candidates (a hit scores lsh_hit_weight, 100; a shared sentence fingerprint 1), so
# the tests below see the LSH path alone: sentence fingerprints would find these exact copies anyway
LSH_ONLY = {"min_shared_fingerprints": 100}
SETTINGS = load_settings(overrides={"dedup": {**LSH_ONLY, "lsh_bucket_cap": 8}})


def test_a_late_copy_meets_its_original_behind_twice_the_cap_of_template_briefs(tmp_path) -> None:
    """The original is a template brief; 2K later briefs of the same template that share a band with
    it push it out of that band's bucket; its copy, published after all of them, still finds it in
    the bands they do not crowd. (The limit: a copy is missed only when every band it shares with its
    original also holds K members published after the original, the copy included.)"""
    cfg = SETTINGS.dedup
    cap = cfg.lsh_bucket_cap
    rng = random.Random(3)
    original = _article(_brief(rng, 0), "valley-news.example", T0)
    bands = minhash.LshIndex(cfg.lsh_threshold, cfg.num_perm)._band_keys
    own = bands(_signature(original.text, cfg))
    pool = [_brief(rng, n) for n in range(1, 1600)]
    shared = [[j for j, (x, y) in enumerate(zip(own, bands(_signature(t, cfg)), strict=True)) if x == y]
              for t in pool]
    crowded = max(range(len(own)), key=lambda j: sum(j in js for js in shared))
    chosen = [t for t, js in zip(pool, shared, strict=True) if crowded in js][:2 * cap]
    assert len(chosen) == 2 * cap
    briefs = [_article(t, f"outlet{n % 5}.example", T0 + timedelta(hours=n + 1)) for n, t in enumerate(chosen)]
    copy = _article(original.text, "aggregator.example", T0 + timedelta(days=2 + 2 * cap))
    with Store(tmp_path / "t.duckdb") as store:
        _write(store, [original, *briefs, copy])
        lsh = copies.LSH_CACHE.get(dedup.DuckDBDedupStore(store.con), cfg)
        held = [original.id in {k for _, k in t.get(b, ())} for t, b in zip(lsh.tables, own, strict=True)]
        assert not held[crowded]  # the briefs did push the original out of the band they share ...
        assert any(held)          # ... not out of those only it and its copy share
        assert store.con.execute("SELECT original_id FROM article_copies WHERE article_id = ?",
                                 [copy.id]).fetchall() == [(original.id,)]


WIRE = ["Gunmen attacked a convoy of the Sahel Relief Alliance near Tessit on Thursday, the group said.",
        "Two drivers named as Moussa Diarra and Idrissa Kone were killed and four guards were wounded.",
        "Alliance coordinator Fatou Sangare said the trucks carried grain for displaced families in Ansongo.",
        "The convoy had left Gao at dawn under an escort agreed with the local truce committee.",
        "\"Nobody has claimed the attack,\" Sangare told reporters by telephone from Bamako."]


def _wire(text: str, source: str, when: datetime) -> CodedArticle:
    a = _article(text, source, when)
    e = Event(id="e" + a.id[1:12], article_id=a.id, event="ASSAULT", mode="firearms", sentence=WIRE[0],
              date="2026-05-07", date_precision="day", date_source="text",
              location=EventLocation(name="Tessit", lat=15.01, lon=0.97, country="MLI", precision="city"),
              modality=Modality(claimed=True, claimant="Sahel Relief Alliance"))
    return CodedArticle(article=a, events=[e])


def _forty_copies(tmp_path, settings) -> tuple[set[str], list[tuple[int, int]]]:
    """The originals that forty republications of one wire story link to, and the incident's
    (articles, independent sources)."""
    text = "\n\n".join(WIRE)
    items = [_wire(text, "sahelwire.example", T0)]
    items += [_wire(text, f"republisher{i:02d}.example", T0 + timedelta(minutes=20 * (i + 1))) for i in range(40)]
    tmp_path.mkdir()
    with Store(tmp_path / "t.duckdb") as store:
        for i in range(0, len(items), 8):
            store.write_batch(items[i:i + 8], after_write=dedup.store_hook(settings))
        direct = {a for (a,) in store.con.execute("SELECT article_id FROM article_copies WHERE original_id = ?",
                                                  [items[0].article.id]).fetchall()}
        return direct, store.con.execute("SELECT n_articles, n_independent_sources FROM clusters").fetchall()


def test_forty_copies_of_one_wire_story_are_one_incident_with_one_source(tmp_path) -> None:
    """With the shipped cap the original stays in every bucket while forty copies of it arrive, so
    each copy links to it directly and the incident counts one independent source (LSH hits only, as
    for copies edited in every sentence, which share no sentence fingerprint)."""
    cap = default_settings().dedup.lsh_bucket_cap
    assert cap >= 41  # the original and forty copies share every bucket
    lsh_only = load_settings(overrides={"dedup": LSH_ONLY})
    direct, incidents = _forty_copies(tmp_path / "shipped", lsh_only)
    assert len(direct) == 40 and incidents == [(41, 1)]
    # the limit: with a cap of 16 the later copies no longer meet the original, only other copies,
    # and the copies they are credited to count as sources of their own
    small = load_settings(overrides={"dedup": {**LSH_ONLY, "lsh_bucket_cap": 16}})
    direct, incidents = _forty_copies(tmp_path / "small", small)
    assert len(direct) == 15 and incidents[0][0] == 41 and incidents[0][1] > 1
