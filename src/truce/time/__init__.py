"""The date stage: the article's publication date and each event's date.

``date_article`` fills the publication date from the article's own text when
the reader found none (dateline, then a date line at the top, then the
user-given default), never replacing stronger evidence (see
``records.DATE_SOURCES``). ``date_events`` finds the date expression that
belongs to each trigger (``attach``), resolves it against the publication
date (``resolve``) and records the expression, the precision and why.
"""

from __future__ import annotations

from datetime import date, tzinfo

from spacy.tokens import Doc, Token

from truce.config import TruceConfig
from truce.nlp import char_span, doc_text
from truce.records import DATE_SOURCES, Article, Event
from truce.time.after import date_from_anchors
from truce.time.attach import Attachment, attachments, trigger_token
from truce.time.expressions import DateExpr, find_expressions
from truce.time.published import find_evidence
from truce.time.resolve import Resolved, resolve
from truce.time.zones import city_zone, country_zone

__all__ = ["EventDater", "find_expressions", "resolve"]

_ABSOLUTE = {"iso", "year"}
# Expressions that can be the words of a name ("March 23" in "the March 23 Movement").
_NAME_KINDS = frozenset({"explicit", "month"})


def _rank(source: str) -> int:
    return DATE_SOURCES.index(source) if source in DATE_SOURCES else len(DATE_SOURCES)


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _is_absolute(expr: DateExpr) -> bool:
    """True when the expression needs no reference date (it carries its year)."""
    if expr.kind == "datetime":
        return _is_absolute(expr.fields["day"])
    return expr.kind in _ABSOLUTE or "y" in expr.fields


class EventDater:
    """Publication and event dates; one instance per pipeline, stateless between articles."""

    def __init__(self, config: TruceConfig | None = None) -> None:
        self.config = config or TruceConfig()

    # -- publication date -------------------------------------------------
    def date_article(self, article: Article, doc: Doc | None = None) -> Article:
        """Fill ``published`` from the dateline / top lines / user default when nothing stronger is known.

        A "Published: 1 March 2026 11:20" line keeps its time: in the zone the line names, else
        the dateline city's zone, else as a naive local time. A bare metadata date gains the
        line's time when both name the same day. A dateline's credited agency becomes
        ``article.source`` only when neither the reader nor a URL named an outlet.
        """
        evidence = find_evidence(article.text, _as_date(article.published or self.config.published),
                                 self.config.settings.time)
        if evidence.city:
            article.meta.setdefault("dateline_city", evidence.city)
        if evidence.dateline_end:
            article.meta.setdefault("dateline_end", evidence.dateline_end)
        self._source_from_dateline(article, evidence.agency)
        stamp = evidence.stamp(city_zone(evidence.city))
        current = article.published_source if article.published else "unknown"
        if evidence.published and _rank(evidence.source) < _rank(current):
            article.published, article.published_source = stamp, evidence.source
            article.meta["published_evidence"] = evidence.text
        elif stamp and article.published == evidence.published and len(stamp) > 10:
            article.published = stamp
            article.meta["published_time_evidence"] = evidence.text
        elif article.published is None and self.config.published:
            article.published, article.published_source = self.config.published, "user"
        return article

    @staticmethod
    def _source_from_dateline(article: Article, agency: str | None) -> None:
        """The credited agency stands in for the outlet of a page that names none (plain text)."""
        if agency and not article.source and not article.url:
            article.source = agency
            article.meta["source_from"] = "dateline"

    # -- event dates --------------------------------------------------------
    def date_events(self, events: list[Event], doc: Doc, article: Article) -> list[Event]:
        """Set ``date``, ``date_precision``, ``date_text`` and an explanation on every event."""
        skip_to = int(article.meta.get("dateline_end", 0))
        text = doc_text(doc)
        exprs = [e for e in find_expressions(text) if e.start >= skip_to]
        named = self._in_names(exprs, text)
        exprs = [e for e in exprs if e not in named]
        ref = _as_date(article.published)
        for event in events:
            self._date_event(event, doc, article, exprs, ref)
        date_from_anchors(events, doc, doc_text(doc), exprs, ref, self.config.settings.time)
        return events

    def _in_names(self, exprs: list[DateExpr], text: str) -> set[DateExpr]:
        """The expressions that are words of an organisation's dictionary name: "the March 23 Movement"
        (M23), "the April 19 Movement" name a group, not a day. Read as a date, "Rebels of the March 23
        Movement shelled Nyabiondo on Friday" was dated 23 March and dropped as a recalled happening."""
        from truce.actors.lexicon import load_lexicon
        from truce.actors.match import tokenize

        # the name goes on after the date ("March 23 Movement"): only such expressions are looked up
        cands = [e for e in exprs if e.kind in _NAME_KINDS and text[e.end:e.end + 2].strip()[:1].isupper()]
        if not cands:
            return set()
        lex = load_lexicon(tuple(str(p) for p in self.config.actor_files))
        out = set()
        for e in cands:
            lo, hi = max(0, e.start - 40), min(len(text), e.end + 40)
            tokens = tokenize(text[lo:hi], lo)
            for m in lex.trie.find(tokens):
                first, last = tokens[m.i].start, tokens[m.j - 1].end
                if first <= e.start and e.end <= last and (first, last) != (e.start, e.end) \
                        and any(v.kind == "org" for v in m.values):
                    out.add(e)
                    break
        return out

    def _date_event(self, event: Event, doc: Doc, article: Article, exprs: list[DateExpr],
                    ref: date | None) -> None:
        trigger = trigger_token(doc, event.trigger_start, event.trigger_end)
        future = event.modality.future
        usable = exprs if ref else [e for e in exprs if _is_absolute(e)]
        cands = attachments(usable, doc, trigger) if trigger is not None else []
        local = self._local_zone(event, article)
        found = self._first_resolved(cands, usable, doc, ref, future, local)
        if found is None:
            self._default(event, article, ref, cands)
            return
        day, resolved = found
        resolved, text = self._add_time(resolved, day, cands, local)
        precision = "reported" if day.via_reporting_verb else resolved.precision
        event.date, event.date_precision, event.date_text = resolved.iso(), precision, text
        event.explanation.append(
            f"date: {text!r} ({day.rule}{', date of the report' if day.via_reporting_verb else ''}"
            f"{', counted from an earlier date' if day.expr.anchored else ''}) "
            f"resolved against publication {article.published} -> {event.date} ({precision})")

    def _first_resolved(self, cands: list[Attachment], exprs: list[DateExpr], doc: Doc, ref: date | None,
                        future: bool, local: tzinfo | None) -> tuple[Attachment, Resolved] | None:
        """The best candidate that names a day and resolves (anchored ones need a date before them)."""
        base = ref or date(2000, 1, 1)  # only absolute expressions reach here without a ref
        for cand in cands:
            if not cand.expr.has_day or (future and cand.via_reporting_verb):
                continue
            anchor = self._anchor(cand.expr, exprs, doc, base, future, self.config.settings.time) \
                if cand.expr.anchored else None
            if cand.expr.anchored and anchor is None:
                continue
            resolved = resolve(cand.expr, base, future, local, anchor, self.config.settings.time)
            if resolved is not None:
                return cand, resolved
        return None

    @staticmethod
    def _anchor(expr: DateExpr, exprs: list[DateExpr], doc: Doc, ref: date, future: bool, settings) -> date | None:
        """Date of the nearest earlier day expression in this or the previous sentence."""
        token = char_span(doc, expr.start, expr.end, alignment_mode="expand")
        if token is None:
            return None
        sent = token.sent
        floor = doc[sent.start - 1].sent.start_char if sent.start > 0 else 0
        for prior in reversed([e for e in exprs if floor <= e.start and e.end <= expr.start]):
            if prior.has_day and not prior.anchored and "\n\n" not in doc_text(doc)[prior.end:expr.start]:
                got = resolve(prior, ref, future, settings=settings)
                if got is not None:
                    return got.day
        return None

    def _clock_time(self, cands: list[Attachment]) -> Attachment | None:
        """A clock time close enough to the trigger (``[time] clock_time_max_level``) to join its day."""
        limit = self.config.settings.time.clock_time_max_level
        return next((a for a in cands if a.expr.kind == "time" and a.level <= limit), None)

    def _add_time(self, resolved: Resolved, day: Attachment, cands: list[Attachment],
                  local: tzinfo | None) -> tuple[Resolved, str]:
        """Combine the chosen day with a separate clock time of the same clause, if any."""
        if resolved.time is not None:
            return resolved, day.expr.text
        time = self._clock_time(cands)
        if time is None:
            return resolved, day.expr.text
        clocked = resolve(time.expr, resolved.day, local=local)
        if clocked is None:  # not a time a clock can show: the day alone
            return resolved, day.expr.text
        both = Resolved(resolved.day, resolved.precision, clocked.time, clocked.tz)
        return both, f"{day.expr.text} ... {time.expr.text}"

    def _default(self, event: Event, article: Article, ref: date | None, cands: list[Attachment]) -> None:
        """No usable expression: the publication date as an upper bound, or nothing when there is none."""
        time = self._clock_time(cands)
        if ref is None:
            event.date = event.date_precision = event.date_text = None
            event.explanation.append("date: unknown: the article has no publication date and the "
                                     "sentence gives no date with a year")
            return
        clocked = resolve(time.expr, ref, local=self._local_zone(event, article)) if time else None
        if time is not None and clocked is not None:
            event.date, event.date_precision, event.date_text = clocked.iso(), "day", time.expr.text
            # the day is the publication's, only the clock time is the text's: clustering reads such a
            # date as a report's ("shortly after 2 a.m." next to "early Sunday" is no second happening)
            event.date_source = "publication"
            event.explanation.append(f"date: time {time.expr.text!r} ({time.rule}) on the publication "
                                     f"day {ref.isoformat()} -> {event.date}")
            return
        event.date, event.date_precision, event.date_text = ref.isoformat(), "reported", None
        event.explanation.append(f"date: no date expression for the trigger; publication date "
                                 f"{ref.isoformat()} ({article.published_source}) used as the report date")

    @staticmethod
    def _local_zone(event: Event, article: Article) -> tzinfo | None:
        """Zone for "local time": the event's country, else the dateline city."""
        country = event.location.country if event.location else None
        return country_zone(country) or city_zone(article.meta.get("dateline_city"))


def trigger_of(doc: Doc, event: Event) -> Token | None:
    """The trigger token of an event (for tools and tests)."""
    return trigger_token(doc, event.trigger_start, event.trigger_end)
