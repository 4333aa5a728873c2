"""Coreference through the entity table: every source is linked to the party it names, and a pronoun,
a role noun ("the minister"), a short form ("the company"), a bare surname, "Mr Roe" or an acronym
gets that party's name as `source_resolved`. Each claim also says which party (`source_entity`,
`source_name`). Unsure means unresolved: a pronoun two parties fit equally is left alone."""

from __future__ import annotations

from attrib.model import Claim, Span
from attrib.resolve.context import Context, note
from attrib.resolve.entities import (
    ACRONYM,
    DOCUMENT,
    FULL,
    GROUP,
    OUTLET,
    PRONOUN,
    ROLE,
    SHORT,
    SURNAME,
    UNNAMED,
    Entity,
    EntityTable,
    Mention,
)
from attrib.resolve.entity_table import Speaker, build_table
from attrib.resolve.entity_words import entity_words
from attrib.rulebook.lexicon import normalize_name

#: the source kind a pronoun takes from the entity it stands for
_KIND_OF_ENTITY = {OUTLET: "outlet", DOCUMENT: "document", GROUP: "anonymous", UNNAMED: "anonymous"}
#: mentions whose entity's name becomes `source_resolved`
_RESOLVED_FORMS = frozenset({PRONOUN, ROLE, SHORT, SURNAME, ACRONYM})


def entity_table(claims: list[Claim], ctx: Context) -> EntityTable:
    """The document's entity table, with the claims' source spans as its speakers."""
    speakers: dict[int, list[Speaker]] = {}
    for claim in claims:
        span = claim.spans.get("source")
        if claim.attributed and claim.source and span is not None:
            speakers.setdefault(claim.n, []).append((span, claim.source_kind, claim.spans.get("claim")))
    return build_table(ctx.text, ctx.sentences, ctx.lexicons, speakers)


def resolve_coreference(claims: list[Claim], ctx: Context) -> None:
    """Each source -> its entity; pronouns, role nouns, short forms, surnames and acronyms -> the
    name of the party they stand for. A document without a speaker gets no table (`ctx.entities`
    stays None): nothing would read it, and most of a corpus in another language has none."""
    if not any(c.attributed and c.source and c.spans.get("source") is not None for c in claims):
        return
    table = entity_table(claims, ctx)
    ctx.entities = table
    for claim in claims:
        span = claim.spans.get("source")
        if not claim.attributed or not claim.source or span is None:
            continue
        mention = table.speaker(span)
        entity = table.entity_of(mention)
        if mention is None:
            continue
        if entity is not None:
            claim.source_entity, claim.source_name = entity.id, entity.source_name
        _resolve(claim, ctx, mention, entity, span)
    for claim in claims:
        if claim.attributed and claim.source and claim.source_kind is None:
            claim.source_kind = "named"  # an unresolved pronoun still names a party


def _resolve(claim: Claim, ctx: Context, mention: Mention, entity: Entity | None, span: Span) -> None:
    """source_resolved (and a pronoun's kind) from the entity the source's mention stands for."""
    assert claim.source is not None
    words = entity_words(ctx.lexicons)
    if entity is None or (not entity.named and mention.form in (ROLE, SHORT)):
        if mention.form in _RESOLVED_FORMS:
            note(claim, "coreference", f"{claim.source} unresolved: {mention.why}")
        return
    name = entity.source_name
    if mention.form == PRONOUN or (mention.form in (ROLE, SHORT) and name):
        # a pronoun takes its antecedent's kind; "the minister" that is Lena Farrow names her
        claim.source_kind = _KIND_OF_ENTITY.get(entity.kind, "named")
        if entity.kind == OUTLET and claim.outlet is None:
            claim.outlet = _outlet_name(entity, ctx)  # "it added", it being the agency: the agency vouches
    resolved = None
    if mention.form in _RESOLVED_FORMS and name and normalize_name(name) != normalize_name(claim.source):
        resolved = name
    elif mention.form == FULL and mention.start > span.start and _only_openers(ctx, span, mention):
        resolved = mention.text  # "For Kevin Allton", "But Okafor": the name without the word before it
    relative = claim.source.lower() in words.relative_pronouns
    if resolved is None and mention.form == PRONOUN and entity.kind in (UNNAMED, GROUP, DOCUMENT) and not relative:
        resolved = entity.name  # "They" -> "The report's authors": a pronoun says whom it stands for
    if resolved is None:
        return  # a description ("the official") keeps `resolved` null: the guide
    claim.source_resolved = resolved
    note(claim, "coreference", f"{claim.source} -> {resolved} ({entity.id}, {mention.why})")


def _only_openers(ctx: Context, span: Span, mention: Mention) -> bool:
    """True when what the source has before its name are only words that are no part of a name."""
    words = entity_words(ctx.lexicons)
    before = ctx.text[span.start:mention.start].split()
    return bool(before) and all(w.strip(",").lower() in words.not_names and w.lower() not in words.articles
                                for w in before)


def _outlet_name(entity: Entity, ctx: Context) -> str:
    found = ctx.lexicons.outlets.recognise(entity.name)
    return found.name if found else entity.name
