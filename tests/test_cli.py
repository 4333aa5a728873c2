"""The `attrib run` command end to end: the table and a bad input in a subprocess, as a user runs it (a real
pipe, a real exit code, nothing but one line on stderr); the rest in process, through typer's runner (the
same command, without starting Python and loading the rules for every check)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from attrib.cli import app
from attrib.model import CLAIM_FIELDS

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

ARTICLE = SAMPLES / "army-chiefs-call.txt"


def attrib_cmd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "attrib", *args], capture_output=True, text=True, timeout=60)


def attrib(*args: str, stdin: str | None = None) -> Result:
    """The command in process; an exception escaping it fails the test (a user would see a traceback)."""
    return CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_table_shows_claims_and_who_vouches(table_run):
    result = table_run
    assert result.returncode == 0, result.stderr
    assert "Brown’s spokesman" in result.stdout
    assert "Who vouches for what" in result.stdout
    assert "Agence France-Presse: 1 claim (#4)" in result.stdout
    assert "unattributed: 4 of 13 sentences (31%)" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_jsonl_contract_key_order():
    result = attrib("run", str(ARTICLE), "--format", "jsonl")
    rows = records(result.stdout)
    assert len(rows) == 13
    assert all(tuple(row) == CLAIM_FIELDS for row in rows)
    assert rows[6]["source"] == "it" and rows[6]["source_resolved"] == "The Russian defense ministry"
    assert rows[6]["channel"] == "a statement on Telegram"


def test_csv_to_file_has_fixed_columns(tmp_path):
    out = tmp_path / "claims.csv"
    result = attrib("run", str(ARTICLE), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CLAIM_FIELDS
    assert len(rows) == 14
    assert rows[4][CLAIM_FIELDS.index("outlet")] == "Agence France-Presse"


def test_folder_of_txt_files_and_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("The plant will close, the company said.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Nobody was hurt, police said. The road reopened.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    rows = records(attrib("run", str(tmp_path), "--format", "jsonl").stdout)
    assert [(Path(r["doc"]).name, r["n"]) for r in rows] == [("a.txt", 1), ("b.txt", 1), ("b.txt", 2)]
    rows = records(attrib("run", "-", "--format", "jsonl", stdin="Talks failed, diplomats said.").stdout)
    assert rows[0]["doc"] == "-" and rows[0]["source"] == "diplomats"


def test_user_rule_changes_the_output(tmp_path):
    sentence = "Talks will resume in May, the official was quoted as saying by Interfax."
    story = tmp_path / "story.txt"
    story.write_text(sentence, encoding="utf-8")
    before = records(attrib("run", str(story), "--format", "jsonl").stdout)[0]
    assert before["outlet"] is None
    rules = tmp_path / "my-rules.yaml"
    rules.write_text(
        "rules:\n"
        "  - id: quoted-as-saying-by-outlet\n"
        "    description: The outlet quotes the source.\n"
        "    priority: 95\n"
        "    pattern: \"{claim}, {source} {cue:quoted_by} by {outlet}.\"\n"
        "    examples:\n"
        f"      - text: \"{sentence}\"\n"
        "        source: the official\n"
        "        outlet: Interfax\n"
        "lexicon: grammar\n"
        "sets:\n"
        "  quoted_by: [was quoted as saying, were quoted as saying]\n",
        encoding="utf-8")
    after = records(attrib("run", str(story), "--format", "jsonl", "--rules", str(rules)).stdout)[0]
    assert (after["source"], after["outlet"], after["rule"]) == ("the official", "Interfax",
                                                                  "quoted-as-saying-by-outlet")


def test_user_rule_can_disable_a_shipped_rule(tmp_path):
    rules = tmp_path / "off.yaml"
    rules.write_text("rules:\n  - id: claim-first\n    enabled: false\n", encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("The talks failed, officials said.", encoding="utf-8")
    row = records(attrib("run", str(story), "--format", "jsonl", "--rules", str(rules)).stdout)[0]
    assert row["rule"] != "claim-first"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: ["run", str(d / "missing.txt")], "missing.txt: no such file or folder"),
        (lambda d: ["run", str(d / "empty-folder")], "folder has no .txt files"),
        (lambda d: ["run", str(d / "binary.txt")], "looks like a binary file"),
        (lambda d: ["run", str(d / "latin1.txt")], "not valid utf-8 at byte"),
        (lambda d: ["run", str(d / "empty.txt")], "is empty"),
        (lambda d: ["run", str(ARTICLE), "--rules", str(d / "broken.yaml")],
         "broken.yaml:4:1: invalid YAML: did not find expected ',' or ']' "
         "(while parsing a flow sequence that starts at 3:14)"),
        (lambda d: ["run", str(ARTICLE), "--rules", str(d / "badslot.yaml")], "unknown slot {speaker}"),
    ],
    ids=["missing", "no-txt", "binary", "not-utf8", "empty", "bad-yaml", "unknown-slot"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, setup, message, request):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Le ministre a déclaré.".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.yaml").write_text("rules:\n  - id: x\n    pattern: [unclosed\n", encoding="utf-8")
    (tmp_path / "badslot.yaml").write_text(
        "rules:\n  - id: bad-slot\n    description: d\n    pattern: \"{speaker} said {claim}\"\n",
        encoding="utf-8")
    args = setup(tmp_path)
    if request.node.callspec.id == "bad-yaml":  # the deepest path (load, parse, report) as a user meets it
        process = attrib_cmd(*args)
        code, out, err = process.returncode, process.stdout, process.stderr
    else:
        result = attrib(*args)
        code, out, err = result.exit_code, result.stdout, result.stderr
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("attrib: error: ") and "Traceback" not in err


def test_failed_run_keeps_the_previous_output_file(tmp_path):
    out = tmp_path / "claims.csv"
    out.write_text("previous\n", encoding="utf-8")
    result = attrib("run", str(ARTICLE), str(tmp_path / "missing.txt"), "--format", "csv", "-o", str(out))
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_a_started_command_is_built_alone_and_answers_as_in_the_whole_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from typer.main import get_command

    app_module = importlib.import_module("attrib.cli.app")  # the module (attrib.cli's `app` is the Typer)
    monkeypatch.delenv("_ATTRIB_COMPLETE", raising=False)
    alone = app_module._app_for(["attrib", "run", "story.txt"])
    assert list(get_command(alone).commands) == ["run"]  # type: ignore[attr-defined]
    for argv in (["attrib"], ["attrib", "--help"], ["attrib", "rnu"], ["attrib", "--install-completion"]):
        assert app_module._app_for(argv) is app
    monkeypatch.setenv("_ATTRIB_COMPLETE", "bash_complete")
    assert app_module._app_for(["attrib", "run"]) is app  # tab completion lists every command
    monkeypatch.delenv("_ATTRIB_COMPLETE")
    runner = CliRunner()
    for args in (["run", "--help"], ["run", "missing.txt"], ["run", "--format", "bogus", "x.txt"]):
        whole, one = runner.invoke(app, args), runner.invoke(alone, args)
        assert (whole.exit_code, whole.output) == (one.exit_code, one.output)
