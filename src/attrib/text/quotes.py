"""Quotation marks across a document: which parts of each sentence lie inside a quotation.

A quotation may run over several sentences, and by newsroom convention over several paragraphs: a
paragraph that ends inside a quote and is followed by one that reopens with a quote mark continues it.
"""

from __future__ import annotations

import re

from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import SplitConfig
from attrib.text.marks import Marks, marks_of
from attrib.text.split import default_config

_PARAGRAPH_END = re.compile(r"\n[^\S\n]*+\n")


def _continues(text: str, sentence: Sentence, marks: Marks, opened_by: str) -> bool:
    """Does a new paragraph go on with the quotation left open? It reopens with a quote mark (newsroom
    style), or it has no mark before the one that closes the quotation ('…focus better."')."""
    first = text[sentence.start]
    if marks.quote_mark.fullmatch(first) is not None and marks.opens(text, sentence.start, first):
        return True
    end = _PARAGRAPH_END.search(text, sentence.start)
    mark = marks.quote_mark.search(text, sentence.start, end.start() if end else len(text))
    return mark is not None and not marks.opens(text, mark.start(), mark.group()) \
        and marks.closes(opened_by, mark.group())


def _misturned_opening(text: str, at: int, paragraph_start: bool, nothing_open: bool) -> bool:
    """A closing mark that opens a paragraph, glued to the word after it, with no quotation open: a
    typed-backwards opening mark ('”Fear. I am afraid.” ― Name')."""
    return paragraph_start and nothing_open and text[at + 1:at + 2].isalpha()


def mark_quotes(text: str, sentences: list[Sentence], config: SplitConfig | None = None) -> list[Sentence]:
    """Return the sentences with `quoted`, `opens_inside_quote` and `ends_inside_quote` filled in.

    Only the language's outer quotation marks count; a mark closes the quotation when it is the
    partner of the one that opened it (or any closing mark, where the lexicon says so)."""
    marks = marks_of(config or default_config())
    result: list[Sentence] = []
    open_at: int | None = None  # document offset where the current quotation opened
    opened_by = ""
    previous_paragraph = -1
    for sentence in sentences:
        new_paragraph = sentence.paragraph != previous_paragraph
        previous_paragraph = sentence.paragraph
        if new_paragraph and open_at is not None and not _continues(text, sentence, marks, opened_by):
            open_at = None
        opens_inside = open_at is not None
        ranges: list[Span] = []
        cursor = sentence.start
        skip_reopen = opens_inside and new_paragraph
        for found in marks.quote_mark.finditer(text, sentence.start, sentence.end):
            at, mark = found.start(), found.group()
            if skip_reopen and at == sentence.start:
                skip_reopen = False
                continue
            if marks.opens(text, at, mark) or _misturned_opening(text, at, new_paragraph and at == sentence.start,
                                                                 open_at is None):
                if open_at is None:
                    open_at, cursor, opened_by = at, at, mark
                # an opening mark inside an open quote is a nested or unbalanced one: ignore it
            elif open_at is not None and marks.closes(opened_by, mark):
                ranges.append(Span(max(cursor, sentence.start), found.end()))
                open_at = None
        if open_at is not None:
            ranges.append(Span(max(open_at, sentence.start), sentence.end))
        result.append(  # made anew, not with dataclasses.replace: that costs a few times more per sentence
            Sentence(n=sentence.n, start=sentence.start, end=sentence.end, text=sentence.text,
                     paragraph=sentence.paragraph, quoted=tuple(ranges), opens_inside_quote=opens_inside,
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
