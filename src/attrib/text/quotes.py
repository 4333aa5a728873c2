"""Quotation marks across a document: which parts of each sentence lie inside a quotation.

A quotation may run over several sentences, and by newsroom convention over several paragraphs: a
paragraph that ends inside a quote and is followed by one that reopens with a quote mark continues it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from attrib.model import Sentence, Span

# '' is the double quote of some newspaper archives (''We won,'' he said.)
_QUOTE_MARK = re.compile(r"''|[\"“”«»„]")
_OPENERS = frozenset("“«„")
_CLOSERS = frozenset("”»")
_OPENING_CONTEXT = frozenset(" \t\r\n([{—–-/")


def _is_opening(text: str, at: int) -> bool:
    mark = text[at]
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    # a straight quote opens after whitespace or an opening bracket, closes after a word or stop
    return at == 0 or text[at - 1] in _OPENING_CONTEXT


def mark_quotes(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Return the sentences with `quoted`, `opens_inside_quote` and `ends_inside_quote` filled in."""
    result: list[Sentence] = []
    open_at: int | None = None  # document offset where the current quotation opened
    previous_paragraph = -1
    for sentence in sentences:
        new_paragraph = sentence.paragraph != previous_paragraph
        previous_paragraph = sentence.paragraph
        if new_paragraph and open_at is not None:
            # a quote left open continues only if the new paragraph reopens with a quote mark
            first = text[sentence.start]
            if not (_QUOTE_MARK.match(first) and _is_opening(text, sentence.start)):
                open_at = None
        opens_inside = open_at is not None
        ranges: list[Span] = []
        cursor = sentence.start
        skip_reopen = opens_inside and new_paragraph
        for mark in _QUOTE_MARK.finditer(text, sentence.start, sentence.end):
            at = mark.start()
            if skip_reopen and at == sentence.start:
                skip_reopen = False
                continue
            if _is_opening(text, at):
                if open_at is None:
                    open_at, cursor = at, at
                # an opening mark inside an open quote is a nested or unbalanced one: ignore it
            elif open_at is not None:
                ranges.append(Span(max(cursor, sentence.start), mark.end()))
                open_at = None
        if open_at is not None:
            ranges.append(Span(max(open_at, sentence.start), sentence.end))
        result.append(
            replace(sentence, quoted=tuple(ranges), opens_inside_quote=opens_inside,
                    ends_inside_quote=open_at is not None)
        )
    return result


def inside(quoted: tuple[Span, ...], start: int, end: int) -> bool:
    """True when [start, end) lies wholly inside one of the quoted ranges."""
    return any(q.start <= start and end <= q.end for q in quoted)


def quoted_share(quoted: tuple[Span, ...], text: str, start: int, end: int) -> float:
    """Share of the letters and digits of text[start:end] that lie inside quotation marks."""
    total = letters(text, start, end)
    if not total:
        return 0.0
    inner = 0
    covered = start  # letters before this offset are counted already (ranges may overlap)
    for q in sorted(quoted, key=lambda q: q.start):
        first, last = max(q.start, covered), min(q.end, end)
        if first < last:
            inner += letters(text, first, last)
            covered = last
    return inner / total


def letters(text: str, start: int, end: int) -> int:
    """How many letters and digits text[start:end] holds."""
    return sum(map(str.isalnum, text[start:end]))
