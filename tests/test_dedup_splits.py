"""Reports of one happening that used to be split into several incidents (issue 12, branch incid8).

Our own sentences. Each rule has a positive case and the false merge it must not make: mode families
(a suicide bombing and "the blast" placed only in a district; a drone strike and an air strike) against a
stream of strikes of one mode on other days and a shooting in the same district; noun-only follow-ups
("the toll from Tuesday's attack rose to ten") against recalled happenings weeks back and an article
that tells a new happening of the type; the speaker's town of a counter-claim; the correspondent's
dateline against a province the story names.
"""

from __future__ import annotations

import itertools

import pytest

from truce import dedup
from truce.config import TruceConfig
from truce.dedup.clusters import modes_compatible
from truce.dedup.reports import REFERENCE, reports_of
from truce.geo import Geoparser
from truce.ids import article_id
from truce.records import ActorRef, Article, CodedArticle, Event, EventLocation, Modality
from truce.store import Store

CFG = TruceConfig().settings.dedup
KONDUGA = (11.65, 13.42)  # a district (ADM2) of Borno: reports placed there are not precise
BAMA = (11.52, 13.69)
BOKO = ActorRef("Boko Haram", country="NGA", sector="REB", name="Boko Haram")
CIVS = ActorRef("civilians", country="NGA", sector="CVL")


def _district(name: str, ll: tuple[float, float]) -> EventLocation:
    return EventLocation(name=name, geonameid=abs(hash(name)) % 10_000, lat=ll[0], lon=ll[1], country="NGA",
                         precision="admin2")


def _article(text: str, source: str, published: str, events: list[dict]) -> CodedArticle:
    a = Article(id=article_id(text, source), text=text, source=source, published=published)
    out = []
    for n, spec in enumerate(events):
        sentence = spec.get("sentence", text)
        e = Event(id=f"e{a.id[1:9]}{n}", article_id=a.id, event=spec.get("event", "ASSAULT"), mode=spec.get("mode"),
                  actor=list(spec.get("actor", (BOKO,))), recipient=[CIVS], sentence=sentence,
                  sentence_start=text.index(sentence), trigger_start=text.index(sentence) + 1,
                  modality=Modality(), date=spec.get("date"), date_precision=spec.get("precision", "day"),
                  date_text=spec.get("date_text", "on Friday"), date_source=spec.get("date_source"),
                  location=spec.get("loc"), background=spec.get("background", False))
        out.append(e)
    return CodedArticle(article=a, events=out)


def _groups(batches) -> list[set[str]]:
    """Article-id sets that share a cluster, after ingesting the batches into a fresh store."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "t.duckdb")
        for batch in batches:
            store.write_batch(list(batch), after_write=dedup.update_store)
        rows = store.con.execute("SELECT cluster_id, list(DISTINCT article_id) FROM events "
                                 "WHERE cluster_id IS NOT NULL GROUP BY 1").fetchall()
        store.close()
    return sorted((set(r[1]) for r in rows), key=lambda s: sorted(s))


# -- mode families ----------------------------------------------------------------------------
def test_mode_families_join_neighbouring_modes_only() -> None:
    assert modes_compatible("suicide-attack", "explosives", CFG)
    assert modes_compatible("drone", "aerial", CFG)
    assert modes_compatible(None, "firearms", CFG) and modes_compatible("firearms", "firearms", CFG)
    assert not modes_compatible("firearms", "explosives", CFG)
    assert not modes_compatible("aerial", "heavy-weapons", CFG)


SUICIDE = _article("A suicide bomber blew herself up at the Konduga fish market on Friday, killing five people "
                   "and wounding Musa Kachalla.", "lakechad.example", "2026-09-11T15:00:00Z",
                   [{"mode": "suicide-attack", "date": "2026-09-11", "loc": _district("Konduga", KONDUGA)}])
BLAST = _article("The toll from the blast at the Konduga fish market rose to 14, said Musa Kachalla's brother.",
                 "herald.example", "2026-09-12T09:00:00Z",
                 [{"mode": "explosives", "date": "2026-09-11", "loc": _district("Konduga", KONDUGA)}])
SHOOTING = _article("Gunmen shot dead two farmers near Konduga on Friday, said Musa Kachalla.",
                    "radio.example", "2026-09-11T20:00:00Z",
                    [{"mode": "firearms", "date": "2026-09-11", "loc": _district("Konduga", KONDUGA)}])


def test_a_suicide_bombing_and_the_blast_placed_in_one_district_are_one_happening() -> None:
    groups = _groups([[SUICIDE], [BLAST]])
    assert {SUICIDE.article.id, BLAST.article.id} in groups


def test_a_shooting_in_the_same_district_and_day_stays_apart_from_the_bombing() -> None:
    groups = _groups([[SUICIDE, BLAST, SHOOTING]])
    assert not any(SHOOTING.article.id in g and len(g) > 1 for g in groups)


def _strike(day: str, mode: str, source: str, words: str) -> CodedArticle:
    return _article(f"A {mode} strike hit Bama on {day}, killing {words}.", source, f"{day}T18:00:00Z",
                    [{"mode": mode, "date": day, "loc": _district("Bama", BAMA), "date_text": "on " + day}])


def test_a_stream_of_strikes_of_one_mode_on_other_days_stays_apart() -> None:
    stream = [_strike(f"2026-09-{d:02d}", "drone", f"w{d}.example", "four people") for d in (14, 16, 18)]
    groups = _groups([stream])
    assert all(len(g) == 1 for g in groups) and len(groups) == 3


# -- noun-only follow-ups ---------------------------------------------------------------------
def _follow_up(published: str, date: str, *, also: dict | None = None) -> CodedArticle:
    text = ("The toll from Friday's bombing of the Konduga fish market has risen to 19, Musa Kachalla said. "
            "Rescue teams left the town.")
    ref = {"sentence": text.split(". ")[0] + ".", "mode": "explosives", "date": date, "background": True,
           "loc": _district("Konduga", KONDUGA), "date_text": "Friday's"}
    events = [ref] + ([{"sentence": "Rescue teams left the town.", **also}] if also else [])
    return _article(text, "follow.example", published, events)


def test_a_noun_only_follow_up_days_later_is_clustered_with_its_happening() -> None:
    late = _follow_up("2026-09-14T12:00:00Z", "2026-09-11")
    (r,) = reports_of(late, CFG)
    assert REFERENCE in r.signals and r.reference
    for order in itertools.permutations([SUICIDE, BLAST, late]):
        groups = _groups([[x] for x in order])
        assert {SUICIDE.article.id, BLAST.article.id, late.article.id} in groups


def test_a_happening_recalled_weeks_later_is_no_follow_up() -> None:
    old = _follow_up("2026-10-05T12:00:00Z", "2026-09-11")
    assert reports_of(old, CFG) == []


def test_an_article_telling_a_new_happening_of_the_type_keeps_the_recall_as_background() -> None:
    new = {"event": "ASSAULT", "mode": "firearms", "date": "2026-09-14", "loc": _district("Konduga", KONDUGA),
           "date_text": "on Monday"}
    both = _follow_up("2026-09-14T12:00:00Z", "2026-09-11", also=new)
    assert [r.mode for r in reports_of(both, CFG)] == ["firearms"]


def test_a_follow_up_never_keeps_two_reports_of_its_happening_apart() -> None:
    """The follow-up links to both outlets' reports; the two still join each other first."""
    late = _follow_up("2026-09-13T12:00:00Z", "2026-09-11")
    for batches in ([[late], [SUICIDE], [BLAST]], [[SUICIDE, BLAST, late]]):
        groups = _groups(batches)
        assert {SUICIDE.article.id, BLAST.article.id} <= max(groups, key=len)


def test_the_follow_up_can_be_switched_off() -> None:
    from truce.settings import load_settings

    off = load_settings(overrides={"dedup": {"reference_follow_ups": False}}).dedup
    assert reports_of(_follow_up("2026-09-14T12:00:00Z", "2026-09-11"), off) == []


# -- places: the speaker's town, the correspondent's dateline ------------------------------------
@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser(TruceConfig())


def _locate(geo: Geoparser, nlp, text: str, trigger: str) -> EventLocation:
    doc = nlp(text)
    art = Article(id="t", text=text)
    s0 = 0
    for sent in doc.sents:
        if sent.start_char <= text.index(trigger) < sent.end_char:
            s0, sentence = sent.start_char, sent.text
    t0 = text.index(trigger)
    ev = Event(id="e", article_id="t", event="ASSAULT", trigger=trigger, trigger_start=t0,
               trigger_end=t0 + len(trigger), sentence=sentence, sentence_start=s0)
    return geo.locate_events([ev], geo.find_places(doc, art), doc, art)[0].location


def test_a_claim_issued_from_another_town_does_not_place_the_happening(geoparser, nlp) -> None:
    text = ("Islamic State's Sahel branch claimed responsibility on Wednesday for the ambush of an army convoy "
            "near Tillaberi, saying in a statement from Menaka in Mali that its fighters had killed 40 soldiers.")
    loc = _locate(geoparser, nlp, text, "killed")
    assert loc is not None and loc.country == "NER"


def test_a_place_the_statement_is_about_still_places_it(geoparser, nlp) -> None:
    text = "Rebels attacked an army post in Menaka on Tuesday, killing six soldiers, the army said in a statement."
    loc = _locate(geoparser, nlp, text, "attacked")
    assert loc is not None and loc.country == "MLI"


def test_the_dateline_town_does_not_refine_a_province_the_story_names(geoparser, nlp) -> None:
    text = ("GOMA, Sept 27 (Great Lakes Wire) - Rebels killed 18 civilians in an overnight attack in North Kivu "
            "province, a civil society leader said on Sunday.")
    loc = _locate(geoparser, nlp, text, "killed")
    assert loc is not None and loc.precision == "admin1"  # the correspondent's city is not the event's place


def test_the_dateline_town_refines_its_own_state_qualifier(geoparser, nlp) -> None:
    text = "MACON, Ga. - A 38-year-old woman was shot and killed outside a house on Pio Nono Avenue on Saturday."
    loc = _locate(geoparser, nlp, text, "shot")
    assert loc is not None and loc.name == "Macon" and loc.precision == "city"


def test_a_follow_up_that_joins_no_report_is_no_incident_of_its_own() -> None:
    late = _follow_up("2026-09-14T12:00:00Z", "2026-09-11")
    assert _groups([[late]]) == []
    assert {late.article.id, SUICIDE.article.id} <= max(_groups([[late], [SUICIDE]]), key=len)


def test_a_follow_up_never_shapes_the_happening_of_the_full_reports() -> None:
    """The follow-up shares more with the first report (the named day) than the second outlet does, and
    contradicts the second outlet's mode: taken first, its link kept the second outlet out."""
    first = _article("Boko Haram fighters stormed Konduga on Friday, residents said.", "a.example",
                     "2026-09-11T20:00:00Z", [{"date": "2026-09-11", "loc": _district("Konduga", KONDUGA)}])
    second = _article("Boko Haram fighters set off explosives in Konduga, a militia leader said.", "b.example",
                      "2026-09-12T08:00:00Z", [{"mode": "explosives", "date": "2026-09-12", "precision": "reported",
                                                "date_source": "publication", "date_text": None,
                                                "loc": _district("Konduga", KONDUGA)}])
    text = "The toll from Friday's Boko Haram shooting in Konduga rose to nine."
    late = _article(text, "c.example", "2026-09-13T09:00:00Z",
                    [{"mode": "firearms", "date": "2026-09-11", "background": True, "date_text": "Friday's",
                      "loc": _district("Konduga", KONDUGA)}])
    for order in itertools.permutations([first, second, late]):
        groups = _groups([[x] for x in order])
        assert {first.article.id, second.article.id} in groups
