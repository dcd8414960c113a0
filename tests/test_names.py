"""One renamed-group model for actor dictionaries and truce files, and truce files naming actor ids."""

from __future__ import annotations

from datetime import date

import pytest

from truce.actors.names import NamePeriod, NamePeriodError, name_period, period_at
from truce.monitor import judge, loads_truce
from truce.monitor.attribution import attribute_ref
from truce.records import ActorRef, Event, EventLocation


def test_to_is_the_last_day_and_until_the_first_day_after():
    assert name_period({"name": "A", "to": "2026-03-09"}) == name_period({"name": "A", "until": "2026-03-10"})
    p = name_period({"name": "Jabhat", "from": "2026-01-01", "to": "2026-03-09"})
    assert p.covers("2026-01-01") and p.covers("2026-03-09T23:59") and not p.covers(date(2026, 3, 10))


@pytest.mark.parametrize(("item", "field"), [
    ({"name": "A", "to": "2026-01-01", "until": "2026-01-02"}, "until"),
    ({"name": "A", "from": "2026-02-01", "to": "2026-01-01"}, "to"),
    ({"name": "A", "from": "soon"}, "from"),
    ({"from": "2026-01-01"}, "name"),
])
def test_bad_periods_name_their_field(item, field):
    with pytest.raises(NamePeriodError) as err:
        name_period(item)
    assert err.value.field == field


def test_period_at_picks_the_name_in_use():
    periods = [NamePeriod("Old", None, date(2026, 1, 1)), NamePeriod("New", date(2026, 1, 1))]
    assert period_at(periods, "2025-12-31").name == "Old" and period_at(periods, "2026-01-01").name == "New"


TRUCE = """
name: t
timezone: UTC
sources: [x]
start: 2026-01-01
parties:
  - {id: front, name: River Front, accepted: 2026-01-01, actors: [rtf]}
excluded:
  - id: hills
    actors: [hill-boys]
    names:
      - {name: Hill Boys, to: 2025-12-31}
      - {name: Red Hills Brigade, from: 2026-01-01}
area: {countries: [NGA]}
prohibited: [{event: ASSAULT}]
"""


def test_truce_files_take_both_bound_styles_and_actor_ids():
    chain = loads_truce(TRUCE)
    unit = chain.units[0]
    group = unit.excluded["hills"]
    assert group.name_at(date(2025, 12, 31)) == "Hill Boys" and group.name_at(date(2026, 1, 1)) == "Red Hills Brigade"
    # an actor id decides before names and codes: a dictionary entry renamed since is still that group
    coded = ActorRef("fighters", country="NGA", sector="REB", name="Something Else", actor_id="hill-boys")
    assert attribute_ref(coded, unit).kind == "excluded"
    assert attribute_ref(ActorRef("x", actor_id="rtf"), unit).party.id == "front"


def test_an_actor_id_party_is_judged():
    chain = loads_truce(TRUCE)
    e = Event(id="e", article_id="a", event="ASSAULT", actor=[ActorRef("its men", actor_id="rtf")],
              location=EventLocation(name="Warri", lat=5.5, lon=5.75, country="NGA", precision="city"),
              date="2026-02-01", date_precision="day")
    (v,) = judge([e], chain)
    assert v.verdict == "violation" and v.party == "front"


def test_a_bad_period_in_a_truce_file_is_reported_with_its_line():
    from truce.monitor import TruceFileError

    bad = TRUCE.replace("{name: Hill Boys, to: 2025-12-31}", "{name: Hill Boys, to: 2025-12-31, until: 2026-01-01}")
    with pytest.raises(TruceFileError) as err:
        loads_truce(bad)
    assert any("until" in p.field for p in err.value.problems)
