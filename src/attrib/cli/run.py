"""`attrib run PATH...`: every claim of every document, as a table, CSV, JSON, JSON Lines or HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from attrib.cli.common import (
    DecodeErrors,
    DecodeErrorsOption,
    EncodingOption,
    Format,
    IdFieldOption,
    InputFormat,
    InputFormatOption,
    JobsOption,
    RulesOption,
    TextFieldOption,
    examples,
    fail,
    guarded,
    output,
    positive_number,
    warn,
)

EXAMPLES = examples(
    "attrib run story.txt                          # the claims table and who vouches for what",
    "attrib run story.txt -o claims.csv            # the format follows the extension",
    "attrib run articles/ --format jsonl           # a folder, walked like ripgrep",
    "attrib run crawl.jsonl --keep-field url -o claims.jsonl",
    "attrib run crawl.jsonl --summary --by publisher --format csv",
)


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
    rules: RulesOption = None,
    encoding: EncodingOption = "utf-8",
    errors: DecodeErrorsOption = DecodeErrors.STRICT,
    csv_formula_safe: Annotated[bool, typer.Option(
        "--csv-formula-safe/--no-csv-formula-safe",
        help="Prefix ' to CSV cells starting with = + - @ (OWASP CSV injection).")] = True,
    text_field: TextFieldOption = None,
    id_field: IdFieldOption = "id",
    input_format: InputFormatOption = InputFormat.auto,
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
        from attrib.batch.problems import StreamedProblems
        from attrib.batch.runner import RunOptions, run_documents
        from attrib.outputs.destination import output_format
        from attrib.outputs.html_site import wants_folder
        from attrib.outputs.progress import wanted as progress_wanted

        chosen = output_format(format.value if format else None, out, summary)
        path = Path(out) if out else None
        options = RunOptions(format=chosen, rules=[str(r) for r in rules or []],
                             encoding=encoding, errors=errors.value, csv_formula_safe=csv_formula_safe,
                             text_field=text_field or "text", text_field_given=text_field is not None,
                             id_field=id_field or None,
                             input_format=input_format.value, jobs=jobs or 0, summary=summary, top=top,
                             progress=progress_wanted(), output_path=path, hidden=hidden, no_ignore=no_ignore,
                             keep_fields=list(keep_field or []), by=by)
        if by is not None and not summary:
            raise fail("--by groups the --summary: add --summary")
        if chosen == "html" and out is not None and wants_folder(out):
            options.html_folder, options.output_path, path = Path(out), None, None
        problems = StreamedProblems(warn)  # warnings as they happen, the first few in full
        try:
            with output(path) as handle:
                run_documents(paths, handle, options, problems)
        finally:
            problems.close()

