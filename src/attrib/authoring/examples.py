"""Run every rule's own examples: must-match sentences with the slot values they must yield, and
counterexamples that must not match. `attrib rules test` and the test suite both use this."""

from __future__ import annotations

from dataclasses import dataclass

from attrib.engine.claim import claim_from_match
from attrib.engine.matcher import try_rule
from attrib.engine.reach import CueReach
from attrib.model import Claim, Sentence
from attrib.pipeline import resolver_context
from attrib.resolve.resolvers import resolve
from attrib.rulebook.lexicon import normalize_name
from attrib.rulebook.ruleset import Rule, RuleSet
from attrib.text.quotes import mark_quotes


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule: str
    path: str
    line: int
    text: str
    passed: bool
    problem: str = ""  # expected vs got, when failed
    column: int = 1
    #: the fields that differ: field -> (expected, got); "match" -> ("yes"/"no", ...) for (no) match
    diff: tuple[tuple[str, str | None, str | None], ...] = ()


def _sentence(text: str, ruleset: RuleSet) -> Sentence:
    whole = Sentence(n=1, start=0, end=len(text), text=text, paragraph=0)
    return mark_quotes(text, [whole], ruleset.lexicons.split)[0]


def apply_rule(rule: Rule, text: str, ruleset: RuleSet) -> Claim | None:
    """The claim one rule alone makes of one sentence (with what its source phrase says of itself:
    the resolvers within a sentence), or None when it does not match."""
    sentence = _sentence(text, ruleset)
    if not keywords_admit(rule, sentence.text):
        return None  # `attrib run` would never try the rule here: neither does its test
    found = try_rule(rule, sentence, ruleset.lexicons)
    if found is None:
        return None
    claim = Claim(doc="example", n=1, start=0, end=len(text), text=text)
    claim_from_match(claim, sentence, found, text, ruleset)
    resolve([claim], resolver_context(text, [sentence], ruleset), within_sentence=True)
    return claim


def keywords_admit(rule: Rule, text: str) -> bool:
    """The keyword prefilter gives the sentence to the rule (RuleSet.candidates, one rule)."""
    words = CueReach(text).words
    return all(not keywords.isdisjoint(words) for keywords in rule.keywords)


def _same(field: str, expected: str | None, got: str | None, ruleset: RuleSet) -> bool:
    if expected is None or got is None:
        return expected == got
    if field == "outlet":
        index = ruleset.lexicons.outlets
        want = index.lookup(expected)
        return (want.name if want else normalize_name(expected)) == got or normalize_name(expected) == \
            normalize_name(got)
    if field == "cue":  # "According to" at the start of a sentence is the cue "according to"
        return " ".join(expected.lower().split()) == " ".join(got.lower().split())
    return " ".join(expected.split()) == " ".join(got.split())


def check_rule(rule: Rule, ruleset: RuleSet) -> list[ExampleResult]:
    results = []
    path = rule.origin.path
    for example in rule.examples:
        claim = apply_rule(rule, example.text, ruleset)
        if claim is None:
            results.append(ExampleResult(rule.id, path, example.line, example.text, False,
                                         "expected a match, got none", example.column,
                                         (("match", "a match", "none"),)))
            continue
        wrong = []
        for field, expected in example.expect.items():
            got = getattr(claim, field, None)
            if not _same(field, expected, got, ruleset):
                wrong.append((field, expected, got))
        problem = "; ".join(f"{f}: expected {e!r}, got {g!r}" for f, e, g in wrong)
        results.append(ExampleResult(rule.id, path, example.line, example.text, not wrong, problem,
                                     example.column, tuple(wrong)))
    for text, line, column in rule.counterexamples:
        claim = apply_rule(rule, text, ruleset)
        got = None if claim is None else f"source={claim.source!r} cue={claim.cue!r}"
        problem = "" if claim is None else f"expected no match, got {got}"
        results.append(ExampleResult(rule.id, path, line, text, claim is None, problem, column,
                                     () if claim is None else (("match", "no match", got),)))
    return results


def check_examples(ruleset: RuleSet) -> list[ExampleResult]:
    """Every example of every active rule."""
    return [result for rule in ruleset.rules for result in check_rule(rule, ruleset)]
