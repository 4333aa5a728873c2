"""Documents in: files, folders of .txt (and saved .html pages), and standard input, decoded carefully.

Binary files, undecodable bytes and empty input are reported as InputError naming the file, so the
CLI can print one line and go on (inside a folder) or stop (a file named alone).
"""

from __future__ import annotations

import codecs
import io
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

from attrib.errors import InputError
from attrib.inputs.html import HTML_SUFFIXES, read_page, require_extractor
from attrib.inputs.walk import WalkOptions, walk_files
from attrib.model import Document
from attrib.record import FrozenRecord
from attrib.rulebook.lexicon import Lexicons

TEXT_SUFFIXES = (".txt",)
_SNIFF = 8192
_BYTE_WIDE = ("utf8", "ascii", "latin1", "iso88591", "cp1252")


class Decoding(FrozenRecord):
    __slots__ = ("encoding", "errors")

    def __init__(self, encoding: str = "utf-8", errors: str = "strict") -> None:
        self.encoding = encoding
        self.errors = errors  # strict | replace


class Problem(FrozenRecord):
    """A document that was skipped, with why; folder runs report these as warnings."""

    __slots__ = ("message", "name")

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        self.message = message


class ProblemSink(Protocol):
    """Where skipped documents are reported: a list, or a sink that streams and counts them."""

    def append(self, problem: Problem, /) -> None: ...


def _unicode_family(encoding: str) -> bool:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(("utf-8", "utf-16", "utf-32"))


def _encoding_of(head: bytes, name: str, decoding: Decoding) -> tuple[str, int]:
    """(encoding, BOM length) from the first bytes: BOMs honoured (UTF-8, UTF-16, UTF-32) unless
    --encoding names an encoding outside Unicode's (a Latin-1 file may well start with bytes FF FE);
    binary refused."""
    if _unicode_family(decoding.encoding):
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8", len(codecs.BOM_UTF8)
        if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
            return "utf-32", 0  # the codec reads the BOM itself to learn the byte order
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", 0
    # like ripgrep and git: a NUL byte near the start means binary, unless a 16/32-bit encoding was asked
    if b"\x00" in head[:_SNIFF] and decoding.encoding.replace("-", "").replace("_", "").lower() in _BYTE_WIDE:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        codecs.lookup(decoding.encoding)
    except LookupError:
        raise InputError(f"unknown encoding {decoding.encoding!r}") from None
    return decoding.encoding, 0


def _undecodable(name: str, exc: UnicodeDecodeError, offset: int = 0) -> InputError:
    return InputError(f"{name}: not valid {exc.encoding} at byte {offset + exc.start}; "
                      "pass --encoding or --errors replace")


def decode(raw: bytes, name: str, decoding: Decoding = Decoding()) -> str:
    """Bytes -> text: BOMs honoured (UTF-8, UTF-16), binary refused, bad UTF-8 named by byte offset."""
    encoding, skip = _encoding_of(raw, name, decoding)
    try:
        text = raw[skip:].decode(encoding, errors=decoding.errors)
    except UnicodeDecodeError as exc:
        raise _undecodable(name, exc, skip) from None
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to analyse)")
    return text


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def read_document(path: Path, decoding: Decoding = Decoding()) -> str:
    return decode(read_bytes(path), str(path), decoding)


@contextmanager
def reading(path: Path, missing: str = "no such file") -> Iterator[None]:
    """Turn the system's reasons for not reading `path` into one-line InputErrors naming it."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{path}: {missing}") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_bytes(path: Path) -> bytes:
    with reading(path):
        return path.read_bytes()


# --- big documents, block by block -----------------------------------------------------------------
#
# A document is read and analysed in blocks so that memory stays bounded whatever its size. A block
# ends at the first blank line (a paragraph break: no sentence crosses one) after BLOCK_CHARS
# characters; with no blank line up to MAX_BLOCK_CHARS it ends at the last sentence stop, else the
# last whitespace, else right there. A document shorter than BLOCK_CHARS is one block, so it is
# analysed exactly as a whole.

BLOCK_CHARS = 1_000_000
MAX_BLOCK_CHARS = 4_000_000
_READ_BYTES = 1 << 20
_PARAGRAPH_BREAK = re.compile(r"(?>\r\n|\r|\n)[^\S\r\n]*(?>\r\n|\r|\n)\s*")  # atomic: CRLF is one break
_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_WHITESPACE = re.compile(r"\s+")


class Block(FrozenRecord):
    """A piece of a document: its text and the offset of its first character in the whole text."""

    __slots__ = ("start", "text")

    def __init__(self, start: int, text: str) -> None:
        self.start = start
        self.text = text


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """End of the last match in text[start:end], looking backwards a window at a time."""
    window = 1 << 16
    while end > start:
        low = max(start, end - window)
        last = None
        for m in pattern.finditer(text, low, end):
            last = m.end()
        if last is not None:
            return last
        end = low
    return None


def block_cut(text: str, at_eof: bool, block_chars: int = BLOCK_CHARS,
              max_chars: int = MAX_BLOCK_CHARS) -> int | None:
    """Where to end the next block of `text` (a buffer), or None to read more first."""
    if len(text) < block_chars:
        return len(text) if at_eof else None
    gap = _PARAGRAPH_BREAK.search(text, block_chars, max_chars)
    if gap is not None and (gap.end() < len(text) or at_eof):
        return gap.end()
    if len(text) < max_chars:
        return len(text) if at_eof else None
    for pattern in (_SENTENCE_STOP, _WHITESPACE):
        cut = _last_match(pattern, text, block_chars // 2, max_chars)
        if cut is not None and cut < len(text):
            return cut
    cut = max_chars
    return cut + 1 if 0 < cut < len(text) and text[cut - 1] == "\r" and text[cut] == "\n" else cut


def text_blocks(text: str, block_chars: int | None = None, max_chars: int | None = None) -> Iterator[Block]:
    """A text already in memory (a large JSON Lines document) as the Blocks stream_blocks would give."""
    block_chars, max_chars = block_chars or BLOCK_CHARS, max_chars or MAX_BLOCK_CHARS
    position = 0
    while position < len(text):
        window = text[position:position + max_chars + 1]
        at_eof = position + len(window) >= len(text)
        cut = block_cut(window, at_eof, block_chars, max_chars) or len(window)
        if window[:cut].strip():
            yield Block(position, window[:cut])
        position += cut


def _read(stream: IO[bytes], name: str, size: int = _READ_BYTES) -> bytes:
    try:
        return stream.read(size)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None


def stream_blocks(stream: IO[bytes], name: str, decoding: Decoding = Decoding(),
                  block_chars: int | None = None, max_chars: int | None = None,
                  read_bytes: int | None = None) -> Iterator[Block]:
    """Decode a byte stream incrementally and yield it as Blocks (offsets into the whole text)."""
    block_chars, max_chars = block_chars or BLOCK_CHARS, max_chars or MAX_BLOCK_CHARS
    read_bytes = read_bytes or _READ_BYTES
    head = _read(stream, name, read_bytes)
    encoding, skip = _encoding_of(head, name, decoding)
    decoder = codecs.getincrementaldecoder(encoding)(errors=decoding.errors)
    raw, consumed = head[skip:], skip
    buffer, base, seen_text = "", 0, False
    while True:
        at_eof = not raw
        try:
            buffer += decoder.decode(raw, final=at_eof)
        except UnicodeDecodeError as exc:
            pending = len(decoder.getstate()[0]) if encoding.replace("-", "").lower() == "utf8" else 0
            raise _undecodable(name, exc, consumed - pending) from None
        consumed += len(raw)
        while (cut := block_cut(buffer, at_eof, block_chars, max_chars)) is not None and buffer:
            piece, buffer = buffer[:cut], buffer[cut:]
            if piece.strip():
                seen_text = True
                yield Block(base, piece)
            base += cut
        if at_eof:
            break
        raw = _read(stream, name, read_bytes)
    if not seen_text:
        raise InputError(f"{name}: is empty (no text to analyse)")


def read_blocks(path: Path, decoding: Decoding = Decoding()) -> Iterator[Block]:
    """A file as Blocks; the file is open only while it is being read."""
    with reading(path, "no such file (gone before it could be read)"):
        stream = path.open("rb")
    with stream:
        yield from stream_blocks(stream, str(path), decoding)


def source_blocks(source: Source, decoding: Decoding = Decoding()) -> Iterator[Block]:
    if source.path is None:
        return stream_blocks(stdin_stream(), "<stdin>", decoding)
    return read_blocks(source.path, decoding)


def is_document_file(path: Path) -> bool:
    """What a folder contributes: .txt files and saved web pages."""
    return path.suffix.lower() in TEXT_SUFFIXES or is_html(path)


class Source(FrozenRecord):
    """One document to analyse, not yet read."""

    __slots__ = ("in_folder", "name", "path")

    def __init__(self, name: str, path: Path | None, in_folder: bool = False) -> None:
        self.name = name
        self.path = path  # None for standard input
        self.in_folder = in_folder


def plan(paths: Sequence[str], walk: WalkOptions | None = None) -> list[Source]:
    """Expand the command-line paths into documents; fail early on a missing path or empty folder.
    Folders are walked like ripgrep (attrib.inputs.walk)."""
    walk = walk or WalkOptions()
    sources: list[Source] = []
    for arg in paths:
        if arg == "-":
            sources.append(Source("-", None))
            continue
        path = Path(arg)
        if path.is_dir():
            files = walk_files(path, is_document_file, walk)
            if not files:
                raise InputError(f"{arg}: folder has no .txt files (nor .html pages)"
                                 + ("" if walk.hidden and walk.no_ignore else
                                    " outside hidden and ignored ones (see --hidden, --no-ignore)"))
            sources.extend(Source(str(f), f, in_folder=True) for f in files)
        elif path.exists():
            sources.append(Source(arg, path))
        else:
            raise InputError(f"{arg}: no such file or folder")
    if any(s.path is not None and is_html(s.path) for s in sources):
        require_extractor()  # a missing `html` extra stops the run before any work
    return sources


def read_stdin(decoding: Decoding = Decoding()) -> str:
    return decode(stdin_stream().read(), "<stdin>", decoding)


class _Prefixed(io.RawIOBase):
    """A byte stream that first gives back bytes already read from it (to sniff its format)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self.head:
            n = min(len(view), len(self.head))
            view[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read(len(view))
        view[:len(data)] = data
        return len(data)


#: (the standard input it stands for, a stream giving back what was peeked first)
_stdin: tuple[IO[bytes], IO[bytes]] | None = None


def stdin_stream() -> IO[bytes]:
    """Standard input as bytes, with whatever `peek_stdin` read put back in front."""
    raw = sys.stdin.buffer
    return _stdin[1] if _stdin is not None and _stdin[0] is raw else raw


def peek_stdin(size: int = 1 << 16, to_line_end: bool = False) -> bytes:
    """The first bytes of standard input (up to `size`; `to_line_end`: on to the end of the first line
    that is not blank), left in place for whichever reader comes next."""
    global _stdin
    stream = stdin_stream()
    head = stream.read1(size) if hasattr(stream, "read1") else stream.read(size)
    while to_line_end and b"\n" not in head.lstrip() and (more := stream.readline()):
        head += more
    _stdin = sys.stdin.buffer, io.BufferedReader(_Prefixed(head, stream))
    return head


def load(source: Source, decoding: Decoding, lexicons: Lexicons | None) -> Document:
    """One source as a Document: a web page through html_input, anything else as decoded text."""
    if source.path is None:
        return Document(id=source.name, text=read_stdin(decoding))
    if is_html(source.path):
        if lexicons is None:
            from attrib.rulebook.ruleset import default_rules

            lexicons = default_rules().lexicons
        return read_page(read_bytes(source.path), source.name, lexicons)
    return Document(id=source.name, text=read_document(source.path, decoding))


def documents(sources: Sequence[Source], decoding: Decoding = Decoding(),
              problems: ProblemSink | None = None, lexicons: Lexicons | None = None) -> Iterator[Document]:
    """A Document for each source. Inside a folder a bad file becomes a Problem; alone it raises.

    `lexicons` (the run's rules) tell web-page reading which clutter to drop and which outlets exist.
    """
    for source in sources:
        try:
            document = load(source, decoding, lexicons)
        except InputError as exc:
            if source.in_folder and problems is not None:
                problems.append(Problem(source.name, f"skipped {exc}"))
                continue
            raise
        yield document
