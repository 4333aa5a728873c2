"""Linking a name to the entity it names, through the index: a full name to the entity of that
name, a surname or "Mr Roe" to the person last named with it, an acronym to the organisation that
defined it, an outlet to its canonical entry; a name never seen makes a new entity. Nothing here
scans the text: every look-up is a key of the EntityIndex."""

from __future__ import annotations

from attrib.resolve.antecedents import CLASS_KEY, most_recent
from attrib.resolve.entities import (
    ACRONYM,
    FULL,
    GOVERNMENT,
    NAME,
    ORGANISATION,
    OTHER,
    OUTLET,
    PERSON,
    SHORT,
    SURNAME,
    Entity,
    EntityIndex,
    EntityTable,
    Mention,
    entity_id,
)
from attrib.resolve.entity_words import EntityWords
from attrib.resolve.mentions import RunReading, outlet_named
from attrib.resolve.tokens import Token
from attrib.rulebook.lexicon import Lexicons

#: an organisation is also found by up to this many of its first words ("Granite Ridge")
MAX_PREFIX_WORDS = 4
#: why a mention made a new entity
FIRST_NAMED = "first named here"
FULL_NAME_OF = "the full name of"
#: how many characters before a word tell whether it opens a sentence or a quotation
_LOOK_BACK = 8
#: a misspelt surname ("Mauer" for Maurer) matches within this many edits per this many letters
TYPO_LETTERS_PER_EDIT = 4


class Linker:
    """The table and its index while they are built, and how a name joins them."""

    def __init__(self, text: str, lex: Lexicons, words: EntityWords) -> None:
        self.text, self.lex, self.words = text, lex, words
        self.table = EntityTable()
        self.index = EntityIndex()
        self.government_classes = frozenset(lex.set("government_classes"))

    # --- entities and mentions

    def new_entity(self, kind: str, name: str, start: int, named: bool = True) -> int:
        at = len(self.table.entities)
        self.table.entities.append(Entity(entity_id(at + 1), kind, name, start, named, last=start))
        return at

    def add_mention(self, mention: Mention) -> int:
        at = len(self.table.mentions)
        self.table.mentions.append(mention)
        if mention.entity is not None:
            entity = self.table.entities[mention.entity]
            entity.mentions.append(at)
            if mention.start > entity.last:
                entity.last = mention.start
        return at

    # --- a run of capitalised words

    def link_reading(self, reading: RunReading, sentence: int, speaker: bool) -> Mention | None:
        """The mention a run names, linked to its entity (a new one if the name is new); None for a
        lone capitalised word opening a sentence that names nothing known ("Click", "Asked")."""
        name = reading.name
        written = self.text[reading.start:reading.end]
        if "\n" in written:
            written = " ".join(written.split())  # a name over a line break
        mention = Mention(reading.start, reading.end, written, FULL, sentence, OTHER, reading.quoted,
                          reading.possessive, None, "",
                          " ".join(t.text for t in reading.title) if reading.title else None,
                          reading.honorific.text if reading.honorific else None)
        proper = self._proper(name) if len(name) > 1 and reading.kind == PERSON else None
        if len(name) == 1 or (proper is not None and len(proper) == 1):
            entity = self._single_word(reading, mention, speaker, proper)
        elif proper is not None:  # a person's name of several words
            entity = self._person(reading, mention, proper)
        else:
            entity = self._named(reading, mention)
        if entity is None:
            return None
        mention.entity = entity
        fresh = mention.why == FIRST_NAMED or mention.why.startswith(FULL_NAME_OF)
        if fresh or reading.title or reading.honorific or reading.acronym:  # else: a name seen before, as before
            self._learn(entity, reading, fresh)
        return mention

    def _proper(self, name: list[Token]) -> list[Token]:
        return [t for t in name if not t.initial and t.key not in self.words.particles
                and t.key not in self.words.suffixes]

    def _single_word(self, reading: RunReading, mention: Mention, speaker: bool,
                     proper: list[Token] | None) -> int | None:
        """"Roe", "Mr. Roe", "Mayor Roe", "SIS", "Google": a person's surname first, then an
        acronym or a name seen before; a new entity only where the word can be a name."""
        token = proper[-1] if proper else reading.name[-1]  # no `proper`: a one-word name
        key = token.key
        gender = self.words.gender_of(reading.honorific.key) if reading.honorific else None
        person = self._person_by(key, gender) if key in self.index.surnames or key in self.index.given else None
        if person is not None:
            mention.form, mention.why = SURNAME, f"surname of {self._label(person)}"
            return person
        if token.acronym and token.text in self.index.acronyms:
            found = self.index.acronyms[token.text]
            mention.form, mention.why = ACRONYM, f"acronym of {self._label(found)}"
            return found
        if key in self.index.names:
            found = self.index.names[key]
            mention.why = f"named before as {self._label(found)}"
            return found
        if reading.definite and key in self.words.organisation:  # "the Church" -> Church of Scientology
            short = most_recent(self.table, self.index.words.get(key, []),
                                lambda e: e.kind in (ORGANISATION, GOVERNMENT, NAME) and e.named)
            if short is not None:
                mention.form, mention.why = SHORT, f"short form of {self._label(short)}"
                return short
        typo = self._misspelt(key, gender) if speaker and reading.kind != PERSON else None
        if typo is not None:
            mention.form, mention.why = SURNAME, f"spelled like the surname of {self._label(typo)}"
            return typo
        prefixes = self.index.prefixes.get(key)
        prefixed = most_recent(self.table, prefixes, _is_named) if prefixes else None
        if prefixed is not None:  # "Hanbit" after "Hanbit Semiconductor"
            mention.why = f"the start of the name of {self._label(prefixed)}"
            return prefixed
        if reading.kind in (NAME, ORGANISATION) and not token.acronym and not speaker and not reading.title \
                and self._opens_sentence(reading):
            return None  # a capitalised word opening a sentence: "Chipmaker delays ...", "Click"
        kind = reading.kind if reading.kind != NAME or not token.acronym else ORGANISATION
        found = self._new_named(kind, mention.text, reading, key)
        mention.form = SURNAME if kind == PERSON else (ACRONYM if token.acronym else FULL)
        mention.why = FIRST_NAMED
        return found

    def _person_by(self, key: str, gender: str | None) -> int | None:
        """The person a lone name stands for: by surname the one named last ("Lanz" after Dorie Lanz,
        even if Mikel Lanz came before), by first name only the one person of that first name."""
        surnames, given = self.index.surnames.get(key), self.index.given.get(key)
        if not surnames and not given:
            return None  # the commonest: no person of that name

        def fits(entity: Entity) -> bool:
            return entity.kind == PERSON and entity.gender in (None, gender or entity.gender)

        found = most_recent(self.table, surnames or [], fits)
        if found is not None:
            return found
        people = [e for e in given or [] if fits(self.table.entities[e])]
        return people[0] if len(people) == 1 else None

    def _opens_sentence(self, reading: RunReading) -> bool:
        """The run's word is the first of its sentence or of a quotation: capitalised as any word is."""
        start = reading.text_start
        before = self.text[max(0, start - _LOOK_BACK):start].rstrip(" \"“‘'(")
        return (not before and start < _LOOK_BACK) or before[-1:] in (".", "!", "?", "\n", ":", "—", "–", "-") \
            or (reading.first == 0 and not reading.name[0].after_gap and not reading.title)

    def _person(self, reading: RunReading, mention: Mention, proper: list[Token]) -> int:
        """A person's full name: the entity of that name, or of its last two words ("Al Hashish"),
        or a new person; a lone surname or name seen before it ("Trump", then "Donald Trump") joins it."""
        key = mention.text.lower()
        if key in self.index.names:
            mention.why = f"named before as {self._label(self.index.names[key])}"
            return self.index.names[key]
        tail = " ".join(t.key for t in proper[-2:])
        for found in self.index.surnames.get(tail, []):
            entity = self.table.entities[found]
            if len(proper) == 2 and len(entity.name.split()) > 2:
                mention.form, mention.why = SURNAME, f"last words of {self._label(found)}"
                return found
            if len(proper) > 2 and entity.name.lower() == tail:  # "Getty Images Kevin Vickers": a
                # credit glued to a name the text has given before
                mention.why = f"ends with the name of {self._label(found)}"
                return found
        alone = self.index.names.get(proper[-1].key)
        if alone is not None and self.table.entities[alone].kind in (PERSON, NAME) \
                and len(self.table.entities[alone].name.split()) == 1:
            entity = self.table.entities[alone]
            entity.kind, entity.name = PERSON, mention.text
            self.index.names[key] = alone
            mention.why = f"{FULL_NAME_OF} {entity.id}, named before by its surname"
            return alone
        # "Granite Ridge" after "Granite Ridge Materials"; never a titled person ("Sen. Jane Roe" after a
        # headline's "Jane Roe Grills Acme CEO")
        prefixed = None if reading.title or reading.honorific else self._prefix_of(reading)
        if prefixed is not None:
            mention.why = f"the start of the name of {self._label(prefixed)}"
            return prefixed
        mention.why = FIRST_NAMED
        return self._new_named(PERSON, mention.text, reading, key)

    def _named(self, reading: RunReading, mention: Mention) -> int:
        """An organisation, outlet, government or other name of several words."""
        key = mention.text.lower()
        outlet = outlet_named(self.lex, mention.text) if reading.kind == OUTLET else None
        if outlet is not None:
            key = outlet.name.lower()
        if key in self.index.names:
            same = self.index.names[key]
            mention.why = f"named before as {self._label(same)}"
            if len(mention.text) > len(self.table.entities[same].name) and reading.kind != PERSON:
                self.table.entities[same].name = mention.text  # the fullest name as written
            return same
        initials = self._initials(reading.name)
        found = self.index.acronyms.get(initials) if initials else None
        if found is not None and self.table.entities[found].kind in (ORGANISATION, OUTLET):
            entity = self.table.entities[found]
            entity.acronym = entity.acronym or entity.name
            entity.name = mention.text
            self.index.names[key] = found
            mention.why = f"the full form of the acronym {entity.acronym}"
            return found
        prefixed = self._prefix_of(reading)
        if prefixed is not None:
            mention.why = f"the start of the name of {self._label(prefixed)}"
            return prefixed
        mention.why = FIRST_NAMED
        return self._new_named(reading.kind, mention.text, reading, key)

    def _prefix_of(self, reading: RunReading) -> int | None:
        """The entity whose name starts with these words: "Granite Ridge" for Granite Ridge Materials."""
        key = " ".join(t.key for t in reading.name)
        return most_recent(self.table, self.index.prefixes.get(key, []),
                           lambda e: e.named and (e.kind != PERSON or not e.shown_person))

    def _new_named(self, kind: str, name: str, reading: RunReading, key: str) -> int:
        at = self.new_entity(kind, name, reading.text_start)
        self.index.names[key] = at
        run = reading.name
        if kind in (ORGANISATION, OUTLET):
            initials = self._initials(run)
            if initials and initials not in self.index.acronyms:
                self.index.acronyms[initials] = at
            if len(run) == 1 and run[0].acronym:
                self.index.acronyms.setdefault(run[0].text, at)
        if len(run) > 1:  # one word has no prefix
            keys = [t.key for t in run]
            for size in range(2 if kind == PERSON else 1, min(len(keys), MAX_PREFIX_WORDS + 1)):
                EntityIndex.add(self.index.prefixes, " ".join(keys[:size]), at)
        return at

    def _initials(self, name: list[Token]) -> str | None:
        """"Korean Central News Agency" -> KCNA: the capitals of its words, joins left out."""
        letters = [t.text[0] for t in name if t.capital and t.key not in self.words.joiners]
        return "".join(letters) if len(letters) >= 2 else None

    def _misspelt(self, key: str, gender: str | None) -> int | None:
        """The one person whose surname is within a typo of the word ("Mauer" for Maurer)."""
        allowed = max(1, len(key) // TYPO_LETTERS_PER_EDIT)
        spellings = self.index.spellings
        near = [surname for size in range(len(key) - allowed, len(key) + allowed + 1)
                for surname in spellings.get((key[:1], size), ()) if surname != key]
        found = {e for surname in near if edit_distance(surname, key) <= allowed
                 for e in self.index.surnames[surname] if self.table.entities[e].kind == PERSON
                 and self.table.entities[e].gender in (None, gender or self.table.entities[e].gender)}
        return found.pop() if len(found) == 1 else None

    # --- what a mention tells of its entity

    def _learn(self, at: int, reading: RunReading, fresh: bool) -> None:
        """Title, honorific, roles, gender and acronym a mention gives its entity, and the index keys
        of a name met for the first time (`fresh`)."""
        words, entity = self.words, self.table.entities[at]
        if entity.kind == PERSON and (reading.title or reading.honorific):
            entity.shown_person = True
        if reading.title and entity.title is None:
            entity.title = " ".join(self.text[reading.title[0].start:reading.title[-1].end].split())
        if reading.honorific is not None and entity.honorific is None:
            entity.honorific = reading.honorific.text
        objects = False  # "Chairman of the Joint Chiefs of Staff General": "Chiefs", "Staff" are no roles
        titled = [*reading.title, *([reading.honorific] if reading.honorific else [])] \
            if reading.title or reading.honorific else ()
        for k, token in enumerate(titled):
            entity.gender = entity.gender or words.gender_of(token.key)
            objects = objects or token.key in words.title_objects
            last = k == len(reading.title) - 1
            if token.key in words.titles and (not objects or last):
                self.add_role(at, token.key)
        if reading.acronym and entity.kind in (ORGANISATION, OUTLET, NAME):
            entity.acronym = reading.acronym
            self.index.acronyms[reading.acronym] = at
        if not fresh:
            return
        if entity.kind == PERSON:
            self.index_person(at)
        elif entity.kind in (ORGANISATION, OUTLET, GOVERNMENT, NAME):
            self.learn_words(at, [t.key for t in reading.name] + ([reading.descriptor] if reading.descriptor else []))

    def index_person(self, at: int) -> None:
        """A person is found by surname (and last two words: "Al Hashish") and by first name."""
        words = self.words
        keys = [k for k in self.table.entities[at].name.lower().replace("’", "'").split()
                if k not in words.particles and k.rstrip(".") not in words.suffixes and not _initial(k)]
        if len(keys) >= 2:
            EntityIndex.add(self.index.given, keys[0], at)
            EntityIndex.add(self.index.surnames, " ".join(keys[-2:]), at)
        if keys:
            if keys[-1] not in self.index.surnames and " " not in keys[-1]:
                self.index.spellings.setdefault((keys[-1][:1], len(keys[-1])), []).append(keys[-1])
            EntityIndex.add(self.index.surnames, keys[-1], at)

    def learn_words(self, at: int, keys: list[str]) -> None:
        """An organisation's name words and classes ("Acme Airlines": airlines -> business)."""
        entity = self.table.entities[at]
        if entity.kind == PERSON:
            return
        joiners, by_word = self.words.joiners, self.index.words
        for key in keys:
            if key not in joiners:
                found = by_word.setdefault(key, [])  # EntityIndex.add, without a call for each word
                if at not in found:
                    found.append(at)
        classes = frozenset() if self.words.organisation.isdisjoint(keys) else self.words.classes_of(frozenset(keys))
        if entity.kind == GOVERNMENT:
            classes |= self.government_classes
        for name in classes - entity.classes:
            EntityIndex.add(self.index.words, CLASS_KEY(name), at)
        entity.classes |= classes

    def add_role(self, at: int, role: str) -> None:
        self.table.entities[at].roles.add(role)
        EntityIndex.add(self.index.roles, role, at)

    def _label(self, at: int) -> str:
        entity = self.table.entities[at]
        return f"{entity.id} ({entity.name})"


def _is_named(entity: Entity) -> bool:
    return entity.named


def _initial(key: str) -> bool:
    """"b.", "k.c.": an initial, no part of a name to look it up by."""
    return key.endswith(".") and len(key.replace(".", "")) <= 2


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (short words only: surnames)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
