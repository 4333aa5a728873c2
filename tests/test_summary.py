"""The corpus summary: counts across documents, as a table and as CSV, from a run or from JSONL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import SAMPLES, shared_file
from typer.testing import CliRunner

import attrib
from attrib.cli import app
from attrib.outputs.summary import CorpusSummary

REFERENCE = (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")
OWN = ("The talks failed, officials said. Reuters reported that the border was closed. "
       "Nothing else happened. The ministry would respond, officials said.")


def test_counts_add_up_across_documents() -> None:
    summary = CorpusSummary()
    first, second = attrib.analyze(REFERENCE, doc="ref"), attrib.analyze(OWN, doc="own")
    summary.add_document(first)
    summary.add_document(second)
    claims = first + second
    attributed = [c for c in claims if c.attributed]
    assert summary.documents == 2 and summary.sentences == len(claims)
    assert summary.attributed == len(attributed) and summary.unattributed == len(claims) - len(attributed)
    assert sum(summary.kind_claims.values()) == len(attributed)
    assert summary.outlet_claims["Reuters"] == sum(1 for c in attributed if c.outlet == "Reuters") >= 1
    assert summary.source_claims["officials", "anonymous"] == 2
    assert summary.source_documents["officials", "anonymous"] == 1


def test_run_summary_csv(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "own", "text": OWN}) + "\n"
                      + json.dumps({"id": "ref", "text": REFERENCE}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(corpus), "--summary", "-f", "csv", "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    total = next(r for r in rows if r["section"] == "total" and r["key"] == "sentences")
    expected = len(attrib.analyze(OWN)) + len(attrib.analyze(REFERENCE))
    assert int(total["claims"]) == expected and total["documents"] == "2"
    assert any(r["section"] == "outlet" and r["key"] == "Reuters" for r in rows)
    assert any(r["section"] == "source_kind" and r["key"] == "anonymous" for r in rows)


def test_summarize_command_reads_attribs_own_jsonl(tmp_path: Path) -> None:
    corpus = shared_file("wikinews-dev.jsonl")
    runner = CliRunner()
    direct = runner.invoke(app, ["run", str(corpus), "--summary", "-f", "csv", "-j", "1"])
    claims = runner.invoke(app, ["run", str(corpus), "-f", "jsonl", "-j", "1"])
    path = tmp_path / "claims.jsonl"
    path.write_text(claims.stdout, encoding="utf-8")
    again = runner.invoke(app, ["summarize", str(path), "-f", "csv"])
    assert again.exit_code == 0, again.output
    assert again.stdout == direct.stdout
    table = runner.invoke(app, ["summarize", str(path)])
    assert "Claims per outlet" in table.stdout and "22 documents" in table.stdout
