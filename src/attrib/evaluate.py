"""Score attrib against gold claims (the shared gold format), in process, with the referee's semantics.

Each gold sentence is paired with the predicted sentence that overlaps it most, then scored on the
fields its record lists ("fields"; a record without the key is scored on the legacy set). The
figures are those of the shared referee (shared/tools/eval_claims.py), to three decimals; on top
come per-rule precision and per-field confusion, which the referee does not give.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Claim
from .pipeline import analyze
from .ruleset import RuleSet, load_rules
from .scoring import same_cue, same_party

LEGACY_FIELDS = frozenset({"seg", "attributed", "source", "outlet", "outletFP", "quote", "publisher"})
ALL_FIELDS = ("seg", "attributed", "source", "cue", "outlet", "outletFP", "quote", "publisher")
NONE_LABEL = "none"
#: what an absent prediction (no predicted sentence overlaps the gold one) reads as
_NOTHING = Claim(doc="", n=0, start=0, end=0, text="")


# --- gold ------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One gold sentence: offsets and whatever the annotation gives (absent keys are None)."""

    start: int
    end: int
    attributed: bool
    source: str | None = None
    alt_sources: tuple[str, ...] = ()
    resolved: str | None = None
    source_kind: str | None = None
    has_source_kind: bool = False
    cue: str | None = None
    outlet: str | None = None
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One annotated document. `legacy` is True when the record has no "fields" key."""

    id: str
    text: str
    claims: tuple[GoldClaim, ...]
    fields: frozenset[str]
    legacy: bool
    publisher_outlet: str | None = None
    file: str = "-"
    file_no: int = 0  # which gold file, in the order given (a path may be given twice)


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def record_fields(raw: dict[str, Any]) -> frozenset[str]:
    """The fields a record is scored on; listing "outlet" also scores spurious outlets (outletFP)."""
    listed = raw.get("fields")
    if listed is None:
        return LEGACY_FIELDS
    chosen = set(listed)
    if "outlet" in chosen:
        chosen.add("outletFP")
    return frozenset(chosen)


def gold_claim(raw: dict[str, Any]) -> GoldClaim:
    return GoldClaim(
        start=int(raw["start"]), end=int(raw["end"]), attributed=bool(raw.get("attributed")),
        source=_optional_str(raw.get("source")),
        alt_sources=tuple(str(s) for s in raw.get("alt_sources") or ()),
        resolved=_optional_str(raw.get("resolved")),
        source_kind=_optional_str(raw.get("source_kind")), has_source_kind="source_kind" in raw,
        cue=_optional_str(raw.get("cue")), outlet=_optional_str(raw.get("outlet")),
        quote=_optional_str(raw.get("quote")))


def gold_record(raw: dict[str, Any], file: str = "-", file_no: int = 0) -> GoldRecord:
    """A gold record from its JSON object; InputError when a required key is missing or malformed."""
    if not isinstance(raw, dict):
        raise InputError(f"{file}: a gold record must be a JSON object")
    ident = str(raw.get("id", "?"))
    text, claims = raw.get("text"), raw.get("claims")
    if not isinstance(text, str) or not isinstance(claims, list):
        raise InputError(f"{file}: record {ident!r} needs a \"text\" string and a \"claims\" list")
    try:
        parsed = tuple(gold_claim(c) for c in claims)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InputError(f"{file}: record {ident!r} has a claim without integer "
                         "\"start\" and \"end\"") from None
    return GoldRecord(id=ident, text=text, claims=parsed, fields=record_fields(raw),
                      legacy="fields" not in raw,
                      publisher_outlet=_optional_str(raw.get("publisher_outlet")), file=file,
                      file_no=file_no)


def _json_objects(path: Path) -> list[Any]:
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        if path.name.endswith(".jsonl"):
            return [json.loads(line) for line in content.splitlines() if line.strip()]
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise InputError(f"{path}: not valid JSON ({exc.msg} at {where})") from None
    return data if isinstance(data, list) else [data]


def load_gold(paths: Iterable[str | Path]) -> list[GoldRecord]:
    """Every record of every gold file (.jsonl: one a line; otherwise one record or a list), in order."""
    records: list[GoldRecord] = []
    for number, path in enumerate(map(Path, paths)):
        records.extend(gold_record(raw, str(path), number) for raw in _json_objects(path))
    return records


# --- counts and figures ----------------------------------------------------------------------------

@dataclass(slots=True)
class Counts:
    """The referee's tallies; a field a record does not list contributes zero to its own tallies."""

    docs: int = 0
    sentences: int = 0
    seg_n: int = 0
    seg_ok: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    source_n: int = 0
    source_ok: int = 0
    cue_n: int = 0
    cue_ok: int = 0
    outlet_n: int = 0
    outlet_ok: int = 0
    outlet_fp: int = 0
    quote_n: int = 0
    quote_ok: int = 0
    claim_ok: int = 0
    publisher_n: int = 0
    publisher_ok: int = 0

    def add(self, other: Counts) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def mask(self, scored: frozenset[str]) -> None:
        """Zero the tallies of the fields that are not scored, so totals over mixed records stay honest."""
        for name, keys in _FIELD_TALLIES:
            if name not in scored:
                for key in keys:
                    setattr(self, key, 0)


_FIELD_TALLIES = (("seg", ("seg_n", "seg_ok")), ("attributed", ("tp", "fp", "fn")),
                  ("source", ("source_n", "source_ok")), ("cue", ("cue_n", "cue_ok")),
                  ("outlet", ("outlet_n", "outlet_ok")), ("outletFP", ("outlet_fp",)),
                  ("quote", ("quote_n", "quote_ok")))


def _ratio(part: int, whole: int) -> float:
    return part / max(1, whole)


def figures(counts: Counts, scored: Iterable[str]) -> dict[str, float | int | str]:
    """The referee's figures for the scored fields, in its order (publisher as "ok/n")."""
    chosen = set(scored)
    precision = _ratio(counts.tp, counts.tp + counts.fp)
    recall = _ratio(counts.tp, counts.tp + counts.fn)
    out: dict[str, float | int | str] = {}
    if "seg" in chosen:
        out["seg"] = _ratio(counts.seg_ok, counts.seg_n)
    if "attributed" in chosen:
        out["attrP"], out["attrR"] = precision, recall
        out["attrF1"] = 2 * precision * recall / max(1e-9, precision + recall)
    if "source" in chosen:
        out["source"] = _ratio(counts.source_ok, counts.source_n)
    if "cue" in chosen:
        out["cue"] = _ratio(counts.cue_ok, counts.cue_n)
    if "outlet" in chosen:
        out["outlet"] = _ratio(counts.outlet_ok, counts.outlet_n)
    if "outletFP" in chosen:
        out["outletFP"] = counts.outlet_fp
    if "quote" in chosen:
        out["quote"] = _ratio(counts.quote_ok, counts.quote_n)
    out["claim"] = _ratio(counts.claim_ok, counts.sentences)
    if "publisher" in chosen and counts.publisher_n:
        out["publisher"] = f"{counts.publisher_ok}/{counts.publisher_n}"
    return out


def figure_line(counts: Counts, scored: Iterable[str]) -> str:
    """`seg=1.000 attrP=… claim=…` exactly as the referee prints it."""
    return " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in figures(counts, scored).items())


def ordered(scored: Iterable[str]) -> list[str]:
    chosen = set(scored)
    return [f for f in ALL_FIELDS if f in chosen]


# --- scoring one document ----------------------------------------------------------------------------

@dataclass(slots=True)
class SentenceResult:
    """One gold sentence against its prediction. A check is None when that field is not scored here."""

    gold: GoldClaim
    pred: Claim | None
    seg_ok: bool
    source: str | None = None  # right | wrong | missing
    cue: str | None = None  # right | wrong | missing
    outlet: str | None = None  # right | wrong | missing | spurious | publisher
    quote_ok: bool | None = None
    claim_ok: bool = True
    wrong: tuple[str, ...] = ()  # the scored fields that made the claim wrong

    @property
    def predicted(self) -> Claim:
        return self.pred if self.pred is not None else _NOTHING


@dataclass(slots=True)
class DocResult:
    record: GoldRecord
    counts: Counts
    sentences: list[SentenceResult]


def best_overlap(start: int, end: int, claims: Sequence[Claim]) -> Claim | None:
    """The predicted sentence sharing most characters with [start, end) (the first on a tie), or None."""
    best, most = None, 0
    for claim in claims:
        shared = min(end, claim.end) - max(start, claim.start)
        if shared > most:
            best, most = claim, shared
    return best


def _source_check(gold: GoldClaim, pred: Claim, attributed: bool) -> bool:
    options = [gold.source, *gold.alt_sources]
    if gold.resolved:
        resolved = [gold.resolved]
        return same_party(pred.source_resolved or pred.source, resolved) or (
            same_party(pred.source, options) and same_party(pred.source_resolved, resolved))
    return attributed and (same_party(pred.source, options) or same_party(pred.source_resolved, options))


def _status(ok: bool, pred_value: str | None, attributed: bool = True) -> str:
    if ok:
        return "right"
    return "wrong" if attributed and pred_value else "missing"


def score_sentence(record: GoldRecord, gold: GoldClaim, pred_claim: Claim | None,
                   counts: Counts) -> SentenceResult:
    """Score one gold sentence against its prediction, adding to `counts` exactly as the referee does."""
    text, scored = record.text, record.fields
    pred = pred_claim if pred_claim is not None else _NOTHING
    counts.sentences += 1
    counts.seg_n += 1
    seg_ok = pred_claim is not None and text[pred.start:pred.end].strip() == text[gold.start:gold.end].strip()
    counts.seg_ok += seg_ok
    pa, ga = pred.attributed, gold.attributed
    counts.tp += pa and ga
    counts.fp += pa and not ga
    counts.fn += ga and not pa
    result = SentenceResult(gold=gold, pred=pred_claim, seg_ok=seg_ok)
    ok_source = ok_cue = ok_outlet = True
    if ga and (record.legacy or gold.source is not None or gold.alt_sources):
        counts.source_n += 1
        ok_source = _source_check(gold, pred, pa)
        counts.source_ok += ok_source
        result.source = _status(ok_source, pred.source_resolved or pred.source, pa)
    if ga and gold.quote:
        counts.quote_n += 1
        result.quote_ok = pred.quote == gold.quote
        counts.quote_ok += result.quote_ok
    if ga and gold.cue is not None:
        counts.cue_n += 1
        ok_cue = pa and same_cue(pred.cue, gold.cue)
        counts.cue_ok += ok_cue
        result.cue = _status(ok_cue, pred.cue, pa)
    publisher = record.publisher_outlet
    if gold.outlet:
        counts.outlet_n += 1
        ok_outlet = same_party(pred.outlet, [gold.outlet])
        counts.outlet_ok += ok_outlet
        result.outlet = _status(ok_outlet, pred.outlet)
    elif pred.outlet:
        if publisher and same_party(pred.outlet, [publisher]):
            result.outlet = "publisher"
        else:
            counts.outlet_fp += 1
            ok_outlet = False
            result.outlet = "spurious"
    wrong = []
    if "attributed" in scored and pa != ga:
        wrong.append("attributed")
    if "source" in scored and ga and not ok_source:
        wrong.append("source")
    if "cue" in scored and ga and not ok_cue:
        wrong.append("cue")
    if ("outlet" in scored or "outletFP" in scored) and not ok_outlet:
        wrong.append("outlet")
    result.wrong = tuple(wrong)
    result.claim_ok = not wrong
    counts.claim_ok += result.claim_ok
    return result


def score_document(record: GoldRecord, predicted: Sequence[Claim]) -> DocResult:
    """Score one record against attrib's claims for its text."""
    counts = Counts(docs=1)
    results = [score_sentence(record, gold, best_overlap(gold.start, gold.end, predicted), counts)
               for gold in record.claims]
    counts.mask(record.fields)
    if record.publisher_outlet and "publisher" in record.fields:
        counts.publisher_n = 1
        counts.publisher_ok = int(any(same_party(c.publisher, [record.publisher_outlet]) for c in predicted))
    return DocResult(record=record, counts=counts, sentences=results)


# --- per-rule precision and per-field confusion ------------------------------------------------------

@dataclass(slots=True)
class RuleStats:
    """How one rule did on the gold sentences it attributed (a sentence counts once per gold sentence)."""

    rule: str
    fired: int = 0
    false_positive: int = 0  # fired on a gold-unattributed sentence
    wrong_source: int = 0
    wrong_cue: int = 0
    right: int = 0  # gold-attributed, and the source and cue (where scored) right

    @property
    def attr_precision(self) -> float:
        """Share of firings on gold-attributed sentences."""
        return _ratio(self.fired - self.false_positive, self.fired)

    @property
    def precision(self) -> float:
        """Share of firings that are entirely right (attributed, source and cue where scored)."""
        return _ratio(self.right, self.fired)

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


# --- the whole evaluation ----------------------------------------------------------------------------

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


def predict(record: GoldRecord, ruleset: RuleSet) -> list[Claim]:
    """attrib's claims for a gold text; the record id is the doc id. Blank text has no claims."""
    if not record.text.strip():
        return []
    return analyze(record.text, ruleset, doc=record.id)


_worker_rules: RuleSet | None = None


def _init_worker(ruleset: RuleSet) -> None:
    global _worker_rules
    _worker_rules = ruleset


def _predict_in_worker(record: GoldRecord) -> list[Claim]:
    assert _worker_rules is not None
    return predict(record, _worker_rules)


def predictions(records: Sequence[GoldRecord], ruleset: RuleSet, jobs: int = 1) -> Iterator[list[Claim]]:
    """attrib's claims for each record, in order; jobs > 1 analyses in forked worker processes."""
    if jobs <= 1 or len(records) < 2 or sys.platform != "linux":
        for record in records:
            yield predict(record, ruleset)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: the workers inherit the compiled rules instead of loading them again
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(ruleset,)) as pool:
        yield from pool.map(_predict_in_worker, records, chunksize=max(1, len(records) // (jobs * 8)))


def default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def evaluate(records: Sequence[GoldRecord], rules: RuleSet | Sequence[str | Path] | None = None,
             jobs: int = 1) -> EvalReport:
    """Run attrib on every gold record's text and score it like the referee.

    `records` come from `load_gold` (or `gold_record`); records of one file stay together and give
    that file's line. `rules` is a RuleSet, extra rule paths layered over the shipped rules, or None.
    """
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules or ())
    predicted = predictions(records, ruleset, jobs)
    files: list[FileResult] = []
    total = Counts()
    for path, group in _by_file(records):
        counts, docs = Counts(), []
        scored: frozenset[str] = frozenset()
        for record in group:
            doc = score_document(record, next(predicted))
            docs.append(doc)
            counts.add(doc.counts)
            scored |= record.fields
        many = path.endswith(".jsonl") or len(group) != 1
        files.append(FileResult(path=path, many=many, counts=counts, fields=scored, docs=docs))
        total.add(counts)
    all_fields = frozenset().union(*(f.fields for f in files)) or LEGACY_FIELDS
    all_docs = [doc for file in files for doc in file.docs]
    return EvalReport(files=files, total=total, fields=all_fields, rules=rule_stats(all_docs),
                      confusion=confusion(all_docs))


__all__ = ["Confusion", "Counts", "DocResult", "EvalReport", "FileResult", "GoldClaim", "GoldRecord",
           "RuleStats", "SentenceResult", "evaluate", "figure_line", "figures", "gold_record", "load_gold",
           "score_document"]
