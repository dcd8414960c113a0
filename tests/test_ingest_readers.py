"""Readers: text, HTML, JSONL, RSS, directories, stdin, sniffing."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from truce.config import JsonlFields, TruceConfig
from truce.ids import article_id
from truce.ingest import read_sources, read_text
from truce.records import Article, Skipped

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
BODY = ("Government forces and rebel fighters in the fictional province of Norland exchanged fire "
        "on Sunday near the river crossing, local officials said.")
BODY2 = ("The clashes came two days after both sides agreed to observe a pause in fighting for "
         "the harvest season, according to a statement from mediators.")


def read_all(*paths, **config) -> list[Article | Skipped]:
    return list(read_sources([str(p) for p in paths], TruceConfig(**config)))


def test_text_file_title_and_id(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"Clashes near river crossing\n\n{BODY}\n\n{BODY2}\n", encoding="utf-8")
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.title == "Clashes near river crossing"
    assert article.headlines == ["Clashes near river crossing"]
    assert article.fmt == "text" and article.origin == str(path)
    assert article.id == article_id(path.read_text(encoding="utf-8"))
    assert article.language == "en"
    assert article.published is None and article.published_source == "unknown"


def test_text_without_headline_has_no_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"{BODY}\n{BODY2}\n", encoding="utf-8")
    [article] = read_all(path)
    assert article.title is None


def test_user_date_fills_only_when_nothing_else_known(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": BODY, "published": "2023-02-03"}) + "\n")
    text, jsonl = read_all(tmp_path / "a.txt", tmp_path / "b.jsonl", published="2024-01-15")
    assert (text.published, text.published_source) == ("2024-01-15", "user")
    assert (jsonl.published, jsonl.published_source) == ("2023-02-03", "metadata")


def test_html_page_fields():
    [article] = read_all(FIXTURES / "page.html")
    assert article.fmt == "html"
    assert "three-day truce" in article.text
    assert "Home World Sport" not in article.text
    assert article.title == "Rebels agree to truce in northern province"
    assert article.headlines[0] == article.title
    assert article.url == "https://www.dailyplanet.example/world/2024/03/05/rebels-truce"
    assert article.source == "dailyplanet.example"
    # article:published_time keeps its time and offset (htmldate alone would give the day only)
    assert (article.published, article.published_source) == ("2024-03-05T08:30:00+00:00", "metadata")


def test_html_date_from_url_when_no_metadata(tmp_path):
    html = (f"<html><head><title>Clashes near crossing</title>"
            f"<link rel='canonical' href='https://times.example/2022/11/09/clashes'></head>"
            f"<body><article><p>{BODY}</p><p>{BODY2}</p></article></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    [article] = read_all(tmp_path / "p.html")
    assert (article.published, article.published_source) == ("2022-11-09", "url")


def test_html_declared_charset(tmp_path):
    html = (f"<html><head><meta charset='windows-1252'><title>Caf\xe9 talks</title></head>"
            f"<body><article><p>{BODY} The caf\xe9 owner said.</p><p>{BODY2}</p></article></body></html>")
    (tmp_path / "p.html").write_bytes(html.encode("cp1252"))
    [article] = read_all(tmp_path / "p.html")
    assert isinstance(article, Article) and "café owner" in article.text


def test_jsonl_fields_lines_and_bad_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"body": BODY, "headline": "Clashes near crossing", "link": "https://www.wire.example/x",
                         "date": "2024-05-06T10:00:00Z"}),
             "{not json",
             "",
             json.dumps({"body": BODY2, "outlet": "Fictional Wire"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fields = JsonlFields(text="body", title="headline", url="link", published="date", source="outlet")
    first, bad, second = read_all(path, jsonl_fields=fields)
    assert first.origin == f"{path}:1" and first.fmt == "jsonl"
    assert first.title == "Clashes near crossing" and first.source == "wire.example"
    assert first.published == "2024-05-06T10:00:00+00:00" and first.published_source == "metadata"
    assert isinstance(bad, Skipped) and bad.kind == "malformed-jsonl" and bad.message.startswith("line 2:")
    assert bad.origin == f"{path}:2"
    assert second.origin == f"{path}:4" and second.source == "Fictional Wire"


def test_jsonl_non_object_and_missing_text(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "' + BODY + '"}\n[1, 2]\n{"title": "no body"}\n', encoding="utf-8")
    ok, array, missing = read_all(path)
    assert isinstance(ok, Article)
    assert array.kind == "malformed-jsonl" and "line 2" in array.message
    assert missing.kind == "malformed-jsonl" and "line 3" in missing.message


def test_rss_feed_entries():
    items = read_all(FIXTURES / "feed.xml")
    first, empty, second = items
    assert first.fmt == "rss" and first.title == "Talks resume in Norland"
    assert first.origin.endswith("#https://wire.example/2024/05/01/talks-resume")
    assert first.published.startswith("2024-05-01") and first.published_source == "metadata"
    assert "resumed talks" in first.text and "\n" in first.text
    # an item with only a headline is coded from its title (issue 16)
    assert isinstance(empty, Article) and empty.text == "Empty item" and empty.meta["text_from"] == "title"
    assert second.published is None and second.source == "wire.example"


def test_rss_pubdate_keeps_the_publisher_offset(tmp_path):
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><item><title>Port reopens</title>"
            "<link>https://wire.example/port</link><pubDate>Sun, 01 Mar 2026 21:00:00 +0200</pubDate>"
            "<description>The port of Norhaven reopened on Sunday after a week of strikes, officials said."
            "</description></item></channel></rss>")
    (tmp_path / "f.xml").write_text(feed, encoding="utf-8")
    [item] = read_all(tmp_path / "f.xml")
    assert (item.published, item.published_source) == ("2026-03-01T21:00:00+02:00", "metadata")


def test_html_published_time_kept_only_when_it_agrees_with_the_page_date(tmp_path):
    body = "<p>" + "Talks between the two delegations resumed on Monday in the capital, officials said. " * 3
    page = ("<html><head><title>Talks resume</title>"
            "<meta property='article:published_time' content='2025-06-02T07:45:00-04:00'></head>"
            f"<body><article><h1>Talks resume</h1>{body}</p></article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [item] = read_all(tmp_path / "a.html")
    assert (item.published, item.published_source) == ("2025-06-02T07:45:00-04:00", "metadata")


def test_directory_recursive_sorted_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY2)
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / ".git" / "x.txt").write_text(BODY)
    (tmp_path / "notes").write_text(BODY)  # no extension: sniffed as text
    origins = [item.origin for item in read_all(tmp_path)]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), str(tmp_path / "notes")]


def test_sniffing_beats_extension(tmp_path):
    (tmp_path / "page.txt").write_text(Path(FIXTURES / "page.html").read_text())
    (tmp_path / "lines.txt").write_text(json.dumps({"text": BODY}) + "\n")
    (tmp_path / "feed.html").write_bytes((FIXTURES / "feed.xml").read_bytes())
    html, jsonl, *feed = read_all(tmp_path / "page.txt", tmp_path / "lines.txt", tmp_path / "feed.html")
    assert html.fmt == "html" and jsonl.fmt == "jsonl" and {f.fmt for f in feed if isinstance(f, Article)} == {"rss"}


def test_stdin_is_sniffed(monkeypatch):
    data = (json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY2}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = read_all("-")
    assert [i.origin for i in items] == ["<stdin>:1", "<stdin>:2"]


def test_gzipped_jsonl(tmp_path):
    import gzip
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": BODY}) + "\n").encode()))
    [article] = read_all(path)
    assert isinstance(article, Article) and article.fmt == "jsonl"


def test_non_english_is_skipped_with_language(tmp_path):
    pytest.importorskip("py3langid")
    path = tmp_path / "fr.txt"
    path.write_text("Les forces gouvernementales et les rebelles ont échangé des tirs dimanche près du "
                    "pont, selon les autorités locales de la province.", encoding="utf-8")
    [item] = read_all(path)
    assert isinstance(item, Skipped) and item.kind == "non-english"
    assert item.message == "language detected: fr" and item.article_id


@pytest.mark.parametrize("text", ["", BODY, "Clashes near crossing\n" + BODY])
def test_read_text_always_article(text):
    article = read_text(text, published="2024-02-02")
    assert isinstance(article, Article)
    assert (article.published, article.published_source) == ("2024-02-02", "user")
    assert article.origin == "<text>" and article.text == text
