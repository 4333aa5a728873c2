"""Quotation marks across sentences: which sentences stand inside a quotation."""

from __future__ import annotations

from attrib.pipeline import analyze, default_rules, sentences_of

BACKWARDS = ("Readers sent us their views.\n\n"
             "”Fear. I am afraid the mayor will win. He has no plan.” ― Rosa Delgado\n\n"
             "“The bridge must be fixed first.” ― Tom Abbott\n")


def test_a_backwards_opening_mark_at_a_paragraph_start_opens_the_quotation() -> None:
    sentences = sentences_of(BACKWARDS, default_rules())
    inside = [s for s in sentences if s.paragraph == 1]
    assert inside and all(s.quoted for s in inside)
    claims = [c for c in analyze(BACKWARDS) if c.attributed]
    assert [(c.source, c.quote) for c in claims if "afraid" in c.text or "no plan" in c.text] \
        == [("Rosa Delgado", "direct")] * 2


def test_a_closing_mark_inside_a_paragraph_still_closes() -> None:
    text = "He called it ”fake news” again.\n\nThe vote is on Friday.\n"
    sentences = sentences_of(text, default_rules())
    assert not sentences[-1].opens_inside_quote and not sentences[-1].quoted
