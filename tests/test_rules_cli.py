"""`attrib rules list|show|validate|test|new`: the rule author's workflow, end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attrib
from attrib.authoring.rules import schema_path, starter_rule, validate
from attrib.cli import app
from attrib.rulebook.pattern import SLOTS
from attrib.rulebook.ruleset import EXAMPLE_KEYS, RULE_KEYS

SENTENCE = (
    "More exchanges are planned before the end of the year, the official was quoted as saying by Interfax."
)

TUTORIAL_RULE = """\
rules:
  - id: quoted-as-saying-by
    description: The claim, then who was quoted by which outlet.
    priority: 60
    pattern: "{claim}, {source} {cue:quoted_by} by {outlet}."
    examples:
      - text: "More exchanges are planned before the end of May, the official was quoted as saying by TASS."
        source: the official
        cue: was quoted as saying
        outlet: TASS
      - text: "“We will not back down,” the minister was quoted as saying by TASS."
        source: the minister
        outlet: TASS
        quote: direct
    counterexamples:
      - "The plan will work, the mayor was quoted as saying by Friday."
lexicon: grammar
sets:
  quoted_by: [was quoted as saying, were quoted as saying]
"""

# the same file with one mistake of each kind; the comment names the message each must give
BROKEN_RULE = """\
rules:
  - id: quoted-as-saying-by
    description: The claim, then who was quoted by which outlet.
    priorty: 60
    pattern: "{claim}, {speaker} {cue:quoted_by} by {outlet}."
  - id: quoted-as-saying-by
    description: twice
    pattern: "{claim}, {source} {cue}."
  - id: missing-pattern
    description: no pattern
  - id: unknown-set
    description: a set nobody defined
    pattern: "{claim}, {source} {cue:quoted_bye} by {outlet}."
  - id: bad-example
    description: an example that contradicts the rule
    pattern: "{claim}, {source} {cue} by {outlet}."
    examples:
      - text: "Talks will resume, the official said by Interfax."
        source: the mayor
        colour: blue
  - id: unclosed
    description: a bracket never closed
    pattern: "{claim}, {source} [in {channel}."
lexicon: grammar
sets:
  quoted_by: [was quoted as saying]
"""


@pytest.fixture()
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("ATTRIB_RULES", raising=False)
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(app, list(args))
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), (
            result.exception
        )
        return result.exit_code, result.output

    return invoke


def test_tutorial_walk(runner, tmp_path):
    """A new rule in a temporary folder: validate clean, test passing, run output changed."""
    folder = tmp_path / "my-rules"
    folder.mkdir()
    (folder / "interfax.yaml").write_text(TUTORIAL_RULE, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Russia and Ukraine exchanged prisoners on Sunday. " + SENTENCE + "\n", encoding="utf-8")

    code, out = runner("rules", "validate", str(folder))
    assert (code, out.startswith("no problems")) == (0, True), out
    code, out = runner("rules", "test", str(folder))
    assert (code, out.splitlines()[-1]) == (0, "3 passed, 0 failed")

    _, before = runner("run", str(story), "--format", "jsonl")
    _, after = runner("run", str(story), "--format", "jsonl", "--rules", str(folder))
    old, new = json.loads(before.splitlines()[1]), json.loads(after.splitlines()[1])
    assert old["outlet"] is None and old["rule"] != "quoted-as-saying-by"
    assert (new["rule"], new["source"], new["outlet"], new["cue"]) == (
        "quoted-as-saying-by",
        "the official",
        "Interfax",
        "was quoted as saying",
    )


def test_broken_copy_reports_every_mistake_with_file_line_column(runner, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN_RULE, encoding="utf-8")
    code, out = runner("rules", "validate", str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines.pop() == f"{len(lines)} problems"  # the count, on stderr
    assert all(re.match(rf"{re.escape(str(path))}:\d+:\d+: ", line) for line in lines), out
    expected = {
        "4:5": "unknown key 'priorty'",
        "5:24": "unknown slot {speaker}",
        "6:9": "duplicate rule id 'quoted-as-saying-by'",
        "9:5": "rule missing-pattern: missing or non-text `pattern`",
        "13:33": "unknown cue set 'quoted_bye'",
        "18:9": "example contradicts the rule: source: expected 'the mayor', got 'the official'",
        "20:9": "unknown key 'colour' in example",
        "23:33": "'[' is never closed",
    }
    for at, message in expected.items():
        assert any(line.startswith(f"{path}:{at}: ") and message in line for line in lines), (
            at,
            message,
            out,
        )
    assert len(lines) == len(expected)


def test_validate_reports_problems_in_file_order_and_bad_yaml(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: x\n    pattern: [unclosed\n", encoding="utf-8")
    code, out = runner("rules", "validate", str(bad))
    assert code == 1 and re.match(rf"{re.escape(str(bad))}:\d+:\d+: invalid YAML", out), out


def test_rules_test_shows_expected_and_got(runner, tmp_path):
    wrong = TUTORIAL_RULE.replace("outlet: TASS", "outlet: Reuters", 1)
    (tmp_path / "wrong.yaml").write_text(wrong, encoding="utf-8")
    code, out = runner("rules", "test", "wrong.yaml")
    assert code == 1
    assert "FAIL wrong.yaml:7:9 quoted-as-saying-by" in out
    assert "outlet: expected 'Reuters', got 'TASS'" in out
    assert out.splitlines()[-1] == "2 passed, 1 failed"


def test_rules_test_without_paths_runs_every_shipped_example(runner, rules):
    code, out = runner("rules", "test")
    total = sum(len(r.examples) + len(r.counterexamples) for r in rules.rules)
    assert (code, out.splitlines()[-1]) == (0, f"{total} passed, 0 failed")


def test_new_rule_passes_validate_and_test_as_written(runner, tmp_path):
    code, out = runner("rules", "new", "my-first-rule", "-o", "mine.yaml")
    assert code == 0 and out == ""
    text = (tmp_path / "mine.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=file://") and "id: my-first-rule" in text
    assert runner("rules", "validate", "mine.yaml")[0] == 0
    code, out = runner("rules", "test", "mine.yaml")
    assert (code, out.strip()) == (0, "2 passed, 0 failed")
    # never overwrites, and refuses a bad id
    assert runner("rules", "new", "other", "-o", "mine.yaml")[0] == 2
    code, out = runner("rules", "new", "Not An Id")
    assert code == 2 and "is not a rule id" in out


def test_new_rule_prints_to_stdout(runner):
    code, out = runner("rules", "new", "x-rule")
    assert code == 0 and out == starter_rule("x-rule")


def test_list_filters_and_show(runner, rules):
    code, out = runner("rules", "list", "--id", "claim-first")
    ids = [line.split()[0] for line in out.splitlines()]
    assert code == 0 and ids and all(i.startswith("claim-first") for i in ids)
    code, out = runner("rules", "list", "--file", "lexicons/outlets.yaml")
    assert out.split()[:3] == ["outlets", "lexicon", "active"]
    assert len(out.splitlines()) == 1
    code, out = runner("rules", "list")
    assert {line.split()[0] for line in out.splitlines()} >= {r.id for r in rules.rules} | {"cues", "grammar"}

    code, out = runner("rules", "show", "according-to")
    assert code == 0
    assert '    pattern: "{cue:according} {source}"' in out  # as written in the file
    assert "1. to\n" in out  # the keyword prefilter set: the last word of the cue
    assert "--regex prints it all" in out and "(?P<source>" not in out  # the regex, shortened
    code, out = runner("rules", "show", "according-to", "--regex")
    assert "(?P<cue>" in out and "(?P<source>" in out
    assert runner("rules", "show", "no-such-rule")[0] == 2


def test_library_validate_matches_cli(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text(TUTORIAL_RULE, encoding="utf-8")
    assert validate([path]) == []


# --- the JSON Schema for editors ---------------------------------------------------------------------


def test_schema_lists_the_loaders_keys_and_slots():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    rule = schema["$defs"]["rule"]
    assert set(rule["properties"]) == RULE_KEYS
    assert set(schema["$defs"]["example"]["properties"]) == EXAMPLE_KEYS
    assert rule["additionalProperties"] is False
    slot_check = re.compile(rule["properties"]["pattern"]["pattern"])
    for shipped in attrib.load_rules(use_user_config=False).rules:
        assert slot_check.match(shipped.pattern), shipped.id
    assert not slot_check.match("{claim}, {speaker} said.")
    assert all(name in rule["properties"]["pattern"]["pattern"] for name in SLOTS)


def test_shipped_pattern_files_name_the_schema():
    for path in sorted((Path(schema_path()).parent / "patterns").glob("*.yaml")):
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema.json\n")
