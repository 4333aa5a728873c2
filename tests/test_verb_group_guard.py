"""The guard before every verb group (rulebook.compiler._opening_guard) leaves the regexes' matches
as they were, on real text."""

from __future__ import annotations

import json
import re

from conftest import SAMPLES, shared_file

import attrib
from attrib.pipeline import sentences_of
from attrib.rulebook.compiler import _opening_guard


def _sentences(rules: attrib.RuleSet) -> list[str]:
    texts = [json.loads(line)["text"] for line in
             shared_file("wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()[:6]]
    texts.append((SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8"))
    return [s.text for t in texts for s in sentences_of(t, rules)]


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    """What a search finds from each offset (the matcher searches on from a refused match)."""
    return [m.regs if (m := regex.search(text, pos)) else None for pos in range(0, len(text), 16)]


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


def test_the_guard_is_built_from_the_phrases_it_stands_for() -> None:
    guard = re.compile(_opening_guard(frozenset({"said", "has been", "goes on to"}), frozenset({"said"})))
    for word in ("said ", "Said ", "has  been ", "goes on to ", "publicly "):
        assert guard.match(word), word
    for word in ("sai", "Has been", "fine ", "Goes on"):
        assert not guard.match(word), word
