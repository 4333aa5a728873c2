"""Output safety: CSV formulas neutralised, -o atomic, a closed pipe ends quietly."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_helpers import attrib

from attrib.model import Claim
from attrib.outputs.export import FORMULA_START, CsvWriter, neutralise

# the developer's own rule layers must not change what these tests see
pytestmark = pytest.mark.usefixtures("no_user_rules")

FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_quote(cell):
    assert cell[0] in FORMULA_START
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Officials", "", "'quoted", "a=b", 3, None])
def test_other_cells_are_left_alone(cell):
    assert neutralise(cell) == cell


def _csv_text(formula_safe: bool) -> list[list[str]]:
    out = io.StringIO()
    writer = CsvWriter(out, formula_safe=formula_safe)
    writer.begin()
    writer.write([Claim(doc="=cmd|' /C calc'!A0", n=1, start=0, end=9, text="-2+3 said", source="@boss")])
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_csv_writer_neutralises_every_column_and_the_option_turns_it_off():
    safe, raw = _csv_text(True)[1], _csv_text(False)[1]
    assert (safe[0], safe[4], safe[6]) == ("'=cmd|' /C calc'!A0", "'-2+3 said", "'@boss")
    assert (raw[0], raw[4], raw[6]) == ("=cmd|' /C calc'!A0", "-2+3 said", "@boss")


def test_cli_csv_is_formula_safe_by_default_and_not_with_the_option(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("=1+2 was the result.\n\n-5 degrees, officials said.", encoding="utf-8")
    safe = list(csv.reader(io.StringIO(attrib("run", doc, "--format", "csv").out)))
    assert [row[4] for row in safe[1:]] == ["'=1+2 was the result.", "'-5 degrees, officials said."]
    raw = list(csv.reader(io.StringIO(attrib("run", doc, "--format", "csv", "--no-csv-formula-safe").out)))
    assert [row[4] for row in raw[1:]] == ["=1+2 was the result.", "-5 degrees, officials said."]


def test_a_failed_run_leaves_the_previous_output_file_untouched(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("The talks failed, officials said.", encoding="utf-8")
    bad.write_bytes(bytes(range(256)))
    out = tmp_path / "claims.jsonl"
    out.write_text("previous results\n", encoding="utf-8")
    result = attrib("run", good, bad, "--format", "jsonl", "-o", out)
    assert result.code == 2 and "bad.txt" in result.err
    assert out.read_text(encoding="utf-8") == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "claims.jsonl", "good.txt"]  # no temp
    assert attrib("run", good, "--format", "jsonl", "-o", out).code == 0
    assert '"source": "officials"' in out.read_text(encoding="utf-8")


def test_output_to_a_device_is_written_in_place(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("It rained.", encoding="utf-8")
    assert attrib("run", doc, "--format", "jsonl", "-o", os.devnull).code == 0
    assert Path(os.devnull).exists() and not Path(os.devnull).is_file()


def test_writing_into_a_closed_pipe_ends_quietly(tmp_path):
    doc = tmp_path / "many.txt"
    doc.write_text("It rained. " * 3_000, encoding="utf-8")  # 300 KB of records: more than a pipe holds
    attrib_exe = str(Path(sys.executable).with_name("attrib"))
    pipeline = subprocess.run(
        f"'{attrib_exe}' run '{doc}' --format jsonl | head -1; echo \"status=${{PIPESTATUS[0]}}\"",
        shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=120, check=False)
    lines = pipeline.stdout.splitlines()
    assert lines[0].startswith('{"doc": ') and lines[-1] == "status=0"
    assert pipeline.stderr == ""


def test_a_carriage_return_inside_a_cell_does_not_break_the_row():
    out = io.StringIO()
    writer = CsvWriter(out)
    writer.begin()
    writer.write([Claim(doc="d", n=1, start=0, end=12, text="It rained\ron"), Claim(doc="d", n=2, start=13,
                                                                                       end=14, text="x")])
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert [row[4] for row in rows[1:]] == ["It rained\ron", "x"]
