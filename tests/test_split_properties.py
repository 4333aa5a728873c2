"""The splitter and the quote marking on generated text (hypothesis), with the shipped English lexicons
and those of each language pack.

Invariants: sentences are ordered, disjoint, trimmed and cover every visible character; `split` and
`sentence_spans` agree; no sentence spans a blank line; quoted ranges lie inside their sentence and a
quotation open at the end of a sentence is open at the start of the next one in the same paragraph.
100 cases each by default (conftest.budget), 10,000 with ATTRIB_HYPOTHESIS=thorough.
"""

from __future__ import annotations

import re
from itertools import pairwise

from conftest import budget
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lang_packs import CODES, pack_config

from attrib import RuleSet, Sentence
from attrib.rulebook.lexicon import SplitConfig
from attrib.text.quotes import mark_quotes
from attrib.text.split import sentence_spans, split

# stops in runs, the quote marks of several languages, abbreviations, initials and odd spacing
TOKENS = [
    "Smith said", "it rained", "Mr.", "Dr.", "U.S.", "No.", "Nov.", "e.g.", "Inc.", "A.", "H.", "3", "1999",
    "The", "He", "and", "am 3.", "Juni", "z. B.", "M.", "Mme", "EE. UU.", "[...]", "¿", "¡", "Über", "À",
    "“", "”", "‘", "’", '"', "'", "''", "«", "»", "« ", " »", "„", "“", "‹", "›", "‚",
    ".", "..", "...", "....", "…", "!", "?", "?!", ":", ";", ",", "(", ")", "[", "]", "-", "—",
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\n \n", "\u00a0", "\u2028",
]
languages = st.sampled_from(["en", *CODES])
texts = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=60).map("".join)
FAST = settings(max_examples=budget(10_000), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def config_of(rules: RuleSet, language: str) -> SplitConfig:
    return rules.lexicons.split if language == "en" else pack_config(language)


_BLANK_LINE = re.compile(r"(?>\r\n|\r|\n)[^\S\r\n]*+(?>\r\n|\r|\n)")  # atomic: CRLF is one line break


@FAST
@given(texts, languages)
def test_sentences_are_ordered_disjoint_trimmed_and_cover_the_visible_text(rules: RuleSet, text: str,
                                                                           language: str) -> None:
    spans = list(sentence_spans(text, config_of(rules, language)))
    previous_end = 0
    covered = [False] * len(text)
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert not _BLANK_LINE.search(text, start, end)  # a blank line always ends a sentence
        covered[start:end] = [True] * (end - start)
        previous_end = end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


@FAST
@given(texts, languages)
def test_split_numbers_the_sentences_and_paragraphs_in_order(rules: RuleSet, text: str, language: str) -> None:
    config = config_of(rules, language)
    sentences = split(text, config)
    assert [(s.start, s.end) for s in sentences] == list(sentence_spans(text, config))
    assert [s.n for s in sentences] == list(range(1, len(sentences) + 1))
    assert all(s.text == text[s.start:s.end] for s in sentences)
    paragraphs = [s.paragraph for s in sentences]
    assert paragraphs == sorted(paragraphs) and paragraphs[:1] in ([], [0])
    assert all(b - a <= 1 for a, b in pairwise(paragraphs))


@FAST
@given(texts, languages)
def test_quoted_ranges_lie_inside_their_sentence_and_carry_over(rules: RuleSet, text: str, language: str) -> None:
    config = config_of(rules, language)
    marked = mark_quotes(text, split(text, config), config)
    previous: Sentence | None = None
    for sentence in marked:
        ranges = [(q.start, q.end) for q in sentence.quoted]
        assert ranges == sorted(ranges)
        assert all(sentence.start <= a < b <= sentence.end for a, b in ranges)
        if sentence.opens_inside_quote:
            assert ranges and ranges[0][0] == sentence.start
        if previous is not None and previous.paragraph == sentence.paragraph:
            assert sentence.opens_inside_quote == previous.ends_inside_quote
        previous = sentence
