"""The entity table of a document, built in one pass over its sentences, from the text alone.

Each sentence gives its mentions in text order: the runs of capitalised words (people with their
titles apart, organisations with the acronyms the text defines, outlets, governments), the
speakers' phrases of its claims ("The Russian defense ministry", "the minister", "it"), and the
pronouns that open a clause. A name is linked through the index (attrib.resolve.entity_links); a
pronoun, a role noun or a short form through the mentions of the sentences before it
(attrib.resolve.antecedents). The cost per sentence does not grow with the document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrib.model import Sentence, Span
from attrib.record import Record
from attrib.resolve.antecedents import pronoun_antecedent, pronoun_gender, role_antecedent, short_form_antecedent
from attrib.resolve.entities import (
    DOCUMENT,
    GROUP,
    MODIFIER,
    NAME,
    ORGANISATION,
    OTHER,
    OUTLET,
    PERSON,
    PHRASE,
    PRONOUN,
    ROLE,
    SHORT,
    SPEAKER,
    SUBJECT,
    UNNAMED,
    EntityTable,
    Mention,
)
from attrib.resolve.entity_links import FIRST_NAMED, Linker
from attrib.resolve.entity_words import PLURAL, EntityWords, entity_words
from attrib.resolve.mentions import GOVERNMENT, RunReading, name_runs, read_run, read_runs
from attrib.resolve.tokens import Token, tokens
from attrib.rulebook.lexicon import Lexicons, normalize_name

#: a claim's source span, the kind of source the rule gave it, and the span of what it says
Speaker = tuple[Span, str | None, Span | None]
#: words an apposition after a name may have before its role noun: ", a former nurse at ..."
_APPOSITION_WORDS = 6
#: the source kind of a speaker's phrase -> the kind of entity it makes
_PHRASE_KINDS = {"named": ORGANISATION, "outlet": OUTLET, "document": DOCUMENT, "anonymous": UNNAMED}


class _Item(Record):
    """Something a sentence mentions, before it is linked: a name run, or a speaker's phrase, or a
    pronoun opening a clause."""

    __slots__ = ("content", "end", "index", "phrase", "possessive", "quoted", "reading", "salience", "source_kind",
                 "speaker", "start")

    def __init__(self, start: int, end: int, index: int, reading: RunReading | None = None,
                 phrase: Sequence[Token] = (), speaker: Span | None = None, source_kind: str | None = None,
                 content: Span | None = None, salience: int = OTHER, quoted: bool = False,
                 possessive: bool = False) -> None:
        self.start = start
        self.end = end
        self.index = index  # the token where it starts
        self.reading = reading
        self.phrase = phrase
        self.speaker = speaker
        self.source_kind = source_kind
        self.content = content  # what the speaker says: never where its pronoun's antecedent is
        self.salience = salience
        self.quoted = quoted
        self.possessive = possessive


def build_table(text: str, sentences: Sequence[Sentence], lex: Lexicons,
                speakers: Mapping[int, Sequence[Speaker]]) -> EntityTable:
    """The document's entity table; `speakers` holds each sentence's (by its n) claim source spans."""
    builder = _Builder(Linker(text, lex, entity_words(lex)))
    for i, sentence in enumerate(sentences):
        builder.sentence(i, sentence, speakers.get(sentence.n, ()))
    return builder.linker.table


class _Builder:
    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        self.words: EntityWords = linker.words
        self.lex = linker.lex
        self.text = linker.text
        self.coordinators = self.lex.set("coordinators")
        self.prepositions = self.lex.set("prepositions")
        self.clause_pronouns = self.lex.set("subject_pronouns")
        self.gendered = self.words.male_pronouns | self.words.female_pronouns

    def sentence(self, i: int, sentence: Sentence, speakers: Sequence[Speaker]) -> None:
        marks: list[int] = []
        capitals: list[int] = []
        toks = tokens(sentence, self.lex, self.words, marks=marks, capitals=capitals)
        if not marks and not speakers and not capitals:
            self.linker.table.by_sentence.append([])
            return  # nothing here can mention a party
        readings = self._readings(toks, capitals) if capitals else []
        items = self._items(sentence, toks, readings,
                            [self._parenthetical(sentence, s) for s in speakers] if speakers else (), marks)
        table = self.linker.table
        ids: list[int] = []
        table.by_sentence.append(ids)
        if not items:
            return  # "The", "But" and no role after "the": nothing
        self._mark_salience(items, toks)
        # names first, so that a pronoun sees every name of its sentence ("He described Montalvo")
        others = [item for item in items if item.reading is None] if len(items) > len(readings) else []
        for item in [item for item in items if item.reading is not None] + others if others else items:
            reading = item.reading
            if reading is not None:
                mention = self.linker.link_reading(reading, i, item.speaker is not None)
                if mention is not None:
                    mention.salience = item.salience
                    self._context_roles(toks, reading, mention)
            else:
                mention = self._phrase(i, item, ids)
            if mention is None:
                continue
            at = self.linker.add_mention(mention)
            ids.append(at)
            if item.speaker is not None:
                table.speakers[item.speaker.start, item.speaker.end] = at
        if others:
            ids.sort(key=lambda at: table.mentions[at].start)
        self._gender_evidence(toks, ids, marks)

    # --- what the sentence mentions

    def _readings(self, toks: list[Token], capitals: list[int]) -> list[RunReading]:
        out: list[RunReading] = []
        not_names = self.words.not_names
        for first, last in name_runs(toks, self.words, capitals):
            if last - first > 1:
                found = read_runs(toks, first, last, self.text, self.lex, self.words)
            elif toks[first].key in not_names:
                continue  # "The", "But", "He": the commonest run names nothing
            else:  # one word: one name at most
                one = read_run(toks, first, last, self.text, self.lex, self.words)
                found = [one] if one is not None else []
            for reading in found:
                if reading.first and reading.kind in (PERSON, NAME) \
                        and toks[reading.first - 1].key in self.words.organisation:
                    self._described(toks, reading)
                if len(reading.name) > 2:  # a coordinator inside it: "Moscow and Washington"
                    out.extend(self._coordinated(toks, reading))
                else:
                    out.append(reading)
            if out and out[-1].last == last and last < len(toks) and toks[last].in_parens and toks[last].acronym:
                out[-1].acronym = toks[last].text  # "State Information Service (SIS)"
        return out

    def _described(self, toks: list[Token], reading: RunReading) -> None:
        """"chipmaker Hanbit Semiconductor", "the security firm Cisco Talos": an organisation, of the
        class its descriptor names."""
        if reading.first == 0 or toks[reading.first].after_gap or reading.kind not in (PERSON, NAME):
            return
        before = toks[reading.first - 1]
        if before.capital or before.stop_after or reading.title or reading.honorific \
                or before.key not in self.words.organisation or reading.kind not in (PERSON, NAME):
            return
        reading.kind, reading.descriptor = ORGANISATION, before.key

    def _coordinated(self, toks: list[Token], reading: RunReading) -> list[RunReading]:
        """"Moscow and Washington", "Nick Sandmann and Nathan Phillips": two names, not one."""
        offset = reading.last - len(reading.name)
        for k, token in enumerate(reading.name[1:-1], start=1):
            if token.key not in self.coordinators:
                continue
            left = read_run(toks, reading.first, offset + k, self.text, self.lex, self.words)
            right = read_run(toks, offset + k + 1, reading.last, self.text, self.lex, self.words)
            if left and right and all(r.kind == GOVERNMENT or (r.kind == PERSON and len(r.name) > 1)
                                      for r in (left, right)):
                return [left, right]
        return [reading]

    def _full(self, sentence: Sentence, span: Span) -> list[Token]:
        """Every word of a speaker's phrase (it is read whole)."""
        part = Sentence(sentence.n, span.start, span.end, self.text[span.start:span.end], sentence.paragraph,
                        quoted=sentence.quoted)
        return tokens(part, self.lex, self.words, full=True)

    def _items(self, sentence: Sentence, toks: list[Token], readings: list[RunReading],
               speakers: Sequence[Speaker], marks: list[int]) -> list[_Item]:
        items = [_Item(r.text_start, r.end, r.first, r, (), None, None, None, OTHER, r.quoted,
                       r.possessive or r.modifier) for r in readings]
        for span, kind, content in speakers:
            named = self._speaker_reading(items, toks, span)
            if named is not None:
                named.speaker, named.source_kind, named.content = span, kind, content
                continue
            phrase = self._full(sentence, span)
            if phrase:
                at = next((k for k, t in enumerate(toks) if t.start >= span.start), len(toks))
                items.append(_Item(span.start, span.end, at, phrase=phrase, speaker=span, source_kind=kind,
                                   content=content))
        spoken = [item.speaker for item in items if item.speaker is not None] if speakers else []
        pronouns, groups, definite, roles = self.clause_pronouns, self.words.group_keys, self.words.definite, \
            self.linker.index.roles
        for k in marks:
            token = toks[k]
            if token.quoted or (spoken and any(s.start <= token.start < s.end for s in spoken)):
                continue
            if token.key in pronouns or (token.key in groups and token.text.islower()):
                items.append(_Item(token.start, token.end, k, phrase=[token]))  # "he", "they", "officials"
            elif token.key in definite and k + 1 < len(toks) and toks[k + 1].key in roles:
                items.extend(self._role_in_narrative(toks, k))  # "the mayor", a mayor being known
        if len(items) == len(readings):
            return items  # the names alone, in text order
        return sorted(items, key=lambda item: (item.start, item.reading is None))

    def _parenthetical(self, sentence: Sentence, speaker: Speaker) -> Speaker:
        """"Macharia hid under desks, he said, but ...": a speaker after a comma or a quotation says
        what comes before it, so no party named there is whom its pronoun stands for."""
        span, kind, _ = speaker
        before = self.text[sentence.start:span.start].rstrip()
        if before and before[-1] in ",”\"'’":
            return span, kind, Span(sentence.start, span.start)
        return speaker

    def _role_in_narrative(self, toks: list[Token], k: int) -> list[_Item]:
        """"the mayor", "the former minister" in narrative, when a person with that title is known."""
        if k + 1 >= len(toks):
            return []
        head = toks[k + 1]
        if head.after_gap and len(self.text[toks[k].end:head.start].split()) > 1:
            return []  # more than one word between: "the (former) mayor" at most
        if head.capital or head.quoted or toks[k].stop_after or head.key not in self.linker.index.roles \
                or head.key in self.words.organisation:
            return []
        return [_Item(toks[k].start, head.end, k, phrase=toks[k:k + 2])]

    def _speaker_reading(self, items: list[_Item], toks: list[Token], span: Span) -> _Item | None:
        """The name a speaker's span ends with, when nothing else in the span is a name: "Jane Roe",
        "Liberal MP Sean Fraser", "But Okafor", "former train porter Harold Adams"."""
        for item in items:
            reading = item.reading
            if reading is None or reading.text_start < span.start or reading.end > span.end or reading.possessive:
                continue
            tail = self.text[reading.end:span.end].strip()
            if tail and tail != f"({reading.acronym})":  # "The Regional Water Authority (RWA)"
                continue
            k = reading.first  # its first word (title or honorific first): the words before it in the span
            while k > 1 and toks[k - 1].start >= span.start:
                k -= 1
            if all(not t.capital or t.key in self.words.not_names for t in toks[k:reading.first]):
                return item  # the sentence's first word is capitalised as any first word is
        return None

    def _mark_salience(self, items: list[_Item], toks: list[Token]) -> None:
        """The speakers of the sentence's claims, then its subject: the first mention not inside a
        quotation, not a possessive and not after a preposition, and any name coordinated with it."""
        subject_end: int | None = None
        count = len(toks)
        for item in items:
            if item.speaker is not None:
                item.salience = SPEAKER
            elif item.possessive:
                item.salience = MODIFIER
            if item.quoted or item.possessive:
                continue
            k = item.index
            adjacent = k < count and not toks[k].after_gap
            before = toks[k - 1] if k > 0 and adjacent else None
            if subject_end is None:
                first = (k == 0 and adjacent) or before is None or before.key not in self.prepositions
                coordinated = False
            else:
                first = False
                coordinated = before is not None and before.key in self.coordinators \
                    and k >= 2 and not toks[k - 1].after_gap and toks[k - 2].end == subject_end
            if first or coordinated:  # "Jane Holm and Ruth Adair said"
                item.salience, subject_end = max(item.salience, SUBJECT), item.end

    # --- linking

    def _context_roles(self, toks: list[Token], reading: RunReading, mention: Mention) -> None:
        """A role noun just before a name ("spokeswoman Jane Roe") or heading an apposition after it
        ("Jane Roe, a nurse at the hospital,") gives the person a role, and perhaps a gender."""
        if mention.entity is None:
            return
        roles: list[str] = []
        first = reading.first
        if first > 0 and not reading.title and not toks[first].after_gap:
            before = toks[first - 1]
            if not before.capital and not before.stop_after and (
                    before.key in self.words.titles or self.words.gender_of(before.key)):
                roles.append(before.key)  # "spokeswoman Jane Roe", "husband Mohammad Al Mnajer"
        last = toks[reading.last - 1]
        if last.stop_after and self.text[last.end:last.end + 1] == ",":
            roles.extend(self._apposition_role(toks, reading.last, self.text.find(",", last.end + 1)))
        if not roles:
            return  # the commonest
        entity = self.linker.table.entities[mention.entity]
        for role in roles:
            if entity.kind == NAME and len(reading.name) > 1:
                entity.kind = PERSON  # "Hiram Macharia, marketing executive at LG Electronics"
                self.linker.index_person(mention.entity)
            if entity.kind == PERSON:
                self.linker.add_role(mention.entity, role)
                entity.gender = entity.gender or self.words.gender_of(role)
                entity.shown_person = True

    def _apposition_role(self, toks: list[Token], start: int, comma: int) -> list[str]:
        """The role noun heading an apposition: ", a former senior Treasury official," -> official (up
        to the comma that closes it)."""
        found: list[str] = []
        for token in toks[start:start + _APPOSITION_WORDS]:
            if 0 <= comma < token.start:
                break
            if token.key in self.prepositions and found:
                break
            if token.key in self.words.titles and not token.capital:
                found = [token.key]
            if token.stop_after:
                break
        return found

    def _phrase(self, i: int, item: _Item, ids: list[int]) -> Mention | None:
        """A speaker's phrase that is no name, or a pronoun opening a clause."""
        phrase, words = item.phrase, self.words
        text = " ".join(self.text[item.start:item.end].split())
        mention = Mention(item.start, item.end, text, PHRASE, i, item.salience, item.quoted)
        keys = [t.key for t in phrase]
        if len(keys) == 1 and keys[0] in words.pronouns:
            return self._pronoun(mention, keys[0], item.content)
        if len(keys) == 1 and keys[0] in words.relative_pronouns and phrase[0].text.islower():
            return self._relative(mention, ids)
        if item.speaker is None and len(keys) == 1 and words.is_group(keys[0]):
            return self._group(mention)  # "officials" in narrative: "they" may stand for them
        if item.speaker is None:  # "the mayor" in narrative: only the person it stands for
            role = self._role(mention, keys[-1], create=False)
            return role if role.entity is not None else None
        head = self._head(keys)
        definite = keys[0] in words.definite and len(keys) > 1
        capitals = [t for t in phrase[1:] if t.capital and t.key != head]
        if definite and not capitals and head in words.role_nouns and head not in words.organisation:
            return self._role(mention, head)
        if definite and not capitals and head in words.organisation:
            return self._short_form(mention, head)
        return self._named_phrase(mention, item, keys, head)

    def _head(self, keys: list[str]) -> str:
        """The head noun: the last word before the first preposition after the first word."""
        head = keys[0]
        for key in keys[1:]:
            if key in self.prepositions:
                break
            head = key
        return head

    def _pronoun(self, mention: Mention, key: str, content: Span | None) -> Mention:
        mention.form = PRONOUN
        choice = pronoun_antecedent(self.linker.table, mention, key, self.words, content)
        mention.entity, mention.why = choice.entity, choice.why
        gender = pronoun_gender(key, self.words)
        if choice.entity is not None and key in self.words.person_pronouns:
            entity = self.linker.table.entities[choice.entity]
            entity.gender = entity.gender or gender
            if entity.kind in (NAME, PERSON):  # "he" stands for it: a person
                if entity.kind == NAME:
                    entity.kind = PERSON
                    self.linker.index_person(choice.entity)
                entity.shown_person = True
        return mention

    def _relative(self, mention: Mention, ids: list[int]) -> Mention:
        """"Mr. Trump, who said": the name just before it."""
        mention.form = PRONOUN
        table = self.linker.table
        earlier = sorted((table.mentions[at] for at in ids if table.mentions[at].end <= mention.start),
                         key=lambda m: -m.end)
        before = earlier[0] if earlier else None
        if before is None or before.entity is None or self.text[before.end:mention.start].strip() not in (",", ""):
            mention.why = "no name just before it"
            return mention
        mention.entity, mention.why = before.entity, "the name just before it"
        if mention.text.lower() in self.words.person_relatives and table.entities[before.entity].kind not in (
                PERSON, UNNAMED):  # "Peter Morgan, a lawyer for the Sierra Club, who": a person
            person = next((m for m in earlier[1:] if m.entity is not None and not m.possessive
                           and table.entities[m.entity].kind == PERSON
                           and self.text[m.end:m.end + 1] == ","), None)
            if person is not None:
                mention.entity, mention.why = person.entity, "the person its apposition describes"
        return mention

    def _role(self, mention: Mention, head: str, create: bool = True) -> Mention:
        mention.form = ROLE
        gender = self.words.gender_of(head)
        choice = role_antecedent(self.linker.table, self.linker.index, head, gender)
        mention.entity, mention.why = choice.entity, choice.why
        if choice.entity is None and create:
            kind, number = (GROUP, PLURAL) if self.words.is_group(head) else (UNNAMED, "singular")
            at = self.linker.new_entity(kind, mention.text, mention.start, named=False)
            entity = self.linker.table.entities[at]
            entity.gender, entity.number = gender, number
            self.linker.add_role(at, head)
            mention.entity = at
        return mention

    def _group(self, mention: Mention) -> Mention:
        at = self.linker.new_entity(GROUP, mention.text, mention.start, named=False)
        self.linker.table.entities[at].number = PLURAL
        mention.entity, mention.why = at, "many speaking as one"
        return mention

    def _short_form(self, mention: Mention, head: str) -> Mention:
        mention.form = SHORT
        choice = short_form_antecedent(self.linker.table, self.linker.index, mention, head, self.words)
        mention.entity, mention.why = choice.entity, choice.why
        if choice.entity is None:
            at = self.linker.new_entity(GROUP if self.words.is_group(head) else ORGANISATION, mention.text,
                                        mention.start, named=False)
            self.linker.learn_words(at, [head])
            mention.entity = at
        return mention

    def _named_phrase(self, mention: Mention, item: _Item, keys: list[str], head: str) -> Mention:
        """A speaker's phrase that names its party in words of its own: "The Russian defense ministry",
        "officials from both sides", "a spokeswoman", "both Moscow and Washington"."""
        words, linker = self.words, self.linker
        kind = _PHRASE_KINDS.get(item.source_kind or "", NAME)
        if words.is_group(head) or self.coordinators & set(keys):
            kind = GROUP
        key = normalize_name(mention.text)
        named = kind in (ORGANISATION, OUTLET, NAME) or (kind == GROUP and item.source_kind == "named")
        found = linker.index.names.get(key) if named else None
        if found is not None:
            mention.entity, mention.why = found, f"named before as {linker.table.entities[found].id}"
            return mention
        at = linker.new_entity(kind, mention.text, mention.start, named=named)
        entity = linker.table.entities[at]
        if kind == GROUP or words.is_group(head):
            entity.number = PLURAL
        if kind == UNNAMED:
            entity.gender = words.gender_of(head)
            if head in words.role_nouns:
                linker.add_role(at, head)
        if named:
            linker.index.names[key] = at
            linker.learn_words(at, keys)
        mention.entity, mention.why = at, FIRST_NAMED
        return mention

    def _gender_evidence(self, toks: list[Token], ids: list[int], marks: list[int]) -> None:
        """"Jane Roe said her ...": the one person a sentence names, outside quotes, takes the gender
        of a pronoun after her."""
        if not ids or self.gendered.isdisjoint([toks[k].key for k in marks]):
            return
        table = self.linker.table
        mentioned = [table.mentions[m] for m in ids]
        people = {m.entity for m in mentioned if m.entity is not None and not m.quoted
                  and table.entities[m.entity].kind in (PERSON, UNNAMED)}
        if len(people) != 1:
            return
        (person,) = people
        entity = table.entities[person or 0]
        if entity.gender is not None or entity.kind != PERSON:
            return
        first = min(m.end for m in mentioned if m.entity == person)
        resolved = {m.start for m in mentioned if m.form == PRONOUN}
        for token in toks:
            if token.start > first and not token.quoted and token.text.islower() and token.start not in resolved:
                gender = pronoun_gender(token.key, self.words)
                if gender is not None:
                    entity.gender = gender
                    return
