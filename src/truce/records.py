"""Typed records passed between pipeline stages.

Every stage takes and returns these dataclasses, so a stage can be tested,
replaced or run remotely (Ray) without knowing another stage's internals.
Offsets are always Python ``str`` offsets into ``Article.text`` (the cleaned
text), so evidence can be shown exactly where it was found.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# How a publication date was established, strongest first.
DATE_SOURCES = ("user", "metadata", "url", "dateline", "text", "unknown")

# PLOVER event types grouped by quad class (1 verbal coop .. 4 material conflict).
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
EVENT_TYPES = tuple(QUAD_CLASS)
# The quad classes by name (codes of the table above).
QUAD_VERBAL_COOPERATION = 1
QUAD_VERBAL_CONFLICT = 3
QUAD_MATERIAL_CONFLICT = 4


@dataclass
class RemovedLine:
    """A line the cleaner removed from a page, kept so nothing is lost silently."""

    text: str
    reason: str  # e.g. "boilerplate:share", "boilerplate:advertisement", "duplicate-headline"
    line_no: int


@dataclass
class Article:
    """One news article after reading (and, once cleaned, after cleaning).

    ``id`` is a stable hash of the normalised text (plus url when known), so the
    same article read twice gets the same id and the store can stay idempotent.
    """

    id: str
    text: str
    url: str | None = None
    source: str | None = None  # outlet / domain
    title: str | None = None
    headlines: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601 date or datetime
    published_source: str = "unknown"  # one of DATE_SOURCES
    language: str | None = None
    origin: str = ""  # where it came from: path, path:line, path#warc-record
    fmt: str = "text"  # text, html, jsonl, warc, rss
    removed: list[RemovedLine] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Skipped:
    """An input item that was not coded, and why. Never dropped silently."""

    origin: str
    kind: str  # unreadable, binary, encoding, empty, too-large, truncated, malformed-jsonl, no-main-text,
    #            non-english, internal-error (a stage raised on this item: stage and exception in ``message``)
    message: str
    article_id: str | None = None  # an empty id is no id: it names the same skip as None
    stage: str | None = None  # for internal-error: the stage that raised


@dataclass
class ActorRef:
    """An actor or recipient span and, once coded, its PLOVER codes."""

    text: str
    start: int = -1
    end: int = -1
    country: str | None = None  # ISO 3166 alpha-3 or IGO/UNO/EUR/NGO/ISM/IMG/MNC
    sector: str | None = None  # PLOVER sector code
    name: str | None = None  # canonical name for named actors
    reason: str | None = None  # which evidence coded it, or why it stayed uncoded
    actor_id: str | None = None  # id of the dictionary entry that coded it (truce files may refer to it)
    coref: str | None = None  # for a reference ("the group", "its fighters"): the antecedent's text


@dataclass
class Place:
    """A toponym found in an article and its gazetteer resolution."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    precision: str | None = None  # point, city, admin1, admin2, country, region
    score: float | None = None
    source: str = ""  # how it was recognised: ner, gazetteer, dateline, context, qualifier, demonym, given
    in_org: bool = False  # part of an organisation's name ("Kentucky" in "Kentucky State Police"): never an event's place
    note: str | None = None  # why the resolver chose this entry, or why it left the place unresolved (for people)
    abstained: bool = False  # the resolver had readings but refused them all (only far namesakes): a place, unlocated


@dataclass
class EventLocation:
    """Where an event happened, and which rule chose the place."""

    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    precision: str | None = None  # point (airport, facility), city, admin2, admin1, region, country
    rule: str | None = None  # attached-to-trigger, sentence, paragraph (+refined), previous-event, article-place, dateline, focus-country
    text: str | None = None
    start: int = -1
    end: int = -1
    score: float | None = None  # how sure the resolver is of this place (0..1)
    note: str | None = None  # the event's sentence names a place the resolver left unresolved (an abstention): which, and why


@dataclass
class Modality:
    """Whether the event is reported as having happened.

    Only events with ``asserted`` true count as things that happened.
    """

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    claimed: bool = False  # reported by someone ("state media said")
    claimant: str | None = None
    cue: str | None = None  # the word(s) that set the flags
    claim_verb: str | None = None  # lemma of the verb that reports the claim ('say', 'claim', 'admit')
    claim_kind: str | None = None  # 'responsibility': the claimant says it did the act itself (CAMEO 015)

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.future or self.hypothetical)


@dataclass
class Casualty:
    """One casualty figure a report gives: ``count`` people ``kind``, as ``claimant`` says.

    ``kind`` is one of killed, injured, abducted, arrested. A range ("at least 5",
    "5 to 7") keeps the lower bound in ``count`` and the upper in ``high``.
    """

    kind: str
    count: int
    high: int | None = None
    text: str = ""  # the phrase the figure came from
    start: int = -1
    end: int = -1
    claimant: str | None = None


CASUALTY_KINDS = ("killed", "injured", "abducted", "arrested")


@dataclass
class Claim:
    """A statement in the article about who did (or did not do) the event it is attached to.

    ``kind``: blame (``claimant`` says ``party`` did it), denial (``party`` says it did not),
    responsibility (``party`` says it did), self-defence (``party`` says it acted in self-defence),
    silence (``party`` said nothing about it: "did not mention the bomb", on the negated mention itself;
    never a denial).
    Found by the claims stage anywhere in the article and attached to the nearest matching event.
    """

    kind: str
    party: ActorRef  # who is blamed, denies, claims responsibility or self-defence
    claimant: str | None = None  # who says so (for blame: the accuser; otherwise the party's speaker)
    text: str = ""  # the sentence (or clause) the claim was read from
    start: int = -1  # offsets of the claim's cue in Article.text
    end: int = -1
    cue: str = ""  # the words that made it a claim ("denied", "claimed responsibility", "returned fire")


CLAIM_KINDS = ("blame", "denial", "responsibility", "self-defence", "silence")


@dataclass
class Event:
    """One coded event report: one trigger in one sentence of one article."""

    id: str
    article_id: str
    event: str  # PLOVER type
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    trigger: str = ""
    trigger_start: int = -1
    trigger_end: int = -1
    sentence: str = ""
    sentence_start: int = -1
    event_text: str = ""
    modality: Modality = field(default_factory=Modality)
    confidence: float = 0.0
    cameo_root: str | None = None
    location: EventLocation | None = None
    date: str | None = None  # ISO date (or datetime with zone when a time was given)
    date_precision: str | None = None  # day, week, month, year, reported
    date_text: str | None = None  # the expression the date came from
    date_source: str | None = None  # how the date was found: text (explicit), relative, publication, copy-original
    background: bool = False  # happened, but only recalled (old, habitual, a known earlier event): not a new report
    demoted: bool = False  # a weak candidate kept because nothing else in its sentence survived
    demoted_reason: str | None = None
    relevance: float | None = None  # how likely this reading is a political event (sense/relevance stage), 0..1
    clause_depth: int = -1  # heads between the trigger's clause and the sentence root (0: main clause; -1 unknown)
    casualties: list[Casualty] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # who-did-it statements about this event, from its article
    cluster_id: str | None = None  # set by dedup: reports of the same happening share it
    explanation: list[str] = field(default_factory=list)

    @property
    def quad_code(self) -> int | None:
        return QUAD_CLASS.get(self.event)

    @property
    def counted(self) -> bool:
        """An event a count should include: reported as having happened and not demoted.

        A demoted event is a candidate kept for review and recall measurement (a non-political
        reading such as a match report's "beat", or a weak trigger nothing else in its sentence
        backed): exports, ``truce code`` and the monitor leave it out unless asked for it.
        """
        return self.modality.asserted and not self.demoted

    def non_political(self, min_relevance: float) -> bool:
        """A non-political reading: the sense stage put its relevance below ``min_relevance``
        (settings ``[events] relevance_counted``): a match report's "beat", not a weak political candidate."""
        return self.relevance is not None and self.relevance < min_relevance

    def to_plover(self) -> dict[str, Any]:
        """The PLOVER JSON record plus every truce field (generated from this class: truce.schema)."""
        from truce.schema import plover_record

        return plover_record(self)


@dataclass(frozen=True)
class Coder:
    """Which coder made an article's events: stored with the article so a store never mixes codings."""

    truce_version: str
    model: str
    model_version: str
    knowledge: str  # hash of the shipped and user lexicons/dictionaries
    settings: str  # digest of the settings

    @property
    def id(self) -> str:
        return f"{self.truce_version}/{self.model}-{self.model_version}/{self.knowledge}/{self.settings}"


@dataclass
class CodedArticle:
    """Everything the per-article stages produced for one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    domain: str | None = None  # article-level domain (politics, sport, business, ...), from the relevance stage
    domain_score: float | None = None
    coder: Coder | None = None
