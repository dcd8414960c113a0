"""Issue 10, helper gsr13: PLOVER conventions for whole families - destruction of buildings (ASSAULT destroy),
bans on parties and associations (COERCE restrict), things offered in a rite (no AGREE), blockades by
protesters (PROTEST obstruct), prison terms (SANCTION convict), builders' demolitions (no political act), and
light verbs over a count of acts ('carried out a string of attacks'). All text is our own, fictional; each
family has a counter-example that keeps its old reading."""

from __future__ import annotations

import pytest

from truce.events.classes import main_event


@pytest.fixture(scope="module")
def pipe():
    from truce.pipeline import Pipeline

    return Pipeline()


def main(pipe, text: str):
    return main_event([e for e in pipe.code_text(text).events if e.counted])


@pytest.mark.parametrize("text,event,mode", [
    # razing, demolishing and bulldozing homes is property destroyed (ASSAULT destroy)
    ("Soldiers razed the hamlet of Tobi and burned its granaries.", "ASSAULT", "destroy"),
    ("Government troops demolished forty houses near the Kadugli camp.", "ASSAULT", "destroy"),
    # suspending, dissolving or disbanding parties and unions is a ban on political activity
    ("The military council suspended all political parties on Friday.", "COERCE", "restrict"),
    ("The ministry disbanded the teachers' union after the strike.", "COERCE", "restrict"),
    # ... while suspending aid or talks is still a cut in cooperation
    ("The donor group suspended budget aid to the ministry.", "SANCTION", "discontinue"),
    # condolences offered are sympathy; an offer to act is still a promise
    ("The governor offered condolences to the families of the dead.", "SUPPORT", None),
    ("The rebels offered to release the hostages.", "AGREE", None),
    # a blockade by protesters or workers is a protest; one by the navy is coercion
    ("The blockade of the refinery by striking workers entered its fifth day.", "PROTEST", "obstruct"),
    ("Demonstrators blocked the main road into the capital.", "PROTEST", "obstruct"),
    # a prison term or a court jailing someone is a sentence; police jailing protesters an arrest
    ("A court jailed the blogger for two years.", "SANCTION", "convict"),
    ("The journalist was jailed for five years for insulting the king.", "SANCTION", "convict"),
    ("Police jailed twenty protesters overnight.", "COERCE", "arrest"),
    # a light verb over a count of acts governs the act
    ("The rebels carried out a string of attacks on army posts.", "ASSAULT", None),
    # arms supplied to another party are military aid; a firm's goods are no event (below)
    ("Egypt supplied drones and trained pilots to the Sudanese army.", "AID", None),
    # recruiting people of any kind into an armed group; taking control by any verb of gaining
    ("The rebel movement recruited hundreds of young men in the district.", "MOBILIZE", "troops"),
    ("Insurgents assumed control over several villages near the border.", "COERCE", "seize"),
    # opening borders to refugees admits them (AID); reopening a crossing restores access
    ("Chad opened its border with Sudan to thousands of refugees.", "AID", None),
    ("Pakistan reopened its main border crossing with Afghanistan after a two-week closure.", "RETREAT", "access"),
    # an irregular past tense the tagger leaves unlemmatised ('forgave', CAMEO 056 forgive: SUPPORT)
    ("The president forgave the rebels who had fought against him.", "SUPPORT", None),
    # walking off the job is a labour strike
    ("Dockworkers walked off the job on Thursday, halting exports.", "PROTEST", "strike"),
    # the end point of an intended act is intended too: the vow is the event
    ("The separatists have sworn to fight until they gain control of the valley.", "THREATEN", None),
])
def test_family(pipe, text, event, mode):
    m = main(pipe, text)
    if event is None:
        assert m is None or m.event != "COERCE" or m.mode != "destroy", (m.event, m.mode)
        return
    assert m is not None, text
    assert (m.event, m.mode if mode is not None else None) == (event, mode), (m.event, m.mode, m.event_text)


@pytest.mark.parametrize("text", [
    "Mourners offered prayers for the dead soldiers at the cathedral.",
    "Prayers were offered at the mosque for the flood victims.",
    "The developer demolished the old warehouse to build flats.",
    "Engineers blew up the disused chimney on Sunday morning.",
    "The company supplied laptops to schools in the region.",
    "The club recruited three new coaches.",
    "A gunman opened fire at a nightclub in the city centre.",
])
def test_no_political_event(pipe, text):
    assert main(pipe, text) is None, [(e.event, e.mode) for e in pipe.code_text(text).events if e.counted]


def test_builder_demolition_reason_is_explained(pipe):
    evs = pipe.code_text("Engineers blew up the disused chimney on Sunday morning.").events
    assert evs and all(not e.counted for e in evs)
    assert any("builders or engineers" in (e.demoted_reason or "") or
               any("builders or engineers" in n for n in e.explanation) for e in evs)
