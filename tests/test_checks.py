"""Named checks: every refusal carries the name of the check that made it and a reason about the
sentence; the names are registered with what they refuse; the kinds run them in a fixed order."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from attrib.authoring.explain import explain
from attrib.engine.checks import CHECKS, refusal_names
from attrib.engine.kinds import check_names
from attrib.engine.matcher import Attempt, collect_refusals, match_sentence, try_rule
from attrib.grammar import grammar_for
from attrib.model import Sentence
from attrib.pipeline import analyze
from attrib.text.quotes import mark_quotes

SRC = Path(__file__).resolve().parents[1] / "src" / "attrib"


def sentence(text: str) -> Sentence:
    return mark_quotes(text, [Sentence(n=1, start=0, end=len(text), text=text, paragraph=0)])[0]


def refusals(text: str, rules, rule: str | None = None) -> list[tuple[str, str, str]]:
    """(rule, check, reason) of every match refused in the sentence (by one rule alone, if given)."""
    attempts: list[Attempt] = []
    if rule is None:
        match_sentence(sentence(text), rules, attempts)
    else:
        try_rule(rules.get(rule), sentence(text), rules.lexicons, attempts)
    return [(a.rule, a.refused.check, a.refused.reason) for a in attempts if a.refused is not None]


def test_every_refusal_name_in_the_code_is_registered(rules):
    names = refusal_names(grammar_for(rules.lexicons))
    used = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Refusal" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                used.add(node.args[0].value)
    assert used, "no Refusal(...) found: the scan is broken"
    assert used <= set(names), f"refusals without a registered name: {sorted(used - set(names))}"
    assert all(description for description in names.values())


def test_a_fronted_phrase_is_refused_by_name(rules):
    found = refusals("After the match, the coach, tired but happy, said his team had played well.", rules)
    assert ("source-apposition-first", "fronted-phrase", '"After the match" is a fronted phrase') in found


@pytest.mark.parametrize(("text", "check"), [
    ("The minister did not say when the talks would resume.", "cue-negated"),
    ("It was the first time the minister told reporters about it.", "verb-inside"),
    ("It was the first call between the pair since Brown took over the role in October 2023.", "noun-cue"),
    ("No credible reports support the rumor.", "negated-source"),
    ("No news outlet has reported such a resignation.", "negated-source"),
    ("Economy adds 90,000 jobs as hiring cools", "no-content"),
    ("ENERGY: Benchmark U.S. crude oil fell 42 cents to $51.69 per barrel.", "heading-label"),
    ("Fighting resumed overnight, according to plan.", "bare-noun"),
    ("The visas were denied by the embassy, the lawyer was told.", "passive-cue"),
    ("Making the rounds on the Sunday shows, Kaine said the campaign was confident.", "participle-opener"),
    ("The students organized a party called Anti-Prom at a former factory.", "naming-participle"),
    ("Just three hours later, the senator found himself in an awkward position.", "state-not-view"),
    ("When the envoy came to Washington in May, he felt blindsided by the demand.", "state-not-view"),
])
def test_refusals_on_real_sentences(rules, text, check):
    assert check in {name for _, name, _ in refusals(text, rules)}


def test_a_cue_inside_a_quotation_is_refused(rules):
    found = refusals("“The officials said the talks failed,” he wrote in his memoir.", rules, "source-first")
    assert found[0] == ("source-first", "cue-in-quotation", 'the cue "said" is inside a quotation')


def test_explain_shows_the_reason_and_the_name(rules):
    [item] = explain("The minister did not say when the talks would resume.", rules, near_misses=True)
    assert not item.claim.attributed
    reasons = [m.reason for m in item.near_misses if m.rule == "source-first"]
    assert reasons == ['refused: "did not" before the cue negates it or makes it no report [cue-negated]']


def test_refusals_are_collected_for_eval_without_changing_the_result(rules, reference_text):
    plain = [c.as_record() for c in analyze(reference_text, rules)]
    with collect_refusals() as log:
        collected = [c.as_record() for c in analyze(reference_text, rules)]
    assert collected == plain
    assert (5, "noun-cue") in {(n, r.check) for n, r in log}  # "It was the first call ..."


def test_a_refused_source_lets_the_rule_try_a_later_start(rules):
    """"In 2016, Trump, ..., said": the refusal is about the {source}, so the search goes on after it."""
    text = "In 2016, Trump, then a candidate, said the race was close."
    attempts: list[Attempt] = []
    found = try_rule(rules.get("source-apposition-first"), sentence(text), rules.lexicons, attempts)
    assert [a.refused.check for a in attempts if a.refused] == ["no-speaker-left"]
    assert attempts[0].refused.slot == "source"
    assert found is not None and text[found.slots["source"].start:found.slots["source"].end] == "Trump"


def test_kinds_order_their_checks(rules):
    by_shape = {rule.source_shape: check_names(rule) for rule in rules.rules}
    assert by_shape["phrase"][:4] == ("cue-in-quotation", "cue-negated", "noun-cue", "source-phrase")
    assert by_shape["subject"][3] == "no-subject" and "source-phrase" not in by_shape["subject"]
    assert by_shape["name"][3:6] == ("speaker-label", "heading-label", "source-phrase")
    assert by_shape["unnamed"][3:5] == ("source-phrase", "unnamed-source")
    quoted = next(rule for rule in rules.rules if rule.claim_quoted)
    assert "claim-not-quoted" in check_names(quoted)
    assert set(check_names(quoted)) <= set(CHECKS)


def test_the_rules_doc_names_every_check(rules):
    doc = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [name for name in refusal_names(grammar_for(rules.lexicons)) if f"| `{name}` |" not in doc]
    assert not missing, f"checks missing from the Checks table of docs/rules.md: {missing}"
