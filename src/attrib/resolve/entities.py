"""The entity table of one document: the people, organisations, outlets and governments it names,
each with the mentions linked to it (full name, surname, "Mr Roe", "Mayor Roe", an acronym, a
pronoun, "the minister", "the company"), and for each mention why it was linked where it was.

Built by attrib.resolve.entity_table in one pass over the sentences; read by the coreference
resolver (source_resolved, source_entity, source_name) and printed by `attrib explain --entities`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from attrib.model import Span

#: what an entity is
PERSON, ORGANISATION, OUTLET, GOVERNMENT = "person", "organisation", "outlet", "government"
NAME = "name"  # a name the text has not shown to be a person's or an organisation's ("Google")
GROUP = "group"  # many speaking as one: "officials", "police", "Moscow and Washington"
UNNAMED = "unnamed"  # one unnamed person: "a spokeswoman", "the official"
DOCUMENT = "document"  # "the report"
#: kinds whose name says who they are (source_name is given for them)
NAMED_KINDS = frozenset({PERSON, ORGANISATION, OUTLET, GOVERNMENT, NAME})

#: how a mention names its entity
FULL = "name"  # "Jane Roe", "Church of Scientology"
SURNAME = "surname"  # "Roe", "Mr Roe", "Mayor Roe"
ACRONYM = "acronym"  # "SIS"
PRONOUN = "pronoun"  # "he", "it", "they", "who"
ROLE = "role"  # "the minister"
SHORT = "short form"  # "the company", "the ministry"
PHRASE = "phrase"  # a speaker's noun phrase: "The Russian defense ministry", "a spokeswoman"

#: how prominent a mention is in its sentence: the speaker of its claim, the subject, another, or a
#: name that only describes another ("Kim's schedule", "Toronto retiree Doug Purdy")
SPEAKER, SUBJECT, OTHER, MODIFIER = 3, 2, 1, 0


def entity_number(entity_id: str) -> int:
    """The number of a document-local entity id: "e3" -> 3."""
    return int(entity_id[1:])


def entity_id(number: int) -> str:
    return f"e{number}"


@dataclass(slots=True)
class Entity:
    id: str  # document-local: "e3"
    kind: str
    #: the fullest name as written (a person's without title or honorific), or the phrase for an
    #: unnamed party ("a spokeswoman")
    name: str
    first: int  # document offset of its first mention
    named: bool = True
    title: str | None = None  # "Superintendent", "Information Minister"
    honorific: str | None = None  # "Dr."
    roles: set[str] = field(default_factory=set)  # lower-case title and role words: {"minister"}
    gender: str | None = None
    number: str = "singular"
    acronym: str | None = None  # "SIS", as the text defines it
    classes: frozenset[str] = frozenset()  # organisation classes: {"business_words"}
    #: the text shows it is a person (a title, an honorific, a role, "he" or "she" standing for it),
    #: not only a name of a person's shape
    shown_person: bool = False
    mentions: list[int] = field(default_factory=list)  # indexes into EntityTable.mentions
    #: the offset of its latest mention (recency for "the most recent compatible entity")
    last: int = 0

    @property
    def source_name(self) -> str | None:
        """What a record names it by (`source_name`): its fullest name, or None for an unnamed party."""
        return self.name if self.named and self.kind in NAMED_KINDS else None


@dataclass(slots=True)
class Mention:
    """One place the text names (or stands for) an entity."""

    start: int  # the name (or pronoun, or phrase) as written: document offsets
    end: int
    text: str
    form: str
    sentence: int  # index into the document's sentences
    salience: int = OTHER
    quoted: bool = False
    possessive: bool = False
    entity: int | None = None  # index into EntityTable.entities
    #: why it was linked where it was (or left alone): "surname of e2 (Jane Roe)", "two candidates: ..."
    why: str = ""
    #: its title and honorific as written, for the table
    title: str | None = None
    honorific: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class EntityTable:
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: mention indexes of each sentence, in text order
    by_sentence: list[list[int]] = field(default_factory=list)
    #: (start, end) of a speaker's source span -> its mention index
    speakers: dict[tuple[int, int], int] = field(default_factory=dict)

    def speaker(self, span: Span) -> Mention | None:
        """The mention that stands for a claim's source span."""
        at = self.speakers.get((span.start, span.end))
        return None if at is None else self.mentions[at]

    def entity_of(self, mention: Mention | None) -> Entity | None:
        if mention is None or mention.entity is None:
            return None
        return self.entities[mention.entity]

    def in_sentence(self, n: int) -> list[Mention]:
        """The mentions of sentence number n (1-based, as Claim.n)."""
        if not 1 <= n <= len(self.by_sentence):
            return []
        return [self.mentions[i] for i in self.by_sentence[n - 1]]


@dataclass(slots=True)
class EntityIndex:
    """Entities by the keys their mentions are looked up by, so no mention scans the text before it."""

    names: dict[str, int] = field(default_factory=dict)  # a full name, lower case -> entity
    surnames: dict[str, list[int]] = field(default_factory=dict)  # persons by surname (and last two words)
    given: dict[str, list[int]] = field(default_factory=dict)  # persons by first name
    acronyms: dict[str, int] = field(default_factory=dict)  # defined acronyms and initials -> organisation
    roles: dict[str, list[int]] = field(default_factory=dict)  # people by title or role word
    words: dict[str, list[int]] = field(default_factory=dict)  # organisations by the words of their names
    prefixes: dict[str, list[int]] = field(default_factory=dict)  # by the first words of their names
    #: one-word surnames by their first letter and length, for a misspelt surname's look-up
    spellings: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    @staticmethod
    def add(table: dict[str, list[int]], key: str, entity: int) -> None:
        found = table.setdefault(key, [])
        if entity not in found:
            found.append(entity)
