"""The splitter is linear: runs of stops, quotes, abbreviations or no stop at all cannot make it hang.

`"Wait" + 50 dots + " and then it rained."` took 73 s: the stop pattern `(?:\\.\\.\\.|[.!?…])+` tried every
way of cutting the dots into "..." and "." before it failed. Times are measured in
benchmarks/bench_linear.py; here the work is bounded instead: every input below, grown to 200,000 characters,
must be split in a child process within a generous time limit (an exponential pattern never returns).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

import pytest
from lang_packs import CODES, pack_config

from attrib.text import marks, quotes, split

# each shape grows to 200,000 characters; the old splitter hung on the first at 60
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "dots": lambda n: "Wait" + "." * n + " and then it rained.",
    "mixed stops": lambda n: "Wait" + ".!?…" * (n // 4) + " and then it rained.",
    "dots and spaces": lambda n: "Wait" + ". " * (n // 2) + "and then it rained.",
    "closing quotes": lambda n: "Wait." + "”" * n + "x and then it rained.",
    "opening quotes": lambda n: "Wait. " + "“" * n + "x and then it rained.",
    "apostrophes": lambda n: "Wait. " + "'" * n + " and then it rained.",
    "quotes after ?": lambda n: "“Why?” " * (n // 8) + "he asked.",
    "abbreviations": lambda n: "Mr. U.S. No. Jan. e.g. " * (n // 24) + "It rained.",
    "initials": lambda n: "A. " * (n // 3) + "Brown said.",
    "dotted token": lambda n: "U.S." * (n // 4) + " It rained.",
    "no stops": lambda n: "Smith said it rained " * (n // 22),
    "blank-ish lines": lambda n: "It rained." + "\n   " * (n // 4) + "x",
}
SIZES = (60, 2_000, 200_000)
ONE_SENTENCE = {"dots", "mixed stops", "dots and spaces", "closing quotes", "opening quotes", "apostrophes",
                "no stops"}

CHILD = """
import json, sys
from attrib.text.split import split
from attrib.text.quotes import mark_quotes
import attrib
config = attrib.load_rules(use_user_config=False).lexicons.split
for name, text in json.load(sys.stdin):
    print(len(mark_quotes(text, split(text, config))), name, len(text), flush=True)
"""


def test_the_splitter_finishes_on_each_pathological_shape_grown_large():
    inputs = [(name, make(n)) for name, make in PATHOLOGICAL.items() for n in SIZES]
    try:
        done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(inputs), capture_output=True,
                              text=True, timeout=120)
    except subprocess.TimeoutExpired as hung:
        finished = (hung.stdout or b"").decode().splitlines()
        pytest.fail(f"the splitter hung after {finished[-1:] or 'nothing'}")
    assert done.returncode == 0, done.stderr
    counts = [int(line.split()[0]) for line in done.stdout.splitlines()]
    assert len(counts) == len(inputs) and all(counts)
    for (name, _), count in zip(inputs, counts, strict=True):
        if name in ONE_SENTENCE:
            assert count == 1, name  # a run of stops before a lower-case word ends nothing


def test_a_run_of_dots_is_one_stop_and_ends_the_sentence_before_a_capital(rules):
    config = rules.lexicons.split
    for dots in (1, 3, 4, 5):  # longer runs are in the child process above: the old splitter hangs on them
        text = "Wait" + "." * dots + " Then it rained."
        assert [s.text for s in split.split(text, config)] == ["Wait" + "." * dots, "Then it rained."]
        text = "Wait" + "." * dots + " and then it rained."
        assert [s.text for s in split.split(text, config)] == [text]


def _repeats_are_possessive(tree: object, atomic: bool = False) -> list[str]:
    """The repeats of a parsed pattern that may backtrack: neither possessive nor inside an atomic group."""
    bad: list[str] = []
    for op, arg in tree:  # type: ignore[attr-defined]
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, inner = arg
            if not atomic and high != low:
                bad.append(f"{op} {low}..{high}")
            bad += _repeats_are_possessive(inner, atomic)
        elif op is sre_constants.POSSESSIVE_REPEAT:
            bad += _repeats_are_possessive(arg[2], True)
        elif op is sre_constants.ATOMIC_GROUP:
            bad += _repeats_are_possessive(arg, True)
        elif op is sre_constants.SUBPATTERN:
            bad += _repeats_are_possessive(arg[-1], atomic)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            bad += _repeats_are_possessive(arg[1], atomic)
        elif op is sre_constants.BRANCH:
            for branch in arg[1]:
                bad += _repeats_are_possessive(branch, atomic)
    return bad


def _patterns(rules) -> dict[str, re.Pattern[str]]:
    """Every pattern of the text stage: the modules' own and those compiled for English and each pack."""
    found = {f"{module.__name__}.{name}": value for module in (split, quotes, marks)
             for name, value in vars(module).items() if isinstance(value, re.Pattern)}
    for code, config in [("en", rules.lexicons.split), *((code, pack_config(code)) for code in CODES)]:
        compiled = marks.marks_of(config)
        found |= {f"marks_of({code}).{name}": getattr(compiled, name) for name in compiled.__slots__
                  if isinstance(getattr(compiled, name), re.Pattern)}
    return found


def test_every_pattern_of_the_text_stage_is_linear_by_construction(rules):
    patterns = _patterns(rules)
    assert {"attrib.text.split._BLANK_LINE", "marks_of(en).stop", "marks_of(fr).stop", "marks_of(es).next_word",
            "marks_of(de).quote_mark"} <= set(patterns)
    for name, pattern in patterns.items():
        assert _repeats_are_possessive(sre_parser.parse(pattern.pattern, pattern.flags)) == [], name


def test_the_shape_check_finds_the_old_stop_pattern():
    old = r"(?:\.\.\.|[.!?…])+[\"'”’)\]]*(?=\s+[\"“‘'(\[]*[A-Z0-9])"
    assert len(_repeats_are_possessive(sre_parser.parse(old))) == 4
