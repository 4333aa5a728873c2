"""Writers for `--format html`: one page for one document, or a folder with an index for several.

`-o report.html` (or standard output) takes one document. `-o DIR` (any path not ending in .html)
writes DIR/index.html, with one row per document and the corpus-wide chart, and one page per
document beside it. Each page is written atomically as soon as its document is done; the index
keeps only counts, never the claims.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import IO

from attrib.errors import InputError
from attrib.model import Claim, Document
from attrib.outputs.atomic import atomic_text_file
from attrib.outputs.export import Writer
from attrib.outputs.html_page import DocRow, PageInfo, render_document, render_index

HTML_OUTPUT_SUFFIXES = (".html", ".htm")
INDEX = "index.html"


def wants_folder(out: str | Path | None) -> bool:
    """`-o DIR` (anything but a .html file name) asks for an index and one page per document."""
    return out is not None and (str(out).endswith(("/", os.sep)) or Path(out).suffix.lower()
                                not in HTML_OUTPUT_SUFFIXES)


def _info(document: Document, index_href: str | None = None) -> PageInfo:
    return PageInfo(name=document.id, title=document.title, publisher=document.publisher,
                    date=document.date, index_href=index_href)


class HtmlPageWriter(Writer):
    """One document -> one self-contained page on `out`."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.pages = 0

    def write_document(self, document: Document, claims: list[Claim]) -> None:
        if self.pages:
            raise InputError("several documents: write the HTML report to a folder with -o DIR "
                             "(an index.html and one page per document)")
        self.pages += 1
        self.out.write(render_document(document.text, claims, _info(document)))


#: a page name's stem, in UTF-8 bytes: with "-NN.html" it stays well under the 255 bytes of a file name
STEM_BYTES = 100


def page_name(doc: str, taken: set[str]) -> str:
    """A file name for a document's page: its path flattened (extension dropped), unique in the folder,
    whatever the id ("", ".", "/", 100 CJK characters)."""
    flat = re.sub(r"[^\w.-]+", "-", re.sub(r"\.[A-Za-z0-9]{1,5}$", "", doc)).strip("-.")
    stem = flat.encode("utf-8")[:STEM_BYTES].decode("utf-8", "ignore").strip("-.") or "document"
    name, n = f"{stem}.html", 1
    while name.lower() in taken or name.lower() == INDEX:
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name


class HtmlSiteWriter(Writer):
    """Several documents -> folder/index.html and one page per document."""

    def __init__(self, folder: Path, out: IO[str]) -> None:
        super().__init__(out)
        self.folder = folder
        self.rows: list[DocRow] = []
        self.taken: set[str] = set()

    def begin(self) -> None:
        if self.folder.exists() and not self.folder.is_dir():
            raise InputError(f"{self.folder}: is a file; the HTML report of several documents needs a folder")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{self.folder}: cannot create the folder ({exc.strerror})") from None

    def write_document(self, document: Document, claims: list[Claim]) -> None:
        name = page_name(document.id, self.taken)
        info = _info(document, index_href=INDEX)
        with atomic_text_file(self.folder / name) as handle:
            handle.write(render_document(document.text, claims, info))
        self.rows.append(DocRow.of(claims, info, name))

    def end(self) -> None:
        with atomic_text_file(self.folder / INDEX) as handle:
            handle.write(render_index(self.rows))

    def abort(self) -> None:
        """The run stopped (an error, a dead worker, a signal): the pages of this run go, so the folder
        holds no page its index does not list (each page was written whole, atomically)."""
        for row in self.rows:
            with contextlib.suppress(OSError):
                (self.folder / row.href).unlink()
        self.rows.clear()
