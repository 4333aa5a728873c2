"""Who stands behind a source phrase, within its own sentence: a document's possessive owner or
named author, an outlet that saw a document or that a description names, the phrase a relative
pronoun stands for, and an outlet that speaks for itself. Each is a resolver of RESOLVERS, run
before the resolvers that look across sentences."""

from __future__ import annotations

from attrib.model import Claim, Span
from attrib.resolve.context import Context, note
from attrib.resolve.entity_words import entity_words


def _with_source(claims: list[Claim]) -> list[Claim]:
    """The claims a rule matched with a source phrase (the only ones with a source at this stage)."""
    return [c for c in claims if c.attributed and c.source and "source" in c.spans]


def _narrow_source(claim: Claim, ctx: Context, start: int, end: int) -> None:
    """The source is the part [start, end) of what was written; its kind follows it."""
    span = claim.spans["source"]
    speaks_as_outlet = span == claim.spans.get("outlet")  # an {outlet} with no {source}
    assert claim.source is not None
    claim.source = claim.source[start:end]
    claim.spans["source"] = Span(span.start + start, span.start + end)
    forced = ctx.source_kinds.get(claim.rule or "")
    claim.source_kind = forced or ("outlet" if speaks_as_outlet
                                   else ctx.grammar.classify_source(claim.source, ctx.lexicons))


def resolve_possessor(claims: list[Claim], ctx: Context) -> None:
    """"PC World's analysis of its traffic" said: PC World, its author, speaks."""
    for claim in _with_source(claims):
        assert claim.source is not None
        owner = ctx.grammar.document_owner(claim.source, ctx.lexicons)
        if owner is not None:
            written = claim.source
            _narrow_source(claim, ctx, 0, len(owner))
            note(claim, "possessor", f"{written} -> {owner}, its author")


def resolve_outlet_that_saw(claims: list[Claim], ctx: Context) -> None:
    """"records reviewed by Reuters", "an email seen by the BBC": the outlet that saw them vouches."""
    unvouched = [claim for claim in _with_source(claims) if claim.outlet is None]
    for claim in unvouched:
        claim.outlet = ctx.grammar.outlet_that_saw(claim.source or "", ctx.lexicons)
        if claim.outlet is not None:
            note(claim, "outlet that saw", f"{claim.source} -> outlet {claim.outlet}")


def resolve_described_outlet(claims: list[Claim], ctx: Context) -> None:
    """"The secularist magazine MicroMega" speaks: an outlet, named after its description."""
    for claim in _with_source(claims):
        assert claim.source is not None
        name = ctx.grammar.described_speaker(claim.source, ctx.lexicons) if claim.outlet is None else None
        if name is not None:
            written, span = claim.source, claim.spans["source"]
            claim.outlet, claim.source = name, ctx.grammar.described_source(written, name, ctx.lexicons)
            claim.spans["source"] = Span(span.end - len(claim.source), span.end)
            claim.source_kind = ctx.source_kinds.get(claim.rule or "") or "outlet"
            note(claim, "described outlet", f"{written} -> {name}")


def resolve_document_author(claims: list[Claim], ctx: Context) -> None:
    """"a statement from the ministry": the ministry speaks, in a statement (its channel, unless the
    rule caught one)."""
    for claim in _with_source(claims):
        assert claim.source is not None
        authored = ctx.grammar.document_author(claim.source, ctx.lexicons)
        if authored is None:
            continue
        document, (start, end) = authored
        written = claim.source
        _narrow_source(claim, ctx, start, end)
        if "channel" not in claim.spans:
            claim.channel = document
        note(claim, "document author", f"{written} -> {claim.source}, in {document}")


def resolve_relative_antecedent(claims: list[Claim], ctx: Context) -> None:
    """"Mr. Trump, who said ...": "who" stands for the phrase before it."""
    lex, grammar = ctx.lexicons, ctx.grammar
    for claim in _with_source(claims):
        assert claim.source is not None
        if not grammar.is_relative_pronoun(claim.source, lex):
            continue
        sentence = ctx.sentences[claim.n - 1]
        antecedent = grammar.relative_antecedent(ctx.text[sentence.start:claim.spans["source"].start], lex)
        claim.source_resolved = antecedent
        claim.source_kind = grammar.classify_source(antecedent, lex) if antecedent else "named"
        note(claim, "relative antecedent", f"{claim.source} -> {antecedent or 'no phrase before it'}")


def resolve_speaking_outlet(claims: list[Claim], ctx: Context) -> None:
    """"KCNA said": an outlet that speaks vouches for what it says."""
    for claim in _with_source(claims):
        if claim.source_kind == "outlet" and claim.outlet is None:
            found = ctx.lexicons.outlets.recognise(claim.source or "")
            if found is not None:
                claim.outlet = found.name
                note(claim, "speaking outlet", f"{claim.source} -> outlet {found.name}")


def resolve_implausible_source(claims: list[Claim], ctx: Context) -> None:
    """A source that is no plausible noun phrase is dropped, so no pronoun or quotation after it takes
    it on: words that only open a phrase ("Despite", "However"), a relative pronoun that stands for
    nothing, a phrase ending in a word no phrase ends with ("a Michigan school's latest", "... gave
    the"), or a clause ("the union started a campaign last year")."""
    for claim in _with_source(claims):
        assert claim.source is not None
        why = _implausible(claim, ctx)
        if why is None:
            continue
        note(claim, "implausible source", f"{claim.source} dropped: {why}")
        claim.source = claim.source_resolved = claim.source_kind = None
        del claim.spans["source"]


def _implausible(claim: Claim, ctx: Context) -> str | None:
    assert claim.source is not None
    lex, words = ctx.lexicons, entity_words(ctx.lexicons)
    tokens = claim.source.split()
    keys = [t.lower().strip(".,;:’'\"“”()").replace("’", "'") for t in tokens]
    if len(keys) == 1 and (keys[0] in lex.set("personal_pronouns") or keys[0] in words.relative_pronouns):
        relative = keys[0] in words.relative_pronouns and tokens[0].islower()
        return "a relative pronoun with nothing before it to stand for" \
            if relative and claim.source_resolved is None else None
    openers = lex.derived("phrase_openers", lambda: words.articles | lex.set("prepositions") | lex.set(
        "conjunctions") | lex.set("subordinators") | lex.set("leading_adverbs") | lex.set("time_openers"))
    if all(k in openers for k in keys):
        return "no word of it can name a party"
    enders = lex.set("phrase_cannot_end") | words.articles | lex.set("prepositions") | lex.set("conjunctions")
    if tokens[-1].islower() and keys[-1] in enders:
        return f"a phrase does not end with “{tokens[-1]}”"
    past, objects = lex.endings("past_participle_endings"), lex.set("object_determiners")
    for k in range(1, len(tokens) - 1):
        if tokens[k].islower() and keys[k].endswith(past) and keys[k + 1] in objects and tokens[k + 1].islower():
            return f"a clause: “{tokens[k]} {tokens[k + 1]}”"
    return None
