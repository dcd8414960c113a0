"""The scenario scorer's matching (benchmarks/eval_scenario.py) on a fabricated verdict list.

Nothing here reads a real scenario: gold and monitor output are built by hand.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("eval_scenario", ROOT / "benchmarks" / "eval_scenario.py")
es = importlib.util.module_from_spec(spec)
sys.modules.setdefault("eval_scenario", es)
spec.loader.exec_module(es)


def gold(id, day, lat, lon, event, verdict, admin1="Province A", country="COD", also=(), outside=False):
    return es.Gold({"id": id, "date": day, "place": id, "admin1": admin1, "country": country, "lat": lat,
                    "lon": lon, "event": event, "mode": None, "also_acts": list(also), "verdict": verdict,
                    "party": None, "outside_country": outside})


def monitor(incidents):
    """incidents: list of (verdict, [(event, day, lat, lon, place)]) -> monitor JSON."""
    out = {"incidents": [], "verdicts": []}
    n = 0
    for i, (verdict, reports) in enumerate(incidents):
        ids = []
        for event, day, lat, lon, place in reports:
            n += 1
            ids.append(f"e{n}")
            out["verdicts"].append({"event_id": f"e{n}", "event": event, "local_day": day, "date": day,
                                    "lat": lat, "lon": lon, "place": place, "verdict": verdict,
                                    "sentence": "s"})
        out["incidents"].append({"truce": "t", "incident": f"c{i}", "verdict": verdict, "parties": ["P"],
                                 "reports": ids})
    return out


GOLDS = [
    gold("G1", "2026-09-01", -1.0, 29.0, "ASSAULT", "violation"),
    gold("G2", "2026-09-05", -2.0, 29.0, "COERCE", "contested", also=["ASSAULT"]),
    gold("G3", "2026-09-07", -1.7, 29.3, "ASSAULT", "not-covered", outside=True, country="RWA"),
    gold("G4", "2026-09-09", -3.0, 29.0, "ASSAULT", "violation-unattributed"),
]


def test_date_place_and_act_decide_a_match():
    g = GOLDS[0]
    assert es.report_matches({"event": "ASSAULT", "local_day": "2026-09-02", "lat": -1.2, "lon": 29.1}, g)
    assert not es.report_matches({"event": "ASSAULT", "local_day": "2026-09-03", "lat": -1.0, "lon": 29.0}, g)
    assert not es.report_matches({"event": "ASSAULT", "local_day": "2026-09-01", "lat": -2.0, "lon": 29.0}, g)
    assert not es.report_matches({"event": "PROTEST", "local_day": "2026-09-01", "lat": -1.0, "lon": 29.0}, g)
    # a coarser report named like the admin region or the country
    assert es.report_matches({"event": "ASSAULT", "local_day": "2026-09-01", "lat": 5.0, "lon": 25.0,
                              "place": "Province A"}, g)
    assert es.report_matches({"event": "ASSAULT", "local_day": "2026-09-01", "place": "DR Congo"}, g)


def test_counts_on_a_fabricated_run():
    run = monitor([
        ("violation", [("ASSAULT", "2026-09-01", -1.0, 29.0, "x")]),              # G1 right
        ("violation", [("COERCE", "2026-09-05", -2.0, 29.0, "y")]),               # G2 split, worst = violation
        ("possible", [("COERCE", "2026-09-06", -2.1, 29.0, "y")]),                # G2 second piece
        ("possible", [("ASSAULT", "2026-09-07", -1.7, 29.3, "z")]),               # G3: outside country, flagged
        ("violation-unattributed", [("ASSAULT", "2026-09-12", 0.0, 20.0, "w")]),  # spurious violation
        ("not-covered", [("AGREE", "2026-09-01", -1.0, 29.0, "x")]),              # ignored
    ])
    res = es.score(GOLDS, es.load_reported(run))
    by_id = {r["id"]: r for r in res["gold"]}
    assert by_id["G1"]["right"] and by_id["G1"]["predicted"] == "violation"
    assert by_id["G2"]["predicted"] == "violation" and not by_id["G2"]["right"] and by_id["G2"]["split"]
    assert not by_id["G3"]["right"] and res["verdicts_outside_truce_countries"] == 1
    assert by_id["G4"]["predicted"] == "not-covered" and not by_id["G4"]["right"]
    assert res["verdicts_right"] == 1 and res["gold_incidents"] == 4
    assert res["spurious_flagged"] == 1 and res["spurious_violations"] == 1
    assert res["split_gold_incidents"] == 1


def test_cli_scores_a_saved_verdict_file(tmp_path, capsys):
    scen = tmp_path / "toy"
    scen.mkdir()
    (scen / "gold_incidents.jsonl").write_text("\n".join(json.dumps(g.raw) for g in GOLDS) + "\n")
    saved = tmp_path / "verdicts.json"
    saved.write_text(json.dumps(monitor([("violation", [("ASSAULT", "2026-09-01", -1.0, 29.0, "x")])])))
    assert es.main([str(scen), "--verdicts", str(saved), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["verdicts_right"] == 2  # G1 violation, G3 nothing flagged


def test_a_report_counts_for_the_gold_incident_it_fits_best():
    """Two attacks a day and 40 km apart both fall within the tolerances of either report: each report
    counts for its nearest gold incident only, so neither gold looks split or merged."""
    golds = [gold("A", "2026-09-01", -1.0, 29.0, "ASSAULT", "not-covered"),
             gold("B", "2026-09-02", -1.3, 29.1, "ASSAULT", "contested")]
    run = monitor([("not-covered", [("ASSAULT", "2026-09-01", -1.0, 29.0, "a")]),
                   ("contested", [("ASSAULT", "2026-09-02", -1.3, 29.1, "b")])])
    res = es.score(golds, es.load_reported(run))
    assert res["verdicts_right"] == 2 and res["split_gold_incidents"] == 0
    assert res["reported_incidents_merging_gold"] == 0
    # an incident whose reports tell of both happenings still matches both
    run = monitor([("contested", [("ASSAULT", "2026-09-01", -1.0, 29.0, "a"), ("ASSAULT", "2026-09-02", -1.3, 29.1, "b")])])
    assert es.score(golds, es.load_reported(run))["reported_incidents_merging_gold"] == 1


def test_incidents_the_monitor_marks_as_no_happening_are_not_matched():
    run = monitor([("violation", [("ASSAULT", "2026-09-01", -1.0, 29.0, "x")]),
                   ("not-covered", [("ASSAULT", "2026-09-01", -1.0, 29.0, "x")])])
    run["incidents"][1]["happening"] = False  # e.g. only a denial no happening took in
    res = es.score(GOLDS, es.load_reported(run))
    assert res["split_gold_incidents"] == 0 and res["reported_incidents"] == 1


def test_a_country_level_tie_goes_to_the_gold_its_incidents_other_reports_fit():
    """Two gold attacks on one day in one country, 150 km apart; one reported incident holds a town report
    of the first and a report placed only in the country (it fits both equally): it tells the first, so
    the second is neither matched by that incident nor split."""
    golds = [gold("A", "2026-09-01", -1.0, 29.0, "ASSAULT", "violation"),
             gold("B", "2026-09-01", -2.3, 29.5, "ASSAULT", "not-covered")]
    run = monitor([("violation", [("ASSAULT", "2026-09-01", -1.0, 29.0, "a"),
                                  ("ASSAULT", "2026-09-01", None, None, "Democratic Republic of the Congo")]),
                   ("not-covered", [("ASSAULT", "2026-09-01", -2.3, 29.5, "b")])])
    res = es.score(golds, es.load_reported(run))
    assert res["verdicts_right"] == 2 and res["split_gold_incidents"] == 0
    assert res["reported_incidents_merging_gold"] == 0
    # alone in its incident, the coarse report still fits both: a tie nothing breaks
    run = monitor([("violation", [("ASSAULT", "2026-09-01", None, None, "Democratic Republic of the Congo")])])
    assert es.score(golds, es.load_reported(run))["reported_incidents_merging_gold"] == 1
