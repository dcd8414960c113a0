"""Actor coding: every kind of evidence, renamed groups, coreference, compounds, unknown actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from truce.actors import ActorCoder
from truce.actors.match import tokenize
from truce.config import TruceConfig
from truce.records import ActorRef, Article, Event


@pytest.fixture(scope="module")
def coder() -> ActorCoder:
    return ActorCoder()


def codes(ref: ActorRef) -> tuple[str | None, str | None]:
    return ref.country, ref.sector


def in_doc(coder: ActorCoder, nlp, text: str, span: str, nth: int = 0, **kw) -> list[ActorRef]:
    doc = nlp(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return coder.code_span_parts(span, doc, start, start + len(span), **kw)


# --- matcher -------------------------------------------------------------------------------------

def test_tokens_fold_periods_and_keep_acronyms_case():
    assert [t.key for t in tokenize("the U.S. and us")] == ["the", "US", "and", "us"]
    assert [t.key for t in tokenize("Sudan's army")] == ["sudan", "'s", "army"]


def test_lowercase_pronoun_is_not_the_united_states(coder):
    assert coder.code_span("us").country is None
    assert coder.code_span("US").country == "USA"


# --- named organisations -------------------------------------------------------------------------

@pytest.mark.parametrize("text, country, sector", [
    ("the U.N. Security Council", "UNO", "GOV"),
    ("United Nations", "UNO", None),
    ("UN peacekeepers", "UNO", "MIL"),
    ("the European Union", "EUR", None),
    ("NATO", "IGO", "MIL"),
    ("the African Union", "IGO", None),
    ("the Arab League", "IGO", None),
    ("the ICRC", "NGO", "MED"),
    ("Doctors Without Borders", "NGO", "MED"),
    ("Amnesty International", "NGO", None),
    ("Human Rights Watch", "NGO", None),
    ("the Kremlin", "RUS", "GOV"),
    ("Hezbollah fighters", "LBN", "REB"),
    ("Likud", "ISR", "PTY"),
    ("Al Jazeera", "QAT", "JRN"),
])
def test_named_organisations(coder, text, country, sector):
    ref = coder.code_span(text)
    assert codes(ref) == (country, sector), ref.reason
    assert ref.name


@pytest.mark.parametrize("alias, date, period_name", [
    ("Nusra Front", "2014-05-01", "Jabhat al-Nusra"),
    ("Jabhat Fateh al-Sham", "2016-10-01", "Jabhat Fateh al-Sham"),
    ("HTS", "2019-03-01", "Hayat Tahrir al-Sham"),
    ("Nusra Front", "2019-03-01", "Hayat Tahrir al-Sham"),  # old name, later event: the name then in use
])
def test_renamed_group_resolves_to_one_identity(coder, alias, date, period_name):
    ref = coder.code_span(f"{alias} fighters", date=date)
    assert ref.name == "Hayat Tahrir al-Sham"
    assert codes(ref) == ("SYR", "REB")
    assert f"name at {date}: {period_name!r}" in ref.reason


def test_renamed_group_sector_follows_the_period(coder):
    assert coder.code_span("the Taliban", date="2010-06-01").sector == "REB"
    assert coder.code_span("the Taliban", date="2022-06-01").sector == "GOV"
    assert coder.code_span("the FARC", date="2020-01-01").sector == "PTY"


def test_event_date_or_publication_date_picks_the_name(coder, nlp):
    text = "Fighters of the Nusra Front attacked a checkpoint."
    doc = nlp(text)
    start = text.index("the Nusra Front")
    event = Event(id="e1", article_id="a1", event="ASSAULT",
                  actor=[ActorRef("the Nusra Front", start, start + len("the Nusra Front"))])
    article = Article(id="a1", text=text, published="2016-09-01")
    coder.code([event], doc, article)
    assert "Jabhat Fateh al-Sham" in event.actor[0].reason


# --- titles and offices ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, country, sector", [
    ("French Foreign Minister Jean Dupont", "FRA", "GOV"),
    ("the Kenyan army chief", "KEN", "MIL"),
    ("a Brazilian police spokesman", "BRA", "COP"),
    ("Chilean Prime Minister Ana Rojas", "CHL", "GOV"),
    ("a Peruvian judge", "PER", "JUD"),
    ("Canadian lawmakers", "CAN", "LEG"),
    ("the Malian opposition leader", "MLI", "OPP"),
    ("former Ghanaian president Kofi Mensah", "GHA", "ELI"),
    ("a member of the Latvian parliament", "LVA", "LEG"),
    ("the president of Armenia", "ARM", "GOV"),
])
def test_titles(coder, text, country, sector):
    ref = coder.code_span(text)
    assert codes(ref) == (country, sector), ref.reason


def test_title_gives_the_person_name(coder):
    assert coder.code_span("French Foreign Minister Jean Dupont").name == "Jean Dupont"


def test_named_person_from_dictionary_and_out_of_office(coder):
    assert codes(coder.code_span("President Museveni")) == ("UGA", "GOV")
    assert codes(coder.code_span("Jacques Chirac", date="2012-01-01")) == ("FRA", "ELI")


# --- demonyms, country names, capitals -------------------------------------------------------------

@pytest.mark.parametrize("text, country, sector", [
    ("Syrian troops", "SYR", "MIL"),
    ("Britain", "GBR", None),
    ("the U.S.", "USA", None),
    ("Russia", "RUS", None),
    ("South Korea", "KOR", None),
    ("the South Korean navy", "KOR", "MIL"),
    ("Iran", "IRN", None),
    ("Sudan's government", "SDN", "GOV"),
    ("Iraqis", "IRQ", "CVL"),
    ("Côte d'Ivoire", "CIV", None),
    ("rebels in Darfur", "SDN", "REB"),
    ("Ankara", "TUR", "GOV"),
])
def test_countries_demonyms_capitals(coder, text, country, sector):
    assert codes(coder.code_span(text)) == (country, sector)


def test_hyphenated_demonyms_are_two_actors(coder):
    parts = coder.code_span_parts("U.S.-Russian negotiators")
    assert [codes(p) for p in parts] == [("USA", "GOV"), ("RUS", "GOV")]


def test_capitals_stand_for_governments(coder):
    parts = coder.code_span_parts("Washington and Moscow")
    assert [codes(p) for p in parts] == [("USA", "GOV"), ("RUS", "GOV")]
    assert [p.text for p in parts] == ["Washington", "Moscow"]


# --- agent nouns ------------------------------------------------------------------------------------

@pytest.mark.parametrize("noun, sector", [
    ("rebels", "REB"), ("militants", "REB"), ("insurgents", "REB"), ("protesters", "CVL"),
    ("civilians", "CVL"), ("refugees", "REF"), ("soldiers", "MIL"), ("troops", "MIL"), ("police", "COP"),
    ("judges", "JUD"), ("lawmakers", "LEG"), ("journalists", "JRN"), ("aid workers", "MED"),
    ("doctors", "MED"), ("students", "EDU"), ("workers", "LAB"), ("businessmen", "BUS"), ("clerics", "REL"),
    ("farmers", "AGR"), ("kidnappers", "CRM"),
])
def test_agent_nouns(coder, noun, sector):
    ref = coder.code_span(f"Nepalese {noun}")
    assert codes(ref) == ("NPL", sector), ref.reason


def test_ethnic_group_takes_the_country_of_residence(coder, nlp):
    text = "Ethnic Albanians in Macedonia marched on Skopje."
    [ref] = in_doc(coder, nlp, text, "Ethnic Albanians in Macedonia")
    assert codes(ref) == ("MKD", "CVL")


def test_place_attacked_stands_for_its_residents(coder):
    ref = coder.code_span("Aleppo", role="recipient", event_type="ASSAULT")
    assert codes(ref) == ("SYR", "CVL")


# --- focus country and coreference ------------------------------------------------------------------

STORY = ("Syrian Defence Minister Omar Khalil visited troops near Aleppo on Monday. "
         "Rebels shelled government forces outside Homs, state media said. "
         "Khalil said the minister's forces would hold the line against the rebels. "
         "Turkey called for restraint.")


def test_focus_country_codes_unqualified_agents(coder, nlp):
    for span, sector in [("Rebels", "REB"), ("government forces", "MIL"), ("state media", "GOV")]:
        [ref] = in_doc(coder, nlp, STORY, span)
        assert codes(ref) == ("SYR", sector), ref.reason
        assert "focus country" in ref.reason


def test_surname_keeps_first_mention_codes(coder, nlp):
    [ref] = in_doc(coder, nlp, STORY, "Khalil", nth=1)
    assert codes(ref) == ("SYR", "GOV")
    assert ref.name == "Omar Khalil"
    assert "coreference" in ref.reason


def test_the_minister_resolves_to_nearest_minister(coder, nlp):
    [ref] = in_doc(coder, nlp, STORY, "the minister")
    assert ref.name == "Omar Khalil" and codes(ref) == ("SYR", "GOV")


def test_the_group_resolves_to_the_last_organisation(coder, nlp):
    text = "Al-Shabaab fighters raided a base on Friday. Officials said the group lost ten men."
    [ref] = in_doc(coder, nlp, text, "the group")
    assert codes(ref) == ("SOM", "REB") and ref.name == "al-Shabaab"


# --- compounds and the pipeline entry point ----------------------------------------------------------

def test_compound_span_is_split(coder):
    parts = coder.code_span_parts("Hungarian and Romanian officials")
    assert [codes(p) for p in parts] == [("HUN", "GOV"), ("ROU", "GOV")]


def test_same_actor_coordination_is_not_split(coder):
    assert len(coder.code_span_parts("Israeli helicopters and tanks")) == 1


def test_code_replaces_compound_entries(coder, nlp):
    text = "Hungarian and Romanian officials met Serbian diplomats in Belgrade."
    doc = nlp(text)
    a, r = "Hungarian and Romanian officials", "Serbian diplomats"
    event = Event(id="e", article_id="a", event="CONSULT",
                  actor=[ActorRef(a, 0, len(a))],
                  recipient=[ActorRef(r, text.index(r), text.index(r) + len(r))])
    coder.code([event], doc, Article(id="a", text=text))
    assert [codes(x) for x in event.actor] == [("HUN", "GOV"), ("ROU", "GOV")]
    assert [x.text for x in event.actor] == ["Hungarian", "Romanian officials"]
    assert event.actor[1].start == text.index("Romanian")
    assert codes(event.recipient[0]) == ("SRB", "GOV")


def test_bare_adjective_span_takes_head_noun(coder, nlp):
    text = "Senior Bulgarian officials rejected the plan."
    [ref] = in_doc(coder, nlp, text, "Bulgarian")
    assert codes(ref) == ("BGR", "GOV")


def test_unknown_actor_is_kept_with_reason(coder):
    ref = coder.code_span("the Zorblat collective")
    assert codes(ref) == (None, None)
    assert ref.reason.startswith("uncoded: no dictionary entry for 'the Zorblat collective'")


# --- user dictionaries ---------------------------------------------------------------------------------

def test_user_file_adds_and_overrides(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organisations:\n"
        "  - id: rtf\n    name: River Tribes Front\n    country: COD\n    sector: REB\n"
        "    names:\n      - {name: River Alliance, from: 2001-01-01, to: 2009-12-31}\n"
        "      - {name: River Tribes Front, aliases: [RTF], from: 2010-01-01}\n"
        "demonyms:\n  Zorblatian: NPL\n"
        "agents:\n  soldiers: COP\n"
        "people:\n  - {name: Ana Rojas, country: CHL, sector: GOV, aliases: [Rojas]}\n", encoding="utf-8")
    coder = ActorCoder(TruceConfig(actor_files=[extra]))
    ref = coder.code_span("River Alliance", date="2005-01-01")
    assert codes(ref) == ("COD", "REB") and ref.name == "River Tribes Front"
    assert codes(coder.code_span("RTF")) == ("COD", "REB")
    assert codes(coder.code_span("Zorblatian soldiers")) == ("NPL", "COP")
    assert codes(coder.code_span("Rojas")) == ("CHL", "GOV")
    assert ActorCoder().code_span("Zorblatian soldiers").country is None  # shipped coder unchanged


def test_anti_and_pro_prefixes_are_stances_not_countries(coder):
    ref = coder.code_span("an anti-Iraq columnist")
    assert ref.country is None and ref.sector == "JRN"
    assert "stance" in ref.reason


def test_ethnicity_is_not_counted_for_the_focus_country(coder, nlp):
    text = "Ethnic Serbs blocked roads in northern Croatia on Sunday."
    [ref] = in_doc(coder, nlp, text, "Ethnic Serbs")
    assert codes(ref) == ("HRV", "CVL")


def test_named_part_does_not_lend_its_sector(coder):
    parts = coder.code_span_parts("Israel and Hamas")
    assert [codes(p) for p in parts] == [("ISR", None), ("PSE", "REB")]


def test_place_name_inside_a_person_name_is_not_a_place(coder, nlp):
    text = "Opposition lawmaker Jordan Peterson Mwale criticised the budget in Lusaka on Tuesday."
    doc = nlp(text)
    if not any(e.label_ == "PERSON" and "Jordan" in e.text for e in doc.ents):
        pytest.skip("the parser did not tag the name as PERSON")
    span = "Opposition lawmaker Jordan Peterson Mwale"
    ref = coder.code_span(span, doc, 0, len(span))
    assert ref.country != "JOR" and ref.sector == "OPP"


# --- names in running text (end-to-end mechanisms) -------------------------------------------------


def test_acronym_introduced_in_parentheses_resolves_to_the_name(coder, nlp):
    text = ("The Kenyan Coastal Rebel Front (KCRF) rejected the offer. "
            "KCRF spokesman Otieno Baraka said talks were over.")
    ref = in_doc(coder, nlp, text, "KCRF spokesman Otieno Baraka")[0]
    assert (ref.country, ref.sector) == ("KEN", "REB")  # the group's sector, not the spokesman's GOV
    assert "acronym 'KCRF'" in ref.reason


def test_capitalised_agent_word_inside_a_name_is_not_the_sector(coder):
    ref = coder.code_span("Peruvian National Salvation Front")
    assert ref.country == "PER" and ref.sector != "CVL"
    assert coder.code_span("a Peruvian national").sector == "CVL"


def test_lone_town_name_counts_for_the_focus_country(coder, nlp):
    text = ("Mombasa was quiet on Monday. Gunmen attacked a bus near Mombasa, and police said "
            "Mombasa hospitals were full. Government forces arrived later.")
    ref = in_doc(coder, nlp, text, "Government forces")[0]
    assert ref.country == "KEN"


def test_armed_members_of_a_named_group_act_for_the_group(tmp_path):
    extra = tmp_path / "groups.yaml"
    extra.write_text("organisations:\n  - {id: dlf, name: Dune Liberation Front, country: NER, sector: REB, "
                     "aliases: [DLF]}\n", encoding="utf-8")
    coder = ActorCoder(TruceConfig(actor_files=[extra]))
    ref = coder.code_span("gunmen from the Dune Liberation Front")
    assert (ref.country, ref.sector, ref.name) == ("NER", "REB", "Dune Liberation Front")
    ref = coder.code_span("fighters of the DLF")
    assert ref.name == "Dune Liberation Front"
    leader = coder.code_span("a spokesman for the DLF")  # not an armed member: the group only qualifies him
    assert leader.name is None


def test_kind_rank_comes_from_the_coders_settings():
    """[actors.kind_rank] decides which kinds a name with several entries keeps ("Singapore": country and capital)."""
    from truce.actors.span import find
    from truce.settings import load_settings

    kinds = lambda c: [v.kind for m in find(c.lexicon, tokenize("Singapore")) for v in m.values]  # noqa: E731
    assert kinds(ActorCoder()) == ["country"]
    capital_first = load_settings(overrides={"actors": {"kind_rank": {"capital": 0}}})
    assert kinds(ActorCoder(TruceConfig(settings=capital_first))) == ["capital"]
    assert kinds(ActorCoder()) == ["country"]  # the shared trie keeps the defaults for other coders
