"""`attrib summarize`: the corpus summary of claims already written by `attrib run --format jsonl`."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from attrib.cli.common import guarded, output
from attrib.errors import InputError


class SummaryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def summarize(
    path: Annotated[str, typer.Argument(
        help="Claims from `attrib run --format jsonl` (a file, or - for stdin).")],
    format: Annotated[SummaryFormat, typer.Option(
        "--format", "-f", help="Output format.")] = SummaryFormat.table,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically).")] = None,
    top: Annotated[int, typer.Option(min=1, help="Sources listed.")] = 20,
) -> None:
    """Claims per outlet, per source kind, share unattributed and top sources, across documents."""
    with guarded():
        from attrib.batch.runner import RunOptions, write_summary
        from attrib.outputs.summary import summarize_jsonl

        if path == "-":
            summary = summarize_jsonl(sys.stdin, "<stdin>")
        else:
            try:
                with open(path, encoding="utf-8") as handle:
                    summary = summarize_jsonl(handle, path)
            except OSError as exc:
                raise InputError(f"{path}: cannot read ({exc.strerror})") from None
            except UnicodeDecodeError:
                raise InputError(f"{path}: not UTF-8 text") from None
        with output(out) as handle:
            write_summary(summary, handle, RunOptions(format=format.value, top=top))
