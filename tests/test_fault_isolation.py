"""One bad article never ends a run: a stage that raises on it makes it a skip, the others are stored."""

from __future__ import annotations

import json

import pytest

from truce.config import DEFAULT_STAGES, TruceConfig
from truce.pipeline import ContractError, Pipeline, check_contracts
from truce.registry import stages
from truce.runner import ingest
from truce.store import Store

GOOD = ["Rebels shelled an army checkpoint near Sirte on Monday.",
        "The two sides agreed to extend the truce in Geneva on Tuesday."]
BAD = "Troops attacked a village in Kaboomistan on Monday."  # the plugin stage raises on this one


def _corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, text in enumerate([GOOD[0], BAD, GOOD[1]]):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _config(**kw) -> TruceConfig:
    at = DEFAULT_STAGES.index("extract") + 1
    return TruceConfig(plugins=["exploding_stage"], stages=(*DEFAULT_STAGES[:at], "explode-on-marker",
                                                            *DEFAULT_STAGES[at:]), **kw)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_stage_raising_on_one_article_skips_it_and_stores_the_others(tmp_path, processes):
    db = tmp_path / "s.duckdb"
    summary = ingest([_corpus(tmp_path)], db, _config(n_process=processes), batch_size=2)
    assert summary.added == 2 and summary.skipped == {"internal-error": 1}
    (skip,) = summary.skipped_items
    assert skip.stage == "explode-on-marker" and "ZeroDivisionError: a bug in a stage" in skip.message
    assert skip.origin.endswith("a1.txt")
    with Store(db, read_only=True) as store:
        texts = {c.article.text for c in store.read_coded(r[0] for r in store.con.execute(
            "SELECT id FROM articles").fetchall())}
        (stored_skip,) = store.read_skipped()
    assert texts == set(GOOD)
    assert (stored_skip.kind, stored_skip.stage) == ("internal-error", "explode-on-marker")
    again = ingest([_corpus(tmp_path)], db, _config(n_process=processes))  # the bad one is tried again
    assert again.already_stored == 2 and again.skipped == {"internal-error": 1}


def test_the_cli_reports_the_skip_and_exits_0(cli_run, tmp_path, monkeypatch):
    from truce.events import EventExtractor

    original = EventExtractor.extract

    def extract(self, doc, article, *rest):
        if "Kaboomistan" in article.text:
            raise KeyError("boom")
        return original(self, doc, article, *rest)

    monkeypatch.setattr(EventExtractor, "extract", extract)
    result = cli_run("ingest", str(_corpus(tmp_path)), "--db", str(tmp_path / "s.duckdb"), "--json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["articles_added"] == 2 and summary["skipped"] == {"internal-error": 1}
    assert summary["skipped_items"][0]["stage"] == "extract"


def test_a_failed_parse_of_one_article_in_a_batch_loses_only_that_article(monkeypatch):
    pipeline = Pipeline(TruceConfig())
    real = pipeline.nlp

    class Flaky:
        meta = real.meta

        def pipe(self, texts, **kw):
            texts = list(texts)
            if any("Kaboomistan" in t for t in texts):
                raise RuntimeError("batch failed")
            return real.pipe(texts, **kw)

        def __call__(self, text):
            if "Kaboomistan" in text:
                raise RuntimeError("parser crashed")
            return real(text)

    from truce.ingest import read_text

    pipeline.nlp = Flaky()
    items = list(pipeline.run([read_text(t) for t in [GOOD[0], BAD, GOOD[1]]]))
    kinds = [getattr(i, "stage", None) if hasattr(i, "kind") else "coded" for i in items]
    assert kinds == ["coded", "parse", "coded"]


def test_a_failed_headline_re_casing_of_one_article_loses_only_that_article(monkeypatch):
    """Re-casing title-cased lines runs before the parse: an error there is the parse's, for one article."""
    from truce.ingest import read_text

    pipeline = Pipeline(TruceConfig())
    original = Pipeline._parse_text

    def parse_text(self, text):
        if "Kaboomistan" in text:
            raise ValueError("re-casing crashed")
        return original(self, text)

    monkeypatch.setattr(Pipeline, "_parse_text", parse_text)
    items = list(pipeline.run([read_text(t) for t in [GOOD[0], BAD, GOOD[1]]]))
    kinds = [getattr(i, "stage", None) if hasattr(i, "kind") else "coded" for i in items]
    assert kinds == ["coded", "parse", "coded"]


def test_stage_contracts_are_checked_when_the_pipeline_is_built():
    check_contracts([stages.get(n) for n in DEFAULT_STAGES])
    with pytest.raises(ContractError, match="'actors' requires events"):
        check_contracts([stages.get("date-article"), stages.get("actors")])
    with pytest.raises(ContractError, match="no stage named"):
        Pipeline(TruceConfig(stages=("extract", "no-such-stage")))


def test_a_stage_runs_alone_from_python(nlp):
    from truce.ingest import read_text
    from truce.pipeline import ArticleContext

    pipeline = Pipeline(TruceConfig(), stages=("date-article", "domain", "extract"))
    article = read_text(GOOD[0], published="2026-03-02")
    ctx = ArticleContext(article=article, doc=nlp(article.text), text=article.text)
    for spec in pipeline.stages:
        spec.run(pipeline.component(spec.component), ctx)
    assert [e.event for e in ctx.events] == ["ASSAULT"] and ctx.places == []


@pytest.mark.parametrize("processes", [1, 2])
def test_dedup_raising_on_one_article_skips_it_and_stores_the_others(tmp_path, monkeypatch, processes):
    """Dedup runs per batch in the store's transaction: the batch is stored again article by article."""
    from truce import dedup

    real = dedup.run

    def run(batch, store, settings=None):
        if any("Kaboomistan" in c.article.text for c in batch):
            raise IndexError("a bug in dedup")
        return real(batch, store, settings)

    monkeypatch.setattr(dedup, "run", run)
    db = tmp_path / "s.duckdb"
    summary = ingest([_corpus(tmp_path)], db, TruceConfig(n_process=processes), batch_size=8)
    assert summary.added == 2 and summary.skipped == {"internal-error": 1}
    (skip,) = summary.skipped_items
    assert skip.stage == "dedup" and "IndexError: a bug in dedup" in skip.message and skip.origin.endswith("a1.txt")
    with Store(db, read_only=True) as store:
        stored = {r[0] for r in store.con.execute("SELECT text FROM articles").fetchall()}
        indexed = store.con.execute("SELECT count(*) FROM dedup_articles").fetchone()[0]
        (stored_skip,) = store.read_skipped()
    assert stored == set(GOOD) and indexed == 2  # the good articles went through dedup too
    assert (stored_skip.kind, stored_skip.stage) == ("internal-error", "dedup")


def test_a_worker_process_that_dies_skips_its_article_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [f"Rebels shelled an army checkpoint near Sirte on day {i}." for i in range(9)]
    texts[4] = "Troops attacked a village in Crashistan on Monday."  # its worker process exits
    for i, text in enumerate(texts):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    at = DEFAULT_STAGES.index("extract") + 1
    config = TruceConfig(n_process=2, plugins=["exploding_stage"],
                         stages=(*DEFAULT_STAGES[:at], "die-on-marker", *DEFAULT_STAGES[at:]))
    db = tmp_path / "s.duckdb"
    summary = ingest([folder], db, config, batch_size=3)
    assert summary.added == 8 and summary.skipped == {"internal-error": 1}
    (skip,) = summary.skipped_items
    assert skip.stage == "worker" and skip.origin.endswith("a4.txt") and "died" in skip.message
