"""The shipped actor lexicon is built once per machine and read from truce's cache folder after that:
what is read must be what a build gives, and a damaged file must cost a build, never an error."""

from __future__ import annotations

import pytest

from truce.actors import lexicon as L


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    key = L.lexicon_cache_key()  # with the machine's gazetteer index (a fresh cache folder would rebuild it)
    monkeypatch.setattr(L, "_cache_path", lambda: tmp_path / f"actor-lexicon-{key}.pickle")
    L._build_lexicon.cache_clear()
    yield tmp_path
    L._build_lexicon.cache_clear()


def test_the_cached_lexicon_is_the_built_one(fresh_cache):
    built = L._shipped_lexicon()
    first = L.load_lexicon()  # builds and writes the file
    (path,) = fresh_cache.glob("actor-lexicon-*.pickle")
    assert path.name == f"actor-lexicon-{L.lexicon_cache_key()}.pickle"
    L._build_lexicon.cache_clear()
    read = L.load_lexicon()  # reads it
    assert read is not first
    assert read.trie.root == built.trie.root == first.trie.root and len(read.trie.root) > 1000
    assert {e.country for e in read.trie.get(L.name_keys("Benghazi"))} == {"LBY"}


def test_a_damaged_cache_file_is_rebuilt(fresh_cache):
    L.load_lexicon()
    (path,) = fresh_cache.glob("actor-lexicon-*.pickle")
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as a full disk would leave it
    L._build_lexicon.cache_clear()
    assert L.load_lexicon().trie.root == L._shipped_lexicon().trie.root
    assert path.stat().st_size > 1000  # written again whole


def test_user_actor_files_are_never_cached(fresh_cache, tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("organisations:\n  - name: Night Owls Brigade\n    country: LBY\n    sector: REB\n", encoding="utf-8")
    lex = L.load_lexicon((str(user),))
    assert lex.trie.get(L.name_keys("Night Owls Brigade"))
    assert not list(fresh_cache.glob("actor-lexicon-*.pickle"))
