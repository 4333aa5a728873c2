"""The `run` job: documents in, claims out, streamed one document at a time (no corpus in memory)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .export import CsvWriter, JsonLinesWriter, JsonWriter, Writer
from .inputs import Decoding, Problem, documents, plan
from .model import Claim
from .pipeline import analyze
from .ruleset import load_rules


@dataclass(slots=True)
class RunOptions:
    format: str = "table"
    rules: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    errors: str = "strict"
    csv_formula_safe: bool = True
    #: format "html" with several documents: the folder for index.html and one page per document
    html_folder: Path | None = None


def writer_for(options: RunOptions, out: IO[str]) -> Writer | None:
    if options.format == "jsonl":
        return JsonLinesWriter(out)
    if options.format == "json":
        return JsonWriter(out)
    if options.format == "csv":
        return CsvWriter(out, formula_safe=options.csv_formula_safe)
    if options.format == "html":
        from .html_site import HtmlPageWriter, HtmlSiteWriter

        return HtmlSiteWriter(options.html_folder, out) if options.html_folder else HtmlPageWriter(out)
    return None  # table: needs every claim before it can lay out columns


def doc_id(name: str) -> str:
    return "-" if name == "-" else name


def run_documents(paths: Sequence[str], out: IO[str], options: RunOptions) -> list[Problem]:
    """Analyse every document and write its claims as soon as it is done; return skipped documents."""
    sources = plan(paths)  # fails early on a missing path, before any rule is loaded
    ruleset = load_rules(options.rules)
    problems: list[Problem] = []
    writer = writer_for(options, out)
    table: list[Claim] = []
    if writer:
        writer.begin()
    decoding = Decoding(options.encoding, options.errors)
    for document in documents(sources, decoding, problems, ruleset.lexicons):
        claims = analyze(document.text, ruleset, doc=doc_id(document.id), publisher=document.publisher)
        if writer:
            writer.write_document(document, claims)
            out.flush()
        else:
            table.extend(claims)
    if writer:
        writer.end()
    else:
        from .report import print_report

        print_report(table, out, width=None if out.isatty() else 100)
    return problems
