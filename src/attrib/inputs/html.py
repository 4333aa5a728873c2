"""Saved web pages in: the article's main text (trafilatura), with the page's site name and date.

Needs the optional `html` extra. The extracted text is the document: claim offsets point into it,
one paragraph per block of the page, separated by a blank line. Clutter the extractor keeps
(embedded posts, "Read more:" lines) is dropped using the `webpages` lexicon; the site name is
mapped to the canonical outlet through the outlets lexicon when it names a known outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from attrib.errors import InputError, MissingExtra
from attrib.model import Document
from attrib.rulebook.lexicon import Lexicons

HTML_SUFFIXES = (".html", ".htm")
#: what may follow a "Read more" label for the line to count as a link to another story
_AFTER_LABEL = re.compile(r"\s*(?:$|[:|»›>\-–—])")


def require_extractor() -> ModuleType:
    """The trafilatura module, or MissingExtra naming the `html` extra."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtra("reading HTML pages", "html") from None
    module: ModuleType = trafilatura
    return module


def embed_xpath(classes: Iterable[str]) -> list[str]:
    """XPath expressions selecting the elements that carry one of the given class names."""
    return [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
            for name in sorted(classes) if re.fullmatch(r"[\w-]+", name)]


def is_link_line(line: str, labels: Iterable[str]) -> bool:
    """True for "Read more: ...", "RELATED: ..." and similar lines pointing to another story."""
    lowered = line.strip().lower()
    return any(lowered.startswith(label) and _AFTER_LABEL.match(lowered, len(label)) is not None
               for label in labels)


def outlet_for_site(site_name: str | None, host: str | None, lexicons: Lexicons) -> str | None:
    """The canonical outlet for a page's site name (or host name), else the site name as written."""
    index = lexicons.outlets
    for candidate in (site_name, _host_label(host)):
        if candidate and (found := index.lookup(candidate)) is not None:
            return found.name
    return site_name.strip() if site_name and site_name.strip() else None


def _host_label(host: str | None) -> str | None:
    """"www.reuters.com" -> "reuters"."""
    if not host:
        return None
    labels = [part for part in host.lower().split(".") if part not in ("www", "m", "amp")]
    return labels[0] if len(labels) >= 2 else None


def _field(result: Any, name: str) -> str | None:
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    return str(value) if value else None


def read_page(raw: bytes | str, name: str, lexicons: Lexicons) -> Document:
    """A saved web page -> a Document holding its article text and metadata."""
    trafilatura = require_extractor()
    try:
        result = trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            favor_precision=True, prune_xpath=embed_xpath(lexicons.set("embed_classes")) or None,
        )
    except Exception as exc:  # the parser's own errors vary by version; the user needs one line
        raise InputError(f"{name}: cannot read the page as HTML ({type(exc).__name__})") from None
    labels = lexicons.set("read_more_labels")
    lines = (_field(result, "text") or "").split("\n") if result is not None else []
    paragraphs = [line.strip() for line in lines if line.strip() and not is_link_line(line, labels)]
    title = _field(result, "title")
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]  # the headline, repeated from the metadata, is not a claim
    if not paragraphs:
        raise InputError(f"{name}: no article text found in the page")
    return Document(
        id=name,
        text="\n\n".join(paragraphs),
        publisher=outlet_for_site(_field(result, "sitename"), _field(result, "hostname"), lexicons),
        date=_field(result, "date"),
        title=title,
    )
