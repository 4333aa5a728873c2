"""Patterns cannot hang the run: the worst shapes are refused, a user's rule too slow on a sentence stops
the run (exit 4), and the shipped rules are never timed (their cost: test_slowest_sentence)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hostile_helpers import attrib

from attrib import analyze, load_rules
from attrib.engine import matcher
from attrib.engine.matcher import MAX_SENTENCE_CHARS, RULE_TIME_BUDGET
from attrib.engine.workbound import RuleStopped, collect_bound_hits
from attrib.rulebook.compiler import Compiler, Vocabulary
from attrib.rulebook.pattern import PatternError, parse

# the developer's own rule layers must not change what these tests see
pytestmark = pytest.mark.usefixtures("no_user_rules")

CATASTROPHIC = Path(__file__).parent / "data" / "catastrophic.yaml"
HOSTILE = [
    " ".join(["said"] * 350) + " xyzzy.",  # within MAX_SENTENCE_CHARS: patterns are tried on it
    "It rained. " + " ".join(["said"] * 300) + " xyzzy.",
    "Said " + " ".join(["said"] * 320) + " xyzzy!",
]


@pytest.fixture(scope="module")
def catastrophic_rules():
    return load_rules([CATASTROPHIC], use_user_config=False)


def test_a_catastrophic_user_rule_stops_the_run_naming_document_sentence_and_rule(catastrophic_rules):
    text = "\n\n".join(["The talks failed, officials said.", *HOSTILE])
    started = time.process_time()  # CPU time: the bound counts it, and a busy machine does not inflate it
    with pytest.raises(RuleStopped, match=r"^doc\.txt: sentence 2: rule four-slots-in-a-row \(.*catastrophic"
                       r"\.yaml:5\) used more than 0\.25s of CPU on 'said said said") as stopped:
        analyze(text, catastrophic_rules, doc="doc.txt")
    assert time.process_time() - started < 1.0  # unbounded, the sentence alone takes minutes
    assert stopped.value.exit_code == 4


def test_the_shipped_rules_are_never_timed_so_a_slow_machine_gets_the_same_claims(rules, reference_text,
                                                                                  monkeypatch):
    expected = [(c.source, c.cue, c.rule) for c in analyze(reference_text, rules)]
    # as if every rule took longer than its budget: a machine a million times slower
    monkeypatch.setattr(matcher, "RULE_TIME_BUDGET", 1e-9)
    assert [(c.source, c.cue, c.rule) for c in analyze(reference_text, rules)] == expected
    assert any(source for source, _, _ in expected)


def test_the_cli_names_the_document_and_exits_4_keeping_the_previous_output(tmp_path):
    good, hostile = tmp_path / "a-good.txt", tmp_path / "b-hostile.txt"
    good.write_text("The talks failed, officials said.", encoding="utf-8")
    hostile.write_text("The talks failed, officials said.\n\n" + HOSTILE[0], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = attrib("run", good, hostile, "--rules", CATASTROPHIC, "-o", out)
    assert result.code == 4
    assert result.err.splitlines() == [
        f"attrib: error: {hostile}: sentence 2: rule four-slots-in-a-row ({CATASTROPHIC}:5) used more than "
        f"{RULE_TIME_BUDGET}s of CPU on 'said said said said said said said said said said said said said said "
        "said said…' and was stopped; its claims would depend on the machine's speed, so the run stops too "
        "(make its pattern narrower, or disable it)"]
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_an_overlong_sentence_is_not_given_to_patterns(rules):
    text = "Officials said " + "word " * (MAX_SENTENCE_CHARS // 5) + "end."
    with collect_bound_hits() as hits:
        claims = analyze(text, rules)
    assert len(claims) == 1 and not claims[0].attributed
    assert hits[0].rule is None and "characters long" in hits[0].message


@pytest.mark.parametrize("text", [
    " ".join(["word"] * 5_000) + ", officials said.",  # 5,000 words without punctuation
    "a, " * 2_000 + "officials said.",  # 2,000 commas
    "“" * 1_000 + "officials said" + "”" * 1_000,
    "According to " * 300 + "officials.",
], ids=["5000-words", "2000-commas", "quote-marks", "repeated-cue"])
def test_the_shipped_rules_end_on_hostile_sentences(rules, text):
    with collect_bound_hits():
        claims = analyze(text, rules)
    assert "".join(c.text for c in claims).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(("pattern", "column"), [
    ("{source} {listener} {cue}", 10),
    ("{claim} {source} {cue}", 9),
    ("{source} [that] {via} {cue}", 17),
    ("{cue} {source} [{detail}]", 17),
    ("({source} | the) {via} {cue}", 18),
])
def test_open_slots_side_by_side_are_refused_at_their_column(pattern, column):
    with pytest.raises(PatternError, match="follows another slot") as error:
        Compiler(Vocabulary(sets={})).compile(parse(pattern))
    assert error.value.column == column


@pytest.mark.parametrize("pattern", [
    "{claim}, {source} {cue} [in {channel}] [that].",
    "{source} {cue:told} {outlet}[,] citing {via}",
    "{source} {cue} in {channel} with {outlet}",
])
def test_slots_with_a_word_or_mark_between_them_are_accepted(rules, pattern):
    from attrib.rulebook.compiler import vocabulary

    assert Compiler(vocabulary(rules.lexicons)).compile(parse(pattern))
