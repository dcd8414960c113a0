"""Build-once, memory-mapped copies of heavy package data, so a process starts in milliseconds.

Some packages ship their models compressed: py3langid's language-ID model is 4.5 MB of LZMA
that takes about 0.5 s of CPU to unpack in every process that judges a language, longer than
truce's own start-up. The first process unpacks it into the cache folder (``$TRUCE_CACHE_DIR``,
else ``~/.cache/truce``, the folder of the gazetteer index) as plain ``.npy`` arrays; later
processes map them (``numpy.load(mmap_mode="r")``): only the pages a text touches are read.
The cache is keyed by the package version and checked by size; anything unreadable is rebuilt,
and a read-only cache folder costs the unpacking per process, never an error.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")


def cache_dir() -> Path:
    env = os.environ.get("TRUCE_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "truce"


def langid_classifier() -> Callable[[str], tuple[str, float]] | None:
    """py3langid's ``classify`` over the memory-mapped model (None without py3langid)."""
    try:
        import numpy as np
        from py3langid import __version__ as version
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    except ImportError:  # pragma: no cover - optional dependency
        return None
    folder = cache_dir() / f"langid-{version}"
    arrays = _mapped(folder, np)
    if arrays is None:
        arrays = _unpack(Path(MODEL_DIR) / MODEL_FILE, folder, np)
    ptc, pc, classes, nextmove, row, out = arrays
    # The automaton is walked one character at a time: a stdlib array indexes several times faster
    # than a numpy one, and copying it from the mapped pages costs a few milliseconds.
    from array import array

    moves = array({2: "H", 4: "I", 8: "L"}[nextmove.dtype.itemsize])
    moves.frombytes(memoryview(np.ascontiguousarray(nextmove)).cast("B"))
    identifier = LanguageIdentifier(ptc, pc, classes, moves, out.tolist(), tk_row=row.astype(np.int64).tolist())
    return identifier.classify


def _mapped(folder: Path, np) -> tuple | None:
    try:
        got = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in ARRAYS}
        classes = (folder / "classes.txt").read_text(encoding="utf-8").split()
    except (OSError, ValueError):
        return None
    if len(classes) != got["pc"].shape[0]:
        return None
    return got["ptc"], got["pc"], classes, got["nextmove"], got["nextmove_row"], got["out_feat"]


def _unpack(model: Path, folder: Path, np) -> tuple:
    """Unpack the LZMA'd npz once; write the arrays to the cache (atomically), return them."""
    import io
    import lzma

    with lzma.open(model) as fh, np.load(io.BytesIO(fh.read()), allow_pickle=False) as data:
        arrays = {name: np.asarray(data[name]) for name in ARRAYS}
        classes = [str(c) for c in data["classes"].tolist()]
    with contextlib.suppress(OSError):
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=folder.name, dir=folder.parent))
        for name, array in arrays.items():
            np.save(tmp / f"{name}.npy", array)
        (tmp / "classes.txt").write_text("\n".join(classes), encoding="utf-8")
        try:
            os.replace(tmp, folder)  # atomic: a racing process sees no folder or a whole one
        except OSError:
            for f in tmp.iterdir():
                f.unlink()
            tmp.rmdir()
    a = arrays
    return a["ptc"], a["pc"], classes, a["nextmove"], a["nextmove_row"], a["out_feat"]
