"""Corpus metadata flows through (issue 16, part 8): url, date, section and --keep-field fields in every
record and CSV row, after the contract's keys; source and cue spans in the exports; JSON written from
a fixed template, byte for byte what json.dumps writes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import SAMPLES, budget
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import attrib
from attrib.cli import app
from attrib.model import CLAIM_FIELDS, Claim, Span
from attrib.outputs.export import json_line

pytestmark = pytest.mark.usefixtures("no_user_rules")
REFERENCE = (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")


def invoke(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def crawl(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.jsonl"
    rows = [{"id": "a", "text": "The talks failed, officials said.", "url": "https://example.org/a",
             "date": "2024-03-05", "section": "world", "author": "J. Roe", "tags": ["x", "y"]},
            {"id": "b", "text": "It rained. Police said nobody was hurt.", "date": "2024-04-01"}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_document_fields_are_carried_into_every_record_after_the_contract(crawl):
    result = invoke("run", crawl, "--format", "jsonl", "--keep-field", "author", "--keep-field", "tags")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(r)[len(CLAIM_FIELDS):] for r in records] == [["url", "date", "section", "author", "tags"]] * 3
    assert records[0]["url"] == "https://example.org/a" and records[0]["author"] == "J. Roe"
    assert records[0]["tags"] == '["x", "y"]'  # a list is kept as its JSON text
    assert (records[1]["date"], records[1]["url"], records[2]["section"]) == ("2024-04-01", None, None)


def test_csv_rows_carry_the_same_columns(crawl, tmp_path):
    out = tmp_path / "claims.csv"
    assert invoke("run", crawl, "-o", out, "--keep-field", "author").exit_code == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == [*CLAIM_FIELDS, "url", "date", "section", "author"]
    assert rows[1][-4:] == ["https://example.org/a", "2024-03-05", "world", "J. Roe"]
    assert rows[2][-4:] == ["", "2024-04-01", "", ""]


def test_keep_field_mistakes_are_errors(crawl):
    clash = invoke("run", crawl, "--keep-field", "source")
    assert clash.exit_code == 2 and "--keep-field source: source is a field of every record already" in clash.stderr
    text = invoke("run", SAMPLES / "army-chiefs-call.txt", "--keep-field", "author")
    assert text.exit_code == 2 and "--keep-field author is for JSON Lines input" in text.stderr


def test_plain_text_records_are_the_contract_only():
    result = invoke("run", SAMPLES / "army-chiefs-call.txt", "--format", "jsonl")
    assert all(tuple(json.loads(line)) == CLAIM_FIELDS for line in result.stdout.splitlines())


def test_source_and_cue_spans_point_into_the_text():
    records = [json.loads(line) for line in invoke("run", SAMPLES / "army-chiefs-call.txt", "--format",
                                                   "jsonl").stdout.splitlines()]
    keys = list(CLAIM_FIELDS)
    assert keys[keys.index("cue_kind") + 1:keys.index("cue_kind") + 5] == ["source_start", "source_end",
                                                                           "cue_start", "cue_end"]
    seventh = records[6]
    assert REFERENCE[seventh["source_start"]:seventh["source_end"]] == "it"
    assert REFERENCE[seventh["cue_start"]:seventh["cue_end"]] == "said"
    for record in records:
        if record["source_start"] is not None:
            assert REFERENCE[record["source_start"]:record["source_end"]] == record["source"]
        if not record["attributed"]:
            assert record["source_start"] is record["cue_start"] is None


# --- JSON from a fixed template ---------------------------------------------------------------------

ODD = st.text(st.characters(), max_size=30)  # lone surrogates, controls, quotes, backslashes included
VALUES = st.one_of(st.none(), ODD, st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False))


@settings(max_examples=budget(3_000), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ODD, st.integers(0, 10**9), ODD, st.booleans(), st.one_of(st.none(), ODD),
       st.dictionaries(st.sampled_from(["url", "date", "x\"y", "é"]), VALUES))
def test_the_template_writes_exactly_what_json_dumps_writes(doc, n, text, attributed, source, meta):
    claim = Claim(doc=doc, n=n, start=n, end=n + len(text), text=text, attributed=attributed, source=source,
                  cue=source, spans={"source": Span(1, 2)} if source else {}, meta=meta)
    kept = tuple(meta)
    assert json_line(claim, kept) == json.dumps(claim.as_record(kept), ensure_ascii=False)


def test_the_template_matches_json_dumps_on_real_claims(rules):
    for claim in attrib.analyze(REFERENCE, rules, doc="d"):
        assert json_line(claim) == json.dumps(claim.as_record(), ensure_ascii=False)
