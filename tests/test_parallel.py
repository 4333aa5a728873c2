"""--jobs N gives the same bytes as --jobs 1, in the same order, and a lone document starts no worker."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import SAMPLES, shared_file
from typer.testing import CliRunner

import attrib
from attrib.batch import parallel
from attrib.batch.runner import RunOptions, run_documents
from attrib.cli import app
from attrib.inputs.corpus import Doc


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four Wikinews articles plus the reference article, as one JSON Lines corpus (five documents: three
    chunks of two for two workers)."""
    lines = shared_file("wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    reference = (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")
    lines.append(json.dumps({"id": "reference", "text": reference}))
    path = tmp_path_factory.mktemp("parallel") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_output(corpus: Path, fmt: str, jobs: int) -> str:
    out = io.StringIO()
    run_documents([str(corpus)], out, RunOptions(format=fmt, jobs=jobs))
    return out.getvalue()


@pytest.fixture(scope="module")
def one_job(corpus: Path) -> dict[str, str]:
    """The output of --jobs 1 in each format: what every parallel run must equal, byte for byte."""
    return {fmt: run_output(corpus, fmt, jobs=1) for fmt in ("jsonl", "csv")}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_two_jobs_are_byte_identical_to_one(corpus: Path, one_job: dict[str, str], fmt: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK_DOCS", 2)  # several chunks, so both workers take part
    one = one_job[fmt]
    two = run_output(corpus, fmt, jobs=2)
    assert one == two
    if fmt == "jsonl":
        docs = [json.loads(line)["doc"] for line in one.splitlines()]
        order = list(dict.fromkeys(docs))
        assert len(order) == 5 and order[-1] == "reference"


def test_cli_jobs_flag_matches(corpus: Path, one_job: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK_DOCS", 2)
    two = CliRunner().invoke(app, ["run", str(corpus), "-f", "jsonl", "--jobs", "2"])
    assert two.exit_code == 0, two.output
    assert two.stdout == one_job["jsonl"] and two.stdout.count("\n") > 100


def test_pooled_results_equal_analyze(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK_DOCS", 3)
    docs = [Doc(f"d{i}", json.loads(line)["text"], 0)
            for i, line in enumerate(corpus.read_text(encoding="utf-8").splitlines())]
    pooled = list(parallel.analyze_documents(docs, jobs=2))
    assert [doc.id for doc, _ in pooled] == [d.id for d in docs]
    for doc, claims in pooled:
        expected = attrib.analyze(doc.text, doc=doc.id)
        assert [c.as_record() for c in claims] == [c.as_record() for c in expected]


def test_single_document_starts_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for one document")

    monkeypatch.setattr(parallel, "_pooled", refuse)
    text = (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")
    [(doc, claims)] = list(parallel.analyze_documents([Doc("one", text, len(text))], jobs=4))
    assert doc.id == "one" and any(c.attributed for c in claims)
