"""Corpus input: JSON Lines (chosen fields), globs, folders and stdin, read one document at a time."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

import attrib
from attrib.cli import app
from attrib.errors import InputError
from attrib.inputs.corpus import CorpusOptions, corpus_documents, plan_corpus
from attrib.inputs.sources import Problem

REFERENCE = (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")
SHORT = "The talks failed, officials said. Nothing else happened."


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def docs_of(paths: list[str], options: CorpusOptions | None = None) -> list[tuple[str, str]]:
    options = options or CorpusOptions()
    return [(d.id, d.text) for d in corpus_documents(plan_corpus(paths, options), options)]


def test_jsonl_records_become_documents_with_their_ids(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": SHORT}, {"id": 7, "text": REFERENCE}])
    assert docs_of([str(path)]) == [("a", SHORT), ("7", REFERENCE)]


def test_a_byte_order_mark_before_the_first_line_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": SHORT}).encode() + b"\n")
    assert docs_of([str(path)]) == [("a", SHORT)]


def test_other_field_names_and_line_ids(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.ndjson", [{"body": SHORT}, {"body": SHORT, "url": "u"}])
    options = CorpusOptions(text_field="body", id_field="url")
    assert docs_of([str(path)], options) == [(f"{path}:1", SHORT), ("u", SHORT)]


def test_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": SHORT}) + "\n{not json\n"
                    + json.dumps({"id": "x", "body": SHORT}) + "\n\n" + json.dumps(["a"]) + "\n",
                    encoding="utf-8")
    problems: list[Problem] = []
    docs = list(corpus_documents(plan_corpus([str(path)]), CorpusOptions(), problems))
    assert [d.id for d in docs] == ["ok"]
    assert [p.name for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "no text field 'text'" in problems[1].message


def test_globs_expand_sorted_and_an_empty_glob_fails(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "b.jsonl", [{"id": "b", "text": SHORT}])
    write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": SHORT}])
    (tmp_path / "c.txt").write_text(REFERENCE, encoding="utf-8")
    assert [i for i, _ in docs_of([str(tmp_path / "*")])] == ["a", "b", str(tmp_path / "c.txt")]
    with pytest.raises(InputError, match="no file matches"):
        plan_corpus([str(tmp_path / "*.nothing")])


def test_documents_are_read_lazily(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": str(i), "text": SHORT} for i in range(3)])
    stream = corpus_documents(plan_corpus([str(path)]))
    first = next(stream)
    path.write_text("", encoding="utf-8")  # an eager reader would already hold every line
    assert first.id == "0"


def test_cli_run_on_jsonl_matches_analyze(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"doc_id": "ref", "content": REFERENCE}])
    result = CliRunner().invoke(app, ["run", str(path), "--text-field", "content", "--id-field", "doc_id",
                                      "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # a JSON Lines run carries url, date and section (null here) after the contract's keys
    assert records == [c.as_record(("url", "date", "section")) for c in attrib.analyze(REFERENCE, doc="ref")]


def test_cli_stdin_as_jsonl() -> None:
    stdin = json.dumps({"id": "s", "text": SHORT}) + "\n"
    result = CliRunner().invoke(app, ["run", "-", "--input-format", "jsonl", "-f", "jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])
    assert first["doc"] == "s" and first["source"] == "officials"


def test_cli_corpus_without_a_readable_document_is_an_error(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "x", "body": SHORT}])
    result = CliRunner().invoke(app, ["run", str(path), "-f", "jsonl"])
    assert result.exit_code == 2
    assert "no document could be read" in result.output and "no text field 'text'" in result.output


def test_cli_missing_glob_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(tmp_path / "*.jsonl")])
    assert result.exit_code == 2
    assert "no file matches" in result.output and "Traceback" not in result.output


def test_folder_still_reads_txt_files(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(SHORT, encoding="utf-8")
    out = io.StringIO()
    from attrib.batch.runner import RunOptions, run_documents

    run_documents([str(tmp_path)], out, RunOptions(format="jsonl", jobs=1))
    assert json.loads(out.getvalue().splitlines()[0])["doc"] == str(tmp_path / "one.txt")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("on_terminal", [True, False])
def test_progress_bar_only_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        on_terminal: bool) -> None:
    from attrib.batch.runner import RunOptions, run_documents
    from attrib.outputs import progress

    path = write_jsonl(tmp_path / "c.jsonl", [{"id": str(i), "text": SHORT} for i in range(3)])
    stderr = _Terminal() if on_terminal else io.StringIO()
    monkeypatch.setattr("sys.stderr", stderr)
    out = io.StringIO()
    run_documents([str(path)], out, RunOptions(format="jsonl", jobs=1, progress=progress.wanted(stderr)))
    assert out.getvalue().count("\n") == 3 * len(attrib.analyze(SHORT))
    assert ("documents" in stderr.getvalue()) is on_terminal
