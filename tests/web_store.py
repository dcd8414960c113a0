"""A sample store with one hostile article, shared by the workbench tests (built once per session)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from truce.runner import ingest
from truce.sample import sample_dir

TRUCE_FILE = Path(__file__).resolve().parents[1] / "src" / "truce" / "data" / "truces" / "libya-2026.yaml"

# Every way article text could try to become markup or script: tags, event handlers, javascript: URLs,
# a closing </script> inside text that pages might embed, a line separator.
HOSTILE = {
    "title": '<script>window.__pwned=1</script>Shelling in Sirte <img src=x onerror="window.__pwned=2">',
    "url": "javascript:window.__pwned=3",
    "source": '<b onmouseover="window.__pwned=4">Evil Wire</b>',
    "published": "2026-03-05T10:00:00+02:00",
    "text": ("SIRTE, March 5 (Evil Wire) - Rebel fighters shelled the port of Sirte on Wednesday, killing three "
             "civilians, local officials said.</script><script>window.__pwned=5</script> The attack "
             '<a href="javascript:window.__pwned=6">was condemned</a> by the government \u2028 which accused '
             'the rebels of breaking the truce. <svg onload="window.__pwned=7"></svg> Residents said the '
             "shelling lasted two hours."),
}

_built: dict[str, Path] = {}


def build_store(tmp_root: Path) -> Path:
    """The sample corpus plus ``HOSTILE``, ingested once; callers copy it before writing."""
    if "db" not in _built:
        tmp_root.mkdir(parents=True, exist_ok=True)
        hostile = tmp_root / "hostile.jsonl"
        hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
        db = tmp_root / "sample.duckdb"
        ingest([sample_dir(), hostile], db)
        _built["db"] = db
    return _built["db"]


def fresh_copy(src: Path, dest_dir: Path, name: str = "store.duckdb") -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / name
    shutil.copy(src, dest)
    return dest
