"""Build the third domain set of issue 10 (helper rel14): ``articles_domain14_dev.jsonl`` and
``articles_domain14_blind.jsonl`` under benchmarks/data/written/ (the relevance set's format, scored by
``truce.evaluate.written.score_articles``).

Non-political full articles (headline and 3-5 paragraphs; wire with datelines, live blogs, listicles,
reviews, recaps, content-farm rewrites) of sport (football, cricket, boxing, rugby league, ice hockey, motor
racing, tennis, esports, golf, darts, NFL, chess, cycling, MMA, racing, athletics, basketball, scripted
wrestling, rowing), markets ("hammered", "raid on the rand", "bloodbath", "massacred"), business (price wars,
dawn raids, a cost-cutting blitz, airbag explosions), tech (criminal ransomware and botnets, a chip war,
reviews), entertainment and culture (a war epic that bombed at the box office, a siege film, a TV recap's
massacre, a diss track), weather (storm, heatwave, blizzard with the National Guard, tornado, hail),
disasters (earthquake, wildfire, mine collapse, floods with soldiers evacuating, volcano), accidents
(stampede, gas blast, derailment, a soldier's training death, fireworks, a capsized boat), science and
health (lasers fired, orcas ambushing sharks, a drug that attacks cancer cells, a dog attack), crime without
a political actor (smash-and-grab, a gang feud shooting, a cash-machine blast, a ransom kidnap, arson in a
racket, a prison riot, poachers, road rage); and 26 political controls that look non-political (a
stadium attacked by militants, a team captain detained by security forces, a stadium shelled, fans and riot
police, an athlete killed in an air strike, a federation boss arrested over vote-rigging, footballers
abducted, a central bank under sanctions, a drone attack on a pipeline, a junta seizing a mine, state
hackers, a film director arrested, a dockers' strike, troops firing on flood victims' protest, a relief
convoy attacked, emergency rule after a cyclone, vaccinators shot, a landmine, scientists arrested at a
protest, a police raid on a drug gang, an election riot, a candidate killed by a cartel, gangs attacking a
town, a police arrest in a stabbing story, a journalist killed, bandits abducting villagers). Gold:
`political` and the main event types, written before truce was run on it. Sources:
``source/domain14_{a,b,c,d}.blindsrc.py`` (hold blind items: never open them to tune). Split 50/50 by the
hash of the id (``check_written.FILE_BLIND_SHARE["articles_domain14"]``, registered before the set was
written), fixed before truce was run on it. The loader and writer are build_domain12's.

    python benchmarks/written/build_domain14.py     # writes both files, prints counts only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_domain12 import main  # noqa: E402

PARTS = ("a", "b", "c", "d")

if __name__ == "__main__":
    raise SystemExit(main("domain14", PARTS))
