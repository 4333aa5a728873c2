"""The names one sentence mentions, read from its words alone: each run of capitalised words cut into
title, honorific and name ("Hot Springs Superintendent Dr. Stephanie Nehus" -> title Superintendent,
honorific Dr., name Stephanie Nehus), with the leading words that are no part of a name left out
("For Kevin Allton", "On Wednesday Acme"), and a guess of what it names: a person, an organisation,
an outlet, a government, or a name the text has not shown yet. Every word list is the lexicons'.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrib.record import Record
from attrib.resolve.entity_words import EntityWords
from attrib.resolve.tokens import Token
from attrib.rulebook.lexicon import Lexicons, Outlet

#: the most words of a person's name, titles and honorific apart ("Hernan Dario Gomez Ruiz")
MAX_PERSON_WORDS = 4

PERSON, ORGANISATION, OUTLET, GOVERNMENT, NAME = "person", "organisation", "outlet", "government", "name"
#: how many distinct names are remembered at most
_WORDS_REMEMBERED = 100_000


# --- runs of capitalised words --------------------------------------------------------------------


def name_runs(toks: list[Token], words: EntityWords, capitals: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """(first, last + 1) token indexes of each run of name words: capitalised words, initials, and
    between them the particles and joiners of a name ("Osama bin Laden", "Church of Scientology").
    `capitals`: the indexes of the capitalised tokens, when tokens() gave them."""
    runs: list[tuple[int, int]] = []
    count, end, particles, joiners = len(toks), 0, words.particles, words.joiners
    for i in capitals if capitals is not None else [k for k, t in enumerate(toks) if t.capital]:
        if i < end:
            continue  # inside the run before
        before = toks[i]
        quoted = before.quoted
        j = i + 1
        while j < count:
            token = toks[j]
            if before.stop_after or token.stop_before or token.after_gap or token.quoted != quoted:
                break
            before = token
            if token.capital:
                j += 1
                continue
            key = token.key
            link = _link_length(toks, j, words) if key in particles or key in joiners else 0
            if not link:
                break
            j += link
            before = toks[j - 1]
        runs.append((i, j))
        end = j
    return runs


def _link_length(toks: list[Token], j: int, words: EntityWords) -> int:
    """How many lower-case words at j join two capitalised ones ("bin", "of the", "&"), or 0."""
    for size in (1, 2):
        end = j + size
        if end >= len(toks) or not toks[end].capital or toks[end].key in words.dates \
                or any(t.after_gap for t in toks[j + 1:end + 1]):
            continue
        link = toks[j:end]
        if any(t.stop_after or t.stop_before for t in link[:-1]) or link[-1].stop_before or toks[end].stop_before:
            continue
        keys = [t.key for t in link]
        if size == 1 and keys[0] in words.particles:
            return 1  # "Osama bin Laden"
        # "of", "for", "on" join an organisation's or an office's name ("Church of Scientology",
        # "Secretary of State"), not any two names ("Poulter on Christmas Day", "Surrey to Langley")
        office = toks[j - 1].key in words.organisation or toks[j - 1].key in words.titles or not keys[0].isalpha()
        if size == 1 and keys[0] in words.joiners and keys[0] not in words.definite and office:
            return 1
        if size == 2 and keys[0] in words.joiners and keys[1] in words.definite and office:
            return 2
    return 0


class RunReading(Record):
    """A run of capitalised words read as a name: the tokens of its title, honorific and name."""

    __slots__ = ("acronym", "definite", "descriptor", "end", "first", "honorific", "kind", "last", "modifier", "name",
                 "possessive", "quoted", "start", "text_start", "title")

    def __init__(self, first: int, last: int, title: list[Token], honorific: Token | None, name: list[Token],
                 definite: bool, kind: str, acronym: str | None = None, modifier: bool = False,
                 descriptor: str | None = None) -> None:
        self.first = first  # token index where the run starts after the words that are no part of it
        self.last = last  # token index just after it (a run may hold two names: "Jane Roe of Acme")
        self.title = title
        self.honorific = honorific
        self.name = name
        self.definite = definite  # "the" before it: "the Patullo Bridge", never a person
        self.kind = kind  # PERSON | ORGANISATION | OUTLET | GOVERNMENT | NAME
        self.acronym = acronym  # the acronym written after it: "State Information Service (SIS)"
        #: a lower-case role noun follows it: "North Korean leader", "Toronto retiree": it describes
        self.modifier = modifier
        #: the noun of an organisation's class just before it: "chipmaker Hanbit Semiconductor"
        self.descriptor = descriptor
        self.settle()  # start, end, text_start, possessive, quoted

    def settle(self) -> None:
        """Where its name starts and ends, with and without its title, once its parts are known."""
        self.start, self.end = self.name[0].start, self.name[-1].end
        first = self.title[0] if self.title else (self.honorific or self.name[0])
        self.text_start = first.start  # where the mention starts with its title and honorific
        self.possessive, self.quoted = self.name[-1].possessive, self.name[0].quoted


def read_runs(toks: list[Token], first: int, last: int, text: str, lex: Lexicons,
              words: EntityWords) -> list[RunReading]:
    """The names a run of capitalised words holds: usually one, two when a name ends inside it
    ("President Xi Jinping of China", "Matthew Ingram of The Globe and Mail")."""
    out: list[RunReading] = []
    while first < last:
        reading = read_run(toks, first, last, text, lex, words)
        if reading is None:
            break
        out.append(reading)
        first = reading.last
        while first < last and not toks[first].capital:
            first += 1  # the joining words: "of", "of the"
    return out


def read_run(toks: list[Token], first: int, last: int, text: str, lex: Lexicons,
             words: EntityWords) -> RunReading | None:
    """The first name a run of capitalised words holds, with its title and honorific apart; None
    when the run holds no name ("But", "The", "Mr.")."""
    head = toks[first]
    definite = first > 0 and not head.after_gap and toks[first - 1].key in words.definite \
        and not toks[first - 1].stop_after
    not_names = words.not_names  # and "I've": a word of no name before an apostrophe
    while (key := head.key) in not_names or ("'" in key and key.split("'", 1)[0] in not_names):
        if head.stop_after:
            return None  # "Mr.", "But,": nothing after it belongs to a name
        definite = definite or head.key in words.definite
        first += 1  # "For Kevin Allton", "The Church", "On Wednesday Acme", "I've"
        if first >= last:
            return None
        head = toks[first]
    while last > first and ((tail := toks[last - 1].key) in words.joiners or tail in words.particles):
        last -= 1
    if first >= last:
        return None
    if last - first == 1:  # one word, the commonest run: no title, no affiliation
        if head.key in words.not_party:
            return None  # "Russian" (drills), "October"
        reading = RunReading(first, last, [], None, [head], definite, NAME)
    else:
        title, honorific, name = _split_title(toks[first:last], words)
        if not name:
            return None
        reading = RunReading(first, _name_end(toks, name[-1].end, first, last), title, honorific, name, definite,
                             NAME)
        if not title and not honorific:
            _cut_at_affiliation(reading, toks, words)
    after = toks[reading.last] if reading.last < len(toks) else None
    reading.modifier = after is not None and not toks[reading.last - 1].stop_after and not after.capital \
        and not after.after_gap and after.key in words.titles
    reading.kind = _kind_remembered(reading, text, lex, words)
    return reading


def _name_end(toks: list[Token], end: int, first: int, last: int) -> int:
    """The token index just after the token that ends at `end`."""
    for k in range(first, last):
        if toks[k].end == end:
            return k + 1
    return last


def _cut_at_affiliation(reading: RunReading, toks: list[Token], words: EntityWords) -> None:
    """"Jane Roe of Acme Corp": a person's name of two or three words ends before "of", "from", "at"."""
    name = reading.name
    for k in range(2, min(len(name), MAX_PERSON_WORDS)):
        if name[k].key in words.affiliations and _person_shaped(name[:k], words):
            reading.name = name[:k]
            reading.last = _name_end(toks, name[k - 1].end, reading.first, reading.last)
            reading.settle()
            return


def _split_title(run: list[Token], words: EntityWords) -> tuple[list[Token], Token | None, list[Token]]:
    """Title words, honorific and name of a run. After a title with an object ("Secretary of State
    Mike Pompeo", "Chief of the General Staff Valery Gerasimov") the name is the last two capitalised
    words (three with an initial); else it follows the last title word or honorific, up to a joining
    word ("President Xi Jinping of China"). A run of titles only is no name ("Prime Minister")."""
    titling = words.titles_and_honorifics
    titled = [k for k, t in enumerate(run[:-1]) if t.key in titling]
    if not titled:
        return [], None, run
    if run[titled[0] + 1].key in words.title_objects:
        keep = 3 if len(run) >= 3 and run[-2].initial else 2
        title, name = run[:-keep], run[-keep:]
        if len(run) - titled[0] - 1 <= keep or not all(t.capital for t in name):
            return [], None, run  # "Minister for Health", "Director of the FBI": an office
    else:
        joins = [k for k, t in enumerate(run) if k > titled[0] and not t.capital and t.key not in words.particles]
        limit = joins[0] if joins else len(run)
        cut = max(k for k in titled if k < limit - 1) if any(k < limit - 1 for k in titled) else -1
        if cut < 0:
            return [], None, run
        title, name = run[: cut + 1], run[cut + 1 : limit]
    honorific = title[-1] if title and title[-1].key in words.honorifics else None
    if honorific is not None:
        title = title[:-1]
    return title, honorific, name


def _kind_remembered(reading: RunReading, text: str, lex: Lexicons, words: EntityWords) -> str:
    """_kind, remembered per Lexicons (bounded) for a name as written, with or without "the" before it
    and a role noun after it: all it reads of the run but its title (an article repeats its names)."""
    if reading.title or reading.honorific:
        return PERSON
    name = reading.name
    written = name[0].text if len(name) == 1 else text[name[0].start:name[-1].end]  # the same string
    key = (written, reading.definite, reading.modifier)
    known = words.name_kinds
    kind = known.get(key)
    if kind is None:
        if len(known) >= _WORDS_REMEMBERED:
            known.clear()
        kind = known[key] = _kind(reading, text, lex, words)
    return kind


def _kind(reading: RunReading, text: str, lex: Lexicons, words: EntityWords) -> str:
    """What the run names, by its own words: PERSON, ORGANISATION, OUTLET, GOVERNMENT or NAME (not
    shown yet: one capitalised word, or words of no telling shape)."""
    name = reading.name  # a titled run is a PERSON's, read before (_kind_remembered)
    if len(name) == 1:  # the commonest: one word
        word = name[0]
        if outlet_named(lex, word.text) is not None:
            return OUTLET
        if word.key in words.governments:
            return GOVERNMENT
        return ORGANISATION if word.key in words.organisation or word.acronym else NAME
    written = text[name[0].start:name[-1].end]
    keys = [t.key for t in name]
    if outlet_named(lex, written) is not None:
        return OUTLET
    if " ".join(keys) in words.governments:
        return GOVERNMENT
    if any(k in words.organisation for k in keys):
        return ORGANISATION
    if len(name) >= 2 and lex.outlets.by_shape(written) is not None:
        return OUTLET
    if reading.definite or reading.modifier or len(name) < 2:
        return NAME
    if _person_shaped(name, words):
        return PERSON
    return ORGANISATION if any(t.key in words.joiners for t in name) else NAME


def outlet_named(lex: Lexicons, written: str) -> Outlet | None:
    """The listed outlet a name is, remembered for the names an article repeats."""
    seen: dict[str, Outlet | None] = lex.derived("outlets_seen", dict)
    if written not in seen:
        if len(seen) >= _OUTLETS_REMEMBERED:
            seen.clear()  # memory stays bounded over a corpus of many names
        seen[written] = lex.outlets.lookup(written)
    return seen[written]


#: how many names outlet_named remembers at most
_OUTLETS_REMEMBERED = 50_000


def _person_shaped(name: list[Token], words: EntityWords) -> bool:
    """Two to four words of a person's name: no organisation word, no all-capital word of more than
    one letter, not ending in a word of a day, a place or a thing ("Christmas Day", "Main Street")."""
    proper = [t for t in name if not t.initial and t.key not in words.particles and t.key not in words.suffixes]
    if not 1 <= len(proper) <= MAX_PERSON_WORDS or len(name) < 2 or name[0].key in words.not_person_first \
            or any((not t.capital or t.key in words.not_names) and t.key not in words.particles for t in name):
        return False  # "Surrey to Langley", "Peace By Chocolate"
    last = next(t for t in reversed(name) if t.key not in words.suffixes)
    if last.key in words.not_person or last.key in words.titles or any(t.key in words.governments for t in name[:-1]):
        return False
    return all(not (t.text.isupper() and len(t.text) > 1) for t in proper) \
        and all(any(c.isalpha() for c in t.text) for t in name)
