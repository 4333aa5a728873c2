"""Who is who in a document, for `attrib explain --entities`: the entity table, and for a sentence each
mention, the entity it was linked to and why it was linked there (or left alone)."""

from __future__ import annotations

from attrib.pipeline import analyze_in_context
from attrib.resolve.coreference import entity_table
from attrib.resolve.entities import SPEAKER, SUBJECT, Entity, EntityTable, Mention
from attrib.rulebook.ruleset import RuleSet

_SALIENCE = {SPEAKER: "speaker", SUBJECT: "subject"}


def entities_of(text: str, ruleset: RuleSet, doc: str = "-", publisher: str | None = None) -> EntityTable:
    """The entity table the coreference resolver built for the document (built here when the
    document has no speaker, so the resolver built none)."""
    claims, ctx = analyze_in_context(text, ruleset, doc=doc, publisher=publisher)
    return ctx.entities or entity_table(claims, ctx)


def describe_entity(table: EntityTable, entity: Entity) -> str:
    """One line: id, kind, name, what the text shows of it, and how often it is mentioned."""
    facts = [("title", entity.title), ("honorific", entity.honorific), ("acronym", entity.acronym),
             ("roles", ", ".join(sorted(entity.roles)) or None), ("gender", entity.gender),
             ("number", entity.number if entity.number != "singular" else None)]
    shown = "; ".join(f"{label}: {value}" for label, value in facts if value)
    forms = sorted({table.mentions[m].form for m in entity.mentions})
    named = "" if entity.named else " (no name)"
    return (f"{entity.id:<5} {entity.kind:<13} {entity.name}{named}" + (f"  [{shown}]" if shown else "")
            + f"  {len(entity.mentions)} mention{'s' * (len(entity.mentions) != 1)}: {', '.join(forms)}")


def describe_table(table: EntityTable) -> list[str]:
    """The entity table, one line an entity, in the order the text first names them."""
    return [describe_entity(table, entity) for entity in table.entities if entity.mentions]


def describe_mention(table: EntityTable, mention: Mention) -> str:
    """“it” (pronoun, speaker) -> e18 The Russian defense ministry: the one that fits in sentence 6."""
    role = ", ".join(part for part in (mention.form, _SALIENCE.get(mention.salience),
                                       "quoted" if mention.quoted else None) if part)
    entity = table.entity_of(mention)
    target = f"{entity.id} {entity.name}" if entity is not None else "unresolved"
    return f"“{mention.text}” ({role}) -> {target}: {mention.why}"


def describe_sentence(table: EntityTable, n: int) -> list[str]:
    """Each mention of sentence n (1-based) and why it resolved where it did."""
    return [describe_mention(table, m) for m in table.in_sentence(n)]
