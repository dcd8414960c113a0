"""clean_article: furniture out (and recorded), headlines kept, body sentences never dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.ingest import read_sources, read_text
from truce.ingest.clean import clean_article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
S1 = "Army commanders and rebel leaders in the fictional province of Norland signed a truce on Thursday."
S2 = "The agreement requires both sides to pull heavy weapons back ten kilometres from the front line."


def clean(text: str, **kwargs):
    return clean_article(read_text(text, **kwargs))


@pytest.mark.parametrize("line,reason", [
    ("Share", "boilerplate:share"),
    ("Share this article", "boilerplate:share"),
    ("Share on Facebook", "boilerplate:share"),
    ("Facebook Twitter WhatsApp Email", "boilerplate:share"),
    ("Advertisement", "boilerplate:advertisement"),
    ("Story continues below advertisement", "boilerplate:advertisement"),
    ("Read more: Norland talks enter third day", "boilerplate:read-more"),
    ("Related: Border crossing reopens", "boilerplate:read-more"),
    ("Follow us on Twitter", "boilerplate:follow"),
    ("Subscribe to our daily briefing", "boilerplate:subscribe"),
    ("Sign up for alerts", "boilerplate:subscribe"),
    ("Click here to get alerts", "boilerplate:click-here"),
    ("© 2024 Fictional Wire Service", "boilerplate:copyright"),
    ("Copyright 2024 Fictional Wire. All rights reserved.", "boilerplate:copyright"),
    ("We use cookies to improve your experience on this website and to show you relevant advertising.",
     "boilerplate:cookies"),
    ("By Jane Fictional", "boilerplate:byline"),
    ("(Reporting by Jane Fictional; Editing by John Example)", "boilerplate:credit"),
    # a content farm's and a news page's furniture (issue 12, the tenth dev scenario's formats)
    ("Share on Facebook | Tweet | WhatsApp | Email", "boilerplate:share"),
    ("Share: Facebook Twitter WhatsApp Copy link", "boilerplate:share"),
    ("Home » World » Africa » Gunmen attack bus in Norland", "boilerplate:breadcrumbs"),
    ("Tags: Africa, conflict, news, world", "boilerplate:tags"),
])
def test_each_artefact_is_removed_and_recorded(line, reason):
    article = clean(f"{S1}\n{line}\n{S2}")
    assert article.text == f"{S1}\n{S2}"
    assert [(r.text, r.reason, r.line_no) for r in article.removed] == [(line, reason, 2)]


@pytest.mark.parametrize("sentence", [
    "Shares in the state oil company fell sharply on Monday after the truce collapsed in the north.",
    "Share prices rose after both sides agreed to share control of the border crossing, officials said.",
    "Read more about the deal in the text that the ministry published on its website on Friday.",
    "Follow-up talks are planned for next week in the capital, according to the two delegations.",
    "Subscribers to the militia's channel were told to stay away from the front line on Sunday.",
    "By Monday evening the rebels had withdrawn from three villages near the river crossing.",
    "Home to 30,000 people, the town was shelled by the rebels on Monday, residents said.",
    "Share of the vote for the ruling party fell to a record low in the Norland elections.",
])
def test_body_sentences_that_look_like_furniture_are_kept(sentence):
    article = clean(f"{S1}\n{sentence}\n{S2}")
    assert sentence in article.text.splitlines()
    assert article.removed == []


def test_scraped_page_fixture():
    [raw] = read_sources([FIXTURES / "scraped.txt"])
    article = clean_article(raw)
    body = [line for line in article.text.splitlines() if line]
    assert len(body) == 4 and all(line.endswith(".") for line in body)
    assert "could share the burden" in article.text
    assert article.title == "Army and rebels sign truce in Norland"
    assert article.headlines == ["Army and rebels sign truce in Norland", "Floods Cut Roads Across Southern Valley"]
    reasons = {r.reason for r in article.removed}
    assert {"headline", "teaser-headline", "boilerplate:share", "boilerplate:advertisement",
            "boilerplate:read-more", "boilerplate:follow", "boilerplate:cookies"} <= reasons
    raw_lines = [line.strip() for line in raw.text.splitlines() if line.strip()]
    assert sorted(raw_lines) == sorted(body + [r.text for r in article.removed])


def test_known_title_line_leaves_body_and_repeats_are_marked():
    article = clean_article(read_text(f"Truce signed in Norland\n{S1}\nTruce signed in Norland\n{S2}"))
    assert article.text == f"{S1}\n{S2}"
    assert [r.reason for r in article.removed] == ["headline", "duplicate-headline"]
    assert article.headlines == ["Truce signed in Norland"]


def test_trailing_teasers_become_headlines_but_mid_body_subheads_stay():
    text = f"Truce signed in Norland\n{S1}\nWhat happens next\n{S2}\nFloods Cut Roads in South\nPrices Rise at Markets"
    article = clean(text)
    assert "What happens next" in article.text
    assert article.headlines == ["Truce signed in Norland", "Floods Cut Roads in South", "Prices Rise at Markets"]
    assert [r.reason for r in article.removed][-2:] == ["teaser-headline", "teaser-headline"]


def test_no_body_sentence_means_no_teaser():
    article = clean("Truce Signed\nTalks Continue")
    assert "Talks Continue" in article.text


def test_blank_line_runs_collapse_and_clean_is_idempotent():
    article = clean(f"{S1}\n\n\nAdvertisement\n\n\n{S2}\n\n")
    assert article.text == f"{S1}\n\n{S2}"
    again = clean_article(article)
    assert again == article and again is not article and again.meta is not article.meta


def test_coding_a_cleaned_article_twice_gives_the_same_dates(pipe):
    """The date stage fills in the copy it codes, never the caller's article: a second run over the
    same object starts from the same input (it had found the dateline's date the first time)."""
    article = clean(f"NORLAND CITY, March 3 (Norland Wire) - {S1}\n\n{S2}")
    first, second = (next(iter(pipe.code_articles([article]))) for _ in range(2))
    assert article.published is None and "dateline_city" not in article.meta
    assert (first.article.published, first.article.published_source) == \
        (second.article.published, second.article.published_source)
    assert [e.date for e in first.events] == [e.date for e in second.events]


def test_id_and_other_fields_survive():
    raw = read_text(f"Share\n{S1}", published="2024-01-01")
    article = clean_article(raw)
    assert article.id == raw.id and article.published == "2024-01-01"
    assert raw.text.startswith("Share")  # the input article is not modified


def test_dateline_line_is_not_taken_for_a_headline():
    article = clean(f"Truce signed in Norland\nNORTOWN, May 2 (Fictional Wire) -\n{S1}")
    assert article.text.splitlines()[0] == "NORTOWN, May 2 (Fictional Wire) -"
    assert article.headlines == ["Truce signed in Norland"]
