"""Score attrib against gold claims (the shared gold format), in process, with the referee's semantics.

`evaluate` runs attrib.analyze on each gold record's text (doc id = record id) and scores it like
the shared referee (shared/tools/eval_claims.py), to three decimals; on top come per-rule precision
and per-field confusion, which the referee does not give. Text and JSON output: eval_report.py.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from attrib.batch.parallel import chunks, default_jobs, pooled
from attrib.engine.checks import refusal_names
from attrib.engine.matcher import collect_refusals
from attrib.errors import AttribError
from attrib.evaluation.gold import LEGACY_FIELDS, GoldClaim, GoldRecord, gold_record, load_gold
from attrib.evaluation.score import (
    Counts,
    DocResult,
    SentenceResult,
    figure_line,
    figures,
    ordered,
    score_document,
)
from attrib.evaluation.stats import CheckStats, Confusion, RuleStats, check_stats, confusion, rule_stats
from attrib.grammar import grammar_for
from attrib.model import Claim
from attrib.pipeline import AUTO, analyze
from attrib.rulebook.ruleset import RuleSet, load_rules


@dataclass(slots=True)
class FileResult:
    """One gold file. `many` follows the referee: a .jsonl file or more than one record."""

    path: str
    many: bool
    counts: Counts
    fields: frozenset[str]
    docs: list[DocResult]


@dataclass(slots=True)
class EvalReport:
    files: list[FileResult]
    total: Counts
    fields: frozenset[str]
    rules: list[RuleStats]
    confusion: Confusion
    #: per check, how often it refused a match in a gold-attributed sentence
    checks: list[CheckStats] = field(default_factory=list)
    #: documents attrib failed on ("id: error"), scored as if it predicted nothing, like the referee
    errors: list[str] = field(default_factory=list)

    @property
    def docs(self) -> Iterator[DocResult]:
        for file in self.files:
            yield from file.docs


def _by_file(records: Sequence[GoldRecord]) -> Iterator[tuple[str, list[GoldRecord]]]:
    group: list[GoldRecord] = []
    for record in records:
        if group and record.file_no != group[0].file_no:
            yield group[0].file, group
            group = []
        group.append(record)
    if group:
        yield group[0].file, group


@dataclass(slots=True)
class Prediction:
    claims: list[Claim]
    error: str | None = None
    #: sentence n -> the names of the checks that refused a match in it
    refusals: dict[int, frozenset[str]] = field(default_factory=dict)


def predict(record: GoldRecord, ruleset: RuleSet, lang: str = AUTO) -> Prediction:
    """attrib's claims for a gold text (the record id is the doc id); blank text has none.

    A failure is kept as the document's error and scored as no claims, as the referee does when
    its command fails, so one bad document does not lose the whole evaluation.
    """
    if not record.text.strip():
        return Prediction([])
    try:
        with collect_refusals() as log:
            claims = analyze(record.text, ruleset, doc=record.id, lang=lang)
    except AttribError:
        raise  # the rules (a language pack's) do not load: no document can be scored
    except Exception as exc:
        return Prediction([], f"{record.id}: {type(exc).__name__}: {exc}")
    refused: dict[int, set[str]] = {}
    for n, refusal in log:
        refused.setdefault(n, set()).add(refusal.check)
    return Prediction(claims, refusals={n: frozenset(names) for n, names in refused.items()})


def _predict_chunk(ruleset: RuleSet, records: list[GoldRecord], lang: str = AUTO) -> list[Prediction]:
    return [predict(record, ruleset, lang) for record in records]


def predictions(records: Sequence[GoldRecord], ruleset: RuleSet, jobs: int = 1,
                lang: str = AUTO) -> Iterator[Prediction]:
    """attrib's claims for each record, in order; jobs > 1 analyses in worker processes (batch's pool).
    `lang` is the texts' language, or "auto" to guess each one's as `attrib run` does (the referee runs
    `attrib run` on the bare text, so a record's own `lang` field is not read)."""
    if jobs <= 1 or len(records) < 2 or sys.platform != "linux":
        for record in records:
            yield predict(record, ruleset, lang)
        return
    work = functools.partial(_predict_chunk, lang=lang)
    for _, predicted in pooled(work, chunks(records, _text_size), jobs, ruleset):
        yield from predicted


def _text_size(record: GoldRecord) -> int:
    return len(record.text)


def evaluate(records: Sequence[GoldRecord], rules: RuleSet | Sequence[str | Path] | None = None,
             jobs: int = 1, lang: str = AUTO) -> EvalReport:
    """Run attrib on every gold record's text and score it like the referee.

    `records` come from `load_gold` (or `gold_record`); records of one file stay together and give
    that file's line. `rules` is a RuleSet, extra rule paths layered over the shipped rules, or None.
    """
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules or ())
    if lang != AUTO:
        ruleset.pack(lang)  # a language no pack has fails here, once
    predicted = predictions(records, ruleset, jobs, lang)
    files: list[FileResult] = []
    total = Counts()
    errors: list[str] = []
    refusals: list[tuple[DocResult, dict[int, frozenset[str]]]] = []
    for path, group in _by_file(records):
        counts, docs = Counts(), []
        scored: frozenset[str] = frozenset()
        for record in group:
            prediction = next(predicted)
            if prediction.error:
                errors.append(prediction.error)
            doc = score_document(record, prediction.claims)
            docs.append(doc)
            refusals.append((doc, prediction.refusals))
            counts.add(doc.counts)
            scored |= record.fields
        many = path.endswith(".jsonl") or len(group) != 1
        files.append(FileResult(path=path, many=many, counts=counts, fields=scored, docs=docs))
        total.add(counts)
    all_fields = frozenset().union(*(f.fields for f in files)) or LEGACY_FIELDS
    all_docs = [doc for file in files for doc in file.docs]
    names: dict[str, str] = {}
    for pack in ruleset.packs.loaded.values():  # the refusals of every language's grammar that read a text
        names = {**refusal_names(grammar_for(pack.lexicons)), **names}
    checks = check_stats(refusals, names)
    return EvalReport(files=files, total=total, fields=all_fields, rules=rule_stats(all_docs),
                      confusion=confusion(all_docs), errors=errors, checks=checks)


__all__ = ["Confusion", "Counts", "DocResult", "EvalReport", "FileResult", "GoldClaim", "GoldRecord",
           "Prediction", "RuleStats", "SentenceResult", "confusion", "default_jobs", "evaluate", "figure_line",
           "figures", "gold_record", "load_gold", "ordered", "rule_stats", "score_document"]
