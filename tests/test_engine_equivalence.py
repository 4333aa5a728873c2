"""The engine's shortcuts give exactly what the plain computation gives, on real text."""

from __future__ import annotations

import json
import re

from conftest import SAMPLES, shared_file

import attrib
from attrib.pipeline import sentences_of
from attrib.ruleset import not_ending_with
from attrib.split import _TOKEN_BEFORE, token_before


def _sentences(rules: attrib.RuleSet) -> list[str]:
    texts = [json.loads(line)["text"] for line in
             shared_file("wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()[:8]]
    texts.append((SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8"))
    return [s.text for t in texts for s in sentences_of(t, rules)]


def test_token_before_a_stop_in_a_window_equals_a_whole_text_search() -> None:
    long_token = "x" * 150
    text = f"A {long_token}. Then dr. Who and www.example.com. End."
    for end in [m.start() for m in re.finditer(r"\.", text)]:
        got, want = token_before(text, end), _TOKEN_BEFORE.search(text, 0, end)
        assert (got and got.span()) == (want and want.span())


def test_grouped_lookbehinds_refuse_the_same_phrase_ends() -> None:
    words = frozenset({"the", "a", "its", "of"})
    grouped = re.compile(r"\w+" + not_ending_with(words) + r"\s+said")
    one_by_one = re.compile(r"\w+" + "".join(rf"(?<!\b{w})(?<!\b{w.capitalize()})" for w in sorted(words))
                            + r"\s+said")
    for text in ["the said", "The said", "theory said", "its said", "officials said", "of said", "A said"]:
        assert bool(grouped.match(text)) == bool(one_by_one.match(text)), text
