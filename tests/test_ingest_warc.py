"""WARC and WARC.gz: HTML responses only, url and dates, truncation keeps what was read."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from truce.config import TruceConfig
from truce.ingest import read_sources
from truce.records import Article, Skipped

BODY = ("Government forces and rebel fighters in the fictional province of Norland exchanged fire "
        "on Sunday near the river crossing, local officials said.")
BODY2 = ("The clashes came two days after both sides agreed to observe a pause in fighting for "
         "the harvest season, according to a statement from mediators.")


def page(n: int, head: str = "") -> str:
    return (f"<html><head><title>Story {n} on the crossing</title>{head}</head><body><article>"
            f"<p>{BODY} Item {n}.</p><p>{BODY2}</p></article></body></html>")


def warc_bytes(pages: list[tuple[str, str]], gzip: bool, date: str = "2024-06-01T12:00:00Z") -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, html in pages:
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url + ".png", "response", payload=io.BytesIO(b"\x89PNG...."),
                                                      http_headers=image))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                      http_headers=headers, warc_headers_dict={"WARC-Date": date}))
    return buffer.getvalue()


def pages_only(items):
    """The items other than the not-html skips of the PNG responses every test archive holds."""
    return [i for i in items if not (isinstance(i, Skipped) and i.kind == "not-html")]


PAGES = [
    ("https://www.post.example/2023/07/04/one", page(1)),
    ("https://www.post.example/two", page(2, "<meta property='article:published_time' content='2023-05-05'>")),
    ("https://www.post.example/three", page(3)),
]


@pytest.mark.parametrize("gzip,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_warc_reads_html_responses(tmp_path, gzip, name):
    path = tmp_path / name
    path.write_bytes(warc_bytes(PAGES, gzip))
    everything = list(read_sources([path], TruceConfig()))
    items = pages_only(everything)
    images = [i for i in everything if i not in items]  # each PNG response is a not-html skip
    assert [i.origin for i in images] == [f"{path}#{u}.png" for u, _ in PAGES]
    assert all("image/png" in i.message for i in images)
    assert all(isinstance(i, Article) for i in items)
    assert [i.url for i in items] == [u for u, _ in PAGES]
    assert items[0].origin == f"{path}#https://www.post.example/2023/07/04/one"
    assert items[0].fmt == "warc" and items[0].source == "post.example"
    assert (items[0].published, items[0].published_source) == ("2023-07-04", "url")
    assert (items[1].published, items[1].published_source) == ("2023-05-05", "metadata")
    # nothing in page or url: the crawl date is the weak fallback
    assert items[2].published == "2024-06-01T12:00:00+00:00"
    assert items[2].meta["published_from"] == "warc-date"


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("fraction", [0.55, 0.8, 0.999])
def test_truncated_warc_keeps_records_read(tmp_path, gzip, fraction):
    data = warc_bytes(PAGES, gzip)
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(data[: int(len(data) * fraction)])
    items = pages_only(read_sources([path], TruceConfig()))
    *articles, last = items
    assert all(isinstance(a, Article) for a in articles)
    assert len(articles) <= 3
    if fraction > 0.9 and not gzip:  # cut inside the last record: it is dropped
        assert len(articles) == 2
    assert isinstance(last, Skipped) and last.kind == "truncated" and last.origin == str(path)


def test_corrupt_gzip_warc(tmp_path):
    data = bytearray(warc_bytes(PAGES, True))
    data[len(data) // 2: len(data) // 2 + 40] = b"\x00" * 40
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(bytes(data))
    items = pages_only(read_sources([path], TruceConfig()))
    assert isinstance(items[-1], Skipped) and items[-1].kind == "truncated"
    assert any(isinstance(i, Article) for i in items)


def test_warc_record_over_limit(tmp_path):
    path = tmp_path / "c.warc"
    path.write_bytes(warc_bytes([("https://x.example/a", page(1)), ("https://x.example/b", page(2) + " " * 5000)],
                                False))
    first, second = pages_only(read_sources([path], TruceConfig(max_bytes=4000)))
    assert isinstance(first, Article)
    assert isinstance(second, Skipped) and second.kind == "too-large" and second.origin.endswith("#https://x.example/b")


def test_http_charset_header_decodes_record(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    html = page(1).replace("Item 1.", "Item 1 at the caf\xe9.")
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=ISO-8859-1")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a", "response",
                                                  payload=io.BytesIO(html.encode("latin-1")), http_headers=headers))
    path = tmp_path / "l.warc"
    path.write_bytes(buffer.getvalue())
    [article] = read_sources([path], TruceConfig())
    assert isinstance(article, Article) and "café" in article.text
