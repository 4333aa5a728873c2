"""Which compiled regex a rule runs on one document. A rule's full regex holds every phrase of its cue
set (a thousand verb forms), so compiling it takes tens of milliseconds; a short run compiles, instead,
the rule narrowed to the phrases the document can hold (rulebook.compiler.vocabulary with `present`),
which finds exactly the same matches in that document. After a few documents, or for a long one, the
full regex is compiled once and used from then on.

And on one sentence: an {outlet} may open with its description ("the German weekly Der Spiegel"),
tried at every word of a sentence; a sentence that holds no description word is given the full regex
without that part (`without_descriptions`), which finds the same matches there."""

from __future__ import annotations

import re

from attrib.rulebook.compiler import Vocabulary, pattern_regex, vocabulary
from attrib.rulebook.lexicon import Lexicons
from attrib.rulebook.pattern import PatternError
from attrib.rulebook.phrase_trie import phrase_regex
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


#: the lexicon set of the words that describe an outlet before its name (rulebook.compiler._outlet_shape)
DESCRIPTIONS = "outlet_descriptors"


def may_describe(text: str, lex: Lexicons) -> bool:
    """False when no outlet description can stand in `text`: none of their first words is in it, as the
    regexes read them (case aside)."""
    words, ascii_words = lex.derived(("description words",), lambda: _first_words(lex.set(DESCRIPTIONS)))
    if ascii_words and text.isascii():  # the regexes' case-insensitive match of ASCII is str.lower's
        lowered = text.lower()
        return any(word in lowered for word in words)
    found = lex.derived(("descriptions",), lambda: re.compile(phrase_regex(lex.set(DESCRIPTIONS))))
    return found.search(text) is not None


def _first_words(phrases: frozenset[str]) -> tuple[tuple[str, ...], bool]:
    """The first word of each phrase, lower-cased, and whether they are all ASCII."""
    words = tuple(sorted({p.split()[0].lower() for p in phrases if p.strip()}))
    return words, all(w.isascii() for w in words)


def without_descriptions(rule: Rule, lex: Lexicons) -> re.Pattern[str] | None:
    """The rule's full regex (built from `lex`) with no outlet description before an {outlet}, for a
    sentence where may_describe is False; None when its regex has none to leave out."""
    full = rule.regex_source

    def build() -> re.Pattern[str] | None:
        if rule.tree is None:
            return None
        plain = lex.derived(("vocabulary without", DESCRIPTIONS), lambda: vocabulary(lex, without=(DESCRIPTIONS,)))
        try:
            text = pattern_regex(rule.tree, plain)
        except PatternError:
            return None
        return None if text == full else compiled_regex(text)

    found: re.Pattern[str] | None = lex.derived(("without descriptions", full), build)
    return found
