"""Perpetrator coreference and weapons in the actor coder: references resolve to the group named earlier
(an excluded group's "the group's fighters" is never coded as the party beside it), "we" in a quote is
the speaker's side, and a weapon is never an actor."""

from __future__ import annotations

import pytest

from truce.actors import ActorCoder
from truce.actors.coref import reference_kind, weapon_head
from truce.actors.match import tokenize
from truce.config import TruceConfig

# Invented groups, as a user's dictionary (--actors) would list some of them: the Delta Union has an
# entry (and an id), the Red Hills Brigade has none.
ACTORS = """
organisations:
  - {id: delta-union, name: Delta Union, country: NGA, sector: REB, aliases: [DU]}
"""

ANTECEDENT = ("Gunmen attacked a market in Warri on Monday. The Red Hills Brigade, an armed group known "
              "until last year as the Hill Boys, is not part of the truce the government signed with the Delta "
              "Union. The group's fighters fled into the creeks after the attack, police said.")


@pytest.fixture(scope="module")
def coder(tmp_path_factory) -> ActorCoder:
    path = tmp_path_factory.mktemp("actors") / "actors.yaml"
    path.write_text(ACTORS, encoding="utf-8")
    return ActorCoder(TruceConfig(actor_files=[path]))


def code_in(coder: ActorCoder, nlp, text: str, span: str, nth: int = 0):
    doc = nlp(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return coder.code_span_parts(span, doc, start, start + len(span))[0]


def test_the_groups_fighters_are_the_salient_group_not_the_party_beside_it(coder, nlp):
    ref = code_in(coder, nlp, ANTECEDENT, "The group's fighters")
    assert ref.name == "Red Hills Brigade"
    assert ref.coref and "Red Hills Brigade" in ref.coref


def test_its_fighters_resolve_through_the_possessor_left_out_of_the_span(coder, nlp):
    text = ("The Red Hills Brigade claimed the bombing of a pipeline near Warri. In a statement, the group said "
            "its fighters had acted in response to army raids.")
    doc = nlp(text)
    start = text.index("fighters")
    ref = coder.code_span_parts("fighters", doc, start, start + len("fighters"))[0]
    assert ref.name == "Red Hills Brigade"


def test_the_militants_resolve_to_the_armed_group_named_earlier(coder, nlp):
    text = "The Delta Union said it had seized an oil platform. The militants took six workers hostage."
    ref = code_in(coder, nlp, text, "The militants")
    assert ref.name == "Delta Union" and ref.actor_id == "delta-union"
    assert (ref.country, ref.sector) == ("NGA", "REB")


def test_the_group_never_points_back_to_the_army(coder, nlp):
    text = "The army said the Red Hills Brigade had attacked its base. The group denied it."
    ref = code_in(coder, nlp, text, "The group")
    assert ref.name == "Red Hills Brigade"


def test_first_person_in_a_quote_is_the_speakers_side(coder, nlp):
    text = ('The army blamed the Delta Union for the attack. "Our fighters have not fired a single shot," '
            "a Delta Union spokesman said.")
    ref = code_in(coder, nlp, text, "Our fighters")
    assert ref.name == "Delta Union" and ref.sector == "REB"
    assert ref.coref and "spokesman" in ref.coref


def test_gunmen_from_a_group_named_after_the_span(coder, nlp):
    text = "Gunmen from the Red Hills Brigade attacked a police station in Warri, killing three officers."
    ref = code_in(coder, nlp, text, "Gunmen")
    assert ref.name == "Red Hills Brigade"


def test_bare_gunmen_are_unidentified_armed_men(coder):
    ref = coder.code_span("unidentified gunmen")
    assert ref.sector == "UAF" and ref.name is None
    assert coder.code_span("gunmen").sector == "UAF"


@pytest.mark.parametrize("span", ["a roadside bomb", "mortar rounds", "the drone", "Rockets", "an air strike",
                                  "a car bomb", "grenade"])
def test_weapons_are_never_actors(coder, span):
    ref = coder.code_span(span)
    assert (ref.country, ref.sector, ref.name) == (None, None, None)
    assert "weapon" in (ref.reason or "")


def test_a_weapons_owner_is_coded(coder):
    ref = coder.code_span("Russian warplanes")
    assert (ref.country, ref.sector) == ("RUS", "MIL")
    assert coder.code_span("army drones").sector == "MIL"


def test_dictionary_entries_give_actor_ids(coder):
    assert coder.code_span("Delta Union fighters").actor_id == "delta-union"


@pytest.mark.parametrize(("span", "kind"), [
    ("the group", "group"), ("the group's fighters", "group"), ("its fighters", "members"),
    ("their men", "members"), ("the militants", "members"), ("we", "first-person"), ("our forces", "first-person"),
    ("the men", None), ("a group of farmers", None), ("US troops", None), ("fighters", None),
])
def test_reference_kinds(span, kind):
    ref = reference_kind(tokenize(span))
    assert (ref.kind if ref else None) == kind


def test_weapon_head_finds_owner_split():
    assert weapon_head(tokenize("army drones")) == (1, "MIL")
    assert weapon_head(tokenize("a roadside bomb"))[0] == 1
    assert weapon_head(tokenize("government forces")) is None
