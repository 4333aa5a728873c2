"""What every command shares: one-line errors and exit codes, output to stdout or a file, options.

Exit codes: 0 success; 1 findings or failures where a command defines them (rules test/validate);
2 usage or input error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum, StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer

from attrib.errors import AttribError


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


class DecodeErrors(Enum):  # not a StrEnum: a member named "replace" would shadow str.replace
    strict = "strict"
    replace = "replace"


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    sys.stderr.write(f"attrib: error: {message}\n")
    return typer.Exit(code)


def warn(message: str) -> None:
    sys.stderr.write(f"attrib: warning: {message}\n")


@contextmanager
def guarded() -> Iterator[None]:
    """Turn the errors a user can cause into one line and an exit code; end quietly on a closed pipe."""
    try:
        yield
    except AttribError as exc:
        raise fail(str(exc), exc.exit_code) from None
    except BrokenPipeError:
        # the reader went away (`attrib run … | head`): stop quietly, without a second error at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


@contextmanager
def output(path: Path | None) -> Iterator[IO[str]]:
    """stdout, or a file written atomically: a temporary file renamed into place only on success."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    from attrib.outputs.atomic import atomic_text_file

    with atomic_text_file(path) as handle:
        yield handle


RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", help="Extra rule or lexicon file/folder, layered over the shipped rules "
                 "(repeatable). A rule with a shipped id replaces it; `enabled: false` turns it off."),
]


