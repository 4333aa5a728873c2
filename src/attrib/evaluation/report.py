"""An EvalReport as text (the referee's lines, then rule precision and confusion) or as one JSON object."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from attrib.evaluation.evaluate import EvalReport, FileResult
from attrib.evaluation.score import DocResult, SentenceResult, figure_line, figures, ordered

MISS_TEXT_CHARS = 90
CORNER = "gold \\ pred"
OUTCOMES = {"attributed": ("TP", "FP", "FN", "TN"), "source": ("right", "wrong", "missing"),
            "cue": ("right", "wrong", "missing"),
            "outlet": ("right", "wrong", "missing", "spurious", "publisher")}


@dataclass(frozen=True, slots=True)
class ReportOptions:
    show: bool = False  # list the sentences scored wrong
    per_doc: bool = False  # a line per record of a many-record file too


def doc_name(file: FileResult, doc: DocResult) -> str:
    return doc.record.id if file.many else os.path.basename(file.path)


def misses(doc: DocResult) -> Iterator[SentenceResult]:
    return (result for result in doc.sentences if not result.claim_ok)


def miss_lines(doc: DocResult, result: SentenceResult) -> list[str]:
    """A wrong sentence like the referee's --show, plus the rule that fired and what was wrong."""
    gold, pred, record = result.gold, result.predicted, doc.record
    with_cue = "cue" in record.fields
    gold_cue = f" cue={gold.cue!r}" if with_cue else ""
    pred_cue = f" cue={pred.cue!r}" if with_cue else ""
    sentence = record.text[gold.start:gold.end][:MISS_TEXT_CHARS]
    return [f"  MISS [{record.id}] {sentence!r}",
            f"     gold: attr={gold.attributed} src={gold.source!r} res={gold.resolved!r} "
            f"outlet={gold.outlet!r}{gold_cue}",
            f"     pred: attr={pred.attributed} src={pred.source!r} res={pred.source_resolved!r} "
            f"outlet={pred.outlet!r}{pred_cue} rule={pred.rule!r}",
            f"     wrong: {', '.join(result.wrong)}"]


def figure_lines(report: EvalReport, options: ReportOptions) -> Iterator[str]:
    """The referee's output: misses (with show), record and file lines, and the TOTAL line."""
    for file in report.files:
        for doc in file.docs:
            if options.show:
                for result in misses(doc):
                    yield from miss_lines(doc, result)
            if not file.many or options.per_doc:
                yield f"{doc_name(file, doc)}: {figure_line(doc.counts, doc.record.fields)}"
        if file.many:
            counts = file.counts
            yield (f"{os.path.basename(file.path)}: docs={counts.docs} sentences={counts.sentences} "
                   f"{figure_line(counts, file.fields)}")
    yield f"TOTAL sentences={report.total.sentences} {figure_line(report.total, report.fields)}"


def rule_lines(report: EvalReport) -> Iterator[str]:
    if not report.rules:
        return
    width = max(len("rule"), *(len(s.rule) for s in report.rules))
    yield ("rules (counted per gold sentence; FP: fired where the gold says unattributed; "
           "precision: fired with the right source and cue, where scored):")
    yield (f"  {'rule':<{width}}  {'fired':>6}  {'FP':>5}  {'bad src':>7}  {'bad cue':>7}  "
           f"{'attrP':>6}  {'precision':>9}")
    for s in report.rules:
        yield (f"  {s.rule:<{width}}  {s.fired:>6}  {s.false_positive:>5}  {s.wrong_source:>7}  "
               f"{s.wrong_cue:>7}  {s.attr_precision:>6.3f}  {s.precision:>9.3f}")


def check_lines(report: EvalReport) -> Iterator[str]:
    """Per check, the gold-attributed sentences in which it refused a match (an over-eager check shows
    here) and, of those, the ones attrib then missed; checks that refused none are named last."""
    active = [c for c in report.checks if c.refused]
    if not report.checks:
        return
    yield ""
    yield ("checks (gold-attributed sentences in which the check refused a match; missed: attrib then "
           "left the sentence unattributed):")
    if active:
        width = max(len("check"), *(len(c.check) for c in active))
        yield f"  {'check':<{width}}  {'refused':>7}  {'missed':>6}"
        for c in active:
            yield f"  {c.check:<{width}}  {c.refused:>7}  {c.missed:>6}"
    idle = sorted(c.check for c in report.checks if not c.refused)
    if idle:
        yield "  refused none: " + ", ".join(idle)


def _outcome_line(name: str, counts: Counter[str]) -> str:
    return f"  {name}: " + " ".join(f"{key}={counts.get(key, 0)}" for key in OUTCOMES[name])


def _matrix_lines(title: str, pairs: Counter[tuple[str, str]]) -> Iterator[str]:
    if not pairs:
        return
    rows = sorted({gold for gold, _ in pairs})
    columns = sorted({pred for _, pred in pairs})
    width = max(len(CORNER), *(len(r) for r in rows))
    cell = max(6, *(len(c) for c in columns))
    yield f"  {title} (rows gold, columns predicted):"
    yield f"    {CORNER:<{width}}" + "".join(f"  {c:>{cell}}" for c in columns)
    for row in rows:
        yield f"    {row:<{width}}" + "".join(f"  {pairs.get((row, c), 0):>{cell}}" for c in columns)


def confusion_lines(report: EvalReport) -> Iterator[str]:
    table = report.confusion
    yield ""
    yield "confusion:"
    for name in OUTCOMES:
        counts: Counter[str] = getattr(table, name)
        if counts:
            yield _outcome_line(name, counts)
    yield from _matrix_lines("source_kind", table.source_kind)
    yield from _matrix_lines("quote", table.quote)


def text_lines(report: EvalReport, options: ReportOptions = ReportOptions()) -> Iterator[str]:
    yield from figure_lines(report, options)
    extra = [*rule_lines(report), *check_lines(report), *confusion_lines(report)]
    if extra:
        yield ""
        yield from extra


def _figures_dict(counts: Any, scored: frozenset[str]) -> dict[str, Any]:
    return {"docs": counts.docs, "sentences": counts.sentences, "fields": ordered(scored),
            "figures": figures(counts, scored), "counts": counts.as_dict()}


def _miss_dict(doc: DocResult, result: SentenceResult) -> dict[str, Any]:
    gold = result.gold
    return {"doc": doc.record.id, "start": gold.start, "end": gold.end,
            "sentence": doc.record.text[gold.start:gold.end], "wrong": list(result.wrong),
            "gold": {"attributed": gold.attributed, "source": gold.source,
                     "alt_sources": list(gold.alt_sources), "resolved": gold.resolved, "cue": gold.cue,
                     "outlet": gold.outlet, "quote": gold.quote, "source_kind": gold.source_kind},
            "pred": None if result.pred is None else result.pred.as_record()}


def as_json(report: EvalReport, options: ReportOptions = ReportOptions()) -> dict[str, Any]:
    """Everything in one JSON-ready object: figures per file and in total, rules, confusion (and misses)."""
    files = []
    for file in report.files:
        entry = {"path": file.path, **_figures_dict(file.counts, file.fields)}
        if options.per_doc:
            entry["documents"] = [{"id": d.record.id, **_figures_dict(d.counts, d.record.fields)}
                                  for d in file.docs]
        files.append(entry)
    out: dict[str, Any] = {"files": files, "total": _figures_dict(report.total, report.fields),
                           "rules": [s.as_dict() for s in report.rules],
                           "checks": [c.as_dict() for c in report.checks],
                           "confusion": report.confusion.as_dict(), "errors": report.errors}
    if options.show:
        out["misses"] = [_miss_dict(doc, result) for doc in report.docs for result in misses(doc)]
    return out
