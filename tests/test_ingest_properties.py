"""Property tests: untrusted bytes and strings never crash the readers or the cleaner."""

from __future__ import annotations

import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from truce.config import TruceConfig
from truce.ingest import read_text
from truce.ingest.clean import clean_article
from truce.ingest.jsonl_reader import read_jsonl
from truce.ingest.lines import is_body_sentence
from truce.ingest.sources import read_stream
from truce.records import Article, Skipped

SETTINGS = settings(max_examples=int(os.environ.get("TRUCE_HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = ["army", "rebels", "talks", "village", "said", "truce", "Monday", "share", "read", "more",
         "follow", "click", "the", "in", "on", "officials", "border", "forces", "agreed", "subscribe"]

word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=9, max_size=20).map(lambda ws: " ".join(ws).capitalize() + ".")
furniture = st.sampled_from(["Share", "Advertisement", "Read more: Talks resume", "Follow us on X",
                             "Subscribe now", "Click here", "© 2024 Wire", "Floods Hit Valley", ""])
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=3), max_leaves=8)


@SETTINGS
@given(st.binary(max_size=2000))
def test_jsonl_reader_random_bytes(data):
    items = list(read_jsonl(io.BytesIO(data), "x.jsonl", TruceConfig(max_bytes=500)))
    assert all(isinstance(i, Article | Skipped) for i in items)
    assert len(items) <= data.count(b"\n") + 1


@SETTINGS
@given(st.lists(st.dictionaries(st.sampled_from(["text", "title", "url", "published", "source"]), json_value),
                max_size=5))
def test_jsonl_reader_random_records(records):
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    items = list(read_jsonl(io.BytesIO(data), "x.jsonl", TruceConfig()))
    assert len(items) == len(records)
    assert all(isinstance(i, Article | Skipped) for i in items)


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_stream_random_bytes(data):
    items = list(read_stream(io.BytesIO(data), "<stdin>", TruceConfig(max_bytes=2000)))
    assert all(isinstance(i, Article | Skipped) for i in items)


@SETTINGS
@given(st.text(max_size=1500))
def test_text_reader_and_clean_random_text(text):
    article = clean_article(read_text(text))
    assert isinstance(article, Article)
    assert all(is_body_sentence(r.text) is False or r.reason.startswith("boilerplate:")
               for r in article.removed)
    before = sorted(line.strip() for line in text.splitlines() if line.strip())
    after = sorted([line for line in article.text.splitlines() if line] + [r.text for r in article.removed])
    assert before == after


@SETTINGS
@given(st.lists(sentence | furniture, max_size=25))
def test_clean_never_loses_a_body_sentence(lines):
    text = "\n".join(lines)
    article = clean_article(read_text(text))
    kept = article.text.splitlines()
    for line in lines:
        if is_body_sentence(line):
            assert line in kept
    # every non-blank input line is either kept or recorded as removed
    before = sorted(line.strip() for line in lines if line.strip())
    after = sorted([line for line in kept if line] + [r.text for r in article.removed])
    assert before == after
