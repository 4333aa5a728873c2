"""Resolvers: claims -> claims, filling what one match cannot say alone.

Each resolver is a component with one contract: it takes the document's claims (with their
sentences) and improves them in place, leaving a note on every claim it changes. They run in the
fixed order of RESOLVERS: first what a source phrase says of itself within its sentence (a
possessive owner, an outlet that saw a document, an outlet named by its description, a document's
author, a relative pronoun's antecedent, an outlet that speaks, coordinated outlets, a source that
is no noun phrase), then the publisher, coreference (through the document's entity table),
colon introductions, quote follow-ups and continuations, paragraph continuation and outlet
references. A new resolver is a function in a module of this package and its line here.
"""

from __future__ import annotations

from attrib.model import Claim
from attrib.resolve.context import Context, Resolver
from attrib.resolve.continuation import (
    resolve_colon_introduction,
    resolve_paragraph_continuation,
    resolve_quote_continuation,
    resolve_quote_follow_up,
)
from attrib.resolve.coreference import resolve_coreference
from attrib.resolve.outlets import resolve_coordinated_outlets, resolve_outlet_references
from attrib.resolve.publisher import resolve_publisher
from attrib.resolve.sources import (
    resolve_described_outlet,
    resolve_document_author,
    resolve_implausible_source,
    resolve_outlet_that_saw,
    resolve_possessor,
    resolve_relative_antecedent,
    resolve_speaking_outlet,
)
from attrib.resolve.speakers import (
    resolve_backward_frame,
    resolve_dropped_subject,
    resolve_pronominal_cue,
    resolve_reported_speech,
    resolve_subject_in_cue,
)

#: (name, resolver, whether it reads the claim's own sentence only): in the order they run
RESOLVERS: tuple[tuple[str, Resolver, bool], ...] = (
    ("possessor", resolve_possessor, True),
    ("outlet that saw", resolve_outlet_that_saw, True),
    ("described outlet", resolve_described_outlet, True),
    ("document author", resolve_document_author, True),
    ("relative antecedent", resolve_relative_antecedent, True),
    ("speaking outlet", resolve_speaking_outlet, True),
    ("coordinated outlets", resolve_coordinated_outlets, True),
    ("implausible source", resolve_implausible_source, True),
    ("subject in cue", resolve_subject_in_cue, True),
    ("publisher", resolve_publisher, False),
    ("coreference", resolve_coreference, False),
    ("dropped subject", resolve_dropped_subject, False),
    ("pronominal cue", resolve_pronominal_cue, False),
    ("backward frame", resolve_backward_frame, False),
    ("colon introduction", resolve_colon_introduction, False),
    ("quote follow-up", resolve_quote_follow_up, False),
    ("quote continuation", resolve_quote_continuation, False),
    # once more: a quote paragraph may follow the last sentence of a quotation run, and open a run
    ("quote follow-up after a quotation", resolve_quote_follow_up, False),
    ("quote continuation after a follow-up", resolve_quote_continuation, False),
    ("paragraph continuation", resolve_paragraph_continuation, False),
    ("reported speech", resolve_reported_speech, False),
    ("outlet references", resolve_outlet_references, False),
)


def resolve(claims: list[Claim], ctx: Context, within_sentence: bool = False) -> list[Claim]:
    """Run every resolver in order (with `within_sentence`, only those that read a claim's own
    sentence: what a rule's match says by itself) and return the improved claims."""
    for _, resolver, sentence_only in RESOLVERS:
        if sentence_only or not within_sentence:
            resolver(claims, ctx)
    return claims


__all__ = ["RESOLVERS", "Context", "Resolver", "resolve"]
