"""Claims -> CSV, JSON and JSON Lines, written as they come (streaming), in the contract's key order."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from .model import CLAIM_FIELDS, Claim

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
            row = []
            for value in claim.as_record().values():
                cell: object = "" if value is None else ("true" if value is True else
                                                          "false" if value is False else value)
                row.append(neutralise(cell) if self.formula_safe else cell)
            carriage_return = any(isinstance(cell, str) and "\r" in cell for cell in row)
            (self.quoted_writer if carriage_return else self.writer).writerow(row)
