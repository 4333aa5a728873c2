"""attrib eval: the referee's figure semantics, per-rule precision, confusion, the CLI, and agreement
with the shared referee itself."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SHARED, shared_file
from typer.testing import CliRunner

from attrib.cli import app
from attrib.evaluation.evaluate import (
    Counts,
    GoldRecord,
    confusion,
    evaluate,
    figure_line,
    figures,
    gold_record,
    load_gold,
    rule_stats,
    score_document,
)
from attrib.evaluation.report import ReportOptions, as_json, text_lines
from attrib.evaluation.scoring import norm, same_cue, same_party
from attrib.model import Claim

REFERENCE_GOLD = ROOT / "tests" / "data" / "army-chiefs-call.gold.json"
REFEREE = SHARED / "tools" / "eval_claims.py"

# My own sentences: one document, three sentences.
TEXT = ("The harbour master said the pier was unsafe. "
        "Rain fell on the town all day. "
        "The mayor told reporters the fair was cancelled.")
SENTENCES = [(0, 44), (45, 75), (76, 124)]


def test_offsets_of_the_fixture_are_sentences() -> None:
    assert [TEXT[s:e] for s, e in SENTENCES] == ["The harbour master said the pier was unsafe.",
                                                 "Rain fell on the town all day.",
                                                 "The mayor told reporters the fair was cancelled."]


def gold(claims: list[dict[str, Any]], **extra: Any) -> GoldRecord:
    """A gold record over TEXT; claims give the annotation of each sentence in order."""
    raw_claims = [{"start": s, "end": e, "sentence": TEXT[s:e], **c} for (s, e), c in zip(SENTENCES, claims,
                                                                                           strict=True)]
    return gold_record({"id": "harbour", "text": TEXT, "claims": raw_claims, **extra})


def pred(i: int, **fields: Any) -> Claim:
    start, end = SENTENCES[i]
    return Claim(doc="harbour", n=i + 1, start=start, end=end, text=TEXT[start:end], **fields)


UNATTRIBUTED: dict[str, Any] = {"attributed": False, "source": None}
HARBOUR = {"attributed": True, "source": "The harbour master", "cue": "said", "quote": "indirect",
           "outlet": None}
MAYOR = {"attributed": True, "source": "The mayor", "cue": "told", "quote": "indirect", "outlet": None}
GAZETTE = "The Harbour Gazette"


def right_predictions(**second: Any) -> list[Claim]:
    return [pred(0, attributed=True, source="The harbour master", cue="said", quote="indirect",
                 rule="r-said"),
            pred(1, **second),
            pred(2, attributed=True, source="The mayor", cue="told", quote="indirect", rule="r-told")]


# --- figure semantics ---------------------------------------------------------------------------------

def test_all_right_scores_one_everywhere() -> None:
    doc = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]), right_predictions())
    # no gold outlet at all: the referee prints outlet=0.000 (0 of 0), and so do we
    assert figure_line(doc.counts, doc.record.fields) == (
        "seg=1.000 attrP=1.000 attrR=1.000 attrF1=1.000 source=1.000 outlet=0.000 outletFP=0 "
        "quote=1.000 claim=1.000")


def test_wrong_source_counts_against_source_not_attribution() -> None:
    predicted = right_predictions()
    predicted[2].source = "The harbour master"
    doc = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]), predicted)
    got = figures(doc.counts, doc.record.fields)
    assert got["attrF1"] == 1.0
    assert got["source"] == 0.5
    assert got["claim"] == pytest.approx(2 / 3)
    assert doc.sentences[2].wrong == ("source",)
    assert doc.sentences[2].source == "wrong"


def test_unattributed_prediction_misses_source_and_recall() -> None:
    predicted = right_predictions()
    predicted[0] = pred(0)
    doc = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]), predicted)
    got = figures(doc.counts, doc.record.fields)
    assert (got["attrP"], got["attrR"], got["source"]) == (1.0, 0.5, 0.5)
    assert doc.sentences[0].source == "missing"
    assert doc.sentences[0].wrong == ("attributed", "source")


def test_false_positive_lowers_precision_only() -> None:
    doc = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]),
                         right_predictions(attributed=True, source="Rain", cue="fell", rule="r-fell"))
    got = figures(doc.counts, doc.record.fields)
    assert (got["attrP"], got["attrR"], got["source"]) == (pytest.approx(2 / 3), 1.0, 1.0)
    assert doc.sentences[1].wrong == ("attributed",)


def test_alt_sources_and_determiners_and_partial_names_count() -> None:
    record = gold([{**HARBOUR, "source": "Jo Bloggs", "alt_sources": ["the harbour master"]}, UNATTRIBUTED,
                   {**MAYOR, "source": "Mayor Ann Lee"}])
    predicted = right_predictions()
    predicted[0].source = "harbour master"  # an alt source, without its determiner
    predicted[2].source = "Ann Lee"  # a large enough part of the gold name
    assert figures(score_document(record, predicted).counts, record.fields)["source"] == 1.0
    predicted[2].source = "Lee"  # the name after title words only, as the guide writes a source
    assert figures(score_document(record, predicted).counts, record.fields)["source"] == 1.0
    predicted[2].source = "Ann"  # too small a part of it, and not the name the titles stand before
    assert figures(score_document(record, predicted).counts, record.fields)["source"] == 0.5


def test_a_name_is_right_without_the_apposition_but_not_as_an_object_in_the_gold() -> None:
    assert same_party("Tad Devine", ["Tad Devine, a senior adviser to the campaign"])
    assert same_party("Paul Ryan", ["House Speaker Paul Ryan"])
    assert not same_party("Hillary Clinton", ["a spokeswoman for Hillary Clinton"])
    assert not same_party("the city", ["Lawyers in the lawsuit against the city"])


def test_resolved_source_is_judged_on_the_resolution() -> None:
    record = gold([HARBOUR, UNATTRIBUTED, {**MAYOR, "source": "she", "resolved": "The mayor"}])
    predicted = right_predictions()
    predicted[2].source, predicted[2].source_resolved = "she", "The mayor"
    assert score_document(record, predicted).counts.source_ok == 2
    predicted[2].source_resolved = "The harbour master"
    assert score_document(record, predicted).counts.source_ok == 1


def test_fields_restrict_what_is_scored_and_printed() -> None:
    record = gold([HARBOUR, UNATTRIBUTED, MAYOR], fields=["attributed"])
    predicted = right_predictions()
    predicted[2].source, predicted[2].outlet = "Someone else", "Reuters"
    doc = score_document(record, predicted)
    assert figure_line(doc.counts, record.fields) == "attrP=1.000 attrR=1.000 attrF1=1.000 claim=1.000"
    assert (doc.counts.source_n, doc.counts.seg_n, doc.counts.outlet_fp) == (0, 0, 0)


def test_cue_is_scored_only_when_listed_and_matches_at_word_boundaries() -> None:
    predicted = right_predictions()
    predicted[0].cue, predicted[2].cue = "has said", "said"
    legacy = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]), predicted)
    assert "cue" not in figures(legacy.counts, legacy.record.fields) and legacy.counts.claim_ok == 3
    listed = gold([HARBOUR, UNATTRIBUTED, MAYOR], fields=["attributed", "source", "cue"])
    doc = score_document(listed, predicted)
    assert figure_line(doc.counts, listed.fields) == (
        "attrP=1.000 attrR=1.000 attrF1=1.000 source=1.000 cue=0.500 claim=0.667")
    assert [s.cue for s in doc.sentences] == ["right", None, "wrong"]


def test_null_source_or_cue_is_left_out_only_with_fields() -> None:
    sourceless = {**MAYOR, "source": None, "cue": None}
    listed = score_document(gold([HARBOUR, UNATTRIBUTED, sourceless], fields=["attributed", "source", "cue"]),
                            right_predictions())
    assert (listed.counts.source_n, listed.counts.cue_n, listed.counts.claim_ok) == (1, 1, 3)
    legacy = score_document(gold([HARBOUR, UNATTRIBUTED, sourceless]), right_predictions())
    assert (legacy.counts.source_n, legacy.counts.source_ok) == (2, 1)


def test_spurious_outlet_counts_unless_it_is_the_publisher() -> None:
    predicted = right_predictions()
    predicted[0].outlet = "Harbour Gazette"
    as_publisher = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR], publisher_outlet=GAZETTE), predicted)
    assert (as_publisher.counts.outlet_fp, as_publisher.counts.claim_ok) == (0, 3)
    assert as_publisher.sentences[0].outlet == "publisher"
    elsewhere = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR], publisher_outlet="Reuters"), predicted)
    assert (elsewhere.counts.outlet_fp, elsewhere.counts.claim_ok) == (1, 2)
    assert elsewhere.sentences[0].wrong == ("outlet",)


def test_gold_outlet_matches_through_aliases() -> None:
    record = gold([{**HARBOUR, "outlet": "The Associated Press"}, UNATTRIBUTED, {**MAYOR, "outlet": "AFP"}])
    predicted = right_predictions()
    predicted[0].outlet, predicted[2].outlet = "AP", "Reuters"
    doc = score_document(record, predicted)
    assert (doc.counts.outlet_n, doc.counts.outlet_ok) == (2, 1)
    assert [s.outlet for s in doc.sentences] == ["right", None, "wrong"]


def test_quote_kind_must_be_equal() -> None:
    predicted = right_predictions()
    predicted[2].quote = "direct"
    doc = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]), predicted)
    assert (doc.counts.quote_n, doc.counts.quote_ok, doc.counts.claim_ok) == (2, 1, 3)


def test_gold_sentence_takes_the_prediction_it_overlaps_most() -> None:
    # attrib glued the first two sentences together and split the third in two
    glued = Claim(doc="d", n=1, start=0, end=75, text=TEXT[0:75], attributed=True,
                  source="The harbour master")
    head = Claim(doc="d", n=2, start=76, end=90, text=TEXT[76:90])
    tail = Claim(doc="d", n=3, start=91, end=124, text=TEXT[91:124], attributed=True, source="The mayor")
    doc = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]), [glued, head, tail])
    assert [s.pred for s in doc.sentences] == [glued, glued, tail]
    assert doc.counts.seg_ok == 0
    assert (doc.counts.tp, doc.counts.fp, doc.counts.source_ok) == (2, 1, 2)


def test_publisher_is_right_when_any_prediction_names_it() -> None:
    predicted = right_predictions()
    predicted[1].publisher = "Harbour Gazette"
    doc = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR], publisher_outlet=GAZETTE), predicted)
    assert figures(doc.counts, doc.record.fields)["publisher"] == "1/1"


def test_totals_over_records_with_different_fields_stay_honest() -> None:
    speech_only = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR], fields=["attributed"]), [])
    full = score_document(gold([HARBOUR, UNATTRIBUTED, MAYOR]), right_predictions())
    total = Counts()
    total.add(speech_only.counts)
    total.add(full.counts)
    assert (total.sentences, total.seg_n, total.source_n, total.fn) == (6, 3, 2, 2)


# --- per-rule precision and confusion -------------------------------------------------------------------

def test_rule_stats_count_firings_false_positives_and_wrong_sources() -> None:
    record = gold([HARBOUR, UNATTRIBUTED, MAYOR], fields=["attributed", "source", "cue"])
    predicted = right_predictions(attributed=True, source="Rain", cue="fell", rule="r-said")
    predicted[2].source, predicted[2].cue = "reporters", "said"
    stats = {s.rule: s for s in rule_stats([score_document(record, predicted)])}
    said, told = stats["r-said"], stats["r-told"]
    assert (said.fired, said.false_positive, said.wrong_source, said.right) == (2, 1, 0, 1)
    assert (said.attr_precision, said.precision) == (0.5, 0.5)
    assert (told.fired, told.false_positive, told.wrong_source, told.wrong_cue) == (1, 0, 1, 1)
    assert told.precision == 0.0


def test_confusion_tables() -> None:
    record = gold([{**HARBOUR, "source_kind": "named"}, UNATTRIBUTED,
                   {**MAYOR, "source_kind": "named", "quote": "direct", "outlet": "Reuters"}])
    predicted = right_predictions()
    predicted[0].source_kind = "named"
    predicted[2].source_kind = "anonymous"
    table = confusion([score_document(record, predicted)])
    assert table.attributed == {"TP": 2, "TN": 1}
    assert table.source_kind == {("named", "named"): 1, ("named", "anonymous"): 1}
    assert table.quote == {("indirect", "indirect"): 1, ("direct", "indirect"): 1}
    assert table.outlet == {"missing": 1}


# --- in process, on real rules ---------------------------------------------------------------------------

VOUCH_RULE = """\
lexicon: grammar
sets:
  vouching: [vouched]
rules:
  - id: test-vouched
    description: "X vouched that Y."
    priority: 1000
    pattern: "{source} {cue:vouching} that {claim}."
    examples:
      - text: "The harbour master vouched that the pier was safe."
        source: The harbour master
        cue: vouched
"""
VOUCH_TEXT = "The harbour master vouched that the pier was safe. The baker vouched that bread was cheap."


def vouch_gold(tmp_path: Path) -> Path:
    record = {"id": "vouch", "text": VOUCH_TEXT, "fields": ["attributed", "source", "cue"], "claims": [
        {"start": 0, "end": 50, "attributed": True, "source": "The harbour master", "cue": "vouched"},
        {"start": 51, "end": 90, "attributed": False, "source": None, "cue": None}]}
    path = tmp_path / "vouch.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_extra_rules_are_evaluated_in_process(tmp_path: Path) -> None:
    rule_file = tmp_path / "vouch.yaml"
    rule_file.write_text(VOUCH_RULE, encoding="utf-8")
    records = load_gold([vouch_gold(tmp_path)])
    report = evaluate(records, [rule_file])
    stats = {s.rule: s for s in report.rules}["test-vouched"]
    assert (stats.fired, stats.false_positive, stats.right) == (2, 1, 1)
    assert report.docs.__next__().sentences[0].pred is not None
    assert report.total.tp == 1 and report.total.fp == 1
    assert "test-vouched" not in {s.rule for s in evaluate(records, []).rules}


def test_a_document_attrib_fails_on_is_scored_as_no_claims(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path, rules: Any) -> None:
    import attrib.evaluation.evaluate

    def failing(text: str, ruleset: Any, doc: str = "-", lang: str = "auto") -> list[Claim]:
        raise ValueError("boom")

    monkeypatch.setattr(attrib.evaluation.evaluate, "analyze", failing)
    report = evaluate(load_gold([vouch_gold(tmp_path)]), rules)
    assert report.errors == ["vouch: ValueError: boom"]
    assert (report.total.sentences, report.total.tp, report.total.fn) == (2, 0, 1)


def test_reference_article_in_process(rules: Any) -> None:
    report = evaluate(load_gold([REFERENCE_GOLD]), rules)
    assert report.total.sentences == 13
    lines = list(text_lines(report))
    assert lines[0].startswith("army-chiefs-call.gold.json: seg=")
    assert lines[1].startswith("TOTAL sentences=13 seg=")
    assert any(line.startswith("rules (") for line in lines)


def test_workers_give_the_same_report(rules: Any) -> None:
    records = load_gold([REFERENCE_GOLD, REFERENCE_GOLD])
    one, two = evaluate(records, rules, jobs=1), evaluate(records, rules, jobs=2)
    assert as_json(one, ReportOptions(show=True, per_doc=True)) == as_json(two, ReportOptions(show=True,
                                                                                                 per_doc=True))
    assert [f.counts.docs for f in one.files] == [1, 1]  # the same path twice gives two file lines


# --- the command ------------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_json_output_parses(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--format", "json", "--show", "-j", "1", str(REFERENCE_GOLD),
                                 str(vouch_gold(tmp_path))])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["army-chiefs-call.gold.json", "vouch.jsonl"]
    assert data["total"]["sentences"] == 15
    assert set(data["total"]["figures"]) >= {"seg", "attrP", "attrR", "attrF1", "source", "cue", "claim"}
    assert {"rule", "fired", "false_positive", "wrong_source", "precision"} <= set(data["rules"][0])
    assert set(data["confusion"]) == {"attributed", "source", "cue", "outlet", "source_kind", "quote"}
    assert data["errors"] == []
    assert all({"sentence", "gold", "pred", "wrong"} <= set(miss) for miss in data["misses"])


def test_cli_show_limit_and_per_doc(tmp_path: Path) -> None:
    vouch = vouch_gold(tmp_path)
    with_record = tmp_path / "two.jsonl"
    with_record.write_text(vouch.read_text(encoding="utf-8") * 2, encoding="utf-8")
    result = runner.invoke(app, ["eval", "--per-doc", "--show", "--limit", "1", "-j", "1", str(with_record)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "  MISS [vouch] 'The baker vouched that bread was cheap.'"
    assert "vouch: attrP=" in result.stdout
    assert "two.jsonl: docs=1 sentences=2 " in result.stdout
    assert "TOTAL sentences=2 " in result.stdout


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("{not json", "not valid JSON"),
    ('{"id": "x", "text": "Hi."}', "needs a \"text\" string and a \"claims\" list"),
    ('{"id": "x", "text": "Hi.", "claims": [{"attributed": true}]}', "without integer \"start\""),
])
def test_cli_unreadable_gold_is_one_line_and_exit_2(tmp_path: Path, content: str | None,
                                                     message: str) -> None:
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


# --- the scorer's matching helpers --------------------------------------------------------------------

def test_normalisation_and_matching_helpers() -> None:
    assert norm("  The Associated Press. ") == "associated press"
    assert norm("Agence France-Presse (AFP)") == "agence france-presse"
    assert same_party("the Harbour Master’s office", ["harbour master's office"])
    assert not same_party(None, ["x"]) and not same_party("x", [None])
    assert same_cue("has said", "said") and not same_cue("said", "told")
    assert same_cue(":", ":") and not same_cue(":", "-")


# --- agreement with the shared referee ------------------------------------------------------------------

TOTAL = re.compile(r"^TOTAL .*$", re.MULTILINE)


def claims_of_every_record(golds: list[str], folder: Path) -> str:
    """`attrib run FILE --format jsonl` (in process) on each gold record's text, written as the referee
    writes it, saved as ID.jsonl; and the referee's command that prints the claims saved for its FILE."""
    texts, claims = folder / "texts", folder / "claims"
    texts.mkdir(parents=True)
    claims.mkdir()
    for record in load_gold(golds):
        text = texts / f"{record.id}.txt"
        with text.open("w", encoding="utf-8", newline="") as out:  # as the referee writes it
            out.write(record.text)
        result = runner.invoke(app, ["run", str(text), "--format", "jsonl"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        (claims / f"{record.id}.jsonl").write_text(result.stdout, encoding="utf-8")
    return f'cat {shlex.quote(str(claims))}/"$(basename {{file}} .txt)".jsonl'


def figure_lines_of(output: str) -> list[str]:
    """The file and TOTAL lines (the referee's whole output; ours up to the blank line)."""
    return [line for line in output.split("\n\n")[0].splitlines() if not line.startswith(" ")]


def test_figures_agree_with_the_shared_referee(tmp_path: Path) -> None:
    if not REFEREE.exists():
        pytest.skip(f"{REFEREE} is absent (the shared folder sits beside the project in CI)")
    wikinews = shared_file("wikinews-dev.jsonl")
    polnear = shared_file("polnear-dev.jsonl")
    # the first 5 PolNeAR records, in a temporary file only (never copied into the project)
    first_five = tmp_path / "polnear-dev-5.jsonl"
    with polnear.open(encoding="utf-8") as lines:
        first_five.write_text("".join(next(lines) for _ in range(5)), encoding="utf-8")
    # four CC-BY Wikinews records: the first two restricted by "fields", one with a publisher, as a .json
    # list; the next two as they are
    with wikinews.open(encoding="utf-8") as lines:
        first_four = [next(lines) for _ in range(4)]
    two = [json.loads(line) for line in first_four[:2]]
    two[0]["fields"] = ["attributed", "cue", "outlet"]
    two[1].update(fields=["source", "quote", "publisher"], publisher_outlet="Wikinews")
    restricted = tmp_path / "wikinews-fields.json"
    restricted.write_text(json.dumps(two), encoding="utf-8")
    plain = tmp_path / "wikinews-dev-2.jsonl"
    plain.write_text("".join(first_four[2:]), encoding="utf-8")
    golds = [str(REFERENCE_GOLD), str(plain), str(first_five), str(restricted)]
    # the referee would start attrib once per record (a second each): it reads the same run's output, saved
    referee = subprocess.run(
        [sys.executable, str(REFEREE), "--cmd", claims_of_every_record(golds, tmp_path / "run"), *golds],
        capture_output=True, text=True, timeout=600, check=True)
    assert "ERROR" not in referee.stdout, referee.stdout
    ours = runner.invoke(app, ["eval", *golds])
    assert ours.exit_code == 0, ours.output
    theirs = figure_lines_of(referee.stdout)
    assert len(theirs) == 5 and theirs[-1].startswith("TOTAL sentences=")
    assert figure_lines_of(ours.stdout) == theirs
