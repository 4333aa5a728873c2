"""What the figures hide: per-rule precision and per-field confusion over scored documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
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



__all__ = ["Confusion", "RuleStats", "confusion", "rule_stats"]
