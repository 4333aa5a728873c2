"""A language's punctuation, from its lexicons: which marks open and close quotations, and the patterns
the splitter compiles from them (once per configuration).

The lexicon `quote_marks` lists pairs: `[„, “]`, `[«, »]`, `['"', '"']`. A mark that opens one pair
and closes another (German “, straight ") is read by its context: it opens after a space or an opening
bracket, and closes elsewhere. Inner pairs (‘…’, ‚…‘) end sentences like the others but are not
tracked as quotations; spaced marks are written with a space inside (French « … »).

Every pattern here is linear by construction: each repeat is possessive (`*+`, `++`) or atomic, so no
attempt backtracks, and a stop can only begin a run of stops, so no run is scanned twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from attrib.record import FrozenRecord
from attrib.rulebook.lexicon import SplitConfig

#: characters after which a mark read by context opens a quotation
OPENING_CONTEXT = frozenset(" \t\r\n([{—–-/")
_STOPS = ".!?…"
_HSPACE = r"[^\S\r\n]"  # whitespace that is not a line break: the space inside « … »


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class of the single characters given ("" when there are none)."""
    unique = sorted(set(chars))
    return "[" + "".join(re.escape(c) for c in unique) + "]" if unique else ""


def _alternatives(*parts: str) -> str:
    return "(?:" + "|".join(p for p in parts if p) + ")"


class Marks(FrozenRecord):
    """The marks of one configuration, sorted by role, and the splitter's compiled patterns."""

    __slots__ = ("any_closer_closes", "closing_chars", "final_chars", "next_word", "only_closing", "only_opening",
                 "partners", "quote_mark", "stop", "token_openers")

    def __init__(self, quote_mark: re.Pattern[str], only_opening: frozenset[str], only_closing: frozenset[str],
                 partners: dict[str, frozenset[str]], any_closer_closes: bool, closing_chars: frozenset[str],
                 final_chars: frozenset[str], token_openers: frozenset[str], stop: re.Pattern[str],
                 next_word: re.Pattern[str]) -> None:
        #: quotation marks tracked as quotations; `''` (two apostrophes) is one mark
        self.quote_mark = quote_mark
        self.only_opening = only_opening
        self.only_closing = only_closing
        #: opening mark -> the marks that close it
        self.partners = partners
        self.any_closer_closes = any_closer_closes
        #: characters that may close a sentence's last quote or bracket (the quote tag check reads it)
        self.closing_chars = closing_chars
        #: characters that may end a line that ends a sentence (hard-wrap detection)
        self.final_chars = final_chars
        #: characters a token before a stop cannot contain: opening marks and brackets, not apostrophes
        self.token_openers = token_openers
        #: a stop, what closes after it, then a space and what may open the next sentence; the first
        #: character of the next sentence is group `first`; group `elision` is an elision mark ("[...]")
        self.stop = stop
        #: the word after a stop (group 1)
        self.next_word = next_word

    def opens(self, text: str, at: int, mark: str) -> bool:
        """Does the quotation mark `mark` at text[at] open a quotation (else it closes one)?"""
        if mark in self.only_opening:
            return True
        if mark in self.only_closing:
            return False
        return at == 0 or text[at - 1] in OPENING_CONTEXT

    def closes(self, opened_by: str, mark: str) -> bool:
        """Does `mark` close the quotation that `opened_by` opened?"""
        return self.any_closer_closes or mark in self.partners.get(opened_by, frozenset())


def _roles(pairs: tuple[tuple[str, str], ...]) -> tuple[set[str], set[str]]:
    opening = {o for o, _ in pairs}
    closing = {c for _, c in pairs}
    return opening, closing


def _stop_pattern(config: SplitConfig, closing: set[str], opening: set[str]) -> tuple[str, str]:
    """The stop pattern and the part that may open a sentence (shared with the next-word pattern)."""
    spaced = config.spaced_quotes
    close_class = _char_class(c for mark in closing - spaced for c in mark)
    spaced_close = _char_class(spaced & closing)
    closers = _alternatives(close_class, f"{_HSPACE}?+{spaced_close}" if spaced_close else "")
    open_class = _char_class([*(c for mark in opening - spaced for c in mark), *config.opening_punctuation])
    spaced_open = _char_class(spaced & opening)
    elision = "|".join(re.escape(e) for e in sorted(config.elisions, key=len, reverse=True))
    openers = _alternatives(f"(?:{elision})\\s++" if elision else "", f"{spaced_open}{_HSPACE}?+" if spaced_open
                            else "", open_class)
    closers_part = f"{closers}*+" if closers != "(?:)" else ""
    openers_part = f"{openers}*+" if openers != "(?:)" else ""
    stop = rf"(?<![{_STOPS}])[{_STOPS}]++{closers_part}(?=\s++{openers_part}(?P<first>\w))"
    if elision:
        stop = rf"(?P<elision>{elision})|{stop}"
    return stop, openers_part


@lru_cache(maxsize=32)
def marks_of(config: SplitConfig) -> Marks:
    """The marks and patterns of a configuration, compiled once."""
    outer_open, outer_close = _roles(config.quote_pairs)
    inner_open, inner_close = _roles(config.inner_quote_pairs)
    bracket_open, bracket_close = _roles(config.brackets)
    outer = outer_open | outer_close
    partners: dict[str, set[str]] = {}
    for o, c in config.quote_pairs:
        partners.setdefault(o, set()).add(c)
    opening = outer_open | inner_open | bracket_open
    closing = outer_close | inner_close | bracket_close
    stop, openers_part = _stop_pattern(config, closing, opening)
    apostrophes = config.apostrophes
    word = _char_class(["-", *apostrophes])[1:-1]
    return Marks(
        quote_mark=re.compile("|".join(re.escape(m) for m in sorted(outer, key=len, reverse=True)) or "(?!)"),
        only_opening=frozenset(outer_open - outer_close),
        only_closing=frozenset(outer_close - outer_open),
        partners={o: frozenset(cs) for o, cs in partners.items()},
        any_closer_closes=config.any_closer_closes,
        closing_chars=frozenset(c for mark in outer_close | inner_close for c in mark),
        final_chars=frozenset(c for mark in closing for c in mark) | frozenset(_STOPS + ":;"),
        token_openers=frozenset(c for mark in opening for c in mark) - apostrophes,
        stop=re.compile(stop),
        next_word=re.compile(rf"\s++{openers_part}([\w{word}]++)"),
    )
