"""What the figures hide: per-rule precision and per-field confusion over scored documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from attrib.evaluation.score import DocResult, ratio

NONE_LABEL = "none"


@dataclass(slots=True)
class RuleStats:
    """How one rule did where it attributed a gold sentence (a prediction spanning two counts twice)."""

    rule: str
    fired: int = 0
    false_positive: int = 0  # fired on a gold-unattributed sentence
    wrong_source: int = 0
    wrong_cue: int = 0
    right: int = 0  # gold-attributed, and the source and cue (where scored) right

    @property
    def attr_precision(self) -> float:
        """Share of firings on gold-attributed sentences."""
        return ratio(self.fired - self.false_positive, self.fired)

    @property
    def precision(self) -> float:
        """Share of firings that are entirely right (attributed, source and cue where scored)."""
        return ratio(self.right, self.fired)

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "fired": self.fired, "false_positive": self.false_positive,
                "wrong_source": self.wrong_source, "wrong_cue": self.wrong_cue, "right": self.right,
                "attr_precision": self.attr_precision, "precision": self.precision}


NO_RULE = "(no rule)"


def rule_stats(docs: Iterable[DocResult]) -> list[RuleStats]:
    """Per rule, over sentences whose attribution is scored; most false positives first."""
    stats: dict[str, RuleStats] = {}
    for doc in docs:
        scored = doc.record.fields
        if "attributed" not in scored:
            continue
        for result in doc.sentences:
            pred = result.predicted
            if not pred.attributed:
                continue
            entry = stats.setdefault(pred.rule or NO_RULE, RuleStats(pred.rule or NO_RULE))
            entry.fired += 1
            if not result.gold.attributed:
                entry.false_positive += 1
                continue
            bad_source = "source" in scored and result.source not in (None, "right")
            bad_cue = "cue" in scored and result.cue not in (None, "right")
            entry.wrong_source += bad_source
            entry.wrong_cue += bad_cue
            entry.right += not (bad_source or bad_cue)
    return sorted(stats.values(), key=lambda s: (-(s.fired - s.right), -s.fired, s.rule))


@dataclass(slots=True)
class Confusion:
    """attributed TP/FP/FN/TN; source, cue and outlet outcomes; source_kind and quote matrices."""

    attributed: Counter[str] = field(default_factory=Counter)
    source: Counter[str] = field(default_factory=Counter)
    cue: Counter[str] = field(default_factory=Counter)
    outlet: Counter[str] = field(default_factory=Counter)
    source_kind: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    quote: Counter[tuple[str, str]] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        def matrix(pairs: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
            out: dict[str, dict[str, int]] = {}
            for (gold, pred), n in sorted(pairs.items()):
                out.setdefault(gold, {})[pred] = n
            return out

        return {"attributed": dict(self.attributed), "source": dict(self.source), "cue": dict(self.cue),
                "outlet": dict(self.outlet), "source_kind": matrix(self.source_kind),
                "quote": matrix(self.quote)}


def _label(value: str | None) -> str:
    return value or NONE_LABEL


def confusion(docs: Iterable[DocResult]) -> Confusion:
    table = Confusion()
    for doc in docs:
        scored = doc.record.fields
        for result in doc.sentences:
            gold, pred = result.gold, result.predicted
            if "attributed" in scored:
                table.attributed[("T" if gold.attributed == pred.attributed else "F")
                                 + ("P" if pred.attributed else "N")] += 1
            if "source" in scored and result.source:
                table.source[result.source] += 1
            if "cue" in scored and result.cue:
                table.cue[result.cue] += 1
            spurious_scored = result.outlet == "spurious" and "outletFP" in scored
            if result.outlet and ("outlet" in scored or spurious_scored):
                table.outlet[result.outlet] += 1
            if gold.attributed and gold.has_source_kind:
                table.source_kind[(_label(gold.source_kind),
                                   _label(pred.source_kind if pred.attributed else None))] += 1
            if "quote" in scored and gold.attributed and gold.quote:
                table.quote[(gold.quote, _label(pred.quote if pred.attributed else None))] += 1
    return table

@dataclass(slots=True)
class CheckStats:
    """How often one check refused a match in a sentence the gold calls attributed: where it was
    over-eager, if anywhere, is in these sentences."""

    check: str
    description: str
    refused: int = 0  # gold-attributed sentences in which the check refused a match
    missed: int = 0  # ... which attrib then left unattributed

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.check, "refused": self.refused, "missed": self.missed}


def check_stats(docs: Iterable[tuple[DocResult, Mapping[int, frozenset[str]]]],
                checks: Mapping[str, str]) -> list[CheckStats]:
    """Per check (name -> what it refuses), over gold-attributed sentences whose attribution is scored,
    given each document's refusals by predicted sentence number; most refusals first."""
    stats = {name: CheckStats(name, description) for name, description in checks.items()}
    for doc, refusals in docs:
        if "attributed" not in doc.record.fields:
            continue
        for result in doc.sentences:
            if not result.gold.attributed or result.pred is None:
                continue
            for name in refusals.get(result.pred.n, ()):
                entry = stats.setdefault(name, CheckStats(name, ""))
                entry.refused += 1
                entry.missed += not result.pred.attributed
    return sorted(stats.values(), key=lambda s: (-s.refused, -s.missed, s.check))


__all__ = ["CheckStats", "Confusion", "RuleStats", "check_stats", "confusion", "rule_stats"]
