"""The clean stage: strip scraped-page furniture, keep a record of it, keep every headline.

Runs before parsing, so every later offset points into the cleaned ``Article.text``.
Rules (docs/ingest.md has the full list):

* furniture lines (share bars, adverts, 'Read more: ...', follow/subscribe prompts,
  bylines, copyright and cookie notices; patterns in ``data/lang/en/ingest/boilerplate.yaml``)
  are removed and recorded in ``article.removed``;
* headline lines are moved out of the body into ``article.headlines``: the title (first
  headline-like line when no title is known), repeats of a known headline, and short
  headline-like lines after the last body line (related-story teasers);
* a body sentence (ends with . ! ? and has more than 8 words) is never removed, except
  by the narrow ``always`` patterns (cookie / copyright notices).

Word counts are ``[ingest]`` settings; pass the ``TruceConfig`` to use a user's values.
"""

from __future__ import annotations

import dataclasses
import re

from truce.config import TruceConfig
from truce.ids import normalise_text
from truce.ingest.article import unique_headlines
from truce.ingest.lines import furniture_reason, is_body_sentence, is_headline_like
from truce.records import Article, RemovedLine
from truce.settings import Section

_KEY = re.compile(r"[\W_]+")


def _key(line: str) -> str:
    return _KEY.sub(" ", normalise_text(line).casefold()).strip()


def clean_article(article: Article, config: TruceConfig | None = None) -> Article:
    """A copy of ``article`` with furniture removed; idempotent (a cleaned article is copied as it is).

    Always a copy: the stages fill in the copy's date, outlet and notes, so coding an article twice
    (or one a caller holds on to) gives the same result both times."""
    if article.meta.get("cleaned"):
        return dataclasses.replace(article, meta=dict(article.meta))
    s = (config or TruceConfig()).settings.ingest
    lines = [line.strip() for line in article.text.splitlines()]
    reasons: list[str | None] = [furniture_reason(line, s) for line in lines]
    headlines = [h for h in [article.title, *article.headlines] if h]
    if article.meta.get("text_from") != "title":  # a headline-only item: its title is its text
        _mark_known_headlines(lines, reasons, headlines, s)
    title = None if headlines else _mark_leading_title(lines, reasons, s)
    teasers = _mark_teasers(lines, reasons, s)
    removed = [RemovedLine(text=line, reason=reason, line_no=i + 1)
               for i, (line, reason) in enumerate(zip(lines, reasons, strict=True)) if reason]
    text = _join(line for line, reason in zip(lines, reasons, strict=True) if not reason)
    all_headlines = unique_headlines(headlines or [title], teasers)
    return dataclasses.replace(
        article, text=text, title=all_headlines[0] if all_headlines else None, headlines=all_headlines,
        removed=[*article.removed, *removed], meta={**article.meta, "cleaned": True})


def _mark_known_headlines(lines: list[str], reasons: list[str | None], headlines: list[str], s: Section) -> None:
    """Lines repeating a known headline leave the body (never a body sentence)."""
    known = {_key(h) for h in headlines}
    seen: set[str] = set()
    for i, line in enumerate(lines):
        key = _key(line)
        if reasons[i] or not key or key not in known or is_body_sentence(line, s):
            continue
        reasons[i] = "duplicate-headline" if key in seen else "headline"
        seen.add(key)


def _mark_leading_title(lines: list[str], reasons: list[str | None], s: Section) -> str | None:
    """The first remaining line is the title when it is headline-like and body follows it."""
    kept = [i for i, line in enumerate(lines) if line and not reasons[i]]
    if len(kept) < 2:
        return None
    first = kept[0]
    if is_headline_like(lines[first], s) and not is_body_sentence(lines[first], s):
        reasons[first] = "headline"
        return lines[first]
    return None


def _mark_teasers(lines: list[str], reasons: list[str | None], s: Section) -> list[str]:
    """Short headline-like lines after the last body sentence are other stories' headlines."""
    kept = [i for i, line in enumerate(lines) if line and not reasons[i]]
    if not any(is_body_sentence(lines[i], s) for i in kept):
        return []
    teasers = []
    for i in reversed(kept):
        line = lines[i]
        if is_body_sentence(line, s) or not is_headline_like(line, s, s.max_teaser_words):
            break
        reasons[i] = "teaser-headline"
        teasers.append(line)
    return teasers[::-1]


def _join(lines) -> str:
    """Kept lines, one per line, with runs of blank lines collapsed to one paragraph break."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
