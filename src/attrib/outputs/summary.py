"""Claims -> "who vouches for what": claims per outlet, sources without an outlet, share unattributed.

Summary keeps the claims (for one document's report); CorpusSummary only counts (for a corpus).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from attrib.model import CLAIM_FIELDS, Claim
from attrib.outputs.parties import UNKNOWN_KIND, PartyCounts, merged_names, party_name


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
                who = party_name(claim) or NO_SOURCE
                self.without_outlet.setdefault(who, []).append(claim)

    def merge_parties(self) -> None:
        """Names of one party counted once, under its fullest name (attrib.outputs.parties)."""
        keys = {who: (who, claims[0].source_kind or UNKNOWN_KIND) for who, claims in self.without_outlet.items()}
        into = merged_names(Counter({keys[who]: len(claims) for who, claims in self.without_outlet.items()
                                     if who != NO_SOURCE}))
        merged: dict[str, list[Claim]] = {}
        for who, claims in self.without_outlet.items():
            merged.setdefault(into.get(keys[who], keys[who])[0], []).extend(claims)
        self.without_outlet = merged


#: what the summary lists a claim under that names no source ("It was reported that ...")
NO_SOURCE = "(no source named)"


def summarize(claims: Iterable[Claim]) -> Summary:
    summary = Summary()
    summary.add(claims)
    summary.merge_parties()
    return summary


# --- across a corpus --------------------------------------------------------------------------------

ANONYMOUS = "anonymous"


@dataclass(slots=True)
class Tally:
    """The counts of one slice of a corpus (all of it, or the documents of one `--by` value)."""

    documents: int = 0
    sentences: int = 0
    attributed: int = 0
    kind_claims: Counter[str] = field(default_factory=Counter)
    outlet_claims: Counter[str] = field(default_factory=Counter)
    outlet_documents: Counter[str] = field(default_factory=Counter)

    @property
    def unattributed(self) -> int:
        return self.sentences - self.attributed

    def add(self, claims: Sequence[Claim]) -> None:
        outlets: set[str] = set()
        self.documents += 1
        for claim in claims:
            self.sentences += 1
            if not claim.attributed:
                continue
            self.attributed += 1
            self.kind_claims[claim.source_kind or UNKNOWN_KIND] += 1
            if claim.outlet:
                self.outlet_claims[claim.outlet] += 1
                outlets.add(claim.outlet)
        self.outlet_documents.update(outlets)

    def rows(self, group: str) -> list[Row]:
        """Totals (sentences, attributed, unattributed, anonymous), then claims per kind and outlet."""
        sentences, claims = self.sentences, self.attributed
        anonymous = self.kind_claims[ANONYMOUS]
        out = [Row("total", group, "sentences", "", sentences, claims, self.documents, 1.0 if sentences else 0.0),
               Row("total", group, "attributed", "", sentences, claims, None, _share(claims, sentences)),
               Row("total", group, "unattributed", "", sentences, 0, None, _share(self.unattributed, sentences)),
               Row("total", group, "anonymous", "", sentences, anonymous, None, _share(anonymous, sentences))]
        out += [Row("source_kind", group, kind, kind, None, count, None, _share(count, claims))
                for kind, count in _ranked(self.kind_claims)]
        out += [Row("outlet", group, outlet, "", None, count, self.outlet_documents[outlet], _share(count, claims))
                for outlet, count in _ranked(self.outlet_claims)]
        return out


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the summary: `sentences` counts sentences, `claims` attributed claims (never sentences),
    `share` is of sentences for the totals, of documents for publishers, else of attributed claims."""

    section: str
    group: str  # the --by value the row counts ("" for the whole corpus)
    key: str
    kind: str
    sentences: int | None
    claims: int
    documents: int | None
    share: float


def _share(count: int, whole: int) -> float:
    return round(count / whole, 4) if whole else 0.0


def group_value(claims: Sequence[Claim], by: str) -> str:
    """A document's value for --by: its publisher, its date's month (YYYY-MM), its id (doc), its language
    (lang), or a kept field; "" when it has none."""
    if not claims:
        return ""
    first = claims[0]
    if by == "doc":
        return first.doc
    if by == "publisher":
        return next((c.publisher for c in claims if c.publisher), "")
    if by == "lang":
        return first.lang
    value = first.meta.get(by)
    text = "" if value is None else str(value)
    if by == "date" and re.match(r"\d{4}-\d{2}", text):
        return text[:7]  # by month
    return text


@dataclass(slots=True)
class CorpusSummary:
    """Counts across many documents (no claim is kept, so memory does not grow with the corpus):
    claims per outlet, per source kind, the share unattributed and the most quoted sources; with `by`,
    the same for each value of a document field (publisher, date by month, doc, any kept field)."""

    by: str | None = None
    total: Tally = field(default_factory=Tally)
    groups: dict[str, Tally] = field(default_factory=dict)
    #: claims, documents, direct quotes and outlets per source, counted once per party
    parties: PartyCounts = field(default_factory=PartyCounts)
    publisher_documents: Counter[str] = field(default_factory=Counter)
    publisher_claims: Counter[str] = field(default_factory=Counter)
    #: documents and attributed claims per language the documents were read in (en, de, fr ...)
    language_documents: Counter[str] = field(default_factory=Counter)
    language_claims: Counter[str] = field(default_factory=Counter)

    def add_document(self, claims: Sequence[Claim]) -> None:
        """Add one document's claims (every sentence's record, attributed or not)."""
        self.total.add(claims)
        if self.by is not None:
            self.groups.setdefault(group_value(claims, self.by), Tally()).add(claims)
        publishers = {c.publisher for c in claims if c.publisher}
        for claim in claims:
            if claim.attributed:
                for publisher in publishers:
                    self.publisher_claims[publisher] += 1
        self.parties.add_document(claims)
        self.publisher_documents.update(publishers)
        if claims and claims[0].lang:  # (records written before attrib read languages have none)
            self.language_documents[claims[0].lang] += 1
            self.language_claims[claims[0].lang] += sum(c.attributed for c in claims)

    def rows(self, top: int = 20) -> list[Row]:
        """The rows a paper's table would use: the corpus, then each --by value in order."""
        out = self.total.rows("")
        claims = self.total.attributed
        out += [Row("source", "", p.name, p.kind, None, p.claims, p.documents, _share(p.claims, claims))
                for p in self.parties.parties()[:top]]
        out += [Row("publisher", "", publisher, "", None, self.publisher_claims[publisher], count,
                    _share(count, self.total.documents)) for publisher, count in _ranked(self.publisher_documents)]
        out += [Row("language", "", lang, "", None, self.language_claims[lang], count,
                    _share(count, self.total.documents)) for lang, count in _ranked(self.language_documents)]
        for group in sorted(self.groups):
            out += self.groups[group].rows(group)
        return out


def _ranked(counter: Counter[Any]) -> list[tuple[Any, int]]:
    """Most first; ties in a stable, readable order."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))


def summary_columns(by: str | None) -> tuple[str, ...]:
    """section, key, kind, sentences, claims, documents, share; with --by, its field after section."""
    return ("section", *((by,) if by else ()), "key", "kind", "sentences", "claims", "documents", "share")


def _cells(row: Row, by: str | None) -> list[object]:
    cells: list[object] = [row.section, *((row.group,) if by else ()), row.key, row.kind, row.sentences,
                           row.claims, row.documents, row.share]
    return ["" if cell is None else cell for cell in cells]


def write_summary_csv(summary: CorpusSummary, out: IO[str], top: int = 20) -> None:
    import csv

    from attrib.outputs.export import neutralise

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(summary_columns(summary.by))
    for row in summary.rows(top):
        writer.writerow([neutralise(cell) for cell in _cells(row, summary.by)])


def write_summary_json(summary: CorpusSummary, out: IO[str], top: int = 20, lines: bool = False) -> None:
    """One JSON array of the summary's rows, or (`lines`) one JSON object a line."""
    import json

    columns = summary_columns(summary.by)
    records = [dict(zip(columns, [None if c == "" and i > 2 else c for i, c in enumerate(_cells(row, summary.by))],
                        strict=True)) for row in summary.rows(top)]
    if lines:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    else:
        out.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")


_SECTIONS = {
    "source_kind": ("Claims per source kind (share of attributed claims)", ("kind",), "claims"),
    "outlet": ("Claims per outlet (share of attributed claims)", ("outlet", "documents"), "claims"),
    "source": ("Top {top} sources (share of attributed claims)", ("source", "kind", "documents"), "claims"),
    "publisher": ("Documents per publisher (share of documents)", ("publisher", "claims"), "documents"),
    "language": ("Documents per language (share of documents)", ("language", "claims"), "documents"),
}


def print_summary_table(summary: CorpusSummary, out: IO[str], top: int = 20,
                        width: int | None = None) -> None:
    """The corpus summary as tables: totals, source kinds, outlets, top sources, publishers; with --by,
    one table of totals per value and the kinds and outlets of each."""
    from attrib.outputs.terminal import console as make_console

    console = make_console(out, width)
    total = summary.total
    share = total.unattributed / total.sentences if total.sentences else 0.0
    console.print(f"{total.documents} documents, {total.sentences} sentences, "
                  f"{total.attributed} attributed, {total.unattributed} unattributed ({share:.1%})", style="bold")
    rows = summary.rows(top)
    for section, (title, columns, count) in _SECTIONS.items():
        chosen = [r for r in rows if r.section == section and not r.group]
        _print_table(console, title.format(top=top), columns, count, chosen)
    if summary.by:
        grouped = [r for r in rows if r.group]
        _print_table(console, f"Per {summary.by}: sentences, and claims as shares of sentences",
                     ("group", "key", "sentences"), "claims", [r for r in grouped if r.section == "total"],
                     summary.by)
        _print_table(console, f"Per {summary.by}: claims per source kind and outlet (share of attributed claims)",
                     ("group", "section", "key"), "claims",
                     [r for r in grouped if r.section in ("source_kind", "outlet")], summary.by)


def _print_table(console: Any, title: str, columns: Sequence[str], count: str, rows: Sequence[Row],
                 group_header: str = "") -> None:
    if not rows:
        return
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from attrib.outputs.terminal import one_line

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in columns:
        table.add_column(group_header if column == "group" else column, overflow="fold")
    table.add_column(count, justify="right")
    table.add_column("share", justify="right")
    for row in rows:
        cells = {"group": row.group, "kind": row.kind or row.key, "outlet": row.key, "source": row.key,
                 "publisher": row.key, "language": row.key, "key": row.key, "section": row.section,
                 "claims": str(row.claims),
                 "documents": "" if row.documents is None else str(row.documents),
                 "sentences": "" if row.sentences is None else str(row.sentences)}
        number = str(row.claims) if count == "claims" else str(row.documents)
        table.add_row(*[Text(one_line(cells[c])) for c in columns], number, f"{row.share:.1%}")
    console.print(table)


def claim_of_record(record: dict[str, Any]) -> Claim:
    """A Claim back from one of attrib's JSON Lines records."""
    import dataclasses

    names = {f.name for f in dataclasses.fields(Claim)} - {"spans", "notes", "meta"}
    claim = Claim(**{name: record.get(name) for name in names})  # type: ignore[arg-type]
    claim.meta = {key: value for key, value in record.items() if key not in CLAIM_FIELDS}
    return claim


def summarize_jsonl(lines: Iterable[str | bytes], where: str = "<input>", by: str | None = None) -> CorpusSummary:
    """A CorpusSummary of attrib's own JSON Lines output (records of one document are consecutive)."""
    import json

    from attrib.errors import InputError

    summary = CorpusSummary(by=by)
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
