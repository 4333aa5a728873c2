"""Documents in: files, folders of .txt (and saved .html pages), and standard input, decoded carefully.

Binary files, undecodable bytes and empty input are reported as InputError naming the file, so the
CLI can print one line and go on (inside a folder) or stop (a file named alone).
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .html_input import HTML_SUFFIXES, read_page, require_extractor
from .lexicon import Lexicons
from .model import Document

TEXT_SUFFIXES = (".txt",)
_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class Decoding:
    encoding: str = "utf-8"
    errors: str = "strict"  # strict | replace


@dataclass(frozen=True, slots=True)
class Problem:
    """A document that was skipped, with why; folder runs report these as warnings."""

    name: str
    message: str


def decode(raw: bytes, name: str, decoding: Decoding = Decoding()) -> str:
    """Bytes -> text: BOMs honoured (UTF-8, UTF-16), binary refused, bad UTF-8 named by byte offset."""
    if raw.startswith(codecs.BOM_UTF8):
        raw, encoding = raw[len(codecs.BOM_UTF8):], "utf-8"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = decoding.encoding
        if b"\x00" in raw[:_SNIFF] and encoding.replace("-", "").lower() in ("utf8", "ascii", "latin1"):
            raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        text = raw.decode(encoding, errors=decoding.errors)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {exc.encoding} at byte {exc.start}; "
                         "pass --encoding or --errors replace") from None
    except LookupError:
        raise InputError(f"unknown encoding {decoding.encoding!r}") from None
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to analyse)")
    return text


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def read_document(path: Path, decoding: Decoding = Decoding()) -> str:
    return decode(read_bytes(path), str(path), decoding)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def folder_files(folder: Path) -> list[Path]:
    """The .txt and .html files under a folder, sorted, following no symlink loops."""
    seen: set[tuple[int, int]] = set()
    found: list[Path] = []

    def walk(directory: Path) -> None:
        try:
            info = directory.stat()
        except OSError:
            return
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return
        seen.add(key)
        try:
            entries = sorted(directory.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.is_dir():
                walk(entry)
            elif entry.suffix.lower() in TEXT_SUFFIXES or is_html(entry):
                found.append(entry)

    walk(folder)
    return found


@dataclass(frozen=True, slots=True)
class Source:
    """One document to analyse, not yet read."""

    name: str
    path: Path | None  # None for standard input
    in_folder: bool = False


def plan(paths: Sequence[str]) -> list[Source]:
    """Expand the command-line paths into documents; fail early on a missing path or empty folder."""
    sources: list[Source] = []
    for arg in paths:
        if arg == "-":
            sources.append(Source("-", None))
            continue
        path = Path(arg)
        if path.is_dir():
            files = folder_files(path)
            if not files:
                raise InputError(f"{arg}: folder has no .txt files (nor .html pages)")
            sources.extend(Source(str(f), f, in_folder=True) for f in files)
        elif path.exists():
            sources.append(Source(arg, path))
        else:
            raise InputError(f"{arg}: no such file or folder")
    if any(s.path is not None and is_html(s.path) for s in sources):
        require_extractor()  # a missing `html` extra stops the run before any work
    return sources


def read_stdin(decoding: Decoding = Decoding()) -> str:
    return decode(sys.stdin.buffer.read(), "<stdin>", decoding)


def load(source: Source, decoding: Decoding, lexicons: Lexicons | None) -> Document:
    """One source as a Document: a web page through html_input, anything else as decoded text."""
    if source.path is None:
        return Document(id=source.name, text=read_stdin(decoding))
    if is_html(source.path):
        if lexicons is None:
            from .pipeline import default_rules

            lexicons = default_rules().lexicons
        return read_page(read_bytes(source.path), source.name, lexicons)
    return Document(id=source.name, text=read_document(source.path, decoding))


def documents(sources: Sequence[Source], decoding: Decoding = Decoding(),
              problems: list[Problem] | None = None, lexicons: Lexicons | None = None) -> Iterator[Document]:
    """A Document for each source. Inside a folder a bad file becomes a Problem; alone it raises.

    `lexicons` (the run's rules) tell web-page reading which clutter to drop and which outlets exist.
    """
    for source in sources:
        try:
            document = load(source, decoding, lexicons)
        except InputError as exc:
            if source.in_folder and problems is not None:
                problems.append(Problem(source.name, str(exc)))
                continue
            raise
        yield document
