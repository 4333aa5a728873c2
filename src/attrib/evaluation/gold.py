"""Gold claims in the shared format: .json (one record or a list) or .jsonl (one record a line).

A record is {"id", "text", "publisher_outlet"?, "fields"?, "claims": [{"start", "end", "attributed",
"source", "alt_sources"?, "resolved"?, "source_kind"?, "cue"?, "outlet"?, "quote"?}]}, one claim per
gold sentence. "fields" lists what is scored; a record without it is scored on LEGACY_FIELDS.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attrib.errors import InputError
from attrib.inputs.sources import reading

LEGACY_FIELDS = frozenset({"seg", "attributed", "source", "outlet", "outletFP", "quote", "publisher"})
ALL_FIELDS = ("seg", "attributed", "source", "cue", "outlet", "outletFP", "quote", "publisher")


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
        with reading(path):
            content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
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



__all__ = ["ALL_FIELDS", "LEGACY_FIELDS", "GoldClaim", "GoldRecord", "gold_record", "load_gold",
           "record_fields"]
