"""`attrib sources PATH...`: every source across a corpus, counted once per party under its fullest name:
its kind, claims, documents, how often quoted directly, and the outlets that carry it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from attrib.cli.common import (
    DecodeErrors,
    DecodeErrorsOption,
    EncodingOption,
    IdFieldOption,
    InputFormat,
    InputFormatOption,
    JobsOption,
    RulesOption,
    TextFieldOption,
    examples,
    guarded,
    output,
    whole_number,
)

EXAMPLES = examples(
    "attrib sources articles/                      # who gets quoted, most first",
    "attrib sources crawl.jsonl -o sources.csv     # the format follows the extension",
    "attrib sources crawl.jsonl --top 50 --format json",
)


class SourcesFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


def sources(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="What `attrib run` reads: text files, saved web pages, folders, JSON Lines "
                                "corpora, glob patterns, or - for stdin.")],
    format: Annotated[SourcesFormat | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="table, csv, json or jsonl. Default: from the extension of -o, else table.")] = None,
    out: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write to FILE (atomically; never over an input).")] = None,
    top: Annotated[int, typer.Option(
        "--top", metavar="N", parser=whole_number, help="Only the N most quoted sources (0: all).")] = 0,
    rules: RulesOption = None,
    encoding: EncodingOption = "utf-8",
    errors: DecodeErrorsOption = DecodeErrors.STRICT,
    text_field: TextFieldOption = None,
    id_field: IdFieldOption = "id",
    input_format: InputFormatOption = InputFormat.auto,
    jobs: JobsOption = None,
) -> None:
    """Every source across a corpus: name, kind, claims, documents, direct quotes, outlets carrying it."""
    with guarded():
        from attrib.batch.problems import StreamedProblems
        from attrib.batch.runner import RunOptions, run_documents
        from attrib.cli.common import warn
        from attrib.outputs.destination import output_format
        from attrib.outputs.progress import wanted as progress_wanted

        chosen = output_format(format.value if format else None, out, summary=True)
        path = Path(out) if out else None
        options = RunOptions(format=chosen, rules=[str(r) for r in rules or []], encoding=encoding,
                             errors=errors.value, text_field=text_field or "text",
                             text_field_given=text_field is not None, id_field=id_field or None,
                             input_format=input_format.value, jobs=jobs or 0, summary=True, sources=True,
                             top=top, progress=progress_wanted(), output_path=path)
        problems = StreamedProblems(warn)
        try:
            with output(path) as handle:
                run_documents(paths, handle, options, problems)
        finally:
            problems.close()
