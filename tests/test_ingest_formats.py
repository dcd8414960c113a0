"""Failures users met on real files (issue 16), each with fictional fixtures made here."""

from __future__ import annotations

import gzip
import io
import json
import random

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from truce.config import JsonlFields, TruceConfig
from truce.ingest import read_sources
from truce.ingest.clean import clean_article
from truce.ingest.sources import read_stream
from truce.records import Article, Skipped

BODY = ("Government forces and rebel fighters in the fictional province of Norland exchanged fire "
        "on Sunday near the river crossing, local officials said.")
BODY2 = ("The clashes came two days after both sides agreed to observe a pause in fighting for "
         "the harvest season, according to a statement from mediators.")
WORDS = ["army", "rebels", "talks", "village", "said", "truce", "border", "forces", "agreed", "officials", "convoy", "shelled", "district", "mediators", "harvest", "river", "crossing", "statement", "province", "ceasefire", "monitors"]


def kinds(items):
    return [i.kind if isinstance(i, Skipped) else "article" for i in items]


def long_page(n: int, rng: random.Random, paragraphs: int = 12) -> str:
    """A page of ~300 KB, as real pages are: a short story and a large script (both compress ~8:1)."""
    paras = "".join(f"<p>{BODY} {' '.join(rng.choices(WORDS, k=80))}.</p>" for _ in range(paragraphs))
    script = " ".join(rng.choices(WORDS, k=40_000))
    return (f"<html><head><title>Story {n} from the crossing</title><script>var related = '{script}';</script>"
            f"</head><body><article>{paras}</article></body></html>")


def warc_gz(pages: list[tuple[str, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buffer.getvalue()


# -- WARC.gz -------------------------------------------------------------------------------------

def test_valid_multi_member_warc_gz_with_large_pages_is_not_truncated(tmp_path):
    """The hand-written gzip check misread members larger than its 64 KB step as corrupt."""
    rng = random.Random(16)
    pages = [(f"https://post.example/2024/05/0{i}/story", long_page(i, rng)) for i in range(1, 5)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_gz(pages))
    items = list(read_sources([path]))
    assert kinds(items) == ["article"] * 4
    assert [i.url for i in items] == [u for u, _ in pages]


def test_warc_gz_cut_inside_a_large_member_is_truncated_after_the_whole_ones(tmp_path):
    rng = random.Random(17)
    data = warc_gz([(f"https://post.example/{i}", long_page(i, rng)) for i in range(1, 4)])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * 0.9)])
    items = list(read_sources([path]))
    assert kinds(items) == ["article", "article", "truncated"]
    assert "gzip" in items[-1].message


def test_non_html_warc_response_is_a_not_html_skip(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://post.example/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG\r\n\x1a\n...."), http_headers=image))
    path = tmp_path / "one.warc"
    path.write_bytes(buffer.getvalue())
    [item] = read_sources([path])
    assert item.kind == "not-html" and "image/png" in item.message and item.origin.endswith("#https://post.example/logo.png")


# -- CSV / TSV -----------------------------------------------------------------------------------

def test_csv_rows_are_articles_read_with_the_jsonl_field_options(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text('id,headline,body,link,date\n'
                    f'1,Clashes at the crossing,"{BODY}\n\n{BODY2}",https://post.example/a,2024-05-02\n'
                    f'2,Talks resume,"{BODY2}",https://post.example/b,2024-05-03\n'
                    '3,Empty,,https://post.example/c,2024-05-04\n', encoding="utf-8")
    fields = JsonlFields(text="body", title="headline", url="link", published="date")
    items = list(read_sources([path], TruceConfig(jsonl_fields=fields)))
    assert kinds(items) == ["article", "article", "empty"]
    first, second, empty = items
    assert first.fmt == "csv" and first.title == "Clashes at the crossing" and first.url == "https://post.example/a"
    assert first.text == f"{BODY}\n\n{BODY2}" and first.published == "2024-05-02"
    assert (first.origin, second.origin, empty.origin) == (f"{path}:2", f"{path}:5", f"{path}:6")


def test_csv_without_the_text_column_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text(f'id,headline,body\n1,Clashes,"{BODY}"\n2,Talks,"{BODY2}"\n', encoding="utf-8")
    [item] = read_sources([path])
    assert item.kind == "malformed-csv" and "'text'" in item.message and "'body'" in item.message
    assert "--text-field" in item.message


def test_tsv_and_a_csv_on_stdin_are_tables_too(tmp_path):
    path = tmp_path / "articles.tsv"
    path.write_text(f"title\ttext\nClashes\t{BODY}\nTalks\t{BODY2}\n", encoding="utf-8")
    assert kinds(read_sources([path])) == ["article", "article"]
    data = f'text,title\n"{BODY}",Clashes\n"{BODY2}",Talks\n'.encode()
    items = list(read_stream(io.BytesIO(data), "<stdin>", TruceConfig()))
    assert kinds(items) == ["article", "article"] and items[1].title == "Talks"


def test_windows_1252_csv_is_read_with_its_guessed_encoding(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(f'title,text\nCaf\xe9 talks,"{BODY} The caf\xe9 owner said."\n'.encode("cp1252"))
    [item] = read_sources([path])
    assert "café owner" in item.text and item.meta["encoding_guessed"] is True


# -- encodings and languages ---------------------------------------------------------------------

def page(extra: str = "", head: str = "") -> str:
    return (f"<html><head>{head}<title>Talks at the caf\xe9</title></head><body><article>"
            f"<p>{BODY} The caf\xe9 owner said the \u201cpause\u201d held.{extra}</p><p>{BODY2}</p></article></body></html>")


def test_windows_1252_page_without_a_declared_charset_is_read(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(page().encode("cp1252"))
    [item] = read_sources([path])
    assert isinstance(item, Article) and "café owner" in item.text and "“pause”" in item.text
    assert item.meta["encoding"] == "cp1252" and item.meta["encoding_guessed"] is True


def test_page_with_a_wrong_declared_charset_falls_back_to_detection(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(page(head="<meta charset='utf-8'>").encode("cp1252"))
    [item] = read_sources([path])
    assert isinstance(item, Article) and "café owner" in item.text and item.meta["encoding_guessed"] is True


def test_utf8_page_records_no_guess(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(page().encode("utf-8"))
    [item] = read_sources([path])
    assert "encoding_guessed" not in item.meta


JAPANESE = ("政府軍と反政府勢力は日曜日、川の渡河地点の近くで衝突したと地元当局者が明らかにした。"
            "衝突は双方が収穫期の戦闘停止に合意してから二日後に起きたと仲介者が声明で述べた。"
            "国連の監視団は現地に向かっており、来週にも報告をまとめる予定だという。")


def test_full_japanese_article_is_non_english_not_no_main_text(tmp_path):
    html = (f"<html><head><title>渡河地点で衝突</title></head><body><article>"
            f"<p>{JAPANESE}</p><p>{JAPANESE}</p></article></body></html>")
    (tmp_path / "ja.html").write_text(html, encoding="utf-8")
    (tmp_path / "ja.txt").write_text(f"渡河地点で衝突\n\n{JAPANESE}", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    assert kinds(items) == ["non-english", "non-english"]
    assert all("ja" in i.message for i in items)


def test_short_japanese_text_is_judged_too():
    [item] = read_stream(io.BytesIO("政府軍と反政府勢力が川の近くで衝突した。".encode()), "<stdin>", TruceConfig())
    assert item.kind == "non-english"


# -- RSS / Atom ----------------------------------------------------------------------------------

def rss(items: str) -> bytes:
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>".encode()


def read_feed_bytes(data: bytes) -> list:
    return list(read_stream(io.BytesIO(data), "feed.xml", TruceConfig(), name="feed.xml"))


def test_headline_only_items_are_coded_from_the_title_and_survive_cleaning():
    [item] = read_feed_bytes(rss("<item><title>Rebels shell army post near Nortown</title>"
                                 "<link>https://wire.example/1</link></item>"))
    assert isinstance(item, Article) and item.text == "Rebels shell army post near Nortown"
    assert item.meta["text_from"] == "title"
    assert clean_article(item).text == "Rebels shell army post near Nortown"


def test_entities_are_decoded_exactly_once():
    items = read_feed_bytes(rss(
        f"<item><title>R&amp;B singer at the crossing</title><description>R&amp;amp;B singer: {BODY}</description></item>"
        f"<item><title>Q&amp;A</title><description><![CDATA[<p>Q&amp;A: {BODY}</p>]]></description></item>"))
    assert [i.title for i in items] == ["R&B singer at the crossing", "Q&A"]
    assert items[0].text.startswith("R&B singer:") and items[1].text.startswith("Q&A:")
    atom = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>W</title><entry>"
            "<title type='html'>AT&amp;amp;T</title><id>x</id>"
            f"<summary type='text'>Plain text keeps &amp;amp;: {BODY}</summary></entry></feed>")
    [entry] = read_feed_bytes(atom.encode())
    assert entry.title == "AT&T" and entry.text.startswith("Plain text keeps &amp;:")


def test_feed_item_without_title_or_body_is_skipped_with_a_reason():
    [item] = read_feed_bytes(rss("<item><link>https://wire.example/1</link></item>"))
    assert item.kind == "no-main-text" and "no content, summary or title" in item.message


# -- compressed pages ----------------------------------------------------------------------------

def test_html_gz_is_read_as_html(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page().encode("utf-8")))
    [item] = read_sources([path])
    assert isinstance(item, Article) and item.fmt == "html" and item.title == "Talks at the café"


def test_jsonl_gz_and_csv_gz(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": BODY}) + "\n").encode()))
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress(f'text\n"{BODY2}"\n'.encode()))
    assert [i.fmt for i in read_sources([tmp_path])] == ["jsonl", "csv"]
