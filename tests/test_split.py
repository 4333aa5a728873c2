"""The splitter on news text: offsets into the original, abbreviations, quotes, line handling."""

from __future__ import annotations

import pytest

import attrib
from attrib.text.split import is_hard_wrapped, split


def sentences(text: str, rules: attrib.RuleSet) -> list[str]:
    return [s.text for s in split(text, rules.lexicons.split)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Charles Brown met Sen. Warren. They spoke.", ["Gen. Charles Brown met Sen. Warren.", "They spoke."]),
        ("The call took place on Nov. 27 in Geneva. It was short.",
         ["The call took place on Nov. 27 in Geneva.", "It was short."]),
        ("Charles H. Brown arrived at 9 a.m. Eastern time.", ["Charles H. Brown arrived at 9 a.m. Eastern time."]),
        ("He arrived at 9 a.m. The talks began.", ["He arrived at 9 a.m.", "The talks began."]),
        ("Troops left the U.S. The talks went on.", ["Troops left the U.S.", "The talks went on."]),
        ("He ranked No. 3 in the U.K. poll. Dr. Lee won.", ["He ranked No. 3 in the U.K. poll.", "Dr. Lee won."]),
        ("“We won,” he said. “Did we win?” she asked.", ["“We won,” he said.", "“Did we win?” she asked."]),
        ("He left (for good.) Then she spoke.", ["He left (for good.)", "Then she spoke."]),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("He said: “We are ready.” Then he left.", ["He said: “We are ready.”", "Then he left."]),
        ("“It is over...” He walked out.", ["“It is over...”", "He walked out."]),
        ("“Are they small hands?” Donald Trump said. He smiled.",
         ["“Are they small hands?” Donald Trump said.", "He smiled."]),
        ("“Who won?” Nobody knew.", ["“Who won?”", "Nobody knew."]),
        ("The talks ended. Émile Dubois left.", ["The talks ended.", "Émile Dubois left."]),
        ("He met Mr. Öztürk. Łukasz spoke.", ["He met Mr. Öztürk.", "Łukasz spoke."]),
        ("It was cold. élan was gone.", ["It was cold. élan was gone."]),
    ],
)
def test_boundaries(rules, text, expected):
    assert sentences(text, rules) == expected


def test_offsets_point_into_the_original_text(rules, reference_text):
    for sentence in split(reference_text, rules.lexicons.split):
        assert reference_text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_blank_line_always_ends_a_sentence(rules):
    assert sentences("A headline without a stop\n\nThe story starts here.", rules) == [
        "A headline without a stop", "The story starts here."]


def test_hard_wrapped_text_joins_lines(rules, reference_text):
    assert is_hard_wrapped(reference_text)
    first = split(reference_text, rules.lexicons.split)[0]
    assert "\n" in first.text and first.text.endswith("have said.")


def test_one_paragraph_per_line_splits_lines(rules):
    text = ("The mayor said the bridge would reopen in May after months of repairs.\n"
            "Advertisement\n"
            "Residents had complained about the detour for a long time, officials said.\n")
    assert not is_hard_wrapped(text)
    assert sentences(text, rules) == [
        "The mayor said the bridge would reopen in May after months of repairs.",
        "Advertisement",
        "Residents had complained about the detour for a long time, officials said."]
    claims = attrib.analyze(text, rules)
    assert [c.attributed for c in claims] == [True, False, True]


def test_dateline_stays_in_the_first_sentence_and_sets_the_publisher(rules):
    text = "WASHINGTON (Reuters) - The Senate passed the bill on Friday, aides said. It now goes to the House."
    claims = attrib.analyze(text, rules)
    assert claims[0].text.startswith("WASHINGTON (Reuters) - The Senate")
    assert {c.publisher for c in claims} == {"Reuters"}
    text = "LONDON, Nov 27 (AFP) – Talks resumed on Monday, diplomats said."
    assert attrib.analyze(text, rules)[0].publisher == "Agence France-Presse"


def test_credit_line_sets_the_publisher(rules):
    text = "The dam will be finished next year, the ministry said.\n\nAFP"
    claims = attrib.analyze(text, rules)
    assert claims[-1].text == "AFP" and not claims[-1].attributed
    assert {c.publisher for c in claims} == {"Agence France-Presse"}
