"""The keyword prefilter's words of a sentence, and how far into it each rule's match can start."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from functools import lru_cache

from attrib.rulebook.prefilter import SENTENCE_WORD as _WORD
from attrib.rulebook.prefilter import WORD_JOINERS
from attrib.rulebook.ruleset import Rule


def sentence_words(text: str) -> frozenset[str]:
    """The lower-cased words of a sentence, for the keyword prefilter."""
    return frozenset(_WORD.findall(text.lower()))


class CueReach:
    """Where each cue set's words last occur in a sentence. A rule's match holds one of its
    `cue_words` at or after where the match starts, so it is not tried from any later offset; nor
    from where fewer of the marks (, ? ! for a `,`, a dash for a dash, ...) than it needs
    (`marks_before_cue` of its `cue_mark_chars`) lie before that word;
    and the cue word must come before the last `word_after_cue`, when the rule needs one. A rule
    whose `required_marks` the sentence lacks is not tried at all."""

    __slots__ = ("_by_rule", "_chars", "_in_place", "_last", "_last_cue", "_marks", "_scanned", "_starts",
                 "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        lowered = text.lower()
        self._in_place = len(lowered) == len(text)
        if self._in_place:  # the words of the lowered text are the lowered words, in place
            self._scanned = lowered
            found = _WORD.findall(lowered)
        else:  # "İ" lowers to two characters: lower word by word
            self._scanned = text
            found = [word.lower() for word in _WORD.findall(text)]
        #: word -> the index of its last occurrence among the words (its offset is looked up when needed)
        self._last = dict(zip(found, range(len(found)), strict=True))
        self._last_cue: dict[frozenset[str], int] = {}  # rules share cue sets
        self._by_rule: dict[int, int] = {}  # id(rule) -> its cue_limit: a rule is asked more than once
        self._chars: frozenset[str] | None = None
        self._marks: dict[str, list[int]] = {}  # a rule's mark characters -> where they stand
        self._starts: list[int] | None = None  # where each word starts, found when first needed

    @property
    def distinct_words(self) -> Collection[str]:
        """The sentence's lower-cased words, each once (`words` without making a set of them)."""
        return self._last if self._in_place else self.words

    @property
    def words(self) -> frozenset[str]:
        """The sentence's lower-cased words (sentence_words), for the keyword prefilter."""
        if self._in_place:
            return frozenset(self._last)
        return sentence_words(self._text)

    def _offset(self, word: str | None) -> int:
        """Where the last occurrence of one of the sentence's words starts (-1 for None)."""
        if word is None:
            return -1
        if self._in_place:  # the word as it stands in the lowered text: the last one not inside a longer word
            text, end = self._scanned, len(self._scanned)
            while (at := text.rfind(word, 0, end)) >= 0:
                after = at + len(word)
                if (at == 0 or not _in_word(text[at - 1])) and (after == len(text) or not _in_word(text[after])):
                    return at
                end = after - 1
        if self._starts is None:
            self._starts = [m.start() for m in _WORD.finditer(self._scanned)]
        return self._starts[self._last[word]]

    def limit(self, rule: Rule) -> int:
        """The last offset a match of `rule` can start at (-1: none)."""
        if rule.required_marks:
            if self._chars is None:
                self._chars = frozenset(self._text)
            if any(self._chars.isdisjoint(chars) for chars in rule.required_marks):
                return -1
        return self.cue_limit(rule)

    def cue_limit(self, rule: Rule) -> int:
        """`limit` of a rule whose required marks the sentence is known to hold (RuleSet.rules_to_try)."""
        found = self._by_rule.get(id(rule))
        if found is None:
            found = self._by_rule[id(rule)] = self._cue_limit(rule)
        return found

    def _cue_limit(self, rule: Rule) -> int:
        words = rule.cue_words
        if words is None:
            return len(self._text)
        at = self._last_cue.get(words)
        if at is None:
            last = self._last
            at = self._last_cue[words] = self._offset(max(words.intersection(last), key=last.__getitem__, default=None))
        if at >= 0 and rule.word_after_cue is not None:
            end = self._offset(rule.word_after_cue if rule.word_after_cue in self._last else None)
            if at >= end:  # tokens starting before `end` end before it: it starts a word
                at = max((m.start() for m in _WORD.finditer(self._text, 0, max(end, 0))
                          if m.group().lower() in words), default=-1)
        if at >= 0 and rule.marks_before_cue:
            marks = self._marks.get(rule.cue_mark_chars)
            if marks is None:
                found = _mark(rule.cue_mark_chars).finditer(self._text)
                marks = self._marks[rule.cue_mark_chars] = [m.start() for m in found]
            before = bisect_left(marks, at)  # the marks before the cue word
            at = marks[before - rule.marks_before_cue] if before >= rule.marks_before_cue else -1
        return at


def _in_word(char: str) -> bool:
    """A character a word of the prefilter holds (SENTENCE_WORD: \\w is alphanumeric or _)."""
    return char.isalnum() or char == "_" or char in WORD_JOINERS


@lru_cache(maxsize=64)
def _mark(chars: str) -> re.Pattern[str]:
    """One of the characters (a rule's cue_mark_chars)."""
    return re.compile(f"[{re.escape(chars)}]")
