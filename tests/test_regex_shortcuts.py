"""The regex shortcuts (a guard before every verb group, a rule's regex without outlet descriptions)
find exactly the matches the plain regexes find, on real text."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SAMPLES, shared_file

import attrib
from attrib.engine.regexes import DESCRIPTIONS, may_describe, without_descriptions
from attrib.pipeline import sentences_of
from attrib.rulebook.compiler import _opening_guard, vocabulary
from attrib.rulebook.rule import Rule


def _sentences(rules: attrib.RuleSet) -> list[str]:
    texts = [json.loads(line)["text"] for line in
             shared_file("wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()[:6]]
    texts.append((SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8"))
    return [s.text for t in texts for s in sentences_of(t, rules)]


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    """What a search finds from each offset (the matcher searches on from a refused match)."""
    return [m.regs if (m := regex.search(text, pos)) else None for pos in range(0, len(text), 16)]


def _outlet_rules(rules: attrib.RuleSet) -> list[Rule]:
    return [r for r in rules.rules if "outlet" in r.required_slots and r.regex is not None]


def test_a_verb_group_guard_leaves_every_match_as_it_was(rules: attrib.RuleSet) -> None:
    unguarded = {r.id: re.compile(r.regex_source.replace(_guard(rules), "")) for r in rules.rules
                 if r.regex is not None and _guard(rules) in r.regex_source}
    assert len(unguarded) > 10  # the rules with a {cue} of the default set
    for text in _sentences(rules)[:40]:
        for rule_id, plain in unguarded.items():
            rule = rules.get(rule_id)
            assert rule is not None and rule.regex is not None
            assert _spans(rule.regex, text) == _spans(plain, text), (rule_id, text)


def _guard(rules: attrib.RuleSet) -> str:
    """The guard of the default cue set's verb group, as the compiler writes it."""
    source = next(r.regex_source for r in rules.rules if r.id == "source-first")
    start = source.index("(?=[a-z]{3,}ly")
    depth, end = 0, start
    while True:  # the guard's closing parenthesis (it holds no escaped parenthesis)
        depth += {"(": 1, ")": -1}.get(source[end], 0) if source[end - 1] != "\\" else 0
        end += 1
        if depth == 0:
            return source[start:end]


def test_a_sentence_without_description_words_is_matched_the_same_without_them(rules: attrib.RuleSet) -> None:
    plain_ones = 0
    for text in _sentences(rules):
        if may_describe(text, rules.lexicons):
            continue
        plain_ones += 1
        for rule in _outlet_rules(rules):
            assert rule.regex is not None
            lighter = without_descriptions(rule, rules.lexicons)
            assert lighter is None or _spans(lighter, text) == _spans(rule.regex, text), (rule.id, text)
    assert plain_ones > 50


def test_the_regexes_without_descriptions_are_lighter(rules: attrib.RuleSet) -> None:
    lighter = {r.id: without_descriptions(r, rules.lexicons) for r in _outlet_rules(rules)}
    assert lighter["outlet-reported-claim"] is not None
    assert all(found is None or len(found.pattern) < len(rules.get(rule_id).regex_source)  # type: ignore[union-attr]
               for rule_id, found in lighter.items())


@pytest.mark.parametrize(("text", "describes"), [
    ("The German weekly Der Spiegel reported that the talks had failed.", True),
    ("The Washington Post reported on Sunday that the agency had lost the files.", True),
    ("The Washington Post reported on Sunday that the files were lost.", False),
    ("“The Washington Post” reported on Sunday that the files were lost.", False),
    ("The German WEEKLY Der Spiegel reported that the talks had failed.", True),
    # a long s is an s to the regexes' case-insensitive match: the text is read by the regex itself
    ("The news ſite Politico reported that the talks had failed.", True),
])
def test_a_description_word_in_any_case_counts(rules: attrib.RuleSet, text: str, describes: bool) -> None:
    assert may_describe(text, rules.lexicons) is describes
    assert DESCRIPTIONS in rules.lexicons.sets


def test_the_guard_is_built_from_the_phrases_it_stands_for(rules: attrib.RuleSet) -> None:
    guard = re.compile(_opening_guard(frozenset({"said", "has been", "goes on to"}), frozenset({"said"})))
    for word in ("said ", "Said ", "has  been ", "goes on to ", "publicly "):
        assert guard.match(word), word
    for word in ("sai", "Has been", "fine ", "Goes on"):
        assert not guard.match(word), word
    assert vocabulary(rules.lexicons, without=(DESCRIPTIONS,)).sets[DESCRIPTIONS] == frozenset()
