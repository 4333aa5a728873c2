"""`attrib run PATH...`: every claim of every document, as a table, CSV, JSON, JSON Lines or HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from attrib.cli.common import DecodeErrors, Format, InputFormat, RulesOption, guarded, output, warn


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
        from attrib.batch.parallel import default_jobs
        from attrib.batch.runner import RunOptions, run_documents
        from attrib.outputs.progress import wanted as progress_wanted

        options = RunOptions(format=format.value, rules=[str(r) for r in rules or []],
                             encoding=encoding, errors=errors.value, csv_formula_safe=csv_formula_safe,
                             text_field=text_field, id_field=id_field or None,
                             input_format=input_format.value, jobs=jobs or default_jobs(),
                             summary=summary, top=top, progress=progress_wanted())
        if format is Format.html:
            from attrib.outputs.html_site import wants_folder

            if wants_folder(out):
                options.html_folder, out = out, None
        with output(out) as handle:
            problems = run_documents(paths, handle, options)
        for problem in problems:
            warn(problem.message)
