"""One gold record against attrib's claims: the referee's tallies, sentence by sentence.

Each gold sentence is paired with the predicted sentence that overlaps it most and checked on the
fields its record scores; the tallies and figures are the shared referee's (eval_claims.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from attrib.evaluation.gold import ALL_FIELDS, GoldClaim, GoldRecord
from attrib.evaluation.scoring import same_cue, same_party
from attrib.model import Claim

#: what an absent prediction (no predicted sentence overlaps the gold one) reads as
_NOTHING = Claim(doc="", n=0, start=0, end=0, text="")


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


def ratio(part: int, whole: int) -> float:
    return part / max(1, whole)


def figures(counts: Counts, scored: Iterable[str]) -> dict[str, float | int | str]:
    """The referee's figures for the scored fields, in its order (publisher as "ok/n")."""
    chosen = set(scored)
    precision = ratio(counts.tp, counts.tp + counts.fp)
    recall = ratio(counts.tp, counts.tp + counts.fn)
    out: dict[str, float | int | str] = {}
    if "seg" in chosen:
        out["seg"] = ratio(counts.seg_ok, counts.seg_n)
    if "attributed" in chosen:
        out["attrP"], out["attrR"] = precision, recall
        out["attrF1"] = 2 * precision * recall / max(1e-9, precision + recall)
    if "source" in chosen:
        out["source"] = ratio(counts.source_ok, counts.source_n)
    if "cue" in chosen:
        out["cue"] = ratio(counts.cue_ok, counts.cue_n)
    if "outlet" in chosen:
        out["outlet"] = ratio(counts.outlet_ok, counts.outlet_n)
    if "outletFP" in chosen:
        out["outletFP"] = counts.outlet_fp
    if "quote" in chosen:
        out["quote"] = ratio(counts.quote_ok, counts.quote_n)
    out["claim"] = ratio(counts.claim_ok, counts.sentences)
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



__all__ = ["Counts", "DocResult", "SentenceResult", "best_overlap", "figure_line", "figures", "ordered",
           "ratio", "score_document", "score_sentence"]
