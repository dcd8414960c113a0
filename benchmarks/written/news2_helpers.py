"""Record makers for the second written sentence set (``sentences_news2_*``; issue 10, helper events4).

``P`` is a political sentence, ``N`` one with no political event. The CAMEO root follows the first set's
conventions (benchmarks/data/written/README.md): the type's root from ``events/cameo.yaml`` with ASSAULT
``destroy`` and ``crowd-control`` 17; a REQUEST passes its root (02 appeal, 10 demand); a main event that is
not asserted has no root (quad 0) unless the sentence is a denial (01); a political statement with no PLOVER
type is ``event None``, root 01.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from check_written import quad_of_root  # noqa: E402  (the one definition of the five-way class)

ROOTS = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
         "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
         "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "19"}
ASSAULT_ROOTS = {"abduct": "18", "beat": "18", "torture": "18", "sexual": "18", "targeted": "18", "primitive": "18",
                 "explosives": "18", "suicide-attack": "18", "destroy": "17", "crowd-control": "17",
                 "unconventional": "20"}



def P(text, domain, event, mode, actor, recipient, tags="", root=None, asserted=True):  # noqa: N802
    tags_l = tags.split()
    if event is None:
        return {"text": text, "domain": domain, "political": False, "event": None, "mode": None,
                "quad": quad_of_root(root), "cameo_root": root, "asserted": None, "actor": None,
                "recipient": None, "tags": tags_l}
    if root is None and asserted:
        root = ASSAULT_ROOTS.get(mode, "19") if event == "ASSAULT" else ROOTS[event]
        if event == "ACCUSE" and mode == "investigate":
            root = "09"
    return {"text": text, "domain": domain, "political": True, "event": event, "mode": mode,
            "quad": quad_of_root(root), "cameo_root": root, "asserted": asserted, "actor": actor,
            "recipient": recipient, "tags": tags_l}


def N(text, domain, tags=""):  # noqa: N802
    return {"text": text, "domain": domain, "political": False, "event": None, "mode": None, "quad": 0,
            "cameo_root": None, "asserted": None, "actor": None, "recipient": None, "tags": tags.split()}
