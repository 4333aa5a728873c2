"""A rule as read from its file (id, pattern, flags, examples, where it came from) and as compiled
(regex text, keyword sets and what its cue needs)."""

from __future__ import annotations

import re
from typing import Any

from attrib.record import FrozenRecord, Record
from attrib.rulebook.compiler import Vocabulary, pattern_regex
from attrib.rulebook.pattern import Node

#: regexes by their text: rule sets loaded again (tests, a library user) share them
_COMPILED: dict[str, re.Pattern[str]] = {}


class Origin(FrozenRecord):
    """Where a rule or lexicon came from: its layer and file:line."""

    __slots__ = ("layer", "line", "path")

    def __init__(self, layer: str, path: str, line: int = 1) -> None:
        self.layer = layer  # shipped | user | env | option
        self.path = path
        self.line = line

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


class Example(Record):
    """A sentence a rule must match, with the fields it must yield, and where it is written."""

    __slots__ = ("column", "expect", "line", "text")

    def __init__(self, text: str, expect: dict[str, str | None], line: int, column: int = 1) -> None:
        self.text = text
        self.expect = expect
        self.line = line
        self.column = column


class Rule(Record):
    """A rule: what its file says (the arguments), then what compiling its pattern adds (ruleset.compile_rules)."""

    __slots__ = (
        "anchored",
        "claim_quoted",
        "compiled",
        "continues",
        "counterexamples",
        "cue",
        "cue_mark_chars",
        "cue_words",
        "description",
        "enabled",
        "examples",
        "id",
        "keywords",
        "kind",
        "marks_before_cue",
        "opens_with_phrase",
        "origin",
        "overrides",
        "pattern",
        "pattern_at",
        "priority",
        "required_marks",
        "required_slots",
        "source",
        "source_kind",
        "source_shape",
        "tags",
        "tree",
        "vocabulary",
        "word_after_cue",
    )

    def __init__(self, id: str, description: str, pattern: str, origin: Origin, *, priority: int = 0,
                 enabled: bool = True, source_kind: str | None = None, tags: list[str] | None = None,
                 cue: str | None = None, source_shape: str = "phrase", continues: str = "quote",
                 claim_quoted: bool = False, pattern_at: tuple[int, int] = (1, 1)) -> None:
        self.id = id
        self.description = description
        self.pattern = pattern
        self.origin = origin
        #: must-match sentences with the fields they yield, and must-not-match ones: the rule's tests
        self.examples: list[Example] = []
        self.counterexamples: list[tuple[str, int, int]] = []  # text, line, column
        #: rules are tried from the highest priority down; the first match wins
        self.priority = priority
        self.enabled = enabled
        #: the kind of source the rule forces, when it does (named, anonymous, document, outlet)
        self.source_kind = source_kind
        self.tags = tags if tags is not None else []
        self.cue = cue  # the cue to report when the pattern has no {cue} slot (a label's ":")
        self.source_shape = source_shape
        self.continues = continues  # "paragraph": later sentences of the paragraph inherit the speaker
        self.claim_quoted = claim_quoted  # the {claim} must be mostly inside quotation marks
        self.pattern_at = pattern_at  # line, column of the pattern value
        # what compiling the pattern adds:
        self.tree: Node | None = None
        #: the vocabulary the pattern compiles with (the rule set's); the regex text is built on first use
        self.vocabulary: Vocabulary | None = None
        self.source = ""
        self.compiled: re.Pattern[str] | None = None
        self.keywords: list[frozenset[str]] = []
        #: first words of the forms of the cue every match holds (None: no such cue); a match can only
        #: start where one of them still follows
        self.cue_words: frozenset[str] | None = None
        #: the punctuation marks a match holds before that cue (one per `,`, ...), each one of these characters
        self.marks_before_cue, self.cue_mark_chars = 0, ",?!"
        self.word_after_cue: str | None = None  # a word every match holds after that cue, lower-cased
        self.required_marks: tuple[str, ...] = ()  # punctuation every match holds: one of each string's characters
        self.required_slots: frozenset[str] = frozenset()  # the slots every match fills
        self.overrides: Origin | None = None  # the rule this one replaced
        self.opens_with_phrase = False  # the pattern starts with {source}/{via}/{listener}
        self.anchored = False  # the pattern starts with ^ (the start of the sentence)
        #: what the engine makes of the flags above (engine.kinds.RuleKind), cached on first use
        self.kind: Any = None

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
