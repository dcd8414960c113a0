"""Named errors for mistakes a user can make, each with the exit code the CLI gives it.

The library raises these; the CLI turns any of them into one line on stderr and
``exit_code`` (no traceback). Anything else escaping a command is a bug in truce.
"""

from __future__ import annotations

# Exit codes scripts can rely on (documented in the README).
EXIT_OK = 0  # skipped items are reported, not failures
EXIT_USAGE = 2  # bad option, bad data/config/truce file, unusable store or model
EXIT_INPUT = 3  # nothing readable in the input
EXIT_QUALITY = 4  # an evaluation fell below a required floor


class TruceError(Exception):
    """Base of every error caused by the user's input, files or environment."""

    exit_code = EXIT_USAGE


class DataFileError(TruceError, ValueError):
    """A lexicon, dictionary, settings or truce file is malformed.

    The message names the file, and the line and field when known, so a user can fix
    their own extension file without reading truce's code.
    """

    def __init__(self, path: object, message: str, line: int | None = None, field: str | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.detail = message
        where = self.path if line is None else f"{self.path}:{line}"
        what = f"{field}: {message}" if field else message
        super().__init__(f"{where}: {what}")


class SettingsError(DataFileError):
    """A settings file names an unknown section or key, or gives a value of the wrong type."""


class UsageError(TruceError):
    """An option or argument the user gave cannot be used (the message names it and its value)."""


class NothingReadable(TruceError):
    """No article could be read from the inputs (every item skipped, or none given)."""

    exit_code = EXIT_INPUT
