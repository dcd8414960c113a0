"""The web layer of ``truce serve``: routes that turn requests into ``Workbench`` calls.

Each page has a JSON twin under ``/api`` returning the same data; ``/docs``
lists them (rendered here from the OpenAPI schema, so it needs no CDN).

Security, because article text is untrusted:

* HTML comes only from Jinja templates with autoescaping; data embedded for the
  page's scripts goes through ``json_script`` (``<``, ``>``, ``&``, U+2028/9
  escaped); links to sources are kept only for http(s) URLs.
* Every response carries a Content-Security-Policy allowing scripts, styles and
  requests from this origin only: no inline script, no inline style, no eval.
* Requests must name this server in ``Host`` (no DNS rebinding), and a review
  (the only write) needs a same-origin ``Origin``/``Referer`` *and* the
  per-process token that only this server's own pages carry.
"""

from __future__ import annotations

import json
import re
import secrets
from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.gzip import GZipMiddleware

from truce import __version__
from truce.errors import TruceError
from truce.monitor.verdict import VERDICTS
from truce.reviews import DECISIONS, ReviewError
from truce.web.queries import ArticleFilter, EventFilter, IncidentFilter
from truce.web.workbench import EXPORT_FORMATS, NotFound, Workbench

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin", "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
DAY = r"^(\d{4}-\d{2}-\d{2})?$"  # or empty: a form sends its blank date fields
LOOPBACK = ("127.0.0.1", "localhost", "::1")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_script(value: Any) -> Markup:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no line separators."""
    text = json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))
    return Markup(re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text))


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (no ``javascript:``, ``data:``, relative tricks)."""
    if not url or not isinstance(url, str) or any(c in url for c in "\x00\r\n\t "):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/api/") or request.method != "GET":
            response.headers.setdefault("Cache-Control", "no-store")
        return response


class HostCheck(BaseHTTPMiddleware):
    """Refuse requests addressed to another host name (a DNS-rebinding page would send its own)."""

    def __init__(self, app: Any, allowed: set[str]) -> None:
        super().__init__(app)
        self.allowed = allowed

    async def dispatch(self, request: Request, call_next: Any) -> Any:
        if _hostname(request.headers.get("host", "")) not in self.allowed:
            return JSONResponse({"error": "unknown host"}, status_code=400)
        return await call_next(request)


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def create_app(wb: Workbench, allowed_hosts: set[str] | None = None, token: str | None = None) -> FastAPI:
    """The ASGI app over one workbench. ``allowed_hosts``: host names the server answers to."""
    app = FastAPI(title="truce workbench", version=__version__, docs_url=None, redoc_url=None,
                  description="The data of every page of `truce serve`, as JSON.")
    allowed = set(allowed_hosts or LOOPBACK)
    app.state.token = token or secrets.token_urlsafe(24)
    app.add_middleware(HostCheck, allowed=allowed)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(GZipMiddleware, minimum_size=4096)
    app.mount("/static", StaticFiles(directory=str(files("truce.web") / "static")), name="static")
    env = Environment(loader=FileSystemLoader(str(files("truce.web") / "templates")),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["json_script"] = json_script
    env.filters["safe_url"] = safe_url
    env.filters["pct"] = lambda v: "" if v is None else f"{100 * float(v):.0f}%"
    env.globals.update(verdicts=VERDICTS, decisions=DECISIONS, version=__version__, plover_types=list(TYPE_COLOURS),
                       review_max_name=wb.settings.web.review_max_name_chars,
                       review_max_note=wb.settings.web.review_max_note_chars)

    def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        truce = wb.default_truce(request.query_params.get("truce"))
        page = env.get_template(name).render(request=request, truces=wb.truces, truce=truce, db=wb.path,
                                             token=app.state.token, url_with=_url_with(request),
                                             read_only=wb.read_only, **ctx)
        return HTMLResponse(page, status_code=status)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=404)
        return render(request, "error.html", status=404, title="Not found", message=str(exc))

    @app.exception_handler(TruceError)
    async def user_error(request: Request, exc: TruceError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return render(request, "error.html", status=400, title="Cannot do that", message=str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> Any:
        problems = [f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors()]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "invalid parameters", "problems": problems}, status_code=422)
        return render(request, "error.html", status=422, title="Invalid parameters", message="; ".join(problems))

    def check_write(request: Request, token: str | None) -> None:
        """A review must come from this server's own page: same origin and its token."""
        origin = request.headers.get("origin") or request.headers.get("referer")
        host = request.headers.get("host", "")
        if not origin or urlsplit(origin).netloc.lower() != host.lower() or _hostname(host) not in allowed:
            raise ReviewError("cross-site review refused: the request does not come from this workbench")
        if not token or not secrets.compare_digest(token, app.state.token):
            raise ReviewError("review refused: missing or stale form token (reload the page)")

    # -- pages ----------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request) -> Any:
        return render(request, "overview.html", title="Overview", data=wb.overview())

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, f: Annotated[IncidentFilter, Depends(incident_filter)],
                 colour: str = Query("verdict", pattern="^(verdict|type)$")) -> Any:
        data = wb.map(f, colour=colour)
        return render(request, "map.html", title="Map", filt=f, colour=data["colour"],
                      page_data={"map": data, "colours": _colours(), "query": f.to_params()})

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, f: Annotated[IncidentFilter, Depends(incident_filter)],
                      group: str = Query("type", pattern="^(type|verdict|party)$")) -> Any:
        data = wb.timeline(f, group)
        return render(request, "timeline.html", title="Timeline", filt=f, group=data["group"],
                      page_data={"timeline": data, "colours": _colours()})

    @app.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
    def incidents_page(request: Request, f: Annotated[IncidentFilter, Depends(incident_filter)],
                       paging: Annotated[dict, Depends(paging_params)]) -> Any:
        data = wb.incidents(f, **paging)
        return render(request, "incidents.html", title="Incidents", filt=f, data=data, paging=paging,
                      types=_types(wb))

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: str) -> Any:
        data = wb.incident(incident_id, request.query_params.get("truce"))
        return render(request, "incident.html", title=f"Incident {incident_id}", data=data,
                      saved=request.query_params.get("saved"))

    @app.post("/incidents/{incident_id}/review", include_in_schema=False)
    def review_form(request: Request, incident_id: str, truce: Annotated[str, Form()],
                    decision: Annotated[str, Form()], reviewer: Annotated[str, Form()] = "",
                    note: Annotated[str, Form()] = "", verdict: Annotated[str, Form()] = "",
                    csrf_token: Annotated[str, Form()] = "") -> Any:
        check_write(request, csrf_token)
        wb.review(incident_id, truce, decision, verdict or None, note, reviewer)
        query = urlencode({"truce": truce, "saved": "1"})
        return RedirectResponse(f"/incidents/{_path_id(incident_id)}?{query}#review", status_code=303)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, f: Annotated[EventFilter, Depends(event_filter)],
                    paging: Annotated[dict, Depends(paging_params)]) -> Any:
        data = wb.events(f, **paging)
        return render(request, "events.html", title="Events", filt=f, data=data, paging=paging,
                      formats=list(EXPORT_FORMATS))

    @app.get("/events.{fmt}", include_in_schema=False)
    def events_download(fmt: str, f: Annotated[EventFilter, Depends(event_filter)]) -> Any:
        return _download(wb, f, fmt)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, f: Annotated[ArticleFilter, Depends(article_filter)],
                      paging: Annotated[dict, Depends(article_paging)]) -> Any:
        data = wb.articles(f, **paging)
        return render(request, "articles.html", title="Articles", filt=f, data=data, paging=paging)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> Any:
        data = wb.article(article_id, request.query_params.get("truce"))
        return render(request, "article.html", title=data["article"].get("title") or article_id, data=data)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Any:
        return Response(status_code=204)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> Any:
        return render(request, "docs.html", title="API", api=app.openapi())

    # -- JSON API -------------------------------------------------------------------------------
    @app.get("/api/overview", summary="Counts, verdicts per truce, recent reviews (the / page)")
    def api_overview() -> Any:
        return _json(wb.overview())

    @app.get("/api/events", summary="Events (reports) matching the facets, one page, with facet counts")
    def api_events(f: Annotated[EventFilter, Depends(event_filter)],
                   paging: Annotated[dict, Depends(paging_params)], facets: bool = True) -> Any:
        return _json(wb.events(f, facets=facets, **paging))

    @app.get("/api/events/export", summary="The filtered events as a download: format=csv|jsonl|parquet")
    def api_export(f: Annotated[EventFilter, Depends(event_filter)],
                   format: str = Query("jsonl", pattern="^(csv|jsonl|parquet)$")) -> Any:
        return _download(wb, f, format)

    @app.get("/api/events/{event_id}", summary="One event report with its PLOVER record")
    def api_event(event_id: str, truce: str | None = None) -> Any:
        return _json(wb.event(event_id, truce))

    @app.get("/api/incidents", summary="Incidents (clusters of reports) with their verdict and review")
    def api_incidents(f: Annotated[IncidentFilter, Depends(incident_filter)],
                      paging: Annotated[dict, Depends(paging_params)]) -> Any:
        return _json(wb.incidents(f, **paging))

    @app.get("/api/incidents/{incident_id}", summary="One incident: reports, stories, claims, verdicts, reviews")
    def api_incident(incident_id: str, truce: str | None = None) -> Any:
        return _json(wb.incident(incident_id, truce))

    @app.post("/api/incidents/{incident_id}/review",
              summary="Confirm or overrule a verdict (same origin and the X-Truce-Token header required)")
    async def api_review(request: Request, incident_id: str) -> Any:
        check_write(request, request.headers.get("x-truce-token"))
        try:
            body = await request.json()
        except ValueError as exc:
            raise ReviewError("the review must be a JSON object") from exc
        if not isinstance(body, dict):
            raise ReviewError("the review must be a JSON object")
        text = {k: body.get(k) if isinstance(body.get(k), str) else None
                for k in ("truce", "decision", "verdict", "note", "reviewer")}
        return _json(wb.review(incident_id, text["truce"] or "", text["decision"] or "", text["verdict"],
                               text["note"] or "", text["reviewer"] or ""))

    @app.get("/api/reviews", summary="Every review, newest first, and reviews no current incident matches")
    def api_reviews() -> Any:
        return _json(wb.reviews())

    @app.get("/api/articles", summary="Articles matching the filters, one page")
    def api_articles(f: Annotated[ArticleFilter, Depends(article_filter)],
                     paging: Annotated[dict, Depends(article_paging)]) -> Any:
        return _json(wb.articles(f, **paging))

    @app.get("/api/articles/{article_id}", summary="One article: text, events, copies and originals")
    def api_article(article_id: str, truce: str | None = None) -> Any:
        return _json(wb.article(article_id, truce))

    @app.get("/api/map", summary="Map data: incident points, or grid cells when many; area-level incidents")
    def api_map(f: Annotated[IncidentFilter, Depends(incident_filter)],
                bbox: str | None = Query(None, pattern=r"^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$"),
                zoom: float = Query(1.0, ge=1.0, le=4096.0),
                colour: str = Query("verdict", pattern="^(verdict|type)$")) -> Any:
        box = tuple(float(x) for x in bbox.split(",")) if bbox else None
        return _json(wb.map(f, box, zoom, colour))

    @app.get("/api/basemap", summary="Offline basemap: land, borders and place names for a view")
    def api_basemap(bbox: str = Query("-180,-85,180,85", pattern=r"^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$"),
                    zoom: float = Query(1.0, ge=1.0, le=4096.0)) -> Any:
        from truce.web.basemap import basemap_view

        box = tuple(float(x) for x in bbox.split(","))
        return JSONResponse(basemap_view(box, zoom, wb.settings.web), headers={"Cache-Control": "max-age=3600"})

    @app.get("/api/timeline", summary="Incidents per day by type, verdict or party; truce units")
    def api_timeline(f: Annotated[IncidentFilter, Depends(incident_filter)],
                     group: str = Query("type", pattern="^(type|verdict|party)$")) -> Any:
        return _json(wb.timeline(f, group))

    return app


# -- request parsing ------------------------------------------------------------------------------
Day = Annotated[str | None, Query(pattern=DAY)]
Many = Annotated[list[str] | None, Query()]
Flag = Annotated[str, Query(pattern="^(yes|no|any)$")]
Text = Annotated[str | None, Query(max_length=500)]
Page = Annotated[int, Query(ge=1)]
PerPage = Annotated[int | None, Query(ge=1)]
SortKey = Annotated[str, Query(max_length=40)]


def event_filter(since: Day = None, until: Day = None, type: Many = None, mode: Many = None,
                 actor_country: Many = None, actor_sector: Many = None, place: Text = None, country: Many = None,
                 verdict: Many = None, source: Many = None, asserted: Flag = "yes", q: Text = None,
                 incident: Text = None, article: Text = None, truce: Text = None) -> EventFilter:
    return EventFilter(since, until, _clean(type), _clean(mode), _clean(actor_country), _clean(actor_sector),
                       place or None, _clean(country), _clean(verdict), _clean(source), asserted, q or None,
                       incident or None, article or None, truce or None)


def incident_filter(since: Day = None, until: Day = None, type: Many = None, verdict: Many = None,
                    place: Text = None, country: Many = None, contested: Flag = "any", reviewed: Flag = "any",
                    relevant: Flag = "any", source: Many = None, q: Text = None,
                    truce: Text = None) -> IncidentFilter:
    return IncidentFilter(since, until, _clean(type), _clean(verdict), place or None, _clean(country), contested,
                          reviewed, relevant, _clean(source), q or None, truce or None)


def article_filter(since: Day = None, until: Day = None, source: Many = None, q: Text = None,
                   copies: Flag = "any", has_events: Flag = "any") -> ArticleFilter:
    return ArticleFilter(since, until, _clean(source), q or None, copies, has_events)


def paging_params(sort: SortKey = "date", desc: bool = False, page: Page = 1,
                  per_page: PerPage = None) -> dict[str, Any]:
    return {"sort": sort, "desc": desc, "page": page, "per_page": per_page}


def article_paging(sort: SortKey = "published", desc: bool = True, page: Page = 1,
                   per_page: PerPage = None) -> dict[str, Any]:
    return {"sort": sort, "desc": desc, "page": page, "per_page": per_page}


def _clean(values: list[str] | None) -> list[str]:
    return [v for v in values or [] if v][:200]


def _url_with(request: Request) -> Any:
    def url_with(path: str | None = None, **changes: Any) -> str:
        """This page's URL (or ``path``) with the same query, some parameters changed (None drops one)."""
        params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
        for k, v in changes.items():
            if v is not None and v != "":
                params.append((k, str(v).lower() if isinstance(v, bool) else str(v)))
        return (path or request.url.path) + ("?" + urlencode(params) if params else "")
    return url_with


def _path_id(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def _json(data: Any) -> JSONResponse:
    return JSONResponse(json.loads(json.dumps(data, default=str)))


def _download(wb: Workbench, f: EventFilter, fmt: str) -> StreamingResponse:
    if fmt not in EXPORT_FORMATS:
        raise NotFound(f"no download format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    return StreamingResponse(wb.export(f, fmt), media_type=EXPORT_FORMATS[fmt],
                             headers={"Content-Disposition": f'attachment; filename="truce-events.{fmt}"'})


def _types(wb: Workbench) -> list[str]:
    from truce.web.queries import distinct_values

    return distinct_values(wb.cursor(), "event")


TYPE_COLOURS = {  # PLOVER types by quad class: cooperation greens/blues, conflict oranges/reds
    "AGREE": "#1e8449", "CONSULT": "#2e86c1", "SUPPORT": "#48c9b0", "CONCEDE": "#7dcea0",
    "COOPERATE": "#117a65", "AID": "#5dade2", "RETREAT": "#a9cce3",
    "REQUEST": "#af7ac5", "ACCUSE": "#d4ac0d", "REJECT": "#b7950b", "THREATEN": "#e59866",
    "PROTEST": "#a04000", "SANCTION": "#7e5109", "MOBILIZE": "#dc7633", "COERCE": "#cb4335",
    "ASSAULT": "#922b21",
}


def _colours() -> dict[str, dict[str, str]]:
    from truce.monitor.html_report import COLOURS

    return {"verdict": {**COLOURS, "not judged": "#bbbbbb"}, "type": TYPE_COLOURS}
