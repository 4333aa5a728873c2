"""The engine's shortcuts give exactly what the plain computation gives, on real text."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SAMPLES, shared_file

import attrib
from attrib.engine.reach import CueReach, sentence_words
from attrib.grammar import grammar_for
from attrib.grammar.english import clause_starts
from attrib.model import Span
from attrib.pipeline import sentences_of
from attrib.rulebook.compiler import Compiler, not_ending_with, vocabulary
from attrib.rulebook.pattern import Node, parse
from attrib.rulebook.prefilter import cue_needs
from attrib.text.marks import marks_of
from attrib.text.quotes import quoted_share
from attrib.text.split import _token_start


def _sentences(rules: attrib.RuleSet) -> list[str]:
    texts = [json.loads(line)["text"] for line in
             shared_file("wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()[:8]]
    texts.append((SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8"))
    return [s.text for t in texts for s in sentences_of(t, rules)]


def test_the_token_before_a_stop_starts_where_a_regex_search_says(rules: attrib.RuleSet) -> None:
    openers = marks_of(rules.lexicons.split).token_openers
    assert {'"', "“", "‘", "(", "["} <= openers
    token_before = re.compile(r"[^\s" + "".join(map(re.escape, openers)) + "]*$")  # as a regex says it
    long_token = "x" * 150
    text = f"A {long_token}. Then dr. Who and “www.example.com. (U.S. End.\u00a0Mr.\tJr. [Gen. \"Co. «Go. „Ja."
    for end in [m.start() for m in re.finditer(r"\.", text)]:
        want = token_before.search(text, 0, end)
        assert want is not None and _token_start(text, end, openers) == want.start()


def test_grouped_lookbehinds_refuse_the_same_phrase_ends() -> None:
    words = frozenset({"the", "a", "its", "of"})
    grouped = re.compile(r"\w+" + not_ending_with(words) + r"\s+said")
    one_by_one = re.compile(r"\w+" + "".join(rf"(?<!\b{w})(?<!\b{w.capitalize()})" for w in sorted(words))
                            + r"\s+said")
    for text in ["the said", "The said", "theory said", "its said", "officials said", "of said", "A said"]:
        assert bool(grouped.match(text)) == bool(one_by_one.match(text)), text


def test_rules_match_nowhere_beyond_their_cue_reach(rules: attrib.RuleSet) -> None:
    # a rule is not tried from past CueReach.limit: no match may start there
    for text in _sentences(rules):
        reach = CueReach(text)
        for rule in rules.rules:
            assert rule.regex is not None
            limit = reach.limit(rule)
            if rule.opens_with_phrase:
                late = [s for s in clause_starts(text, rules.lexicons) if s > limit]
                assert all(rule.regex.match(text, s) is None for s in late), (rule.id, text)
            elif limit < len(text):
                assert rule.regex.search(text, limit + 1) is None, (rule.id, text)


def test_keyword_masks_pick_the_rules_the_keyword_sets_pick(rules: attrib.RuleSet) -> None:
    for text in _sentences(rules):
        words = sentence_words(text)
        want = [r for r in rules.rules if all(not kw.isdisjoint(words) for kw in r.keywords)]
        assert rules.candidates(words) == want


def test_rules_to_try_are_the_candidates_whose_marks_and_quotation_the_sentence_holds(rules: attrib.RuleSet) -> None:
    for text in _sentences(rules):
        words = sentence_words(text)
        for quoted in (False, True):
            want = [r for r in rules.candidates(words) if (quoted or not r.claim_quoted)
                    and all(any(char in text for char in chars) for chars in r.required_marks)]
            assert rules.rules_to_try(words, text, quoted) == want, text


def test_the_marks_of_every_branch_before_the_cue_count_their_fewest() -> None:
    needs = cue_needs(parse("{source} (, {detail}, | — {detail} —) {cue} {claim}"))
    assert needs.commas == 2 and set(needs.marks) == set(",?!—")
    needs = cue_needs(parse("{source} (, {detail}, | -- {detail} --) {cue} {claim}"))  # a word of dashes
    assert needs.commas == 2 and set(needs.marks) == set(",?!-")
    assert cue_needs(parse("{claim}, {source}, {detail}, {cue}.")).commas == 3
    assert cue_needs(parse("{source} [, {detail},] {cue} {claim}")).commas == 0  # optional: none required
    assert cue_needs(parse("{source} (, {detail}, | {detail} ;) {cue} {claim}")).commas == 1
    assert cue_needs(parse("{source} {cue}, {claim}")).commas == 0  # after the cue: no bound


def test_an_apposition_rule_starts_no_later_than_its_second_mark_before_the_cue(rules: attrib.RuleSet) -> None:
    rule = rules.get("source-apposition-first")
    assert rule is not None and rule.regex is not None
    text = "In Ohio, the mayor — a former judge — said on Monday that the bridge would stay shut."
    limit = CueReach(text).limit(rule)
    assert limit == text.index("—")  # the first dash: two marks before "said"
    found = rule.regex.match(text, text.index("the mayor"))
    assert found is not None and found.start() <= limit
    assert CueReach("Ohio's mayor said on Monday that the bridge would stay shut.").limit(rule) == -1


_OPENING = re.compile(r"(?:[,;:(“”\"—–―‘’]|'')\s*$")


def _clause_starts_plainly(text: str, boundaries: frozenset[str]) -> list[int]:
    starts, previous = [], ""
    for word in re.finditer(r"\S+", text):
        lead = word.start() + len(word.group()) - len(word.group().lstrip("“\"‘'(["))
        if not previous or _OPENING.search(text, max(0, word.start() - 12), word.start()) \
                or previous.lower().strip(",;:.“”\"'’") in boundaries or lead != word.start():
            starts.append(lead)
        previous = word.group()
    return sorted(set(starts))


def test_clause_starts_equal_a_search_before_every_word(rules: attrib.RuleSet) -> None:
    lex = rules.lexicons
    boundaries = lex.set("clause_boundaries") | lex.set("leading_adverbs")
    odd = ["“Yes,” she said", "''We won,'' he said", "a ,  \n b", "x;            y", "(and) “but” ‘so’ then",
           "word —  next", "a''  b", "' a", "”", ""]
    for text in _sentences(rules) + odd:
        assert clause_starts(text, lex) == _clause_starts_plainly(text, boundaries), text


def test_quoted_share_counts_what_a_letter_by_letter_count_does() -> None:
    text = "“Yes,” she said, “we won” and (“again”) 12 times."
    spans = [(0, 6), (17, 25), (3, 20), (31, 38), (40, 35)]
    for quoted in ((), tuple(Span(*s) for s in spans), (Span(17, 25), Span(0, 6))):
        for start, end in [(0, len(text)), (5, 30), (20, 21), (10, 10)]:
            letters = [i for i in range(start, end) if text[i].isalnum()]
            inner = [i for i in letters if any(q.start <= i < q.end for q in quoted)]
            want = len(inner) / len(letters) if letters else 0.0
            assert quoted_share(quoted, text, start, end) == want


class _NoLookahead(Compiler):
    def _lookahead(self, node: Node) -> str:
        return ""


def test_a_phrase_checking_what_follows_it_matches_what_it_did_without(rules: attrib.RuleSet) -> None:
    vocab = vocabulary(rules.lexicons)
    texts = _sentences(rules)
    for rule in rules.rules:
        assert rule.tree is not None and rule.regex is not None
        plain_source = _NoLookahead(vocab).compile(rule.tree)
        if plain_source == rule.regex.pattern:
            continue  # no phrase of this rule checks what follows it (compiling it again proves nothing)
        plain = re.compile(plain_source)
        for text in texts:
            for start in clause_starts(text, rules.lexicons):
                got, want = rule.regex.match(text, start), plain.match(text, start)
                assert (got and got.regs) == (want and want.regs), (rule.id, text, start)
            got, want = rule.regex.search(text), plain.search(text)
            assert (got and got.regs) == (want and want.regs), (rule.id, text)


@pytest.mark.parametrize(("code", "corpus"), [("de", "de-wikinews-dev.jsonl"), ("fr", "fr-dev.jsonl"),
                                              ("es", "es-dev.jsonl")])
def test_a_packs_rules_match_nowhere_beyond_their_cue_reach(rules: attrib.RuleSet, code: str, corpus: str) -> None:
    # cue words with accents and umlauts ("señaló", "äußerte") bound a rule's reach as English ones do
    ruleset = rules.pack(code)
    assert sum(rule.cue_words is not None for rule in ruleset.rules) > len(ruleset.rules) / 2
    grammar = grammar_for(ruleset.lexicons)
    texts = [json.loads(line)["text"] for line in shared_file(corpus).read_text(encoding="utf-8").splitlines()[:6]]
    for text in (s.text for t in texts for s in sentences_of(t, ruleset)):
        reach = CueReach(text)
        for rule in ruleset.rules:
            assert rule.regex is not None
            limit = reach.limit(rule)
            if rule.opens_with_phrase:
                late = [s for s in grammar.clause_starts(text, ruleset.lexicons) if s > limit]
                assert all(rule.regex.match(text, s) is None for s in late), (rule.id, text)
            elif limit < len(text):
                assert rule.regex.search(text, limit + 1) is None, (rule.id, text)
