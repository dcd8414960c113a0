"""Geoparsing evaluation against gold JSONL (format 2 of shared/eval/README.md).

Recognition: precision / recall / F1 for exact spans and for overlapping spans (one-to-one).
Two conventions are scored: ``tr-news`` (national adjectives such as "Syrian" count as toponyms,
as the TR-News annotators did; the geoparser runs with ``demonyms=True``) and ``strict``
(demonyms removed from both gold and predictions).

Resolution (distance between predicted and gold coordinates, great-circle km; a toponym left
unresolved counts as 20,039 km, half the Earth's circumference): accuracy within 161 km
(100 miles), median and mean error, and the AUC of Gritta et al. (2018): sort the errors,
scale each as ln(e + 1) / ln(20039), and take the trapezoid area under that curve divided by
(n - 1), so 0 is perfect and 1 is every toponym on the far side of the Earth. End to end it is
computed over predicted spans that overlap a gold span with coordinates; with ``gold_spans`` over
every gold span with coordinates. Coverage: the share of gold toponyms with coordinates that have
any gazetteer candidate, and the share with a candidate within 161 km (or with the gold GeoNames id: the resolver's ceiling).
"""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path
from typing import Any

from truce.geo import Geoparser
from truce.geo.distance import haversine_km
from truce.geo.recognize import Mention
from truce.geo.resolve import candidates_for
from truce.geo.tables import demonyms
from truce.pipeline import Pipeline
from truce.records import Article, CodedArticle, Event, Place

MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
ACC_NEAR_KM = 25  # the acc@25km metric: share of events placed within this many km of the gold point


def _load(path: str | Path, limit: int | None) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "predicted": n_pred, "gold": n_gold}


def auc(errors: list[float]) -> float:
    """Gritta et al.'s AUC of the sorted, log-scaled error curve (lower is better)."""
    if not errors:
        return 0.0
    scaled = sorted(math.log(min(e, MAX_ERROR_KM) + 1) / math.log(MAX_ERROR_KM) for e in errors)
    if len(scaled) == 1:
        return round(scaled[0], 4)
    area = sum((a + b) / 2 for a, b in zip(scaled, scaled[1:], strict=False))
    return round(area / (len(scaled) - 1), 4)


def resolution_stats(errors: list[float]) -> dict[str, float]:
    if not errors:
        return {"n": 0}
    return {"n": len(errors), "acc@161km": round(sum(e <= ACC_KM for e in errors) / len(errors), 4),
            "median_km": round(statistics.median(errors), 1), "mean_km": round(statistics.fmean(errors), 1),
            "auc": auc(errors)}


def _error(place: Place, gold: dict[str, Any], by_id: bool = True) -> float:
    """Great-circle error; 0 when both sides name the same GeoNames entry (``by_id``), because a
    country's or state's representative point differs between sources by hundreds of km."""
    if place.lat is None or place.lon is None:
        return MAX_ERROR_KM
    if by_id and place.geonameid is not None and place.geonameid == gold.get("geonameid"):
        return 0.0
    return haversine_km(place.lat, place.lon, gold["lat"], gold["lon"])


def _match(pred: list[Place], gold: list[dict[str, Any]], exact: bool) -> list[tuple[Place, dict]]:
    """One-to-one matching of predicted and gold spans, in text order."""
    used: set[int] = set()
    pairs = []
    for p in pred:
        for gi, g in enumerate(gold):
            if gi in used:
                continue
            ok = (p.start, p.end) == (g["start"], g["end"]) if exact else p.start < g["end"] and g["start"] < p.end
            if ok:
                used.add(gi)
                pairs.append((p, g))
                break
    return pairs


FEATURE_TYPES = (("country", ("PCL",)), ("admin1", ("ADM1",)), ("admin2", ("ADM2", "ADM3", "ADM4", "ADMD")),
                 ("city", ("PPL",)), ("region", ("RGN", "CONT", "AREA", "ZN")),
                 ("physical", ("OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "STM", "LK", "MT", "HLL", "DSRT", "VAL",
                               "PLN", "PEN", "ISL", "CAPE", "RDGE", "FRST", "RSV")),
                 ("facility", ("AIRP", "AIRF", "HSP", "CH", "BLDG", "ST", "PRK", "STDM", "MUS", "MTRO", "SCH", "UNIV",
                               "PAL", "SQR", "CRSS", "BDG", "PO", "RSTN", "MSQE", "CSTL", "MALL", "HTL", "PS")))


def feature_type(code: str | None) -> str:
    """A gold feature code's class for the by-type report (GeoNames codes; None: "unknown")."""
    if not code:
        return "unknown"
    for name, prefixes in FEATURE_TYPES:
        if code.startswith(prefixes):
            return name
    return "other"


def _score_article(row: dict, pred: list[Place], gold_places: list[Place] | None,
                   gaz_geoparser: Geoparser) -> dict[str, Any]:
    dem = demonyms()
    gold = row["toponyms"]
    out: dict[str, Any] = {}
    for conv in ("tr-news", "strict"):
        g = gold if conv == "tr-news" else [t for t in gold if t["name"] not in dem]
        p = pred if conv == "tr-news" else [x for x in pred if x.text not in dem]
        out[conv] = {"exact": len(_match(p, g, True)), "overlap": len(_match(p, g, False)),
                     "pred": len(p), "gold": len(g)}
    with_coords = [t for t in gold if t["lat"] is not None]
    matched = _match(pred, with_coords, False)
    out["e2e_errors"] = [_error(p, g) for p, g in matched]
    out["e2e_errors_distance_only"] = [_error(p, g, by_id=False) for p, g in matched]
    by_type: dict[str, dict[str, list]] = {}
    found = {id(g) for _, g in _match(pred, gold, False)}
    for g in gold:
        bucket = by_type.setdefault(feature_type(g.get("feature_code")), {"found": [], "gold": [], "gold_id": []})
        bucket["found"].append(id(g) in found)
    if gold_places is not None:
        pairs = [(p, g) for p, g in zip(gold_places, gold, strict=True) if g["lat"] is not None]
        out["gold_errors"] = [_error(p, g) for p, g in pairs]
        out["gold_errors_distance_only"] = [_error(p, g, by_id=False) for p, g in pairs]
        for p, g in pairs:
            bucket = by_type[feature_type(g.get("feature_code"))]
            bucket["gold"].append(_error(p, g, by_id=False))
            bucket["gold_id"].append(_error(p, g))
    out["by_type"] = by_type
    gaz = gaz_geoparser.gazetteer
    has, near = 0, 0
    for t in with_coords:
        cands, _ = candidates_for(gaz, Mention(t["name"], t["start"], t["end"], "gold", dem.get(t["name"])))
        has += bool(cands)
        near += any(gaz.gid[e] == t["geonameid"] or haversine_km(gaz.lat[e], gaz.lon[e], t["lat"], t["lon"])
                    <= ACC_KM for e, _ in cands)
    out["coverage"] = (has, near, len(with_coords))
    return out


def _summarise(parts: list[dict[str, Any]], gold_spans: bool) -> dict[str, Any]:
    rep: dict[str, Any] = {"articles": len(parts), "recognition": {}}
    for conv in ("tr-news", "strict"):
        n_pred = sum(p[conv]["pred"] for p in parts)
        n_gold = sum(p[conv]["gold"] for p in parts)
        rep["recognition"][conv] = {
            "exact": prf(sum(p[conv]["exact"] for p in parts), n_pred, n_gold),
            "overlap": prf(sum(p[conv]["overlap"] for p in parts), n_pred, n_gold)}
    rep["resolution_end_to_end"] = resolution_stats([e for p in parts for e in p["e2e_errors"]])
    rep["resolution_end_to_end_distance_only"] = resolution_stats(
        [e for p in parts for e in p["e2e_errors_distance_only"]])
    if gold_spans:
        rep["resolution_gold_spans"] = resolution_stats([e for p in parts for e in p["gold_errors"]])
        rep["resolution_gold_spans_distance_only"] = resolution_stats(
            [e for p in parts for e in p["gold_errors_distance_only"]])
    types: dict[str, dict[str, list]] = {}
    for p in parts:
        for name, b in p["by_type"].items():
            t = types.setdefault(name, {"found": [], "gold": [], "gold_id": []})
            for k in t:
                t[k].extend(b[k])
    rep["by_type"] = {name: {"toponyms": len(t["found"]),
                             "recall_overlap": round(sum(t["found"]) / len(t["found"]), 4) if t["found"] else 0.0,
                             **({"gold_spans_acc@161km_distance_only": resolution_stats(t["gold"])["acc@161km"],
                                 "gold_spans_acc@161km": resolution_stats(t["gold_id"])["acc@161km"],
                                 "with_coordinates": len(t["gold"])} if gold_spans and t["gold"] else {})}
                      for name, t in sorted(types.items(), key=lambda kv: -len(kv[1]["found"]))}
    has = sum(p["coverage"][0] for p in parts)
    near = sum(p["coverage"][1] for p in parts)
    total = sum(p["coverage"][2] for p in parts)
    rep["coverage"] = {"any_candidate": round(has / total, 4) if total else 0.0,
                       "candidate_within_161km": round(near / total, 4) if total else 0.0, "gold": total}
    return rep


def evaluate_geo(gold_path: str | Path, pipeline: Pipeline, gold_spans: bool = False,
                 limit: int | None = None) -> dict[str, Any]:
    """Score recognition and resolution on a format-2 gold file; splits: all, even and odd articles."""
    rows = _load(gold_path, limit)
    geoparser = Geoparser(pipeline.config, gazetteer=pipeline.geoparser.gazetteer, demonyms=True)
    parts = []
    for doc, row in zip(pipeline.nlp.pipe([r["text"] for r in rows], batch_size=pipeline.config.batch_size),
                        rows, strict=True):
        article = Article(id=row["id"], text=row["text"])
        pred = geoparser.find_places(doc, article)
        gold_places = None
        if gold_spans:
            gold_places = geoparser.resolve_spans(doc, article, [(t["start"], t["end"]) for t in row["toponyms"]])
        parts.append(_score_article(row, pred, gold_places, geoparser))
    report = {"gold": str(gold_path), "mode": "gold-spans" if gold_spans else "end-to-end",
              "all": _summarise(parts, gold_spans),
              "even": _summarise(parts[0::2], gold_spans),
              "odd": _summarise(parts[1::2], gold_spans)}
    return report


def format_geo_report(report: dict[str, Any]) -> str:
    lines = [f"geo evaluation: {report['gold']} ({report['mode']})"] if "gold" in report else []
    for key, title in (("event_locations", "event location (format-1 records naming a place)"),
                       ("article_event_locations", "event location (labelled articles)")):
        if key in report:
            rep = report[key]
            lines.append(f"\n[{title}] {json.dumps(rep)}")
    for split in ("all", "even", "odd"):
        if split not in report:
            continue
        rep = report[split]
        lines.append(f"\n[{split}] articles: {rep['articles']}")
        for conv, block in rep["recognition"].items():
            for kind, m in block.items():
                lines.append(f"  recognition {conv:8s} {kind:8s} P {m['precision']:.3f}  R {m['recall']:.3f}  "
                             f"F1 {m['f1']:.3f}  (tp {m['tp']}, pred {m['predicted']}, gold {m['gold']})")
        for key in ("resolution_gold_spans_distance_only", "resolution_gold_spans",
                    "resolution_end_to_end_distance_only", "resolution_end_to_end"):
            if key in rep and rep[key].get("n"):
                r = rep[key]
                lines.append(f"  {key[11:]:28s} n {r['n']}  acc@161km {r['acc@161km']:.3f}  median {r['median_km']} km"
                             f"  mean {r['mean_km']} km  AUC {r['auc']:.3f}")
        for name, t in rep.get("by_type", {}).items():
            line = f"  type {name:9s} n {t['toponyms']:4d}  recall {t['recall_overlap']:.3f}"
            if "gold_spans_acc@161km_distance_only" in t:
                line += (f"  gold-span acc@161km {t['gold_spans_acc@161km_distance_only']:.3f} (distance only), "
                         f"{t['gold_spans_acc@161km']:.3f} (id-aware)")
            lines.append(line)
        cov = rep["coverage"]
        lines.append(f"  coverage: any candidate {cov['any_candidate']:.3f}, candidate within 161 km "
                     f"{cov['candidate_within_161km']:.3f} (gold with coordinates: {cov['gold']})")
    return "\n".join(lines)


FINE_PRECISIONS = ("point", "city", "admin2", "admin1")


def country_only(loc: Any) -> bool:
    """A location at a country's own point: country precision and no finer point (a "+article" location keeps
    the country precision its words support but carries the article's town as its point)."""
    return loc.precision == "country" and (loc.lat is None or (loc.feature_code or "").startswith("PCL")
                                           or loc.feature_code is None)


def coarse_share(coded: list[CodedArticle]) -> dict[str, Any]:
    """Events placed only at country level although the article names (and resolves) a finer place in
    that country: the issue's "< 10 %" measure, over any corpus."""
    events = coarse = 0
    for item in coded:
        fine = {p.country for p in item.places if p.precision in FINE_PRECISIONS and p.country and not p.in_org}
        for ev in item.events:
            if ev.location is None:
                continue
            events += 1
            coarse += country_only(ev.location) and ev.location.country in fine
    return {"events_with_location": events, "country_only_with_finer_named": coarse,
            "share": round(coarse / events, 4) if events else 0.0}


def _scope_of(place_start: int, event: Event, text: str) -> str:
    """Where a place stands relative to the event: its sentence, its paragraph, or elsewhere in the article."""
    lo = event.sentence_start
    if lo >= 0 and lo <= place_start < lo + len(event.sentence):
        return "sentence"
    if lo >= 0:
        p_lo = text.rfind("\n", 0, lo) + 1
        end = text.find("\n", lo + len(event.sentence))
        if p_lo <= place_start < (len(text) if end < 0 else end):
            return "paragraph"
    return "article"


def coarse_while_finer(coded: list[CodedArticle]) -> dict[str, Any]:
    """Events with no place, or only a country, although the text names a finer resolved place (a town,
    district, state or point; for a country-level event, one inside that country), by where the nearest
    such place is named: the event's sentence, its paragraph, or elsewhere in the article.

    The issue's "< 10 %" figure over every coded event (``coarse_share`` counts located events only and
    skips places inside organisation names; here a place in "the Joplin police" counts as named)."""
    scopes = ("sentence", "paragraph", "article")
    events = 0
    out = {"none": 0, "country": 0, **{s: 0 for s in scopes}}
    for item in coded:
        fine = [p for p in item.places if p.name and p.precision in FINE_PRECISIONS and p.source != "demonym"]
        for ev in item.events:
            events += 1
            loc = ev.location
            if loc is not None and loc.precision is not None and not country_only(loc):
                continue
            kind = "country" if loc is not None and loc.precision == "country" else "none"
            named = [p for p in fine if kind == "none" or p.country == loc.country]
            if not named:
                continue
            out[kind] += 1
            found = {_scope_of(p.start, ev, item.article.text) for p in named}
            out[next(s for s in scopes if s in found)] += 1
    total = out["none"] + out["country"]
    return {"events": events, "coarse_or_none_with_finer_named": total,
            "share": round(total / events, 4) if events else 0.0, **out}


def _rules(events: list[Event]) -> dict[str, int]:
    out: dict[str, int] = {}
    for ev in events:
        rule = ev.location.rule if ev.location else "none"
        out[rule or "none"] = out.get(rule or "none", 0) + 1
    return out


def _pick(events: list[Event], kind: str, used: set[int]) -> Event | None:
    """The first not-yet-matched event of the gold type, else the first unmatched event."""
    for ev in events:
        if id(ev) not in used and ev.event == kind:
            return ev
    return next((ev for ev in events if id(ev) not in used), None)


def evaluate_event_locations(gold_path: str | Path, pipeline: Pipeline, limit: int | None = None,
                             misses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Event location on format-1 gold: the records whose event names a place (the PLOVER GSR, our
    conflict-event notes).

    Each record is coded by the whole pipeline (its ``date`` is the publication date); the coded event
    of the gold type (else the first) is compared with the gold place by name: right when the
    location's text or gazetteer name equals the gold name (case- and accent-insensitive). When the
    gold location has coordinates (the notes; the GSR has none) the great-circle error is scored too:
    the share within 161 km and within 25 km, and the share of events with no location at all (a
    missing location counts as 20,039 km). A record where the pipeline codes no event is scored with a
    trigger at the first evidence word. Splits: all, even and odd records. ``misses``: when given, the
    events placed beyond 161 km (or not at all) are appended to it (for error analysis of dev files).
    """
    rows = [r for r in _load(gold_path, None) if r["events"] and r["events"][0].get("location")
            and r["events"][0]["location"].get("name")]
    rows = rows[:limit] if limit is not None else rows
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date")) for r in rows]
    scored = []
    for row, item in zip(rows, pipeline.code_articles(articles), strict=True):
        gold = row["events"][0]
        event = _pick(item.events, gold["event"], set())
        if event is None:
            event = _evidence_event(row, item, pipeline)
        scored.append((row, item, event))
    report = _event_location_summary(scored)
    if misses is not None:
        misses.extend(_event_location_misses(scored))
    report["even"] = _event_location_summary(scored[0::2])
    report["odd"] = _event_location_summary(scored[1::2])
    return report


def _event_location_summary(scored: list[tuple[dict[str, Any], CodedArticle, Event]]) -> dict[str, Any]:
    from truce.geo.gazetteer import normalize

    right, errors = 0, []
    for row, _item, event in scored:
        gold = row["events"][0]["location"]
        loc = event.location
        want = normalize(gold["name"])
        right += loc is not None and want in (normalize(loc.text or ""), normalize(loc.name or ""))
        if gold.get("lat") is not None and gold.get("lon") is not None:
            errors.append(MAX_ERROR_KM if loc is None or loc.lat is None or loc.lon is None
                          else haversine_km(loc.lat, loc.lon, gold["lat"], gold["lon"]))
    n = len(scored)
    out: dict[str, Any] = {"events": n, "location_name_accuracy": round(right / n, 4) if n else 0.0}
    if errors:
        m = len(errors)
        out.update({"with_coordinates": m, "acc@161km": round(sum(e <= ACC_KM for e in errors) / m, 4),
                    "acc@25km": round(sum(e <= ACC_NEAR_KM for e in errors) / m, 4),
                    "no_location": round(sum(e >= MAX_ERROR_KM for e in errors) / m, 4)})
    out["rules"] = _rules([e for _, _, e in scored])
    out["coarse"] = coarse_share([item for _, item, _ in scored])
    out["coarse_named"] = coarse_while_finer([item for _, item, _ in scored])
    return out


def _event_location_misses(scored: list[tuple[dict[str, Any], CodedArticle, Event]]) -> list[dict[str, Any]]:
    """The events whose location lies beyond 161 km of the gold point (or is missing)."""
    out = []
    for row, _item, event in scored:
        gold = row["events"][0]["location"]
        if gold.get("lat") is None or gold.get("lon") is None:
            continue
        loc = event.location
        km = MAX_ERROR_KM if loc is None or loc.lat is None or loc.lon is None \
            else haversine_km(loc.lat, loc.lon, gold["lat"], gold["lon"])
        if km > ACC_KM:
            out.append({"id": row["id"], "gold": gold["name"], "gold_cc": gold.get("country"),
                        "pred_text": loc.text if loc else None, "pred": loc.name if loc else None,
                        "pred_cc": loc.country if loc else None, "rule": loc.rule if loc else None,
                        "km": round(km), "trigger": event.trigger})
    return out


def _evidence_event(row: dict[str, Any], item: CodedArticle, pipeline: Pipeline) -> Event:
    """A stand-in event at the first evidence word (the pipeline coded none in the sentence)."""
    text = item.article.text
    words = (row["events"][0].get("evidence") or "").split()
    start = next((text.find(w) for w in words if text.find(w) >= 0), 0)
    trigger = text[start:].split(" ", 1)[0] if words else ""
    event = Event(id="g", article_id=row["id"], event=row["events"][0]["event"], trigger=trigger,
                  trigger_start=start, trigger_end=start + len(trigger), sentence=text, sentence_start=0)
    doc = pipeline.nlp(text)
    return pipeline.geoparser.locate_events([event], item.places, doc, item.article)[0]


def evaluate_article_event_locations(path: str | Path, pipeline: Pipeline, limit: int | None = None,
                                     misses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Event location on labelled articles (our writer's format: ``events`` with ``type``, ``place``,
    ``lat``, ``lon``): each gold event with coordinates is matched one-to-one, in order, to a coded
    event of its type (else any unmatched event); reports the share within 161 km and 25 km of the
    gold point (a missing location counts as wrong), the rules used, the country-only share and the
    country-only-or-none share while a finer place is named; also by even and odd articles.
    ``misses``: when given, the gold events placed beyond 25 km (or not at all) are appended to it."""
    rows = _load(path, limit)
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), source=r.get("source"),
                        published=r.get("published")) for r in rows]
    per_row: list[tuple[list[float], list[Event], CodedArticle]] = []
    for row, item in zip(rows, pipeline.code_articles(articles), strict=True):
        errors: list[float] = []
        picked: list[Event] = []
        used: set[int] = set()
        asserted = [e for e in item.events if not e.background]
        for gold in row.get("events") or []:
            if gold.get("lat") is None or gold.get("asserted") is False:
                continue
            event = _pick(asserted, gold["type"], used)
            loc = event.location if event is not None else None
            km = MAX_ERROR_KM if loc is None or loc.lat is None or loc.lon is None \
                else haversine_km(loc.lat, loc.lon, gold["lat"], gold["lon"])
            errors.append(km)
            if event is not None:
                used.add(id(event))
                picked.append(event)
            if misses is not None and km > ACC_NEAR_KM:
                misses.append({"id": row["id"], "gold": gold["place"], "type": gold["type"],
                               "trigger": event.trigger if event else None, "pred_text": loc.text if loc else None,
                               "pred": loc.name if loc else None, "precision": loc.precision if loc else None,
                               "rule": loc.rule if loc else None, "km": round(km)})
        per_row.append((errors, picked, item))
    out = _article_summary(per_row, len(rows))
    out["even"], out["odd"] = _article_summary(per_row[0::2], len(rows[0::2])), \
        _article_summary(per_row[1::2], len(rows[1::2]))
    return out


def _article_summary(per_row: list[tuple[list[float], list[Event], CodedArticle]], n_rows: int) -> dict[str, Any]:
    errors = [e for errs, _, _ in per_row for e in errs]
    picked = [e for _, evs, _ in per_row for e in evs]
    coded = [item for _, _, item in per_row]
    n = len(errors)
    return {"articles": n_rows, "gold_events": n,
            "acc@161km": round(sum(e <= ACC_KM for e in errors) / n, 4) if n else 0.0,
            "acc@25km": round(sum(e <= ACC_NEAR_KM for e in errors) / n, 4) if n else 0.0,
            "rules": _rules(picked), "coarse": coarse_share(coded), "coarse_named": coarse_while_finer(coded)}
