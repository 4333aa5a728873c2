"""The entity table of one document: the people, organisations, outlets and governments it names,
each with the mentions linked to it (full name, surname, "Mr Roe", "Mayor Roe", an acronym, a
pronoun, "the minister", "the company"), and for each mention why it was linked where it was.

Built by attrib.resolve.entity_table in one pass over the sentences; read by the coreference
resolver (source_resolved, source_entity, source_name) and printed by `attrib explain --entities`.
"""

from __future__ import annotations

from attrib.model import Span
from attrib.record import Record

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


class Entity(Record):
    __slots__ = ("acronym", "classes", "first", "gender", "honorific", "id", "kind", "last", "mentions", "name",
                 "named", "number", "roles", "shown_person", "title")

    def __init__(self, id: str, kind: str, name: str, first: int, named: bool = True, title: str | None = None,
                 honorific: str | None = None, roles: set[str] | None = None, gender: str | None = None,
                 number: str = "singular", acronym: str | None = None, classes: frozenset[str] = frozenset(),
                 shown_person: bool = False, mentions: list[int] | None = None, last: int = 0) -> None:
        self.id = id  # document-local: "e3"
        self.kind = kind
        #: the fullest name as written (a person's without title or honorific), or the phrase for an
        #: unnamed party ("a spokeswoman")
        self.name = name
        self.first = first  # document offset of its first mention
        self.named = named
        self.title = title  # "Superintendent", "Information Minister"
        self.honorific = honorific  # "Dr."
        self.roles = roles if roles is not None else set()  # lower-case title and role words: {"minister"}
        self.gender = gender
        self.number = number
        self.acronym = acronym  # "SIS", as the text defines it
        self.classes = classes  # organisation classes: {"business_words"}
        #: the text shows it is a person (a title, an honorific, a role, "he" or "she" standing for it),
        #: not only a name of a person's shape
        self.shown_person = shown_person
        self.mentions = mentions if mentions is not None else []  # indexes into EntityTable.mentions
        #: the offset of its latest mention (recency for "the most recent compatible entity")
        self.last = last

    @property
    def source_name(self) -> str | None:
        """What a record names it by (`source_name`): its fullest name, or None for an unnamed party."""
        return self.name if self.named and self.kind in NAMED_KINDS else None


class Mention(Record):
    """One place the text names (or stands for) an entity."""

    __slots__ = ("end", "entity", "form", "honorific", "possessive", "quoted", "salience", "sentence", "start", "text",
                 "title", "why")

    def __init__(self, start: int, end: int, text: str, form: str, sentence: int, salience: int = OTHER,
                 quoted: bool = False, possessive: bool = False, entity: int | None = None, why: str = "",
                 title: str | None = None, honorific: str | None = None) -> None:
        self.start = start  # the name (or pronoun, or phrase) as written: document offsets
        self.end = end
        self.text = text
        self.form = form
        self.sentence = sentence  # index into the document's sentences
        self.salience = salience
        self.quoted = quoted
        self.possessive = possessive
        self.entity = entity  # index into EntityTable.entities
        #: why it was linked where it was (or left alone): "surname of e2 (Jane Roe)", "two candidates: ..."
        self.why = why
        #: its title and honorific as written, for the table
        self.title = title
        self.honorific = honorific

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class EntityTable(Record):
    __slots__ = ("by_sentence", "entities", "mentions", "speakers")

    def __init__(self, entities: list[Entity] | None = None, mentions: list[Mention] | None = None,
                 by_sentence: list[list[int]] | None = None,
                 speakers: dict[tuple[int, int], int] | None = None) -> None:
        self.entities = entities if entities is not None else []
        self.mentions = mentions if mentions is not None else []
        #: mention indexes of each sentence, in text order
        self.by_sentence = by_sentence if by_sentence is not None else []
        #: (start, end) of a speaker's source span -> its mention index
        self.speakers = speakers if speakers is not None else {}

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


class EntityIndex(Record):
    """Entities by the keys their mentions are looked up by, so no mention scans the text before it."""

    __slots__ = ("acronyms", "given", "names", "prefixes", "roles", "spellings", "surnames", "words")

    def __init__(self, names: dict[str, int] | None = None, surnames: dict[str, list[int]] | None = None,
                 given: dict[str, list[int]] | None = None, acronyms: dict[str, int] | None = None,
                 roles: dict[str, list[int]] | None = None, words: dict[str, list[int]] | None = None,
                 prefixes: dict[str, list[int]] | None = None,
                 spellings: dict[tuple[str, int], list[str]] | None = None) -> None:
        self.names = names if names is not None else {}  # a full name, lower case -> entity
        self.surnames = surnames if surnames is not None else {}  # persons by surname (and last two words)
        self.given = given if given is not None else {}  # persons by first name
        self.acronyms = acronyms if acronyms is not None else {}  # defined acronyms and initials -> organisation
        self.roles = roles if roles is not None else {}  # people by title or role word
        self.words = words if words is not None else {}  # organisations by the words of their names
        self.prefixes = prefixes if prefixes is not None else {}  # by the first words of their names
        #: one-word surnames by their first letter and length, for a misspelt surname's look-up
        self.spellings = spellings if spellings is not None else {}

    @staticmethod
    def add(table: dict[str, list[int]], key: str, entity: int) -> None:
        found = table.setdefault(key, [])
        if entity not in found:
            found.append(entity)
