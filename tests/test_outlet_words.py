"""The outlet words (rulebook.outlet_words): a sentence without one names no outlet the outlet check
accepts, so skipping a rule that needs an {outlet} there changes no claim."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES, shared_file

import attrib
from attrib.engine.matcher import collect_refusals
from attrib.grammar import grammar_for
from attrib.outputs.export import json_line
from attrib.pipeline import sentences_of
from attrib.rulebook.outlet_words import outlet_words

PACKS = ("en", "de", "fr", "es")
CORPUS = {"en": "wikinews-dev.jsonl", "de": "de-wikinews-dev.jsonl", "fr": "fr-dev.jsonl", "es": "es-dev.jsonl"}


def _texts(name: str, count: int) -> list[str]:
    lines = shared_file(name).read_text(encoding="utf-8").splitlines()[:count]
    return [json.loads(line)["text"] for line in lines]


@pytest.mark.parametrize("code", PACKS)
def test_every_listed_outlet_and_description_is_let_through(rules: attrib.RuleSet, code: str) -> None:
    lex = rules.pack(code).lexicons
    words = outlet_words(lex)
    assert words is not None, "the shipped packs' outlet words can tell"
    index = lex.outlets
    any_case = [*index.by_alias, *index.short_forms, *index.generic, *lex.set("outlet_descriptors")]
    as_written = [*index.by_acronym, *index.by_exact_name, *index.name_endings]  # found only so
    assert len(any_case) > 100 and len(as_written) > 10
    for name, cases in [*((n, (n, n.title(), n.upper())) for n in any_case), *((n, (n,)) for n in as_written)]:
        # with a possessive, and in the middle of a sentence too
        for text in (*cases, *(f"{c}'s" for c in cases), *(f"Gestern, so {c}, kam es." for c in cases)):
            assert words.may_name(text), (code, name, text)
    assert not words.may_name("The mayor said that the talks would resume on Tuesday.")


@pytest.mark.parametrize("code", PACKS)
def test_no_stretch_of_a_sentence_without_outlet_words_is_an_outlet(rules: attrib.RuleSet, code: str) -> None:
    ruleset = rules.pack(code)
    lex = ruleset.lexicons
    grammar = grammar_for(lex)
    words = outlet_words(lex)
    assert words is not None
    skipped = 0
    for text in _texts(CORPUS[code], 6):
        for sentence in sentences_of(text, ruleset):
            if words.may_name(sentence.text):
                continue
            skipped += 1
            tokens = sentence.text.split()
            for i in range(len(tokens)):
                stretch = " ".join(tokens[i:i + 8])
                assert lex.outlets.longest_prefix(stretch) is None, (code, stretch)
                assert grammar.outlet_after_description(stretch, lex) is None, (code, stretch)
    assert skipped > 10


@pytest.mark.parametrize("code", PACKS)
def test_the_claims_are_those_of_trying_every_rule(rules: attrib.RuleSet, code: str) -> None:
    # while refusals are collected every candidate rule is tried: no outlet-words shortcut
    texts = _texts(CORPUS[code], 12)
    if code == "en":
        texts.append((SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8"))
    for text in texts:
        fast = [json_line(c) for c in attrib.analyze(text, rules, lang=code)]
        with collect_refusals():
            tried = [json_line(c) for c in attrib.analyze(text, rules, lang=code)]
        assert fast == tried
