"""Invisible characters inside words (bidi controls, zero-width joiners, soft hyphens) and ligatures:
patterns read the words a reader sees, and every offset still indexes the text as given."""

from __future__ import annotations

import pytest
from hostile_helpers import attrib

from attrib import analyze
from attrib.text.invisible import text_view

pytestmark = pytest.mark.usefixtures("no_user_rules")

CLEAN = "The talks failed, officials said. Smith said it rained."


@pytest.mark.parametrize("text", [
    "The talks failed, officials sa\u00adid. Smith said it rained.",  # soft hyphen inside the cue
    "The talks failed, of\u00adficials said. Sm\u00adith said it rained.",  # ... and inside the sources
    "The talks failed, \u202bofficials\u202c said. \u2067Smith\u2069 said it rained.",  # bidi embedding, isolate
    "The talks failed, officials s\u200baid. Sm\u200dith sa\u200cid it rained.",  # zero-width space, joiner, non-joiner
    "The talks failed, \u200eofficials\u200f said. Smith said\u2060 it rained.",  # marks, word joiner
    "The talks failed, o\ufb03cials said. Smith said it rained.",  # the ligature ffi
], ids=["soft-hyphen-cue", "soft-hyphen-source", "bidi", "zero-width", "marks", "ligature"])
def test_invisible_characters_change_no_claim_and_offsets_index_the_text_as_given(rules, text):
    expected = [(c.source, c.cue, c.rule, c.quote) for c in analyze(CLEAN, rules)]
    claims = analyze(text, rules)
    assert [(c.source, c.cue, c.rule, c.quote) for c in claims] == expected
    assert all(source for source, *_ in expected)
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
        shown = text[claim.source_start:claim.source_end]
        assert text_view(shown) is None or text_view(shown).text == claim.source  # type: ignore[union-attr]
        assert shown.startswith(claim.source[0]) and shown.endswith(claim.source[-1])


def test_the_cli_reports_the_clean_source_at_the_original_offsets(tmp_path):
    doc = tmp_path / "doc.txt"
    text = "\u202bSm\u200dith\u202c sa\u00adid the o\ufb03cials left."
    doc.write_text(text, encoding="utf-8")
    result = attrib("run", doc, "--format", "jsonl")
    assert result.code == 0, result.err
    [record] = result.records()
    assert (record["source"], record["cue"]) == ("Smith", "said")
    assert text[record["source_start"]:record["source_end"]] == "Sm\u200dith"
    assert text[record["cue_start"]:record["cue_end"]] == "sa\u00adid"
    # the sentence holds what is invisible before its first word, as when it is read unchanged
    assert (record["start"], record["end"], record["text"]) == (0, len(text), text)


def test_a_stray_byte_order_mark_stays_in_its_sentence(rules):
    text = "It rained.\n\n\ufeffAlso on the site: officials said the talks failed."
    claims = analyze(text, rules)
    assert [(c.start, c.text) for c in claims] == [(0, "It rained."), (12, text[12:])]
    assert claims[1].source == "officials"


def test_a_text_without_them_is_read_as_it_is():
    assert text_view(CLEAN) is None
    assert text_view("naïve café — “quoted” … 日本語") is None
