"""`attrib eval GOLD...`: attrib's figures on annotated gold files, like the shared referee, plus per-rule
precision and per-field confusion. A thin layer over attrib.evaluate."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from attrib.cli.common import JobsOption, LangOption, RulesOption, examples, guarded, warn, whole_number

EXAMPLES = examples(
    "attrib eval tests/data/army-chiefs-call.gold.json",
    "attrib eval my-sample.jsonl --show --rules my-rules.yaml",
)


class EvalFormat(StrEnum):
    text = "text"
    json = "json"


def eval_command(
    gold: Annotated[list[Path], typer.Argument(
        metavar="GOLD...", help="Gold files: .jsonl (one record a line) or .json.")],
    rules: RulesOption = None,
    format: Annotated[EvalFormat, typer.Option(
        "--format", "-f", metavar="FORMAT", help="text, or json (one JSON object).")] = EvalFormat.text,
    show: Annotated[bool, typer.Option("--show", help="List every sentence scored wrong.")] = False,
    limit: Annotated[int | None, typer.Option(
        "--limit", metavar="N", parser=whole_number, help="Score only the first N records.")] = None,
    per_doc: Annotated[bool, typer.Option(
        "--per-doc", help="A line per record of a .jsonl file too.")] = False,
    jobs: JobsOption = None,
    lang: LangOption = "auto",
) -> None:
    """Score attrib against annotated gold claims: the referee's figures, rule precision, confusion."""
    with guarded():
        from attrib.batch.parallel import default_jobs
        from attrib.evaluation.evaluate import evaluate, load_gold
        from attrib.evaluation.report import ReportOptions, as_json, text_lines

        records = load_gold(gold)
        if limit is not None:
            records = records[:limit]
        workers = max(1, min(jobs or default_jobs(), default_jobs(), len(records)))
        report = evaluate(records, [str(r) for r in rules or []], jobs=workers, lang=lang)
        for error in report.errors:
            warn(f"attrib failed on {error}; scored as no claims")
        options = ReportOptions(show=show, per_doc=per_doc)
        if format is EvalFormat.json:
            json.dump(as_json(report, options), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for line in text_lines(report, options):
                sys.stdout.write(line + "\n")
