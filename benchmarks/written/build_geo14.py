"""Build the geo14 articles (issue 12, places left at country level: towns whose better-known namesakes lie
abroad, small towns the index may lack, "near X" / "outside X" / "N km <direction> of Y" / "in the X area" / "on
the road between X and Y", capitals' datelines against the body's town, a district or state named in another
sentence): ``articles_geo14_dev.jsonl`` and ``articles_geo14_blind.jsonl`` under benchmarks/data/written/ (our
writer's article format, read by ``truce.evaluate.geo.evaluate_article_event_locations``).

Source: ``source/geo14_articles.blindsrc.py`` (holds blind items: never open it to tune). The split is 50/50
by the hash of the id (``check_written.FILE_BLIND_SHARE["articles_geo14"]``), fixed before truce was run on
the material. The rows are built by build_geo7's ``build`` (imported, not copied).

    python benchmarks/written/build_geo14.py     # writes both files, prints counts only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_geo7 import build  # noqa: E402
from build_geo12 import geo12_domain  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build("geo14", geo12_domain))
