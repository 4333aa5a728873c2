"""Patterns cannot hang the run: the worst shapes are refused, and the rest are bounded per sentence."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hostile_helpers import attrib

from attrib import analyze, load_rules
from attrib.engine.matcher import MAX_SENTENCE_CHARS, RULE_TIME_BUDGET
from attrib.engine.workbound import RuleBoundWarning, collect_bound_hits
from attrib.rulebook.compiler import Compiler, Vocabulary
from attrib.rulebook.pattern import PatternError, parse

# the developer's own rule layers must not change what these tests see
pytestmark = pytest.mark.usefixtures("no_user_rules")

CATASTROPHIC = Path(__file__).parent / "data" / "catastrophic.yaml"
HOSTILE = [
    " ".join(["said"] * 600) + " xyzzy.",
    "It rained. " + " ".join(["said"] * 400) + " xyzzy.",
    "Said " + " ".join(["said"] * 500) + " xyzzy!",
]


@pytest.fixture(scope="module")
def catastrophic_rules():
    return load_rules([CATASTROPHIC], use_user_config=False)


def test_a_catastrophic_pattern_is_stopped_per_sentence_and_the_rule_is_reported(catastrophic_rules):
    text = "\n\n".join([*HOSTILE, "The talks failed, officials said."])
    started = time.process_time()  # CPU time: the bound counts it, and a busy machine does not inflate it
    with collect_bound_hits() as hits:
        claims = analyze(text, catastrophic_rules)
    elapsed = time.process_time() - started
    assert elapsed < 1.0 * len(HOSTILE)  # unbounded, the first sentence alone takes minutes
    mine = [h for h in hits if h.rule == "four-slots-in-a-row"]
    assert [h.sentence for h in mine] == [1, 2, 3]
    assert all("catastrophic.yaml:5" in h.message and "said said said" in h.message for h in mine)
    assert claims[-1].source == "officials"  # and the run carried on with the other rules


def test_without_a_collector_a_bound_hit_is_a_python_warning(catastrophic_rules):
    with pytest.warns(RuleBoundWarning, match=r"sentence 1: rule four-slots-in-a-row .* stopped after"):
        analyze(HOSTILE[0], catastrophic_rules)


def test_the_cli_names_the_document_sentence_and_rule_and_exits_0(tmp_path):
    doc = tmp_path / "hostile.txt"
    doc.write_text("The talks failed, officials said.\n\n" + HOSTILE[0], encoding="utf-8")
    result = attrib("run", doc, "--rules", CATASTROPHIC, "--format", "jsonl")
    assert result.code == 0
    assert [r["source"] for r in result.records()] == ["officials", None]
    warnings = result.err.splitlines()
    assert f"attrib: warning: {doc}: sentence 2: rule four-slots-in-a-row ({CATASTROPHIC}:5) stopped after " \
           f"{RULE_TIME_BUDGET}s and was skipped for 'said said said" in result.err
    assert all(w.startswith(f"attrib: warning: {doc}: sentence 2: rule ") for w in warnings)


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
