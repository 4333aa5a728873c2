"""The commands as a user runs them: run, explain and summarize in a subprocess; rules validate and every
command's --help in process (typer's runner parses options as the installed click does). CI runs this file
a second time with the oldest dependency versions pyproject.toml allows (.ci/floors.txt): the click-floor
check."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from attrib.cli import app

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "samples" / "army-chiefs-call.txt"


def attrib(*args: str | Path, stdin: str | None = None, cwd: Path | None = None,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "attrib", *map(str, args)], input=stdin, capture_output=True,
                          text=True, timeout=60, cwd=cwd, env=None if env is None else {**os.environ, **env},
                          check=False)


def test_run_without_errors_option_prints_the_table(table_run):
    # click 8.1 once refused the --errors default ("Invalid value for '--errors': <DecodeErrors.strict …>")
    result = table_run  # `attrib run ARTICLE` in a subprocess (tests/conftest.py)
    assert result.returncode == 0, result.stderr
    assert "Who vouches for what" in result.stdout and "Agence France-Presse: 1 claim (#4)" in result.stdout


def test_output_extension_decides_the_format_and_options_parse(tmp_path):
    out = tmp_path / "claims.csv"
    result = attrib("run", ARTICLE, "-o", out, "--errors", "replace", "--jobs", "0", "--top", "5")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("doc,n,start,end,text,attributed,")


def test_stdin_as_json_lines():
    result = attrib("run", "-", "--format", "jsonl", stdin="Talks failed, diplomats said.")
    assert json.loads(result.stdout.splitlines()[0])["source"] == "diplomats"


def test_a_bad_number_is_a_usage_error_in_plain_words():
    result = attrib("run", ARTICLE, "--jobs", "many")
    assert result.returncode == 2
    assert "expected a whole number, got 'many'" in result.stderr
    assert "int" not in result.stderr.replace("Print", "")  # no Python type name


def test_version_and_completion():
    version = attrib("--version")
    assert version.returncode == 0 and version.stdout.startswith("attrib ")
    # the shell is named, not detected: detection looks for a shell among the parent processes, and a
    # test run started by a service or in the background has none ("Shell  not supported.")
    completion = attrib("--show-completion", "bash", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert completion.returncode == 0 and "_ATTRIB_COMPLETE" in completion.stdout


def _commands(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every command and group of the app (() for `attrib` itself); a group has `commands`
    (click's Group, or typer's own from typer 0.26 on)."""
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_the_commands_are_found_from_the_app():
    found = {" ".join(path) for path in COMMANDS}
    assert {"", "run", "explain", "eval", "summarize", "rules", "rules list", "rules new", "cache",
            "cache info", "cache clear"} <= found


@pytest.mark.parametrize("command", COMMANDS, ids=lambda path: " ".join(path) or "attrib")
def test_every_help_has_an_example(command):
    result = CliRunner().invoke(app, [*command, "--help"], prog_name="attrib")
    assert result.exit_code == 0, result.output
    examples = result.output.split("Examples:")
    # an example of this very command: `attrib cache info` under `attrib cache info --help`
    line = re.escape(" ".join(("attrib", *command)))
    assert len(examples) == 2 and re.search(rf"^ +{line}( |$)", examples[1], re.M), result.output


def test_explain_rules_and_summarize(tmp_path):
    explained = attrib("explain", ARTICLE, "--sentence", "7")
    assert "matched   claim-first" in explained.stdout, explained.stderr
    # in process: it compiles every rule's regex (2 s in a fresh process); the options parse the same way
    validated = CliRunner().invoke(app, ["rules", "validate"], prog_name="attrib")
    assert validated.exit_code == 0 and validated.stdout.startswith("no problems ("), validated.output
    claims = tmp_path / "claims.jsonl"
    assert attrib("run", ARTICLE, "-o", claims).returncode == 0
    summary = attrib("summarize", claims, "--format", "csv")
    assert summary.stdout.startswith("section,key,kind,sentences,claims,documents,share"), summary.stderr
