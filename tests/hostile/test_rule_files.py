"""Hostile rule files: every problem is one line with file:line:column and exit 2, never a hang."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_helpers import attrib, one_line_error

from attrib import load_rules
from attrib.errors import RuleError
from attrib.rulebook import yamlio
from attrib.rulebook.ruleset import rule_files, shipped_rules_dir

# the developer's own rule layers must not change what these tests see
pytestmark = pytest.mark.usefixtures("no_user_rules")

SAY = "The talks failed, officials said."


def rule_file(tmp_path: Path, body: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def run_with(tmp_path: Path, rules: Path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SAY, encoding="utf-8")
    return attrib("run", doc, "--rules", rules, "--format", "jsonl")


GOOD = '''rules:
  - id: mine
    description: test
    pattern: "{claim}, {source} {cue}."
'''


@pytest.mark.parametrize(("body", "where", "fragment"), [
    ("rules:\n  - id: mine\n    pattern: \"{claim}\n", ":4:1:", "invalid YAML"),
    ("rules:\n  - id: [mine\n", ":3:1:", "invalid YAML"),
    ("rules:\n\t- id: mine\n", ":2:1:", "invalid YAML"),
    (GOOD + "    priority: high\n", ":5:15:", "`priority` must be a whole number"),
    (GOOD + "    enabled: maybe\n", ":5:14:", "`enabled` must be true or false"),
    (GOOD.replace("description: test", "description: [a, b]"), ":3:18:", "non-text `description`"),
    ("rules: {id: mine}\n", ":1:8:", "`rules:` must be a list"),
    (GOOD + "    colour: red\n", ":5:5:", "unknown key 'colour'"),
    ("rules:\n  - id: Bad Id!\n", ":2:9:", "rule needs an `id`"),
    (GOOD + GOOD.replace("rules:\n", ""), ":5:", "duplicate rule id 'mine'"),
    (GOOD + "    id: again\n", ":5:5:", "duplicate key 'id'"),
    ("a: &x [1, 2]\nb: [*x, *x, *x]\n", ":2:5:", "YAML aliases (*name) are not allowed"),
    ("rules: !!python/object/apply:os.system ['echo pwned']\n", ":1:8:", "invalid YAML"),
    (GOOD.replace("{source} {cue}", "{source} {speaker}"), ":4:33:", "unknown slot {speaker}"),
    (GOOD.replace("{claim}, {source} {cue}.", "{claim}, {source} {via} {cue}."), ":4:33:",
     "{via} follows another slot"),
], ids=["unclosed-quote", "unclosed-flow", "tab-indent", "wrong-type-int", "wrong-type-bool",
        "wrong-type-text", "rules-not-list", "unknown-key", "bad-id", "duplicate-id", "duplicate-key",
        "alias", "python-tag", "unknown-slot", "adjacent-open-slots"])
def test_a_bad_rule_file_is_one_line_with_file_line_column(tmp_path, body, where, fragment):
    path = rule_file(tmp_path, body)
    result = run_with(tmp_path, path)
    one_line_error(result, f"{path}{where}", fragment)


def test_a_yaml_bomb_is_refused_at_its_first_alias_without_expanding_it(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 30):  # 9**30 strings if it were ever expanded
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = rule_file(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(RuleError, match=r":2:\d+: YAML aliases"):
        load_rules([path], use_user_config=False)


def test_an_oversized_rule_file_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    shipped = max(p.stat().st_size for p in rule_files(shipped_rules_dir()))
    monkeypatch.setattr(yamlio, "MAX_RULE_FILE_BYTES", shipped)
    path = rule_file(tmp_path, "lexicon: grammar\nsets:\n  x: [" + ", ".join(["w"] * shipped) + "]\n")
    one_line_error(run_with(tmp_path, path), f"{path}:1:1:", f"rule files are limited to {shipped:,}")


def test_an_enormous_lexicon_loads_and_is_used(tmp_path):
    names = [f"Gazette Number {i}" for i in range(20_000)]
    body = "lexicon: outlets\nentries:\n" + "".join(f"  - name: {n}\n    type: newspaper\n" for n in names)
    body += "rules:\n  - id: told-outlet\n    description: t\n    pattern: \"{source} {cue:told} {outlet}\"\n"
    path = rule_file(tmp_path, body)
    doc = tmp_path / "doc.txt"
    doc.write_text("The mayor told Gazette Number 19999 that the talks failed.", encoding="utf-8")
    result = attrib("run", doc, "--rules", path, "--format", "jsonl")
    assert result.code == 0, result.err
    assert result.records()[0]["outlet"] == "Gazette Number 19999"


def test_a_missing_rule_file_is_one_line(tmp_path):
    one_line_error(run_with(tmp_path, tmp_path / "absent.yaml"), "absent.yaml:1:1:", "no such rule file")


def deep_pattern_rule(depth: int) -> str:
    return GOOD.replace("{claim}, {source} {cue}.", "{claim}, {source} " + "(" * depth + "{cue}" + ")" * depth + ".")


@pytest.mark.parametrize(("body", "where", "fragment"), [
    (deep_pattern_rule(300), ":4:", "groups nested more than 8 deep"),
    ("lexicon: grammar\nsets:\n  x: " + "[" * 300 + "]" * 300 + "\n", ":3:", "nested more than 32 deep"),
    ("lexicon: grammar\nsets:\n  x:\n" + "".join("  " * (i + 2) + "-\n" for i in range(300)), ":", "nested"),
    ("lexicon: grammar\nsets:\n  x: " + "[" * 100_000 + "]" * 100_000 + "\n", ":3:", "nesting depth"),
    (GOOD.replace("{cue}.", "(" + " | ".join(f"w{i}" for i in range(150_000)) + ") {cue}."), ":4:",
     "the pattern is 1,388,914 characters long; patterns are limited to 1,000"),
    (GOOD.replace("{cue}.", "(" + "|".join(f"w{i}" for i in range(60)) + ") {cue}."), ":4:",
     "more than 50 alternatives in one pattern"),
], ids=["pattern-300-deep", "yaml-flow-300-deep", "yaml-block-300-deep", "yaml-100000-deep",
        "150000-alternatives", "60-alternatives"])
def test_rules_nested_deep_or_wide_are_one_line_with_file_line_column(tmp_path, body, where, fragment):
    path = rule_file(tmp_path, body)
    one_line_error(run_with(tmp_path, path), f"{path}{where}", fragment)
    validated = attrib("rules", "validate", path)  # and in every other command, not a RecursionError
    assert validated.code in (1, 2) and f"{path}{where}" in validated.out + validated.err
    assert "Traceback" not in validated.out + validated.err


@pytest.mark.parametrize("body", [
    "lexicon: grammar\nsets:\n  a: [{names}]\n  b: [{names}]\n",
    "lexicon: outlets\nentries: [{names}]\nsets:\n  b: [{names}]\n",
], ids=["sets", "outlets-and-sets"])
def test_a_lexicon_file_is_capped_before_it_compiles(tmp_path, body):
    names = ", ".join(f"w{i}" for i in range(30_000))
    path = rule_file(tmp_path, body.format(names=names))
    one_line_error(run_with(tmp_path, path), f"{path}:1:10:", "lists 60,000 words, phrases and entries",
                   "a lexicon file is limited to 50,000")


TOLD_US = '''rules:
  - id: told-us-lawmakers
    description: a pattern word with punctuation inside it
    priority: 200
    pattern: "{source} told U.S. lawmakers {claim}"
    examples:
      - text: "The general told U.S. lawmakers the war was over."
        source: The general
'''


def test_a_pattern_word_with_punctuation_fires_in_run_as_in_its_test(tmp_path):
    path = rule_file(tmp_path, TOLD_US)
    doc = tmp_path / "doc.txt"
    doc.write_text("The general told U.S. lawmakers the war was over.", encoding="utf-8")
    ran = attrib("run", doc, "--rules", path, "--format", "jsonl")
    assert ran.code == 0, ran.err
    assert [(r["rule"], r["source"]) for r in ran.records()] == [("told-us-lawmakers", "The general")]
    tested = attrib("rules", "test", path)
    assert tested.code == 0 and "1 passed, 0 failed" in tested.out + tested.err

