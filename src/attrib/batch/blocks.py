"""Analyse a document given as Blocks (see inputs.stream_blocks): memory bounded by the block size.

Each block is analysed on its own and its claims are moved into whole-document terms: offsets and
spans shifted by the block's start, `n` continuing from the previous block. Blocks end at paragraph
breaks, which no sentence crosses, so the split is the same as for the whole text. What cannot cross
a block boundary: a pronoun or a quotation continued from the previous block (the next block starts
afresh), the parties of the entity table (a block's entities are numbered after the previous blocks',
so an id names one party in the whole document, but one party may have an id in each block), and
the publisher, which is the one found in the first block (a dateline) for every block.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from attrib.inputs.sources import Block
from attrib.model import Claim, Span
from attrib.pipeline import AUTO, analyze, language_of
from attrib.resolve.entities import entity_id, entity_number
from attrib.rulebook.ruleset import RuleSet


def _shift(claim: Claim, offset: int, n: int, paragraph: int) -> None:
    claim.start += offset
    claim.end += offset
    claim.n += n
    claim.paragraph += paragraph
    claim.spans = {name: Span(s.start + offset, s.end + offset) for name, s in claim.spans.items()}


def analyze_blocks(blocks: Iterable[Block], ruleset: RuleSet, doc: str = "-",
                   publisher: str | None = None, lang: str = AUTO) -> Iterator[list[Claim]]:
    """The claims of each block in turn, in whole-document terms (`publisher`: the page's, if any);
    the document's language is the first block's (`lang`, or its guess)."""
    n = paragraph = entities = 0
    for index, block in enumerate(blocks):
        if index == 0:
            lang = language_of(block.text, ruleset, lang)
        claims = analyze(block.text, ruleset, doc=doc, publisher=publisher, lang=lang)
        if index == 0 and claims:
            publisher = claims[0].publisher  # the first block's dateline, else the page's publisher
        numbered = entities
        for claim in claims:
            _shift(claim, block.start, n, paragraph)
            if claim.source_entity is not None:
                number = entity_number(claim.source_entity)
                claim.source_entity, numbered = entity_id(number + entities), max(numbered, number + entities)
            if index:
                claim.publisher = publisher
        entities = numbered
        if claims:
            n, paragraph = claims[-1].n, claims[-1].paragraph + 1
        yield claims
