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
    total = summary.total
    assert total.documents == 2 and total.sentences == len(claims)
    assert total.attributed == len(attributed) and total.unattributed == len(claims) - len(attributed)
    assert sum(total.kind_claims.values()) == len(attributed)
    assert total.outlet_claims["Reuters"] == sum(1 for c in attributed if c.outlet == "Reuters") >= 1
    officials = next(p for p in summary.parties.parties() if (p.name, p.kind) == ("officials", "anonymous"))
    assert (officials.claims, officials.documents) == (2, 1)


def test_run_summary_csv(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "own", "text": OWN}) + "\n"
                      + json.dumps({"id": "ref", "text": REFERENCE}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(corpus), "--summary", "-f", "csv", "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    total = next(r for r in rows if r["section"] == "total" and r["key"] == "sentences")
    claims = attrib.analyze(OWN) + attrib.analyze(REFERENCE)
    assert int(total["sentences"]) == len(claims) and total["documents"] == "2"
    assert int(total["claims"]) == sum(c.attributed for c in claims)  # the claims column counts claims
    assert any(r["section"] == "outlet" and r["key"] == "Reuters" for r in rows)
    assert any(r["section"] == "source_kind" and r["key"] == "anonymous" for r in rows)


def test_summarize_command_reads_attribs_own_jsonl(tmp_path: Path) -> None:
    corpus = tmp_path / "wikinews-8.jsonl"  # eight documents show the sums; the whole set only costs time
    corpus.write_text("".join(shared_file("wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines(True)[:8]),
                      encoding="utf-8")
    runner = CliRunner()
    direct = runner.invoke(app, ["run", str(corpus), "--summary", "-f", "csv", "-j", "1"])
    claims = runner.invoke(app, ["run", str(corpus), "-f", "jsonl", "-j", "1"])
    path = tmp_path / "claims.jsonl"
    path.write_text(claims.stdout, encoding="utf-8")
    again = runner.invoke(app, ["summarize", str(path), "-f", "csv"])
    assert direct.exit_code == 0 and again.exit_code == 0, again.output
    assert again.stdout == direct.stdout
    table = runner.invoke(app, ["summarize", str(path)])
    assert "Claims per outlet" in table.stdout and "8 documents" in table.stdout


def _crawl(tmp_path: Path) -> Path:
    rows = [
        {"id": "a", "text": OWN, "date": "2024-03-05", "desk": "world"},
        {"id": "b", "text": "It rained. The road reopened, police said.", "date": "2024-03-28", "desk": "local"},
        {"id": "c", "text": "Shops closed early. Officials said the storm had passed.", "date": "2024-04-02",
         "desk": "local"},
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _summary_rows(*args: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, [*args, "--summary", "-f", "csv", "-j", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_summary_by_date_counts_each_month(tmp_path: Path) -> None:
    rows = _summary_rows("run", str(_crawl(tmp_path)), "--by", "date")
    march = {r["key"]: r for r in rows if r["date"] == "2024-03" and r["section"] == "total"}
    assert march["sentences"]["documents"] == "2"
    claims_a, claims_b = attrib.analyze(OWN), attrib.analyze("It rained. The road reopened, police said.")
    both = claims_a + claims_b
    assert int(march["sentences"]["sentences"]) == len(both)
    assert int(march["sentences"]["claims"]) == sum(c.attributed for c in both)
    anonymous = sum(c.source_kind == "anonymous" for c in both)
    assert float(march["anonymous"]["share"]) == round(anonymous / len(both), 4)
    assert float(march["unattributed"]["share"]) == round(sum(not c.attributed for c in both) / len(both), 4)
    april_kinds = [r for r in rows if r["date"] == "2024-04" and r["section"] == "source_kind"]
    assert [(r["key"], r["claims"]) for r in april_kinds] == [("anonymous", "1")]


def test_summary_by_a_kept_field_and_by_document(tmp_path: Path) -> None:
    crawl = str(_crawl(tmp_path))
    rows = _summary_rows("run", crawl, "--keep-field", "desk", "--by", "desk")
    local = {r["key"]: r for r in rows if r["desk"] == "local" and r["section"] == "total"}
    assert local["sentences"]["documents"] == "2"
    per_doc = _summary_rows("run", crawl, "--by", "doc")
    shares = {r["doc"]: r["share"] for r in per_doc if r["section"] == "total" and r["key"] == "unattributed"
              and r["doc"]}  # "" is the whole corpus
    assert shares == {"a": "0.25", "b": "0.5", "c": "0.5"}  # the share of unattributed sentences per document


def test_summary_by_publisher_and_from_attribs_own_output(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "ref", "text": REFERENCE}) + "\n"
                      + json.dumps({"id": "own", "text": OWN}) + "\n", encoding="utf-8")
    rows = _summary_rows("run", str(corpus), "--by", "publisher")
    assert {r["publisher"] for r in rows} >= {""}
    claims = tmp_path / "claims.jsonl"
    assert CliRunner().invoke(app, ["run", str(_crawl(tmp_path)), "-o", str(claims)]).exit_code == 0
    again = CliRunner().invoke(app, ["summarize", str(claims), "--by", "date", "-f", "csv"])
    assert again.stdout == CliRunner().invoke(app, ["run", str(_crawl(tmp_path)), "--summary", "--by", "date",
                                                    "-f", "csv"]).stdout


def test_by_needs_the_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(_crawl(tmp_path)), "--by", "date"])
    assert result.exit_code == 2 and "--by groups the --summary: add --summary" in result.stderr
