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
# A file a dying worker creates just before it exits (when the variable names one): the sleeping stage
# below waits for it, so a sibling's death always finds the slow article's chunk unfinished.
DEATH_FILE = "TRUCE_TEST_DEATH_FILE"


@stage("die-on-marker", "extractor", requires=("events",), assigns=())
def die(extractor, ctx) -> None:
    """Ends the worker process itself, as a segfault or the out-of-memory killer would."""
    if DEADLY in ctx.text:
        import os

        if os.environ.get(DEATH_FILE):
            open(os.environ[DEATH_FILE], "a").close()
        os._exit(3)


SLOW = "Slowvania"


@stage("sleep-on-marker", "extractor", requires=("events",), assigns=())
def sleep(extractor, ctx) -> None:
    """Holds its worker, so that a sibling worker's death finds this article's chunk unfinished: with
    ``DEATH_FILE`` set, until a worker has died and then on (the broken pool ends this worker), and not
    at all once one has (the article coded again after the death); without it, two seconds."""
    if SLOW not in ctx.text:
        return
    import os
    import time

    mark = os.environ.get(DEATH_FILE)
    if not mark:
        time.sleep(2)
        return
    if os.path.exists(mark):
        return  # coded again after the death: no hold
    deadline = time.monotonic() + 120  # never hangs a test run for good
    while not os.path.exists(mark) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(min(30.0, max(0.0, deadline - time.monotonic())))  # a sibling died: stay unfinished
