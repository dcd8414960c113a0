"""The root click group, options shared by every command, and the one place errors become exit codes.

A user's mistake (a ``truce.errors.TruceError``: bad option value, malformed data or
truce file, unusable store, missing model, nothing readable) is printed as one line,
``truce: error: ...``, and the command exits with the error's code; so is an OS error
on a path the user named (cannot write ``-o``, cannot read a file). Anything else is a
bug in truce and keeps its traceback, so it can be reported. Click's own checks of a
command's options (unknown option, bad value, missing file) are reported in the same form,
with exit code 2.
"""

from __future__ import annotations

import os
import sys

import click

from truce import __version__
from truce.errors import EXIT_INPUT, EXIT_OK, EXIT_QUALITY, EXIT_USAGE, TruceError

__all__ = ["EXIT_CLOSED_PIPE", "EXIT_INPUT", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_QUALITY", "EXIT_USAGE", "cli", "fail"]

EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it; a store is left consistent (one batch lost at most)
EXIT_CLOSED_PIPE = 141  # the output's reader went away (`truce export | head`), as shells report SIGPIPE


def fail(message: str, exit_code: int) -> None:
    """Print one error line on stderr and exit with ``exit_code``."""
    click.echo(f"truce: error: {message}", err=True)
    raise SystemExit(exit_code)


def _os_error_line(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def _quiet_closed_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush at exit raises nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _store_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the store's "cannot be used" error (locked, not DuckDB, not a truce store).

    Looked up without importing the store: a command that never opened one cannot have raised it,
    and importing DuckDB here would slow every command's start.
    """
    store = sys.modules.get("truce.store")
    return store is not None and isinstance(exc, store.StoreError)


class TruceGroup(click.Group):
    """Runs a command and turns every ``TruceError`` (and OS errors on users' paths) into one line."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TruceError as exc:
            fail(str(exc), exc.exit_code)
        except BrokenPipeError:
            _quiet_closed_stdout()
            raise SystemExit(EXIT_CLOSED_PIPE) from None
        except OSError as exc:
            if exc.filename is None:  # an OS error on no path of the user's: click's own handling
                raise
            fail(_os_error_line(exc), EXIT_USAGE)
        except KeyboardInterrupt:
            fail("interrupted", EXIT_INTERRUPTED)
        except click.exceptions.NoArgsIsHelpError:
            raise  # the command's help, as asked
        except click.ClickException as exc:  # click's own checks of options and values: the same one line
            command = ctx.invoked_subcommand
            hint = f" (truce {command} --help lists the options)" if command else ""
            fail(exc.format_message() + hint, EXIT_USAGE)
        except Exception as exc:
            if not _store_error(exc):
                raise
            fail(str(exc).splitlines()[0], EXIT_USAGE)


@click.group(cls=TruceGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="truce")
def cli() -> None:
    """truce: news articles -> PLOVER event data, judged against ceasefires."""
