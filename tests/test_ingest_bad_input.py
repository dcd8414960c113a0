"""Bad input: every problem is a clear Skipped with a kind, and the batch goes on."""

from __future__ import annotations

import json
import os

import pytest

from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.records import Article, Skipped

BODY = ("Government forces and rebel fighters in the fictional province of Norland exchanged fire "
        "on Sunday near the river crossing, local officials said.")


def read_all(paths, **config):
    return list(read_sources([str(p) for p in paths], TruceConfig(**config)))


def with_good_file(tmp_path, bad_path, **config):
    """The bad file, then a good one: the good one must still be read."""
    good = tmp_path / "zz_good.txt"
    good.write_text(BODY, encoding="utf-8")
    *bad, last = read_all([bad_path, good], **config)
    assert isinstance(last, Article) and last.origin == str(good)
    return bad


def test_missing_file(tmp_path):
    [item] = with_good_file(tmp_path, tmp_path / "nope.txt")
    assert item.kind == "unreadable" and "No such file" in item.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(BODY)
    path.chmod(0)
    [item] = with_good_file(tmp_path, path)
    assert item.kind == "unreadable"


def test_unreadable_special_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [item] = with_good_file(tmp_path, fifo)
    assert item.kind == "unreadable" and "regular file" in item.message


@pytest.mark.parametrize("data,needle", [
    (b"%PDF-1.7\n" + b"x" * 50, "PDF"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
    (b"some text\x00\x01\x02 more", "the first at offset 9"),
])
def test_binary_files(tmp_path, data, needle):
    path = tmp_path / "thing.txt"
    path.write_bytes(data)
    [item] = with_good_file(tmp_path, path)
    assert item.kind == "binary" and needle in item.message


def test_undecodable_bytes_name_the_offset(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(b"Talks on Monday. " + bytes(range(0x80, 0x100)) * 3)
    [item] = with_good_file(tmp_path, path)
    assert item.kind == "encoding" and "byte offset 17" in item.message


def test_windows_1252_text_is_read_with_a_guessed_encoding(tmp_path):
    """Issue 16: a Windows-1252 file was dropped as 'encoding'; now it is read and the guess recorded."""
    path = tmp_path / "latin.txt"
    path.write_bytes(f"{BODY} The caf\xe9 owner said the \u201cceasefire\u201d held.".encode("cp1252"))
    [item] = read_all([path])
    assert isinstance(item, Article) and "café owner" in item.text and "“ceasefire”" in item.text
    assert item.meta["encoding"] == "cp1252" and item.meta["encoding_guessed"] is True


def test_utf16_with_bom_is_text(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(BODY.encode("utf-16"))
    [item] = read_all([path])
    assert isinstance(item, Article) and item.text == BODY


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_files(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    [item] = with_good_file(tmp_path, path)
    assert item.kind == "empty"


def test_too_large_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b"Big file. " * 1000)  # a text head, so sniffing sees text
        f.truncate(10 * 1024 * 1024)  # the rest is sparse: costs no disk
    from truce.ingest import sources

    def fail(*args, **kwargs):
        raise AssertionError("a too-large file must not be read")

    monkeypatch.setattr(sources, "read_bounded", fail)
    [item] = read_all([path], max_bytes=1024 * 1024)
    assert item.kind == "too-large" and str(10 * 1024 * 1024) in item.message


def test_too_large_stream_reads_at_most_limit(tmp_path):
    import gzip
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"The talks went on. " * 10000))
    [item] = read_all([path], max_bytes=5000)
    assert item.kind == "too-large"


def test_huge_jsonl_streams_and_checks_each_line(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"text": BODY}) + "\n")
        f.write(json.dumps({"text": "x " * 5000}) + "\n")  # one line over the limit
        for _ in range(50):
            f.write(json.dumps({"text": BODY}) + "\n")
    items = read_all([path], max_bytes=2000)
    assert len(items) == 52
    assert items[1].kind == "too-large" and items[1].origin == f"{path}:2" and "line 2" in items[1].message
    assert all(isinstance(i, Article) for i in items[:1] + items[2:])


def test_jsonl_invalid_utf8_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_bytes(json.dumps({"text": BODY}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    ok, bad = read_all([path])
    assert isinstance(ok, Article) and bad.kind == "encoding" and bad.message.startswith("line 2:")


def test_html_without_main_text(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    [item] = with_good_file(tmp_path, path)
    assert item.kind == "no-main-text"


def test_truncated_gzip_text(tmp_path):
    import gzip
    path = tmp_path / "t.txt.gz"
    path.write_bytes(gzip.compress((BODY * 200).encode())[:200])
    [item] = with_good_file(tmp_path, path)
    assert item.kind == "truncated"


def test_malformed_feed(tmp_path):
    path = tmp_path / "f.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>')
    [item] = with_good_file(tmp_path, path)
    assert isinstance(item, Skipped) and item.kind == "malformed-feed"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_unlistable_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY)
    locked.chmod(0)
    try:
        items = read_all([tmp_path])
    finally:
        locked.chmod(0o755)
    assert items[0].kind == "unreadable" and "cannot list" in items[0].message


def test_permission_denied_simulated(tmp_path, monkeypatch):
    """Runs as root too (CI): the open call is made to fail as it would for another user."""
    from pathlib import Path
    path = tmp_path / "secret.txt"
    path.write_text(BODY)
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    [item] = with_good_file(tmp_path, path)
    assert item.kind == "unreadable" and item.message == "Permission denied"


def test_unlistable_folder_simulated(tmp_path, monkeypatch):
    from truce.ingest import sources
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY)
    (tmp_path / "z.txt").write_text(BODY)
    real_scandir = os.scandir

    def deny(path):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(sources.os, "scandir", deny)
    first, second = read_all([tmp_path])
    assert first.kind == "unreadable" and first.origin == str(locked) and "cannot list" in first.message
    assert isinstance(second, Article)


# -- a bug in a reader ends one input, not the run ------------------------------------------------

def _explode_after_first(real):
    def reader(*args, **kwargs):
        items = real(*args, **kwargs)
        yield next(items)
        raise IndexError("list index out of range")
    return reader


def test_a_reader_bug_on_one_file_is_an_internal_error_skip_and_the_next_files_are_read(tmp_path, monkeypatch):
    import truce.ingest.sources as sources

    monkeypatch.setattr(sources, "read_jsonl", _explode_after_first(sources.read_jsonl))
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    lines = [json.dumps({"text": f"{BODY} Line {i}."}) for i in range(3)]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(BODY + " Again.", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Skipped", "Article"]
    bug = items[2]
    assert bug.kind == "internal-error" and bug.origin == str(tmp_path / "b.jsonl")
    assert "IndexError: list index out of range" in bug.message and "after 1 items" in bug.message
    assert items[3].origin == str(tmp_path / "c.txt")


def test_a_reader_bug_on_stdin_is_a_skip_too(monkeypatch):
    import io

    import truce.ingest.sources as sources

    monkeypatch.setattr(sources, "read_plain", lambda *a, **k: iter([1]).__next__() / 0)
    [item] = list(sources.read_stream(io.BytesIO(BODY.encode()), "<stdin>", TruceConfig()))
    assert item.kind == "internal-error" and "ZeroDivisionError" in item.message


def test_a_read_that_fails_part_way_is_unreadable(tmp_path, monkeypatch):
    import truce.ingest.sources as sources

    def failing(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(sources, "read_plain", failing)
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    [item] = list(read_sources([tmp_path / "a.txt"]))
    assert item.kind == "unreadable" and "Input/output error" in item.message


def test_a_users_mistake_still_ends_the_run(tmp_path):
    from truce.errors import UsageError

    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    with pytest.raises(UsageError):
        list(read_sources([tmp_path], TruceConfig(published="not a date")))
