"""Which entity a pronoun, a role noun or an organisation's short form stands for: the most recent
compatible one in the entity table built so far. Unsure means unresolved: two parties that fit
equally well in the nearest sentence that has any leave the mention alone, and so does a role or a
short form with nothing of its kind named before it."""

from __future__ import annotations

from collections.abc import Callable

from attrib.model import Span
from attrib.record import FrozenRecord
from attrib.resolve.entities import (
    DOCUMENT,
    FULL,
    GOVERNMENT,
    GROUP,
    NAME,
    ORGANISATION,
    OTHER,
    OUTLET,
    PERSON,
    SPEAKER,
    SUBJECT,
    SURNAME,
    UNNAMED,
    Entity,
    EntityIndex,
    EntityTable,
    Mention,
    entity_number,
)
from attrib.resolve.entity_words import FEMALE, MALE, PLURAL, EntityWords

#: how many sentences back a pronoun looks for the party it stands for
PRONOUN_WINDOW = 6
#: how many sentences back "the company" looks for an organisation the text gave no class
SHORT_FORM_WINDOW = 10

_PERSONS = frozenset({PERSON, UNNAMED})
_THINGS = frozenset({ORGANISATION, OUTLET, GOVERNMENT, DOCUMENT, NAME})
_GROUPS = frozenset({GROUP, ORGANISATION, GOVERNMENT})
_ORGANISATIONS = frozenset({ORGANISATION, GOVERNMENT, NAME, OUTLET})


class Choice(FrozenRecord):
    __slots__ = ("entity", "why")

    def __init__(self, entity: int | None, why: str) -> None:
        self.entity = entity
        self.why = why


def pronoun_gender(key: str, words: EntityWords) -> str | None:
    if key in words.male_pronouns:
        return MALE
    return FEMALE if key in words.female_pronouns else None


#: how well an entity fits a pronoun: not, as a second choice, or well
NO_FIT, WEAK_FIT, FIT = 0, 1, 2


def fits_pronoun(entity: Entity, key: str, words: EntityWords) -> int:
    """How well the pronoun can stand for the entity: "he"/"she" for a person (of no other gender),
    and as a second choice for a lone name the text has not shown to be anything; "it" for an
    organisation, outlet, government or document, and as a second choice for a name, or a name of a
    person's shape the text never showed to be one ("an app called Facebook Research"); "they" for a
    group, and as a second choice for an organisation or government; "we" for none."""
    singular = entity.number != PLURAL
    if key in words.person_pronouns:
        gender = pronoun_gender(key, words)
        if not singular or (gender is not None and entity.gender not in (None, gender)):
            return NO_FIT
        if entity.kind in _PERSONS:
            return FIT  # and as a second choice a lone name the text has not shown to be anything
        return WEAK_FIT if entity.kind == NAME and entity.named and " " not in entity.name else NO_FIT
    if key in words.thing_pronouns:
        if not singular:
            return NO_FIT
        if entity.kind in _THINGS - {NAME}:
            return FIT
        return WEAK_FIT if entity.kind == NAME or (entity.kind == PERSON and not entity.shown_person) else NO_FIT
    if key in words.first_person:
        return NO_FIT  # "we": the writer or the speaker's own side, not whoever was named before
    if key in words.plural_pronouns:
        if entity.kind == GROUP or (entity.kind == UNNAMED and not singular):
            return FIT
        return WEAK_FIT if entity.kind in _GROUPS else NO_FIT
    return NO_FIT


def pronoun_antecedent(table: EntityTable, mention: Mention, key: str, words: EntityWords,
                       content: Span | None = None) -> Choice:
    """The entity a pronoun stands for: the speaker or subject of its own sentence before it ("Roe
    said he ..."), else the one that fits in the nearest earlier sentence that holds any, the most
    prominent there (its claim's speaker, then its subject); unsure when two fit equally. A gendered
    pronoun prefers, among equals, the one the text has shown of its gender. "He" or "she" speaking
    never stands for a person named inside what they say (`content`): "Roe hid, he said"."""
    gender = pronoun_gender(key, words)

    def fits(entity: Entity) -> int:
        return fits_pronoun(entity, key, words)

    def known(entity: Entity) -> bool:
        return gender is not None and entity.gender == gender

    person = key in words.person_pronouns
    return here_then_nearest(table, mention, PRONOUN_WINDOW, fits, known, content if person else None,
                             only_speakers_stand_out=person, second_choice_unsure=key in words.plural_pronouns)


def here_then_nearest(table: EntityTable, mention: Mention, window: int, fits: Callable[[Entity], int],
                      known: Callable[[Entity], bool], content: Span | None = None,
                      only_speakers_stand_out: bool = False, second_choice_unsure: bool = False) -> Choice:
    """The speaker or subject of the mention's own sentence before it, if one fits (none inside
    `content`); else the entity that fits in the nearest of the `window` sentences before. With
    `only_speakers_stand_out`, a sentence's subject does not outrank the other people it names ("Jane
    Holm met Ruth Adair. She said" is unsure); its claim's speaker does. With `second_choice_unsure`,
    a sentence where the most prominent party fits only as a second choice and another fits well is
    unsure ("The Harbor Club and local residents ... They")."""
    here = [table.mentions[at] for at in table.by_sentence[mention.sentence]]
    # "He described Montalvo as ...": a name after the pronoun in its own sentence is someone else
    others = {m.entity for m in here if m.start > mention.start and m.form in (FULL, SURNAME)}

    def fits_here(entity: Entity) -> int:
        return NO_FIT if entity_number(entity.id) - 1 in others else fits(entity)

    before = [m for m in here if m.start < mention.start and m.salience >= SUBJECT
              and (content is None or not content.start <= m.start < content.end)]
    choice = _choose(table, before, fits_here, known, mention.sentence, second_choice_unsure=second_choice_unsure)
    if choice is not None:
        return choice
    return nearest(table, mention.sentence, window, fits_here if others else fits, known, only_speakers_stand_out,
                   second_choice_unsure)


def nearest(table: EntityTable, sentence: int, window: int, fits: Callable[[Entity], int],
            known: Callable[[Entity], bool], only_speakers_stand_out: bool = False,
            second_choice_unsure: bool = False) -> Choice:
    """The entity that fits in the nearest of the `window` sentences before `sentence`."""
    for back in range(sentence - 1, max(-1, sentence - 1 - window), -1):
        choice = _choose(table, [table.mentions[at] for at in table.by_sentence[back]], fits, known, back,
                         only_speakers_stand_out, second_choice_unsure)
        if choice is not None:
            return choice
    return Choice(None, f"nothing fits in the {window} sentences before")


def _choose(table: EntityTable, mentions: list[Mention], fits: Callable[[Entity], int],
            known: Callable[[Entity], bool], back: int, only_speakers_stand_out: bool = False,
            second_choice_unsure: bool = False) -> Choice | None:
    """The entity that fits best among one sentence's mentions: the most prominent, then the one that
    fits well over a second choice; unsure when two tie; None when none fits."""
    found: dict[int, tuple[int, int]] = {}
    for m in mentions:
        fit = NO_FIT if m.entity is None or m.quoted else fits(table.entities[m.entity])
        if fit == WEAK_FIT and m.salience < SUBJECT:
            continue  # a second choice only as a sentence's speaker or subject
        if fit != NO_FIT and m.entity is not None:
            rank = min(m.salience, OTHER) if only_speakers_stand_out and m.salience < SPEAKER else m.salience
            found[m.entity] = max(found.get(m.entity, (0, 0)), (rank, fit))
    if not found:
        return None
    top = max(found.values())
    if second_choice_unsure and top[1] == WEAK_FIT and any(fit == FIT for _, fit in found.values()):
        # "The Harbor Club and local residents ... They": the subject fits only as a second choice
        # and another party of the sentence fits well: unsure
        names = ", ".join(table.entities[e].name for e in found)
        return Choice(None, f"unsure: {names} in sentence {back + 1}, the subject only as a second choice")
    best = [e for e, s in found.items() if s == top]
    if len(best) > 1:
        shown = [e for e in best if known(table.entities[e])]
        best = shown if len(shown) == 1 else best
    if len(best) == 1:
        return Choice(best[0], f"the one that fits in sentence {back + 1}")
    names = ", ".join(table.entities[e].name for e in best)
    return Choice(None, f"unsure: {names} fit equally in sentence {back + 1}")


def most_recent(table: EntityTable, candidates: list[int], fits: Callable[[Entity], bool]) -> int | None:
    """The candidate mentioned last that fits."""
    best: int | None = None
    for e in candidates:
        entity = table.entities[e]
        if fits(entity) and (best is None or entity.last > table.entities[best].last):
            best = e
    return best


def role_antecedent(table: EntityTable, index: EntityIndex, head: str, gender: str | None) -> Choice:
    """"the minister" -> the person last mentioned with that title or role."""
    found = most_recent(table, index.roles.get(head, []), lambda e: e.kind in (PERSON, UNNAMED) and e.named
                        and (gender is None or e.gender in (None, gender)))
    if found is None:
        return Choice(None, f"no {head} named before")
    return Choice(found, f"the {head} named last")


def short_form_antecedent(table: EntityTable, index: EntityIndex, mention: Mention, head: str,
                          words: EntityWords) -> Choice:
    """"the ministry" -> the organisation last named with that word; "the company" -> the one last
    named of that class ("Acme Airlines", "chipmaker Hanbit"), else (for a class often named without
    its word: a business, not a ministry) the organisation of no telling class the nearest sentences
    speak of; none -> unresolved."""
    found = most_recent(table, index.words.get(head, []), lambda e: e.kind in _ORGANISATIONS and e.named)
    if found is not None:
        return Choice(found, f"the organisation last named with “{head}”")
    classes = words.classes_of(frozenset({head}))
    candidates = [e for c in sorted(classes) for e in index.words.get(_class_key(c), [])]
    found = most_recent(table, candidates, lambda e: e.kind in _ORGANISATIONS and e.named)
    if found is not None:
        return Choice(found, "the organisation of its kind named last")
    if classes and classes.isdisjoint(words.unclassed_ok):
        return Choice(None, f"no organisation named with “{head}” before")  # "the ministry": named with its word
    choice = here_then_nearest(table, mention, SHORT_FORM_WINDOW, _unclassed_organisation, lambda e: False)
    if choice.entity is None:
        return Choice(None, f"no organisation named before ({choice.why})")
    return choice


def _unclassed_organisation(entity: Entity) -> int:
    """An organisation of no telling class may be "the company"; so, as a second choice, may a name of
    a person's shape the text never showed to be one ("Granite Ridge said")."""
    if not entity.named or entity.classes:
        return NO_FIT
    if entity.kind in (ORGANISATION, NAME):
        return FIT
    return WEAK_FIT if entity.kind == PERSON and not entity.shown_person else NO_FIT


def _class_key(name: str) -> str:
    """The key an organisation class is indexed by in EntityIndex.words."""
    return "class:" + name


CLASS_KEY = _class_key
