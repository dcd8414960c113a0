# ruff: noqa: C408
"""Render the truce sample corpus from the fictional texts in this folder.

Writes src/truce/data/sample/{txt,html,jsonl,rss,warc_src}/, manifest.jsonl and
gold_events.jsonl. The WARC itself is built by scripts/build_sample_warc.py.

Usage: python scripts/sample_corpus/build.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
import sys
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles_a import ARTICLES_A  # noqa: E402  (sibling modules, path set above)
from articles_b import ARTICLES_B, EMPTY, FRENCH  # noqa: E402
from copies import COPIES, STITCH_INTRO, STITCH_OUTRO, spin  # noqa: E402
from extras import EXTRA  # noqa: E402
from gold import GOLD  # noqa: E402

ROOT = HERE.parent.parent
SAMPLE = ROOT / "src" / "truce" / "data" / "sample"
OUT = SAMPLE / "corpus"  # only articles live here, so `truce ingest` of the folder reads articles alone
WARC_SRC = HERE / "warc_src"

OUTLETS = {
    "Sahel Wire": ("sahelwire.example", "@sahelwire"),
    "Mediterranean Post": ("medpost.example", "@medpost"),
    "Tripoli Times": ("tripolitimes.example", "@tripolitimes"),
    "Desert Herald": ("desertherald.example", "@desertherald"),
    "Global Brief": ("globalbrief.example", "@globalbrief"),
    "NewsFarm": ("newsfarm.example", "@newsfarm_now"),
    "Le Courrier du Maghreb": ("courriermaghreb.example", "@courriermaghreb"),
}

ORIG = {a["id"]: a for a in ARTICLES_A + ARTICLES_B}
for _aid, _extra in EXTRA.items():
    ORIG[_aid]["paras"] = ORIG[_aid]["paras"] + _extra


def slug(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def short(outlet: str) -> str:
    return OUTLETS[outlet][0].split(".")[0]


def body_paras(a: dict) -> list[str]:
    """Paragraphs with the dateline attached to the first one."""
    paras = list(a["paras"])
    if paras and a.get("dateline"):
        paras[0] = a["dateline"] + paras[0]
    return paras


def plain_body(a: dict) -> str:
    return "\n\n".join(body_paras(a))


def junk_lines(a: dict) -> list[str]:
    handle = OUTLETS[a["outlet"]][1]
    others = [o for o in ORIG.values() if o["outlet"] == a["outlet"] and o["id"] != a.get("src_id", a["id"])]
    readmore = others[0]["title"] if others else "Libya: what we know about the ceasefire"
    return [
        "Advertisement",
        f"Read more: {readmore}",
        f"Follow us on Twitter {handle}",
        "Click here to get breaking news alerts on your phone",
        "Subscribe to our newsletter for the day’s top stories from North Africa",
    ]


def published_line(a: dict) -> str:
    """The date line a scraped text page carries under its headline (plain text has no metadata)."""
    when = dt.datetime.fromisoformat(a["published"])
    return f"Published: {when.day} {when:%B %Y %H:%M}"


def render_txt(a: dict) -> str:
    paras = body_paras(a)
    if not a.get("artefacts"):
        return a["title"] + "\n" + published_line(a) + "\n\n" + "\n\n".join(paras) + "\n"
    junk = junk_lines(a)
    lines = ["Share", a["title"], published_line(a), ""]
    for i, p in enumerate(paras):
        lines += [p, ""]
        if i < len(paras) - 1 and i < len(junk):
            lines += [junk[i], ""]
    lines += ["Share on Facebook", f"Copyright 2026 {a['outlet']}. All rights reserved.", "", a["teaser"]]
    return "\n".join(lines) + "\n"


def nav(outlet: str) -> str:
    dom = OUTLETS[outlet][0]
    items = ["Home", "Libya", "Africa", "World", "Business", "Opinion", "Video"]
    links = "\n".join(f'      <li><a href="https://{dom}/{i.lower()}">{i}</a></li>' for i in items)
    return f"""  <header class="site-header">
    <a class="logo" href="https://{dom}/">{html.escape(outlet)}</a>
    <nav class="main-nav">
     <ul>
{links}
     </ul>
    </nav>
    <form class="search" action="https://{dom}/search"><input name="q" placeholder="Search"></form>
  </header>"""


def footer(outlet: str) -> str:
    dom = OUTLETS[outlet][0]
    return f"""  <footer class="site-footer">
    <ul>
      <li><a href="https://{dom}/about">About us</a></li>
      <li><a href="https://{dom}/contact">Contact</a></li>
      <li><a href="https://{dom}/privacy">Privacy policy</a></li>
      <li><a href="https://{dom}/cookies">Cookie settings</a></li>
    </ul>
    <p>Copyright 2026 {html.escape(outlet)}. All rights reserved.</p>
  </footer>"""


def render_html(a: dict) -> str:
    def e(s):
        return html.escape(s, quote=False)
    def q(s):
        return html.escape(s, quote=True)
    lang = a.get("language", "en")
    meta = [
        '<meta charset="utf-8">',
        f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
        f'<meta property="og:title" content="{q(a["title"])}">',
        f'<meta property="og:site_name" content="{q(a["outlet"])}">',
        '<meta property="og:type" content="article">',
    ]
    if a.get("published") and not a.get("no_date_meta"):
        meta.append(f'<meta property="article:published_time" content="{a["published"]}">')
    meta.append(f'<link rel="canonical" href="{a["url"]}">')
    head = "\n  ".join(meta)
    parts = []
    if a["paras"]:
        junk = junk_lines(a) if a.get("artefacts") else []
        inner = []
        if a.get("artefacts"):
            inner.append('    <div class="share-bar">Share</div>')
        inner.append(f'    <h1 class="headline">{e(a["title"])}</h1>')
        if a.get("published") and not a.get("no_date_meta"):
            inner.append(f'    <time datetime="{a["published"]}">{a["published"][:10]}</time>')
        paras = body_paras(a)
        for i, p in enumerate(paras):
            inner.append(f"    <p>{e(p)}</p>")
            if i < len(paras) - 1 and i < len(junk):
                j = junk[i]
                if j == "Advertisement":
                    inner.append('    <div class="ad-slot">Advertisement</div>')
                elif j.startswith("Read more"):
                    inner.append(f'    <p class="read-more"><a href="https://{OUTLETS[a["outlet"]][0]}/">{e(j)}</a></p>')
                else:
                    inner.append(f'    <p class="promo">{e(j)}</p>')
        if a.get("artefacts"):
            inner.append('    <div class="social"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>')
        parts.append('  <main>\n   <article class="story">\n' + "\n".join(inner) + "\n   </article>")
        if a.get("teaser"):
            parts.append(
                '   <aside class="related">\n    <h2>More from ' + e(a["outlet"]) + "</h2>\n"
                f'    <h3><a href="https://{OUTLETS[a["outlet"]][0]}/">{e(a["teaser"])}</a></h3>\n   </aside>'
            )
        parts.append("  </main>")
    else:
        dom = OUTLETS[a["outlet"]][0]
        parts.append(
            '  <main>\n   <section class="section-index">\n    <h1>Libya</h1>\n'
            '    <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>\n'
            f'    <ul class="pagination"><li><a href="https://{dom}/section/libya?page=2">Next page</a></li></ul>\n'
            "   </section>\n  </main>"
        )
    body = nav(a["outlet"]) + "\n" + "\n".join(parts) + "\n" + footer(a["outlet"])
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  {head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'


def shift(published: str, hours: int) -> str:
    t = dt.datetime.fromisoformat(published) + dt.timedelta(hours=hours)
    return t.isoformat()


def make_copy(c: dict) -> dict:
    srcs = [ORIG[s] for s in c["src"]]
    s0 = srcs[0]
    a = dict(id=c["id"], fmt=c["fmt"], outlet=c["outlet"], url=c["url"], kind=c["kind"],
             published=shift(max((s["published"] for s in srcs), key=dt.datetime.fromisoformat), c["hours"]),
             src_id=s0["id"])
    kind = c["kind"]
    if kind == "exact-copy":
        a.update(title=s0["title"], dateline=s0.get("dateline"), paras=list(s0["paras"]))
    elif kind == "edited-copy":
        paras = list(s0["paras"])
        if c.get("drop_last"):
            paras = paras[:-1]
        a.update(title=c["title"], dateline=None, paras=[c["intro"], s0["dateline"] + paras[0]] + paras[1:])
    elif kind == "spun-copy":
        dl = s0["dateline"].replace(f"({s0['outlet']})", f"({c['outlet']})")
        a.update(title=c["title"], dateline=dl, paras=[spin(p) for p in s0["paras"]])
    elif kind == "reordered-copy":
        paras = [s0["paras"][i] for i in c["order"]]
        # also swap the two sentences of the first paragraph that has two or more
        for k, p in enumerate(paras):
            sents = p.split(". ")
            if len(sents) >= 2:
                sents[0], sents[1] = sents[1].rstrip(".") , sents[0]
                paras[k] = ". ".join(sents).rstrip(".") + "."
                a["swapped_sentences"] = True
                break
        a.update(title=s0["title"], dateline=None, paras=paras)
    elif kind == "stitched":
        paras = [STITCH_INTRO]
        for sid, idx in c["pick"]:
            paras += [ORIG[sid]["paras"][i] for i in idx]
        paras.append(STITCH_OUTRO)
        a.update(title=c["title"], dateline=None, paras=paras)
    if c.get("artefacts"):
        a.update(artefacts=True, teaser=c["teaser"])
    return a


def main() -> None:
    for sub in ["txt", "html", "jsonl", "rss"]:
        shutil.rmtree(OUT / sub, ignore_errors=True)
        (OUT / sub).mkdir(parents=True)
    shutil.rmtree(WARC_SRC, ignore_errors=True)
    WARC_SRC.mkdir(parents=True)
    (OUT / "warc").mkdir(parents=True, exist_ok=True)

    docs = []
    for a in ARTICLES_A + ARTICLES_B:
        docs.append(dict(a, kind="original", language="en"))
    docs.append(dict(FRENCH, kind="non-english"))
    docs.append(dict(EMPTY, kind="no-main-text", language="en"))
    for c in COPIES:
        d = make_copy(c)
        d["language"] = "en"
        d["copy_of_ids"] = c["src"]
        d["copy"] = c
        docs.append(d)

    keys: dict[str, str] = {}
    texts: dict[str, str] = {}
    jsonl_docs = sorted([d for d in docs if d["fmt"] == "jsonl"], key=lambda d: (dt.datetime.fromisoformat(d["published"]), d["id"]))
    for n, d in enumerate(jsonl_docs, 1):
        keys[d["id"]] = f"jsonl/wire.jsonl#{n}"
    with open(OUT / "jsonl" / "wire.jsonl", "w", encoding="utf-8") as f:
        for d in jsonl_docs:
            text = plain_body(d)
            texts[d["id"]] = text
            rec = {"text": text, "title": d["title"], "url": d["url"], "published": d["published"], "source": d["outlet"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    warc_records = []
    rss_items = []
    for d in docs:
        if d["fmt"] == "txt":
            name = f"txt/{short(d['outlet'])}_{slug(d['url'])}.txt"
            content = render_txt(d)
            (OUT / name).write_text(content, encoding="utf-8")
            keys[d["id"]] = name
            texts[d["id"]] = content
        elif d["fmt"] == "html":
            name = f"html/{short(d['outlet'])}_{slug(d['url'])}.html"
            (OUT / name).write_text(render_html(d), encoding="utf-8")
            keys[d["id"]] = name
            texts[d["id"]] = plain_body(d)
        elif d["fmt"] == "warc":
            name = f"{short(d['outlet'])}_{slug(d['url'])}.html"
            (WARC_SRC / name).write_text(render_html(d), encoding="utf-8")
            keys[d["id"]] = f"warc/crawl.warc.gz#{d['url']}"
            texts[d["id"]] = plain_body(d)
            warc_records.append({"file": name, "url": d["url"], "published": d["published"]})
        elif d["fmt"] == "rss":
            keys[d["id"]] = f"rss/feed.xml#{d['url']}"
            texts[d["id"]] = plain_body(d)
            rss_items.append(d)

    # crawl order: by publication time, fetch time = published + 6 hours (UTC)
    warc_records.sort(key=lambda r: dt.datetime.fromisoformat(r["published"]))
    for r in warc_records:
        t = dt.datetime.fromisoformat(r["published"]) + dt.timedelta(hours=6)
        r["warc_date"] = t.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    (WARC_SRC / "records.json").write_text(json.dumps(warc_records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    write_rss(sorted(rss_items, key=lambda d: dt.datetime.fromisoformat(d["published"])))

    with open(SAMPLE / "manifest.jsonl", "w", encoding="utf-8") as f:
        for d in sorted(docs, key=lambda d: d["id"]):
            copy_of = [keys[s] for s in d.get("copy_of_ids", [])]
            rec = {
                "file": keys[d["id"]],
                "url": d["url"],
                "outlet": d["outlet"],
                "published": d["published"],
                "language": d.get("language", "en"),
                "kind": d["kind"],
                "copy_of": copy_of,
                "notes": notes_for(d),
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    with open(SAMPLE / "gold_events.jsonl", "w", encoding="utf-8") as f:
        for aid, g in GOLD.items():
            a = ORIG[aid]
            rec = {
                "id": keys[aid],
                "text": texts[aid],
                "date": a["published"][:10],
                "source": "truce_sample",
                "events": g["events"],
                "labels": g.get("labels", {}),
            }
            for ev in g["events"]:
                assert ev["evidence"] in rec["text"], (aid, ev["evidence"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents written to {OUT}")


def notes_for(d: dict) -> str:
    bits = [f"id {d['id']}"]
    if d["kind"] == "original":
        if d.get("artefacts"):
            bits.append("scraped-page artefacts (Share line, ads, read-more, teaser headline at end)")
        if d.get("no_date_meta"):
            bits.append("no date meta; date only in URL and/or dateline" if "/2026/" in d["url"] else "no date meta or URL date; date only in dateline")
    elif d["kind"] == "non-english":
        bits.append("French; fictional")
    elif d["kind"] == "no-main-text":
        bits.append("section index page: navigation, cookie banner and footer only")
    else:
        c = d["copy"]
        src = ", ".join(c["src"])
        if d["kind"] == "exact-copy":
            bits.append(f"exact republication of {src}, {c['hours']}h later on another outlet")
        elif d["kind"] == "edited-copy":
            bits.append(f"light edit of {src}: new headline, new intro line" + (", last paragraph dropped" if c.get("drop_last") else ""))
        elif d["kind"] == "spun-copy":
            bits.append(f"content-farm synonym spin of {src} (Tripoli->the Libyan capital, Libya->the State of Libya, army->armed forces, shelling->bombardment, said->stated ...)")
        elif d["kind"] == "reordered-copy":
            swap = ", two sentences of one paragraph swapped" if d.get("swapped_sentences") else ""
            bits.append(f"paragraphs of {src} reordered {c['order']}{swap}, dateline dropped")
        elif d["kind"] == "stitched":
            bits.append("stitched from " + "; ".join(f"{s} paras {i}" for s, i in c["pick"]) + " plus farm boilerplate")
        if c.get("artefacts"):
            bits.append("scraped-page artefacts")
    return "; ".join(bits)


def write_rss(items: list[dict]) -> None:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        "  <title>North Africa Wire Digest</title>",
        "  <link>https://sahelwire.example/</link>",
        "  <description>Selected Libya coverage from partner outlets (fictional sample feed)</description>",
        "  <language>en</language>",
    ]
    for d in items:
        pub = format_datetime(dt.datetime.fromisoformat(d["published"]))
        paras = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body_paras(d))
        summary = html.escape(d["paras"][0][:160].rsplit(" ", 1)[0] + " …", quote=False)
        out += [
            "  <item>",
            f"    <title>{html.escape(d['title'], quote=False)}</title>",
            f"    <link>{d['url']}</link>",
            f'    <guid isPermaLink="true">{d["url"]}</guid>',
            f"    <pubDate>{pub}</pubDate>",
            f"    <dc:creator>{html.escape(d['outlet'])}</dc:creator>",
            f"    <description>{summary}</description>",
            f"    <content:encoded><![CDATA[{paras}]]></content:encoded>",
            "  </item>",
        ]
    out += ["</channel>", "</rss>"]
    (OUT / "rss" / "feed.xml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
