"""Scores over the writer's labelled material (``benchmarks/data/written/``): sentences and articles.

Only aggregate numbers are returned: the ``*blind*`` files are held out and their text is never shown.
Sentences (``sentences_*.jsonl``): main-event type accuracy (truce's main event against the labelled one;
a sentence labelled with no event is right when truce counts none), five-way CAMEO class accuracy, the
share of non-political sentences with a counted ASSAULT/COERCE/MOBILIZE, the share of political
sentences whose labelled type truce counts, and, over the sentences whose main event has the labelled
type, the share whose labelled actor (recipient) span shares a content word with the main event's
actor (recipient) or with what a reference there was resolved to ("we" in a quote: its speaker). Articles (``articles_*.jsonl``): domain politics-vs-other
accuracy, the share of non-political articles with a counted material-conflict event, events per article in
both groups, the share of political articles that keep at least one counted event, and recall of the
labelled asserted news events by type.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from truce.evaluate.events import content_words, ref_words
from truce.evaluate.relevance import MATERIAL_CONFLICT
from truce.events.classes import main_event, sentence_class
from truce.ingest import read_text
from truce.pipeline import Pipeline


def _records(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_sentences(path: Path, pipeline: Pipeline) -> dict[str, Any]:
    recs = _records(path)
    c: Counter[str] = Counter()
    arts = [read_text(r["text"]) for r in recs]
    for rec, coded in zip(recs, pipeline.code_articles(arts), strict=True):
        evs = coded.events
        counted = pipeline.config.settings.events.relevance_counted
        kept = [e for e in evs if not e.demoted or (e.relevance or 0) >= counted]
        main = main_event(kept)
        gold = rec.get("event")
        c["n"] += 1
        c["quad_ok"] += sentence_class(evs, counted) == rec.get("quad")
        if gold:
            c["political"] += 1
            c["type_ok"] += main is not None and main.event == gold
            c["found"] += any(e.event == gold for e in evs if e.counted or not e.modality.asserted)
            if main is not None and main.event == gold:
                _score_roles(c, rec, main)
        else:
            c["nonpolitical"] += 1
            c["type_ok"] += not [e for e in evs if e.counted]
            c["np_material"] += bool([e for e in evs if e.counted and e.event in MATERIAL_CONFLICT])
    n = c["n"] or 1
    return {"records": c["n"], "main_type_accuracy": round(c["type_ok"] / n, 4),
            "quad_accuracy": round(c["quad_ok"] / n, 4),
            "nonpolitical_with_material_conflict": round(c["np_material"] / (c["nonpolitical"] or 1), 4),
            "political_type_found": round(c["found"] / (c["political"] or 1), 4),
            **{f"{role}_span_recall": round(c[f"{role}_ok"] / c[f"{role}_n"], 4) if c[f"{role}_n"] else None
               for role in ("actor", "recipient")},
            "political": c["political"], "nonpolitical": c["nonpolitical"]}


def _score_roles(c: Counter[str], rec: dict[str, Any], main) -> None:
    """Count the labelled actor and recipient spans the main event's roles share a content word with: the
    role's own words or, for a reference ("we" in a quote, "the group"), those of what it was resolved to
    (``ActorRef.coref``, shown with the event)."""
    for role, refs in (("actor", main.actor), ("recipient", main.recipient)):
        span = rec.get(role)
        if not span:
            continue
        c[f"{role}_n"] += 1
        c[f"{role}_ok"] += any(ref_words(r) & content_words(span) for r in refs)


def score_articles(path: Path, pipeline: Pipeline) -> dict[str, Any]:
    recs = _records(path)
    c: Counter[str] = Counter()
    arts = [read_text(r["text"], published=r.get("published")) for r in recs]
    for rec, coded in zip(recs, pipeline.code_articles(arts), strict=True):
        evs = [e for e in coded.events if e.counted]
        political = bool(rec.get("political"))
        c["n"] += 1
        c["domain_ok"] += (coded.domain == "politics") == political
        if political:
            c["political"] += 1
            gold = Counter(e["type"] for e in rec.get("events") or [] if e.get("asserted"))
            got = Counter(e.event for e in evs)
            c["gold_events"] += sum(gold.values())
            c["found_events"] += sum(min(v, got[k]) for k, v in gold.items())
            c["events_output"] += len(evs)
            c["political_kept"] += bool(evs)
        else:
            c["nonpolitical"] += 1
            c["np_material"] += bool([e for e in evs if e.event in MATERIAL_CONFLICT])
            c["np_events"] += len(evs)
    return {"records": c["n"], "domain_accuracy": round(c["domain_ok"] / (c["n"] or 1), 4),
            "nonpolitical_with_material_conflict": round(c["np_material"] / (c["nonpolitical"] or 1), 4),
            "nonpolitical_events_per_article": round(c["np_events"] / (c["nonpolitical"] or 1), 3),
            "political_event_recall_by_type": round(c["found_events"] / (c["gold_events"] or 1), 4),
            "political_events_per_article": round(c["events_output"] / (c["political"] or 1), 3),
            "political_with_events": round(c["political_kept"] / (c["political"] or 1), 4),
            "political": c["political"], "nonpolitical": c["nonpolitical"]}


def score_written(root: Path, pipeline: Pipeline, heldout: bool = False) -> dict[str, Any]:
    """Every sentences/articles file under ``root``, dev and blind parts separately (aggregates only).

    The lead's held-out files (``*heldout*``) are left out unless ``heldout``: they measure text nobody tuned
    on, and a figure seen while tuning is a figure tuned on."""
    out: dict[str, Any] = {}
    for pattern, score in (("sentences_*.jsonl", score_sentences), ("articles_*.jsonl", score_articles)):
        for path in sorted(Path(root).glob(pattern)):
            if heldout or "heldout" not in path.name:
                out[path.stem] = score(path, pipeline)
    return out
