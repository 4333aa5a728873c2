"""The words of a sentence as the entity table reads them: each word with its offsets in the document
and without the punctuation around it ("Roe," -> Roe, stop after it; "(SIS)" -> SIS, in parentheses;
"Russia's" -> Russia, possessive), and only the words the table has a use for. What a word is, wherever
it stands, is read once per distinct word and remembered (bounded), so a sentence costs a dictionary
look-up per word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from attrib.model import Sentence
from attrib.record import Record
from attrib.resolve.entity_words import EntityWords
from attrib.rulebook.lexicon import Lexicons

_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")
#: a lower-case particle joined to the capital of a name: "al-Assad", "bin-Laden"
_JOINED_PARTICLE = re.compile(r"[a-z]{1,3}-[A-Z]")
#: characters that open a quotation or an aside before a word
_OPENERS = frozenset("\"“‘'([{«„‚‹")
#: characters after a word that end a name run (a kept abbreviation's period does not)
_STOPPERS = frozenset(",;:!?)]}\"”’'»›…")
#: an acronym: two to six capitals (digits and & allowed inside: "G7", "AT&T")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}|(?:[A-Z]\.){2,4}")


class Token(Record):
    """A word of a sentence: its offsets in the document without the punctuation around it; made from
    its word's shape (the same wherever the word stands) and where it stands. Slotted, not a named
    tuple: the table reads its fields often, and a slot is read faster. Made by tokens() only, field
    by field (an __init__ call per word would cost a third more)."""

    __slots__ = ("acronym", "after_gap", "capital", "end", "in_parens", "initial", "key", "possessive", "quoted",
                 "start", "stop_after", "stop_before", "text")

    text: str
    key: str  # lower case, straight apostrophe, no final period
    stop_after: bool  # punctuation after it ends a name ("Roe," "Roe.")
    stop_before: bool  # an opening quote or parenthesis before it
    in_parens: bool  # "(SIS)"
    possessive: bool  # "Russia's"
    capital: bool  # written with a capital, or a particle joined to one: "al-Assad"
    initial: bool  # "B.", "K.C."
    acronym: bool  # "SIS", "U.N."
    quoted: bool  # inside quotation marks
    #: plain words the table has no use for were left out just before it ("the [former] mayor")
    after_gap: bool
    start: int
    end: int


def tokens(sentence: Sentence, lex: Lexicons, words: EntityWords, full: bool = False,
           marks: list[int] | None = None, capitals: list[int] | None = None) -> list[Token]:
    """The sentence's words with their offsets into the document. Unless `full`, only those the table
    reads: capitalised words, words with punctuation on them, the lower-case words it reads anywhere
    ("he", "officials", "the"), and those it reads next to a name ("of", "spokeswoman", "chipmaker",
    "to") when a capitalised word is next to them or an apposition after a name holds them ("Roe, a
    former nurse at ..."); a token after left-out words says so (`after_gap`). `marks` gets the indexes
    of the tokens that may mention a party in narrative ("he", "officials", "the"), `capitals` those of
    the capitalised ones."""
    text, base, quoted = sentence.text, sentence.start, sentence.quoted
    articles, known = words.articles, _readings_of_words(words)
    q, pos, gap, reach, spans = 0, 0, False, -1, len(quoted)
    split = text.split()
    last = len(split) - 1
    # where each word starts, unless one space parts every two words (the commonest: then `pos`)
    starts = None if sum(map(len, split)) + last == len(text) else _word_starts(text, split)
    left_out, near = (None, None) if full else (_LEFT_OUT, _NEAR)
    out: list[Token] = []
    for i, word in enumerate(split):
        reading = known.get(word)
        if reading is None:
            reading = known[word] = _read_word(word, words)
        pos += reading[1]  # where the next word starts, when one space parts them
        if reading[0] is left_out:
            gap = True  # a plain word the table has no use for
            continue
        use, step, offset, length, shape, marked, opens_reach, capital = reading
        if use is near and not (i <= reach or (i > 0 and split[i - 1][0].isupper())
                                or (i < last and (split[i + 1][0].isupper() or split[i + 1] in articles))):
            gap = True  # "of", "spokeswoman" away from a name
            continue
        if shape is None:
            continue  # "'s" alone
        at = (pos - step if starts is None else starts[i]) + base
        inside = False
        if spans:  # quoted spans in order: the next, later word starts looking at the first not passed
            while q < spans and quoted[q].end <= at:
                q += 1
            inside = q < spans and quoted[q].start <= at
        if marked and marks is not None:
            marks.append(len(out))
        if capital and capitals is not None:
            capitals.append(len(out))
        start = at + offset
        token = _new_token(Token)
        token.text, token.key, token.stop_after, token.stop_before, token.in_parens, token.possessive, \
            token.capital, token.initial, token.acronym = shape
        token.quoted, token.after_gap, token.start, token.end = inside, gap, start, start + length
        out.append(token)
        gap = False
        if opens_reach:
            reach = i + _REACH  # an apposition after "Roe,"; a role after "the" ("the former mayor")
    return out


#: how the table uses a word: wherever it stands, next to a name only, or not at all
_ANYWHERE, _NEAR, _LEFT_OUT = "anywhere", "near", "left out"
#: a word's token without its offsets: (offset of its core in the word, length of the core, core,
#: key, stop_after, stop_before, in_parens, possessive, capital, initial, acronym)
_Shape = tuple[int, int, str, str, bool, bool, bool, bool, bool, bool, bool]
#: a token's fields from `text` to `acronym`: what its word is wherever it stands
_TokenShape = tuple[str, str, bool, bool, bool, bool, bool, bool, bool]
#: what a word is, wherever it stands: its use, its length and a space, the offset and length of its
#: core in it, its token's fields from `text` to `acronym` (None: no token), whether it may mention a
#: party in narrative ("he", "the"), whether the words after it are read as near a name, and whether
#: it is capitalised
_WordReading = tuple[str, int, int, int, _TokenShape | None, bool, bool, bool]
#: a token without an __init__ call: tokens() sets its fields
_new_token: Callable[[type[Token]], Token] = object.__new__
#: how many distinct words are remembered at most
_WORDS_REMEMBERED = 100_000
#: how many words after a name and a comma (or after "the") the words read next to a name are kept
_REACH = 5


def _word_starts(text: str, split: list[str]) -> list[int]:
    """Where each word of the text (`split`: its words) starts in it."""
    starts, pos = [], 0
    for word in split:
        at = text.find(word, pos)
        starts.append(at)
        pos = at + len(word)
    return starts


def _readings_of_words(words: EntityWords) -> dict[str, _WordReading]:
    known: dict[str, _WordReading] = words.word_readings
    if len(known) > _WORDS_REMEMBERED:
        known.clear()  # memory stays bounded over a corpus of many words
    return known


def _read_word(word: str, words: EntityWords) -> _WordReading:
    """What the table makes of a word wherever it stands."""
    anywhere, near = words.keep_keys, words.near_keys
    use = _LEFT_OUT
    shape: _Shape | None
    if word in anywhere:
        use, shape = _ANYWHERE, _plain(word, word, False)
    elif word in near:
        use, shape = _NEAR, _plain(word, word, False)
    elif word.isalpha():
        capital, key = word[0].isupper(), word.lower()
        if capital or (not word.islower() and (key in anywhere or key in near)):
            use = _ANYWHERE
        shape = _plain(word, key, capital)
    else:
        core = word.rstrip(_TRAILING)
        if not (word[0].islower() and core.isalpha() and core.islower() and core not in anywhere
                and core not in near):
            use = _ANYWHERE
        shape = _shape(word, words)
    step = len(word) + 1
    if shape is None:
        return use, step, 0, 0, None, False, False, False
    key, stop_after, capital = shape[3], shape[4], shape[8]
    return use, step, shape[0], shape[1], shape[2:], key in words.narrative_keys, \
        (capital and stop_after) or key in words.definite, capital


def _plain(word: str, key: str, capital: bool) -> _Shape:
    return 0, len(word), word, key, False, False, False, False, capital, False, \
        capital and word.isupper() and 1 < len(word) <= 6


#: punctuation a plain word may carry after it
_TRAILING = ",.;:!?)]\"”’'…"
#: the punctuation a word may end with that ends a name run, and what may follow a possessive
_SIMPLE_STOPS = frozenset(",;:!?)\"”’'")


def _shape(chunk: str, words: EntityWords) -> _Shape | None:
    """A word written with punctuation: "said,", "Roe's", "U.S.", "(SIS)", "“We"."""
    last = chunk[-1]
    if last in _SIMPLE_STOPS and chunk[:-1].isalpha():  # "said," "Roe:" the commonest shapes
        core = chunk[:-1]
        capital = core[0].isupper()
        return 0, len(core), core, core.lower(), True, False, False, False, capital, False, \
            capital and core.isupper() and 1 < len(core) <= 6
    i, j = 0, len(chunk)
    while i < j and not chunk[i].isalnum():
        i += 1
    while j > i and not (chunk[j - 1].isalnum() or chunk[j - 1] == "."):
        j -= 1
    lead, core, trail = chunk[:i], chunk[i:j], chunk[j:]
    if not core:
        stop = bool(chunk.strip("&"))
        return 0, len(chunk), chunk, chunk, stop, stop, False, False, False, False, False
    stop = not _STOPPERS.isdisjoint(trail)
    while core.endswith(".") and not _keeps_period(core, words.abbreviations):
        core, stop = core[:-1], True
    core, possessive = _without_possessive(core, words)
    stop = stop or possessive or not core
    if not core:
        return None
    key = core.lower().replace("’", "'").rstrip(".")
    capital = core[0].isupper() or bool(_JOINED_PARTICLE.match(core))
    initial = capital and bool(_INITIAL.fullmatch(core))
    acronym = capital and not initial and bool(_ACRONYM.fullmatch(core))
    return i, len(core), core, key, stop, not _OPENERS.isdisjoint(lead), "(" in lead and ")" in trail, \
        possessive, capital, initial, acronym


def _keeps_period(core: str, abbreviations: frozenset[str]) -> bool:
    """"B.", "U.S.", "Dr.", "Jr." keep their period; "Rio." at a sentence's end does not."""
    bare = core[:-1]
    return bool(_INITIAL.fullmatch(core)) or "." in bare or bare.lower() in abbreviations


def _without_possessive(core: str, words: EntityWords) -> tuple[str, bool]:
    straight = core.replace("’", "'")
    for ending in words.possessives:
        if straight.lower().endswith(ending) and len(straight) > len(ending):
            return core[: -len(ending)], True
    for ending in words.plural_possessives:
        if straight.lower().endswith(ending) and len(straight) > len(ending):
            return core[: -len(ending) + 1], True
    return core, False
