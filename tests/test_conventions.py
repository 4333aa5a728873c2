"""The conventions of a good command-line tool (issue 16): -o and --format agree, files get the umask,
explain reads what run reads, no silent fallbacks, NO_COLOR, --jobs 0."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES
from typer.testing import CliRunner

from attrib.batch.runner import worker_count
from attrib.cli import app
from attrib.inputs.corpus import JsonlSource
from attrib.inputs.sources import Source

ARTICLE = SAMPLES / "army-chiefs-call.txt"
PAGE = ROOT / "tests" / "data" / "html" / "bridge-closure-wire.html"

pytestmark = pytest.mark.usefixtures("no_user_rules")


def invoke(*args: str | Path, stdin: str | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=stdin, catch_exceptions=False)


# --- -o and --format ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "first"), [
    ("claims.csv", "doc,n,start,end,text,attributed,"),
    ("claims.json", "[\n  {\"doc\": "),
    ("claims.jsonl", "{\"doc\": "),
    ("claims.ndjson", "{\"doc\": "),
    ("report.html", "<!DOCTYPE html>"),
    ("claims.txt", ""),  # no format of its own: the table
])
def test_the_extension_of_o_decides_the_format(tmp_path, name, first):
    out = tmp_path / name
    result = invoke("run", ARTICLE, "-o", out)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith(first)
    if name.endswith(".txt"):
        assert "Who vouches for what" in text


def test_a_folder_means_the_html_report(tmp_path):
    result = invoke("run", ARTICLE, SAMPLES / "army-chiefs-call.txt", "-o", f"{tmp_path / 'report'}/")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report" / "index.html").exists()


@pytest.mark.parametrize(("out", "given"), [("claims.csv", "json"), ("claims.jsonl", "table"),
                                            ("page.html", "csv")])
def test_a_format_contradicting_the_extension_is_an_error(tmp_path, out, given):
    result = invoke("run", ARTICLE, "-o", tmp_path / out, "--format", given)
    assert result.exit_code == 2
    assert f"means --format {Path(out).suffix[1:].replace('jsonl', 'jsonl')}" in result.stderr
    assert f"but --format {given} was given" in result.stderr
    assert not (tmp_path / out).exists()


def test_format_still_wins_over_a_name_without_one(tmp_path):
    out = tmp_path / "claims.out"
    assert invoke("run", ARTICLE, "-o", out, "--format", "jsonl").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["n"] == 1


# --- files are the user's ------------------------------------------------------------------------

def test_files_are_created_with_the_users_umask(tmp_path):
    previous = os.umask(0o002)
    try:
        assert invoke("run", ARTICLE, "-o", tmp_path / "claims.csv").exit_code == 0
        assert invoke("run", ARTICLE, ARTICLE, "-o", f"{tmp_path / 'report'}/").exit_code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "claims.csv").stat().st_mode) == 0o664
    pages = list((tmp_path / "report").iterdir())
    assert pages and all(stat.S_IMODE(p.stat().st_mode) == 0o664 for p in pages)


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    out = tmp_path / "claims.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert invoke("run", ARTICLE, "-o", out).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text(encoding="utf-8") != "old\n"


# --- explain reads what run reads ----------------------------------------------------------------

def test_explain_reads_a_saved_web_page_through_the_same_extraction():
    pytest.importorskip("trafilatura", reason="trafilatura is not installed (pip install 'attrib[html]')")
    run = invoke("run", PAGE, "--format", "jsonl")
    first = json.loads(run.stdout.splitlines()[0])
    explained = invoke("explain", PAGE, "--sentence", "1")
    assert explained.exit_code == 0, explained.output
    assert " ".join(first["text"].split()) in explained.stdout
    assert "<html" not in explained.stdout.lower()


def test_explain_picks_a_document_of_a_json_lines_corpus(tmp_path):
    corpus = tmp_path / "crawl.jsonl"
    corpus.write_text(json.dumps({"url": "a", "body": "The sky is blue."}) + "\n"
                      + json.dumps({"url": "b", "body": "Talks failed, diplomats said."}) + "\n", encoding="utf-8")
    explained = invoke("explain", corpus, "--doc", "b", "--text-field", "body", "--id-field", "url")
    assert explained.exit_code == 0, explained.output
    assert "[diplomats](source)" in explained.stdout
    several = invoke("explain", corpus, "--text-field", "body", "--id-field", "url")
    assert several.exit_code == 2 and "holds several documents: choose one with --doc ID" in several.stderr
    missing = invoke("explain", corpus, "--doc", "zzz", "--text-field", "body", "--id-field", "url")
    assert missing.exit_code == 2 and "no document with id 'zzz'" in missing.stderr


# --- no silent fallbacks ------------------------------------------------------------------------

def test_summary_as_html_is_refused_and_as_json_lines_is_json_lines(tmp_path):
    refused = invoke("run", ARTICLE, "--summary", "--format", "html")
    assert refused.exit_code == 2 and "--summary is written as table, csv, json or jsonl" in refused.stderr
    lines = invoke("run", ARTICLE, "--summary", "--format", "jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows[0] == {"section": "total", "key": "sentences", "kind": "", "sentences": 13, "claims": 9,
                       "documents": 1, "share": 1.0}


def test_json_lines_on_stdin_are_detected():
    stdin = json.dumps({"id": "x1", "body": "Talks failed, diplomats said."}) + "\n"
    result = invoke("run", "-", "--format", "jsonl", "--text-field", "body", stdin=stdin)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["doc"], record["source"]) == ("x1", "diplomats")


def test_a_text_field_without_json_lines_input_is_an_error():
    result = invoke("run", "-", "--text-field", "body", "--input-format", "text", stdin="It rained.")
    assert result.exit_code == 2 and "--text-field body is for JSON Lines input" in result.stderr
    result = invoke("run", ARTICLE, "--text-field", "body")
    assert result.exit_code == 2 and "no input is JSON Lines" in result.stderr


def test_plain_text_on_stdin_is_still_text():
    result = invoke("run", "-", "--format", "jsonl", stdin="{Braces} open this. Talks failed, diplomats said.\n")
    assert result.exit_code == 0
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["-", "-"]


# --- conventions ---------------------------------------------------------------------------------

def test_no_color_turns_off_every_style_bold_too():
    # in process: the runner sets the environment for the command, which reads it as it starts writing
    env: dict[str, str | None] = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": None}
    styled = CliRunner().invoke(app, ["run", str(ARTICLE)], env=env, catch_exceptions=False)
    assert styled.exit_code == 0 and "\x1b[1m" in styled.stdout  # bold, when styling is on
    plain = CliRunner().invoke(app, ["run", str(ARTICLE)], env={**env, "NO_COLOR": "1"}, catch_exceptions=False)
    assert plain.exit_code == 0
    assert "\x1b[" not in plain.stdout and "Who vouches for what" in plain.stdout


def test_jobs_zero_means_every_core_and_is_capped_at_documents_and_cores(monkeypatch):
    from attrib.batch import runner

    monkeypatch.setattr(runner, "default_jobs", lambda: 8)
    texts = [Source(f"{n}.txt", Path(f"{n}.txt")) for n in range(3)]
    assert worker_count(0, texts) == 3  # three documents: three workers at most
    assert worker_count(64, texts * 10) == 8  # never more than the cores
    assert worker_count(0, [JsonlSource("c.jsonl", Path("c.jsonl"))]) == 8  # documents unknown: the cores
    assert worker_count(1, texts) == 1
    result = invoke("run", ARTICLE, "--jobs", "0", "--format", "jsonl")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 13


def test_usage_errors_name_no_python_type():
    result = invoke("run", ARTICLE, "--top", "lots")
    assert result.exit_code == 2 and "expected a whole number, got 'lots'" in result.output
    result = invoke("explain", ARTICLE, "--sentence", "0")
    assert result.exit_code == 2 and "expected 1 or more, got 0" in result.output
