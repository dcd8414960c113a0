"""Fixtures shared by every test module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
# ../shared from a checkout; TRUCE_SHARED points elsewhere (a worktree whose parent has no shared/).
SHARED = Path(os.environ.get("TRUCE_SHARED") or REPO.parent / "shared")


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once for the whole test session."""
    from truce.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipe():
    """The default pipeline, built once: coding a text leaves no state behind, so tests can share it."""
    from truce.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extractor():
    """The event extractor with the shipped lexicons, built once."""
    from truce.config import TruceConfig
    from truce.events import EventExtractor

    return EventExtractor(TruceConfig())


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """../shared/eval when present (CI has it); tests that need it skip cleanly otherwise."""
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is not present")
    return path


@pytest.fixture()
def cli_run():
    """Run the truce CLI in-process as a user would, returning click's Result."""
    import truce.cli  # noqa: F401  (registers the commands)
    from truce.cli.app import cli

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def gazetteer_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh cache dir for the gazetteer index, built once per test session."""
    return tmp_path_factory.mktemp("truce-cache")


@pytest.fixture(scope="session")
def gaz(gazetteer_cache: Path):
    """The gazetteer index built from the installed packages into the session's cache dir."""
    from truce.geo.gazetteer import load_gazetteer

    return load_gazetteer(gazetteer_cache)


@pytest.fixture(scope="session")
def geo(gaz):
    """A geoparser over the session's gazetteer."""
    from truce.geo import Geoparser

    return Geoparser(gazetteer=gaz)
