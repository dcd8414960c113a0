"""The root click group, options shared by every command, and the one place errors become exit codes.

A user's mistake (a ``truce.errors.TruceError``: bad option value, malformed data or
truce file, unusable store, missing model, nothing readable) is printed as one line,
``truce: error: ...``, and the command exits with the error's code; so is an OS error
on a path the user named (cannot write ``-o``, cannot read a file). Anything else is a
bug in truce and keeps its traceback, so it can be reported. Click reports its own
usage errors (unknown option, bad value) the same way, with exit code 2.
"""

from __future__ import annotations

import click

from truce import __version__
from truce.errors import EXIT_INPUT, EXIT_OK, EXIT_QUALITY, EXIT_USAGE, TruceError

__all__ = ["EXIT_INPUT", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_QUALITY", "EXIT_USAGE", "cli", "fail"]

EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it; a store is left consistent (one batch lost at most)


def fail(message: str, exit_code: int) -> None:
    """Print one error line on stderr and exit with ``exit_code``."""
    click.echo(f"truce: error: {message}", err=True)
    raise SystemExit(exit_code)


def _os_error_line(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


class TruceGroup(click.Group):
    """Runs a command and turns every ``TruceError`` (and OS errors on users' paths) into one line."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TruceError as exc:
            fail(str(exc), exc.exit_code)
        except OSError as exc:
            if exc.filename is None:  # a closed pipe and the like: click's own handling
                raise
            fail(_os_error_line(exc), EXIT_USAGE)
        except KeyboardInterrupt:
            fail("interrupted", EXIT_INTERRUPTED)


@click.group(cls=TruceGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="truce")
def cli() -> None:
    """truce: news articles -> PLOVER event data, judged against ceasefires."""
