"""Where output goes, and in which format: `-o`'s extension decides unless --format says otherwise.

`-o claims.csv` writes CSV, `.json` JSON, `.jsonl`/`.ndjson` JSON Lines, `.html`/`.htm` one HTML page,
and a folder (an existing one, or a name ending in `/`) the HTML report with one page per document.
Any other name gets the table. A --format that contradicts the extension is an error, never a guess;
so is an `-o` that names one of the inputs (it would be overwritten before it is read).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from attrib.errors import AttribError

SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html",
                  ".htm": "html"}
SUMMARY_FORMATS = ("table", "csv", "json", "jsonl")


def is_folder(out: str) -> bool:
    """An existing folder, or a name ending in a slash (as typed: a Path drops the slash)."""
    return out.endswith(("/", os.sep)) or Path(out).is_dir()


def implied_format(out: str | None) -> str | None:
    """The format `-o` implies by its extension (or by being a folder), None when it implies none."""
    if out is None:
        return None
    if is_folder(out):
        return "html"
    return SUFFIX_FORMATS.get(Path(out).suffix.lower())


def output_format(given: str | None, out: str | None, summary: bool = False) -> str:
    """--format if given (checked against -o), else what -o implies, else the table."""
    implied = implied_format(out)
    if given and implied and given != implied:
        what = "a folder" if out is not None and is_folder(out) else f"a {Path(out or '').suffix} file"
        raise AttribError(f"-o {out} is {what}, which means --format {implied}, but --format {given} "
                          "was given: make them agree (or drop --format)")
    chosen = given or implied or "table"
    if summary and chosen not in SUMMARY_FORMATS:
        raise AttribError(f"--summary is written as table, csv, json or jsonl, not {chosen}; the HTML "
                          "report's index.html (--format html -o DIR) holds the corpus summary")
    return chosen


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_inputs(out: Path | None, folder: Path | None, inputs: Iterable[Path]) -> None:
    """AttribError when `-o` would overwrite an input file, or an HTML folder holds one."""
    if out is None and folder is None:
        return
    inside = folder.resolve() if folder is not None and folder.exists() else None
    for path in inputs:
        if out is not None and out.exists() and _same_file(out, path):
            raise AttribError(f"-o {out} is one of the inputs ({path}); it would be overwritten: "
                              "choose another output file")
        if inside is not None and inside in path.resolve().parents:
            raise AttribError(f"-o {folder} holds an input ({path}); its pages would be read or "
                              "overwritten: choose another folder")
