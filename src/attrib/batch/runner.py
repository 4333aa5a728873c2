"""The `run` job: documents in, claims out, streamed one document at a time (no corpus in memory).

Documents come from attrib.corpus (files, folders, globs, JSON Lines, stdin), are analysed on
`jobs` processes by attrib.parallel in input order, and each document's claims are written as soon
as they are ready (or counted into a corpus summary with `summary`). A very large text file (or
text on stdin) is read and analysed in blocks cut at paragraph breaks (attrib.blocks), so memory
stays bounded whatever its size. Rules stopped by the work bound are reported as warnings.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from attrib.batch.blocks import analyze_blocks
from attrib.batch.parallel import Render, analyze_documents, default_jobs, render_documents
from attrib.batch.problems import StreamedProblems
from attrib.engine.workbound import BoundHit, collect_bound_hits
from attrib.errors import InputError
from attrib.inputs.corpus import (
    CorpusOptions,
    JsonlSource,
    Planned,
    corpus_documents,
    is_corpus,
    plan_corpus,
    total_size,
)
from attrib.inputs.sources import Decoding, Problem, ProblemSink, Source, is_html, source_blocks
from attrib.inputs.walk import WalkOptions
from attrib.model import CLAIM_FIELDS, Claim, Document
from attrib.outputs.destination import refuse_inputs
from attrib.outputs.export import CsvWriter, JsonLinesWriter, JsonWriter, Writer, render_csv, render_jsonl
from attrib.outputs.progress import Tracker, progress
from attrib.record import Record
from attrib.rulebook.ruleset import RuleSet, load_rules

if TYPE_CHECKING:  # the corpus summary is imported only when a run makes one
    from attrib.outputs.summary import CorpusSummary


class RunOptions(Record):
    __slots__ = ("by", "csv_formula_safe", "encoding", "errors", "format", "hidden", "html_folder", "id_field",
                 "input_format", "jobs", "keep_fields", "kept", "lang", "no_ignore", "output_path", "progress",
                 "rules", "sources", "summary", "text_field", "text_field_given", "top")

    def __init__(self, format: str = "table", rules: list[str] | None = None, encoding: str = "utf-8",
                 errors: str = "strict", csv_formula_safe: bool = True, html_folder: Path | None = None,
                 text_field: str = "text", text_field_given: bool = False, id_field: str | None = "id",
                 input_format: str = "auto", jobs: int = 1, summary: bool = False, top: int = 20,
                 progress: bool = False, output_path: Path | None = None, hidden: bool = False, no_ignore: bool = False,
                 keep_fields: list[str] | None = None, by: str | None = None, sources: bool = False,
                 kept: tuple[str, ...] = (), lang: str = "auto") -> None:
        self.format = format
        self.rules = rules if rules is not None else []
        self.encoding = encoding
        self.errors = errors
        self.csv_formula_safe = csv_formula_safe
        #: format "html" with several documents: the folder for index.html and one page per document
        self.html_folder = html_folder
        self.text_field = text_field
        self.text_field_given = text_field_given  # --text-field named: some input must be JSON Lines
        self.id_field = id_field
        self.input_format = input_format  # auto (JSON Lines by .jsonl/.ndjson suffix) | text | jsonl
        self.jobs = jobs  # 0: every core; never more than the cores or the documents there are
        self.summary = summary  # a corpus summary instead of one record per sentence
        self.top = top  # sources listed in the summary
        self.progress = progress  # a progress bar on stderr
        #: the file -o names (refused when it is one of the inputs); None for standard output
        self.output_path = output_path
        self.hidden = hidden  # walk hidden files and folders too
        self.no_ignore = no_ignore  # walk what .gitignore / .ignore files exclude too
        self.keep_fields = keep_fields if keep_fields is not None else []  # --keep-field: more document fields to carry
        self.by = by  # --summary --by FIELD
        self.sources = sources  # `attrib sources`: the table of sources instead of the summary (with summary)
        #: the document fields every record carries, decided once the inputs are known (see kept_fields)
        self.kept = kept
        #: --lang: the documents' language, or "auto" to guess each one's
        self.lang = lang

    def corpus(self) -> CorpusOptions:
        return CorpusOptions(text_field=self.text_field, text_field_given=self.text_field_given,
                             id_field=self.id_field,
                             input_format=self.input_format, decoding=Decoding(self.encoding, self.errors),
                             walk=WalkOptions(hidden=self.hidden, no_ignore=self.no_ignore), kept=self.kept,
                             lang=self.lang)


#: the fields of a JSON Lines document (or a web page's date) every record carries when present
DEFAULT_KEPT = ("url", "date", "section")


def kept_fields(options: RunOptions, sources: Sequence[Planned]) -> tuple[str, ...]:
    """url, date, section and the --keep-field names, for a run with JSON Lines or web-page input (the
    same columns in every record, null where a document lacks one); none for plain text."""
    for name in options.keep_fields:
        if name in CLAIM_FIELDS:
            raise InputError(f"--keep-field {name}: {name} is a field of every record already")
    if not any(isinstance(item, JsonlSource) or (item.path is not None and is_html(item.path)) for item in sources):
        if options.keep_fields:
            raise InputError(f"--keep-field {options.keep_fields[0]} is for JSON Lines input (and a web "
                             "page's date), and no input is either")
        return ()
    return tuple(dict.fromkeys((*DEFAULT_KEPT, *options.keep_fields)))


def writer_for(options: RunOptions, out: IO[str]) -> Writer | None:
    if options.format == "jsonl":
        return JsonLinesWriter(out, options.kept)
    if options.format == "json":
        return JsonWriter(out, options.kept)
    if options.format == "csv":
        return CsvWriter(out, formula_safe=options.csv_formula_safe, kept=options.kept)
    if options.format == "html":
        from attrib.outputs.html_site import HtmlPageWriter, HtmlSiteWriter

        return HtmlSiteWriter(options.html_folder, out) if options.html_folder else HtmlPageWriter(out)
    return None  # table: needs every claim before it can lay out columns


def renderer_for(options: RunOptions) -> Render | None:
    """Formats whose records a worker can render on its own (JSON needs commas between documents)."""
    if options.format == "jsonl":
        return functools.partial(render_jsonl, kept=options.kept)
    if options.format == "csv":
        return functools.partial(render_csv, formula_safe=options.csv_formula_safe, kept=options.kept)
    return None


#: a plain-text input larger than this is analysed block by block instead of as one string
STREAM_BYTES = 8_000_000


def is_streamed(source: Planned) -> bool:
    """Standard input as text, or a text file too big to hold whole: read in blocks."""
    if not isinstance(source, Source):
        return False
    if source.path is None:
        return True
    try:
        return not is_html(source.path) and source.path.stat().st_size > STREAM_BYTES
    except OSError:
        return False


def streamed_claims(source: Source, ruleset: RuleSet, decoding: Decoding,
                    problems: ProblemSink, lang: str = "auto") -> Iterator[list[Claim]]:
    """One document's claims, block by block (bounded memory); a bad file inside a folder is skipped
    with a Problem, a file named alone raises InputError."""
    try:
        with collect_bound_hits() as hits:
            for claims in analyze_blocks(source_blocks(source, decoding), ruleset, doc=source.name, lang=lang):
                first = claims[0].n - 1 if claims else 0  # hits count sentences within the block
                for problem in _bound_problems(source.name, hits, first):
                    problems.append(problem)
                hits.clear()
                yield claims
    except InputError as exc:
        if not source.in_folder:
            raise
        problems.append(Problem(source.name, f"skipped {exc}"))


def _bound_problems(name: str, hits: list[BoundHit], first: int = 0) -> Iterator[Problem]:
    for hit in hits:
        yield Problem(name, f"{name}: sentence {first + hit.sentence}: {hit.message}")


class _Emitter:
    """Where each document's claims go: the corpus summary, a streaming writer, or the table."""

    def __init__(self, options: RunOptions, out: IO[str]) -> None:
        self.out = out
        self.summary: CorpusSummary | None = None
        if options.summary:
            from attrib.outputs.summary import CorpusSummary

            self.summary = CorpusSummary(by=options.by)
        self.writer = None if options.summary else writer_for(options, out)
        self.render = renderer_for(options) if self.writer else None
        self.table: list[Claim] = []

    def claims(self, claims: list[Claim], document: Document | None = None) -> None:
        if self.summary is not None:
            self.summary.add_document(claims)
        elif self.writer is not None:
            if document is not None:
                self.writer.write_document(document, claims)
            else:
                self.writer.write(claims)
            self.out.flush()
        else:
            self.table.extend(claims)

    def text(self, rendered: str) -> None:
        self.out.write(rendered)
        self.out.flush()


def run_documents(paths: Sequence[str], out: IO[str], options: RunOptions,
                  problems: ProblemSink | None = None) -> None:
    """Analyse every document and write its claims as soon as it is done; report skipped documents and
    rules stopped by the work bound to `problems` as they happen."""
    sink = problems if problems is not None else StreamedProblems()
    sources = plan_corpus(paths, options.corpus())  # fails early on a missing path, before rules load
    refuse_inputs(options.output_path, options.html_folder,
                  [item.path for item in sources if item.path is not None])
    options.jobs = worker_count(options.jobs, sources)
    options.kept = kept_fields(options, sources)
    ruleset = load_rules(options.rules)
    if options.lang != "auto":
        ruleset.pack(options.lang)  # a language no pack has fails here, before any output
    emit = _Emitter(options, out)
    if emit.writer:
        emit.writer.begin()
    try:
        read, first = _analyse_all(sources, ruleset, options, emit, sink)
    except BaseException:
        if emit.writer is not None:
            emit.writer.abort()
        raise
    if read == 0 and first is not None:
        raise InputError(f"no document could be read; {first.message}")
    _finish(emit, out, options)


class _Counted:
    """A sink that passes problems on and remembers the first (for 'no document could be read')."""

    def __init__(self, sink: ProblemSink) -> None:
        self.sink = sink
        self.first: Problem | None = None

    def append(self, problem: Problem) -> None:
        self.first = self.first or problem
        self.sink.append(problem)


def _analyse_all(sources: Sequence[Planned], ruleset: RuleSet, options: RunOptions, emit: _Emitter,
                 sink: ProblemSink) -> tuple[int, Problem | None]:
    counted = _Counted(sink)
    show = options.progress and is_corpus(sources)
    read = 0
    with progress(total_size(sources) if show else None, show) as bar:
        for streamed, group in itertools.groupby(sources, key=is_streamed):
            if streamed:
                for source in group:
                    assert isinstance(source, Source)
                    for claims in streamed_claims(source, ruleset, options.corpus().decoding, counted, options.lang):
                        emit.claims(claims)
                    read += 1
                continue
            _analyse_group(list(group), ruleset, options, emit, counted, bar)
        read += bar.count
    return read, counted.first


def _analyse_group(group: list[Planned], ruleset: RuleSet, options: RunOptions, emit: _Emitter,
                   problems: ProblemSink, bar: Tracker) -> None:
    with collect_bound_hits() as hits:  # the rules this process ran (workers warn themselves)
        docs = corpus_documents(group, options.corpus(), problems, ruleset.lexicons)
        if emit.render is not None:
            for doc, text in render_documents(docs, emit.render, options.rules, options.jobs, ruleset):
                bar.advance(doc.size)
                emit.text(text)
                _report_bound(doc.id, hits, problems)
        else:
            for doc, claims in analyze_documents(docs, options.rules, options.jobs, ruleset):
                bar.advance(doc.size)
                emit.claims(claims, doc.document())
                _report_bound(doc.id, hits, problems)


def _report_bound(name: str, hits: list[BoundHit], problems: ProblemSink) -> None:
    for problem in _bound_problems(name, hits):
        problems.append(problem)
    hits.clear()


def _finish(emit: _Emitter, out: IO[str], options: RunOptions) -> None:
    if emit.summary is not None:
        write_summary(emit.summary, out, options)
    elif emit.writer is not None:
        emit.writer.end()
    else:
        from attrib.outputs.table import print_report

        print_report(emit.table, out, width=None if out.isatty() else 100)


def worker_count(jobs: int, sources: Sequence[Planned]) -> int:
    """--jobs capped at the cores there are and, when it is known, at the number of documents."""
    cores = default_jobs()
    count = min(jobs or cores, cores)
    if not any(isinstance(item, JsonlSource) for item in sources):
        count = min(count, len(sources))  # a text file or page is one document
    return max(1, count)


def write_summary(summary: CorpusSummary, out: IO[str], options: RunOptions) -> None:
    if options.sources:
        from attrib.outputs.parties import write_sources

        write_sources(summary.parties.parties(), out, options.format, options.top,
                      width=None if out.isatty() else 100)
        return
    from attrib.outputs.summary import print_summary_table, write_summary_csv, write_summary_json

    if options.format == "csv":
        write_summary_csv(summary, out, options.top)
    elif options.format in ("json", "jsonl"):
        write_summary_json(summary, out, options.top, lines=options.format == "jsonl")
    else:
        print_summary_table(summary, out, options.top, width=None if out.isatty() else 100)
