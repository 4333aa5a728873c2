"""Claims -> "who vouches for what": claims per outlet, sources without an outlet, share unattributed.

Summary keeps the claims (for one document's report); CorpusSummary only counts (for a corpus).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from attrib.model import Claim


@dataclass(slots=True)
class Summary:
    total: int = 0
    attributed: int = 0
    #: outlet -> the claims it carries (by the sentence's own wording, or as publisher)
    by_outlet: dict[str, list[Claim]] = field(default_factory=dict)
    #: source (resolved when known) -> its claims that no outlet carries
    without_outlet: dict[str, list[Claim]] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    publishers: dict[str, int] = field(default_factory=dict)

    @property
    def unattributed(self) -> int:
        return self.total - self.attributed

    @property
    def unattributed_share(self) -> float:
        return self.unattributed / self.total if self.total else 0.0

    def add(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            self.total += 1
            if claim.publisher:
                self.publishers[claim.publisher] = self.publishers.get(claim.publisher, 0) + 1
            if not claim.attributed:
                continue
            self.attributed += 1
            kind = claim.source_kind or "unknown"
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
            if claim.outlet:
                self.by_outlet.setdefault(claim.outlet, []).append(claim)
            else:
                who = claim.source_resolved or claim.source or "(no source named)"
                self.without_outlet.setdefault(who, []).append(claim)


def summarize(claims: Iterable[Claim]) -> Summary:
    summary = Summary()
    summary.add(claims)
    return summary


# --- across a corpus --------------------------------------------------------------------------------

UNKNOWN_KIND = "unknown"


@dataclass(slots=True)
class CorpusSummary:
    """Counts across many documents (no claim is kept, so memory does not grow with the corpus):
    claims per outlet, per source kind, the share unattributed and the most quoted sources."""

    documents: int = 0
    sentences: int = 0
    attributed: int = 0
    outlet_claims: Counter[str] = field(default_factory=Counter)
    outlet_documents: Counter[str] = field(default_factory=Counter)
    kind_claims: Counter[str] = field(default_factory=Counter)
    source_claims: Counter[tuple[str, str]] = field(default_factory=Counter)
    source_documents: Counter[tuple[str, str]] = field(default_factory=Counter)
    publisher_documents: Counter[str] = field(default_factory=Counter)

    @property
    def unattributed(self) -> int:
        return self.sentences - self.attributed

    @property
    def unattributed_share(self) -> float:
        return self.unattributed / self.sentences if self.sentences else 0.0

    def add_document(self, claims: Iterable[Claim]) -> None:
        """Add one document's claims (every sentence's record, attributed or not)."""
        outlets: set[str] = set()
        sources: set[tuple[str, str]] = set()
        publishers: set[str] = set()
        for claim in claims:
            self.sentences += 1
            if claim.publisher:
                publishers.add(claim.publisher)
            if not claim.attributed:
                continue
            self.attributed += 1
            kind = claim.source_kind or UNKNOWN_KIND
            self.kind_claims[kind] += 1
            if claim.outlet:
                self.outlet_claims[claim.outlet] += 1
                outlets.add(claim.outlet)
            who = " ".join((claim.source_resolved or claim.source or "").split())
            if who:
                self.source_claims[who, kind] += 1
                sources.add((who, kind))
        self.documents += 1
        self.outlet_documents.update(outlets)
        self.source_documents.update(sources)
        self.publisher_documents.update(publishers)

    def rows(self, top: int = 20) -> list[tuple[str, str, str, int, int | None, float]]:
        """(section, key, kind, claims, documents, share) rows, the order a paper's table would use.

        share: of all sentences for the totals, of attributed claims for outlets, kinds and sources.
        """
        out: list[tuple[str, str, str, int, int | None, float]] = []

        def of(count: int, whole: int) -> float:
            return round(count / whole, 4) if whole else 0.0

        claims, sentences = self.attributed, self.sentences

        out.append(("total", "sentences", "", self.sentences, self.documents, 1.0 if self.sentences else 0.0))
        out.append(("total", "attributed", "", self.attributed, None, of(claims, sentences)))
        out.append(("total", "unattributed", "", self.unattributed, None, of(self.unattributed, sentences)))
        for kind, count in _ranked(self.kind_claims):
            out.append(("source_kind", kind, kind, count, None, of(count, claims)))
        for outlet, count in _ranked(self.outlet_claims):
            out.append(("outlet", outlet, "", count, self.outlet_documents[outlet], of(count, claims)))
        for (who, kind), count in _ranked(self.source_claims)[:top]:
            out.append(("source", who, kind, count, self.source_documents[who, kind], of(count, claims)))
        for publisher, count in _ranked(self.publisher_documents):
            out.append(("publisher", publisher, "", count, count, of(count, self.documents)))
        return out


def _ranked(counter: Counter[Any]) -> list[tuple[Any, int]]:
    """Most first; ties in a stable, readable order."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))


SUMMARY_COLUMNS = ("section", "key", "kind", "claims", "documents", "share")


def write_summary_csv(summary: CorpusSummary, out: IO[str], top: int = 20) -> None:
    import csv

    from attrib.outputs.export import neutralise

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SUMMARY_COLUMNS)
    for row in summary.rows(top):
        writer.writerow([neutralise(cell) if isinstance(cell, str) else ("" if cell is None else cell)
                         for cell in row])


def write_summary_json(summary: CorpusSummary, out: IO[str], top: int = 20, lines: bool = False) -> None:
    """One JSON array of the summary's rows, or (`lines`) one JSON object a line."""
    import json

    records = [dict(zip(SUMMARY_COLUMNS, row, strict=True)) for row in summary.rows(top)]
    if lines:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    else:
        out.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")


def print_summary_table(summary: CorpusSummary, out: IO[str], top: int = 20,
                        width: int | None = None) -> None:
    """The corpus summary as rich tables: totals, source kinds, outlets, top sources."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from attrib.outputs.terminal import console as make_console
    from attrib.outputs.terminal import one_line

    console = make_console(out, width)
    console.print(f"{summary.documents} documents, {summary.sentences} sentences, "
                  f"{summary.attributed} attributed, {summary.unattributed} unattributed "
                  f"({summary.unattributed_share:.1%})", style="bold")
    sections = {
        "source_kind": ("Claims per source kind (share of attributed claims)", ("kind",)),
        "outlet": ("Claims per outlet (share of attributed claims)", ("outlet", "documents")),
        "source": (f"Top {top} sources (share of attributed claims)", ("source", "kind", "documents")),
        "publisher": ("Documents per publisher (share of documents)", ("publisher",)),
    }
    rows = summary.rows(top)
    for section, (title, columns) in sections.items():
        chosen = [r for r in rows if r[0] == section]
        if not chosen:
            continue
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        table.add_column("documents" if section == "publisher" else "claims", justify="right")
        table.add_column("share", justify="right")
        for _, key, kind, claims, documents, share in chosen:
            cells = {"kind": kind or key, "outlet": key, "source": key, "publisher": key,
                     "documents": "" if documents is None else str(documents)}
            table.add_row(*[Text(one_line(cells[c])) for c in columns], str(claims), f"{share:.1%}")
        console.print(table)


def claim_of_record(record: dict[str, Any]) -> Claim:
    """A Claim back from one of attrib's JSON Lines records."""
    from attrib.model import CLAIM_FIELDS

    return Claim(**{name: record.get(name) for name in CLAIM_FIELDS})  # type: ignore[arg-type]


def summarize_jsonl(lines: Iterable[str | bytes], where: str = "<input>") -> CorpusSummary:
    """A CorpusSummary of attrib's own JSON Lines output (records of one document are consecutive)."""
    import json

    from attrib.errors import InputError

    summary = CorpusSummary()
    current: str | None = None
    claims: list[Claim] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise InputError(f"{where}:{number}: not a JSON line") from None
        if not isinstance(record, dict) or "doc" not in record or "attributed" not in record:
            raise InputError(f"{where}:{number}: not a record of `attrib run --format jsonl`")
        if record["doc"] != current and claims:
            summary.add_document(claims)
            claims = []
        current = record["doc"]
        claims.append(claim_of_record(record))
    if claims:
        summary.add_document(claims)
    return summary
