"""truce serve: pages, JSON API, security (escaping, CSP, SQL, hosts, cross-site writes) and reviews."""

from __future__ import annotations

import csv
import io
import json
import re

import duckdb
import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from truce.reviews import Review, ReviewError, add_review, evidence_key, match_reviews
from truce.settings import load_settings
from truce.web import ArticleFilter, EventFilter, IncidentFilter, Workbench
from truce.web.app import create_app, json_script, safe_url
from truce.web.queries import ReadOnlyCursor, search_terms
from web_store import HOSTILE, TRUCE_FILE, build_store, fresh_copy

ORIGIN = "http://testserver"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.getbasetemp() / "web-store")


@pytest.fixture()
def db(store_path, tmp_path):
    return fresh_copy(store_path, tmp_path)


@pytest.fixture()
def wb(db):
    with Workbench(db, [TRUCE_FILE]) as bench:
        yield bench


@pytest.fixture()
def client(wb):
    return TestClient(create_app(wb, allowed_hosts={"testserver"}, token="tok"))


def hostile_article_id(wb: Workbench) -> str:
    rows = wb.articles(ArticleFilter(q="Evil Wire"))["rows"]
    assert rows, "the hostile article was not ingested"
    return rows[0]["id"]


def relevant_incident(wb: Workbench) -> dict:
    rows = wb.incidents(IncidentFilter(relevant="yes"), sort="reports", desc=True)["rows"]
    return rows[0]


# -- pages and API ------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/map", "/timeline", "/incidents", "/events", "/articles", "/docs",
                                  "/events?type=ASSAULT&q=Sirte&sort=place&desc=true", "/map?colour=type",
                                  "/timeline?group=party", "/timeline?group=verdict", "/incidents?relevant=yes",
                                  "/articles?copies=yes", "/openapi.json"])
def test_every_page_answers(client, path) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]


def test_every_page_has_a_json_twin(client, wb) -> None:
    inc = relevant_incident(wb)["id"]
    art = hostile_article_id(wb)
    for path in ["/api/overview", "/api/events", "/api/incidents", f"/api/incidents/{inc}", "/api/articles",
                 f"/api/articles/{art}", "/api/map", "/api/timeline", "/api/reviews", "/api/basemap"]:
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("application/json")
    assert client.get("/api/incidents/nope").status_code == 404


def test_event_filters_narrow_and_facets_count(wb) -> None:
    everything = wb.events(EventFilter(asserted="any"))
    assaults = wb.events(EventFilter(type=["ASSAULT"]))
    assert 0 < assaults["total"] < everything["total"]
    assert all(r["event"] == "ASSAULT" for r in assaults["rows"])
    type_counts = {f["value"]: f["n"] for f in assaults["facets"]["type"]}
    assert type_counts["ASSAULT"] == assaults["total"] and len(type_counts) > 1  # a facet ignores its own filter
    sirte = wb.events(EventFilter(q="Misrata shelling"))
    assert sirte["total"] > 0
    unasserted = wb.events(EventFilter(asserted="no"))
    assert unasserted["total"] > 0 and not any(r["asserted"] for r in unasserted["rows"])
    judged = wb.events(EventFilter(verdict=["not-covered"]))
    assert judged["total"] > 0 and {r["verdict"] for r in judged["rows"]} == {"not-covered"}


def test_search_terms_and_phrases() -> None:
    assert search_terms('shelled "port of Sirte"  rebels') == ["shelled", "port of Sirte", "rebels"]
    assert search_terms("") == []


def test_paging_and_sorting(wb) -> None:
    page1 = wb.events(EventFilter(asserted="any"), sort="date", page=1, per_page=10)
    page2 = wb.events(EventFilter(asserted="any"), sort="date", page=2, per_page=10)
    assert len(page1["rows"]) == 10 and not {r["id"] for r in page1["rows"]} & {r["id"] for r in page2["rows"]}
    dates = [r["date"] for r in page1["rows"] if r["date"]]
    assert dates == sorted(dates)
    desc = wb.incidents(IncidentFilter(), sort="reports", desc=True)["rows"]
    assert [r["n_reports"] for r in desc] == sorted((r["n_reports"] for r in desc), reverse=True)


def test_incident_page_groups_copies_and_shows_claims(wb) -> None:
    contested = wb.incidents(IncidentFilter(contested="yes"))["rows"]
    assert contested
    data = wb.incident(contested[0]["id"])
    assert data["claims"]["rows"] and any(row["conflict"] for row in data["claims"]["rows"])
    assert sum(len(s["copies"]) + (s["original"] is not None) for s in data["stories"]) == len(
        {r["article_id"] for r in data["reports"]})
    report = data["reports"][0]
    marked = {kind for _, kind in report["segments"] if kind}
    assert "trigger" in marked
    assert "".join(t for t, _ in report["segments"]) == report["sentence"]
    v = data["verdicts"][0]
    assert v["verdict"] and v["reasons"] and "confidence" in v


def test_copies_grouped_under_their_original(wb) -> None:
    for row in wb.incidents(IncidentFilter(), sort="reports", desc=True, per_page=40)["rows"]:
        stories = wb.incident(row["id"])["stories"]
        if any(s["copies"] and s["original"] for s in stories):
            story = next(s for s in stories if s["copies"] and s["original"])
            assert all(c["copy_of"] for c in story["copies"])
            return
    pytest.fail("no incident of the sample has a copy grouped under its original")


def test_map_aggregates_when_many_points(db) -> None:
    settings = load_settings(overrides={"web": {"map_max_points": 5}})
    with Workbench(db, [TRUCE_FILE], settings=settings) as bench:
        data = bench.map(IncidentFilter())
    assert data["n_points"] > 5 and not data["points"] and data["cells"]
    assert sum(c["n"] for c in data["cells"]) == data["n_points"]


def test_map_never_draws_country_level_incidents_as_points(wb) -> None:
    data = wb.map(IncidentFilter())
    assert all(p["precision"] in ("point", "city") for p in data["points"])
    assert any(a["precision"] == "country" for a in data["areas"])


def test_timeline_carries_the_truce_units(wb) -> None:
    data = wb.timeline(IncidentFilter(), "verdict")
    kinds = {u["kind"] for chain in data["truces"] for u in chain["units"]}
    assert {"ceasefire", "local", "extension"} <= kinds
    assert sum(c["n"] for c in data["counts"]) == wb.incidents(IncidentFilter())["total"]


def test_downloads_hold_the_filtered_rows(client, wb) -> None:
    n = wb.events(EventFilter(type=["ASSAULT"]))["total"]
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv?type=ASSAULT").text)))
    assert len(rows) == n and {r["event"] for r in rows} == {"ASSAULT"} and "machine_verdict" in rows[0]
    lines = client.get("/events.jsonl?type=ASSAULT").text.splitlines()
    assert len(lines) == n and json.loads(lines[0])["event"] == "ASSAULT"
    assert "truce_verdict" in json.loads(lines[0])
    parquet = client.get("/events.parquet?type=ASSAULT").content
    assert parquet[:4] == b"PAR1"
    assert duckdb.connect().execute("SELECT count(*) FROM parquet_scan(?)", [_tmp_file(parquet)]).fetchone()[0] == n


def _tmp_file(content: bytes) -> str:
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".parquet", delete=False) as fh:
        fh.write(content)
        return fh.name


# -- security: escaping -------------------------------------------------------------------------
def _assert_inert(html: str) -> None:
    """No tag, handler or javascript: link from the hostile article survives as markup."""
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and "<svg onload" not in html and "<b onmouseover" not in html
    assert 'href="javascript:' not in html.lower()
    for m in re.finditer(r"<script\b([^>]*)>", html):  # the only scripts: our files, or inert JSON data
        assert 'src="/static/' in m.group(1) or 'type="application/json"' in m.group(1)


def test_hostile_article_is_escaped_everywhere(client, wb) -> None:
    art = hostile_article_id(wb)
    page = client.get(f"/articles/{art}").text
    _assert_inert(page)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page  # shown as text, not dropped
    assert "javascript:window.__pwned=3" in page and 'href="javascript' not in page  # url shown, not linked
    events = wb.events(EventFilter(article=art, asserted="any"))["rows"]
    assert events
    for path in [f"/events?article={art}&asserted=any", "/events?q=Evil", "/articles?q=Evil", "/incidents?q=Evil",
                 "/", f"/incidents/{events[0]['cluster_id'] or events[0]['id']}"]:
        _assert_inert(client.get(path).text)


def test_every_response_has_a_strict_csp(client) -> None:
    for path in ["/", "/map", "/api/overview", "/nope"]:
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    page = client.get("/map").text
    assert not re.search(r"<[a-z]+[^>]*\son[a-z]+=", page), "no inline event handler in our pages"
    assert " style=" not in page, "no inline style (the CSP forbids it)"


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                    max_leaves=12))
def test_json_script_is_inert_and_lossless(value) -> None:
    out = str(json_script(value))
    assert json.loads(out) == value
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}


def test_json_script_escapes_script_end_and_separators() -> None:
    out = str(json_script({"t": "</script><script>x()</script>\u2028\u2029"}))
    assert "</script" not in out.lower() and "\\u003c/script\\u003e" in out and "\\u2028" in out


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                                 "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/x",
                                 "/relative", "java\nscript:alert(1)", "http:/broken", None, ""])
def test_safe_url_refuses_non_web_links(url) -> None:
    assert safe_url(url) is None


def test_safe_url_keeps_web_links() -> None:
    assert safe_url("https://medpost.example/a?b=1") == "https://medpost.example/a?b=1"


# -- security: SQL --------------------------------------------------------------------------------
INJECTIONS = ["' OR 1=1 --", "x'); DROP TABLE events; --", "%' OR '%'='", "\\", "_%_", "\"; SELECT 1; --"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_filters_reach_sql_only_as_parameters(client, wb, value) -> None:
    before = wb.events(EventFilter(asserted="any"))["total"]
    for name in ["q", "type", "place", "source", "actor_country", "mode", "verdict", "incident", "article"]:
        r = client.get("/api/events", params={name: value, "asserted": "any"})
        assert r.status_code == 200, (name, r.text)
        assert r.json()["total"] in (0, before)
    r = client.get("/api/events", params={"sort": value})  # unknown sort keys fall back to the default column
    assert r.status_code == 200
    assert client.get("/api/incidents", params={"sort": value, "q": value}).status_code == 200
    assert client.get("/api/articles", params={"sort": value, "q": value}).status_code == 200
    assert wb.events(EventFilter(asserted="any"))["total"] == before


def test_like_wildcards_in_search_are_literal(wb) -> None:
    assert wb.events(EventFilter(q="%", asserted="any"))["total"] == 0
    assert wb.events(EventFilter(place="_", asserted="any"))["total"] == 0


def test_read_only_cursor_refuses_writes(wb) -> None:
    cur = wb.cursor()
    for sql in ["DELETE FROM events", "INSERT INTO reviews VALUES (1)", "DROP TABLE events",
                "SELECT 1; DROP TABLE events", "UPDATE articles SET title = 'x'", "COPY events TO 'x.csv'"]:
        with pytest.raises(PermissionError):
            cur.execute(sql)
    assert isinstance(cur, ReadOnlyCursor)


def test_bad_parameters_get_a_clear_error(client) -> None:
    r = client.get("/api/events?since=yesterday")
    assert r.status_code == 422 and "since" in r.text
    page = client.get("/events?since=<script>x</script>")
    assert page.status_code == 422 and "<script>x" not in page.text


# -- security: hosts and cross-site writes ----------------------------------------------------------
def test_other_host_names_are_refused(client) -> None:
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def _form(token: str = "tok", truce: str = "", **extra: str) -> dict[str, str]:
    return {"csrf_token": token, "truce": truce, "decision": "overruled", "verdict": "violation",
            "reviewer": "Ana", "note": "seen", **extra}


def test_review_writes_need_same_origin_and_token(client, wb) -> None:
    inc = relevant_incident(wb)
    form = _form(truce=wb.truces[0], verdict="violation" if inc["verdict"] != "violation" else "possible")
    url = f"/incidents/{inc['id']}/review"
    assert client.post(url, data=form).status_code == 400  # no Origin, no Referer
    assert client.post(url, data=form, headers={"origin": "http://evil.example"}).status_code == 400
    assert client.post(url, data=form, headers={"origin": "null"}).status_code == 400
    assert client.post(url, data=_form(token="guess", truce=wb.truces[0]), headers={"origin": ORIGIN}).status_code == 400
    r = client.post(f"/api/incidents/{inc['id']}/review", json={"truce": wb.truces[0], "decision": "confirmed",
                                                               "reviewer": "Ana"}, headers={"origin": ORIGIN})
    assert r.status_code == 400  # the API needs the token header too
    assert wb.reviews()["reviews"] == []
    r = client.post(url, data=form, headers={"origin": ORIGIN}, follow_redirects=False)
    assert r.status_code == 303
    assert wb.reviews()["reviews"][0]["reviewer"] == "Ana"
    r = client.post(f"/api/incidents/{inc['id']}/review", headers={"origin": ORIGIN, "x-truce-token": "tok"},
                    json={"truce": wb.truces[0], "decision": "confirmed", "reviewer": "Bo"})
    assert r.status_code == 200 and r.json()["decision"] == "confirmed"


def test_review_form_carries_the_token(client, wb) -> None:
    page = client.get(f"/incidents/{relevant_incident(wb)['id']}").text
    assert 'name="csrf_token" value="tok"' in page


# -- reviews --------------------------------------------------------------------------------------
def _overrule(wb: Workbench, inc: dict, note: str = "actor is an excluded group") -> dict:
    target = "possible" if inc["verdict"] != "possible" else "violation"
    return wb.review(inc["id"], wb.truces[0], "overruled", target, note, "A. Analyst")


def test_review_is_shown_beside_the_machine_verdict(wb) -> None:
    inc = relevant_incident(wb)
    saved = _overrule(wb, inc)
    row = wb.incidents(IncidentFilter(reviewed="yes"))["rows"]
    assert [r["id"] for r in row] == [inc["id"]]
    assert row[0]["verdict"] == saved["verdict"] and row[0]["machine_verdict"] == inc["machine_verdict"]
    v = wb.incident(inc["id"])["verdicts"][0]
    assert v["review"]["decision"] == "overruled" and v["verdict"] == inc["machine_verdict"]
    assert v["verdict_final"] == saved["verdict"] and not v["review"]["changed"]
    summary = {r["verdict"]: r for r in wb.overview()["truces"][0]["verdicts"]}
    assert summary[saved["verdict"]]["overruled"] == 1


def test_reviews_survive_restart_reingest_and_recoding(db) -> None:
    from truce.runner import ingest
    from truce.sample import sample_dir

    with Workbench(db, [TRUCE_FILE]) as wb:
        inc = relevant_incident(wb)
        saved = _overrule(wb, inc)
    ingest([sample_dir()], db)  # re-ingest: nothing new, the review stays
    con = duckdb.connect(str(db))
    # re-coding gives the reports new event ids (another type, say) and re-clustering a new cluster id
    con.execute("UPDATE events SET id = id || 'r', cluster_id = 'knew' WHERE cluster_id = ?", [inc["id"]])
    con.execute("UPDATE clusters SET cluster_id = 'knew' WHERE cluster_id = ?", [inc["id"]])
    con.execute("UPDATE cluster_claims SET cluster_id = 'knew' WHERE cluster_id = ?", [inc["id"]])
    con.close()
    with Workbench(db, [TRUCE_FILE]) as wb:
        v = wb.incident("knew")["verdicts"][0]
        assert v["review"]["review_id"] == saved["id"] and not v["review"]["changed"]
        assert v["verdict_final"] == saved["verdict"]
        assert wb.reviews()["orphans"] == []


def test_a_split_incident_keeps_the_review_on_both_parts_flagged(db) -> None:
    with Workbench(db, [TRUCE_FILE]) as wb:
        inc = next(r for r in wb.incidents(IncidentFilter(), sort="reports", desc=True)["rows"] if r["n_reports"] >= 2)
        _overrule(wb, inc)
        reports = [r["id"] for r in wb.incident(inc["id"])["reports"]]
    con = duckdb.connect(str(db))
    con.execute("UPDATE events SET cluster_id = 'ksplit' WHERE id = ?", [reports[0]])
    con.execute("INSERT INTO clusters SELECT * REPLACE ('ksplit' AS cluster_id) FROM clusters WHERE cluster_id = ?",
                [inc["id"]])
    con.close()
    with Workbench(db, [TRUCE_FILE]) as wb:
        for part in (inc["id"], "ksplit"):
            review = wb.incident(part)["verdicts"][0]["review"]
            assert review and review["changed"] and review["n_shared"] < review["n_reviewed"]


def _review(rid: str, evidence: tuple[str, ...], truce: str = "T", when: int = 0) -> Review:
    from datetime import datetime, timedelta

    return Review(rid, truce, "old", (), evidence, "possible", "overruled", "violation", "", "x",
                  datetime(2026, 1, 1) + timedelta(minutes=when))


def test_match_reviews_newest_wins_per_truce_and_orphans_are_kept() -> None:
    incidents = {("T", "a"): ({"x@1", "x@2"}, "possible"), ("U", "a"): ({"x@1", "x@2"}, "possible")}
    old, new = _review("r1", ("x@1", "x@2")), _review("r2", ("x@1",), when=5)
    gone = _review("r3", ("y@9",))
    m = match_reviews([old, new, gone], incidents)
    assert m.applied[("T", "a")].review.id == "r2" and m.applied[("T", "a")].changed
    assert [r.id for r in m.applied[("T", "a")].history] == ["r2", "r1"]
    assert ("U", "a") not in m.applied  # a review judges under one truce only
    assert [r.id for r in m.orphans] == ["r3"]


def test_add_review_refuses_incomplete_reviews(wb) -> None:
    cur = wb.con.cursor()
    reports = [("e1", "a1", 3)]
    for kwargs in [{"decision": "maybe"}, {"decision": "overruled", "verdict": None},
                   {"decision": "overruled", "verdict": "possible"}, {"decision": "confirmed", "reviewer": " "}]:
        args = {"truce": "T", "incident": "i", "reports": reports, "machine_verdict": "possible",
                "reviewer": "x", **kwargs}
        with pytest.raises(ReviewError):
            add_review(cur, **args)
    assert evidence_key("a1", 3) == "a1@3"


def test_read_only_workbench_refuses_reviews(db) -> None:
    with Workbench(db, [TRUCE_FILE]) as rw:  # migrate first, then open read-only
        inc = relevant_incident(rw)
    with Workbench(db, [TRUCE_FILE], read_only=True) as wb, pytest.raises(ReviewError):
        _overrule(wb, inc)


def test_exports_carry_the_review(client, wb) -> None:
    inc = relevant_incident(wb)
    saved = _overrule(wb, inc)
    rows = list(csv.DictReader(io.StringIO(client.get(f"/events.csv?incident={inc['id']}").text)))
    assert rows and all(r["review_decision"] == "overruled" and r["verdict"] == saved["verdict"] for r in rows)
    rec = json.loads(client.get(f"/events.jsonl?incident={inc['id']}").text.splitlines()[0])
    assert rec["truce_verdict"]["review"]["decision"] == "overruled"


# -- the command ----------------------------------------------------------------------------------
def test_serve_warns_on_a_non_loopback_host(db, cli_run, monkeypatch) -> None:
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = cli_run("serve", "--db", str(db), "--host", "0.0.0.0", "--port", "8123")
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and "0.0.0.0" in result.output
    assert calls == [{"host": "0.0.0.0", "port": 8123, "log_level": "warning"}]
    quiet = cli_run("serve", "--db", str(db))
    assert "warning" not in quiet.output and calls[-1]["host"] == "127.0.0.1"


def test_hostile_text_is_in_the_store_unchanged(wb) -> None:
    """The test above is only meaningful if the hostile markup really reached the store."""
    art = wb.article(hostile_article_id(wb))["article"]
    assert art["title"] == HOSTILE["title"] and art["url"] == HOSTILE["url"]


def test_blank_form_fields_mean_no_filter(client) -> None:
    r = client.get("/api/events?q=&since=&until=&place=&type=ASSAULT&verdict=")
    assert r.status_code == 200 and r.json()["total"] > 0


def test_monitor_reports_the_reviews(db, cli_run, tmp_path) -> None:
    with Workbench(db, [TRUCE_FILE]) as wb:
        inc = relevant_incident(wb)
        saved = _overrule(wb, inc)
    table = cli_run("monitor", str(TRUCE_FILE), "--db", str(db))
    assert table.exit_code == 0 and "reviews: 0 incidents confirmed, 1 overruled" in table.output
    out = tmp_path / "verdicts.csv"
    assert cli_run("monitor", str(TRUCE_FILE), "--db", str(db), "--format", "csv", "-o", str(out)).exit_code == 0
    rows = [r for r in csv.DictReader(out.open(encoding="utf-8")) if r["incident"] == inc["id"]]
    assert rows and all(r["review_decision"] == "overruled" and r["review_verdict"] == saved["verdict"]
                        for r in rows)
    out_json = tmp_path / "verdicts.json"
    cli_run("monitor", str(TRUCE_FILE), "--db", str(db), "--format", "json", "-o", str(out_json))
    item = next(i for i in json.loads(out_json.read_text())["incidents"] if i["incident"] == inc["id"])
    assert item["review"]["decision"] == "overruled"


def test_a_file_that_is_not_a_store_is_one_plain_error(tmp_path) -> None:
    from truce.web.workbench import Workbench, WorkbenchError

    notes = tmp_path / "notes.duckdb"
    notes.write_text("not a database\n", encoding="utf-8")
    with pytest.raises(WorkbenchError) as err:
        Workbench(notes)
    message = str(err.value)
    assert "not a DuckDB database" in message and message.count("cannot open store") == 1


def test_review_length_limits_come_from_the_settings(wb) -> None:
    cur = wb.con.cursor()
    args = {"truce": "T", "incident": "i", "reports": [("e1", "a1", 3)], "machine_verdict": "possible",
            "decision": "confirmed", "reviewer": "a reviewer", "note": "n" * 200}
    with pytest.raises(ReviewError, match="max 100 characters"):
        add_review(cur, **args, max_note=100)
    with pytest.raises(ReviewError, match="max 5\\)"):
        add_review(cur, **args, max_name=5)


def test_highlight_priority_comes_from_the_settings() -> None:
    from truce.web.highlight import highlight

    report = {"sentence": "Rebels shelled Kelby.", "sentence_start": 0, "trigger_start": 7, "trigger_end": 14,
              "actor_spans": [{"start": 0, "end": 14, "role": "actor"}]}
    default = dict(load_settings().web.highlight_priority)
    assert ("shelled", "trigger") in highlight(report, default)
    assert ("Rebels shelled", "actor") in highlight(report, {**default, "actor": 9})


def test_basemap_labels_follow_the_settings() -> None:
    from truce.web.basemap import available, basemap_view

    if not available():
        pytest.skip("basemap data package not installed")
    world = (-180.0, -85.0, 180.0, 85.0)
    shipped = len(basemap_view(world, 1.0)["cities"])
    assert 3 < shipped < load_settings().web.basemap_max_labels  # zoom 1: only the largest cities
    web = lambda **kw: load_settings(overrides={"web": kw}).web  # noqa: E731
    assert len(basemap_view(world, 1.0, web(basemap_max_labels=3))["cities"]) == 3
    assert len(basemap_view(world, 1.0, web(basemap_city_population=[[1, 1000000]]))["cities"]) > shipped
