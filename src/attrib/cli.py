"""The `attrib` command: a thin layer over the library (attrib.analyze, attrib.load_rules).

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
    paths: Annotated[list[str], typer.Argument(
        help="Text files, saved web pages (.html), folders of them, JSON Lines corpora (.jsonl: one "
             "document per line), glob patterns ('crawl/*.jsonl'), or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically). With "
                                             "--format html, a folder (not *.html) gets index.html and "
                                             "one page per document.")] = None,
    rules: RulesOption = None,
    encoding: Annotated[str, typer.Option(help="Text encoding of the input.")] = "utf-8",
    errors: Annotated[DecodeErrors, typer.Option(help="What to do with undecodable bytes.")] = DecodeErrors.strict,
    csv_formula_safe: Annotated[bool, typer.Option(
        "--csv-formula-safe/--no-csv-formula-safe",
        help="Prefix ' to CSV cells starting with = + - @ (OWASP CSV injection).")] = True,
    text_field: Annotated[str, typer.Option(help="JSON Lines input: the field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(
        help="JSON Lines input: the field holding the document id (else FILE:LINE).")] = "id",
    input_format: Annotated[InputFormat, typer.Option(
        help="auto: JSON Lines for .jsonl/.ndjson files, text otherwise; jsonl also reads stdin as "
             "JSON Lines.")] = InputFormat.auto,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1,
        help="Worker processes for a corpus (default: the number of cores). Output order and "
             "content do not depend on it.")] = None,
    summary: Annotated[bool, typer.Option(
        "--summary", help="Print a corpus summary (claims per outlet, per source kind, share "
                          "unattributed, top sources) instead of one record per sentence; "
                          "--format csv for a CSV table.")] = False,
    top: Annotated[int, typer.Option(min=1, help="Sources listed in the --summary.")] = 20,
) -> None:
    """Find every claim and who vouches for it; one record per sentence."""
    with guarded():
        from .parallel import default_jobs
        from .progress import wanted as progress_wanted
        from .runner import RunOptions, run_documents

        options = RunOptions(format=format.value, rules=[str(r) for r in rules or []],
                             encoding=encoding, errors=errors.value, csv_formula_safe=csv_formula_safe,
                             text_field=text_field, id_field=id_field or None,
                             input_format=input_format.value, jobs=jobs or default_jobs(),
                             summary=summary, top=top, progress=progress_wanted())
        if format is Format.html:
            from .html_site import wants_folder

            if wants_folder(out):
                options.html_folder, out = out, None
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
