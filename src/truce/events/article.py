"""Article-level consolidation: one happening told several times is one event; background is marked.

Sentence-level coding sees each mention alone. A wire article names its news event in the lead, then
refers back to it ("the attack", "the shelling") and closes with context ("Fighting last month killed
..."). This pass runs after dating (so explicit dates can tell two events apart) and:

- **merges** a later mention into an earlier event of the same type when their dates are compatible (the
  same day, or no explicit date on one of them) and their participants are compatible (no coded actor or
  recipient that contradicts the other); a definite event noun ("the attack") is a reference and merges
  with the nearest earlier event of its type unless an explicit date differs. The first mention's offsets
  are kept; the later ones are listed in ``explanation`` and lend missing participants, mode and date;
- **marks background**: an event dated well before publication (``background_days``), or with a year/
  month-only date outside the publication month, or in a habitual clause (set during sentence assembly),
  or a definite event noun with no participants and no earlier event it could refer to ("excluded from
  the ceasefire"). Background events DID happen (modality untouched); ``Event.background`` is set and
  the reason added to ``explanation``. ``truce evaluate events`` leaves them out unless
  ``--include-background``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from truce.events.lexicon import load_classes, shipped_data, word_list
from truce.events.roles import JOINT_NOTE
from truce.events.sense import LEARNED_DEMOTION
from truce.events.settings import events_settings
from truce.knowledge import lang_file
from truce.records import QUAD_CLASS, QUAD_MATERIAL_CONFLICT, ActorRef, Event
from truce.settings import default_settings

REFERENCE_NOTE = "reference: definite event noun (may refer back to an event told before)"
BARE_NOTE = "bare event noun"
WEAK_CANDIDATE = "weak candidate"  # the start of a weak candidate's demoted_reason (truce.events.assemble)
_DATE_FIELDS = ("date", "date_precision", "date_text")


@dataclass(frozen=True)
class ArticleRules:
    background_days: int
    shared_word_skip_chars: int  # [events]: words this short never make two participants the same
    coarse_precisions: frozenset[str]
    habitual_adverbs: frozenset[str]
    habitual_phrases: tuple[str, ...]
    duration_nouns: frozenset[str]
    definite_determiners: frozenset[str]
    instrument_nouns: frozenset[str] = frozenset()
    reason_marks: frozenset[str] = frozenset()
    reason_duration_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_article_rules(background_days: int | None = None, shared_word_skip_chars: int | None = None
                       ) -> ArticleRules:
    """The article word lists (lang/en/events/article.yaml); weapons come from the ``weapon`` noun class.
    ``background_days`` and ``shared_word_skip_chars`` are the ``[events]`` settings of those names
    (the shipped defaults when not given)."""
    defaults = default_settings().events
    background_days = defaults.background_days if background_days is None else background_days
    skip = defaults.shared_word_skip_chars if shared_word_skip_chars is None else shared_word_skip_chars
    path = str(lang_file("events", "article.yaml"))
    d = shipped_data("article.yaml")
    low = lambda key: word_list(d, key, path)[0]  # noqa: E731
    phrases = [str(x).lower() for x in (d.get("habitual_phrases") or {}).get("words") or []]
    word_list(d, "habitual_phrases", path)  # provenance and duplicates checked
    return ArticleRules(
        background_days=int(background_days), shared_word_skip_chars=int(skip), coarse_precisions=low("coarse_precisions"),
        habitual_adverbs=low("habitual_adverbs"), habitual_phrases=tuple(phrases),
        duration_nouns=low("duration_nouns"), definite_determiners=low("definite_determiners"),
        instrument_nouns=load_classes()["weapon"].words,
        reason_marks=low("reason_marks"), reason_duration_nouns=low("reason_duration_nouns"),
    )


def consolidate(events: list[Event], published: str | None, rules: ArticleRules | None = None) -> list[Event]:
    """Merge repeated mentions (across sentences) and mark background events; order is kept."""
    rules = rules or load_article_rules()
    pub = _day(published)
    kept: list[Event] = []
    for ev in sorted(events, key=lambda e: e.trigger_start):
        _mark_by_date(ev, pub, rules)
        first = _earlier_mention(ev, kept, rules.shared_word_skip_chars)
        if first is not None:
            _absorb(first, ev)
            continue
        if _is_reference(ev) and not ev.actor and not ev.recipient and ev.modality.asserted:
            mark_background(ev, "a definite event noun with no participants and no earlier report: a known event")
        kept.append(ev)
    return kept


def mark_background(ev: Event, why: str) -> None:
    """Set the typed flag ``Event.background`` (PLOVER ``context`` holds PLOVER contexts only)."""
    if not ev.background:
        ev.background = True
        ev.explanation.append(f"background: {why}")


def is_background(ev: Event) -> bool:
    return ev.background


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _explicit(ev: Event) -> bool:
    """A date the text states for this event (not the publication or reporting date; a clock time alone
    put on the publication day, ``date_source`` "publication", states no day)."""
    return bool(ev.date and ev.date_text and ev.date_precision not in (None, "reported")
                and ev.date_source != "publication")


def _mark_by_date(ev: Event, pub: date | None, rules: ArticleRules) -> None:
    when = _day(ev.date)
    if pub is None or when is None or not _explicit(ev):
        return
    if (pub - when).days > rules.background_days:
        mark_background(ev, f"dated {ev.date} ('{ev.date_text}'), over {rules.background_days} days before publication")
    elif ev.date_precision in rules.coarse_precisions and (when.year, when.month) != (pub.year, pub.month) \
            and when < pub:
        mark_background(ev, f"only a {ev.date_precision} ('{ev.date_text}') before the publication month")


def _is_reference(ev: Event) -> bool:
    return REFERENCE_NOTE in ev.explanation


def _earlier_mention(ev: Event, kept: list[Event], skip: int) -> Event | None:
    """The earlier event (another sentence) this one repeats, nearest first (``skip``: see ``_words``)."""
    for first in reversed(kept):
        if first.event != ev.event or first.sentence_start == ev.sentence_start:
            continue
        if first.modality.asserted != ev.modality.asserted or is_background(first) != is_background(ev):
            continue
        if not _weak_reference(ev) and (not _dates_agree(first, ev) or (_reversed(first, ev, skip) and not _joint(first))):
            continue
        if _is_reference(ev) or (_participants_agree(first.actor, ev.actor, skip)
                                 and _participants_agree(_victims(first), ev.recipient, skip)
                                 and _modes_agree(first, ev)):
            return first
    return None


def _joint(ev: Event) -> bool:
    """A fight between two parties (``roles.JOINT_NOTE`` on a material-conflict act): either side may be a
    later mention's victim, so no later mention reverses it. A joint meeting or agreement keeps the usual
    test (a later meeting with another party is another event)."""
    return QUAD_CLASS[ev.event] == QUAD_MATERIAL_CONFLICT and any(n.startswith(JOINT_NOTE) for n in ev.explanation)


def _victims(ev: Event) -> list[ActorRef]:
    """The recipients a later mention's victims must agree with: none for a fight between two parties (its recipient is the other party: "A and B exchanged fire ... Two civilians were wounded")."""
    return [] if _joint(ev) else ev.recipient


def _weak_reference(ev: Event) -> bool:
    """A definite event noun kept only as a weak candidate ("claimed responsibility for the bombing on
    Sunday"): it names the act told before, and a date the parser hung on it is usually the sentence's
    own (the claim's), so it joins the earlier report whatever that date says."""
    return _is_reference(ev) and _demoted_by(ev, WEAK_CANDIDATE)


def _demoted_by(ev: Event, reason: str) -> bool:
    """``ev`` is demoted for a reason that starts with ``reason`` (a weak candidate, the learned model)."""
    return ev.demoted and (ev.demoted_reason or "").startswith(reason)


def _reversed(a: Event, b: Event, skip: int) -> bool:
    """The target of one is the actor of the other: a counter-attack or a reply, not the same event."""
    return any(_same(x, y, skip) for x in _coded(a.recipient) for y in _coded(b.actor)) or \
        any(_same(x, y, skip) for x in _coded(a.actor) for y in _coded(b.recipient))


def _dates_agree(a: Event, b: Event) -> bool:
    """No explicit date on one side, or the finer date lies in the coarser one's period."""
    if not (_explicit(a) and _explicit(b)):
        return True
    da, db = _day(a.date), _day(b.date)
    if da is None or db is None:
        return True
    precisions = {a.date_precision, b.date_precision}
    if "year" in precisions:
        return da.year == db.year
    if "month" in precisions:
        return (da.year, da.month) == (db.year, db.month)
    return abs((da - db).days) < (_WEEK_DAYS if "week" in precisions else 1)


_WEEK_DAYS = 7


def _modes_agree(a: Event, b: Event) -> bool:
    return a.mode is None or b.mode is None or a.mode == b.mode or (BARE_NOTE in b.explanation and not b.actor)


def _words(ref: ActorRef, skip: int) -> set[str]:
    """The span's words longer than ``skip`` characters (``[events] shared_word_skip_chars``)."""
    return {w.strip(".,'\"()").lower().removesuffix("'s") for w in ref.text.split() if len(w) > skip}


def _same(a: ActorRef, b: ActorRef, skip: int) -> bool:
    if _words(a, skip) & _words(b, skip):
        return True
    return a.country is not None and a.country == b.country and (a.sector is None or b.sector is None or a.sector == b.sector)


def _instrument(ref: ActorRef) -> bool:
    words = ref.text.lower().split()
    return bool(words) and words[-1].removesuffix("s") in load_article_rules().instrument_nouns


def _coded(refs: list[ActorRef]) -> list[ActorRef]:
    """Spans with a country or sector, weapons excluded ('Artillery shells' is no party)."""
    return [r for r in refs if (r.country or r.sector) and not _instrument(r)]


def _participants_agree(a: list[ActorRef], b: list[ActorRef], skip: int) -> bool:
    """Uncoded spans never contradict; coded ones must share a word or a country (and sector)."""
    ca, cb = _coded(a), _coded(b)
    return not ca or not cb or any(_same(x, y, skip) for x in ca for y in cb)


def _absorb(first: Event, later: Event) -> None:
    """``later`` repeats ``first``: keep first's offsets, take what first lacks, record the mention."""
    notes = [f"also mentioned at {later.trigger_start}: '{later.event_text or later.trigger}'"]
    if not first.actor and later.actor and not _is_reference(later):
        first.actor = list(later.actor)
        notes.append("actor from that mention")
    if not first.recipient and later.recipient and not _is_reference(later):
        first.recipient = list(later.recipient)
        notes.append("recipient from that mention")
    if first.mode is None and later.mode is not None:
        first.mode = later.mode
        notes.append(f"mode {later.mode} from that mention")
    if not _explicit(first) and _explicit(later):
        for f in _DATE_FIELDS:
            setattr(first, f, getattr(later, f))
        notes.append(f"date {later.date} from that mention")
    for ctx in later.context:
        if ctx not in first.context:
            first.context.append(ctx)
    lifted = None
    if not later.demoted and _demoted_by(first, WEAK_CANDIDATE):
        # 'after clashes with gang members ... 3 gang members reported killed': a background mention kept as a
        # weak candidate is reported by its later mention, so the merged event counts
        lifted = "reported by that mention (no longer a weak candidate)"
    elif not later.demoted and _demoted_by(first, LEARNED_DEMOTION) and later.actor and not _is_reference(later) \
            and (later.relevance or 0.0) > events_settings().relevance_undecided:
        # 'A farmer was shot and wounded ... Masked gunmen fired at him': the learned model judged the
        # bare sentence alone; the same happening told with an armed actor, kept by the sense rules, is
        # a political reading of it. Not a mention no rule judged ('Someone in a pickup opened fire'
        # in a story of unknown domain keeps the undecided relevance): nothing says it is political
        lifted = "a political reading by that mention (the learned model's demotion lifted)"
    if lifted is not None:
        first.demoted, first.demoted_reason = False, None
        first.relevance = later.relevance if later.relevance is not None else first.relevance
        notes.append(lifted)
    first.confidence = max(first.confidence, later.confidence)
    first.explanation.append("merged repeated mention: " + "; ".join(notes))
