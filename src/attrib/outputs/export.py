"""Claims -> CSV, JSON and JSON Lines, written as they come (streaming), in the contract's key order."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO

from attrib.model import CLAIM_FIELDS, Claim, Document

#: OWASP: a cell starting with one of these can run as a formula in a spreadsheet
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """Prefix a quote to text that a spreadsheet would read as a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def json_line(claim: Claim) -> str:
    return json.dumps(claim.as_record(), ensure_ascii=False)


class Writer:
    """Base for streaming writers: begin, write claims document by document, end."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def begin(self) -> None:
        pass

    def write(self, claims: Iterable[Claim]) -> None:
        raise NotImplementedError

    def write_document(self, document: Document, claims: list[Claim]) -> None:
        """One document's claims; writers that show the text (HTML) override this."""
        self.write(claims)

    def end(self) -> None:
        pass


class JsonLinesWriter(Writer):
    def write(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            self.out.write(json_line(claim) + "\n")


class JsonWriter(Writer):
    """One JSON array of every record, streamed element by element."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.count = 0

    def begin(self) -> None:
        self.out.write("[")

    def write(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            self.out.write(("," if self.count else "") + "\n  " + json_line(claim))
            self.count += 1

    def end(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")


class CsvWriter(Writer):
    """Fixed columns: CLAIM_FIELDS. Empty cell for null; true/false for attributed."""

    def __init__(self, out: IO[str], formula_safe: bool = True) -> None:
        super().__init__(out)
        self.writer = csv.writer(out, lineterminator="\n")
        # the csv module quotes only the line terminator's characters, so a lone "\r" inside a cell
        # would end the row for a reader; rows holding one are written fully quoted
        self.quoted_writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
        self.formula_safe = formula_safe

    def begin(self) -> None:
        self.writer.writerow(CLAIM_FIELDS)

    def write(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            row = csv_row(claim, self.formula_safe)
            (self.quoted_writer if needs_full_quoting(row) else self.writer).writerow(row)


def csv_row(claim: Claim, formula_safe: bool = True) -> list[object]:
    row = []
    for value in claim.as_record().values():
        cell: object = "" if value is None else ("true" if value is True else
                                                  "false" if value is False else value)
        row.append(neutralise(cell) if formula_safe else cell)
    return row


def render_jsonl(claims: Iterable[Claim]) -> str:
    """One document's JSON Lines, as JsonLinesWriter writes them (workers render, the parent writes)."""
    return "".join(json_line(claim) + "\n" for claim in claims)


def render_csv(claims: Iterable[Claim], formula_safe: bool = True) -> str:
    """One document's CSV rows (no header), as CsvWriter writes them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for claim in claims:
        row = csv_row(claim, formula_safe)
        (quoted if needs_full_quoting(row) else writer).writerow(row)
    return buffer.getvalue()


def needs_full_quoting(row: list[object]) -> bool:
    """The csv module quotes only the line terminator's characters, so a lone "\r" inside a cell
    would end the row for a reader: rows holding one are written fully quoted."""
    return any(isinstance(cell, str) and "\r" in cell for cell in row)
