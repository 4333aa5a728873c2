"""`attrib summarize`: the corpus summary of claims already written by `attrib run --format jsonl`."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from attrib.cli.common import examples, guarded, output, positive_number
from attrib.errors import InputError

EXAMPLES = examples(
    "attrib summarize claims.jsonl",
    "attrib summarize claims.jsonl --format csv --top 50 -o summary.csv",
    "attrib summarize claims.jsonl --by date -o per-month.csv",
)


class SummaryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


def summarize(
    path: Annotated[str, typer.Argument(
        metavar="FILE", help="Claims from `attrib run --format jsonl` (a file, or - for stdin).")],
    format: Annotated[SummaryFormat | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="table, csv, json or jsonl. Default: from the extension of -o, else table.")] = None,
    out: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write to FILE (atomically).")] = None,
    top: Annotated[int, typer.Option("--top", metavar="N", parser=positive_number, help="Sources listed.")] = 20,
    by: Annotated[str | None, typer.Option(
        "--by", metavar="FIELD", help="The counts for each value of FIELD too (publisher, date by month, doc, "
                                      "or a field kept in the records).")] = None,
) -> None:
    """Claims per outlet, per source kind, share unattributed and top sources, across documents."""
    with guarded():
        from attrib.batch.runner import RunOptions, write_summary
        from attrib.outputs.destination import output_format
        from attrib.outputs.summary import summarize_jsonl

        chosen = output_format(format.value if format else None, out, summary=True)
        if path == "-":
            summary = summarize_jsonl(sys.stdin, "<stdin>", by)
        else:
            try:
                with open(path, encoding="utf-8") as handle:
                    summary = summarize_jsonl(handle, path, by)
            except OSError as exc:
                raise InputError(f"{path}: cannot read ({exc.strerror})") from None
            except UnicodeDecodeError:
                raise InputError(f"{path}: not UTF-8 text") from None
        with output(Path(out) if out else None) as handle:
            write_summary(summary, handle, RunOptions(format=chosen, top=top))
