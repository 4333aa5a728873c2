"""The `run` job: documents in, claims out, streamed one document at a time (no corpus in memory)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO

from .blocks import analyze_blocks
from .errors import InputError
from .export import CsvWriter, JsonLinesWriter, JsonWriter, Writer
from .inputs import Decoding, Problem, Source, plan, source_blocks
from .model import Claim
from .ruleset import RuleSet, load_rules
from .workbound import collect_bound_hits


@dataclass(slots=True)
class RunOptions:
    format: str = "table"
    rules: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    errors: str = "strict"
    csv_formula_safe: bool = True


def writer_for(options: RunOptions, out: IO[str]) -> Writer | None:
    if options.format == "jsonl":
        return JsonLinesWriter(out)
    if options.format == "json":
        return JsonWriter(out)
    if options.format == "csv":
        return CsvWriter(out, formula_safe=options.csv_formula_safe)
    return None  # table: needs every claim before it can lay out columns


def doc_id(name: str) -> str:
    return "-" if name == "-" else name


def document_claims(source: Source, ruleset: RuleSet, decoding: Decoding,
                    problems: list[Problem]) -> Iterator[list[Claim]]:
    """One document's claims, block by block (bounded memory); a bad file inside a folder is skipped
    with a Problem, a file named alone raises InputError."""
    try:
        with collect_bound_hits() as hits:
            for claims in analyze_blocks(source_blocks(source, decoding), ruleset, doc=doc_id(source.name)):
                first = claims[0].n - 1 if claims else 0  # hits count sentences within the block
                problems.extend(Problem(source.name, f"{source.name}: sentence {first + hit.sentence}: "
                                        f"{hit.message}") for hit in hits)
                hits.clear()
                yield claims
    except InputError as exc:
        if not source.in_folder:
            raise
        problems.append(Problem(source.name, f"skipped {exc}"))


def run_documents(paths: Sequence[str], out: IO[str], options: RunOptions) -> list[Problem]:
    """Analyse every document and write its claims as soon as it is done; return the warnings
    (skipped documents, rules stopped by the work bound)."""
    sources = plan(paths)  # fails early on a missing path, before any rule is loaded
    ruleset = load_rules(options.rules)
    problems: list[Problem] = []
    decoding = Decoding(options.encoding, options.errors)
    writer = writer_for(options, out)
    table: list[Claim] = []
    if writer:
        writer.begin()
    for source in sources:
        for claims in document_claims(source, ruleset, decoding, problems):
            if writer:
                writer.write(claims)
                out.flush()
            else:
                table.extend(claims)
    if writer:
        writer.end()
    else:
        from .report import print_report

        print_report(table, out, width=None if out.isatty() else 100)
    return problems
