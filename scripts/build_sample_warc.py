"""Build src/truce/data/sample/warc/crawl.warc.gz from the HTML pages in warc_src/.

Deterministic: WARC-Date values come from warc_src/records.json, record ids are
uuid5 values derived from the URL and record type, and gzip members carry no
timestamp, so reruns give identical bytes.

The file holds a warcinfo record, then for each page a request and a response
record (text/html), plus one image/png response and one 404 response.

Usage: python scripts/build_sample_warc.py
"""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "src" / "truce" / "data" / "sample"
SRC = ROOT / "scripts" / "sample_corpus" / "warc_src"
OUT = SAMPLE / "corpus" / "warc" / "crawl.warc.gz"
NS = uuid.UUID("6f1c2a7e-3b7d-4c1e-9a55-7472756365aa")  # fixed namespace for truce sample


def rid(url: str, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NS, kind + ' ' + url)}>"


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG, built byte by byte."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x80", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def http_date(warc_date: str) -> str:
    import datetime as dt

    t = dt.datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return t.strftime("%a, %d %b %Y %H:%M:%S GMT")


def write_response(writer, url, date, status, ctype, payload, extra=None):
    headers = [("Content-Type", ctype), ("Content-Length", str(len(payload))), ("Date", http_date(date)),
               ("Server", "nginx")] + (extra or [])
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        url, "response", payload=BytesIO(payload), http_headers=http,
        warc_headers_dict={"WARC-Record-ID": rid(url, "response"), "WARC-Date": date},
    )
    writer.write_record(rec)
    return rec


def write_request(writer, url, date, concurrent_to):
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
    http = StatusAndHeaders(f"GET {path} HTTP/1.1",
                            [("Host", host), ("User-Agent", "truce-sample-crawler/0.1"), ("Accept", "text/html")],
                            protocol="HTTP/1.1", is_http_request=True)
    rec = writer.create_warc_record(
        url, "request", payload=BytesIO(b""), http_headers=http,
        warc_headers_dict={"WARC-Record-ID": rid(url, "request"), "WARC-Date": date,
                           "WARC-Concurrent-To": concurrent_to},
    )
    writer.write_record(rec)


def main() -> None:
    records = json.loads((SRC / "records.json").read_text(encoding="utf-8"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record("crawl.warc.gz", {"software": "truce build_sample_warc.py",
                                                               "description": "fictional sample crawl for truce"})
        info.rec_headers.replace_header("WARC-Record-ID", rid("crawl.warc.gz", "warcinfo"))
        info.rec_headers.replace_header("WARC-Date", "2026-03-16T23:00:00Z")
        writer.write_record(info)
        for r in records:
            payload = (SRC / r["file"]).read_bytes()
            write_request(writer, r["url"], r["warc_date"], rid(r["url"], "response"))
            write_response(writer, r["url"], r["warc_date"], "200 OK", "text/html; charset=utf-8", payload)
        last = records[-1]["warc_date"]
        logo = "https://tripolitimes.example/static/img/logo.png"
        write_response(writer, logo, last, "200 OK", "image/png", tiny_png())
        missing = "https://medpost.example/world/africa/page-that-moved"
        write_response(writer, missing, last, "404 Not Found", "text/html; charset=utf-8",
                       b"<html><head><title>Not found</title></head><body><h1>Page not found</h1></body></html>\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(records)} pages)")


if __name__ == "__main__":
    main()
