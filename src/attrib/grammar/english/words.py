"""Words of a sentence as the English phrase grammar sees them: tokens with their offsets, and the
lower-case key each is looked up by in the lexicons."""

from __future__ import annotations

import re

from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import Lexicons, union

#: a word of running text (letters, digits, apostrophes, hyphens), for lexicon lookups
WORD = re.compile(r"[\w’'-]+")
#: a whitespace-separated token: a word with the punctuation written onto it
WORD_SPAN = re.compile(r"\S+")
#: (start, end, text) of a token, offsets into the sentence text
Word = tuple[int, int, str]
#: the most words a speaker's phrase may have
MAX_SOURCE_WORDS = 20
#: a capital letter and its stop: the initial "B." of "James B. Comey"
_INITIAL = re.compile(r"[A-Z]\.")
#: a lower-case particle joined to the capital of a name: "al-Amr", "bin-Laden"
_JOINED_PARTICLE = re.compile(r"[a-z]{1,3}-[A-Z]")


def key(word: str) -> str:
    """A token as the lexicons list it: lower case, straight apostrophe, no punctuation around it."""
    return word.lower().strip(".,;:’'\"“”()").replace("’", "'")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The tokens of text[start:end], with offsets into text."""
    found = WORD_SPAN.finditer(text, start) if end is None else WORD_SPAN.finditer(text, start, end)
    return [(m.start(), m.end(), m.group()) for m in found]


def text_of(sentence: Sentence, span: Span) -> str:
    """What a span (document offsets) covers of its sentence."""
    return sentence.text[span.start - sentence.start : span.end - sentence.start]


def is_initial(word: str) -> bool:
    return bool(_INITIAL.fullmatch(word))


def name_joiners(lex: Lexicons) -> frozenset[str]:
    """Lower-case words inside one name: its particles ("bin", "van") and joins ("of", "&")."""
    return union(lex.set("name_particles"), lex.set("name_joiners"))


def name_links(lex: Lexicons) -> frozenset[str]:
    """Lower-case words that may join two capitalised words of a name or title ("Secretary of State",
    "Ambassador to ...", "Procter & Gamble"): all but "the"."""
    return lex.derived("name_links", lambda: union(name_joiners(lex), lex.set("name_connectors"))
                       - lex.set("definite_articles"))


def name_word(word: str, lex: Lexicons) -> bool:
    """A word of a person's name: capitalised, a party label "(D-N.Y.)", or a particle ("al-Amr", "van")."""
    return word[:1].isupper() or word.startswith("(") or word in lex.set("name_particles") \
        or bool(_JOINED_PARTICLE.match(word))


def is_name(text: str, lex: Lexicons) -> bool:
    """One to four capitalised words ("WALLACE", "Pat Caddell"), not a known label like "Update"."""
    words = text.replace("’", "'").split()
    if not 1 <= len(words) <= 4 or text.lower() in lex.set("not_speaker_labels") \
            or text.lower() in lex.set("personal_pronouns"):
        return False
    joiners = name_joiners(lex)
    return all(w[:1].isupper() or w.lower() in joiners for w in words)


def ending(word: str, lex: Lexicons, endings: str) -> str | None:
    """The ending of the set `endings` that the word ends with, or None."""
    return next((e for e in lex.endings(endings) if word.endswith(e)), None)


def ends_with(word: str, lex: Lexicons, endings: str) -> bool:
    """True when the word ends with one of the endings of the set `endings` ("ing", "'s")."""
    return word.endswith(lex.endings(endings))


def head_noun(words: list[str], lex: Lexicons) -> str:
    """The head of a noun phrase: the last word before its first preposition."""
    preps = lex.set("prepositions")
    head_words: list[str] = []
    for w in words:
        if head_words and w in preps:
            break
        head_words.append(w)
    return head_words[-1].strip(".,") if head_words else ""


def is_share(keys: list[str], lex: Lexicons) -> bool:
    """A share of a group, which speaks in polls: "about four in 10", "half of GOP primary voters",
    "6 out of 10 voters", "43 percent of Republicans"."""
    approximators = lex.set("approximators")
    while keys and keys[0] in approximators:
        keys = keys[1:]
    if not keys:
        return False

    def number(word: str) -> bool:
        return word.replace(",", "").isdigit() or word in lex.set("number_words")

    partitives = lex.set("partitives")
    if number(keys[0]):
        for ratio in lex.set("ratio_words"):  # "four in 10", "6 out of 10"
            size = len(ratio.split())
            if keys[1:1 + size] == ratio.split() and len(keys) > size + 1 and number(keys[size + 1]):
                return len(keys) == size + 2 or keys[size + 2] in partitives
    if number(keys[0]) and keys[1:2] and keys[1] in lex.set("share_words"):
        keys = keys[1:]  # "43 percent of ..."
    elif keys[0].endswith("%") and number(keys[0][:-1]):
        keys = ["%", *keys[1:]]
    share = keys[0].split("-")[-1]  # "two-thirds", "three-quarters"
    return share in lex.set("share_words") and (
        len(keys) == 1 or keys[1] in partitives or (len(keys) > 2 and keys[1] in lex.set("share_scopes")))


def follows_preposition(before: str, lex: Lexicons) -> bool:
    """True when the last word of `before` is a preposition: "a columnist for | the site Pando"."""
    return key((before.split() or [""])[-1]) in lex.set("prepositions")


def is_possessive(text: str, lex: Lexicons) -> bool:
    """True when the last word is a possessive: "CNN's" (the name after it is the outlet's person)."""
    last = (text.split() or [""])[-1].replace("’", "'")
    return ends_with(last, lex, "possessive_endings") or ends_with(last, lex, "plural_possessive_endings")
