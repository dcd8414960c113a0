"""Two reports of one attack whose recipients differ only between the police and the army (a reporter's
"officers" coded as soldiers): with a casualty figure alike they are one happening (``[dedup]
security_sectors``); without one, the role contradiction keeps them apart. Our own text."""

from __future__ import annotations

from test_dedup_clusters import KISMAYO, _clusters, _loc, _report, _write
from truce.records import ActorRef, Casualty, EventLocation

POLICE = ActorRef("police officers", country="SOM", sector="COP")
SOLDIERS = ActorRef("officers", country="SOM", sector="MIL")


# the province around Kismayo: a report placed only there is not at the town's spot, so roles are checked
LOWER_JUBA = EventLocation(name="Lower Juba", lat=-0.2, lon=42.3, country="SOM", precision="admin1", admin1="Lower Juba")


def _wounding(text: str, source: str, recipient: ActorRef, wounded: int, loc: EventLocation | None = None):
    coded = _report(text, source, "2026-03-02T15:00:00Z", loc=loc or _loc("Kismayo", KISMAYO),
                    recipient=(recipient,), mode="drone")
    coded.events[0].casualties = [Casualty("injured", wounded, None, str(wounded), 0, 1, None)]
    return coded


def test_police_and_soldiers_with_one_figure_are_one_happening(tmp_path) -> None:
    a = _wounding("A drone wounded three police officers at the station in Kismayo on Monday.", "a.example",
                  POLICE, 3)
    b = _wounding("A drone dropped explosives on a station in Lower Juba on Monday, wounding three officers.",
                  "b.example", SOLDIERS, 3, LOWER_JUBA)
    with _write(tmp_path, [[a], [b]]) as s:
        assert {a.article.id, b.article.id} in _clusters(s)


def test_police_and_soldiers_with_different_figures_stay_apart(tmp_path) -> None:
    a = _wounding("A drone wounded three police officers at the station in Kismayo on Monday.", "a.example",
                  POLICE, 3)
    b = _wounding("A drone dropped explosives on a station in Lower Juba on Monday, wounding four officers.",
                  "b.example", SOLDIERS, 4, LOWER_JUBA)
    with _write(tmp_path, [[a], [b]]) as s:
        assert {a.article.id, b.article.id} not in _clusters(s)
