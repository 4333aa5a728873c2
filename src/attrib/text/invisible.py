"""The text the patterns read: without the characters a reader does not see inside words.

A bidi control (U+202A-U+202E, U+2066-U+2069, U+200E/F), a zero-width joiner or space, a word joiner
or a soft hyphen inside "sa\u00adid" or around "\u202bSmith\u202c" is invisible on the page, yet it
splits the word for a regex, so the cue goes unseen or the control ends up inside the source. A
typographic ligature ("ﬁ" in "conﬁrmed") is one character for two letters. The view drops the first
and spells out the second; an offset map takes every span found in the view back to the original
text, so a claim's offsets still index the document as it was read (its `text` too), while the
source and cue read as the words they show.
"""

from __future__ import annotations

import re

from attrib.model import Claim, Span
from attrib.record import FrozenRecord

#: format characters with no glyph: bidi marks, embeddings, overrides and isolates, zero-width space,
#: non-joiner and joiner, word joiner and invisible operators, soft hyphen, zero-width no-break space
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_ODD = re.compile(f"[{_INVISIBLE}{''.join(_LIGATURES)}]")


class TextView(FrozenRecord):
    """The text patterns read, and for each of its characters the offset it stands for in the original."""

    __slots__ = ("origin", "text")

    def __init__(self, text: str, origin: tuple[int, ...]) -> None:
        self.text = text
        self.origin = origin  # origin[i]: offset in the original of the view's character i

    def span(self, start: int, end: int) -> Span:
        """The original span of the view's [start, end): from its first character to past its last."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self._length
            return Span(at, at)
        return Span(self.origin[start], self.origin[end - 1] + 1)

    @property
    def _length(self) -> int:
        return self.origin[-1] + 1 if self.origin else 0

    def restore(self, claim: Claim, original: str) -> None:
        """Take a claim found in the view back to the original text: its offsets, spans and text. A
        sentence keeps the invisible characters before its first word, as when it is read unchanged
        (a stray U+FEFF opening a paragraph); a slot's span is its words alone."""
        claim.start, claim.end = self.sentence_start(claim.start, original), self.span(claim.start, claim.end).end
        claim.text = original[claim.start:claim.end]
        claim.spans = {name: self.span(span.start, span.end) for name, span in claim.spans.items()}

    def sentence_start(self, start: int, original: str) -> int:
        """Where a sentence starting at the view's `start` starts in the original: right after the
        character before it, past any whitespace."""
        begin = self.origin[start - 1] + 1 if start > 0 else 0
        while begin < len(original) and original[begin].isspace():
            begin += 1
        return begin


def text_view(text: str) -> TextView | None:
    """The view of `text` without invisible characters and with ligatures spelt out; None when there
    is nothing to change (nearly always: the text is then read as it is)."""
    if _ODD.search(text) is None:
        return None
    chars: list[str] = []
    origin: list[int] = []
    done = 0
    for odd in _ODD.finditer(text):
        at = odd.start()
        chars.append(text[done:at])
        origin.extend(range(done, at))
        letters = _LIGATURES.get(odd.group(), "")
        chars.append(letters)
        origin.extend([at] * len(letters))
        done = at + 1
    chars.append(text[done:])
    origin.extend(range(done, len(text)))
    return TextView("".join(chars), tuple(origin))
