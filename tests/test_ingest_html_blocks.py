"""Short news pages keep their paragraphs (branch scen14, issue 12).

trafilatura's fallback extraction joins a short page's <article> into one run of text: headline, byline,
share bar and paragraphs became one "sentence" ("... near Norland By Post staff Share: Facebook ... Four
people were hurt ..."). ``restore_blocks`` puts the block boundaries back, so the furniture lines are
removed and each paragraph is its own. All text is our own writing."""

from __future__ import annotations

import lxml.html

from truce.ingest import read_sources
from truce.ingest.clean import clean_article
from truce.ingest.html_reader import read_html, restore_blocks

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Four hurt in grenade attack | Norland Post</title>
<meta property="article:published_time" content="2026-11-19T18:00:00+03:00"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>Four hurt in grenade attack near Norland</h1><div class="byline">By Norland Post staff</div>
<div class="share">Share: Facebook Twitter WhatsApp Copy link</div>
<div class="body"><p>Four people were hurt when a grenade was thrown into a cafe near Norland on Wednesday night.</p>
<p>The rebels claimed the attack. State media did not mention it.</p></div></article></main>
<footer><p>&copy; 2026 Norland Post.</p></footer></body></html>"""


def test_a_short_page_keeps_its_paragraphs_and_loses_its_furniture():
    article = clean_article(read_html(PAGE, "page.html"))
    lines = article.text.splitlines()
    assert "Four people were hurt when a grenade was thrown into a cafe near Norland on Wednesday night." in lines
    assert "The rebels claimed the attack. State media did not mention it." in lines
    assert not any("Share" in line or "By Norland Post" in line for line in lines)


def test_text_with_line_breaks_is_left_as_it_is():
    tree = lxml.html.fromstring("<div><p>One.</p><p>Two.</p></div>")
    assert restore_blocks("One.\nTwo.", tree) == "One.\nTwo."
    assert restore_blocks("One. Two.", tree) == "One.\n\nTwo."


def test_a_content_farm_text_page_is_dated_by_its_posted_line_and_read_without_furniture(tmp_path):
    page = tmp_path / "farm.txt"
    page.write_text("Home » World » Africa » Gunmen attack bus near Norland\n\nGunmen attack bus near Norland\n\n"
                    "Posted on November 15, 2026 by admin\n\nShare on Facebook | Tweet | WhatsApp | Email\n\n"
                    "Gunmen opened fire on a bus near Norland on Sunday morning, killing six passengers.\n\n"
                    "ADVERTISEMENT\n\nTags: Africa, conflict, news\n", encoding="utf-8")
    (article,) = [clean_article(a) for a in read_sources([str(page)])]
    assert not any(w in article.text for w in ("Share on", "Home »", "Tags:", "ADVERTISEMENT"))
