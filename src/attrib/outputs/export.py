"""Claims -> CSV, JSON and JSON Lines, written as they come (streaming), in the contract's key order."""

from __future__ import annotations

import csv
import io
import json
import operator
from collections.abc import Iterable, Sequence
from typing import IO

from attrib.model import CLAIM_FIELDS, Claim, Document

#: OWASP: a cell starting with one of these can run as a formula in a spreadsheet
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """Prefix a quote to text that a spreadsheet would read as a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


# A record is written from a fixed template: the contract's keys are known, and their values are
# strings, whole numbers, booleans or null, so each is encoded directly (json's own string encoder)
# instead of json.dumps building a dict and walking it. The bytes are those of json.dumps(record,
# ensure_ascii=False): tests/test_export.py holds it to that on hostile text.
_encode_string = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
_KEY_PREFIXES = tuple(("{" if i == 0 else ", ") + json.dumps(name) + ": " for i, name in enumerate(CLAIM_FIELDS))


def _value(value: object) -> str:
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


_values = operator.attrgetter(*CLAIM_FIELDS)  # every value of the contract in one call


def json_line(claim: Claim, kept: Sequence[str] = ()) -> str:
    """One record as JSON, byte for byte json.dumps(claim.as_record(kept), ensure_ascii=False)."""
    parts = [prefix + (_encode_string(value) if type(value) is str else _value(value))
             for prefix, value in zip(_KEY_PREFIXES, _values(claim), strict=True)]
    for name in kept:
        parts.append(", " + _encode_string(name) + ": " + _value(claim.meta.get(name)))
    parts.append("}")
    return "".join(parts)


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

    def abort(self) -> None:
        """The run stopped before its end: leave nothing half-made (what is on `out` is the caller's)."""


class JsonLinesWriter(Writer):
    def __init__(self, out: IO[str], kept: Sequence[str] = ()) -> None:
        super().__init__(out)
        self.kept = tuple(kept)

    def write(self, claims: Iterable[Claim]) -> None:
        self.out.write(render_jsonl(claims, self.kept))


class JsonWriter(Writer):
    """One JSON array of every record, streamed element by element."""

    def __init__(self, out: IO[str], kept: Sequence[str] = ()) -> None:
        super().__init__(out)
        self.count = 0
        self.kept = tuple(kept)

    def begin(self) -> None:
        self.out.write("[")

    def write(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            self.out.write(("," if self.count else "") + "\n  " + json_line(claim, self.kept))
            self.count += 1

    def end(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")


class CsvWriter(Writer):
    """Fixed columns: CLAIM_FIELDS. Empty cell for null; true/false for attributed."""

    def __init__(self, out: IO[str], formula_safe: bool = True, kept: Sequence[str] = ()) -> None:
        super().__init__(out)
        self.kept = tuple(kept)
        self.writer = csv.writer(out, lineterminator="\n")
        self.formula_safe = formula_safe

    def begin(self) -> None:
        self.writer.writerow((*CLAIM_FIELDS, *self.kept))

    def write(self, claims: Iterable[Claim]) -> None:
        self.out.write(render_csv(claims, self.formula_safe, self.kept))


def csv_cell(value: object) -> object:
    """Empty for null, true/false for booleans, JSON for a list or object kept from a document."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_row(claim: Claim, formula_safe: bool = True, kept: Sequence[str] = ()) -> list[object]:
    cells = [csv_cell(value) for value in claim.as_record(kept).values()]
    return [neutralise(cell) for cell in cells] if formula_safe else cells


def render_jsonl(claims: Iterable[Claim], kept: Sequence[str] = ()) -> str:
    """One document's JSON Lines, as JsonLinesWriter writes them (workers render, the parent writes)."""
    return "".join(json_line(claim, kept) + "\n" for claim in claims)


def render_csv(claims: Iterable[Claim], formula_safe: bool = True, kept: Sequence[str] = ()) -> str:
    """One document's CSV rows (no header), as CsvWriter writes them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # the csv module quotes only the line terminator's characters, so a lone "\r" inside a cell
    # would end the row for a reader; rows holding one are written fully quoted
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for claim in claims:
        row = csv_row(claim, formula_safe, kept)
        (quoted if needs_full_quoting(row) else writer).writerow(row)
    return buffer.getvalue()


def needs_full_quoting(row: list[object]) -> bool:
    """The csv module quotes only the line terminator's characters, so a lone "\r" inside a cell
    would end the row for a reader: rows holding one are written fully quoted."""
    return any(isinstance(cell, str) and "\r" in cell for cell in row)
