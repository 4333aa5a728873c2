"""A rule as read from its file (id, pattern, flags, examples, where it came from) and as compiled
(regex text, keyword sets and what its cue needs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from attrib.rulebook.compiler import Vocabulary, pattern_regex
from attrib.rulebook.pattern import Node

#: regexes by their text: rule sets loaded again (tests, a library user) share them
_COMPILED: dict[str, re.Pattern[str]] = {}


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a rule or lexicon came from: its layer and file:line."""

    layer: str  # shipped | user | env | option
    path: str
    line: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(slots=True)
class Example:
    text: str
    expect: dict[str, str | None]
    line: int
    column: int = 1


@dataclass(slots=True)
class Rule:
    id: str
    description: str
    pattern: str
    origin: Origin
    #: must-match sentences with the fields they yield, and must-not-match ones: the rule's tests
    examples: list[Example] = field(default_factory=list)
    counterexamples: list[tuple[str, int, int]] = field(default_factory=list)  # text, line, column
    #: rules are tried from the highest priority down; the first match wins
    priority: int = 0
    enabled: bool = True
    #: the kind of source the rule forces, when it does (named, anonymous, document, outlet)
    source_kind: str | None = None
    tags: list[str] = field(default_factory=list)
    cue: str | None = None  # the cue to report when the pattern has no {cue} slot (a label's ":")
    source_shape: str = "phrase"
    continues: str = "quote"  # "paragraph": later sentences of the paragraph inherit the speaker
    claim_quoted: bool = False  # the {claim} must be mostly inside quotation marks
    tree: Node | None = None
    #: the vocabulary the pattern compiles with (the rule set's); the regex text is built on first use
    vocabulary: Vocabulary | None = None
    source: str = ""
    compiled: re.Pattern[str] | None = None
    keywords: list[frozenset[str]] = field(default_factory=list)
    #: first words of the forms of the cue every match holds (None: no such cue); a match can only
    #: start where one of them still follows
    cue_words: frozenset[str] | None = None
    marks_before_cue: int = 0  # the marks , ? ! a match holds before that cue (one per `,`)
    word_after_cue: str | None = None  # a word every match holds after that cue, lower-cased
    required_marks: tuple[str, ...] = ()  # punctuation every match holds: one of each string's characters
    required_slots: frozenset[str] = frozenset()  # the slots every match fills
    overrides: Origin | None = None  # the rule this one replaced
    opens_with_phrase: bool = False  # the pattern starts with {source}/{via}/{listener}
    anchored: bool = False  # the pattern starts with ^ (the start of the sentence)
    pattern_at: tuple[int, int] = (1, 1)  # line, column of the pattern value
    #: what the engine makes of the flags above (engine.kinds.RuleKind), cached on first use
    kind: Any = None

    @property
    def regex_source(self) -> str:
        """The compiled pattern's regex text (built on first use: most runs need few rules' full text)."""
        if not self.source and self.tree is not None and self.vocabulary is not None:
            self.source = pattern_regex(self.tree, self.vocabulary)
        return self.source

    @property
    def regex(self) -> re.Pattern[str] | None:
        """The compiled regex, built on first use so loading many rules stays cheap."""
        if self.compiled is None and self.regex_source:
            self.compiled = compiled_regex(self.regex_source)
        return self.compiled


def compiled_regex(text: str) -> re.Pattern[str]:
    """re.compile, once per process for each regex text."""
    found = _COMPILED.get(text)
    if found is None:
        found = _COMPILED[text] = re.compile(text)
    return found
