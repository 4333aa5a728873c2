"""Errors a user can act on: each one prints as a single line, with file:line:column when known."""

from __future__ import annotations


class AttribError(Exception):
    """A problem with the user's input or rules. The CLI prints it on one line and exits with 2."""

    exit_code = 2


class RuleError(AttribError):
    """A problem in a rule or lexicon file, located as file:line:column."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        self.path, self.line, self.column, self.message = path, line, column, message
        super().__init__(f"{path}:{line}:{column}: {message}")


class InputError(AttribError):
    """A document that cannot be read: missing, binary, not UTF-8, empty folder..."""


class MissingExtra(AttribError):
    """An optional dependency is not installed; the message names the extra that provides it."""

    def __init__(self, what: str, extra: str) -> None:
        super().__init__(f"{what} needs the optional '{extra}' extra: pip install 'attrib[{extra}]' "
                         f"(in a checkout of attrib: pip install -e '.[{extra}]')")


class Stopped(BaseException):
    """SIGTERM, SIGHUP or Ctrl-C: unwinds the run, so temporary files go and workers are stopped."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
