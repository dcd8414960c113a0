"""Render articles.yaml to corpus/, the files `truce ingest` reads.

An article's optional ``format`` says how it is rendered, so that a scenario exercises every reader:

* ``wire`` (the default): one line of ``corpus/articles.jsonl`` (text, title, url, published, source);
* ``txt``: ``corpus/<id>.txt``, the title, a ``Published:`` line and the text (no url, no source);
* ``farm``: ``corpus/<id>.txt`` as a content farm's page copied as text: breadcrumbs, share prompts,
  an advert line, a "Read more" teaser and tags around the text;
* ``html``: ``corpus/<id>.html``, a page with navigation, a share bar, adverts and related-story teasers,
  the publication time in its metadata.

    python benchmarks/data/dev_scenario/build.py                          # this folder
    python benchmarks/data/dev_scenario/build.py benchmarks/data/dev_scenario2   # another scenario folder
"""

from __future__ import annotations

import html
import json
import sys
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def _paragraphs(a: dict) -> list[str]:
    return [p.strip() for p in a["text"].strip().split("\n\n") if p.strip()]


def _published_line(a: dict) -> str:
    when = datetime.fromisoformat(a["published"])
    return f"Published: {when.day} {when:%B %Y %H:%M} {a.get('zone_label', 'GMT')}"


def render_txt(a: dict) -> str:
    """A plain-text story: title, a Published: line, the paragraphs."""
    return "\n\n".join([a["title"], _published_line(a), *_paragraphs(a)]) + "\n"


def render_farm(a: dict) -> str:
    """A content farm's page saved as text, furniture and all."""
    when = datetime.fromisoformat(a["published"])
    head = [f"Home » World » Africa » {a['title']}", a["title"], f"Posted on {when:%B} {when.day}, {when.year} by admin",
            "Share on Facebook | Tweet | WhatsApp | Email"]
    teaser = a.get("teaser", "Top 10 safari lodges you must visit before you die")
    foot = ["ADVERTISEMENT", f"Read more: {teaser}", "Tags: Africa, conflict, news, world",
            "© 2026 All rights reserved. | Privacy Policy | Contact us"]
    body = _paragraphs(a)
    middle = len(body) // 2 or 1
    return "\n\n".join([*head, *body[:middle], "ADVERTISEMENT", *body[middle:], *foot]) + "\n"


def render_html(a: dict) -> str:
    """A news page with its furniture; the article text in <article>, the time in the metadata."""
    e = html.escape
    site = a["source"]
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in _paragraphs(a))
    related = "".join(f"<li><a href=\"/related/{n}\">{e(t)}</a></li>" for n, t in enumerate(a.get("related", [
        "Prices of teff climb for a third week", "Photos: the Great Ethiopian Run in pictures"])))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(a['title'])} | {e(site)}</title>
<meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:url" content="{e(a['url'])}">
<link rel="canonical" href="{e(a['url'])}">
<meta property="article:published_time" content="{e(a['published'])}">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<div class="ad-banner">Advertisement - Fly to Addis from $299 - Book now</div>
<main>
  <article>
    <h1>{e(a['title'])}</h1>
    <div class="byline">By {e(site)} staff</div>
    <div class="share">Share: Facebook Twitter WhatsApp Copy link</div>
    <div class="article-body">
{paras}
    </div>
  </article>
  <aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>
</main>
<div class="ad-box">Sponsored: Invest in Ethiopian coffee today</div>
<footer><p>&copy; 2026 {e(site)}. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>
</body></html>
"""


RENDER = {"txt": (render_txt, ".txt"), "farm": (render_farm, ".txt"), "html": (render_html, ".html")}


def build(folder: Path = HERE) -> Path:
    data = yaml.safe_load((folder / "articles.yaml").read_text(encoding="utf-8"))
    out = folder / "corpus" / "articles.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for a in data["articles"]:
            fmt = a.get("format", "wire")
            if fmt in RENDER:
                render, suffix = RENDER[fmt]
                (out.parent / f"{a['id']}{suffix}").write_text(render(a), encoding="utf-8")
                continue
            rec = {"text": a["text"].strip(), "title": a["title"], "url": a["url"], "published": a["published"],
                   "source": a["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE))
