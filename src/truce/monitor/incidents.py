"""Incident rules: the reports of one happening judged together, with every claim made about it.

An incident is a cluster of reports (``cluster_id``), or one report. It is judged from

* its reports' own accounts: a report whose actor is a party says that party did it;
* the claims its reports carry (``Event.claims``, read at coding time from the whole article by
  ``truce.claims``): blame ("the army blamed the FPC"), denial ("the FPC denied any role", "our
  fighters have not fired a single shot"), responsibility ("the NSDF claimed the bombing") and
  self-defence ("our troops returned fire"); a negated prohibited act or an ACCUSE report in the
  incident counts as a denial or a blame too.

Then, in order:

1. **Time and place.** A cluster that mixes reports before (or after) the truce, or outside its area,
   with reports inside it is split: the shelling at 23:40 and the attack at 01:40 are judged apart.
2. **Excluded responsibility.** Unattributed reports of an attack an excluded group claims, is blamed
   for, or is named as the actor of by another report (with no party blamed) are not covered.
3. **Contested.** Parties of two sides blamed (by reports, blame claims or responsibility claims),
   or a blamed side denying, or two sides each claiming self-defence: every judged report becomes
   *contested*, with each claim listed. One side's self-defence against an attack it blames on the
   other side is that side's one account ("the rebels ambushed a patrol; our troops returned fire in
   self-defence"), not two opposed ones: it is contested only when the other side says something too
   (denies, blames back, claims self-defence). A blame of a party that had not yet accepted the truce
   when the incident happened accuses it of no violation and opposes no one.
4. **Attributed by claim.** Otherwise an unattributed incident one side is blamed for (and no one
   denies) is that party's violation ("attributed by the army's blame; not denied"); with no such claim,
   the one party another report of the incident names as the doer ("shells fired from an army base")
   stands for the reports that name none ("shells hit the town on Thursday afternoon").
5. **Self-defence.** A party's violation it says was self-defence is *possible* when the truce
   permits self-defence.

Confidence is computed last, from independent sources (``confidence``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from truce.monitor.attribution import Attribution, attribute, attribute_ref, claimant_attribution
from truce.monitor.confidence import Sources, confidence
from truce.monitor.model import Truce
from truce.monitor.params import MonitorParams, default_params
from truce.monitor.scope import OWN_PLACE_RULES
from truce.monitor.verdict import CONTESTED, NOT_COVERED, POSSIBLE, UNATTRIBUTED, VIOLATION, Verdict
from truce.records import ActorRef, Claim, Event, EventLocation

JUDGED = (VIOLATION, UNATTRIBUTED, POSSIBLE)
SILENCE = "silence"  # the claim kind of a party's silence about an incident (truce.records.Claim)


@dataclass
class Stance:
    """One account of who did it, as the truce sees it."""

    kind: str  # blame, responsibility, denial, self-defence
    who: Attribution
    claimant: str
    report: Verdict
    source: str = "claim"  # claim (a statement) or report (the report's own account of who did it)

    @property
    def side(self) -> str | None:
        return self.who.party.side if self.who.kind == "party" and self.who.party else None

    def statement(self) -> str:
        name = self.who.party.name if self.who.party else self.who.label
        if self.kind == "blame":
            return f"{self.claimant}: blames {name}"
        if self.kind == "responsibility":
            return f"{name}: claims responsibility"
        if self.kind == "denial":
            return f"{self.claimant}: denies that {name} did it"
        return f"{self.claimant}: {name} acted in self-defence"


def resolve(verdicts: list[Verdict], sources: Sources | None, params: MonitorParams | None = None) -> None:
    """Apply the incident rules to every incident of an in-memory list of verdicts."""
    gather_claim_reports(verdicts)
    groups: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        groups[v.incident].append(v)
    for group in groups.values():
        resolve_group(group, sources, params)


def resolve_group(group: list[Verdict], sources: Sources | None, params: MonitorParams | None = None
                  ) -> list[list[Verdict]]:
    """Judge one incident's reports together (split first when they mix times); set confidences.
    Returns the incident(s) the group became."""
    _date_by_happening(group)
    parts = _split_by_time(group)
    for part in parts:
        _judge_incident(part, sources)
        for v in part:
            _confidence(v, part, sources, params)
    return parts


def _date_by_happening(group: list[Verdict]) -> None:
    """Reports of an incident that tell of no happening of their own (a non-political reading, a mention
    clustering put there) and are dated only by their report are of the incident's happening day
    (``take_day``): "Cabo Delgado has been hit by years of violence", clustered with a roadside bomb of the
    day before, is not a report of the next day's clash 10 km away. A happening of the same article is
    the host when there is one (the nearest before, else after), else the incident's earliest."""
    hosts = [h for h in group if is_happening(h) and h.local_day and h.event is not None
             and (h.event.date_precision or "") not in ("", "reported")]
    if not hosts:
        return
    for v in group:
        if v.event is None:
            continue
        if is_happening(v):
            _retold_in_article(v, hosts)
            continue
        own = [h for h in hosts if h.event.article_id == v.event.article_id]
        before = [h for h in own if h.event.sentence_start <= v.event.sentence_start]
        host = (max(before, key=lambda h: h.event.sentence_start) if before
                else min(own, key=lambda h: h.event.sentence_start) if own
                else min(hosts, key=lambda h: (h.local_day, h.event.id)))
        take_day(v, host)


def _retold_in_article(v: Verdict, hosts: list[Verdict]) -> None:
    """A happening dated only by its report ("Residents said the shells were fired from an army position")
    that its article already told, dated, as the same act of this incident ("shells struck the town on
    Thursday afternoon") is of that day, not of the publication day: the article's second sentence about
    one shelling. Only the same article's report of the same act is its host."""
    if v.event is None or (v.event.date_precision or "") != "reported":
        return
    own = [h for h in hosts if h is not v and h.event.article_id == v.event.article_id
           and h.event.event == v.event.event and h.event.sentence_start < v.event.sentence_start]
    if own:
        take_day(v, max(own, key=lambda h: h.event.sentence_start))


def _is_report(v: Verdict) -> bool:
    """A report of the happening itself: an asserted prohibited act, judged (not a claim about it)."""
    e = v.event
    return (e is not None and v.scope is not None and v.rule.startswith(("prohibited", "permitted"))
            and e.modality.asserted and not v.non_political and not e.background)


def non_political(e: Event, params: MonitorParams | None = None) -> bool:
    """A reading the event coder demoted as non-political (relevance below ``[events] relevance_counted``
    of the run's settings, ``MonitorParams.relevance_counted``: "the captain fired the third goal"), not
    a weak political candidate it demoted ("mortar rounds landed ..." when nothing else in the sentence
    survived), which is still judged. ``judge_event`` records the answer on the verdict
    (``Verdict.non_political``), which the incident rules read."""
    return e.demoted and e.non_political((params or default_params()).relevance_counted)


def told_as_happening(e: Event | None) -> bool:
    """Is the report told as a dated happening (asserted, not a background mention, dated), whatever its
    sense? Denials, plans, threats, recalled context and undated mentions are not."""
    return e is not None and e.modality.asserted and not e.background and bool(e.date)


def is_happening(v: Verdict) -> bool:
    """Does the report tell of a dated happening in a political reading? Readings the event coder demoted
    as non-political (a match report's "attack", ``Verdict.non_political``) are no incidents of their own."""
    return told_as_happening(v.event) and not v.non_political


def gather_claim_reports(verdicts: list[Verdict]) -> None:
    """Reports that are themselves claims (an ACCUSE, a denial) point to the incident their claim is about
    (the claims stage attached the claim to that incident's event); their claim counts in the incident's
    ``claimants``. Those of the incident's PLOVER type that tell of no happening of their own (a denial
    "we have not fired a single shot", an attack an accusation names) join that incident, judged as what they are (not judged as
    prohibited acts), so a denial is not a second incident of the happening it denies. So do the other
    mentions of the article that are not asserted ("condemned the attack", "said the patrol opened fire
    first"): each joins the nearest happening of its PLOVER type in its article, the one before it
    first. Background and undated mentions join nothing (they tell of other happenings, or of none);
    asserted reports (an ACCUSE is an event of its own) keep their incident."""
    by_article: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        if v.event is not None:
            by_article[v.event.article_id].append(v)
    joined: set[int] = set()
    for v in verdicts:
        e = v.event
        if e is None or not e.claims:
            continue
        for claim in e.claims:
            if claim.kind == SILENCE:
                continue  # "did not mention the bomb": about no one's role
            for other in by_article[e.article_id]:
                o = other.event
                if other is v or _is_report(other) or o.sentence_start < 0:
                    continue
                if o.sentence_start <= claim.start < o.sentence_start + len(o.sentence):
                    other.accusation = other.accusation or claim.kind == "blame"
                    other.denial = other.denial or claim.kind == "denial"
                    note = f"a {claim.kind} claim about incident {v.incident}"
                    if note not in other.reasons:
                        other.reasons.append(note)
                    if is_happening(v) and not is_happening(other) and o.event == e.event and id(other) not in joined:
                        _join(other, v, about=True)
                        joined.add(id(other))
    for group in by_article.values():
        _join_exchanges(group)
    for group in by_article.values():
        # a non-political reading still hosts: its incident may hold the happening (a quote retelling it)
        happenings = [v for v in group if v.event.sentence_start >= 0 and told_as_happening(v.event)]
        for m in group:
            o = m.event
            if (id(m) in joined or o.modality.asserted or o.background
                    or not o.date or o.sentence_start < 0):
                continue
            same = [h for h in happenings if h.event.event == o.event and _same_day_or_undated(m, h)]
            before = [h for h in same if h.event.sentence_start <= o.sentence_start]
            after = [h for h in same if h.event.sentence_start > o.sentence_start]
            host = (max(before, key=lambda h: h.event.sentence_start) if before
                    else min(after, key=lambda h: h.event.sentence_start) if after else None)
            if host is not None:
                _join(m, host)


def _join_exchanges(group: list[Verdict]) -> None:
    """One article's self-defence claim that is about two acts is about one exchange: "A drone strike hit a
    position of the movement near Kalkada late on Friday ... An army officer said the drone was used in
    self-defence after rebel fighters fired on an army patrol from the position" -- the claims stage gave
    the claim to the act in its own sentence (the rebels' fire, as the officer tells it) and to the
    earlier act it defends (the strike). The act told in the claim's sentence, when it has no date of its
    own (dated only by the report) or the earlier act's day, is a report of the earlier act's incident:
    the provocation and the answer are judged together, so the army's account (the rebels fired first)
    and the movement's (the army struck) oppose each other in one incident. Before, clustering could put
    such an undated report with any same-type report of the town days earlier."""
    reports = sorted((v for v in group if _is_report(v) and v.event.sentence_start >= 0),
                     key=lambda v: v.event.sentence_start)
    for v in reports:
        e = v.event
        for claim in e.claims:
            if claim.kind != "self-defence" or not e.sentence_start <= claim.start < e.sentence_start + len(e.sentence):
                continue
            earlier = [h for h in reports if h.event.sentence_start < e.sentence_start and h.incident != v.incident
                       and any(c.kind == claim.kind and c.start == claim.start for c in h.event.claims)]
            if not earlier:
                continue
            host = max(earlier, key=lambda h: h.event.sentence_start)
            undated = (e.date_precision or "") in ("", "reported")
            if undated or (v.local_day and v.local_day == host.local_day):
                take_day(v, host)
                v.reasons.append(f"the act a self-defence claim about incident {host.incident} answers or "
                                 f"answered: judged in that incident")
                v.incident = host.incident
            break


def _same_day_or_undated(mention: Verdict, host: Verdict) -> bool:
    """Can this mention be about that happening in time? A mention its own words date to another local day
    ("On 14 October, the minister warned that forces would strike ..." after a bulletin's recall of the
    drone strike of 12 October) tells of another happening, or of none: it joins no happening of another
    day. A mention dated only by its report, or not at all, may be about any."""
    precise = (mention.event.date_precision or "") not in ("", "reported")
    return not (precise and mention.local_day and host.local_day and mention.local_day != host.local_day)


def same_act_aliases(verdicts: list[Verdict], params: MonitorParams | None = None) -> dict[str, str]:
    """Incidents of one article's reports that are one happening told with two PLOVER types: the same
    party's prohibited acts (judged reports) on one local day, placed within ``same_act_km`` of each
    other ("Fighters of the Front seized two army outposts above El Tarra" ... "the Front used the
    ceasefire to advance on positions", coded COERCE and ASSAULT). Clustering keeps types apart;
    the monitor counts incidents, so the later one's incident is an alias of the earlier one's.
    Returns incident id -> the incident id it joins."""
    from truce.geo.distance import haversine_km

    km = (params or default_params()).same_act_km
    acts = sorted((v for v in verdicts if _is_report(v) and v.party and v.rule.startswith("prohibited")
                   and v.local_day and v.event.sentence_start >= 0), key=lambda v: v.event.sentence_start)
    out: dict[str, str] = {}

    def root(x: str) -> str:
        while x in out:
            x = out[x]
        return x

    for i, a in enumerate(acts):
        for b in acts[i + 1:]:
            ea, eb = a.event, b.event
            if ea.event == eb.event or a.party != b.party or a.local_day != b.local_day:
                continue
            la, lb = ea.location, eb.location
            if la is None or lb is None or la.lat is None or lb.lat is None or \
                    haversine_km(la.lat, la.lon, lb.lat, lb.lon) > km:
                continue
            ra, rb = root(a.incident), root(b.incident)
            if ra != rb:
                out[rb] = ra
    for later, host in _retellings(verdicts):
        take_day(later, host)
        ra, rb = root(host.incident), root(later.incident)
        if ra != rb:
            out[rb] = ra
    return {k: root(k) for k in out}


def retold_elsewhere(group: list[Verdict], hosts: Iterable[tuple[str, list[Verdict]]],
                     params: MonitorParams | None = None) -> Verdict | None:
    """The incident of another article that this article's incident retells, with the claims it adds:
    "Armenia on Monday rejected an accusation ... Azerbaijan says one of its soldiers was wounded in the
    attack", the day after another outlet reported the mortar fire near Gazakh. The incident tells of no
    happening with its own words (its reports are dated only by the report, or placed only by the
    paragraph or dateline), but carries claims (a blame, denial or responsibility) naming a party's
    side; the host has a report of the same PLOVER type, told with its own words, by a party of that
    side, whose date span overlaps the retelling's and which lies within ``same_act_km`` of it. Only a
    single such host incident counts (two would be a guess). Returns its report, or None."""
    from truce.geo.distance import haversine_km

    told = [v for v in group if _is_report(v) and v.rule.startswith("prohibited")]
    unit = _unit_of(told)
    if not told or unit is None or any(_told_with_own_words(v.event) for v in told):
        return None
    sides = set()
    for v in group:
        for c in _claims_of(v, unit) if v.event is not None else []:
            who = attribute_ref(c.party, unit)
            if c.kind in ("blame", "denial", "responsibility") and who.party is not None:
                sides.add(who.party.side)
    if not sides:
        return None
    km = (params or default_params()).same_act_km
    articles = {v.event.article_id for v in group if v.event is not None}

    def near(v: Verdict, h: Verdict) -> bool:
        a, b = v.event.location, h.event.location
        if a is None or a.lat is None or b is None or b.lat is None:
            return a is None or a.lat is None
        return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km

    def overlap(v: Verdict, h: Verdict) -> bool:
        a, b = v.scope.iv if v.scope else None, h.scope.iv if h.scope else None
        return a is not None and b is not None and a.lo < b.hi and b.lo < a.hi

    found: dict[str, Verdict] = {}
    for incident, reports in hosts:
        for h in reports:
            e = h.event
            if (e is None or e.article_id in articles or not _is_report(h) or not h.rule.startswith("prohibited")
                    or h.side not in sides or not _told_with_own_words(e)):
                continue
            if any(e.event == v.event.event and near(v, h) and overlap(v, h) for v in told):
                found.setdefault(incident, h)
    return next(iter(found.values())) if len(found) == 1 else None


def late_weekday_retelling(group: list[Verdict], hosts: Iterable[tuple[str, list[Verdict]]], published: date | None,
                           sources: Sources | None = None, params: MonitorParams | None = None) -> Verdict | None:
    """The incident of another story that a late page dated only by a weekday retells.

    A content farm republishes a wire story a week later, reworded past the copy detector, and keeps "on
    Sunday morning": resolved against the page's own date that is the page's week, a second bus attack seven
    days after the first. When every prohibited report of this article's incident is dated only by a
    weekday (``Event.date_text`` names one and no figure), its page was published at least
    ``late_retelling_min_days`` after a host report of another story -- the same PLOVER type, within
    ``same_act_km``, sharing a casualty figure (kind and count), whose local day is that weekday whole weeks
    (at most ``late_retelling_max_days``) before -- the report is that incident's, of its day. Only a single
    such host incident counts. ``published``: the page's day (else ``sources``' ``published``). Returns its
    report, or None."""
    params = params or default_params()
    told = [v for v in group if _is_report(v) and v.rule.startswith("prohibited")]
    if not told or not all(_weekday_dated(v.event) and v.local_day for v in told):
        return None
    articles = {v.event.article_id for v in told}
    found: dict[str, Verdict] = {}
    for incident, reports in hosts:
        for h in reports:
            if (h.event is None or h.event.article_id in articles or not _is_report(h)
                    or not h.rule.startswith("prohibited") or not h.local_day):
                continue
            for v in told:
                published = published or _published_day(v.event.article_id, sources)
                gap, late = (date.fromisoformat(v.local_day) - date.fromisoformat(h.local_day)).days, None
                if published is not None:
                    late = (published - date.fromisoformat(h.local_day)).days
                if (late is not None and late >= params.late_retelling_min_days and 0 < gap <= params.late_retelling_max_days
                        and gap % 7 == 0 and h.event.event == v.event.event and _near(v.event, h.event, params.same_act_km)
                        and _shared_figure(v.event, h.event)):
                    found.setdefault(incident, h)
    return next(iter(found.values())) if len(found) == 1 else None


PLACE_LEVELS = {"admin2": 1, "admin1": 2, "region": 2, "country": 3}  # coarser places rank higher; a town or point is 0


def coarse_retelling(group: list[Verdict], hosts: Iterable[tuple[str, list[Verdict]]],
                     params: MonitorParams | None = None) -> str | None:
    """The incident of another story that this article's incident tells at another level of place.

    One outlet names the town ("an air strike hit the market in Gamboru on Saturday"), another only the
    district or the state ("a strike killed nine people at a market in Borno State on Saturday"), and
    clustering, lacking a rare shared signal, keeps them apart. The monitor joins them when every
    prohibited report of one incident is placed at a coarser level (``PLACE_LEVELS``: district, province,
    country) than a prohibited report of the other incident whose place it contains (``_contains``), of
    the same PLOVER type, the same local day and the same doer (one party; with no party on either side,
    a casualty figure alike); a report known only at country level also needs a casualty figure alike
    (the country has many happenings of a type a day). Either incident may be the coarse one (whichever
    story came first). Only a single candidate counts: two happenings the coarse place could be stay
    apart. Returns the other incident's id, or None."""
    params = params or default_params()
    told = [v for v in group if _is_report(v) and v.rule.startswith("prohibited") and v.local_day]
    if not told or any(_level(v.event) is None for v in told):
        return None
    articles = {v.event.article_id for v in told}
    found: set[str] = set()
    for incident, reports in hosts:
        others = [h for h in reports if h.event is not None and h.event.article_id not in articles
                  and _is_report(h) and h.rule.startswith("prohibited") and h.local_day]
        if not others or any(_level(h.event) is None for h in others):
            continue
        if min(_level(v.event) for v in told) > min(_level(h.event) for h in others):
            pairs = [(v, h) for v in told for h in others]
        elif min(_level(h.event) for h in others) > min(_level(v.event) for v in told):
            pairs = [(h, v) for v in told for h in others]
        else:
            continue
        if any(_coarse_tells(c, p, params) for c, p in pairs):
            found.add(incident)
    return next(iter(found)) if len(found) == 1 else None


def _level(e: Event) -> int | None:
    """The level of a report's place (``PLACE_LEVELS``; 0 a town or point); None when it has no point."""
    loc = e.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return PLACE_LEVELS.get(loc.precision or "", 0)


def _coarse_tells(coarse: Verdict, precise: Verdict, params: MonitorParams) -> bool:
    """Can the coarser report be another account of the finer one (``coarse_retelling``)?"""
    c, p = coarse.event, precise.event
    if c.event != p.event or coarse.local_day != precise.local_day or _level(c) <= _level(p):
        return False
    if coarse.party is not None or precise.party is not None:
        if coarse.party != precise.party:
            return False
    elif not _shared_figure(c, p):
        return False
    if c.location.precision == "country" and not _shared_figure(c, p):
        return False
    return _contains(c.location, p.location, params)


def _contains(coarse: EventLocation, precise: EventLocation | None, params: MonitorParams) -> bool:
    """Does a district, province or country place contain a finer one? By country and province name
    where both are known, else within the reach of the coarse place's centre (``admin2_contain_km``,
    ``admin_reach_km``)."""
    from truce.geo.distance import haversine_km

    if precise is None or precise.lat is None:
        return False
    if coarse.country and precise.country and coarse.country != precise.country:
        return False
    if coarse.precision == "country":
        return bool(coarse.country) and coarse.country == precise.country
    if coarse.precision in ("admin1", "region") and coarse.admin1 and precise.admin1:
        return _unaccent(coarse.admin1) == _unaccent(precise.admin1)
    reach = params.admin2_contain_km if coarse.precision == "admin2" else params.admin_reach_km
    return haversine_km(coarse.lat, coarse.lon, precise.lat, precise.lon) <= reach


def _unaccent(name: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()


def _weekday_dated(e: Event) -> bool:
    """Dated by a weekday only ("on Sunday morning", "last Thursday"), no calendar date or figure."""
    from truce.time.lexicon import weekday_names

    text = e.date_text or ""
    words = set(text.replace(",", " ").replace(".", " ").split())
    return (e.date_precision == "day" and e.date_source is None and not any(ch.isdigit() for ch in text)
            and bool(words & set(weekday_names())))


def _published_day(article_id: str, sources: Sources | None) -> date | None:
    """The publication day of an article, from the store's sources (None when unknown)."""
    published = str((sources or {}).get(article_id, {}).get("published") or "")[:10]
    try:
        return date.fromisoformat(published)
    except ValueError:
        return None


def _near(a: Event, b: Event, km: float) -> bool:
    from truce.geo.distance import haversine_km

    la, lb = a.location, b.location
    return (la is not None and lb is not None and la.lat is not None and lb.lat is not None
            and haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= km)


def _shared_figure(a: Event, b: Event) -> bool:
    """Do two reports give one casualty figure alike (kind and count): a distinctive detail, not the type."""
    figures = {(c.kind, c.count, c.high) for c in a.casualties}
    return any((c.kind, c.count, c.high) in figures for c in b.casualties)


def _retellings(verdicts: list[Verdict]) -> list[tuple[Verdict, Verdict]]:
    """Reports that retell the happening an earlier sentence of their article told: "Mortar shells slammed
    into an army camp in Bourem late on Thursday ..." then "'They fired from the dunes east of the
    river,' he said" -- a report of the same PLOVER type with neither a date nor a place of its own (dated
    only by the report, placed by its paragraph or the dateline), no doer other than the earlier one's,
    after a happening dated by its own words and placed by them or where the retelling is
    (``_hosts_retelling``). Pairs (retelling, the nearest such happening before it)."""
    by_article: dict[str, list[Verdict]] = defaultdict(list)
    for v in verdicts:
        if _is_report(v) and v.rule.startswith("prohibited") and v.event.sentence_start >= 0:
            by_article[v.event.article_id].append(v)
    pairs = []
    for group in by_article.values():
        group.sort(key=lambda v: v.event.sentence_start)
        for i, v in enumerate(group):
            e = v.event
            if (e.date_precision or "") != "reported" or _placed_by_own_words(e):
                continue
            hosts = [h for h in group[:i] if h.event.event == e.event and h.event.sentence != e.sentence
                     and _hosts_retelling(h.event, e) and _same_doer(v, h)]
            if hosts:
                pairs.append((v, hosts[-1]))
    return pairs


def _hosts_retelling(host: Event, later: Event) -> bool:
    """Can ``host`` be the happening a later report of its article retells? It is dated by its own words
    and placed by them, or placed as the retelling is (the geoparser knew neither's town, "HSIPAW -
    Artillery shells hit two villages east of Hsipaw on Tuesday afternoon ..." then "'Their guns on the
    ridge fired at our villages again,' he said.", both placed only by the article's place): nothing
    then says they happened apart."""
    if (host.date_precision or "") in ("", "reported"):
        return False
    return _placed_by_own_words(host) or _same_location(host, later)


def _same_location(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return la is None and lb is None
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    return la.name == lb.name and la.lat == lb.lat and la.lon == lb.lon


def _same_doer(later: Verdict, host: Verdict) -> bool:
    """The retelling names no other doer: its actor is unknown ("They fired ..."), or it is the host's
    party ("Army units later recaptured the checkpoint" does not retell the group's seizure of it)."""
    kind = later.who.kind if later.who is not None else "unknown"
    return kind == "unknown" or (later.party is not None and later.party == host.party)


def _told_with_own_words(e: Event) -> bool:
    return (e.date_precision or "") not in ("", "reported") and _placed_by_own_words(e)


def _placed_by_own_words(e: Event) -> bool:
    """Placed by its own sentence (attached to the trigger, or named in it), not the dateline or the focus."""
    return e.location is not None and e.location.rule in OWN_PLACE_RULES


def take_day(later: Verdict, host: Verdict, about: bool = False) -> None:
    """A report dated only by its report (or not at all) that retells or mentions a happening is of
    that happening's local day, not of the day it was published. So is a mention the claims stage tied
    to the happening (``about``: its claim is about it), whatever its own words date: they date the
    claim ("our fighters have not fired a single bullet since Saturday", "a statement on Saturday
    condemned the killings"), not the happening, which is the host's."""
    dated_by_report = later.event is not None and (later.event.date_precision or "") in ("", "reported")
    if ((dated_by_report or about) and host.local_day
            and host.event is not None and (host.event.date_precision or "") not in ("", "reported")):
        later.local_day = host.local_day


def _join(mention: Verdict, host: Verdict, about: bool = False) -> None:
    """A mention becomes a report of its host's incident (not a happening of its own), of its day."""
    take_day(mention, host, about)
    if mention.incident != host.incident:
        mention.reasons.append(f"a mention of the happening of incident {host.incident}, not an incident "
                               f"of its own")
        mention.incident = host.incident


def _split_by_time(group: list[Verdict]) -> list[list[Verdict]]:
    """Reports out of the truce's time or area and reports inside it are separate incidents: a shelling
    before the start and one after it, or a clash across the border clustered with one inside the area,
    are each judged by their own reports."""
    inside = [v for v in group if v.phase == "" and _is_report(v)]
    outside = {v.phase for v in group if v.phase}
    if not inside or not outside:
        return [group]
    parts: dict[str, list[Verdict]] = defaultdict(list)
    for v in group:
        if v.phase:
            v.incident = f"{v.incident}~{v.phase}"
            what = "the area" if v.phase == "outside" else "the truce"
            v.reasons.append(f"judged apart from the reports of this cluster inside the truce ({v.phase} {what})")
        parts[v.phase].append(v)
    return list(parts.values())


def _claims_of(v: Verdict, unit: Truce) -> list[Claim]:
    """The claims a report carries, plus the one it is: a negated act (denial; not when the claims stage
    read the negation as a silence, "did not mention the bomb", or as an admitted act with a disputed
    target), an ACCUSE (blame). Silences are no
    account of who did it and are left out."""
    e = v.event
    out = [c for c in e.claims if c.kind != SILENCE]
    # "did not mention the bomb" (a silence), "struck a depot and denied hitting civilians" (the act admitted,
    # a responsibility claim on the negated mention itself): the negation is no denial
    explained = any(c.kind in (SILENCE, "responsibility") for c in e.claims)
    if e.modality.negated and e.actor and v.rule.startswith("prohibited") and not explained:
        out.append(Claim("denial", e.actor[0], e.modality.claimant or e.actor[0].text, e.sentence,
                         e.trigger_start, e.trigger_end, e.modality.cue or "not"))
    if e.event == "ACCUSE" and e.modality.asserted and e.recipient:
        accuser = attribute(e.actor, unit).label if e.actor else e.modality.claimant
        out.append(Claim("blame", e.recipient[0], accuser, e.sentence, e.trigger_start, e.trigger_end, e.trigger))
    return out


def _unit_of(group: list[Verdict]) -> Truce | None:
    scoped = [v for v in group if v.scope is not None]
    return scoped[0].scope.unit if scoped else None


def _stances(group: list[Verdict], unit: Truce) -> list[Stance]:
    out = []
    for v in group:
        claims = [(c, attribute_ref(c.party, unit)) for c in (_claims_of(v, unit) if v.event is not None else [])]
        # a report of a party's act that this party calls self-defence ("our forces repelled the attack")
        # is its defence, not an account blaming it: its side counts among the defending, not the blamed
        # (unless the report itself is the other side's account: "the Front attacked a base, the army said")
        defended = v.side is not None and any(c.kind == "self-defence" and who.party is not None
                                              and who.party.side == v.side for c, who in claims
                                              ) and not _opponent_speaks(v, unit)
        if (_is_report(v) and v.party and v.verdict in (VIOLATION, POSSIBLE) and v.who is not None and not defended
                or _is_report(v) and v.who is not None and v.who.kind == "excluded"):
            out.append(Stance("blame", v.who, v.claimant, v, source="report"))
        for c, who in claims:
            claimant = c.claimant or v.claimant
            out.append(Stance(c.kind, who, claimant, v))
    return out


def _judge_incident(group: list[Verdict], sources: Sources | None) -> None:
    reports = [v for v in group if _is_report(v)]
    unit = _unit_of(reports)
    if not reports or unit is None:
        return
    stances = [s for s in _stances(group, unit) if not _unbound_accused(s, reports)]
    blamed = {s.side for s in stances if s.kind in ("blame", "responsibility") and s.side}
    denying = {s.side for s in stances if s.kind == "denial" and s.side}
    defending = {s.side for s in stances if s.kind == "self-defence" and s.side}
    excluded = [s for s in stances if s.kind in ("blame", "responsibility") and s.who.kind == "excluded"]
    judged = [v for v in reports if v.verdict in JUDGED]
    if not judged:
        return
    _allegations(judged, group, unit)
    if excluded and not blamed:
        _excluded(judged, excluded[0])
        return
    if len(blamed) >= 2 or len(defending) >= 2 or blamed & denying:
        _contest(group, judged, stances)
        return
    claimed = [s for s in stances if s.kind in ("blame", "responsibility") and s.side and s.source == "claim"]
    if len(blamed) == 1 and claimed:
        _attribute(judged, claimed[0], unit)
    elif len(blamed) == 1:
        _attribute_by_report(judged, stances, unit)
    if defending and unit.permits("self-defence"):
        _defences(judged, reports, defending, unit)
        for v in judged:
            if v.verdict == VIOLATION and v.side in defending:
                v.verdict = POSSIBLE
                v.reasons.append(f"{v.party_name} claims self-defence: {unit.permits('self-defence').label} "
                                 f"is permitted")


def _speaks_for(v: Verdict, unit: Truce) -> Attribution | None:
    """The party a report's claimant speaks for; None for the outlet's own voice and independent sources."""
    return claimant_attribution(v.event.modality.claimant if v.event is not None else None, unit)


def _opponent_speaks(v: Verdict, unit: Truce) -> bool:
    """Is a party's act told in the words of a claimant of another side ("..., the army said")?"""
    speaker = _speaks_for(v, unit)
    return v.side is not None and speaker is not None and speaker.party.side != v.side


def _told_by_opponent(v: Verdict, unit: Truce) -> bool:
    """A party's act told by a claimant of another side ("troops raided a village, the Front said").

    Not when the act is against the claimant's own side (its outpost taken, its convoy fired on: the
    victim's first-hand report of an attack on it), nor when the coder took the actor from another
    sentence (coreference, "the group's spokesman said its fighters carried out the attack"): there the
    claimant tells that the act happened, not who did it."""
    from truce.monitor.engine import actor_outside_sentence

    if not _opponent_speaks(v, unit) or actor_outside_sentence(v.event):
        return False
    speaker = _speaks_for(v, unit)
    return not any(_side_of(r, unit) == speaker.party.side for r in v.event.recipient)


def _allegations(judged: list[Verdict], group: list[Verdict], unit: Truce) -> None:
    """A party's act that only its opponents tell is their allegation, not a violation found.

    "The Front said its fighters had acted in self-defence after troops raided a village": the raid is the
    Front's justification, the army's act only in the Front's words. When every report of a party's act
    comes from a claimant of another side, and neither an independent report of the act (the outlet's own
    voice, residents, a monitor) nor the accused's own account (its responsibility or self-defence claim, a
    report its own side tells) confirms it, the act is *possible* ("alleged only by rebels"); the accused's
    denial makes it contested (the blamed side denying, in ``_judge_incident``)."""
    acts: dict[str, list[Verdict]] = defaultdict(list)
    for v in judged:
        if v.party and v.verdict in (VIOLATION, POSSIBLE) and v.event is not None:
            acts[v.party].append(v)
    for told in acts.values():
        if not all(_told_by_opponent(v, unit) for v in told) or _confirmed(told, group, unit):
            continue
        speakers = sorted({f"{_speaks_for(v, unit).party.side} ({v.event.modality.claimant})" for v in told})
        for v in told:
            v.reasons.append(f"alleged only by {', '.join(speakers)}: no independent report or account of "
                             f"{v.party_name} confirms it")
            if v.verdict == VIOLATION:
                v.verdict = POSSIBLE


def _confirmed(told: list[Verdict], group: list[Verdict], unit: Truce) -> bool:
    """Whether an independent report of the act, or the accused side's own account, confirms it."""
    side, types = told[0].side, {v.event.event for v in told}
    for o in group:
        if o.event is None:
            continue
        if any(c.kind in ("responsibility", "self-defence") and _side_of(c.party, unit) == side
               for c in o.event.claims):
            return True
        if o in told or not (o.event.event in types and told_as_happening(o.event)):
            continue
        speaker = _speaks_for(o, unit)  # independent: of the act or of an unnamed doer; the accused's side: of its act
        if o.party == told[0].party and (speaker is None or speaker.party.side == side) or (
                o.party is None and speaker is None):
            return True
    return False


def _side_of(ref: ActorRef, unit: Truce) -> str | None:
    who = attribute_ref(ref, unit)
    return who.party.side if who.kind == "party" and who.party else None


def _defences(judged: list[Verdict], reports: list[Verdict], defending: set[str], unit: Truce) -> None:
    """A defending party's report that only retells the incident ("Our forces repelled the attack": no date
    or place of its own) while another report of the incident tells, with its own words, the other side's
    attack it answers, is that defence, not an act of its own: permitted as self-defence (not covered). The
    incident is judged by the attack ("groups of the movement attacked an army checkpoint ... at around
    10:00" before the movement was bound). A defence told with its own words ("troops returned fire on
    Monday") stays a party's act whose self-defence is only claimed (*possible*, below)."""
    for v in judged:
        if v.side not in defending or v.event is None or _told_with_own_words(v.event):
            continue
        attacks = [h for h in reports if h is not v and h.event is not None and h.event.event == v.event.event
                   and h.rule.startswith("prohibited") and _told_with_own_words(h.event)
                   and h.party is not None and h.side != v.side]
        if attacks:
            v.verdict = NOT_COVERED
            v.reasons.append(f"the defence against {attacks[0].party_name}'s attack told in this incident: "
                             f"{unit.permits('self-defence').label} is permitted")


def _unbound_accused(stance: Stance, reports: list[Verdict]) -> bool:
    """A blame or claim of responsibility naming a party that had not accepted the truce when the incident
    happened (it accepted after every report's date span) accuses it of no violation: the army's "we hold
    the movement responsible" for an attack the day before the movement signed is no opposed account."""
    party = stance.who.party
    if stance.kind not in ("blame", "responsibility") or party is None:
        return False
    spans = [v.scope.iv for v in reports if v.scope is not None and v.scope.iv is not None]
    return bool(spans) and all(party.accepted >= iv.hi for iv in spans)


def _excluded(judged: list[Verdict], stance: Stance) -> None:
    group = stance.who.group
    name = group.id if group else stance.who.label
    for v in judged:
        if v.party:
            continue  # a party's own act stays judged
        v.verdict = NOT_COVERED
        v.reasons.append(f"{stance.statement()}: excluded group {name} is not covered by the truce")


def _contest(group: list[Verdict], judged: list[Verdict], stances: list[Stance]) -> None:
    statements = sorted({s.statement() for s in stances if s.side or s.who.kind == "excluded"})
    for v in group:
        if v in judged:
            v.verdict = CONTESTED
            v.claimants = statements
            v.reasons.append("opposed claims about the same incident: " + "; ".join(statements))


def _attribute_by_report(judged: list[Verdict], stances: list[Stance], unit: Truce) -> None:
    """Reports of one happening that name no perpetrator take the one party another report of it names.

    Outlets tell the same shelling with different details: one gives the time ("on Thursday afternoon",
    after the start) but not who fired, another names the army but not the hour. Judged apart, neither
    is the army's violation; judged together (one side named, no one else blamed or denying), the
    unattributed reports are that party's act, judged on their own time and place."""
    told = [s for s in stances if s.source == "report" and s.kind == "blame" and s.who.party is not None]
    if told and all(s.who.party.id == told[0].who.party.id for s in told):
        _attribute(judged, told[0], unit, by="another report of this incident")


def _attribute(judged: list[Verdict], stance: Stance, unit: Truce, by: str = "a claim") -> None:
    """An unattributed incident one side is blamed for, and no one denies: that party's violation."""
    from truce.monitor.engine import party_bound

    party = stance.who.party
    for v in judged:
        if v.party or v.scope is None:
            continue
        v.party, v.party_name, v.side = party.id, party.name, party.side
        v.reasons.append(f"attributed to {party.name} by {by} ({stance.statement()}); no one denies it")
        bound = party_bound(v, party, v.scope)
        if bound == "no":
            v.verdict = NOT_COVERED
            continue
        doubts = []
        for kind, text in v.doubts:  # the perpetrator is now named: an excluded group nearby may be the target
            if kind == "excluded-perpetrator-known-target":
                continue
            if kind == "excluded-perpetrator":
                text = text.replace("it may be the perpetrator", "the target may have been that group")
            doubts.append(text)
        v.verdict = VIOLATION if bound == "yes" and not doubts else POSSIBLE


def _confidence(v: Verdict, group: list[Verdict], sources: Sources | None, params: MonitorParams | None) -> None:
    if v.event is None:
        return
    same = [o for o in group if o.event is not None and o.verdict == v.verdict and o.side == v.side
            and o.denial == v.denial]
    other = [o for o in group if o.event is not None and o not in same and o.clause
             and (o.side or o.denial) and o.verdict in (VIOLATION, POSSIBLE, CONTESTED)]
    if v.verdict == CONTESTED:
        other = [o for o in group if o.event is not None and o.verdict == CONTESTED and o not in same]
    value, n, m = confidence([o.event for o in same], [o.event for o in other], sources, params)
    v.confidence, v.n_sources, v.n_contradicting = value, n, m
