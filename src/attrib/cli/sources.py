"""`attrib sources PATH...`: every source across a corpus, counted once per party under its fullest name:
its kind, claims, documents, how often quoted directly, and the outlets that carry it."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from attrib.cli.common import JobsOption, examples, guarded, whole_number
from attrib.cli.documents import DEFAULT_READING, Reading, chosen_output, reads_documents, write_records

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


@reads_documents
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
    reading: Reading = DEFAULT_READING,
    jobs: JobsOption = None,
) -> None:
    """Every source across a corpus: name, kind, claims, documents, direct quotes, outlets carrying it."""
    with guarded():
        chosen, path = chosen_output(format.value if format else None, out, summary=True)
        write_records(paths, reading.run_options(format=chosen, jobs=jobs or 0, summary=True, sources=True,
                                                 top=top, output_path=path))
