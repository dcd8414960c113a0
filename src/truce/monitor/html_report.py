"""A self-contained HTML report: one file, no network (inline CSS, JS and SVG).

Every string that comes from an article or a truce file passes through
``esc`` (html.escape with quotes) before it reaches the page; numbers are
formatted by us. The map is an equirectangular projection of lat/lon (with
longitudes scaled by cos(latitude) so shapes are not stretched), drawn over a
graticule: no tiles, no CDN.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import UTC, datetime
from html import escape

from truce.monitor.model import TruceChain
from truce.monitor.report import Incident, incidents
from truce.monitor.verdict import CONTESTED, NOT_COVERED, POSSIBLE, UNATTRIBUTED, VERDICTS, VIOLATION, Verdict

COLOURS = {VIOLATION: "#c0392b", UNATTRIBUTED: "#e67e22", CONTESTED: "#8e44ad", POSSIBLE: "#d4ac0d",
           NOT_COVERED: "#95a5a6"}
PARTY_COLOURS = ("#c0392b", "#2471a3", "#239b56", "#b9770e", "#7d3c98", "#5d6d7e", "#a93226", "#1e8449")
MAP_W, MAP_H = 720.0, 480.0
KM_PER_DEG = 111.2

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#222}
h1{font-size:1.5em} h2{font-size:1.2em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
.badge{display:inline-block;padding:0 .5em;border-radius:.8em;color:#fff;font-size:.85em}
.inc{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.5em .8em;margin:.6em 0}
.inc .meta{color:#555;font-size:.9em} .reasons{margin:.3em 0 .3em 1.2em;padding:0}
.report{background:#f7f7f7;margin:.3em 0;padding:.3em .6em;border-radius:3px}
.report q{font-style:italic} table{border-collapse:collapse} td,th{padding:.15em .6em;border-bottom:1px solid #eee}
svg text{font:11px system-ui,sans-serif} .filters label{margin-right:1em}
.legend span{margin-right:1em} .units td{vertical-align:top}
"""

JS = """
document.querySelectorAll('.filters input').forEach(function(box){
  box.addEventListener('change', function(){
    var kind = box.getAttribute('data-verdict');
    document.querySelectorAll('[data-verdict="' + kind + '"].inc, [data-verdict="' + kind + '"].dot')
      .forEach(function(el){ el.style.display = box.checked ? '' : 'none'; });
  });
});
"""


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def render_html(verdicts: list[Verdict], chains: list[TruceChain], articles: dict | None = None,
                title: str | None = None) -> str:
    """The whole report page as one string."""
    items = incidents(verdicts)
    anchors = {(i.truce, i.id): f"inc-{n}" for n, i in enumerate(items)}
    relevant = [i for i in items if i.relevant]
    other = [i for i in items if not i.relevant]
    heading = title or "Ceasefire monitor: " + ", ".join(c.name for c in chains)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{esc(heading)}</title><style>{CSS}</style></head><body>",
        f"<h1>{esc(heading)}</h1>",
        f"<p class='meta'>Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC from {len(verdicts)} event reports "
        f"in {len(items)} incidents.</p>",
        _summary(items), _truces(chains),
        "<h2>Map</h2>", _map(relevant, chains, anchors), _legend(),
        "<h2>Violations per day and party</h2>", _timeline(relevant),
        "<h2>Incidents</h2>", _filters(relevant),
        *(_incident(i, anchors[(i.truce, i.id)], articles or {}) for i in relevant),
        f"<details><summary>{len(other)} other incidents (not prohibited acts, or outside every truce)"
        "</summary>", *(_incident(i, anchors[(i.truce, i.id)], articles or {}) for i in other), "</details>",
        f"<script>{JS}</script></body></html>",
    ]
    return "\n".join(parts)


def _summary(items: list[Incident]) -> str:
    counts = Counter(i.verdict for i in items)
    cells = "".join(f"<td><span class='badge' style='background:{COLOURS[v]}'>{esc(v)}</span></td>"
                    f"<td>{counts.get(v, 0)}</td>" for v in VERDICTS)
    return f"<table><tr>{cells}</tr></table>"


def _truces(chains: list[TruceChain]) -> str:
    rows = []
    for chain in chains:
        for u in chain.units:
            end = f"{u.end.astimezone(u.timezone):%Y-%m-%d %H:%M}" if u.end else "open"
            area = "; ".join(("+ " if p.origin != u.id else "") + p.include.describe() +
                             (f" minus {p.exclude.describe()}" if not p.exclude.is_empty() else "") for p in u.area)
            rows.append(f"<tr><td>{esc(u.clause())}</td><td>{esc(u.kind)}{' (planned)' if u.status == 'planned' else ''}"
                        f"</td><td>{u.start.astimezone(u.timezone):%Y-%m-%d %H:%M} - {esc(end)} {esc(u.timezone)}</td>"
                        f"<td>{esc(area)}</td><td>{esc(', '.join(p.name for p in u.parties.values()))}</td></tr>")
        rows += [f"<tr><td colspan='5'>{esc(n)}</td></tr>" for n in chain.notes]
    return ("<h2>Truces</h2><table class='units'><tr><th>truce</th><th>kind</th><th>in force (local)</th>"
            "<th>area</th><th>parties</th></tr>" + "".join(rows) + "</table>")


class _Projection:
    """Equirectangular lat/lon -> SVG x/y fitted to the points and areas shown."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        lats = [p[0] for p in points] or [0.0]
        lons = [p[1] for p in points] or [0.0]
        self.k = math.cos(math.radians((min(lats) + max(lats)) / 2)) or 1.0
        pad = 0.5
        self.lat0, self.lat1 = min(lats) - pad, max(lats) + pad
        self.lon0, self.lon1 = min(lons) - pad, max(lons) + pad
        span_x, span_y = (self.lon1 - self.lon0) * self.k, self.lat1 - self.lat0
        self.scale = min(MAP_W / span_x, MAP_H / span_y)

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        return (lon - self.lon0) * self.k * self.scale, (self.lat1 - lat) * self.scale


def _map(items: list[Incident], chains: list[TruceChain], anchors: dict) -> str:
    circles = [(c, p.origin, excl) for ch in chains for u in ch.active_units() for p in u.area
               for excl, region in ((False, p.include), (True, p.exclude)) for c in region.circles]
    polys = [(poly, excl) for ch in chains for u in ch.active_units() for p in u.area
             for excl, region in ((False, p.include), (True, p.exclude)) for named in region.polygons
             for poly in named.polygons]
    pts = [(i.lat, i.lon) for i in items if i.lat is not None]
    pts += [(c.lat + d * c.radius_km / KM_PER_DEG, c.lon) for c, _, _ in circles for d in (-1, 1)]
    pts += [(lat, lon) for poly, _ in polys for lon, lat in poly[0]]
    if not pts:
        return "<p>No located incidents.</p>"
    pr = _Projection(pts)
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {MAP_W:.0f} {MAP_H:.0f}' width='100%' "
           "style='background:#eef3f7;border:1px solid #ccc'>"]
    out += _graticule(pr)
    seen = set()
    for c, origin, excl in circles:
        if (c, excl) in seen:
            continue
        seen.add((c, excl))
        x, y = pr.xy(c.lat, c.lon)
        r = c.radius_km / KM_PER_DEG * pr.scale
        style = "fill:#999;fill-opacity:.25;stroke:#555;stroke-dasharray:3 2" if excl else \
            "fill:#5dade2;fill-opacity:.15;stroke:#2471a3"
        out.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{r:.1f}' style='{style}'><title>"
                   f"{esc(('excluded: ' if excl else '') + c.name + ' (' + origin + ')')}</title></circle>"
                   f"<text x='{x + r + 2:.1f}' y='{y:.1f}'>{esc(c.name)}</text>")
    for poly, excl in polys:
        d = " ".join("M" + " L".join("{:.1f},{:.1f}".format(*pr.xy(lat, lon)) for lon, lat in ring) + "Z"
                     for ring in poly)
        fill = "#999" if excl else "#5dade2"
        out.append(f"<path d='{d}' style='fill:{fill};fill-opacity:.2;stroke:#2471a3' fill-rule='evenodd'/>")
    # Least serious first, so violations are drawn on top of the not-covered dots at the same place.
    for i in sorted(items, key=lambda i: -VERDICTS.index(i.verdict) if i.verdict in VERDICTS else 0):
        if i.lat is None:
            continue
        x, y = pr.xy(i.lat, i.lon)
        label = f"{i.day or 'undated'} {i.place or ''}: {i.verdict} ({i.party_label})"
        out.append(f"<a href='#{anchors[(i.truce, i.id)]}' class='dot' data-verdict='{esc(i.verdict)}'>"
                   f"<circle cx='{x:.1f}' cy='{y:.1f}' r='6' fill='{COLOURS.get(i.verdict, '#333')}' "
                   f"stroke='#fff'><title>{esc(label)}</title></circle></a>")
    out.append("</svg>")
    return "".join(out)


def _graticule(pr: _Projection) -> list[str]:
    step = 1 if (pr.lat1 - pr.lat0) < 12 else 5
    lines = []
    for lat in range(math.ceil(pr.lat0), math.floor(pr.lat1) + 1):
        if lat % step == 0:
            _, y = pr.xy(lat, pr.lon0)
            lines.append(f"<line x1='0' x2='{MAP_W:.0f}' y1='{y:.1f}' y2='{y:.1f}' stroke='#d5dde5'/>"
                         f"<text x='2' y='{y - 2:.1f}' fill='#889'>{lat}&#176;</text>")
    for lon in range(math.ceil(pr.lon0), math.floor(pr.lon1) + 1):
        if lon % step == 0:
            x, _ = pr.xy(pr.lat0, lon)
            lines.append(f"<line y1='0' y2='{MAP_H:.0f}' x1='{x:.1f}' x2='{x:.1f}' stroke='#d5dde5'/>"
                         f"<text x='{x + 2:.1f}' y='{MAP_H - 3:.0f}' fill='#889'>{lon}&#176;</text>")
    return lines


def _legend() -> str:
    return "<p class='legend'>" + "".join(
        f"<span><svg width='12' height='12'><circle cx='6' cy='6' r='5' fill='{COLOURS[v]}'/></svg> {esc(v)}</span>"
        for v in VERDICTS) + "</p>"


def _timeline(items: list[Incident]) -> str:
    """Stacked bars: violation incidents (attributed and not) per local day, one colour per party."""
    per_day: dict[str, Counter] = defaultdict(Counter)
    for i in items:
        if i.verdict in (VIOLATION, UNATTRIBUTED) and i.day:
            per_day[i.day][i.party_label] += 1
    if not per_day:
        return "<p>No violations.</p>"
    parties = sorted({p for c in per_day.values() for p in c})
    colour = {p: PARTY_COLOURS[n % len(PARTY_COLOURS)] for n, p in enumerate(parties)}
    days = sorted(per_day)
    top = max(sum(c.values()) for c in per_day.values())
    bar_w, h, base = max(8.0, min(40.0, 680 / len(days))), 160.0, 180.0
    width = max(320.0, 40 + bar_w * len(days) + 20)  # drawn at its own size: a few days must not fill the page
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width:.0f}' height='230' style='max-width:100%' "
           f"viewBox='0 0 {width:.0f} 230'>"]
    for n, day in enumerate(days):
        x, y = 40 + n * bar_w, base
        for party in parties:
            k = per_day[day].get(party, 0)
            if not k:
                continue
            hh = k / top * h
            y -= hh
            out.append(f"<rect x='{x:.1f}' y='{y:.1f}' width='{bar_w - 2:.1f}' height='{hh:.1f}' "
                       f"fill='{colour[party]}'><title>{esc(day)}: {esc(party)} {k}</title></rect>")
        out.append(f"<text x='{x:.1f}' y='{base + 12:.0f}' transform='rotate(45 {x:.1f} {base + 12:.0f})'>"
                   f"{esc(day[5:])}</text>")
    out.append(f"<text x='0' y='{base - h + 4:.0f}'>{top}</text><text x='0' y='{base:.0f}'>0</text></svg>")
    legend = "".join(f"<span><svg width='12' height='12'><rect width='12' height='12' fill='{colour[p]}'/></svg> "
                     f"{esc(p)}</span>" for p in parties)
    return "".join(out) + f"<p class='legend'>{legend}</p>"


def _filters(items: list[Incident]) -> str:
    present = [v for v in VERDICTS if any(i.verdict == v for i in items)]
    boxes = "".join(f"<label><input type='checkbox' checked data-verdict='{esc(v)}'> {esc(v)}</label>" for v in present)
    return f"<p class='filters'>Show: {boxes}</p>"


def _incident(i: Incident, anchor: str, articles: dict) -> str:
    colour = COLOURS.get(i.verdict, "#333")
    top = i.reports[0]
    reasons = "".join(f"<li>{esc(r)}</li>" for r in top.reasons)
    claims = "".join(f"<li>{esc(c)}</li>" for c in top.claimants)
    reports = "".join(_report(r, articles) for r in i.reports)
    return (f"<div class='inc' id='{anchor}' data-verdict='{esc(i.verdict)}' style='border-left-color:{colour}'>"
            f"<span class='badge' style='background:{colour}'>{esc(i.verdict)}</span> "
            f"<b>{esc(i.day or 'undated')}</b> {esc(i.place or 'place unknown')} &middot; {esc(i.party_label)}"
            f"<div class='meta'>truce clause: {esc(i.clause or '-')} &middot; rule: {esc(top.rule)} &middot; "
            f"confidence {i.confidence:.2f} from {i.n_sources} independent source(s)"
            f"{f', {top.n_contradicting} contradicting' if top.n_contradicting else ''}</div>"
            f"<ul class='reasons'>{reasons}</ul>"
            + (f"<div>Claims:<ul class='reasons'>{claims}</ul></div>" if claims else "")
            + reports + "</div>")


def _report(v: Verdict, articles: dict) -> str:
    e = v.event
    info = articles.get(v.article_id, {})
    source = " &middot; ".join(esc(x) for x in (info.get("outlet"), info.get("title"), info.get("published")) if x)
    sentence = esc(e.sentence if e else "")
    what = esc(f"{e.event} {e.mode or ''}".strip()) if e else ""
    return (f"<div class='report'><q>{sentence}</q><div class='meta'>{what} &middot; {esc(v.verdict)} &middot; "
            f"article {esc(v.article_id)}{' &middot; ' + source if source else ''} &middot; "
            f"claimed by {esc(v.claimant)}</div></div>")
