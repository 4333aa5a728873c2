"""Words of a sentence as the shared grammars see them: tokens with their offsets (an elided article
or pronoun written onto the next word is a token of its own: "l'ancien", "d'après", "qu'il"), the
lower-case key each is looked up by, and the word classes a phrase is read with."""

from __future__ import annotations

import re

from attrib.rulebook.lexicon import Lexicons, union

#: (start, end, text) of a token, offsets into the text it was read from
Word = tuple[int, int, str]
#: a whitespace-separated chunk: a word with the punctuation written onto it
_CHUNK = re.compile(r"\S+")
#: punctuation around a word that is no part of it
_AROUND = ".,;:!?\"“”„‟«»‹›‘’'()[]"
_AROUND_BUT_APOSTROPHES = _AROUND.replace("'", "").replace("’", "")
#: the most words a speaker's phrase may have
MAX_SOURCE_WORDS = 20


def key(word: str) -> str:
    """A token as the lexicons list it: lower case, straight apostrophe, no punctuation around it (an
    elided article keeps its apostrophe: "l'", "d'")."""
    straight = word.replace("’", "'")
    bare = straight.strip(_AROUND)
    if straight.endswith("'") and bare.isalpha() and len(bare) <= _ELIDED_LETTERS:
        return bare.lower() + "'"
    return bare.lower()


#: an elided word ("l'", "qu'", "lorsqu'") has at most this many letters
_ELIDED_LETTERS = 7


def tokens(text: str, lex: Lexicons, start: int = 0, end: int | None = None) -> list[Word]:
    """The tokens of text[start:end] with offsets into text; an elided word of the pack's set
    `elided_words` ("l'", "d'") that opens a chunk is a token of its own."""
    elided = lex.set("elided_words")
    found = _CHUNK.finditer(text, start) if end is None else _CHUNK.finditer(text, start, end)
    out: list[Word] = []
    for m in found:
        chunk, at = m.group(), m.start()
        if "'" not in chunk and "’" not in chunk:  # nothing elided (most words): the chunk is the token
            out.append((at, m.end(), chunk))
            continue
        lead = len(chunk) - len(chunk.lstrip(_AROUND_BUT_APOSTROPHES))
        cut = next((i + 1 for i in range(lead, min(len(chunk) - 1, lead + _ELIDED_LETTERS + 1))
                    if chunk[i] in "'’"), None)
        if cut is not None and chunk[lead:cut].replace("’", "'").lower() in elided:
            out.append((at, at + cut, chunk[:cut]))
            out.append((at + cut, m.end(), chunk[cut:]))
        else:
            out.append((m.start(), m.end(), chunk))
    return out


def text_of(words: list[Word]) -> str:
    return " ".join(w for _, _, w in words)


def capitalised(word: str) -> bool:
    """Written with a capital (after any opening mark): "Merkel", "«Le", "(PS)"."""
    bare = word.lstrip(_AROUND)
    return bare[:1].isupper()


def stop_words(lex: Lexicons) -> frozenset[str]:
    """Words a speaker's phrase does not go on through: prepositions other than the genitive links
    ("de", "von"), relative pronouns, clause boundaries, auxiliaries and adverbs of the verb group."""
    return lex.derived("common_stop_words", lambda: union(
        lex.set("prepositions"), lex.set("relative_pronouns"), lex.set("clause_boundaries"), lex.set("aux"),
        lex.set("cue_adverbs"), lex.set("time_openers"), lex.set("subordinators")) - lex.set("genitive_links"))


def party_openers(lex: Lexicons) -> frozenset[str]:
    """Words a lower-case speaker's phrase may open with: determiners, pronouns, quantifiers."""
    return lex.derived("common_party_openers", lambda: union(
        lex.set("determiners"), lex.set("personal_pronouns"), lex.set("unnamed_pronouns"),
        lex.set("number_words")))


#: a lower-case particle joined to the capital of a name: "al-Rahman", "el-Watan"
_JOINED_PARTICLE = re.compile(r"[a-z]{1,3}-[A-ZÀ-Þ]")


def name_word(word: str, lex: Lexicons) -> bool:
    """A word of a name: capitalised, a label in brackets "(PS)", a particle ("de", "van", "al-Rahman")."""
    bare = word.lstrip(_AROUND)
    return capitalised(word) or word.startswith("(") or key(word) in lex.set("name_particles") \
        or bool(_JOINED_PARTICLE.match(bare))


def is_name(text: str, lex: Lexicons) -> bool:
    """One to four capitalised words (a name's particles allowed): "Merkel", "Loyola de Palacio"."""
    words = text.replace("’", "'").split()
    if not 1 <= len(words) <= 4 or key(text) in lex.set("not_speaker_labels") \
            or key(text) in lex.set("personal_pronouns"):
        return False
    return capitalised(words[0]) and all(name_word(w, lex) for w in words)


def head_noun(words: list[str], lex: Lexicons) -> str:
    """The head of a noun phrase: the last word before its first preposition or genitive link."""
    links = union(lex.set("prepositions"), lex.set("genitive_links"))
    cut = next((i for i, w in enumerate(words) if i and w in links), len(words))
    return words[cut - 1].strip(".,") if words else ""


def follows_preposition(before: str, lex: Lexicons) -> bool:
    """True when the last word of `before` is a preposition: "un chroniqueur du | site Pando"."""
    return key((before.split() or [""])[-1]) in union(lex.set("prepositions"), lex.set("genitive_links"))


def is_possessive(text: str, lex: Lexicons) -> bool:
    """A name written as an owner ("Spiegels", "CNN's"): the pack's `possessive_endings`."""
    last = (text.split() or [""])[-1].replace("’", "'")
    endings = lex.endings("possessive_endings")
    return bool(endings) and last.endswith(endings) and len(last) > 2
