"""Build the second domain set of issue 10 (helper rel13): ``articles_domain13_dev.jsonl`` and
``articles_domain13_blind.jsonl`` under benchmarks/data/written/ (the relevance set's format, scored by
``truce.evaluate.written.score_articles``).

Non-political full articles (headline and 4-6 paragraphs; wire, live blog, listicle, review, content farm,
local news, scraped furniture) of sport, markets, business, tech, entertainment, culture, weather,
disasters, accidents, crime without a political actor, health, science and recipes, all full of
violent-sounding words; and political controls that must keep their events: real violence at or near a
stadium, in a markets, business, tech or film story, a sport story that reports shelling of a player's
town, police arrests in crime stories (political by the set's convention: a state authority acts,
benchmarks/data/written/README.md), strikes, protests and verbal attacks told in sport words. Sources:
``source/domain13_{a,b,c,d}.blindsrc.py`` (hold blind items: never open them to tune). Split 50/50 by
the hash of the id (``check_written.FILE_BLIND_SHARE["articles_domain13"]``, registered before the set
was written), fixed before truce was run on it. The loader and writer are build_domain12's.

    python benchmarks/written/build_domain13.py     # writes both files, prints counts only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_domain12 import main  # noqa: E402

PARTS = ("a", "b", "c", "d")

if __name__ == "__main__":
    raise SystemExit(main("domain13", PARTS))
