"""Actor-coding evaluation on GOLD spans (events gold, format 1).

Each gold actor/recipient ``text`` is looked up verbatim in its sentence (those not found are
skipped and counted), coded with the sentence's parse as context, and compared with the gold
country and sector.  Scoring conventions (evaluation only, never in the coder):

* legacy CAMEO forms in the gold are mapped: JAP->JPN, ITL->ITA, VTN->VNM;
* the gold (PLOVER 0.5b1) has no UNO/EUR: the coder's UNO and EUR count as IGO;
* gold country null means "no code expected": correct only when the coder gives none;
* sector accuracy is over gold sectors that are not null; what the coder outputs for the null
  ones is reported separately;
* coverage = share of found spans where the coder gave a country or a sector.

Records are also scored by parity of their index (``even``/``odd``), so that dictionaries tuned
while looking at one half can be checked on the other.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from truce.actors import ActorCoder
from truce.config import TruceConfig
from truce.nlp import load_model

LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UNO": "IGO", "EUR": "IGO"}
ROLES = ("actor", "recipient")


def _norm(code: str | None) -> str | None:
    return LEGACY.get(code, code) if code else None


def _empty() -> dict[str, Any]:
    return {"gold": 0, "found": 0, "not_found": 0, "country_ok": 0, "coded": 0,
            "sector_n": 0, "sector_ok": 0, "null_sector_output": Counter()}


def _score(stats: dict[str, Any], gold: dict[str, Any], ref) -> tuple[bool, bool | None]:
    stats["found"] += 1
    country_ok = _norm(ref.country) == _norm(gold.get("country"))
    stats["country_ok"] += country_ok
    stats["coded"] += bool(ref.country or ref.sector)
    gold_sector = (gold.get("sector") or "")[:3] or None
    if gold_sector is None:
        stats["null_sector_output"][ref.sector or "None"] += 1
        return country_ok, None
    stats["sector_n"] += 1
    sector_ok = ref.sector == gold_sector
    stats["sector_ok"] += sector_ok
    return country_ok, sector_ok


def _finish(stats: dict[str, Any]) -> dict[str, Any]:
    found = stats["found"] or 1
    return {
        "gold": stats["gold"], "found": stats["found"], "not_found": stats["not_found"],
        "country_accuracy": round(stats["country_ok"] / found, 4),
        "sector_accuracy": round(stats["sector_ok"] / (stats["sector_n"] or 1), 4),
        "sector_scored": stats["sector_n"],
        "coverage": round(stats["coded"] / found, 4),
        "null_sector_output": dict(stats["null_sector_output"].most_common()),
    }


def evaluate_actor_coding(gold_path: str | Path, limit: int | None = None,
                          config: TruceConfig | None = None) -> dict[str, Any]:
    """Score the actor coder on gold spans; see the module docstring for the conventions."""
    config = config or TruceConfig()
    coder = ActorCoder(config)
    nlp = load_model(config.model)
    lines = Path(gold_path).read_text(encoding="utf-8").splitlines()
    records = [json.loads(ln) for ln in lines if ln.strip()][:limit]
    groups = {"all": {}, "even": {}, "odd": {}}
    for g in groups.values():
        for role in ROLES:
            g[role] = _empty()
    errors: Counter[tuple[str, str, str, str]] = Counter()
    docs = nlp.pipe([r["text"] for r in records], batch_size=64)
    for index, (record, doc) in enumerate(zip(records, docs, strict=True)):
        split = "even" if index % 2 == 0 else "odd"
        ctx = coder.context(doc, record.get("date"))
        for event in record["events"]:
            for role in ROLES:
                for gold in event[role]:
                    for key in ("all", split):
                        groups[key][role]["gold"] += 1
                    start = record["text"].find(gold["text"])
                    if start < 0 or not gold["text"].strip():
                        for key in ("all", split):
                            groups[key][role]["not_found"] += 1
                        continue
                    ref = coder.code_span(gold["text"], doc, start, start + len(gold["text"]), context=ctx,
                                          date=record.get("date"), role=role, event_type=event["event"])
                    for key in ("all", split):
                        country_ok, sector_ok = _score(groups[key][role], gold, ref)
                    if not country_ok:
                        errors[(gold["text"], "country", str(_norm(gold.get("country"))), str(ref.country))] += 1
                    if sector_ok is False:
                        errors[(gold["text"], "sector", str(gold.get("sector")), str(ref.sector))] += 1
    report = {k: {role: _finish(v[role]) for role in ROLES} for k, v in groups.items()}
    report["records"] = len(records)
    report["errors"] = [{"text": t, "field": f, "gold": g, "coded": c, "n": n}
                        for (t, f, g, c), n in errors.most_common(20)]
    return report


def format_actor_report(report: dict[str, Any]) -> str:
    """A plain-text table of the report."""
    out = [f"actor coding on gold spans: {report['records']} records"]
    out.append(f"{'split':6} {'role':10} {'found':>6} {'missing':>7} {'country':>8} {'sector':>7} "
               f"{'(n)':>5} {'coverage':>8}")
    for split in ("all", "even", "odd"):
        for role in ROLES:
            r = report[split][role]
            out.append(f"{split:6} {role:10} {r['found']:>6} {r['not_found']:>7} {r['country_accuracy']:>8.3f} "
                       f"{r['sector_accuracy']:>7.3f} {r['sector_scored']:>5} {r['coverage']:>8.3f}")
    for role in ROLES:
        out.append(f"coder sectors where gold sector is null ({role}): {report['all'][role]['null_sector_output']}")
    out.append("commonest errors (text | field | gold -> coded | n):")
    for e in report["errors"]:
        out.append(f"  {e['text']!r} | {e['field']} | {e['gold']} -> {e['coded']} | {e['n']}")
    return "\n".join(out)
