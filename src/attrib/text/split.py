"""Sentence splitter: text -> sentence spans, with character offsets into the original text.

One regex pass finds candidate stops; the language's lexicons decide the doubtful ones: abbreviations
(rules/lexicons/abbreviations.yaml) and the marks that close and open sentences (quote_marks.yaml,
see text/marks.py). Paragraphs end at blank lines; a single line break ends a sentence only when the
text is written one paragraph per line, not when it is hard-wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from attrib.model import Sentence
from attrib.rulebook.lexicon import SplitConfig
from attrib.text.marks import Marks, marks_of

# Every pattern here is linear by construction: each repeat is possessive (`*+`, `++`) or atomic, so
# no attempt backtracks. (The stop pattern of text/marks.py was `(?:\.\.\.|[.!?…])+`, which tried every
# way to cut a run of dots into "..." and "." before failing: 50 dots took 73 s.)
# atomic line breaks: "\r\n" must never count as "\r" then "\n", i.e. as a blank line
_BLANK_LINE = re.compile(r"(?>\r\n|\r|\n)[^\S\r\n]*+(?:(?>\r\n|\r|\n)[^\S\r\n]*+)++")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)++[A-Za-z]")
# after a quote closed by ? or !: a name of one to four capitalised words, then its verb
_QUOTE_TAG = re.compile(r"\s++(?:[A-Z][\w’'.-]*+\s++){1,4}+([a-z]++)\b")


def default_config() -> SplitConfig:
    """The configuration of the default rules (shipped and the user's layers), for callers without one."""
    from attrib.rulebook.ruleset import default_rules

    return default_rules().lexicons.split


def is_hard_wrapped(text: str, config: SplitConfig | None = None) -> bool:
    """True when single line breaks are wrapping, not paragraph ends.

    Hard-wrapped text has many long lines of similar length that end mid-sentence; text written
    one paragraph per line ends its lines with sentence punctuation (or is short page furniture).
    """
    final = marks_of(config or default_config()).final_chars
    lines = _LINE_BREAK.split(text)
    inner = []  # lines followed by another non-blank line of the same paragraph
    for line, following in pairwise(lines):
        if line.strip() and following.strip():
            inner.append(line.rstrip())
    if not inner:
        return False
    longest = max(len(line) for line in inner)
    mid_sentence = sum(
        1 for line in inner if line[-1] not in final and len(line) >= max(30, 0.6 * longest)
    )
    return mid_sentence / len(inner) >= 0.5


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        yield start, gap.start()
        start = gap.end()
    yield start, len(text)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for brk in _LINE_BREAK.finditer(text, start, end):
        yield pos, brk.start()
        pos = brk.end()
    yield pos, end


def _token_start(text: str, end: int, openers: frozenset[str]) -> int:
    """Where the token ending at `end` starts: a walk back over a few characters, cheaper than a regex
    search (tokens are short, and most stops follow an ordinary word)."""
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in openers:
        start -= 1
    return start


def _starts_sentence(word: str, config: SplitConfig) -> bool:
    """A usual sentence opener: "The", "Die", or an elided one ("L'armée" by its "L'")."""
    word = word.lower()
    if word in config.openers:
        return True
    for apostrophe in config.apostrophes:
        at = word.find(apostrophe)
        if at > 0 and word[:at + 1] in config.openers:
            return True
    return False


def _is_boundary(text: str, stop: re.Match[str], config: SplitConfig, marks: Marks) -> bool:
    first = stop.group("first")
    if not (first.isupper() or "0" <= first <= "9"):
        return False  # a sentence starts with a capital or a digit
    mark = stop.group()
    if mark[-1] in marks.closing_chars and mark[0] in "?!" and config.quote_tags:
        tag = _QUOTE_TAG.match(text, stop.end())
        if tag is not None and tag.group(1) in config.quote_tags:
            return False  # “Are they small?” Trump said. — the tag belongs to its quote
    if not mark.startswith(".") or mark.startswith(".."):
        return True  # ! ? and ellipses always end a sentence before a capital
    end = stop.start()
    token = text[_token_start(text, end, marks.token_openers):end].lower()
    if not token:
        return True
    if token in config.titles:
        return False
    initial = len(token) == 1 and token.isalpha()  # "Charles H. Brown"
    if not (initial or token in config.before_number or token in config.other or "." in token):
        # an ordinary word ends the sentence; a number may be an ordinal ("am 3. Juni")
        return not token.isdecimal() or _ends_after_number(text, stop, token, config, marks)
    next_word = _next_word(text, stop, marks)
    next_is_opener = _starts_sentence(next_word, config)
    if next_word[:1].isdigit() and token in config.before_number:
        return False
    if initial:
        return next_is_opener
    if token in config.other or _DOTTED.fullmatch(token):
        return next_is_opener
    return True


def _ends_after_number(text: str, stop: re.Match[str], number: str, config: SplitConfig, marks: Marks) -> bool:
    """Does a period after a number end the sentence, or is the number an ordinal ("am 3. Juni")?"""
    if not (config.ordinal_nouns or config.ordinal_digits):
        return True
    next_word = _next_word(text, stop, marks)
    if next_word.lower() in config.ordinal_nouns:
        return False
    return len(number) > config.ordinal_digits or _starts_sentence(next_word, config)


def _next_word(text: str, stop: re.Match[str], marks: Marks) -> str:
    found = marks.next_word.match(text, stop.end())
    return found.group(1) if found else ""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _blocks(text: str, config: SplitConfig) -> Iterator[tuple[int, int]]:
    """Paragraphs; in text written one paragraph per line, each line is its own block."""
    wrapped = is_hard_wrapped(text, config)
    for p_start, p_end in _paragraphs(text):
        if wrapped:
            yield p_start, p_end
        else:
            yield from _lines(text, p_start, p_end)


def _block_sentences(
    text: str, b_start: int, b_end: int, config: SplitConfig
) -> Iterator[tuple[int, int]]:
    pos = b_start
    marks = marks_of(config)
    for stop in marks.stop.finditer(text, b_start, b_end):
        if stop.group("first") is not None and _is_boundary(text, stop, config, marks):  # else an elision
            span = _trimmed(text, pos, stop.end())
            if span:
                yield span
            pos = stop.end()
    span = _trimmed(text, pos, b_end)
    if span:
        yield span


def sentence_spans(text: str, config: SplitConfig | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every sentence, in order, whitespace outside the spans."""
    config = config or default_config()
    for b_start, b_end in _blocks(text, config):
        yield from _block_sentences(text, b_start, b_end, config)


def split(text: str, config: SplitConfig | None = None) -> list[Sentence]:
    """Split text into Sentence records (1-based n); `paragraph` numbers the paragraphs (or lines)."""
    config = config or default_config()
    sentences: list[Sentence] = []
    paragraph = -1
    for b_start, b_end in _blocks(text, config):
        first = True
        for start, end in _block_sentences(text, b_start, b_end, config):
            if first:
                paragraph, first = paragraph + 1, False
            sentences.append(
                Sentence(n=len(sentences) + 1, start=start, end=end, text=text[start:end], paragraph=paragraph)
            )
    return sentences
