"""Properties that hold for any text (hypothesis): the splitter's spans, analyze, JSONL, CSV, blocks.

Every run tries about 200 generated cases in all (a second or two); ATTRIB_HYPOTHESIS=thorough tries
about 11,000 (each test's `budget`), as before a release or after a change to the splitter or the engine.
"""

from __future__ import annotations

import csv
import io
import json

from conftest import budget
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrib import CLAIM_FIELDS, analyze, sentence_spans
from attrib.batch.blocks import analyze_blocks
from attrib.inputs.sources import stream_blocks
from attrib.outputs.export import CsvWriter, JsonLinesWriter, neutralise

# pieces of news-like text, and the odd characters hostile input brings
TOKENS = [
    "officials said", "the minister told Reuters", "according to AFP", "he said", "Mr.", "Dr.", "U.S.",
    "Jan.", "No. 5", "e.g.", "Inc.", "“", "”", '"', "‘", "’", "'", ".", "...", "…", "!", "?", ",", ";", ":",
    "(", ")", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\t", "\x00", "\u2028", "\x85", "\x1c",
    "\ufeff", "\u200b", "é", "ß", "İ", "ﬁ", "🙂", "\ud7ff", "Talks", "failed", "The", "A", "It", "WASHINGTON",
    "(Reuters) -", "=cmd", "+1", "-2", "@x", "citing", "sources", "in a statement", "on X",
    "was quoted as saying",
]
ODD = st.characters(blacklist_categories=("Cs",))  # any code point a str can hold, but lone surrogates
texts = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(ODD, max_size=4)), max_size=40).map("".join)
SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}


@settings(max_examples=budget(5_000), **SETTINGS)
@given(texts)
def test_sentence_spans_are_ordered_disjoint_inside_and_cover_every_non_space_character(text):
    spans = list(sentence_spans(text))
    covered = [False] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered[start:end] = [True] * (end - start)
        previous_end = end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


@settings(max_examples=budget(2_000), **SETTINGS)
@given(texts)
def test_analyze_never_raises_and_every_record_points_into_the_text(rules, text):
    claims = analyze(text, rules)
    assert [c.n for c in claims] == list(range(1, len(claims) + 1))
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
        for span in claim.spans.values():
            assert claim.start <= span.start <= span.end <= claim.end


@settings(max_examples=budget(1_500), **SETTINGS)
@given(texts)
def test_jsonl_always_parses_and_round_trips(rules, text):
    claims = analyze(text, rules, doc="d\n\"x\"")
    out = io.StringIO()
    JsonLinesWriter(out).write(claims)
    lines = out.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == len(claims) + 1
    for line, claim in zip(lines, claims, strict=False):
        record = json.loads(line)
        assert list(record) == list(CLAIM_FIELDS) and record == claim.as_record()


@settings(max_examples=budget(1_500), **SETTINGS)
@given(texts, st.booleans())
def test_csv_always_has_the_same_columns(rules, text, formula_safe):
    claims = analyze(text, rules)
    out = io.StringIO()
    writer = CsvWriter(out, formula_safe=formula_safe)
    writer.begin()
    writer.write(claims)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0] == list(CLAIM_FIELDS) and len(rows) == len(claims) + 1
    assert all(len(row) == len(CLAIM_FIELDS) for row in rows)
    for row, claim in zip(rows[1:], claims, strict=False):
        assert row[CLAIM_FIELDS.index("text")] == (neutralise(claim.text) if formula_safe else claim.text)


@settings(max_examples=budget(1_000), **SETTINGS)
@given(texts.filter(lambda t: t.strip() and "\x00" not in t and not t.startswith("\ufeff")),  # binary; BOM
       st.integers(4, 60))
def test_blocks_rebuild_the_text_and_keep_whole_document_offsets(rules, text, block_chars):
    data = io.BytesIO(text.encode("utf-8"))
    blocks = list(stream_blocks(data, "d", block_chars=block_chars, max_chars=block_chars * 2))
    def visible(t: str) -> str:
        return "".join(ch for ch in t if not ch.isspace())

    assert visible("".join(b.text for b in blocks)) == visible(text)  # only blank pieces are left out
    assert all(text[b.start:b.start + len(b.text)] == b.text for b in blocks)
    claims = [c for cs in analyze_blocks(blocks, rules) for c in cs]
    assert [c.n for c in claims] == list(range(1, len(claims) + 1))
    assert all(text[c.start:c.end] == c.text for c in claims)
