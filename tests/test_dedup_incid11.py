"""Clustering rules of branch incid11 (issue 12): our own hand-built reports, each rule with the case it
joins or keeps apart and the case it must leave alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from truce.config import TruceConfig
from truce.dedup.clusters import Stream, compatible, evidence, towns_disagree
from truce.dedup.reports import Ref, Report
from truce.dedup.text import sentence as normalise
from truce.settings import load_settings

CFG = TruceConfig().settings.dedup


def _with(**values) -> object:
    """The dedup settings with some keys changed (to show what a rule does)."""
    return load_settings(overrides={"dedup": values}).dedup
DAY = date(2026, 10, 11).toordinal()


def _report(rid: str, sentence: str, *, place: str | None = None, ll: tuple[float, float] | None = None,
            country: str | None = "NGA", precise: bool = True, signals: tuple[str, ...] = (), day: int = DAY,
            mode: str | None = "abduct", actors: tuple[Ref, ...] = (), article: str | None = None) -> Report:
    lat, lon = ll if ll else (None, None)
    return Report(id=rid, article_id=article or "a" + rid, event="ASSAULT", mode=mode, lo=day, hi=day, minute=None,
                  basis="text", precision="day", own_date=None, date=None, date_text=None, ref_day=None,
                  precise=precise and ll is not None, lat=lat, lon=lon,
                  place=(place or "").lower() or None, loc_name=place, country=country, actors=actors,
                  signals=frozenset(signals), tokens=normalise(sentence).tokens, sentence=sentence)


# -- two towns named, beyond one spot: two happenings (towns_contradict) -------------------------
FUNTUA = _report("f", "Gunmen abducted eight passengers from a bus near Funtua on Sunday.", place="Funtua",
                 ll=(11.52, 7.31))
DANJA = _report("d", "Bandits stormed Danja and kidnapped 20 villagers on Sunday night.", place="Danja",
                ll=(11.40, 7.56))  # about 30 km from Funtua


def test_two_named_towns_beyond_one_spot_are_two_happenings() -> None:
    assert towns_disagree(FUNTUA, DANJA)
    assert not compatible(FUNTUA, DANJA, CFG)
    assert compatible(FUNTUA, DANJA, _with(towns_contradict=False))


def test_a_report_naming_both_towns_is_not_held_apart() -> None:
    village = replace(DANJA, tokens=normalise("Bandits stormed Danja, a village south of Funtua, on Sunday.").tokens)
    assert not towns_disagree(FUNTUA, village)
    assert compatible(FUNTUA, village, CFG)
    # a report placed at a town its sentence does not name (a dateline's) is not a town the outlet named
    dateline = replace(DANJA, tokens=normalise("Bandits kidnapped 20 villagers on Sunday night.").tokens)
    assert not towns_disagree(FUNTUA, dateline)


# -- another country's reports are no confusions (confusions_abroad) ---------------------------
def _lebanon_pair():
    a = _report("n1", "An Israeli drone strike hit a car near Nabatieh on Monday, killing two men.", place="Nabatieh",
                ll=(33.38, 35.48), country="LBN", mode="drone", signals=("f:killed=2", "w:roummane"))
    b = _report("n2", "An Israeli strike on a car near Kfar Roummane killed two people on Monday.", country="LBN",
                mode=None, signals=("f:killed=2", "w:roummane"))
    abroad = [_report(f"x{i}", "Two soldiers were killed in an ambush.", place=town, ll=ll, country=cc,
                      mode="firearms", signals=("f:killed=2",), day=DAY + i)
              for i, (town, ll, cc) in enumerate([("Las Navas", (12.34, 125.02), "PHL"), ("Tame", (6.46, -71.73), "COL"),
                                                  ("Bannu", (32.99, 70.60), "PAK")], 1)]
    return a, b, abroad


def test_a_figure_common_only_abroad_is_still_evidence() -> None:
    a, b, abroad = _lebanon_pair()
    stream = Stream([a, b, *abroad], CFG)
    assert "f:killed=2" in evidence(a, b, stream, CFG)
    loose = _with(confusions_abroad=True)
    assert evidence(a, b, Stream([a, b, *abroad], loose), loose) == ()


def test_a_figure_common_at_home_is_not_evidence() -> None:
    a, b, abroad = _lebanon_pair()
    home = [replace(x, id=x.id + "h", article_id=x.article_id + "h", country="LBN", place="tyre", loc_name="Tyre",
                    lat=33.27, lon=35.20) for x in abroad]
    assert evidence(a, b, Stream([a, b, *home], CFG), CFG) == ()


# -- a link needs evidence besides the mode and the day (what_evidence) -------------------------
def test_mode_and_day_alone_make_no_link() -> None:
    a = _report("m1", "Gunmen abducted eight passengers near Funtua on Sunday.", place="Funtua", ll=(11.52, 7.31),
                signals=("m:abduct", "d:2026-10-11"))
    b = _report("m2", "Gunmen kidnapped villagers in Katsina state on Sunday.", precise=False,
                signals=("m:abduct", "d:2026-10-11"))
    assert evidence(a, b, Stream([a, b], CFG), CFG) == ()
    named = [replace(x, signals=x.signals | {"c:musa danladi"}) for x in (a, b)]
    assert evidence(*named, Stream(named, CFG), CFG)
    loose = _with(what_evidence=0.0)
    assert evidence(a, b, Stream([a, b], loose), loose)


# -- actors: a transnational group, a party the other sentence names ---------------------------
def test_a_transnational_group_does_not_contradict_the_country_insurgents() -> None:
    a = _report("i1", "Islamic State-linked insurgents killed six people in Chai on Thursday.", country="MOZ",
                actors=(Ref("IMG", "REB", "Islamic State"),))
    b = _report("i2", "Insurgents killed six villagers in Cabo Delgado province on Thursday.", country="MOZ",
                actors=(Ref("MOZ", "REB", None),))
    assert compatible(a, b, CFG)
    troops = replace(b, actors=(Ref("MOZ", "MIL", None),))
    assert not compatible(a, troops, CFG)


def test_a_party_named_in_the_other_sentence_is_no_contradiction() -> None:
    a = _report("p1", "Fierce clashes broke out between the army and the Rapid Support Forces in Babanusa on Tuesday.",
                country="SDN", actors=(Ref(None, None, "Fierce"),), mode=None)
    b = _report("p2", "The Rapid Support Forces attacked the 22nd Division base in Babanusa on Tuesday.",
                country="SDN", actors=(Ref("SDN", "REB", "Rapid Support Forces"),), mode=None)
    assert compatible(a, b, CFG)
    other = replace(a, tokens=normalise("Fierce clashes broke out in Babanusa on Tuesday.").tokens)
    assert not compatible(other, b, CFG)


# -- close tolls of one massacre (near_figure_min, near_figure_ratio) ----------------------------
def test_close_large_tolls_are_one_value_and_far_or_small_ones_none() -> None:
    from truce.dedup.clusters import shared_values
    from truce.dedup.reports import near_figures

    assert near_figures([("killed", "18")], CFG) & near_figures([("killed", "16")], CFG)
    assert not near_figures([("killed", "18")], CFG) & near_figures([("killed", "12")], CFG)
    assert not near_figures([("killed", "9")], CFG)  # small tolls: "two killed" and "three killed" are no neighbours
    a = _report("k1", "Rebels killed 18 civilians in Oicha overnight Wednesday.", place="Oicha", ll=(0.70, 29.52),
                country="COD", mode=None, signals=("f:killed=18", "d:2026-10-07", *near_figures([("killed", "18")], CFG)))
    b = _report("k2", "Suspected rebels killed at least 16 people in North Kivu province on Wednesday night.",
                country="COD", precise=False, mode=None,
                signals=("f:killed=16", "d:2026-10-07", *near_figures([("killed", "16")], CFG)))
    stream = Stream([a, b], CFG)
    near = [v for v in shared_values(a, b, stream, CFG) if v.startswith("f~:")]
    assert near == ["f~:killed=16"]  # one value for the pair, however many numbers lie between
    assert evidence(a, b, stream, CFG)
    same = replace(b, signals=a.signals)
    assert not [v for v in shared_values(a, same, Stream([a, same], CFG), CFG) if v.startswith("f~:")]
