"""Hostile input files for every reader, made from a ``random.Random`` (not a test module).

Each generator returns a ``Case``: a file name, its bytes, and the markers of the good
items inside it. A good item is one a reader must return as an Article whatever else
the file holds (junk lines, broken records, odd encodings, hostile markup around it);
its marker is a made-up word that appears in its text. ``tests/test_fuzz_readers.py``
drives these with hypothesis (``st.randoms``, so failures shrink); the survey script
``benchmarks/fuzz_ingest.py`` drives them with seeded generators to count crashes.
All text is fictional, written here.
"""

from __future__ import annotations

import base64
import gzip
import io
import itertools
import json
import random
from dataclasses import dataclass, field
from importlib.resources import files

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WORDS = ["the", "army", "and", "the", "rebels", "said", "that", "officials", "in", "the", "town", "were", "shelled", "on", "Monday", "after", "talks", "between", "mediators", "broke", "down", "near", "the", "border", "crossing", "of", "the", "province"]
HOSTILE_TEXT = ["\ud800", "\udfff", "\x00", "\u202e", "\ufeff", "\u0000\u0001", "&amp;amp;", "&#x110000;", "&foo;",
                "]]>", "<!--", "<script>", "11:72 p.m.", "+25:00", "UTC+99", "99999999 days ago", "in 0000",
                "2026-02-30", "\r", "\u2028", "日本語の記事", "‮", "%s%n", "{{", "\\", "'\"", "a" * 300]
HOSTILE_DATES = ["Mon, 02 Mar 2026 10:00:00 +2500", "2026 99:99 +99", "", "0", "-1", "9999-99-99", "yesterday",
                 "2026-03-02T10:00:00+25:00", "2026-03-02", "Tue, 31 Feb 2026 25:61:61 GMT", "1e400", "null",
                 "x" * 500, "2026-03-02T10:00"]


@dataclass
class Case:
    name: str
    data: bytes
    good: list[str] = field(default_factory=list)  # markers of items that must come back as articles


class Markers:
    """Made-up words for the good items of one case, unique within it (and across cases by ``tag``).

    They depend on the random draws and the count alone, never on outside state, so
    hypothesis replays a case byte for byte.
    """

    def __init__(self, tag: str = "") -> None:
        self.tag = tag
        self.count = itertools.count()

    def __call__(self, rng: random.Random) -> str:
        return f"Zq{self.tag}" + "".join(rng.choices("bcdfghjklmnpqrstvwxz", k=6)) + f"x{next(self.count):03d}"


def sentence(rng: random.Random, mark: str = "") -> str:
    """An English sentence of 12-20 words (enough for the language check), with ``mark`` in it."""
    words = rng.choices(WORDS, k=rng.randint(12, 20))
    if mark:
        words.insert(rng.randint(1, len(words)), mark)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def hostile(rng: random.Random) -> str:
    return rng.choice(HOSTILE_TEXT) if rng.random() < 0.7 else "".join(chr(rng.randint(1, 0x10FFFF)) for _ in range(5))


def junk_bytes(rng: random.Random, n: int = 200) -> bytes:
    """Up to ``n`` random bytes; bulk comes from a seeded generator, so hypothesis draws stay small."""
    return random.Random(rng.getrandbits(32)).randbytes(rng.randint(0, n))


# -- JSON Lines ----------------------------------------------------------------------------------

def _junk_line(rng: random.Random) -> bytes:
    kind = rng.randrange(9)
    if kind == 0:
        return junk_bytes(rng).replace(b"\n", b" ")
    if kind == 1:
        depth = rng.choice([50, 100, 999, 1000, 5000])
        return b'{"text": "x", "d": ' + b"[" * depth + b"]" * depth + b"}"
    if kind == 2:
        return json.dumps(rng.choice([[], 1, "text", None, True, [{"text": "x"}]])).encode()
    if kind == 3:
        return b'{"text": "' + bytes(rng.getrandbits(8) | 0x80 for _ in range(10)) + b'"}'
    if kind == 4:
        return json.dumps({"text": rng.choice([None, 5, [], {}, ""])}).encode()
    if kind == 5:
        return b'{"text": "unterminated'
    if kind == 6:
        return json.dumps({"text": hostile(rng) * rng.randint(1, 50)}).encode()
    if kind == 7:
        return b"[" * rng.randint(1, 3000)
    return b"{" + b'"a":' * rng.randint(1, 500) + b"1}"


def jsonl_case(rng: random.Random, tag: str = "") -> Case:
    marker = Markers(tag)
    lines, good = [], []
    for _ in range(rng.randint(1, 8)):
        if rng.random() < 0.5:
            mark = marker(rng)
            record = {"text": sentence(rng, mark) + " " + sentence(rng) + rng.choice(["", " " + hostile(rng)]),
                      "title": rng.choice([None, sentence(rng)[:40], hostile(rng), 7, ["a"]]),
                      "url": rng.choice([None, "https://post.example/2026/03/02/x", hostile(rng), "http://[::1", 5]),
                      "published": rng.choice(HOSTILE_DATES + [None, 17, {"a": 1}]),
                      "source": rng.choice([None, "Wire", hostile(rng)])}
            lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8", "replace"))
            good.append(mark)
        else:
            lines.append(_junk_line(rng))
    sep = rng.choice([b"\n", b"\r\n"])
    return Case("in.jsonl", sep.join(lines) + rng.choice([b"", sep, sep * 3]), good)


# -- HTML ----------------------------------------------------------------------------------------

def _hostile_markup(rng: random.Random) -> str:
    kind = rng.randrange(8)
    if kind == 0:
        return f"<img alt='x' src='data:image/png;base64,{base64.b64encode(junk_bytes(rng, 40_000)).decode()}'>"
    if kind == 1:
        return "<p>" + rng.choice(["&amp;", "&nbsp;", "&#169;", "&foo;", "&#x2003;", "&"]) * rng.randint(1, 5000) + "</p>"
    if kind == 2:
        return "<div>" * rng.randint(1, 400) + "</div>" * rng.randint(0, 400)
    if kind == 3:
        return f"<!-- {hostile(rng)} -->"
    if kind == 4:
        return f"<script>var x = '{hostile(rng)}';</script>"
    if kind == 5:
        return f"<meta name='pubdate' content='{rng.choice(HOSTILE_DATES)}'>"
    if kind == 6:
        return f"<meta property='article:published_time' content='{rng.choice(HOSTILE_DATES)}'>"
    return f"<span title=\"{hostile(rng)}\">{hostile(rng).replace('<', '')}</span>"


def html_page(rng: random.Random, mark: str) -> str:
    noise = "".join(_hostile_markup(rng) for _ in range(rng.randint(0, 4)))
    paras = "".join(f"<p>{sentence(rng, mark if i == 0 else '')} {sentence(rng)}</p>" for i in range(rng.randint(2, 4)))
    charset = rng.choice(["", "<meta charset='utf-8'>", "<meta charset='bogus-9'>", "<meta charset='iso-8859-1'>"])
    return (f"<!doctype html><html><head>{charset}<title>{sentence(rng)[:50]}</title></head>"
            f"<body>{noise}<article>{paras}</article>{_hostile_markup(rng)}</body></html>")


def html_case(rng: random.Random, tag: str = "") -> Case:
    marker = Markers(tag)
    if rng.random() < 0.25:  # a junk page: only "no crash" is asked of it
        return Case("in.html", b"<html>" + junk_bytes(rng, 3000).replace(b"\x00", b" "), [])
    mark = marker(rng)
    encoding = rng.choice(["utf-8", "utf-8", "cp1252", "utf-16"])
    return Case(rng.choice(["in.html", "in.htm", "in"]), html_page(rng, mark).encode(encoding, "replace"), [mark])


# -- WARC / WARC.gz ------------------------------------------------------------------------------

def warc_case(rng: random.Random, tag: str = "") -> Case:
    marker = Markers(tag)
    buffer = io.BytesIO()
    gzipped = rng.random() < 0.5
    writer = WARCWriter(buffer, gzip=gzipped)
    ends: list[tuple[int, str | None]] = []  # (offset after the record, marker of a good page)
    for i in range(rng.randint(1, 5)):
        url = f"https://post.example/{i}"
        kind = rng.randrange(5)
        mark = None
        # fixed ids and dates: the bytes (and so the cut points drawn below) depend on the draws alone
        ids = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>", "WARC-Date": "2026-03-02T10:00:00Z"}
        if kind == 0:
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                                          warc_headers_dict=ids))
            ends.append((buffer.tell(), None))
            continue
        if kind == 1:
            ctype, body = rng.choice(["image/png", "text/css", "application/json", ""]), junk_bytes(rng, 500)
        elif kind == 2:
            ctype, body = "text/html", junk_bytes(rng, 2000)
        else:
            mark = marker(rng)
            ctype, body = "text/html; charset=utf-8", html_page(rng, mark).encode("utf-8", "replace")
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)] if ctype else [], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                      warc_headers_dict={**ids, "WARC-Date": rng.choice(HOSTILE_DATES[:3] + ["2026-03-02T10:00:00Z"])}))
        ends.append((buffer.tell(), mark))
    data = buffer.getvalue()
    if rng.random() < 0.3:  # cut it short, or damage it
        cut = rng.randint(1, len(data))
        data = data[:cut] if rng.random() < 0.6 else data[:cut] + junk_bytes(rng, 64) + data[cut + 64:]
        ends = [(end, mark) for end, mark in ends if end <= cut]
    return Case("in.warc.gz" if gzipped else "in.warc", data, [m for _, m in ends if m])


# -- RSS / Atom ----------------------------------------------------------------------------------

def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def feed_case(rng: random.Random, tag: str = "") -> Case:
    marker = Markers(tag)
    atom = rng.random() < 0.4
    entries, good = [], []
    for i in range(rng.randint(0, 6)):
        fields = []
        mark = marker(rng) if rng.random() < 0.5 else None
        if mark:
            body = _escape(f"<p>{sentence(rng, mark)}</p><p>{sentence(rng)}</p>")
            fields.append(f"<summary type='html'>{body}</summary>" if atom else f"<description>{body}</description>")
            good.append(mark)
        elif rng.random() < 0.5:
            fields.append(rng.choice(["<description/>", "<summary/>", "<content:encoded/>", "<content src='x'/>",
                                      f"<description>{_escape(hostile(rng))}</description>"]))
        if rng.random() < 0.8:
            fields.append(f"<title>{_escape(rng.choice([sentence(rng)[:40], hostile(rng), 'R&amp;B']))}</title>")
        if rng.random() < 0.7:
            fields.append(f"<{'updated' if atom else 'pubDate'}>{_escape(rng.choice(HOSTILE_DATES))}</{'updated' if atom else 'pubDate'}>")
        if rng.random() < 0.5:
            fields.append(f"<link href='https://w.example/{i}'/>" if atom else f"<link>https://w.example/{i}</link>")
        rng.shuffle(fields)
        tag = "entry" if atom else "item"
        entries.append(f"<{tag}>{''.join(fields)}</{tag}>")
    if atom:
        doc = f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>{''.join(entries)}</feed>"
    else:
        doc = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
               f"<channel><title>W</title>{''.join(entries)}</channel></rss>")
    data = doc.encode("utf-8", "replace")
    if rng.random() < 0.2:
        data = data[: rng.randint(0, len(data))]  # a cut feed: no good item is promised
        good = []
    return Case(rng.choice(["in.xml", "in.rss", "in.atom"]), data, good)


# -- plain text ----------------------------------------------------------------------------------

def text_case(rng: random.Random, tag: str = "") -> Case:
    marker = Markers(tag)
    mark = marker(rng)
    lines = [sentence(rng)[:50].rstrip(".")]  # a headline
    for _ in range(rng.randint(1, 6)):
        lines.append(rng.choice([sentence(rng), "Share", "Advertisement", hostile(rng).replace("\x00", ""), "",
                                 f"Published: {rng.choice(HOSTILE_DATES)}", "TRIPOLI, March 2 (Wire) -"]))
    lines.insert(rng.randint(1, len(lines)), sentence(rng, mark) + " " + sentence(rng))
    text = rng.choice(["\n", "\r\n", "\n\n"]).join(lines)
    encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp1252"])
    data = text.encode(encoding, "replace")  # a file in a known encoding (invalid bytes are jsonl/html junk)
    return Case(rng.choice(["in.txt", "in.md", "in"]), data, [mark])


# -- CSV / TSV -----------------------------------------------------------------------------------

def table_case(rng: random.Random, tag: str = "") -> Case:
    marker = Markers(tag)
    tsv = rng.random() < 0.3
    delimiter = "\t" if tsv else ","
    out = io.StringIO()
    import csv

    writer = csv.writer(out, delimiter=delimiter, lineterminator=rng.choice(["\n", "\r\n"]))
    header = rng.sample(["title", "text", "url", "published", "source", "id", "extra"], k=rng.randint(2, 7))
    if "text" not in header and rng.random() < 0.8:
        header.append("text")
    writer.writerow(header)
    good = []
    for _ in range(rng.randint(0, 6)):
        # csv.writer leaves a bare CR unquoted, which any reader takes for a line break: not a fair cell
        row = {h: rng.choice([hostile(rng).replace("\r", " "), sentence(rng)[:30], "", "2026-03-02"]) for h in header}
        mark = marker(rng) if "text" in header and rng.random() < 0.6 else None
        if mark:
            row["text"] = sentence(rng, mark) + rng.choice(["", "\n\n" + sentence(rng), ' "quoted" ' + sentence(rng)])
            good.append(mark)
        cells = [row[h] for h in header]
        if not mark and rng.random() < 0.3:
            cells = cells[: rng.randint(0, len(cells))] or [""]  # a short row
        writer.writerow(cells)
    text = out.getvalue()
    if rng.random() < 0.1:
        text += '"an unclosed quote at the very end'
    return Case("in.tsv" if tsv else "in.csv", text.encode("utf-8", "replace"), good)


# -- truce files ---------------------------------------------------------------------------------

SAMPLE_TRUCE = (files("truce") / "data" / "truces" / "libya-2026.yaml").read_text(encoding="utf-8")


def truce_case(rng: random.Random) -> str:
    """The sample truce file with a few random edits (most make it invalid)."""
    lines = SAMPLE_TRUCE.splitlines()
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        edit = rng.randrange(7)
        if edit == 0:
            del lines[i]
        elif edit == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif edit == 2 and ":" in lines[i]:
            key, _, _ = lines[i].partition(":")
            lines[i] = f"{key}: {rng.choice(['', '[]', '{}', '-1', 'null', '2026-13-45', '99:99', hostile(rng), '&x', '*y'])}"
        elif edit == 3:
            lines[i] = lines[i][: rng.randint(0, len(lines[i]))]
        elif edit == 4:
            lines[i] = " " * rng.randint(0, 8) + lines[i].lstrip()
        elif edit == 5:
            lines.insert(i, hostile(rng))
        else:
            lines = lines[: i + 1]
    return "\n".join(lines)


READERS = {"jsonl": jsonl_case, "html": html_case, "warc": warc_case, "feed": feed_case, "text": text_case,
           "table": table_case}


def gzipped(case: Case) -> Case:
    """The same case as a .gz file (a WARC becomes a one-member WARC.gz)."""
    name = case.name if case.name.endswith(".gz") else case.name + ".gz"
    return Case(name, gzip.compress(case.data), case.good)
