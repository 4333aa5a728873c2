"""`attrib explain`: rules tried, the match and its slots, resolver changes, near misses."""

from __future__ import annotations

import re

from conftest import SAMPLES
from typer.testing import CliRunner

from attrib.authoring.explain import Change, explain, render
from attrib.cli import app
from attrib.rulebook.pattern import parse


def test_reference_sentence_7_claim_first_pronoun_and_channel(rules, reference_text):
    [item] = explain(reference_text, rules, sentence=7)
    assert item.rule == "claim-first"
    assert item.trials[-1].rule == "claim-first" and item.trials[-1].outcome == "matched"
    assert all(t.outcome != "matched" for t in item.trials[:-1])
    slots = {h.slot: " ".join(h.text.split()) for h in item.highlights}
    assert (
        slots["source"] == "it" and slots["cue"] == "said" and slots["channel"] == "a statement on Telegram"
    )
    assert item.text[item.highlights[1].start : item.highlights[1].end] == "it"
    assert len(item.resolver_notes) == 1
    assert item.resolver_notes[0].startswith("coreference: it -> The Russian defense ministry (e")
    assert item.resolver_notes[0].endswith(", the one that fits in sentence 6)")
    assert Change("source_resolved", None, "The Russian defense ministry") in item.changes


def test_cli_sentence_7(monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    result = CliRunner().invoke(app, ["explain", str(SAMPLES / "army-chiefs-call.txt"), "--sentence", "7"])
    assert result.exit_code == 0
    out = result.output
    assert "it said in a statement on Telegram." in out  # the sentence on one line, as written
    assert "[it](source) [said](cue) in [a statement on Telegram](channel)." in out  # slots marked (plain)
    assert "matched   claim-first (priority 50)" in out
    assert re.search(r"coreference: it -> The Russian defense ministry \(e\d+, the one that fits in sentence 6\)", out)
    assert "channel='a statement on Telegram'" in out


def test_prefilter_limits_the_rules_tried(rules, reference_text):
    [item] = explain(reference_text, rules, sentence=9)  # "Citing ..., the New York Times reported ..."
    assert item.rule == "citing-source-outlet-reported"
    assert len(item.candidates) < item.considered
    assert [t.rule for t in item.trials] == item.candidates[: len(item.trials)]


def test_unattributed_sentence_gets_the_refusal_as_nearest_miss(rules, reference_text):
    [item] = explain(reference_text, rules, sentence=5)  # "It was the first call between the pair ..."
    assert not item.claim.attributed and item.highlights == []
    nearest = item.near_misses[0]
    assert nearest.rule == "source-first"
    assert nearest.reason == 'refused: "call" reads as a noun here [noun-cue]'


def test_near_misses_of_an_attributed_sentence_are_the_rules_it_beat(rules):
    [item] = explain("Fighting resumed overnight, the Plover Gazette reported.", rules, near_misses=True)
    assert item.claim.attributed and len(item.near_misses) == 3
    assert item.rule not in {m.rule for m in item.near_misses}
    reasons = {m.rule: m.reason for m in item.near_misses}
    assert reasons["claim-first"] == "matches, but a higher-priority rule matched first"


def test_near_miss_names_the_missing_part_of_the_pattern(rules):
    [item] = explain("Fighting resumed overnight, according to plan.", rules)
    reasons = {m.rule: m.reason for m in item.near_misses}
    assert not item.claim.attributed
    assert reasons["according-to"] == 'refused: "plan." is a bare noun, no source [bare-noun]'
    assert (
        reasons["according-to-outlet"] == "the pattern matches as far as '{cue:according}' but not '{outlet}'"
    )


def test_keyword_near_miss_names_a_missing_word(rules):
    [item] = explain("The weather was fine all week.", rules, how_many=100)
    citing = next(m for m in item.near_misses if m.rule == "citing-source-outlet-reported")
    assert "keyword prefilter" in citing.reason and "citing" in citing.reason


def test_render_writes_a_pattern_back():
    pattern = "{claim}, {source} {cue:told} {outlet} [in {channel}] (at | on) <time_phrases>."
    assert render(parse(pattern)) == pattern


def test_bad_sentence_number_is_a_usage_error(monkeypatch):
    result = CliRunner().invoke(app, ["explain", str(SAMPLES / "army-chiefs-call.txt"), "--sentence", "99"])
    assert result.exit_code == 2 and "has no sentence 99" in result.output


def test_explain_reads_stdin():
    result = CliRunner().invoke(app, ["explain", "-"], input="The talks failed, officials said.\n")
    assert result.exit_code == 0 and "matched   claim-first" in result.output
