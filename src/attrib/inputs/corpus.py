"""Corpus input: JSON Lines files, globs, folders, files and stdin, streamed one document at a time.

A `.jsonl`/`.ndjson` file holds one document per line (`{"id": ..., "text": ...}`, as researchers
store crawls); it is read line by line, so memory stays flat however many documents it holds. Every
other argument goes to attrib.inputs (plain text files, folders of .txt files, `-` for stdin).
"""

from __future__ import annotations

import codecs
import glob
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from attrib.errors import InputError
from attrib.inputs.sources import Decoding, Problem, ProblemSink, Source, documents, peek_stdin, plan, stdin_stream
from attrib.inputs.walk import WalkOptions
from attrib.model import Document
from attrib.record import FrozenRecord
from attrib.rulebook.lexicon import Lexicons

JSONL_SUFFIXES = (".jsonl", ".ndjson")
_GLOB_CHARS = frozenset("*?[")
_SURROGATE = re.compile("[\ud800-\udfff]")


class CorpusOptions(FrozenRecord):
    """How to read documents: which JSON fields hold the text and the id, and whether stdin is JSONL."""

    __slots__ = ("decoding", "id_field", "input_format", "kept", "lang", "text_field", "text_field_given", "walk")

    def __init__(self, text_field: str = "text", text_field_given: bool = False, id_field: str | None = "id",
                 input_format: str = "auto", decoding: Decoding | None = None, walk: WalkOptions | None = None,
                 kept: tuple[str, ...] = (), lang: str = "auto") -> None:
        self.text_field = text_field
        #: --text-field was given: an input that is not JSON Lines would silently ignore it, so it is an error
        self.text_field_given = text_field_given
        self.id_field = id_field
        self.input_format = input_format  # auto (by file suffix) | text | jsonl
        self.decoding = decoding if decoding is not None else Decoding()
        self.walk = walk if walk is not None else WalkOptions()  # how folders are walked (--hidden, --no-ignore)
        #: fields of a JSON Lines document carried into its records (url, date, section, --keep-field)
        self.kept = kept
        #: the documents' language (--lang): a code for every document, or "auto" (a record's `lang`, else a guess)
        self.lang = lang


class Doc(FrozenRecord):
    """One document on its way in: its id, its text and the input bytes it took (for progress);
    a saved web page also brings its publisher, date and title."""

    __slots__ = ("date", "id", "lang", "meta", "publisher", "size", "text", "title")

    def __init__(self, id: str, text: str, size: int, publisher: str | None = None, date: str | None = None,
                 title: str | None = None, meta: dict[str, object] | None = None, lang: str | None = None) -> None:
        self.id, self.text, self.size = id, text, size
        self.publisher, self.date, self.title = publisher, date, title
        #: the document's fields carried into its records (see CorpusOptions.kept)
        self.meta = meta if meta is not None else {}
        #: the language a JSON Lines record says it is in (its `lang` field), if it says
        self.lang = lang

    def document(self) -> Document:
        return Document(id=self.id, text=self.text, publisher=self.publisher, date=self.date, title=self.title)


class JsonlSource(FrozenRecord):
    __slots__ = ("name", "path")

    def __init__(self, name: str, path: Path | None) -> None:
        self.name = name
        self.path = path  # None for standard input


Planned = Source | JsonlSource


def is_glob(arg: str) -> bool:
    return any(c in _GLOB_CHARS for c in arg) and not Path(arg).exists()


def _is_jsonl(path: Path, options: CorpusOptions) -> bool:
    if options.input_format != "auto":
        return options.input_format == "jsonl"
    return path.suffix.lower() in JSONL_SUFFIXES


def stdin_is_jsonl(options: CorpusOptions) -> bool:
    """--input-format says so, or (auto) the first line of standard input is a JSON object."""
    if options.input_format != "auto":
        return options.input_format == "jsonl"
    body = peek_stdin().removeprefix(codecs.BOM_UTF8).lstrip()
    if not body.startswith(b"{"):
        return False
    if b"\n" not in body:
        body = peek_stdin(to_line_end=True).removeprefix(codecs.BOM_UTF8).lstrip()
    try:
        return isinstance(json.loads(body.split(b"\n", 1)[0]), dict)
    except ValueError:
        return False


def plan_corpus(paths: Sequence[str], options: CorpusOptions = CorpusOptions()) -> list[Planned]:
    """Expand arguments (globs included) into sources; fail early on a missing path or empty glob."""
    planned = _expand(paths, options)
    if options.text_field_given and not any(isinstance(item, JsonlSource) for item in planned):
        raise InputError(f"--text-field {options.text_field} is for JSON Lines input, and no input is "
                         "JSON Lines (.jsonl/.ndjson files; --input-format jsonl for others)")
    return planned


def _expand(paths: Sequence[str], options: CorpusOptions) -> list[Planned]:
    planned: list[Planned] = []
    for arg in paths:
        if arg == "-":
            planned.append(JsonlSource("-", None) if stdin_is_jsonl(options) else Source("-", None))
            continue
        matches = [arg]
        if is_glob(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise InputError(f"{arg}: no file matches this pattern")
        for item in matches:
            path = Path(item)
            if path.is_file() and _is_jsonl(path, options):
                planned.append(JsonlSource(item, path))
            else:
                planned.extend(plan([item], options.walk))
    return planned


def _record_text(record: object, where: str, options: CorpusOptions) -> tuple[str | None, str]:
    """(id or None, text) of one JSON Lines record; InputError when the text field is missing."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: a line must be a JSON object")
    text = record.get(options.text_field)
    if not isinstance(text, str):
        raise InputError(f"{where}: no text field {options.text_field!r} (choose it with --text-field)")
    ident = record.get(options.id_field) if options.id_field else None
    return (None if ident is None else str(ident)), text


def _well_formed(value: str) -> str:
    """A JSON string may hold a lone surrogate ("\\ud800"), which no UTF-8 output can carry: U+FFFD
    stands in for it, one code point for one, so offsets do not move."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def _kept(record: dict[str, object], names: Sequence[str]) -> dict[str, object]:
    """The named fields of a record: scalars as they are, lists and objects as their JSON text."""
    kept: dict[str, object] = {}
    for name in names:
        value = record.get(name)
        if isinstance(value, dict | list):
            value = json.dumps(value, ensure_ascii=False)
        kept[name] = _well_formed(value) if isinstance(value, str) else value
    return kept


def _parse_line(raw: bytes, where: str, options: CorpusOptions) -> dict[str, object]:
    try:
        record = json.loads(raw.decode(options.decoding.encoding, errors=options.decoding.errors))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{where}: not a JSON line ({exc.__class__.__name__})") from None
    except RecursionError:
        raise InputError(f"{where}: not read: JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: a line must be a JSON object")
    return record


#: a record's field that names its language ("de", "fr"), read when the run guesses languages
LANG_FIELD = "lang"


def _language(record: dict[str, object], options: CorpusOptions) -> str | None:
    """The language asked for (--lang), else the record's `lang` field as a code ("FR" -> "fr"), or None."""
    if options.lang != "auto":
        return options.lang
    value = record.get(LANG_FIELD)
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def jsonl_documents(handle: Iterable[bytes], name: str, options: CorpusOptions,
                    problems: ProblemSink) -> Iterator[Doc]:
    """Documents of a JSON Lines stream; a bad line becomes a Problem, the rest go on."""
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = _parse_line(raw, where, options)
            ident, text = _record_text(record, where, options)
        except InputError as exc:
            problems.append(Problem(where, str(exc)))
            continue
        if not text.strip():
            problems.append(Problem(where, f"{where}: empty text"))
            continue
        yield Doc(_well_formed(ident) if ident is not None else where, _well_formed(text), len(raw),
                  meta=_kept(record, options.kept), lang=_language(record, options))


def corpus_documents(planned: Iterable[Planned], options: CorpusOptions = CorpusOptions(),
                     problems: ProblemSink | None = None, lexicons: Lexicons | None = None) -> Iterator[Doc]:
    """Every document of every source, in order, read lazily (`lexicons` help read web pages)."""
    sink: ProblemSink = [] if problems is None else problems
    for item in planned:
        if isinstance(item, JsonlSource):
            yield from _jsonl_source(item, options, sink)
            continue
        for document in documents([item], options.decoding, sink, lexicons):
            meta: dict[str, object] = {"date": document.date} if "date" in options.kept and document.date else {}
            yield Doc(document.id, document.text, len(document.text), document.publisher, document.date,
                      document.title, meta, None if options.lang == "auto" else options.lang)


def _jsonl_source(item: JsonlSource, options: CorpusOptions, problems: ProblemSink) -> Iterator[Doc]:
    """The documents of one JSON Lines input; one with no line (but blank ones) is an error, like an
    empty text file."""
    lines = 0

    def counted(handle: IO[bytes]) -> Iterator[bytes]:
        nonlocal lines
        for line in handle:
            lines += bool(line.strip())
            yield line

    if item.path is None:
        yield from jsonl_documents(counted(stdin_stream()), "<stdin>", options, problems)
    else:
        try:
            with item.path.open("rb") as handle:
                yield from jsonl_documents(counted(handle), item.name, options, problems)
        except OSError as exc:
            raise InputError(f"{item.name}: cannot read ({exc.strerror})") from None
    if lines == 0:  # the rule of an empty text file named on the command line
        raise InputError(f"{'<stdin>' if item.path is None else item.name}: is empty (no document to analyse)")


def is_corpus(planned: Sequence[Planned]) -> bool:
    """More than one document, or a JSON Lines file of them (worth a progress bar)."""
    return len(planned) > 1 or any(isinstance(item, JsonlSource) for item in planned)


def total_size(planned: Iterable[Planned]) -> int | None:
    """Bytes to read, for a progress bar's ETA; None when stdin is among the inputs."""
    total = 0
    for item in planned:
        if item.path is None:
            return None
        try:
            total += item.path.stat().st_size
        except OSError:
            return None
    return total


def find_document(path: str, options: CorpusOptions, ident: str | None = None,
                  lexicons: Lexicons | None = None) -> Doc:
    """The one document `attrib run PATH` would read, or the one with id `ident` among several."""
    problems: list[Problem] = []
    docs = corpus_documents(plan_corpus([path], options), options, problems, lexicons)
    if ident is None:
        first, second = next(docs, None), next(docs, None)
        if first is not None and second is None:
            return first
        if first is not None:
            raise InputError(f"{path} holds several documents: choose one with --doc ID")
    else:
        for doc in docs:
            if doc.id == ident:
                return doc
    reason = f" ({problems[0].message})" if problems else ""
    what = "no document" if ident is None else f"no document with id {ident!r}"
    raise InputError(f"{path}: {what}{reason}")
