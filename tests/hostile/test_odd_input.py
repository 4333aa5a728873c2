"""Odd input handled (issue 13, parts 3, 5, 6, 8): lone surrogates, JSON nested deep, page names from odd
ids, UTF-32, a BOM against --encoding, empty JSON Lines, control characters, warnings streamed and
capped, a large JSON Lines document in blocks, -o on inputs, symlinks, a full disk, HTML left whole."""

from __future__ import annotations

import codecs
import json
import os
import resource
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hostile_helpers import attrib, one_line_error

from attrib import pipeline
from attrib.batch import parallel
from attrib.batch.problems import StreamedProblems
from attrib.batch.runner import RunOptions, run_documents

pytestmark = pytest.mark.usefixtures("no_user_rules")
SENTENCE = "The talks failed, officials said."


def jsonl(tmp_path: Path, *lines: str, name: str = "c.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


# --- part 6: odd input ----------------------------------------------------------------------------

def test_a_lone_surrogate_in_text_or_id_becomes_u_fffd_in_place(tmp_path):
    corpus = jsonl(tmp_path, '{"id": "a\\ud800", "text": "Talks \\udc00failed, officials said."}',
                   json.dumps({"id": "b", "text": SENTENCE}))
    result = attrib("run", corpus, "--format", "csv")
    assert result.code == 0, result.err
    rows = result.out.splitlines()
    assert rows[1].startswith("a\ufffd,1,0,33,Talks \ufffdfailed, officials said.".replace(",", ",", 1)[:8])
    records = attrib("run", corpus, "--format", "jsonl").records()
    assert records[0]["text"] == "Talks \ufffdfailed, officials said." and records[0]["source"] == "officials"
    assert records[0]["end"] == len(records[0]["text"])  # one code point for one: offsets unchanged


def test_json_nested_1000_deep_is_a_skipped_line(tmp_path):
    deep = '{"id": "deep", "text": "x", "n": ' + "[" * 1000 + "]" * 1000 + "}"
    result = attrib("run", jsonl(tmp_path, deep, json.dumps({"id": "ok", "text": SENTENCE})), "--format", "jsonl")
    assert result.code == 0
    assert [r["doc"] for r in result.records()] == ["ok"]
    assert result.err == f"attrib: warning: {tmp_path / 'c.jsonl'}:1: not read: JSON nested too deeply\n"


@pytest.mark.parametrize("ident", ["", ".", "/", "中" * 100, "../../etc/passwd", "a\nb"])
def test_report_pages_from_odd_ids(tmp_path, ident):
    corpus = jsonl(tmp_path, json.dumps({"id": ident, "text": SENTENCE}), json.dumps({"id": "x", "text": SENTENCE}))
    report = tmp_path / "report"
    result = attrib("run", corpus, "-o", f"{report}/")
    assert result.code == 0, result.err
    pages = sorted(p.name for p in report.iterdir())
    assert "index.html" in pages and len(pages) == 3
    assert all(len(name.encode()) < 255 and "/" not in name for name in pages)
    assert {p.parent for p in report.rglob("*")} == {report}  # nothing written outside the folder


def test_utf32_with_a_bom_is_read(tmp_path):
    path = tmp_path / "u32.txt"
    path.write_bytes(codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"))
    records = attrib("run", path, "--format", "jsonl").records()
    assert [(r["text"], r["start"]) for r in records] == [(SENTENCE, 0)]


def test_a_latin1_file_starting_with_ff_fe_is_latin1_when_encoding_says_so(tmp_path):
    path = tmp_path / "latin1.txt"
    text = "ÿþ Le ministre a déclaré que les pourparlers avaient échoué."
    path.write_bytes(text.encode("latin-1"))
    records = attrib("run", path, "--encoding", "latin-1", "--format", "jsonl").records()
    assert records[0]["text"] == text  # the declared encoding wins over what looks like a UTF-16 BOM


def test_empty_json_lines_follow_the_rule_of_an_empty_text_file(tmp_path):
    empty_text, empty_jsonl = tmp_path / "e.txt", tmp_path / "e.jsonl"
    empty_text.write_bytes(b"")
    empty_jsonl.write_bytes(b"\n\n")
    one_line_error(attrib("run", empty_text), "e.txt: is empty")
    one_line_error(attrib("run", empty_jsonl), "e.jsonl: is empty")


# --- part 8: terminal and log safety ---------------------------------------------------------------

def test_control_characters_are_escaped_in_the_table_and_in_warnings(tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text("\x1b]0;pwned\x07\x1b[2JThe talks failed, \x1b[31mofficials\x1b[0m said.", encoding="utf-8")
    table = attrib("run", article)
    assert table.code == 0 and "\x1b" not in table.out and "\x07" not in table.out
    assert "\\x1b]0;pwned\\x07" in table.out
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "ok.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "bad\nattrib: error: forged.txt").write_bytes(b"\x00\x01binary")
    result = attrib("run", folder, "--format", "jsonl")
    warnings = result.err.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("attrib: warning: ") and "bad\\x0aattrib" in warnings[0]


def test_warnings_are_streamed_and_capped(tmp_path):
    corpus = jsonl(tmp_path, *(["not json"] * 1_000), json.dumps({"id": "ok", "text": SENTENCE}))
    result = attrib("run", corpus, "--format", "jsonl")
    lines = result.err.splitlines()
    assert result.code == 0 and len(lines) == 11
    assert lines[-1] == "attrib: warning: … and 990 more"


def _peak_while_skipping(tmp_path: Path, lines: int) -> int:
    corpus = jsonl(tmp_path, *(["not json"] * lines), json.dumps({"id": "ok", "text": SENTENCE}), name=f"{lines}.jsonl")
    sink = StreamedProblems(say=None)
    tracemalloc.start()
    with open(os.devnull, "w") as out:
        run_documents([str(corpus)], out, RunOptions(format="jsonl", jobs=1), sink)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert sink.count == lines
    return peak


def test_skipped_lines_cost_counts_not_memory(tmp_path):
    # 20,000 warnings kept would take over 2 MB; counted, the peak does not grow with them
    few, many = _peak_while_skipping(tmp_path, 200), _peak_while_skipping(tmp_path, 20_000)
    assert many - few < 500_000, f"peak {few:,} bytes for 200 skipped lines, {many:,} for 20,000"


# --- part 3: a large JSON Lines document goes through the block path ------------------------------

def test_a_large_json_lines_document_is_analysed_in_blocks(tmp_path, monkeypatch):
    # blocks of 10,000 to 40,000 characters instead of 1 M to 4 M: the same path, in a second
    monkeypatch.setattr(parallel, "BLOCK_CHARS", 10_000)
    monkeypatch.setattr("attrib.inputs.sources.BLOCK_CHARS", 10_000)
    monkeypatch.setattr("attrib.inputs.sources.MAX_BLOCK_CHARS", 40_000)
    paragraph = "It rained in the city. The talks failed, officials said.\n\n"
    text = paragraph * (100_000 // len(paragraph))
    corpus = jsonl(tmp_path, json.dumps({"id": "big", "text": text}))
    longest = 0
    real = pipeline.analyze

    def spy(block, rules=None, doc="-", publisher=None, lang="auto"):
        nonlocal longest
        longest = max(longest, len(block))
        return real(block, rules, doc=doc, publisher=publisher, lang=lang)

    monkeypatch.setattr(parallel, "analyze", spy)
    monkeypatch.setattr("attrib.batch.blocks.analyze", spy)
    out = open(tmp_path / "out.jsonl", "w", encoding="utf-8")  # noqa: SIM115
    with out:
        run_documents([str(corpus)], out, RunOptions(format="jsonl", jobs=1))
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert 0 < longest <= 40_001  # never the whole document at once
    assert [r["n"] for r in records] == list(range(1, len(records) + 1))
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records[::997])
    assert len(records) == 2 * text.count(paragraph[:10])


# --- part 5: nothing lost, nothing overwritten -----------------------------------------------------

def test_output_naming_an_input_is_refused(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    for out in (article, link):
        one_line_error(attrib("run", article, "-o", out), "is one of the inputs")
        assert article.read_text(encoding="utf-8") == SENTENCE


def test_output_on_a_symlink_writes_through_it(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    target, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link.symlink_to(target)
    assert attrib("run", article, "-o", link).code == 0
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["source"] == "officials"


def _limited(limit: int):  # type: ignore[no-untyped-def]
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("to_stdout", [False, True], ids=["-o", "stdout"])
def test_a_file_size_limit_is_one_error_line_and_exit_2(tmp_path, to_stdout):
    article = tmp_path / "story.txt"
    article.write_text(SENTENCE + " It rained." * 2_000, encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    command = [sys.executable, "-m", "attrib", "run", str(article), "--format", "jsonl"]
    with out.open("w") as handle:
        run = subprocess.run(command if to_stdout else [*command, "-o", str(out)], stdout=handle,
                             stderr=subprocess.PIPE, text=True, preexec_fn=_limited(20_000), timeout=60, check=False)
    assert run.returncode == 2
    assert len(run.stderr.splitlines()) == 1 and run.stderr.startswith("attrib: error: ")
    assert "cannot write (File too large)" in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "story.txt"]  # no temporary file


def test_a_full_disk_is_one_error_line_and_exit_2(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    article = tmp_path / "story.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    result = attrib("run", article, "-o", "/dev/full")
    one_line_error(result, "/dev/full: cannot write (No space left on device)")


def test_an_html_report_that_stops_leaves_no_page_without_an_index(tmp_path, monkeypatch):
    corpus = jsonl(tmp_path, *(json.dumps({"id": f"d{n}", "text": SENTENCE}) for n in range(5)))
    real = parallel.analyze

    def failing(text, rules=None, doc="-", publisher=None, lang="auto"):
        if doc == "d3":
            raise ValueError("boom")
        return real(text, rules, doc=doc, publisher=publisher, lang=lang)

    monkeypatch.setattr(parallel, "analyze", failing)
    result = attrib("run", corpus, "-o", f"{tmp_path / 'report'}/", "--jobs", "1")
    assert result.code == 3 and "d3: analysing it failed (ValueError: boom)" in result.err
    assert list((tmp_path / "report").iterdir()) == []  # the pages of d0-d2 went with the run


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_decode_error_after_output_started_does_not_claim_success(monkeypatch, fmt):
    monkeypatch.setattr("attrib.inputs.sources.BLOCK_CHARS", 2_000)
    monkeypatch.setattr("attrib.inputs.sources.MAX_BLOCK_CHARS", 8_000)
    monkeypatch.setattr("attrib.inputs.sources._READ_BYTES", 1_000)
    stdin = ("The talks failed, officials said.\n\n" * 300).encode() + b"\xff\xfe and then bad bytes\n"
    from typer.testing import CliRunner

    from attrib.cli import app

    result = CliRunner().invoke(app, ["run", "-", "--format", fmt], input=stdin, catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == "attrib: error: <stdin>: not valid utf-8 at byte 10500; pass --encoding or " \
                            "--errors replace\n"
    written = result.stdout
    assert written  # the blocks before the bad byte were written as they were done...
    if fmt == "json":
        assert not written.rstrip().endswith("]")  # ...and a JSON array left open is no complete result
    elif fmt == "jsonl":
        assert all(json.loads(line)["source"] == "officials" for line in written.splitlines())  # whole records
    else:
        assert written.endswith("\n") and len(written.splitlines()) > 1
