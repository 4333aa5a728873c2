"""Sources across a corpus (issue 14 part 5): each party counted once under its fullest name, names
that agree merged across documents; `attrib sources`, --summary and the "who vouches for what" table."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

import attrib
from attrib.cli import app
from attrib.outputs.parties import PartyCounts, merged_names
from attrib.outputs.summary import summarize

FIRST = ("Education Minister Lena Farrow said the budget was balanced. \"We will not cut,\" Farrow said. "
         "The minister told Reuters that schools would get more.")
SECOND = ("Farrow said on Tuesday that the plan was final. The Regional Water Authority (RWA) said the river "
          "was safe.")
THIRD = "RWA said testing would continue. A spokeswoman said nothing else."


def parties_of(*texts: str) -> dict[str, tuple[str, int, int, int, dict[str, int]]]:
    counts = PartyCounts()
    for n, text in enumerate(texts):
        counts.add_document(attrib.analyze(text, doc=f"d{n}"))
    return {p.name: (p.kind, p.claims, p.documents, p.direct, dict(p.outlets)) for p in counts.parties()}


def test_a_party_counts_once_under_its_fullest_name_across_documents() -> None:
    got = parties_of(FIRST, SECOND, THIRD)
    assert got["Lena Farrow"][:4] == ("named", 4, 2, 1)  # "Farrow" in the second document merged too
    assert got["Lena Farrow"][4] == {"Reuters": 1}
    assert got["Regional Water Authority"][:3] == ("named", 2, 2)  # "RWA" alone in the third
    assert "Farrow" not in got and "RWA" not in got
    assert got["A spokeswoman"][:3] == ("anonymous", 1, 1)


def test_names_merge_only_where_one_full_name_fits() -> None:
    counts = Counter({("Jane Roe", "named"): 2, ("Tom Roe", "named"): 1, ("Roe", "named"): 3,
                      ("Ada Quist", "named"): 1, ("Quist", "named"): 1, ("the Kremlin", "named"): 1,
                      ("Kremlin", "named"): 2, ("Korean Central News Agency", "outlet"): 1, ("KCNA", "outlet"): 4,
                      ("officials", "anonymous"): 5, ("Officials", "anonymous"): 1})
    into = merged_names(counts)
    assert ("Roe", "named") not in into  # two people named Roe: unsure
    assert into[("Quist", "named")] == ("Ada Quist", "named")
    assert into[("Kremlin", "named")] == ("the Kremlin", "named")
    assert into[("KCNA", "outlet")] == ("Korean Central News Agency", "outlet")
    assert into[("Officials", "anonymous")] == ("officials", "anonymous")


def test_who_vouches_for_what_lists_a_party_once() -> None:
    summary = summarize(attrib.analyze(FIRST.replace(" told Reuters that", " said")))
    assert list(summary.without_outlet) == ["Lena Farrow"]
    assert len(summary.without_outlet["Lena Farrow"]) == 3


def test_the_sources_command_as_csv_and_json(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{n}", "text": t}) + "\n"
                              for n, t in enumerate((FIRST, SECOND, THIRD))), encoding="utf-8")
    result = CliRunner().invoke(app, ["sources", str(corpus), "--format", "csv", "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["source", "kind", "claims", "documents", "direct", "outlets"]
    assert rows[0] == {"source": "Lena Farrow", "kind": "named", "claims": "4", "documents": "2", "direct": "1",
                       "outlets": "Reuters (1)"}
    result = CliRunner().invoke(app, ["sources", str(corpus), "--format", "json", "--top", "1", "-j", "1"])
    assert json.loads(result.stdout) == [{"source": "Lena Farrow", "kind": "named", "claims": 4, "documents": 2,
                                          "direct": 1, "outlets": {"Reuters": 1}}]


def test_the_summary_ranks_parties_not_their_names(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{n}", "text": t}) + "\n"
                              for n, t in enumerate((FIRST, SECOND))), encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(corpus), "--summary", "--format", "json", "-j", "1"])
    assert result.exit_code == 0, result.output
    sources = [r for r in json.loads(result.stdout) if r["section"] == "source"]
    assert sources[0]["key"] == "Lena Farrow" and sources[0]["claims"] == 4 and sources[0]["documents"] == 2
