"""Short conflict reports told with crime words (issue 10, helper short10): 'police said', 'suspects' and
'gunmen' make a two-sentence text a crime story, yet gunmen or bandits who kill, shoot or abduct a rural
community's people in the plural attack that community as they would its village, and a criminal's seizure
of such a target is no ordinary crime. Ordinary crime with the same words stays demoted. All text is our
own, fictional."""

from __future__ import annotations

import pytest

MATERIAL = ("ASSAULT", "COERCE")


def counted(text: str, pipe) -> list[tuple[str, str]]:
    return [(e.event, e.event_text) for e in pipe.code_text(text).events
            if e.counted and e.event in MATERIAL and e.mode != "arrest"]


POLITICAL = {
    "bandits kidnap villagers": "Bandits kidnapped 25 villagers in Zamfari state overnight. Police said the "
                                "suspects were armed with rifles.",
    "bandits kill villagers": "Bandits killed 15 villagers in Zamfari state overnight. Police said the suspects "
                              "escaped into the forest.",
    "gunmen shoot farmers": "Gunmen shot dead seven farmers in the restive Plateau state. Police said the "
                            "suspects fled.",
    "suspects seize farmers": "Suspects seized three farmers in the restive Anglophone region. Police said the "
                              "gunmen took them into the bush.",
    "gunmen kill soldiers": "Gunmen killed two soldiers at a checkpoint outside Garmala on Monday. Police said "
                            "the attackers fled into the forest.",
}

CRIME = {
    "gang killing": "A gang shot dead a rival dealer in Naples. Police said the killing was part of a drugs war.",
    "school shooter": "A shooter killed two students at a high school in Texas. Police said the suspect was a "
                      "former pupil.",
    "kidnap for ransom": "Kidnappers seized a businessman in Monterrey. Police said the suspects demanded a ransom.",
    "one farmer in a land row": "A gunman shot a farmer in a row over land near Eldoret. Police said the suspect "
                                "was a neighbour.",
}


@pytest.mark.parametrize("name", sorted(POLITICAL))
def test_political_violence_in_crime_words_keeps_its_event(pipe, name):
    assert counted(POLITICAL[name], pipe), name


@pytest.mark.parametrize("name", sorted(CRIME))
def test_ordinary_crime_in_the_same_words_stays_demoted(pipe, name):
    assert not counted(CRIME[name], pipe), (name, counted(CRIME[name], pipe))
