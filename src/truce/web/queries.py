"""Every SQL query the workbench runs against the store, in one module.

The web pages, the JSON API and notebooks call these functions; nothing else in
``truce.web`` writes SQL. They read the store's tables and views as the store
stage makes them (``articles``, ``events``, ``event_actors``, ``places``,
``article_copies``, ``clusters`` / ``incidents``, ``cluster_claims``) and the
workbench's in-memory tables in the attached ``web`` database
(``web.event_verdicts``, ``web.incident_verdicts``, and the flat copies made when the workbench
opens: ``web.ev`` one narrow row per event with its facets, ``web.inc`` the incidents view with each
incident's location precision, ``web.doc`` each article's lower-cased title and text for search).
Filters, facets, counts and sorting run on those flat tables, and only the rows of one page are
then read in full from the store: that is what keeps a filtered page fast on 100k events.

Untrusted values (every filter, search term, id) travel only as bound
parameters: the SQL text is assembled from constant fragments of this module,
and the column to sort by is looked up in a whitelist, never copied from a
request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from truce.store.where import Where

# Location precisions that name a point on the map; the others name an area (drawn as such, never as a point).
PRECISE = ("point", "city")
PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}

EVENT_SORTS = {  # request value -> SQL expression (the only way a request chooses an ORDER BY)
    "date": "e.date", "type": "e.event", "mode": "e.mode", "place": "e.loc_name", "source": "e.source",
    "published": "e.published", "confidence": "e.confidence", "verdict": "v.verdict", "id": "e.id",
}
INCIDENT_SORTS = {
    "date": "i.first_date", "type": "i.event", "reports": "i.n_reports", "sources": "i.n_independent_sources",
    "place": "i.loc_name", "verdict": "iv.verdict_final", "confidence": "iv.confidence", "id": "i.cluster_id",
}
ARTICLE_SORTS = {"published": "a.published", "source": "a.source", "title": "a.title", "events": "a.n_events",
                 "id": "a.id"}


class ReadOnlyCursor:
    """A cursor that runs only SELECT / WITH statements: the pages can never write to the store."""

    _ALLOWED = re.compile(r"^\s*(SELECT|WITH|FROM|DESCRIBE|SUMMARIZE)\b", re.I)

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def _check(self, sql: str) -> None:
        if not self._ALLOWED.match(sql) or ";" in re.sub(r"'[^']*'", "", sql):  # one statement, a query
            raise PermissionError("the workbench reads the store; only the reviews module writes")

    def execute(self, sql: str, params: list[Any] | None = None) -> Any:
        self._check(sql)
        return self._cursor.execute(sql, params or [])

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def one(self, sql: str, params: list[Any] | None = None) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def relation(self, sql: str, params: list[Any] | None = None) -> Any:
        """A checked query as a DuckDB relation (not yet run), for DuckDB to write to a file."""
        self._check(sql)
        return self._cursor.sql(sql, params=params or [])


# -- filters ------------------------------------------------------------------------------------
@dataclass
class EventFilter:
    """The facets of the events table (and, where they apply, of incidents and the map)."""

    since: str | None = None  # first day, YYYY-MM-DD (inclusive)
    until: str | None = None  # last day (inclusive)
    type: list[str] = field(default_factory=list)  # PLOVER event types
    mode: list[str] = field(default_factory=list)
    actor_country: list[str] = field(default_factory=list)
    actor_sector: list[str] = field(default_factory=list)
    place: str | None = None  # part of the place name (case-insensitive)
    country: list[str] = field(default_factory=list)  # country of the event's location
    verdict: list[str] = field(default_factory=list)  # under ``truce``
    source: list[str] = field(default_factory=list)  # outlets (articles.source)
    asserted: str = "yes"  # yes | no | any
    q: str | None = None  # full-text search over the article (title and text) and the evidence sentence
    incident: str | None = None  # cluster id
    article: str | None = None
    truce: str | None = None  # the truce chain whose verdicts ``verdict`` filters by
    article_ids: list[str] | None = field(default=None, repr=False)  # ``q`` resolved once (resolve_search)

    def facet_free(self, name: str) -> EventFilter:
        """This filter without one facet (its counts are computed over the others)."""
        copy = EventFilter(**{f.name: getattr(self, f.name) for f in fields(self)})
        setattr(copy, name, [] if isinstance(getattr(self, name), list) else None)
        return copy

    def to_params(self) -> list[tuple[str, str]]:
        return query_pairs(self)


def query_pairs(facets: Any) -> list[tuple[str, str]]:
    """A filter dataclass as query-string pairs (for links, paging and downloads): every facet that
    differs from its default, a list facet once per value; fields with ``repr=False`` are derived."""
    out: list[tuple[str, str]] = []
    for f in fields(facets):
        value = getattr(facets, f.name)
        if not f.repr:
            continue
        if isinstance(value, list):
            out.extend((f.name, v) for v in value)
        elif value not in (None, "") and value != f.default:
            out.append((f.name, str(value)))
    return out


def search_terms(q: str | None) -> list[str]:
    """Words and "quoted phrases" of a search; all must occur (case-insensitive)."""
    if not q:
        return []
    terms = [a or b for a, b in re.findall(r'"([^"]+)"|(\S+)', q[:500])]
    return [t for t in (t.strip() for t in terms) if t][:10]


def like_pattern(term: str) -> str:
    """A LIKE pattern matching ``term`` literally anywhere (its own % and _ escaped)."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """WHERE clause (constant SQL) and its bound parameters for a filter over ``events e JOIN articles a``."""
    where = Where().when(f.since, "e.day >= ?").when(f.until, "e.day <= ?")
    for column, values in (("e.event", f.type), ("e.mode", f.mode), ("e.loc_country", f.country),
                           ("e.source", f.source), ("v.verdict", f.verdict)):
        where.one_of(values, column)
    where.any_in(f.actor_country, "e.actor_countries").any_in(f.actor_sector, "e.actor_sectors")
    where.when(f.place and like_pattern(f.place), "e.loc_name ILIKE ? ESCAPE '\\'")
    where.flags(((f.asserted, "coalesce(e.asserted, false)"),))
    where.when(f.incident, "e.cluster_id = ?").when(f.article, "e.article_id = ?")
    terms = search_terms(f.q)
    if terms and f.article_ids is not None:
        where.add("e.article_id IN (SELECT unnest(?::VARCHAR[]))", f.article_ids)
    elif terms:
        where.add(f"e.article_id IN ({_search_sql(terms)})", *[t.lower() for t in terms])
    return where.clause()


def resolve_search(cur: ReadOnlyCursor, f: EventFilter) -> EventFilter:
    """Run ``f.q`` over the articles once, so the page's many queries (count, rows, facets) reuse the ids."""
    terms = search_terms(f.q)
    if terms and f.article_ids is None:
        f.article_ids = [r[0] for r in cur.execute(_search_sql(terms), [t.lower() for t in terms]).fetchall()]
    return f


def _search_sql(terms: list[str]) -> str:
    """Ids of the articles whose title or text holds every term (bound as lower-cased parameters)."""
    return "SELECT d.id FROM web.doc d WHERE " + " AND ".join(["contains(d.body, ?)"] * len(terms))


def _order(sorts: dict[str, str], sort: str | None, desc: bool, default: str, tiebreak: str) -> str:
    column = sorts.get(sort or "", sorts[default])
    return f" ORDER BY {column} {'DESC' if desc else 'ASC'} NULLS LAST, {tiebreak}"


_EVENT_FROM = (" FROM events e JOIN articles a ON a.id = e.article_id"
               " LEFT JOIN web.event_verdicts v ON v.event_id = e.id AND v.truce = ?")
_FLAT_FROM = " FROM web.ev e LEFT JOIN web.event_verdicts v ON v.event_id = e.id AND v.truce = ?"


def matching_events(f: EventFilter) -> tuple[str, list[Any]]:
    """A subquery of the ids of the events matching ``f`` (over the flat table), and its parameters."""
    where, params = event_where(f)
    return "SELECT e.id" + _FLAT_FROM + where, [f.truce] + params


def _actor_list(role: str) -> str:
    return (f"(SELECT list({{'text': x.text, 'country': x.country, 'sector': x.sector, 'name': x.name}} "
            f"ORDER BY x.idx) FROM event_actors x WHERE x.event_id = e.id AND x.role = '{role}') AS {role}s")


EVENT_BASE_COLUMNS = (
    "e.id, e.date, e.date_precision, e.event, e.mode, e.trigger, e.sentence, e.asserted, e.negated, e.future, "
    "e.hypothetical, e.claimed, e.claimant, e.confidence, e.loc_name, e.loc_country, e.loc_precision, "
    "e.loc_lat, e.loc_lon, e.cluster_id, e.article_id, a.source, a.title AS article_title, "
    "a.published AS article_published, a.url AS article_url, v.verdict, v.incident AS verdict_incident"
)
EVENT_COLUMNS = EVENT_BASE_COLUMNS + f", {_actor_list('actor')}, {_actor_list('recipient')}"


def _with_actors(cur: ReadOnlyCursor, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``actors`` and ``recipients`` to a page of event rows (one query for the page, not per row)."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in cur.rows("SELECT event_id, role, text, country, sector, name FROM event_actors "
                      "WHERE event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY event_id, role, idx",
                      [[r["id"] for r in rows]]):
        found.setdefault((r["event_id"], r["role"]), []).append(
            {k: r[k] for k in ("text", "country", "sector", "name")})
    for r in rows:
        r["actors"] = found.get((r["id"], "actor"))
        r["recipients"] = found.get((r["id"], "recipient"))
    return rows


def events_page(cur: ReadOnlyCursor, f: EventFilter, sort: str | None = "date", desc: bool = False,
                page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """One page of events matching ``f``, with the total count."""
    where, params = event_where(f)
    base = [f.truce] + params
    total = cur.scalar("SELECT count(*)" + _FLAT_FROM + where, base)
    offset = max(page - 1, 0) * per_page
    ids = [r[0] for r in cur.execute("SELECT e.id" + _FLAT_FROM + where + _order(EVENT_SORTS, sort, desc, "date", "e.id")
                                     + " LIMIT ? OFFSET ?", base + [per_page, offset]).fetchall()]
    full = {r["id"]: r for r in cur.rows("SELECT " + EVENT_BASE_COLUMNS + _EVENT_FROM
                                         + " WHERE e.id IN (SELECT unnest(?::VARCHAR[]))", [f.truce, ids])} if ids else {}
    rows = _with_actors(cur, [full[i] for i in ids if i in full])
    return {"total": total, "page": page, "per_page": per_page, "rows": rows}


FACETS = {  # facet name -> (SQL expression of its value, filter field it narrows)
    "type": ("e.event", "type"), "mode": ("e.mode", "mode"), "source": ("e.source", "source"),
    "country": ("e.loc_country", "country"), "verdict": ("v.verdict", "verdict"),
    "asserted": ("CASE WHEN e.asserted THEN 'yes' ELSE 'no' END", "asserted"),
}
ACTOR_FACETS = {"actor_country": "actor_countries", "actor_sector": "actor_sectors"}


def event_facets(cur: ReadOnlyCursor, f: EventFilter, limit: int = 30) -> dict[str, list[dict[str, Any]]]:
    """Counts of each facet's values among the events matching every *other* facet."""
    out: dict[str, list[dict[str, Any]]] = {}
    shared = [n for n, (_e, narrows) in FACETS.items() if (n != "verdict" or f.truce) and n != "asserted"
              and not getattr(f, narrows)]
    if shared:  # facets whose own filter is not set share the filter: one scan with grouping sets
        where, params = event_where(f)
        sets = ", ".join(f"({FACETS[n][0]})" for n in shared)
        cols = ", ".join(f"{FACETS[n][0]} AS f{i}" for i, n in enumerate(shared))
        flags = ", ".join(f"grouping({FACETS[n][0]}) AS g{i}" for i, n in enumerate(shared))
        rows = cur.execute(f"SELECT {cols}, {flags}, count(*) AS n" + _FLAT_FROM + where
                           + f" GROUP BY GROUPING SETS ({sets})", [f.truce] + params).fetchall()
        k = len(shared)
        for i, name in enumerate(shared):
            values = [{"value": r[i], "n": r[2 * k]} for r in rows if r[k + i] == 0]
            values.sort(key=lambda v: (-v["n"], v["value"] is None, str(v["value"])))
            out[name] = values[:limit]
    for name, (expr, narrows) in FACETS.items():
        if (name == "verdict" and not f.truce) or name in shared:
            continue
        other = f.facet_free(narrows)
        if name == "asserted":
            other.asserted = "any"
        where, params = event_where(other)
        out[name] = cur.rows(f"SELECT {expr} AS value, count(*) AS n" + _FLAT_FROM + where
                             + " GROUP BY 1 ORDER BY n DESC, value NULLS LAST LIMIT ?", [f.truce] + params + [limit])
    for name, column in ACTOR_FACETS.items():
        where, params = event_where(f.facet_free(name))
        out[name] = cur.rows(
            f"SELECT value, count(*) AS n FROM (SELECT unnest(e.{column}) AS value" + _FLAT_FROM + where
            + ") GROUP BY 1 ORDER BY n DESC, value NULLS LAST LIMIT ?", [f.truce] + params + [limit])
    return out


def events_export(cur: ReadOnlyCursor, f: EventFilter, limit: int | None = None) -> Any:
    """Flat rows (a DuckDB relation) of the events matching ``f``, with their verdict and review, for CSV/Parquet."""
    ids, params = matching_events(f)
    flat = (
        "SELECT e.* EXCLUDE (record), "
        + ", ".join(f"(SELECT string_agg(coalesce(x.{c}, ''), '; ' ORDER BY x.idx) FROM event_actors x "
                    f"WHERE x.event_id = e.id AND x.role = '{r}') AS {r}_{c}"
                    for r in ("actor", "recipient") for c in ("text", "country", "sector"))
        + ", a.url AS article_url, a.source AS article_source, a.published AS article_published, "
        "v.truce, v.verdict AS machine_verdict, iv.verdict_final AS verdict, iv.review_decision, "
        "iv.review_verdict, iv.reviewer, iv.review_note, iv.review_changed"
        + _EVENT_FROM + " LEFT JOIN web.incident_verdicts iv ON iv.truce = v.truce AND iv.incident = v.incident"
        + f" WHERE e.id IN ({ids}) ORDER BY e.date NULLS LAST, e.id" + (" LIMIT ?" if limit else ""))
    return cur.relation(flat, [f.truce] + params + ([limit] if limit else []))


def events_records(cur: ReadOnlyCursor, f: EventFilter, limit: int | None = None) -> Any:
    """(record JSON, truce, machine verdict, incident verdict row) of matching events, for PLOVER JSONL."""
    ids, params = matching_events(f)
    sql = ("SELECT e.record, e.cluster_id, v.truce, v.verdict, iv.verdict_final, iv.review_decision, "
           "iv.review_verdict, iv.reviewer, iv.review_note, iv.review_changed"
           + _EVENT_FROM + " LEFT JOIN web.incident_verdicts iv ON iv.truce = v.truce AND iv.incident = v.incident"
           + f" WHERE e.id IN ({ids}) ORDER BY e.date NULLS LAST, e.id" + (" LIMIT ?" if limit else ""))
    return cur.execute(sql, [f.truce] + params + ([limit] if limit else []))


def event_detail(cur: ReadOnlyCursor, event_id: str, truce: str | None) -> dict[str, Any] | None:
    return cur.one("SELECT " + EVENT_COLUMNS + ", e.record, e.trigger_start, e.trigger_end, e.sentence_start, "
                   "e.date_text" + _EVENT_FROM + " WHERE e.id = ?", [truce, event_id])


# -- incidents ----------------------------------------------------------------------------------
@dataclass
class IncidentFilter:
    since: str | None = None
    until: str | None = None
    type: list[str] = field(default_factory=list)
    verdict: list[str] = field(default_factory=list)  # the verdict that stands (a review's, else the machine's)
    place: str | None = None
    country: list[str] = field(default_factory=list)
    contested: str = "any"  # yes | no | any
    reviewed: str = "any"  # yes | no | any
    relevant: str = "any"  # yes: only prohibited acts in scope (the monitor's incidents)
    source: list[str] = field(default_factory=list)
    q: str | None = None
    truce: str | None = None

    def to_params(self) -> list[tuple[str, str]]:
        return query_pairs(self)


_INCIDENT_FROM = " FROM web.inc i LEFT JOIN web.incident_verdicts iv ON iv.incident = i.cluster_id AND iv.truce = ?"
INCIDENT_COLUMNS = (
    "i.cluster_id AS id, i.event, i.first_date, i.last_date, i.n_reports, i.n_articles, i.n_independent_sources, "
    "i.loc_name, i.loc_lat, i.loc_lon, i.loc_country, i.loc_precision, i.mode, i.actors, "
    "i.recipients, i.sources, i.contested, i.contested_attributes, iv.verdict AS machine_verdict, "
    "iv.verdict_final AS verdict, iv.parties, iv.party_label, iv.confidence, iv.clause, iv.relevant, "
    "iv.review_decision, iv.review_verdict, iv.reviewer, iv.review_changed"
)


def incident_where(f: IncidentFilter) -> tuple[str, list[Any]]:
    where = Where().when(f.since, "i.last_date >= ?").when(f.until, "i.first_date <= ?")
    where.one_of(f.type, "i.event").one_of(f.verdict, "iv.verdict_final").one_of(f.country, "i.loc_country")
    where.any_in(f.source, "i.sources")
    where.when(f.place and like_pattern(f.place), "i.loc_name ILIKE ? ESCAPE '\\'")
    where.flags(((f.contested, "i.contested"), (f.reviewed, "iv.review_decision IS NOT NULL"),
                 (f.relevant, "coalesce(iv.relevant, false)")))
    terms = search_terms(f.q)
    if terms:
        where.add(f"i.cluster_id IN (SELECT e.cluster_id FROM web.ev e WHERE e.article_id IN ({_search_sql(terms)}))",
                  *[t.lower() for t in terms])
    return where.clause()


def incidents_page(cur: ReadOnlyCursor, f: IncidentFilter, sort: str | None = "date", desc: bool = False,
                   page: int = 1, per_page: int = 50) -> dict[str, Any]:
    where, params = incident_where(f)
    base = [f.truce] + params
    total = cur.scalar("SELECT count(*)" + _INCIDENT_FROM + where, base)
    rows = cur.rows("SELECT " + INCIDENT_COLUMNS + _INCIDENT_FROM + where
                    + _order(INCIDENT_SORTS, sort, desc, "date", "i.cluster_id") + " LIMIT ? OFFSET ?",
                    base + [per_page, max(page - 1, 0) * per_page])
    return {"total": total, "page": page, "per_page": per_page, "rows": rows}


def incident_row(cur: ReadOnlyCursor, incident_id: str, truce: str | None) -> dict[str, Any] | None:
    return cur.one("SELECT " + INCIDENT_COLUMNS + _INCIDENT_FROM + " WHERE i.cluster_id = ?", [truce, incident_id])


REPORT_COLUMNS = (
    "e.id, e.article_id, e.event, e.mode, e.date, e.date_precision, e.date_text, e.trigger, e.trigger_start, "
    "e.trigger_end, e.sentence, e.sentence_start, e.negated, e.future, e.hypothetical, e.claimed, e.claimant, "
    "e.asserted, e.confidence, e.loc_name, e.loc_precision, e.loc_country, e.loc_lat, e.loc_lon, e.cluster_id, "
    "json_extract(e.record, '$.event_loc.start')::INTEGER AS loc_start, "
    "json_extract(e.record, '$.event_loc.end')::INTEGER AS loc_end, "
    "a.title AS article_title, a.source, a.url AS article_url, a.published AS article_published, "
    f"{_actor_list('actor')}, {_actor_list('recipient')}, "
    "(SELECT list({'role': x.role, 'start': x.start_char, 'end': x.end_char}) FROM event_actors x "
    "WHERE x.event_id = e.id) AS actor_spans"
)


def incident_reports(cur: ReadOnlyCursor, incident_id: str) -> list[dict[str, Any]]:
    """Every report of an incident (a cluster id, or the id of a report that stands alone), with its article."""
    rows = cur.rows("SELECT " + REPORT_COLUMNS + " FROM events e JOIN articles a ON a.id = e.article_id "
                    "WHERE e.cluster_id = ? ORDER BY a.published NULLS LAST, e.article_id, e.trigger_start",
                    [incident_id])
    if rows:
        return rows
    return cur.rows("SELECT " + REPORT_COLUMNS + " FROM events e JOIN articles a ON a.id = e.article_id "
                    "WHERE e.id = ? AND e.cluster_id IS NULL", [incident_id])


def incident_claims(cur: ReadOnlyCursor, incident_id: str) -> list[dict[str, Any]]:
    return cur.rows("SELECT c.attribute, c.value, c.claimant, c.article_id, c.event_id FROM cluster_claims c "
                    "WHERE c.cluster_id = ? ORDER BY c.attribute, c.claimant, c.value", [incident_id])


def copy_links(cur: ReadOnlyCursor, article_ids: list[str]) -> list[dict[str, Any]]:
    """Copy links (copy -> original) touching any of ``article_ids``."""
    if not article_ids:
        return []
    return cur.rows("SELECT article_id, original_id, containment, method FROM article_copies "
                    "WHERE list_contains(?, article_id) OR list_contains(?, original_id) "
                    "ORDER BY containment DESC", [article_ids, article_ids])


# -- articles -----------------------------------------------------------------------------------
@dataclass
class ArticleFilter:
    since: str | None = None  # publication day
    until: str | None = None
    source: list[str] = field(default_factory=list)
    q: str | None = None
    copies: str = "any"  # yes: only copies of another article; no: only originals
    has_events: str = "any"

    def to_params(self) -> list[tuple[str, str]]:
        return query_pairs(self)


def article_where(f: ArticleFilter) -> tuple[str, list[Any]]:
    where = Where().when(f.since, "left(a.published, 10) >= ?").when(f.until, "left(a.published, 10) <= ?")
    where.one_of(f.source, "a.source")
    terms = search_terms(f.q)
    if terms:
        where.add(f"a.id IN ({_search_sql(terms)})", *[t.lower() for t in terms])
    where.flags(((f.copies, "a.id IN (SELECT article_id FROM article_copies)"),
                 (f.has_events, "coalesce(a.n_events, 0) > 0")))
    return where.clause()


ARTICLE_COLUMNS = ("a.id, a.title, a.source, a.published, a.url, a.language, a.fmt, a.n_events, "
                   "(SELECT min(c.original_id) FROM article_copies c WHERE c.article_id = a.id) AS copy_of, "
                   "(SELECT count(*) FROM article_copies c WHERE c.original_id = a.id) AS n_copies")


def articles_page(cur: ReadOnlyCursor, f: ArticleFilter, sort: str | None = "published", desc: bool = True,
                  page: int = 1, per_page: int = 50) -> dict[str, Any]:
    where, params = article_where(f)
    total = cur.scalar("SELECT count(*) FROM articles a" + where, params)
    rows = cur.rows("SELECT " + ARTICLE_COLUMNS + " FROM articles a" + where
                    + _order(ARTICLE_SORTS, sort, desc, "published", "a.id") + " LIMIT ? OFFSET ?",
                    params + [per_page, max(page - 1, 0) * per_page])
    return {"total": total, "page": page, "per_page": per_page, "rows": rows}


def article_sources(cur: ReadOnlyCursor, limit: int = 200) -> list[dict[str, Any]]:
    return cur.rows("SELECT source AS value, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
                    [limit])


def article_detail(cur: ReadOnlyCursor, article_id: str) -> dict[str, Any] | None:
    return cur.one("SELECT a.id, a.url, a.source, a.title, a.headlines, a.published, a.published_source, "
                   "a.language, a.origin, a.fmt, a.text, a.removed, a.n_events, a.ingested_at "
                   "FROM articles a WHERE a.id = ?", [article_id])


def article_events(cur: ReadOnlyCursor, article_id: str, truce: str | None) -> list[dict[str, Any]]:
    return _with_actors(cur, cur.rows("SELECT " + EVENT_BASE_COLUMNS + ", e.trigger_start, e.trigger_end" + _EVENT_FROM
                                      + " WHERE e.article_id = ? ORDER BY e.trigger_start, e.id", [truce, article_id]))


def articles_by_id(cur: ReadOnlyCursor, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    rows = cur.rows("SELECT id, title, source, published, url FROM articles WHERE list_contains(?, id)", [ids])
    return {r["id"]: r for r in rows}


# -- overview, map, timeline ----------------------------------------------------------------------
def overview_counts(cur: ReadOnlyCursor) -> dict[str, Any]:
    one = cur.scalar
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "copies": one("SELECT count(DISTINCT article_id) FROM article_copies"),
        "reports": one("SELECT count(*) FROM events"),
        "asserted_reports": one("SELECT count(*) FROM events WHERE asserted"),
        "incidents": one("SELECT count(*) FROM web.inc"),
        "contested": one("SELECT count(*) FROM web.inc WHERE contested"),
        "skipped": cur.rows("SELECT kind, count(*) AS n FROM skipped GROUP BY kind ORDER BY n DESC"),
        "first_date": one("SELECT min(first_date) FROM web.inc"),
        "last_date": one("SELECT max(last_date) FROM web.inc"),
        "types": cur.rows("SELECT event AS value, count(*) AS n FROM web.inc GROUP BY 1 ORDER BY n DESC, 1"),
        "sources": cur.rows("SELECT source AS value, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1 "
                            "LIMIT 12"),
    }


def verdict_summary(cur: ReadOnlyCursor, truce: str) -> list[dict[str, Any]]:
    """Incidents per standing verdict under one truce, with how many were reviewed and overruled."""
    return cur.rows("SELECT verdict_final AS verdict, count(*) AS n, count(review_decision) AS reviewed, "
                    "count(*) FILTER (WHERE review_decision = 'overruled') AS overruled "
                    "FROM web.incident_verdicts WHERE truce = ? AND relevant GROUP BY 1 ORDER BY n DESC",
                    [truce])


def map_items(cur: ReadOnlyCursor, f: IncidentFilter, bbox: tuple[float, float, float, float] | None,
              colour: str, max_points: int, cell_deg: float) -> dict[str, Any]:
    """Incidents for the map: points when few, grid cells (counts per colour) when many.

    Incidents located only to a country, region or province are never drawn as points: they come back
    as ``areas`` (one per place and precision, with counts), which the map draws as labelled area markers.
    """
    where, params = incident_where(f)
    key = {"verdict": "coalesce(iv.verdict_final, 'not judged')", "type": "i.event"}.get(colour, "i.event")
    located = ("i.loc_lat IS NOT NULL AND i.loc_lon IS NOT NULL")
    precise = "list_contains(?, i.loc_precision)"
    where = (where + " AND " if where else " WHERE ") + located
    base = [f.truce] + params
    in_box, box = "", []
    if bbox:
        in_box = " AND i.loc_lon BETWEEN ? AND ? AND i.loc_lat BETWEEN ? AND ?"
        box = [bbox[0], bbox[2], bbox[1], bbox[3]]
    n_points = cur.scalar("SELECT count(*)" + _INCIDENT_FROM + where + " AND " + precise + in_box,
                          base + [list(PRECISE)] + box)
    out: dict[str, Any] = {"colour": colour, "n_points": n_points, "points": [], "cells": []}
    if n_points <= max_points:
        out["points"] = cur.rows(
            f"SELECT i.cluster_id AS id, i.loc_lat AS lat, i.loc_lon AS lon, i.loc_name AS place, "
            f"i.loc_precision AS precision, i.event, i.first_date, i.n_reports, {key} AS key" + _INCIDENT_FROM + where + " AND "
            + precise + in_box + " ORDER BY i.first_date, i.cluster_id", base + [list(PRECISE)] + box)
    else:
        rows = cur.rows(
            f"SELECT floor(i.loc_lon / ?)::BIGINT AS gx, floor(i.loc_lat / ?)::BIGINT AS gy, {key} AS key, "
            "count(*) AS n, avg(i.loc_lat) AS lat, avg(i.loc_lon) AS lon" + _INCIDENT_FROM + where + " AND "
            + precise + in_box + " GROUP BY ALL", [cell_deg, cell_deg] + base + [list(PRECISE)] + box)
        cells: dict[tuple[int, int], dict[str, Any]] = {}
        for r in rows:
            cell = cells.setdefault((r["gx"], r["gy"]), {"n": 0, "lat": 0.0, "lon": 0.0, "keys": {}})
            cell["lat"] += r["lat"] * r["n"]
            cell["lon"] += r["lon"] * r["n"]
            cell["n"] += r["n"]
            cell["keys"][r["key"]] = r["n"]
        for (gx, gy), c in sorted(cells.items()):
            out["cells"].append({"lat": c["lat"] / c["n"], "lon": c["lon"] / c["n"], "n": c["n"], "keys": c["keys"],
                                 "bbox": [gx * cell_deg, gy * cell_deg, (gx + 1) * cell_deg, (gy + 1) * cell_deg]})
    out["areas"] = cur.rows(
        f"SELECT i.loc_name AS place, i.loc_country AS country, coalesce(i.loc_precision, 'unknown') AS precision, "
        f"avg(i.loc_lat) AS lat, avg(i.loc_lon) AS lon, count(*) AS n, histogram({key}) AS keys"
        + _INCIDENT_FROM + where + " AND NOT coalesce(" + precise + ", false)" + in_box
        + " GROUP BY ALL ORDER BY n DESC LIMIT 200", base + [list(PRECISE)] + box)
    for a in out["areas"]:
        a["keys"] = dict(a["keys"] or {})
    out["unlocated"] = cur.scalar("SELECT count(*)" + _INCIDENT_FROM + incident_where(f)[0]
                                  + (" AND " if incident_where(f)[0] else " WHERE ") + "NOT (" + located + ")", base)
    return out


def timeline_counts(cur: ReadOnlyCursor, f: IncidentFilter, group: str) -> list[dict[str, Any]]:
    """Incidents per day (their first day) and group: event type, standing verdict, or party blamed."""
    where, params = incident_where(f)
    if group == "party":
        return cur.rows("SELECT i.first_date AS day, coalesce(iv.party_label, 'unattributed') AS key, "
                        "count(*) AS n" + _INCIDENT_FROM + where + " GROUP BY ALL ORDER BY 1, 2", [f.truce] + params)
    key = "coalesce(iv.verdict_final, 'not judged')" if group == "verdict" else "i.event"
    return cur.rows(f"SELECT i.first_date AS day, {key} AS key, count(*) AS n" + _INCIDENT_FROM + where
                    + " GROUP BY ALL ORDER BY 1, 2", [f.truce] + params)


def flat_tables_sql() -> list[str]:
    """Statements that build the workbench's flat copies (``web.ev``, ``web.inc``, ``web.doc``) from the store."""
    ranks = " ".join(f"WHEN '{p}' THEN {r}" for p, r in PRECISION_RANK.items())
    names = " ".join(f"WHEN {r} THEN '{p}'" for p, r in PRECISION_RANK.items())
    return [
        "CREATE OR REPLACE TABLE web.ev AS SELECT e.id, left(e.date, 10) AS day, e.date, e.event, e.mode, "
        "e.loc_country, e.loc_name, coalesce(e.asserted, false) AS asserted, e.article_id, e.cluster_id, "
        "e.confidence, a.source, a.published, coalesce(x.countries, []) AS actor_countries, "
        "coalesce(x.sectors, []) AS actor_sectors FROM events e JOIN articles a ON a.id = e.article_id "
        "LEFT JOIN (SELECT event_id, list(DISTINCT country) FILTER (WHERE country IS NOT NULL) AS countries, "
        "list(DISTINCT sector) FILTER (WHERE sector IS NOT NULL) AS sectors FROM event_actors "
        "WHERE role = 'actor' GROUP BY event_id) x ON x.event_id = e.id",
        f"CREATE OR REPLACE TABLE web.inc AS SELECT i.*, g.precision AS loc_precision, g.mode FROM incidents i "
        f"LEFT JOIN (SELECT c.cluster_id, CASE min(CASE e.loc_precision {ranks} ELSE 9 END) {names} END AS precision, "
        "mode(e.mode) AS mode FROM clusters c JOIN events e ON e.cluster_id = c.cluster_id "
        "AND e.loc_name IS NOT DISTINCT FROM c.loc_name GROUP BY c.cluster_id) g ON g.cluster_id = i.cluster_id",
        "CREATE OR REPLACE TABLE web.doc AS SELECT id, lower(coalesce(title, '') || ' ' || coalesce(text, '')) "
        "AS body FROM articles",
    ]


def distinct_values(cur: ReadOnlyCursor, column: str) -> list[str]:
    """Distinct values of a whitelisted events column (for filter menus)."""
    allowed = {"event": "event", "mode": "mode", "loc_country": "loc_country"}
    col = allowed[column]
    return [r[0] for r in cur.execute(f"SELECT DISTINCT {col} FROM events WHERE {col} IS NOT NULL ORDER BY 1")
            .fetchall()]
