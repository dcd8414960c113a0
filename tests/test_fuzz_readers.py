"""Fuzzing every reader and the truce-file parser: no traceback, no good item lost, a consistent store.

The cases come from ``tests/fuzzcases.py`` (hostile files around good items), drawn by
hypothesis through ``st.randoms`` so a failure shrinks to a small file. CI runs a bounded,
fixed set of examples (``TRUCE_HYPOTHESIS_EXAMPLES``, default 25 per test); the larger run
(``TRUCE_HYPOTHESIS_RANDOM=1``) and the figures are in docs/ingest.md (``benchmarks/fuzz_ingest.py``).
"""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzzcases
from truce.config import TruceConfig
from truce.errors import TruceError
from truce.ingest import read_sources
from truce.ingest.clean import clean_article
from truce.ingest.sources import read_stream
from truce.monitor import TruceFileError, loads_truce
from truce.records import Article, CodedArticle, Skipped
from truce.store import Store

EXAMPLES = int(os.environ.get("TRUCE_HYPOTHESIS_EXAMPLES", "25"))
# The same examples every run (a CI failure is then a change in truce, not a new draw), unless
# TRUCE_HYPOTHESIS_RANDOM=1 asks for fresh ones, as the larger documented run does.
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("TRUCE_HYPOTHESIS_RANDOM"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
randoms = st.randoms(use_true_random=False)


def check_items(items: list, case: fuzzcases.Case) -> list[Article]:
    """Every item typed; every good marker in exactly one article; each article storable and cleanable."""
    assert all(isinstance(i, Article | Skipped) for i in items)
    articles = [i for i in items if isinstance(i, Article)]
    for mark in case.good:
        holders = [a for a in articles if mark in a.text]
        assert len(holders) == 1, f"good item {mark} lost or doubled; items: {[getattr(i, 'kind', 'article') for i in items]}"
    for item in items:
        for text in (item.origin, getattr(item, "text", ""), getattr(item, "message", ""), getattr(item, "title", "") or ""):
            text.encode("utf-8")  # storable: no lone surrogates anywhere
        if isinstance(item, Article):
            clean_article(item)
    return articles


def read_both_ways(case: fuzzcases.Case, tmp: Path) -> list:
    """Read the case as a file and as standard input: both must give the same items."""
    path = tmp / case.name
    path.write_bytes(case.data)
    from_file = list(read_sources([path]))
    from_stdin = list(read_stream(io.BytesIO(case.data), "<stdin>", TruceConfig(), name=case.name))
    assert [getattr(i, "kind", "article") for i in from_file] == [getattr(i, "kind", "article") for i in from_stdin]
    return from_file


@pytest.mark.parametrize("reader", sorted(fuzzcases.READERS))
@FUZZ
@given(rng=randoms)
def test_fuzzed_reader_never_raises_and_keeps_every_good_item(reader, rng, tmp_path_factory):
    case = fuzzcases.READERS[reader](rng)
    check_items(read_both_ways(case, tmp_path_factory.mktemp("f")), case)


@FUZZ
@given(rng=randoms, reader=st.sampled_from(["jsonl", "html", "text", "table", "feed"]))
def test_fuzzed_gzipped_input_is_read_like_the_plain_file(rng, reader, tmp_path_factory):
    case = fuzzcases.READERS[reader](rng)
    plain = [getattr(i, "kind", "article") for i in read_both_ways(case, tmp_path_factory.mktemp("p"))]
    zipped = fuzzcases.gzipped(case)
    items = read_both_ways(zipped, tmp_path_factory.mktemp("z"))
    check_items(items, zipped)
    assert [getattr(i, "kind", "article") for i in items] == plain


@FUZZ
@given(data=st.binary(max_size=4000), name=st.sampled_from(["in", "in.txt", "in.html", "in.jsonl", "in.xml",
                                                               "in.warc", "in.warc.gz", "in.csv", "in.gz"]))
def test_random_bytes_under_any_name_never_raise(data, name, tmp_path_factory):
    case = fuzzcases.Case(name, data, [])
    check_items(read_both_ways(case, tmp_path_factory.mktemp("b")), case)


@FUZZ
@given(rng=randoms)
def test_fuzzed_folder_stores_consistently(rng, tmp_path_factory):
    """Everything read from a folder of hostile files goes into one store; nothing is lost or doubled."""
    tmp = tmp_path_factory.mktemp("d")
    folder = tmp / "in"
    folder.mkdir()
    cases = [fuzzcases.READERS[name](rng, tag) for name, tag in zip(rng.sample(sorted(fuzzcases.READERS), k=3), "abc", strict=False)]
    for i, case in enumerate(cases):
        (folder / f"{i}-{case.name}").write_bytes(case.data)
    items = list(read_sources([folder]))
    articles = check_items(items, fuzzcases.Case("", b"", [m for c in cases for m in c.good]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    with Store(tmp / "s.duckdb") as store:
        added = store.write_batch([CodedArticle(article=a) for a in articles], skipped)
        counts = store.counts()
    assert added == len({a.id for a in articles}) == counts["articles"]
    assert sum(counts["skipped"].values()) == len(skipped)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 5))
@given(rng=randoms)
def test_fuzzed_folder_ingests_through_every_stage(rng, tmp_path_factory):
    """The whole run (read, code, store, dedup) over hostile files: it ends, and the store holds what was read."""
    from truce.runner import ingest

    tmp = tmp_path_factory.mktemp("i")
    folder = tmp / "in"
    folder.mkdir()
    cases = [fuzzcases.READERS[name](rng, tag) for name, tag in zip(rng.sample(sorted(fuzzcases.READERS), k=2), "ab",
                                                                       strict=False)]
    for i, case in enumerate(cases):
        (folder / f"{i}-{case.name}").write_bytes(case.data)
    items = list(read_sources([folder]))
    summary = ingest([folder], tmp / "s.duckdb")
    assert summary.read == sum(isinstance(i, Article) for i in items)
    with Store(tmp / "s.duckdb", read_only=True) as store:
        counts = store.counts()
    failed = summary.skipped.get("internal-error", 0)  # a stage's bug on one article: skipped, the run goes on
    assert counts["articles"] == len({i.id for i in items if isinstance(i, Article)}) - failed
    assert sum(counts["skipped"].values()) == sum(summary.skipped.values())


@FUZZ
@given(rng=randoms)
def test_fuzzed_truce_file_is_a_truce_or_a_truce_file_error(rng):
    text = fuzzcases.truce_case(rng)
    try:
        loads_truce(text, "fuzzed.yaml")
    except (TruceFileError, TruceError) as exc:
        assert "fuzzed.yaml" in str(exc)


def test_the_generators_make_what_they_promise():
    """A fixed seed: the good items of each kind of case really are read (the fuzz tests are not vacuous)."""
    rng = random.Random(1616)
    found = 0
    for make in fuzzcases.READERS.values():
        for _ in range(10):
            case = make(rng)
            items = list(read_stream(io.BytesIO(case.data), "<t>", TruceConfig(), name=case.name))
            found += len(check_items(items, case)) and len(case.good)
    assert found >= 60
