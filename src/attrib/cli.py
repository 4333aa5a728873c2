"""The `attrib` command: a thin layer over the library (attrib.analyze, attrib.load_rules).

Exit codes: 0 success; 1 findings or failures where a command defines them (rules test/validate);
2 usage or input error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import IO, Annotated

import typer

from .errors import AttribError

app = typer.Typer(
    name="attrib",
    help="Who says so, and which outlet vouches for it? Claim-by-claim attribution for news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _group() -> None:
    """Who says so, and which outlet vouches for it? Claim-by-claim attribution for news text."""


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class Errors(str, Enum):
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
    from .atomic import atomic_text_file

    with atomic_text_file(path) as handle:
        yield handle


RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", help="Extra rule or lexicon file/folder, layered over the shipped rules "
                 "(repeatable). A rule with a shipped id replaces it; `enabled: false` turns it off."),
]


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Text files, folders of .txt files, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically).")] = None,
    rules: RulesOption = None,
    encoding: Annotated[str, typer.Option(help="Text encoding of the input.")] = "utf-8",
    errors: Annotated[Errors, typer.Option(help="What to do with undecodable bytes.")] = Errors.strict,
    csv_formula_safe: Annotated[bool, typer.Option(
        "--csv-formula-safe/--no-csv-formula-safe",
        help="Prefix ' to CSV cells starting with = + - @ (OWASP CSV injection).")] = True,
) -> None:
    """Find every claim and who vouches for it; one record per sentence."""
    with guarded():
        from .runner import RunOptions, run_documents

        options = RunOptions(format=format.value, rules=[str(r) for r in rules or []],
                             encoding=encoding, errors=errors.value, csv_formula_safe=csv_formula_safe)
        with output(out) as handle:
            problems = run_documents(paths, handle, options)
        for problem in problems:
            warn(problem.message)


def main() -> None:
    """Console-script entry point."""
    from . import cli_commands  # noqa: F401  (registers the other command groups)

    app()


if __name__ == "__main__":  # pragma: no cover
    main()
