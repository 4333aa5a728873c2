"""Which compiled regex a rule runs on one document. A rule's full regex holds every phrase of its cue
set (a thousand verb forms), so compiling it takes tens of milliseconds; a short run compiles, instead,
the rule narrowed to the phrases the document can hold (rulebook.compiler.vocabulary with `present`),
which finds exactly the same matches in that document. After a few documents, or for a long one, the
full regex is compiled once and used from then on."""

from __future__ import annotations

import re

from attrib.rulebook.compiler import Vocabulary, pattern_regex, vocabulary
from attrib.rulebook.rule import Rule, compiled_regex
from attrib.rulebook.ruleset import RuleSet

#: narrowed regexes built for one rule before its full regex is compiled instead
NARROWED_PER_RULE = 4
#: a longer document uses full regexes: it holds many phrases, and is worth their compiling
NARROW_UP_TO_CHARS = 20_000

_narrowed_builds: dict[int, int] = {}  # id(rule) -> narrowed regexes built for it in this process


class DocumentRegexes:
    """The regexes of one document's rules (see the module's docstring)."""

    __slots__ = ("_by_rule", "_lowered", "_ruleset", "_vocabulary")

    def __init__(self, ruleset: RuleSet, text: str) -> None:
        self._ruleset = ruleset
        lowered = text.lower()
        # str.lower spells some capitals with two characters ("İ"): a regex's case-insensitive match
        # does not, so such a text is not narrowed
        narrow = len(text) <= NARROW_UP_TO_CHARS and len(lowered) == len(text)
        self._lowered = lowered if narrow else None
        self._vocabulary: Vocabulary | None = None
        self._by_rule: dict[str, re.Pattern[str]] = {}

    def _present(self, phrase: str) -> bool:
        assert self._lowered is not None
        return all(word in self._lowered for word in phrase.lower().split())

    def regex(self, rule: Rule) -> re.Pattern[str]:
        full = rule.compiled
        if full is not None or self._lowered is None or rule.tree is None:
            return full or self._full(rule)
        found = self._by_rule.get(rule.id)
        if found is None:
            if _narrowed_builds.get(id(rule), 0) >= NARROWED_PER_RULE:
                return self._full(rule)
            if self._vocabulary is None:
                self._vocabulary = vocabulary(self._ruleset.lexicons, present=self._present)
            _narrowed_builds[id(rule)] = _narrowed_builds.get(id(rule), 0) + 1
            found = self._by_rule[rule.id] = compiled_regex(pattern_regex(rule.tree, self._vocabulary))
        return found

    @staticmethod
    def _full(rule: Rule) -> re.Pattern[str]:
        found = rule.regex
        assert found is not None
        return found
