"""The `run` job: documents in, claims out, streamed one document at a time (no corpus in memory).

Documents come from attrib.corpus (files, folders, globs, JSON Lines, stdin), are analysed on
`jobs` processes by attrib.parallel in input order, and each document's claims are written as soon
as they are ready (or counted into a corpus summary with `summary`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .corpus import CorpusOptions, corpus_documents, is_corpus, plan_corpus, total_size
from .errors import InputError
from .export import CsvWriter, JsonLinesWriter, JsonWriter, Writer, render_csv, render_jsonl
from .inputs import Decoding, Problem
from .model import Claim
from .parallel import Render, analyze_documents, render_documents
from .progress import progress
from .ruleset import load_rules
from .summary import CorpusSummary, print_summary_table, write_summary_csv, write_summary_json


@dataclass(slots=True)
class RunOptions:
    format: str = "table"
    rules: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    errors: str = "strict"
    csv_formula_safe: bool = True
    #: format "html" with several documents: the folder for index.html and one page per document
    html_folder: Path | None = None
    text_field: str = "text"
    id_field: str | None = "id"
    input_format: str = "auto"  # auto (JSON Lines by .jsonl/.ndjson suffix) | text | jsonl
    jobs: int = 1
    summary: bool = False  # a corpus summary instead of one record per sentence
    top: int = 20  # sources listed in the summary
    progress: bool = False  # a progress bar on stderr

    def corpus(self) -> CorpusOptions:
        return CorpusOptions(text_field=self.text_field, id_field=self.id_field,
                             input_format=self.input_format, decoding=Decoding(self.encoding, self.errors))


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


def renderer_for(options: RunOptions) -> Render | None:
    """Formats whose records a worker can render on its own (JSON needs commas between documents)."""
    if options.format == "jsonl":
        return render_jsonl
    if options.format == "csv":
        return functools.partial(render_csv, formula_safe=options.csv_formula_safe)
    return None


def run_documents(paths: Sequence[str], out: IO[str], options: RunOptions) -> list[Problem]:
    """Analyse every document and write its claims as soon as it is done; return skipped documents."""
    corpus = options.corpus()
    sources = plan_corpus(paths, corpus)  # fails early on a missing path, before any rule is loaded
    ruleset = load_rules(options.rules)
    problems: list[Problem] = []
    if options.summary:
        writer: Writer | None = None
        summary: CorpusSummary | None = CorpusSummary()
    else:
        writer, summary = writer_for(options, out), None
    table: list[Claim] = []
    if writer:
        writer.begin()
    docs = corpus_documents(sources, corpus, problems, ruleset.lexicons)
    show = options.progress and is_corpus(sources)
    render = renderer_for(options) if writer else None
    with progress(total_size(sources) if show else None, show) as bar:
        if render is not None:
            for doc, text in render_documents(docs, render, options.rules, options.jobs, ruleset):
                bar.advance(doc.size)
                out.write(text)
                out.flush()
        else:
            for doc, claims in analyze_documents(docs, options.rules, options.jobs, ruleset):
                bar.advance(doc.size)
                if summary is not None:
                    summary.add_document(claims)
                elif writer:
                    writer.write_document(doc.document(), claims)
                    out.flush()
                else:
                    table.extend(claims)
    if bar.count == 0 and problems:
        raise InputError(f"no document could be read; {problems[0].message}"
                         + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    if summary is not None:
        write_summary(summary, out, options)
    elif writer:
        writer.end()
    else:
        from .report import print_report

        print_report(table, out, width=None if out.isatty() else 100)
    return problems


def write_summary(summary: CorpusSummary, out: IO[str], options: RunOptions) -> None:
    if options.format == "csv":
        write_summary_csv(summary, out, options.top)
    elif options.format in ("json", "jsonl"):
        write_summary_json(summary, out, options.top)
    else:
        print_summary_table(summary, out, options.top, width=None if out.isatty() else 100)
