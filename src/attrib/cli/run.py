"""`attrib run PATH...`: every claim of every document, as a table, CSV, JSON, JSON Lines or HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from attrib.cli.common import Format, JobsOption, examples, fail, guarded, positive_number
from attrib.cli.documents import DEFAULT_READING, Reading, chosen_output, reads_documents, write_records

EXAMPLES = examples(
    "attrib run story.txt                          # the claims table and who vouches for what",
    "attrib run story.txt -o claims.csv            # the format follows the extension",
    "attrib run articles/ --format jsonl           # a folder, walked like ripgrep",
    "attrib run crawl.jsonl --keep-field url -o claims.jsonl",
    "attrib run crawl.jsonl --summary --by publisher --format csv",
)


@reads_documents
def run(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...",
        help="Text files, saved web pages (.html), folders of them, JSON Lines corpora (.jsonl: one "
             "document per line), glob patterns ('crawl/*.jsonl'), or - for stdin.")],
    format: Annotated[Format | None, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="table, csv, json, jsonl or html. Default: from the extension of -o (.csv, .json, .jsonl, "
             ".html, a folder for html), else table.")] = None,
    out: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write to FILE (atomically; through a symlink; never over an input). With html, a folder "
             "(not *.html) gets index.html and one page per document.")] = None,
    reading: Reading = DEFAULT_READING,
    csv_formula_safe: Annotated[bool, typer.Option(
        "--csv-formula-safe/--no-csv-formula-safe",
        help="Prefix ' to CSV cells starting with = + - @ (OWASP CSV injection).")] = True,
    hidden: Annotated[bool, typer.Option(
        "--hidden", help="In folders, read hidden files and folders too (names starting with a dot).")] = False,
    no_ignore: Annotated[bool, typer.Option(
        "--no-ignore", help="In folders, read what .gitignore and .ignore files exclude too.")] = False,
    jobs: JobsOption = None,
    summary: Annotated[bool, typer.Option(
        "--summary", help="A corpus summary (claims per outlet, per source kind, share unattributed, "
                          "top sources) instead of one record per sentence: table, csv, json or jsonl.")] = False,
    top: Annotated[int, typer.Option(
        "--top", metavar="N", parser=positive_number, help="Sources listed in the --summary.")] = 20,
    by: Annotated[str | None, typer.Option(
        "--by", metavar="FIELD",
        help="With --summary: the counts for each value of FIELD too (publisher, date by month, doc for one "
             "row per document, or any kept field), crossed with source kind and outlet.")] = None,
    keep_field: Annotated[list[str] | None, typer.Option(
        "--keep-field", metavar="NAME",
        help="JSON Lines input: carry this document field into every record, after url, date and section "
             "(repeatable).")] = None,
) -> None:
    """Find every claim and who vouches for it; one record per sentence."""
    with guarded():
        chosen, path = chosen_output(format.value if format else None, out, summary)
        if by is not None and not summary:
            raise fail("--by groups the --summary: add --summary")
        options = reading.run_options(format=chosen, csv_formula_safe=csv_formula_safe, jobs=jobs or 0,
                                      summary=summary, top=top, output_path=path, hidden=hidden,
                                      no_ignore=no_ignore, keep_fields=list(keep_field or []), by=by)
        if chosen == "html" and out is not None and _wants_folder(out):
            options.html_folder, options.output_path = Path(out), None
        write_records(paths, options)


def _wants_folder(out: str) -> bool:
    from attrib.outputs.html_site import wants_folder  # the HTML writers only for HTML output

    return wants_folder(out)
