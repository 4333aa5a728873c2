"""A rule's regex match on one sentence on its way through the checks: its slots as spans (which
the checks may narrow), the sentence, the lexicons and the language's grammar."""

from __future__ import annotations

import re

from attrib.grammar import Grammar
from attrib.model import Match, Sentence, Span
from attrib.record import Record
from attrib.rulebook.lexicon import Lexicons


def _slots(found: re.Match[str], offset: int) -> dict[str, Span]:
    """Each slot's span without the spaces around it (document offsets), unless it is empty or the
    match left its group out."""
    slots = {}
    regs, text = found.regs, found.string
    for name, group in found.re.groupindex.items():
        start, end = regs[group]
        if start < 0:  # the group took no part in the match
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            slots[name] = Span(offset + start, offset + end)
    return slots


class Candidate(Record):
    """One match of one rule, as the checks see it."""

    __slots__ = ("_cue", "anchored", "found", "grammar", "lex", "rule_id", "sentence", "slots")

    def __init__(self, rule_id: str, found: re.Match[str], sentence: Sentence, lex: Lexicons, grammar: Grammar,
                 anchored: bool = False, slots: dict[str, Span] | None = None) -> None:
        self.rule_id, self.found, self.sentence = rule_id, found, sentence
        self.lex, self.grammar = lex, grammar
        #: the rule's pattern anchors its first phrase at the sentence start: that phrase is taken whole
        self.anchored = anchored
        self.slots = slots if slots is not None else {}
        self._cue: tuple[str, str | None] | None = None

    @classmethod
    def of(cls, rule_id: str, found: re.Match[str], sentence: Sentence, lex: Lexicons, grammar: Grammar,
           anchored: bool) -> Candidate:
        return cls(rule_id, found, sentence, lex, grammar, anchored, _slots(found, sentence.start))

    @property
    def offset(self) -> int:
        """The sentence's start in the document: slot spans minus this are offsets into its text."""
        return self.sentence.start

    @property
    def cue(self) -> Span | None:
        return self.slots.get("cue")

    def text(self, span: Span) -> str:
        """What a span covers of the sentence."""
        return self.sentence.text[span.start - self.sentence.start : span.end - self.sentence.start]

    def before(self, span: Span) -> str:
        """The sentence's text before a span."""
        return self.sentence.text[:span.start - self.sentence.start]

    def after(self, span: Span) -> str:
        """The sentence's text after a span."""
        return self.sentence.text[span.end - self.sentence.start:]

    @property
    def cue_text(self) -> str:
        """The cue as reported: auxiliaries kept, adverbs dropped ("has also said" -> "has said")."""
        return self._cue_and_kind()[0]

    @property
    def cue_kind(self) -> str | None:
        return self._cue_and_kind()[1]

    def _cue_and_kind(self) -> tuple[str, str | None]:
        if self._cue is None:
            cue = self.cue
            text = self.grammar.cue_words(self.text(cue), self.lex) if cue is not None else ""
            self._cue = (text, self.grammar.cue_kind(text, self.lex))
        return self._cue

    def forget_cue(self) -> None:
        """The cue slot moved: its text and kind are read again."""
        self._cue = None

    def match(self) -> Match:
        """The match the checks let through."""
        return Match(rule=self.rule_id, slots=self.slots, cue_text=self.cue_text, cue_kind=self.cue_kind)
