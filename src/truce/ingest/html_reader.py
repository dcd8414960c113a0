"""HTML pages: main text with trafilatura, headlines and url from the markup, date via htmldate.

Nothing here touches the network: trafilatura and htmldate only ever get markup
(htmldate fetches when handed a bare URL string, so it always gets a parsed tree).

Both run regular expressions over the whole page, so an attribute of megabytes (an
inlined ``data:`` image) costs minutes: attribute values longer than
``[ingest] max_attribute_chars`` are dropped from the page first (they never hold
article text), and the page is counted in ``meta["dropped_attributes"]``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import lxml.html
import trafilatura
from htmldate import find_date

from truce.ingest.article import build_article
from truce.ingest.dates import date_from_url, normalise_date
from truce.ingest.language import detect_language, unspaced_words
from truce.ingest.lines import ingest_settings
from truce.records import Article, Skipped
from truce.settings import Section

_URL_ELEMENTS = "//link[@rel='canonical'] | //meta[@property='og:url'] | //link[@rel='alternate']"
_TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ")
# Publication-time metadata that carries a full timestamp (htmldate keeps only the day).
_PUBLISHED_TIME = ("//meta[@property='article:published_time']/@content",
                   "//meta[@property='og:published_time']/@content",
                   "//meta[@itemprop='datePublished']/@content",
                   "//*[@itemprop='datePublished']/@datetime",
                   "//meta[@name='pubdate']/@content")


# libxml2 stops building the tree 256 elements deep unless told otherwise: junk markup
# nests deeper than that, and the story after it would be lost.
_PARSER = lxml.html.HTMLParser(huge_tree=True)
_PARSER_UTF8 = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
# trafilatura's own parser settings, with the same depth limit lifted (for the second try).
_EXTRACTION_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                          remove_comments=True, remove_pis=True, huge_tree=True)


def parse_tree(html: str, parser: lxml.html.HTMLParser | None = None) -> lxml.html.HtmlElement | None:
    """A fresh lxml tree (htmldate may modify it), or None for unparsable markup."""
    try:
        if parser is not None:
            return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
        try:
            return lxml.html.document_fromstring(html, parser=_PARSER)
        except ValueError:  # str with an XML encoding declaration
            return lxml.html.document_fromstring(html.encode("utf-8"), parser=_PARSER_UTF8)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return None


_EXTRACTION = {"include_comments": False, "include_tables": False, "include_images": False}


def extract_main(html: str, url: str | None, second_try: bool = False) -> dict[str, Any]:
    """trafilatura's main text and metadata of a page ({} when it finds none).

    trafilatura gives up on the whole page when its metadata step fails (a publication
    time with an offset of +25:00), stops at libxml2's default nesting limit, and its
    metadata-guided pass can settle on a stray fragment. The ``second_try`` parses
    without the nesting limit and skips the metadata (the markup fields and htmldate
    still give title and date); ``read_html`` uses it when the first finds no main text.
    """
    if not second_try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, **_EXTRACTION)
    else:
        tree = parse_tree(html, _EXTRACTION_PARSER)
        extracted = None if tree is None else trafilatura.bare_extraction(tree, url=url, with_metadata=False,
                                                                          **_EXTRACTION)
    return extracted.as_dict() if extracted is not None else {}


_BLOCKS = "//h1 | //h2 | //h3 | //h4 | //p | //li | //blockquote | //div[not(descendant::div | descendant::p)]"


def restore_blocks(text: str, tree: lxml.html.HtmlElement) -> str:
    """Put back the paragraph breaks that trafilatura's fallback extraction of a short page drops.

    On a short page trafilatura keeps the whole <article> as one run of text: headline, byline,
    share bar and every paragraph joined by spaces, so the furniture becomes part of the first
    sentence and paragraphs lose their boundaries. When the text has no line break, each block
    element's text (heading, paragraph, list item, innermost div) found in order starts a new
    paragraph; a text that already has line breaks is returned as it is.
    """
    if "\n" in text:
        return text
    cuts, cursor = [], 0
    for element in tree.xpath(_BLOCKS):
        piece = " ".join(element.text_content().split())
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:
            continue
        if found > 0:
            cuts.append(found)
        cursor = found + len(piece)
    if not cuts:
        return text
    parts = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "\n\n".join(p for p in parts if p)


def _first(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        text = (value if isinstance(value, str) else value.text_content()).strip()
        if text:
            return text
    return None


def markup_fields(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """Headline candidates and canonical url found in the page's head and <h1>s."""
    page_title = _first(tree, "//title")
    return {
        "og_title": _first(tree, "//meta[@property='og:title']/@content"),
        "page_title": _strip_site_name(page_title) if page_title else None,
        "h1": [h.text_content().strip() for h in tree.xpath("//h1")][:5],
        "url": _first(tree, "//link[@rel='canonical']/@href") or _first(tree, "//meta[@property='og:url']/@content"),
        "site": _first(tree, "//meta[@property='og:site_name']/@content"),
    }


def _strip_site_name(title: str) -> str:
    """'Headline | Outlet' -> 'Headline' (the longest part is taken to be the headline)."""
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            return max(title.split(sep), key=len).strip()
    return title


def find_dates(html: str, url: str | None, tree: lxml.html.HtmlElement | None = None
               ) -> list[tuple[str | None, str]]:
    """(date, source) candidates, strongest first: page metadata, url, text of the page."""
    text_date = _htmldate(html, extensive=True)
    if text_date and text_date[4:10] == "-01-01":
        text_date = None  # htmldate's year-only guess (often a copyright line), not a date
    meta_date = _htmldate(html, extensive=False)
    stamped = published_time(tree) if tree is not None else None
    if stamped and (meta_date is None or stamped[:10] == meta_date[:10]):
        meta_date = stamped  # same day as htmldate's pick, but with the time and offset
    return [(meta_date, "metadata"), (date_from_url(url), "url"), (text_date, "text")]


def published_time(tree: lxml.html.HtmlElement) -> str | None:
    """A full publication timestamp from the page's metadata (time and offset kept), else None."""
    for xpath in _PUBLISHED_TIME:
        value = normalise_date(_first(tree, xpath))
        if value and len(value) > 10:
            return value
    return None


def _htmldate(html: str, extensive: bool) -> str | None:
    """htmldate on a fresh tree without url links (a date in the url counts as "url")."""
    tree = parse_tree(html)
    if tree is None:
        return None
    for element in tree.xpath(_URL_ELEMENTS):
        element.drop_tree()
    try:
        return normalise_date(find_date(tree, extensive_search=extensive, original_date=True, url=None))
    except Exception:  # noqa: BLE001 - htmldate can fail on odd markup; a date is optional
        return None


def _prose_words(text: str, min_line_words: int) -> int:
    """Words in lines long enough to be prose; menus and link lists extract as one-word lines."""
    return sum(n for n in (len(line.split()) for line in text.splitlines()) if n >= min_line_words)


@lru_cache(maxsize=4)
def _long_attribute(max_chars: int) -> re.Pattern[str]:
    value = rf"""(?:"[^"]{{{max_chars + 1},}}"|'[^']{{{max_chars + 1},}}'|[^\s"'=<>`]{{{max_chars + 1},}})"""
    return re.compile(rf"\s[^\s\"'>/=]+\s*=\s*{value}")


def drop_long_attributes(html: str, max_chars: int) -> tuple[str, int]:
    """The markup without attributes whose value is longer than ``max_chars``, and how many went.

    Done on the text, before any parser sees it: libxml2 itself can take minutes over a
    page with a 10 MB attribute.
    """
    if len(html) <= max_chars:
        return html, 0
    return _long_attribute(max_chars).subn("", html)


def _bounded_markup(html: str, s: Section) -> tuple[str, lxml.html.HtmlElement | None, int]:
    """The page without over-long attributes, its tree, and how many attributes were dropped."""
    html, dropped = drop_long_attributes(html, s.max_attribute_chars)
    return html, parse_tree(html), dropped


def read_html(html: str, origin: str, user_date: str | None = None, url: str | None = None,
              fmt: str = "html", extra_dates: list[tuple[str | None, str]] | None = None,
              settings: Section | None = None) -> Article | Skipped:
    """One page -> Article; ``url``/``extra_dates`` come from the container (WARC) when known."""
    s = ingest_settings(settings)
    html, tree, dropped = _bounded_markup(html, s)
    if tree is None:
        return Skipped(origin=origin, kind="no-main-text", message="HTML could not be parsed")
    fields = markup_fields(tree)
    try:
        doc = extract_main(html, url)
        text = (doc.get("text") or "").strip()
        if _prose_words(text, s.min_line_words) < s.min_main_words:
            second = extract_main(html, url, second_try=True)
            if _prose_words(second.get("text") or "", s.min_line_words) > _prose_words(text, s.min_line_words):
                doc, text = {**doc, "text": second.get("text")}, (second.get("text") or "").strip()
    except Exception as exc:  # noqa: BLE001 - extraction failure is a property of the page
        return Skipped(origin=origin, kind="no-main-text", message=f"extraction failed: {exc}")
    if _prose_words(text, s.min_line_words) < s.min_main_words:
        # Japanese or Chinese prose has no spaces, so no "words" here: it is text, just not English.
        language = detect_language(text, s) if unspaced_words(text, s) >= s.min_main_words else None
        if language not in (None, "en"):
            return Skipped(origin=origin, kind="non-english", message=f"language detected: {language}")
        return Skipped(origin=origin, kind="no-main-text",
                       message=f"no main text found in the HTML ({len(text.split())} words extracted, "
                               f"none in sentence-like lines)")
    text = restore_blocks(text, tree)
    page_url = fields["url"] or doc.get("url") or url
    if page_url and not page_url.startswith(("http://", "https://")):
        page_url = url
    dates = find_dates(html, page_url or url, tree) + list(extra_dates or [])
    headlines = [fields["og_title"], doc.get("title"), fields["page_title"], *fields["h1"]]
    title = next((h for h in headlines if h), None)
    meta = {"site_name": fields["site"] or doc.get("sitename")}
    if dropped:
        meta["dropped_attributes"] = dropped
    return build_article(text, origin=origin, fmt=fmt, url=page_url, title=title, headlines=headlines,
                         dates=dates, user_date=user_date, meta=meta, settings=s)
