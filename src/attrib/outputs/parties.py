"""Who is quoted across a corpus: each source counted once, under its fullest name.

Within a document the entity table already gives every claim of one party the same `source_name`
("Trump", "Mr. Trump", "he" -> Donald Trump). Across documents, names that agree are merged: the same
name however written ("The Guardian", "Guardian"), a lone surname that only one full name of the corpus
ends with ("Trump" -> Donald Trump), and an acronym that only one name's initials, or the acronym a text
defined, spell ("KCNA" -> Korean Central News Agency). `attrib sources`, `--summary` and the "who
vouches for what" table count parties this way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from attrib.model import Claim
from attrib.rulebook.lexicon import normalize_name

UNKNOWN_KIND = "unknown"
#: the kinds of source whose names are names (a lone surname or an acronym may stand for them)
_NAMED_KINDS = ("named", "outlet")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]{1,7}")
_DEFINED = re.compile(r"^(.+?)\s*\(([^()]+)\)$")  # "World Health Organization (WHO)"

Key = tuple[str, str]  # (name as counted, source kind)


def party_name(claim: Claim) -> str | None:
    """The name a claim's source is counted under: its party's fullest name, else what the source
    stands for, else the source as written (on one line)."""
    name = claim.source_name or claim.source_resolved or claim.source
    return " ".join(name.split()) if name else None


@dataclass(slots=True)
class Party:
    """One source across a corpus."""

    name: str
    kind: str
    claims: int = 0
    documents: int = 0
    direct: int = 0  # claims quoted directly
    outlets: Counter[str] = field(default_factory=Counter)  # outlet -> claims it carries


@dataclass(slots=True)
class PartyCounts:
    """Counts per (name, kind), kept small: no claim is stored, memory grows with the parties only."""

    claims: Counter[Key] = field(default_factory=Counter)
    documents: Counter[Key] = field(default_factory=Counter)
    direct: Counter[Key] = field(default_factory=Counter)
    outlets: dict[Key, Counter[str]] = field(default_factory=dict)

    def add_document(self, claims: Iterable[Claim]) -> None:
        seen: set[Key] = set()
        for claim in claims:
            name = party_name(claim) if claim.attributed else None
            if not name:
                continue
            key = (name, claim.source_kind or UNKNOWN_KIND)
            self.claims[key] += 1
            seen.add(key)
            if claim.quote == "direct":
                self.direct[key] += 1
            if claim.outlet:
                self.outlets.setdefault(key, Counter())[claim.outlet] += 1
        self.documents.update(seen)

    def parties(self) -> list[Party]:
        """Every party, names that agree merged, most claims first. A merged party's documents are the
        sum of its names' documents (a document that wrote both forms is rare: within a document a
        surname already carries the full name)."""
        into = merged_names(self.claims)
        out: dict[Key, Party] = {}
        for key, count in self.claims.items():
            target = into.get(key, key)
            party = out.setdefault(target, Party(*target))
            party.claims += count
            party.documents += self.documents[key]
            party.direct += self.direct[key]
            party.outlets.update(self.outlets.get(key, Counter()))
        return sorted(out.values(), key=lambda p: (-p.claims, p.name, p.kind))


def merged_names(counts: Counter[Key]) -> dict[Key, Key]:
    """Each (name, kind) that another stands for -> that other: the same name written otherwise, a
    lone surname one full name ends with, an acronym one name's initials spell."""
    by_form: dict[tuple[str, str], Key] = {}
    for key in sorted(counts, key=lambda k: (-len(k[0]), -counts[k], k)):
        by_form.setdefault((_form(key[0]), key[1]), key)  # the longest, commonest writing of a form
    into = {key: by_form[_form(key[0]), key[1]] for key in counts if by_form[_form(key[0]), key[1]] != key}
    surnames, acronyms = _short_forms(by_form.values())
    for key in by_form.values():
        name, kind = key
        if kind not in _NAMED_KINDS or " " in name:
            continue
        found = acronyms.get(name) if _ACRONYM.fullmatch(name) else surnames.get(_form(name))
        if found is not None and found != key:
            into[key] = found
    return {key: into.get(target, target) for key, target in into.items()}


def _form(name: str) -> str:
    """A name as compared: lower case, no leading "the", no possessive, no (ACRONYM) after it."""
    defined = _DEFINED.match(name)
    return normalize_name(defined.group(1) if defined else name)


def _short_forms(keys: Iterable[Key]) -> tuple[dict[str, Key], dict[str, Key]]:
    """The one full name each surname and acronym may stand for (none where two could)."""
    surnames: dict[str, Key | None] = {}
    acronyms: dict[str, Key | None] = {}
    for key in keys:
        name, kind = key
        if kind not in _NAMED_KINDS or " " not in name:
            continue
        defined = _DEFINED.match(name)
        words = (defined.group(1) if defined else name).split()
        initials = "".join(w[0] for w in words if w[:1].isupper())
        for table, short in ((surnames, _form(words[-1])), (acronyms, initials),
                             (acronyms, defined.group(2) if defined else "")):
            if short and len(short) >= 2:
                table[short] = key if table.get(short, key) == key else None
    return ({k: v for k, v in surnames.items() if v is not None},
            {k: v for k, v in acronyms.items() if v is not None})


# --- output ------------------------------------------------------------------------------------------

SOURCE_COLUMNS = ("source", "kind", "claims", "documents", "direct", "outlets")


def _outlets_cell(party: Party) -> str:
    return "; ".join(f"{outlet} ({count})" for outlet, count in sorted(party.outlets.items(),
                                                                         key=lambda kv: (-kv[1], kv[0])))


def write_sources_csv(parties: Sequence[Party], out: IO[str]) -> None:
    import csv

    from attrib.outputs.export import neutralise

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SOURCE_COLUMNS)
    for p in parties:
        writer.writerow([neutralise(p.name), p.kind, p.claims, p.documents, p.direct, neutralise(_outlets_cell(p))])


def sources_records(parties: Sequence[Party]) -> list[dict[str, Any]]:
    return [{"source": p.name, "kind": p.kind, "claims": p.claims, "documents": p.documents, "direct": p.direct,
             "outlets": dict(sorted(p.outlets.items(), key=lambda kv: (-kv[1], kv[0])))} for p in parties]


def write_sources_json(parties: Sequence[Party], out: IO[str], lines: bool = False) -> None:
    import json

    records = sources_records(parties)
    if lines:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    else:
        out.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")


def print_sources_table(parties: Sequence[Party], out: IO[str], width: int | None = None) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from attrib.outputs.terminal import console as make_console
    from attrib.outputs.terminal import one_line

    console = make_console(out, width)
    claims = sum(p.claims for p in parties)
    console.print(f"{len(parties)} sources, {claims} attributed claims", style="bold")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for column in SOURCE_COLUMNS:
        table.add_column(column, justify="right" if column in ("claims", "documents", "direct") else "left",
                         overflow="fold")
    for p in parties:
        table.add_row(Text(one_line(p.name)), p.kind, str(p.claims), str(p.documents), str(p.direct),
                      Text(one_line(_outlets_cell(p))))
    console.print(table)


def write_sources(parties: Sequence[Party], out: IO[str], format: str, top: int = 0,
                  width: int | None = None) -> None:
    """The source table in a format: table, csv, json or jsonl (the `top` first, or all with 0)."""
    chosen = parties[:top] if top else parties
    if format == "csv":
        write_sources_csv(chosen, out)
    elif format in ("json", "jsonl"):
        write_sources_json(chosen, out, lines=format == "jsonl")
    else:
        print_sources_table(chosen, out, width)
