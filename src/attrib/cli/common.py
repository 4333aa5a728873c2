"""What every command shares: one-line errors and exit codes, output to stdout or a file, options.

Exit codes: 0 success; 1 findings or failures where a command defines them (rules test/validate);
2 usage or input error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer

from attrib.errors import AttribError, Stopped
from attrib.outputs.terminal import printable


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


class DecodeErrors(StrEnum):
    # a str enum, so that click 8.0/8.1 take the default for one of the choices; upper-case names,
    # so that a member named "replace" does not shadow str.replace
    STRICT = "strict"
    REPLACE = "replace"


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    sys.stderr.write(f"attrib: error: {printable(message)}\n")
    return typer.Exit(code)


def warn(message: str) -> None:
    sys.stderr.write(f"attrib: warning: {printable(message)}\n")


def examples(*lines: str) -> str:
    """A command's help epilog: example command lines, kept as written (click's \\b marker)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def whole_number(value: str) -> int:
    """Parse a count option: a whole number 0 or more, in words a user can act on."""
    try:
        number = int(value)
    except ValueError:
        raise typer.BadParameter(f"expected a whole number, got {value!r}") from None
    if number < 0:
        raise typer.BadParameter(f"expected 0 or more, got {number}")
    return number


def positive_number(value: str) -> int:
    number = whole_number(value)
    if number < 1:
        raise typer.BadParameter(f"expected 1 or more, got {number}")
    return number


def stop_on_signals() -> None:
    """SIGTERM, SIGHUP and Ctrl-C unwind the run (the default for the first two would end the process
    without cleaning up): temporary files go, workers stop (batch.workers.stop_on_signal)."""
    from attrib.batch.workers import stop_on_signal

    for number in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(number, stop_on_signal)


@contextmanager
def guarded() -> Iterator[None]:
    """Turn the errors a user can cause into one line and an exit code; end quietly on a closed pipe."""
    try:
        yield
    except AttribError as exc:
        raise fail(str(exc), exc.exit_code) from None
    except BrokenPipeError:
        # the reader went away (`attrib run … | head`): stop quietly, without a second error at exit
        _silence_stdout()
        raise typer.Exit(0) from None
    except OSError as exc:
        from attrib.outputs.atomic import WRITE_ERRNOS

        if exc.errno not in WRITE_ERRNOS:
            raise
        _silence_stdout()  # disk full or `ulimit -f` on standard output: one line, not a second error
        raise fail(f"<stdout>: cannot write ({exc.strerror})") from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Stopped as stop:
        if stop.signum == signal.SIGINT:
            raise typer.Exit(130) from None  # Ctrl-C: the user knows
        raise fail(f"stopped by {signal.Signals(stop.signum).name}", 128 + stop.signum) from None


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


@contextmanager
def output(path: Path | None) -> Iterator[IO[str]]:
    """stdout, or a file written atomically: a temporary file renamed into place only on success."""
    from attrib.outputs.atomic import atomic_text_file, standard_output

    if path is None:
        with standard_output() as stream:
            yield stream
        return

    with atomic_text_file(path) as handle:
        yield handle


LangOption = Annotated[
    str,
    typer.Option("--lang", metavar="LANG",
                 help="The language of the documents: de, en, es, fr (or any language pack of the rules), or "
                 "auto to guess it per document from its function words (a JSON Lines record's `lang` field "
                 "wins over the guess)."),
]

RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", metavar="PATH",
                 help="Extra rule or lexicon file/folder, layered over the shipped rules "
                 "(repeatable). A rule with a shipped id replaces it; `enabled: false` turns it off."),
]

JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", metavar="N", parser=whole_number,
                 help="Worker processes (default and 0: every core; never more than there are "
                      "documents). Output order and content do not depend on it."),
]

EncodingOption = Annotated[str, typer.Option(
    "--encoding", metavar="CODEC", help="Text encoding of the input (any Python codec name).")]
DecodeErrorsOption = Annotated[DecodeErrors, typer.Option(
    "--errors", metavar="HOW", help="Undecodable bytes: strict (stop, naming the byte) or replace (U+FFFD).")]
TextFieldOption = Annotated[str | None, typer.Option(
    "--text-field", metavar="NAME", help="JSON Lines input: the field holding the text (default: text).")]
IdFieldOption = Annotated[str, typer.Option(
    "--id-field", metavar="NAME", help="JSON Lines input: the field holding the document id (else FILE:LINE).")]
InputFormatOption = Annotated[InputFormat, typer.Option(
    "--input-format", metavar="FORMAT",
    help="auto (JSON Lines for .jsonl/.ndjson files, text otherwise; JSON Lines on stdin when --text-field "
         "is given), text or jsonl.")]
