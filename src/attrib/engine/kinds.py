"""Rule kinds: the one place that knows what a rule's flags mean to the engine.

A rule's kind comes from its `source_shape` (phrase, name, subject, unnamed), its `claim_quoted`
flag and the shape of its pattern (one that opens with a {source}, {via} or {listener} phrase is
tried where clauses start; one that opens with ^ takes that phrase whole). The kind decides how the
matcher searches and which named checks (engine.checks), in order, a match must pass. (`continues:
paragraph` is the resolvers' business: RuleSet.paragraph_rules.)
"""

from __future__ import annotations

from functools import lru_cache

from attrib.engine.checks import CHECKS, Check
from attrib.record import FrozenRecord
from attrib.rulebook.ruleset import SOURCE_SHAPES, Rule

#: the checks of the cue where it stands, before anything else
_CUE_FIRST = ("cue-in-quotation", "cue-negated", "noun-cue")
#: how each source shape finds and checks its speaker
_SOURCE_CHECKS: dict[str, tuple[str, ...]] = {
    "phrase": ("source-phrase",),
    "name": ("speaker-label", "heading-label", "source-phrase"),
    "subject": ("no-subject",),
    "unnamed": ("source-phrase", "unnamed-source"),
    "document": ("source-phrase", "document-source"),
}
_AFTER_SOURCE = ("negated-source", "via-phrase", "listener-phrase", "name-in-apposition", "outlet-in-phrase",
                 "unknown-outlet", "outlet-in-longer-name", "speaker-in-quotation")
_CLAIM_QUOTED = ("claim-not-quoted",)
_CUE_LAST = ("passive-cue", "request-not-claim", "action-before-to", "participle-by", "participle-modifier",
             "naming-participle", "state-not-view", "belief-before-to",
             "no-content", "speech-cue")

assert set(_SOURCE_CHECKS) == set(SOURCE_SHAPES), "every source_shape a rule may name has its checks"


class RuleKind(FrozenRecord):
    __slots__ = ("anchored", "at_clause_starts", "checks", "claim_quoted", "source_shape")

    def __init__(self, source_shape: str, claim_quoted: bool, at_clause_starts: bool, anchored: bool,
                 checks: tuple[Check, ...]) -> None:
        self.source_shape = source_shape
        #: the claim must be mostly quoted: a sentence without quotation marks need not be tried
        self.claim_quoted = claim_quoted
        #: the pattern opens with a phrase slot: tried at clause starts, not searched from every character
        self.at_clause_starts = at_clause_starts
        #: the pattern opens with ^: its first phrase is taken whole, not cut
        self.anchored = anchored
        self.checks = checks


def kind_of(rule: Rule) -> RuleKind:
    """The kind of a rule (kept on the rule once known)."""
    kind = rule.kind
    if not isinstance(kind, RuleKind):
        kind = rule.kind = _kind(rule.source_shape, rule.claim_quoted, rule.opens_with_phrase, rule.anchored)
    return kind


@lru_cache(maxsize=64)
def _kind(source_shape: str, claim_quoted: bool, at_clause_starts: bool, anchored: bool) -> RuleKind:
    names = (*_CUE_FIRST, *_SOURCE_CHECKS[source_shape], *_AFTER_SOURCE,
             *(_CLAIM_QUOTED if claim_quoted else ()), *_CUE_LAST)
    return RuleKind(source_shape, claim_quoted, at_clause_starts, anchored, tuple(CHECKS[n] for n in names))


def check_names(rule: Rule) -> tuple[str, ...]:
    """The checks a rule's matches pass, in order (for `attrib rules show`)."""
    return tuple(c.name for c in kind_of(rule).checks)
