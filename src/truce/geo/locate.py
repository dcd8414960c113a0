"""Event location: the place where an event happened, and the rule that chose it.

Rules, strongest first (``EventLocation.rule``); the event's own words come before the article's:
1. ``attached-to-trigger``: a toponym reached from the trigger through a locative preposition
   ("shelled positions in X", "clashes near X", "strikes hit areas in X");
2. ``sentence``: the toponym nearest the trigger in the same sentence that is not part of an
   actor or recipient span ("Syrian government"), not a national adjective, not inside an
   organisation's name and not a subject or possessor (those are actors);
3. ``paragraph``: the nearest such toponym in the event's paragraph (finer places first);
   (``+refined``: a country or state named by the event's words is replaced by a town of the
   paragraph that lies in it: "a village in Plateau state" ... "Bokkos"); a qualifier written after a
   place ("Mastung (Balochistan)", "Savannah, Ga.") is never the event's place unless that place is
   unknown to the gazetteer ("Akobo (Jonglei)");
4. ``previous-event``: the place of the article's nearest earlier event located by rules 1-3
   (later paragraphs tell more of the same incident: "Seven attackers were killed");
   (``+article``: a country or state named by the event's words with no town of the paragraph in it takes
   the article's most specific place inside it, with a note and a lower score);
5. ``article-place``: the article's most-mentioned place finer than a country, in its focus country;
6. ``dateline``: the story's dateline place ("TRIPOLI, March 2 (Wire) -", also after a page's headline) -
   only now, so a correspondent's city never replaces the place the text names (also when it is the
   article place), and never when the event's sentence names another place;
7. ``agency-place``: a town or county named only in a local agency's name ("the Kettering Police
   Department"), with a note;
8. ``focus-country``: the country most of the article's places lie in (precision ``country``);
9. ``context-country``: with no resolved place at all, the country of the armed groups and organisations
   the article names (precision ``country``, with a note).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from truce.geo.distance import haversine_km, moved
from truce.geo.gazetteer import TOWNLESS_FCODE, AnyGazetteer
from truce.geo.recognize import locative_verbs, place_heads, relative_offset
from truce.geo.resolve import LOCAL_FALLBACK_NOTE, paragraph_bounds
from truce.geo.tables import demonyms, words
from truce.nlp import char_span
from truce.records import Event, EventLocation, Place

WALK_DEPS = {"prep", "pobj", "dobj", "obj", "nsubjpass", "appos", "compound", "npadvmod", "advmod", "attr"}
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Z][A-Za-z.' ]{1,25})?\s*(?:,|\(|\u2014|--| - )")
FINE = ("point", "city", "admin2", "admin1")
OWN_RULES = ("attached-to-trigger", "sentence", "paragraph")  # rules that read the event's own words
UNRESOLVED = "unresolved"  # EventLocation.rule when the only place the event's sentence names was left unresolved


def locate_event(event: Event, places: list[Place], doc: Doc, gaz: AnyGazetteer, settings: Any,
                 text: str | None = None, previous: Place | None = None,
                 context: Callable[[], dict[str, float]] | None = None) -> EventLocation | None:
    """The event's location by the first rule that finds one; ``text`` is ``doc.text`` if known;
    ``previous``: the place of the article's nearest earlier event located from its own words;
    ``context``: the article's country votes from what is not a toponym (ISO2 -> weight), asked for
    only when the article resolves no place at all."""
    text = doc.text if text is None else text
    dem = demonyms()
    usable = [p for p in places if p.name is not None and not (p.source == "demonym" or p.text in dem and
                                                               p.source not in ("ner", "gazetteer"))
              and not p.in_org
              and not (p.source == "qualifier" and _qualified_place_known(p, places, text, settings))]
    spoken = [p for p in usable if _speaker_place(p, doc, settings)]
    heard = [p for p in usable if p not in spoken] if spoken else usable
    own = _without_dateline(event, heard, places, text) if settings.dateline_yields else heard
    place, rule = _own_words(event, own, doc, settings)
    if place is None and spoken:  # the speaker's town, when the event's sentence names no other place
        place, rule = _own_words(event, usable, doc, settings)
    usable = heard
    if place is None:
        place, rule = _in_paragraph(event, own, doc, text), "paragraph"
    inferred = None  # why a place was taken from the article rather than from the event's own words
    coarse = None  # then: the precision the event's own words support (recorded as the location's precision)
    if place is not None and (place.precision not in FINE or place.precision == "admin1"):
        finer = _finer_inside(place, event, usable, text, settings)
        if finer is not None:
            place, rule = finer, rule + "+refined"
        elif settings.article_fallback and place.precision in ("country", "admin1", "region") \
                and event.event in settings.article_fallback_events:
            inside = _article_inside(place, usable, settings)
            if inside is not None:
                inferred = (f"the event's words name only {place.text!r}; {inside.text!r} ({inside.name}) is the "
                            f"article's most specific place inside it")
                coarse, place, rule = place.precision, inside, rule + "+article"
    if place is None and previous is not None:
        place, rule = previous, "previous-event"
    if place is None:
        place, rule, inferred = _article_fallbacks(event, places, usable, text, settings)
    unresolved = None if place is not None and rule.split("+")[0] in OWN_RULES else _unresolved_here(event, places)
    loc = _location(place, rule) if place is not None else _focus_country(places, gaz)
    if place is not None and loc is not None and settings.relative_points:
        _relative_point(loc, place, usable, text, settings)
    if loc is None and settings.context_country and context is not None:
        loc = _context_country(context(), gaz)
    if loc is not None and inferred is not None:
        loc.note = inferred
        loc.precision = coarse or loc.precision  # the point is the article's; the certainty is the words' own
        loc.score = None if loc.score is None else round(loc.score * settings.article_fallback_score, 3)
    if unresolved is None:
        return loc
    # The event's own words name a place the resolver would not place ("abstained: ..."): say so, so that a
    # reader (clustering) tells a place left open from a story that names none.
    note = f"{unresolved.text!r} in the event's sentence is unresolved: {unresolved.note or 'no gazetteer entry'}"
    if loc is None:
        return EventLocation(rule=UNRESOLVED, text=unresolved.text, start=unresolved.start, end=unresolved.end, note=note)
    loc.note = note if loc.note is None else f"{loc.note}; {note}"
    return loc


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_AND_AFTER = re.compile(r"^\s+and\s+")
_BETWEEN_AND_BEFORE = re.compile(r"\bbetween\s+\S.{0,40}?\s+and\s+$", re.I)


def _relative_point(loc: EventLocation, place: Place, places: list[Place], text: str, s: Any) -> None:
    """Move the point of a place written as a reference (geo14): "70 km north of Malakal" is the point 70 km
    north of Malakal (up to ``relative_max_km``), "on the road between Kaduna and Kachia" the midpoint of
    the two towns (when they are at most ``between_max_km`` apart); the place keeps its name and
    precision, and the note says how the point was found. A monitor matches incidents by distance, and
    the named town can lie 50-100 km from the event."""
    if place.lat is None or place.lon is None or place.start < 0:
        return
    offset = relative_offset(text[max(0, place.start - 60):place.start])
    if offset is not None and 0 < offset[0] <= s.relative_max_km:
        km, bearing = offset
        loc.lat, loc.lon = moved(place.lat, place.lon, km, bearing)
        loc.note = _joined(loc.note, f"{km:g} km at bearing {bearing:g} from {place.text!r}")
        return
    other = _between_partner(place, places, text)
    if other is not None and haversine_km(place.lat, place.lon, other.lat, other.lon) <= s.between_max_km:
        loc.lat, loc.lon = round((place.lat + other.lat) / 2, 4), round((place.lon + other.lon) / 2, 4)
        loc.note = _joined(loc.note, f"midway between {place.text!r} and {other.text!r}")


def _between_partner(place: Place, places: list[Place], text: str) -> Place | None:
    """The other place of "between X and Y", X or Y being ``place`` (a resolved town or county)."""
    fine = [p for p in places if p is not place and p.lat is not None and p.precision in ("point", "city", "admin2")]
    if place.precision not in ("point", "city", "admin2"):
        return None
    if _BETWEEN_BEFORE.search(text[max(0, place.start - 12):place.start]):
        m = _AND_AFTER.match(text[place.end:place.end + 8])
        if m:
            return next((p for p in fine if p.start == place.end + m.end()), None)
    if _BETWEEN_AND_BEFORE.search(text[max(0, place.start - 60):place.start]):
        return next((p for p in fine if p.end < place.start and _AND_AFTER.match(text[p.end:place.start])
                     and _BETWEEN_BEFORE.search(text[max(0, p.start - 12):p.start])), None)
    return None


def _joined(note: str | None, more: str) -> str:
    return more if not note else f"{note}; {more}"


def _without_dateline(event: Event, usable: list[Place], places: list[Place], text: str) -> list[Place]:
    """The usable places less the dateline's, when the event's paragraph names another town, district or
    state (resolved or not): "ADEN (Wire) - Taiz came under heavy shelling" and "KYIV (Wire) - Kupiansk was
    shelled" happened in the body's town, which the sentence rule skips as a subject; the dateline sits in the
    first sentence only because the correspondent filed from there (geo12). The dateline stays for rules 5-6."""
    dateline = _dateline(usable, text)
    if dateline is None or event.sentence_start < 0:
        return usable
    lo, hi = paragraph_bounds(text, event.sentence_start, event.sentence_start + len(event.sentence))
    for p in places:
        if not lo <= p.start < hi or p.start == dateline.start or p.in_org or p.source in ("demonym", "qualifier"):
            continue
        if p.name is None or p.precision in FINE and p.name != dateline.name:
            return [p for p in usable if p is not dateline]
    return usable


def _own_words(event: Event, places: list[Place], doc: Doc, s: Any) -> tuple[Place | None, str]:
    """Rules 1 and 2: the place reached from the trigger, else the sentence's nearest place."""
    place = _attached(event, places, doc, s)
    if place is not None:
        return place, "attached-to-trigger"
    return _in_sentence(event, places, doc, s), "sentence"


def _article_fallbacks(event: Event, places: list[Place], usable: list[Place], text: str,
                       s: Any) -> tuple[Place | None, str, str | None]:
    """When the event's paragraph names no usable place: the article's most-mentioned fine place, the
    dateline (never when the event's sentence names another place: "KYIV - Russia's ministry said ..."
    or an unresolved village), a town named only in a local agency's name, in that order."""
    dateline = _dateline(usable, text)
    other = dateline is not None and _names_other_place(event, places, dateline)
    place = _article_place(usable, exclude=dateline.name if other and dateline else None)
    if place is not None and not (dateline is not None and place.name == dateline.name):
        return place, "article-place", None
    if dateline is not None and not other:
        return dateline, "dateline", None  # the correspondent's city, when the story names no other place
    if s.agency_places:
        agency = _article_place([p for p in places if p.in_org and p.name is not None
                                 and (not s.agency_jurisdiction_only or _names_an_agency(text, p, s.org_follow_tokens))])
        if agency is not None:
            return agency, "agency-place", (f"the article names {agency.text!r} only in an organisation's name "
                                            f"(a local agency's jurisdiction)")
    return None, "", None


def _names_an_agency(text: str, place: Place, span: int) -> bool:
    """Whether the organisation ``place`` begins is a local public agency ("the Yei County Police", "Joplin
    Fire Department": ``agency_words``), whose name says where it works. A radio station, a newspaper or a
    diocese named after its town ("told Yei Community Radio") reports on a wide area: its town is no
    happening's place."""
    agency = words("agency_words")
    follow = re.findall(r"[\w']+", text[place.end:place.end + 80])[:span]
    return any(w.lower() in agency or w.lower().removesuffix("'s") in agency for w in follow)


def _names_other_place(event: Event, places: list[Place], dateline: Place) -> bool:
    """Whether the event's sentence names a place that is not the dateline's and not a country around it:
    an unresolved name, or a resolved one elsewhere (a subject or possessor the earlier rules skip)."""
    if event.sentence_start < 0:
        return False
    lo, hi = event.sentence_start, event.sentence_start + len(event.sentence)
    for p in places:
        if not lo <= p.start < hi or p.start == dateline.start or p.in_org or p.source in ("demonym", "qualifier"):
            continue
        if p.name is None or p.country != dateline.country or (p.precision in FINE and p.name != dateline.name):
            return True
    return False


def _article_inside(coarse: Place, places: list[Place], s: Any) -> Place | None:
    """The article's most specific consistent place inside a country or state the event's words name
    ("Nigeria's police said officers were sent" in a story whose only town is Tsafe), or, for a region (no
    outline offline), a town within ``region_refine_km`` of its point ("in Kashmir" ... "near Reasi"): most
    mentioned first, then the finest, then the first named."""
    def inside(p: Place) -> bool:
        if p.precision not in FINE or p.name is None:
            return False
        if coarse.precision == "region":
            return p.precision != "admin1" and coarse.lat is not None and p.lat is not None and \
                haversine_km(coarse.lat, coarse.lon, p.lat, p.lon) <= s.region_refine_km
        if p.country != coarse.country:
            return False
        return coarse.precision == "country" or (p.precision != "admin1" and p.admin1 == coarse.name)

    return _most_mentioned([p for p in places if inside(p)])


def _unresolved_here(event: Event, places: list[Place]) -> Place | None:
    """The first place of the event's sentence that the resolver abstained from (or found no entry for),
    not a demonym nor inside an organisation's name."""
    if event.sentence_start < 0:
        return None
    lo, hi = event.sentence_start, event.sentence_start + len(event.sentence)
    return next((p for p in places if lo <= p.start < hi and p.name is None and not p.in_org
                 and p.source not in ("demonym", "qualifier")), None)


def _qualified_place_known(qualifier: Place, places: list[Place], text: str, s: Any) -> bool:
    """Whether the place a qualifier is written after ("Savannah, Ga.", "Boni (Douentza cercle, Mopti
    region)") is resolved: then the qualifier only tells where that place lies. When the gazetteer does
    not know the place ("Akobo (Jonglei)"), the qualifier is the best point the text gives."""
    here = qualifier
    for p in sorted((p for p in places if p.end <= qualifier.start), key=lambda p: -p.end):
        gap = text[p.end:here.start]
        if len(gap) > s.qualifier_gap_chars or any(ch in gap for ch in ".;)\n"):
            return False
        if p.source != "qualifier":
            return p.name is not None
        here = p
    return False


def _finer_inside(coarse: Place, event: Event, places: list[Place], text: str, s: Any) -> Place | None:
    """A town or district of the event's paragraph that lies in the country or state the event's own
    words name (the article's places come later, in ``_article_inside``) ("a village in Plateau state" ... "Bokkos")."""
    def inside(p: Place) -> bool:
        if p.precision not in FINE or p.precision == "admin1" and coarse.precision == "admin1":
            return False
        if coarse.precision == "admin1":
            return p.country == coarse.country and p.admin1 == coarse.name
        if coarse.precision == "country":
            return p.country == coarse.country
        return False  # a region has no outline offline

    start = max(event.sentence_start, 0)
    lo, hi = paragraph_bounds(text, start, start + len(event.sentence))
    near = [p for p in places if lo <= p.start < hi and inside(p)
            and (p.source != "dateline" or _qualifies(coarse, p, text, s))]
    if near:
        anchor = event.trigger_start if event.trigger_start >= 0 else event.sentence_start
        return min(near, key=lambda p: abs(p.start - anchor))
    return None


def _qualifies(coarse: Place, town: Place, text: str, s: Any) -> bool:
    """Whether a coarse place is written as the qualifier right after a town ("MACON, Ga."): then that
    town refines it. A dateline's town does not refine a province the story names elsewhere ("GOMA - ...
    killed 18 civilians in North Kivu province"): the correspondent's city is not the event's place."""
    gap = text[town.end:coarse.start] if coarse.start >= town.end else "-"
    return len(gap) <= s.qualifier_gap_chars and gap.strip() in ("", ",")


def _place_at(char: int, places: list[Place]) -> Place | None:
    for p in places:
        if p.start <= char < p.end:
            return p
    return None


def _trigger_token(event: Event, doc: Doc) -> Token | None:
    if event.trigger_start < 0:
        return None
    span = char_span(doc, event.trigger_start, max(event.trigger_end, event.trigger_start + 1),
                         alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _attached(event: Event, places: list[Place], doc: Doc, s: Any) -> Place | None:
    """Breadth-first from the trigger (and its governing verb for noun triggers) along objects and
    locative prepositions; the first place reached after a locative preposition wins."""
    trigger = _trigger_token(event, doc)
    if trigger is None:
        return None
    starts = [trigger]
    if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and trigger.head.pos_ in ("VERB", "AUX"):
        starts.append(trigger.head)
    frontier = [(t, False) for t in starts]
    seen = {t.i for t in starts}
    hits: list[tuple[int, Place]] = []
    for depth in range(int(s.attach_max_depth)):
        nxt = []
        for tok, located in frontier:
            for child in tok.children:
                if child.i in seen or child.dep_ not in WALK_DEPS:
                    continue
                seen.add(child.i)
                loc = located or _locative_prep(child) or _object_of_attack(tok, child)
                if loc and child.dep_ in ("pobj", "compound", "appos", "npadvmod", "dobj", "nsubjpass"):
                    hit = _place_at(child.idx, places)
                    if hit is not None:
                        hits.append((depth, hit))
                if child.dep_ != "prep" or loc or child.lower_ == "of":
                    nxt.append((child, loc))
        frontier = nxt
        if hits and hits[0][1].precision in FINE and not _borrowed_point(hits[0][1], s):
            break
    if not hits:
        return None
    # "in Bannu in northwest Pakistan": the finest place reached wins, then the nearest in the tree.
    return min(hits, key=lambda h: (h[1].precision not in FINE, _borrowed_point(h[1], s), h[0]))[1]


def _borrowed_point(place: Place, s: Any) -> bool:
    """A unit known by name alone, at its state's point (``TOWNLESS_FCODE``): a town with a point of its own
    reached in the same walk is the better place ("a town near Woreta in South Gondar zone", geo15,
    ``townless_yields``)."""
    return bool(s.townless_yields) and place.feature_code == TOWNLESS_FCODE


_SPEAKER_KEY = "truce.geo.speaker_places"


def _speaker_place(place: Place, doc: Doc, s: Any) -> bool:
    """``_spoken_from`` once per place of the Doc: every event of the article asks it of every place."""
    memo = doc.user_data.setdefault(_SPEAKER_KEY, {})
    key = (place.start, place.end)
    if key not in memo:
        memo[key] = _spoken_from(place, doc, s)
    return memo[key]


def _spoken_from(place: Place, doc: Doc, s: Any) -> bool:
    """A place where a statement was made, not where an event happened: the object of a preposition
    governed by a speech word (``speech_heads``), directly or through the participle that qualifies it
    ("said in a statement issued in Nyala", "a statement from Menaka in Mali", "told reporters in
    Geneva"), climbing at most ``speaker_steps`` prepositions. A denial or a rival claim issued from the
    speaker's town would otherwise give the happening a second place, and split its incident; the
    speaker's town stays the place of an event whose sentence names no other ("told reporters in
    Brussels" for the statement itself)."""
    span = char_span(doc, place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok, speech = span.root, words("speech_heads")
    for _ in range(int(s.speaker_steps)):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            return False
        head = prep.head
        if head.lemma_.lower() in speech or (head.dep_ in ("acl", "relcl") and head.head.lemma_.lower() in speech):
            return True
        if head.pos_ != "PROPN":
            return False
        tok = head  # "in Mali" hangs on "Menaka": a qualifier of the speaker's place is the speaker's too
    return False


def _locative_prep(tok: Token) -> bool:
    """"in/near/at ..." or "of" after a direction word ("south of Ubari")."""
    if tok.dep_ != "prep":
        return False
    return tok.lower_ in words("event_preps") or (tok.lower_ == "of" and tok.head.lower_ in words("directions"))


def _object_of_attack(head: Token, child: Token) -> bool:
    """The direct object of a verb like shell/storm/capture is where the act happened, and so is its
    passive subject ("Kupiansk was shelled overnight", geo12)."""
    return child.dep_ in ("dobj", "nsubjpass") and (head.lemma_.lower() in locative_verbs() or head.lower_ in locative_verbs())


def _not_actor(places: list[Place], event: Event, doc: Doc) -> list[Place]:
    actor_spans = [(a.start, a.end) for a in event.actor + event.recipient if a.start >= 0]
    return [p for p in places if not _actor_like(p, doc) and not any(s <= p.start < e for s, e in actor_spans)]


def _in_sentence(event: Event, places: list[Place], doc: Doc, s: Any) -> Place | None:
    """The sentence's place nearest the trigger that is not an actor: not inside an actor or
    recipient span, and not a subject or possessor ("Albania denounced", "Serbia's crackdown")."""
    if event.sentence_start < 0:
        return None
    lo, hi = event.sentence_start, event.sentence_start + len(event.sentence)
    inside = _not_actor([p for p in places if lo <= p.start < hi], event, doc)
    if not inside:
        return None
    anchor = event.trigger_start if event.trigger_start >= 0 else lo
    # A name that only describes a participant ("US troops", "Kenyan police") comes after the places;
    # a modifier of a place noun ("Erbil airport") is a place.
    # The origin of a movement ("crossing from Syria near Ramtha") comes after the other places (geo13).
    best = min(inside, key=lambda p: (_describes_people(p, doc), s.origin_last and _origin(p, doc),
                                      abs(p.start - anchor)))
    return _list_head(best, inside, doc, s)


def _origin(place: Place, doc: Doc) -> bool:
    """A place named as where a movement came from: the object of an origin preposition (origin_preps.txt)."""
    span = char_span(doc, place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in words("origin_preps")


def _list_head(place: Place, places: list[Place], doc: Doc, s: Any) -> Place:
    """The first place of the list a place is conjoined in ("around Paris, Lyon and Toulouse": Paris):
    nearness to the trigger says nothing about which member of a list the event is about, and news
    names the main place first."""
    span = char_span(doc, place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return place
    by_token = {}
    for p in places:
        other = char_span(doc, p.start, p.end, alignment_mode="expand")
        if other is not None and len(other):
            by_token[other.root.i] = p
    tok, steps = span.root, 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and steps < s.list_head_max_steps:
        tok, steps = tok.head, steps + 1
    return by_token.get(tok.i, place)


def _in_paragraph(event: Event, places: list[Place], doc: Doc, text: str) -> Place | None:
    """The nearest non-actor place in the event's paragraph (lines of text), finer places first,
    earlier sentences before later ones (a paragraph names its place before it tells what happened)."""
    if event.sentence_start < 0:
        return None
    lo, hi = paragraph_bounds(text, event.sentence_start, event.sentence_start + len(event.sentence))
    here = _not_actor([p for p in places if lo <= p.start < hi], event, doc)
    if not here:
        return None
    anchor = event.sentence_start

    def rank(p: Place) -> tuple[int, int, int]:
        return (p.precision not in FINE, p.start > anchor, abs(p.start - anchor))

    return min(here, key=rank)


def _describes_people(place: Place, doc: Doc) -> bool:
    """A place name used as the modifier of a noun that is not a place noun ("US troops")."""
    span = char_span(doc, place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i and \
        root.head.lemma_.lower() not in place_heads()


def _actor_like(place: Place, doc: Doc) -> bool:
    """A subject or possessor ("Albania denounced", "Serbia's crackdown"), but not the possessor of a place
    noun: "Taiz's eastern district" names where something happened (geo12)."""
    span = char_span(doc, place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "poss" and root.head.lemma_.lower() in place_heads():
        return False
    return root.dep_ in ("nsubj", "nsubjpass", "poss")


def _dateline(places: list[Place], text: str) -> Place | None:
    """The story's dateline place: one the recogniser read as a dateline (an upper-case place at a line
    start, also after a scraped page's headline and furniture lines), else a place before a dateline at the
    text's start."""
    marked = next((p for p in places if p.source == "dateline"), None)
    if marked is not None:
        return marked
    match = DATELINE.match(text)
    if match is None:
        return None
    return next((p for p in places if p.start < match.end()), None)


def _article_place(places: list[Place], exclude: str | None = None) -> Place | None:
    """The article's most-mentioned place finer than a country, in the country most places lie in
    (``exclude``: a gazetteer name that may not be chosen)."""
    country = _main_country(places)
    if country is None:
        return None
    return _most_mentioned([p for p in places if p.country == country and p.precision in FINE and p.name
                            and p.name != exclude])


def _most_mentioned(places: list[Place]) -> Place | None:
    """The first mention of the place named most often; ties: the finest, then the first named."""
    fine: dict[str, list[Place]] = {}
    for p in places:
        if p.precision in FINE and p.name:
            fine.setdefault(p.name, []).append(p)
    if not fine:
        return None
    best = max(fine.values(), key=lambda ps: (len(ps), FINE[::-1].index(ps[0].precision), -ps[0].start))
    return best[0]


def _main_country(places: list[Place]) -> str | None:
    """The country most of the article's places lie in (the first one named on a tie)."""
    counts: dict[str, int] = {}
    for p in places:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _focus_country(places: list[Place], gaz: AnyGazetteer) -> EventLocation | None:
    iso3 = _main_country(places)
    if iso3 is None:
        return None
    iso2 = gaz.iso2_of(iso3)
    entry = gaz.country_entry.get(iso2) if iso2 else None
    if entry is None:
        return None
    return EventLocation(name=gaz.name[entry], geonameid=gaz.gid[entry] or None, lat=gaz.lat[entry],
                         lon=gaz.lon[entry], feature_code=gaz.fcode[entry], country=iso3,
                         precision="country", rule="focus-country")


def _context_country(votes: dict[str, float], gaz: AnyGazetteer) -> EventLocation | None:
    """The country the article's armed groups and organisations name, for an article that resolves no place
    ("JNIM fighters attacked a post in <a village no package knows>"): better a country than nothing."""
    if not votes:
        return None
    iso2 = max(votes, key=lambda c: votes[c])
    entry = gaz.country_entry.get(iso2)
    if entry is None:
        return None
    return EventLocation(name=gaz.name[entry], geonameid=gaz.gid[entry] or None, lat=gaz.lat[entry],
                         lon=gaz.lon[entry], feature_code=gaz.fcode[entry], country=gaz.iso3.get(iso2),
                         precision="country", rule="context-country",
                         note="no place of the article is resolved; the country of the groups it names")


def _location(place: Place, rule: str) -> EventLocation:
    return EventLocation(name=place.name, geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                         feature_code=place.feature_code, country=place.country, admin1=place.admin1,
                         precision=place.precision, rule=rule, text=place.text, start=place.start,
                         end=place.end, score=place.score,
                         note=place.note if place.note and place.note.startswith(LOCAL_FALLBACK_NOTE) else None)
