"""Provenance: which coder made an article's events, so a store never silently mixes codings.

A coder is the truce version, the spaCy model (name and version), a hash of every knowledge file
it read (the shipped lexicons and dictionaries, ``truce.knowledge.knowledge_hash``, plus the user's
``--actors``/``--triggers`` files) and the digest of its settings. ``Pipeline.coder`` is recorded
with every article (``articles.coder_*`` columns); an article whose coder differs from the current
one is *stale*: ``truce stats`` counts them, ``truce ingest --recode`` codes them again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from truce.config import TruceConfig
from truce.records import Coder


def knowledge_digest(config: TruceConfig) -> str:
    """The shipped knowledge hash combined with the user's own lexicon and dictionary files."""
    from truce.knowledge import knowledge_hash

    digest = hashlib.sha256(knowledge_hash().encode())
    for path in [*config.actor_files, *config.trigger_files]:
        digest.update(b"\x1f" + Path(path).name.encode() + b"\x1f")
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]


def coder_of(config: TruceConfig, nlp=None) -> Coder:
    """The coder a pipeline with this config is (``nlp``: the loaded model, for a model given by path)."""
    from truce import __version__

    meta = getattr(nlp, "meta", None) or {}  # the package's version first: known without loading the model
    version = str(_package_version(config.model) or meta.get("version") or "unknown")
    return Coder(truce_version=__version__, model=config.model, model_version=version,
                 knowledge=knowledge_digest(config), settings=config.settings.digest())


def _package_version(name: str) -> str | None:
    """The installed version of a model package, without loading the model."""
    from importlib.metadata import PackageNotFoundError, version

    for candidate in (name, name.replace("_", "-")):
        try:
            return version(candidate)
        except PackageNotFoundError:
            continue
    return None
