"""A stage plugin for the fault-isolation tests: it raises on any article that contains MARKER.

Registered by importing this module (``TruceConfig(plugins=["exploding_stage"])``), so worker
processes register it too.
"""

from truce.pipeline import stage

MARKER = "Kaboomistan"


@stage("explode-on-marker", "extractor", requires=("events",), assigns=())
def explode(extractor, ctx) -> None:
    if MARKER in ctx.text:
        raise ZeroDivisionError("a bug in a stage")


DEADLY = "Crashistan"


@stage("die-on-marker", "extractor", requires=("events",), assigns=())
def die(extractor, ctx) -> None:
    """Ends the worker process itself, as a segfault or the out-of-memory killer would."""
    if DEADLY in ctx.text:
        import os

        os._exit(3)


SLOW = "Slowvania"


@stage("sleep-on-marker", "extractor", requires=("events",), assigns=())
def sleep(extractor, ctx) -> None:
    """Holds its worker a while, so that a sibling worker's death finds this article's chunk unfinished."""
    if SLOW in ctx.text:
        import time

        time.sleep(2)
