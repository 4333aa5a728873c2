"""Every snippet of docs/rules.md runs, and the README's "Your own rules" example really works.

In docs/rules.md, a fenced block ```yaml NAME or ```text NAME is written to NAME in a scratch folder
when the walk reaches it; an unnamed ```yaml block must validate clean; a ```console block's
`$ attrib ...` lines run in that folder and the lines shown under each must appear in its output,
in order (`...` stands for any text, and a line of `...` for any lines).
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attrib
from attrib.authoring.rules import validate
from attrib.cli import app
from attrib.rulebook.lexicon import build_lexicons  # noqa: F401  (the docs name every set it builds)
from attrib.rulebook.pattern import SLOTS
from attrib.rulebook.ruleset import EXAMPLE_KEYS, RULE_KEYS

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "rules.md"
README = ROOT / "README.md"
_FENCE = re.compile(r"^```(\w+)?[ \t]*([^\n`]*)\n(.*?)^```", re.M | re.S)


@dataclass(frozen=True)
class Block:
    lang: str
    name: str
    body: str
    line: int


def blocks(text: str) -> list[Block]:
    return [
        Block(m.group(1) or "", m.group(2).strip(), m.group(3), text.count("\n", 0, m.start()) + 1)
        for m in _FENCE.finditer(text)
    ]


def shown_lines_appear(shown: list[str], output: str) -> str | None:
    """None when every shown line matches an output line, in order; else the first one that does not."""
    lines = iter(output.splitlines())
    for expected in shown:
        if expected.strip() == "...":
            continue
        pattern = re.compile(".*".join(re.escape(part) for part in expected.rstrip().split("...")))
        if not any(pattern.fullmatch(line.rstrip()) for line in lines):
            return expected
    return None


def commands(body: str) -> list[tuple[str, list[str]]]:
    """`$ command` lines and the output lines shown under each."""
    out: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return out


@pytest.fixture()
def scratch(tmp_path, monkeypatch):
    """An empty folder with the samples, no user rules, no ATTRIB_RULES."""
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("ATTRIB_RULES", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_attrib(command: str) -> str:
    args = shlex.split(command)
    assert args[0] == "attrib", f"only attrib commands run in docs: {command}"
    result = CliRunner().invoke(app, args[1:])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output


def test_every_doc_snippet_runs(scratch):
    text = DOC.read_text(encoding="utf-8")
    ran = named = 0
    for block in blocks(text):
        if block.lang in ("yaml", "text") and block.name:
            (scratch / block.name).write_text(block.body, encoding="utf-8")
            named += 1
        elif block.lang == "yaml":
            path = scratch / f"snippet-{block.line}.yaml"
            path.write_text(block.body, encoding="utf-8")
            assert validate([path]) == [], f"docs/rules.md:{block.line}: the yaml snippet does not validate"
        elif block.lang == "console":
            for command, shown in commands(block.body):
                output = run_attrib(command)
                missing = shown_lines_appear(shown, output)
                assert missing is None, (
                    f"docs/rules.md:{block.line}: `{command}` did not print\n{missing}\n"
                    f"--- it printed:\n{output}"
                )
                ran += 1
    assert ran >= 10 and named >= 3


def test_named_yaml_snippets_are_used_by_a_command():
    text = DOC.read_text(encoding="utf-8")
    console = "\n".join(b.body for b in blocks(text) if b.lang == "console")
    for block in blocks(text):
        if block.lang == "yaml" and block.name:
            assert block.name in console, f"docs/rules.md:{block.line}: {block.name} is never checked"


def test_doc_names_every_key_slot_and_set(rules):
    text = DOC.read_text(encoding="utf-8")
    for key in RULE_KEYS | EXAMPLE_KEYS:
        assert f"`{key}`" in text, f"rule/example key {key} is not documented"
    for slot in SLOTS:
        assert f"`{{{slot}}}`" in text, f"slot {{{slot}}} is not documented"
    for name in rules.lexicons.sets:
        assert f"`{name}`" in text, f"set <{name}> is not documented in docs/rules.md"
    for name in rules.lexicon_origins:
        assert f"`{name}`" in text, f"lexicon {name} is not documented"


def test_output_matching_is_strict():
    assert shown_lines_appear(["a ... c"], "x\na b c\n") is None
    assert shown_lines_appear(["a", "c"], "c\na\n") == "c"  # order matters
    assert shown_lines_appear(["no problems ..."], "3 problems\n") == "no problems ..."


# --- the README's "Your own rules" example -----------------------------------------------------------


def readme_rule_file() -> str:
    section = README.read_text(encoding="utf-8").split("## Your own rules", 1)[1].split("\n## ", 1)[0]
    yaml_blocks = [b for b in blocks(section) if b.lang == "yaml"]
    assert len(yaml_blocks) == 1
    return yaml_blocks[0].body


def test_readme_rule_example_validates_tests_and_runs(scratch):
    path = scratch / "my-rules.yaml"
    path.write_text(readme_rule_file(), encoding="utf-8")
    assert validate([path]) == []
    assert run_attrib(f"attrib rules test {path}").splitlines()[-1] == "1 passed, 0 failed"
    sentence = "Talks will resume in May, the official was quoted as saying by Interfax."
    before = attrib.analyze(sentence, attrib.load_rules(use_user_config=False))[0]
    after = attrib.analyze(sentence, attrib.load_rules([path], use_user_config=False))[0]
    assert before.outlet is None
    assert (after.rule, after.source, after.outlet) == (
        "quoted-as-saying-by-outlet",
        "the official",
        "Interfax",
    )
