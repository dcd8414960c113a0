# ruff: noqa: C408
"""Hand-labelled PLOVER events for 14 original articles (keyed by article id).

Only events the text reports as having happened are labelled; negated, future,
hypothetical, denied-and-unconfirmed items go to labels["not_happened"].
"""


def A(text, country="LBY", sector=None):
    return {"text": text, "country": country, "sector": sector}


def L(name, country="LBY"):
    return {"name": name, "country": country, "lat": None, "lon": None}


def E(event, mode, actor, recipient, location, date, evidence, context=None):
    return {
        "event": event,
        "mode": mode,
        "context": context or [],
        "actor": actor,
        "recipient": recipient,
        "location": location,
        "event_date": date,
        "evidence": evidence,
    }


GOV = A("Government of National Unity", "LBY", "GOV")
TRIPGOV = A("Tripoli government", "LBY", "GOV")
ARMY = A("army", "LBY", "MIL")
LNF = A("Libyan National Front", "LBY", "REB")
OBS = A("Libyan Observatory for Human Rights", "NGO", None)  # PLOVER: NGO is a country-level code
UN = A("Marta Lindqvist", "UNO", None)
UNSMIL = A("UN Support Mission in Libya", "UNO", None)
CIV = A("civilians", "LBY", "CVL")
JFS = A("Jabhat Fajr al-Sahil", "LBY", "REB")  # PLOVER has no insurgent sector; REB
SLC = A("Sahil Liberation Committee", "LBY", "REB")

GOLD = {
    "a01": dict(
        events=[
            E("ASSAULT", "heavy-weapons", [A("fighters of the Libyan National Front", "LBY", "REB")], [CIV],
              L("Misrata"), "2026-02-17", "Artillery shells struck", ["military"]),
            E("ASSAULT", "heavy-weapons", [ARMY], [LNF], L("Misrata"), "2026-02-17",
              "responded to the sources of fire", ["military"]),
            E("MOBILIZE", None, [ARMY], [], L("Sirte"), None, "sent reinforcements", ["military"]),
            E("ACCUSE", None, [A("Nasser Obeidi", "LBY", "REB")], [A("government", "LBY", "GOV")], None,
              "2026-02-18", "accused the government", ["military"]),
            E("REQUEST", None, [UN], [ARMY, LNF], None, "2026-02-18", "called on both sides", ["military"]),
        ],
        labels={"contested_counts": "state media: 4 killed; Observatory: 7 killed"},
    ),
    "a04": dict(
        events=[
            E("ASSAULT", "firearms", [JFS], [A("army outpost", "LBY", "MIL")], L("Ubari"), "2026-02-20",
              "attacked an army outpost", ["military", "terrorism"]),
            E("ASSAULT", "firearms", [A("government forces", "LBY", "MIL")], [JFS], L("Ubari"), "2026-02-20",
              "repelled the attack", ["military", "terrorism"]),
            E("MOBILIZE", None, [ARMY], [], L("Ubari"), None, "deployed additional troops", ["military"]),
        ],
        labels={
            "not_happened": ["Jabhat Fajr al-Sahil included in a future ceasefire (future, excluded)"],
            "excluded_actor": "Jabhat Fajr al-Sahil (formerly Ansar al-Sahil)",
        },
    ),
    "a05": dict(
        events=[
            E("PROTEST", "demonstrate", [A("Hundreds of people", "LBY", "CVL")], [A("government", "LBY", "GOV")],
              L("Tripoli"), "2026-02-22", "marched", ["political"]),
            E("COERCE", "arrest", [A("Police", "LBY", "COP")],
              [A("a reporter and a cameraman", "LBY", "JRN")], L("Tripoli"), "2026-02-22",
              "Police arrested", ["human_rights"]),
            E("COERCE", "seize", [A("Police", "LBY", "COP")], [A("a reporter and a cameraman", "LBY", "JRN")],
              L("Tripoli"), "2026-02-22", "equipment was seized", ["human_rights"]),
            E("ACCUSE", None, [OBS], [A("Police", "LBY", "COP")], None, None, "condemned the arrests",
              ["human_rights"]),
            E("REQUEST", None, [OBS], [A("Interior Ministry", "LBY", "GOV")], None, None,
              "called for the immediate release", ["human_rights"]),
        ],
        labels={"not_happened": ["release of the two journalists (future: 'would be released soon')"]},
    ),
    "a06": dict(
        events=[
            E("CONSULT", "third-party", [A("Government of National Unity", "LBY", "GOV")], [LNF],
              L("Geneva", "CHE"), "2026-02-23", "met in Geneva", ["diplomatic"]),
            E("CONSULT", "multilateral", [A("Hisham Fawzi", "EGY", "GOV"), A("Giulia Ferraro", "ITA", "GOV")],
              [A("government delegation", "LBY", "GOV")], L("Geneva", "CHE"), "2026-02-23",
              "both met the government delegation", ["diplomatic"]),
        ],
        labels={"not_happened": [
            "draft text circulated (future: 'would be circulated later in the week')",
            "ceasefire taking effect early next month (hypothetical: 'If the talks succeed')",
            "LNF statement on arrival (negated)",
        ]},
    ),
    "a07": dict(
        events=[
            E("ASSAULT", "drone", [], [A("members of one of its allied units", "LBY", "REB")], L("Bani Walid"),
              "2026-02-23", "drone strike hit", ["military"]),
            E("ACCUSE", None, [LNF], [ARMY], None, None, "accused the army", ["military"]),
            E("REJECT", None, [ARMY], [LNF], None, None, "denied any involvement", ["military"]),
            E("REQUEST", None, [A("Bani Walid council officials", "LBY", "GOV")], [ARMY, LNF], L("Bani Walid"),
              None, "called on both sides", ["military"]),
        ],
        labels={"not_happened": ["army drone operation in Bani Walid (denied: 'did not conduct')"],
                "contested": "perpetrator disputed; LNF blames army, army denies"},
    ),
    "a10": dict(
        events=[
            E("AGREE", None, [A("Omar Zintani", "LBY", "GOV")], [LNF], L("Geneva", "CHE"), "2026-02-27",
              "signed", ["ceasefire"]),
            E("CONSULT", "third-party", [LNF], [A("Government of National Unity", "LBY", "GOV")],
              L("Geneva", "CHE"), None, "took part in the negotiations", ["diplomatic"]),
        ],
        labels={"not_happened": [
            "LNF signing on Friday (negated: 'did not sign')",
            "LNF answer before the truce (future)",
            "ceasefire in force (future at publication: from 2026-03-01 00:00 Africa/Tripoli)",
        ]},
    ),
    "a12": dict(
        events=[
            E("ASSAULT", "heavy-weapons", [A("fighters of the Libyan National Front", "LBY", "REB")],
              [A("farm workers", "LBY", "CVL")], L("Zliten"), "2026-02-28", "fired at least ten mortar rounds",
              ["military"]),
            E("ASSAULT", "firearms", [A("gunmen", "LBY", None)], [A("army checkpoint", "LBY", "MIL")],
              L("Khoms"), "2026-03-01", "opened fire on an army checkpoint", ["military"]),
            E("ACCUSE", None, [A("Col. Faraj Amari", "LBY", "MIL")], [LNF], None, "2026-03-01",
              "He blamed the LNF", ["military", "ceasefire"]),
            E("REJECT", None, [LNF], [ARMY], None, "2026-03-01", "denied any role", ["military"]),
            E("AGREE", None, [LNF], [A("Government of National Unity", "LBY", "GOV")], None, "2026-03-01",
              "formally accepted the ceasefire", ["ceasefire"]),
        ],
        labels={
            "event_times": [
                {"event_index": 0, "time": "23:40", "tz": "Africa/Tripoli", "relation_to_truce": "before"},
                {"event_index": 1, "time": "03:15", "tz": "Africa/Tripoli", "relation_to_truce": "after"},
            ],
            "not_happened": ["UNSMIL raising incidents with the parties (future)",
                             "LNF fire since midnight (negated claim: 'have not fired')"],
        },
    ),
    "a14": dict(
        events=[
            E("ASSAULT", "heavy-weapons", [], [CIV], L("Sirte"), "2026-03-01", "Shells hit", ["military"]),
            E("ACCUSE", None, [A("State television", "LBY", "GOV")], [LNF], None, None,
              "LNF artillery shelled the district", ["military", "ceasefire"]),
            E("ACCUSE", None, [OBS], [A("government artillery", "LBY", "MIL")], None, None,
              "blamed government artillery", ["military", "human_rights"]),
            E("REJECT", None, [ARMY], [OBS], None, None, "The army denied shelling", ["military"]),
            E("REJECT", None, [A("Nasser Obeidi", "LBY", "REB")], [A("State television", "LBY", "GOV")], None,
              None, "rejected the accusation", ["military"]),
            E("REQUEST", None, [A("Nasser Obeidi", "LBY", "REB")], [], None, None,
              "called for an international investigation", ["human_rights"]),
            E("REQUEST", None, [UN], [ARMY, LNF], None, None, "She urged both sides", ["ceasefire"]),
        ],
        labels={
            "contested": "state TV: 6 killed by LNF artillery; Observatory: 2 killed by government artillery",
            "not_happened": ["UN team sent to Sirte (future)",
                             "army artillery fire since the ceasefire (denied)"],
        },
    ),
    "a16": dict(
        events=[
            E("ASSAULT", "firearms", [JFS], [A("army outpost", "LBY", "MIL")], L("Sabha"), "2026-03-02",
              "attacked an army outpost", ["military", "terrorism"]),
            E("ASSAULT", "firearms", [A("Government forces", "LBY", "MIL")], [JFS], L("Sabha"), "2026-03-02",
              "returned fire", ["military", "terrorism"]),
            E("ASSAULT", "aerial", [A("Government forces", "LBY", "MIL")], [JFS], L("Sabha"), None,
              "carried out air strikes", ["military", "terrorism"]),
            E("ACCUSE", None, [LNF], [JFS], None, None, "condemned the attack", ["terrorism"]),
        ],
        labels={"not_happened": ["breach of the ceasefire (UN: 'did not amount to a breach')",
                                 "LNF presence in the Sabha area (negated)"],
                "excluded_actor": "Jabhat Fajr al-Sahil"},
    ),
    "a18": dict(
        events=[
            E("AGREE", None, [A("Zawiya Brigades", "LBY", "REB")], [A("Government of National Unity", "LBY", "GOV")],
              L("Zawiya"), "2026-03-04", "had accepted the nationwide ceasefire", ["ceasefire"]),
            E("SUPPORT", None, [A("Government of National Unity", "LBY", "GOV")], [A("Zawiya Brigades", "LBY", "REB")],
              None, "2026-03-04", "welcomed the move", ["ceasefire"]),
            E("SUPPORT", None, [UN], [A("Zawiya Brigades", "LBY", "REB")], None, None,
              "another brick in the wall of peace", ["ceasefire"]),
        ],
        labels={"not_happened": ["Zawiya Brigades joining the joint military committee (future: 'would be invited')",
                                 "prosecution of militia members (negated guarantee)"]},
    ),
    "a20": dict(
        events=[
            E("ACCUSE", None, [LNF], [A("government forces", "LBY", "MIL")], None, "2026-03-06",
              "accused government forces", ["military", "ceasefire"]),
            E("THREATEN", None, [A("Nasser Obeidi", "LBY", "REB")], [A("government forces", "LBY", "MIL")], None,
              "2026-03-06", "We reserve the right to respond", ["military"]),
            E("REJECT", None, [ARMY], [LNF], None, "2026-03-06", "The army denied the accusation", ["military"]),
            E("REQUEST", None, [UNSMIL], [A("joint military committee", "LBY", "MIL")], None, None,
              "asked the joint military committee to investigate", ["ceasefire"]),
        ],
        labels={"not_happened": [
            "air strikes near Gharyan on Thursday (alleged by LNF, denied by army, not confirmed by the Observatory)",
        ]},
    ),
    "a24": dict(
        events=[
            E("AGREE", None, [A("Omar Zintani", "LBY", "GOV")], [A("representatives of the city’s main tribes", "LBY", "CVL")],
              L("Sabha"), "2026-03-10", "was extended", ["ceasefire"]),
        ],
        labels={
            "rename": {"from": "Jabhat Fajr al-Sahil", "to": "Sahil Liberation Committee", "date": "2026-03-10"},
            "not_happened": ["release of Sabha detainees (future: 'next week')"],
        },
    ),
    "a25": dict(
        events=[
            E("ASSAULT", "explosives", [SLC], [A("army patrol", "LBY", "MIL")], L("Sabha"), "2026-03-10",
              "A roadside bomb exploded", ["military", "terrorism"]),
            E("ASSAULT", "aerial", [ARMY], [SLC], L("Sabha"), "2026-03-11", "responded with air strikes",
              ["military", "terrorism"]),
        ],
        labels={"not_happened": ["LNF taking part in the fighting (negated)"],
                "excluded_actor": "Sahil Liberation Committee (formerly Jabhat Fajr al-Sahil, Ansar al-Sahil)"},
    ),
    "a26": dict(
        events=[
            E("ASSAULT", "drone", [], [A("a man and his son", "LBY", "CVL")], L("Bani Walid"), "2026-03-11",
              "A drone struck", ["military"]),
            E("ACCUSE", None, [LNF], [A("government", "LBY", "GOV")], None, None, "blamed the government",
              ["military", "ceasefire"]),
            E("REJECT", None, [ARMY], [LNF], None, None, "The army denied carrying out the strike", ["military"]),
            E("REQUEST", None, [A("Elders in Bani Walid", "LBY", "CVL")], [ARMY, LNF], L("Bani Walid"), None,
              "called on both sides", ["ceasefire"]),
        ],
        labels={"not_happened": ["UN investigation (future: 'would investigate')",
                                 "government drone flights over Bani Walid since the ceasefire (denied)"],
                "contested": "perpetrator disputed"},
    ),
}
