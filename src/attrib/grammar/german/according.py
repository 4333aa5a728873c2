"""The source of a German nominal cue is a noun phrase, often headed by a noun of saying or knowing
(`according_heads`): "nach Angaben der Polizei" -> der Polizei, "nach ersten Angaben" -> ersten
Angaben (the phrase itself when nobody is named in it), "laut el-Baradei", "Seiner Meinung nach",
"ersten Angaben zufolge" (read backwards from the cue, in the middle of a clause). "Nach dem Spiel"
has no such head: no cue. Every word comes from the pack's sets (rules/lang/de/lexicons/grammar.yaml)."""

from __future__ import annotations

from attrib.grammar.common.words import Word, capitalised, key, party_openers, stop_words, tokens
from attrib.grammar.place import Place
from attrib.grammar.refusal import Refusal, quoted
from attrib.model import Span
from attrib.rulebook.lexicon import Lexicons, union

#: the head noun stands within this many words of "nach" ("nach den bisherigen offiziellen Angaben")
MAX_HEAD_AT = 4
#: a phrase read backwards from "zufolge" has at most this many words ("Den Polizeibehörden in Mombasa")
MAX_BACK_WORDS = 8

def according_phrase(text: str, span: Span, offset: int, lex: Lexicons, place: Place) -> Span | Refusal | None:
    """The source of a nominal cue right before or after the window, or None when the window is no
    nominal cue's (the shared reading applies)."""
    start, end = span.start - offset, span.end - offset
    if place.before_cue:
        after = [key(w) for w in text[end:].split()[:4]]
        skipped = lex.set("aux") | lex.set("cue_adverbs")
        cue = next((w for w in after if w in _postposed(lex) or w not in skipped), "")
        if cue in _postposed(lex):
            return _before_cue(text, start, end, lex, offset, needs_head=cue in lex.set("according_nach"))
        return None
    before = text[:start].split()
    last = key(before[-1]) if before else ""
    if last in lex.set("according_nach"):
        return _after_preposition(tokens(text, lex, start, end), lex, offset, needs_head=True)
    if last in lex.set("according_words"):
        return _after_preposition(tokens(text, lex, start, end), lex, offset, needs_head=False)
    return None


def _postposed(lex: Lexicons) -> frozenset[str]:
    return lex.derived("german_postposed", lambda: union(lex.set("according_after"), lex.set("according_nach")))


def _heads(lex: Lexicons) -> tuple[str, ...]:
    return lex.derived("german_according_heads", lambda: tuple(sorted(lex.set("according_heads"), key=len,
                                                                      reverse=True)))


def _is_head(word: str, lex: Lexicons) -> bool:
    """A noun of saying or knowing, alone or at the end of a compound ("Polizeiangaben")."""
    return capitalised(word) and key(word).endswith(_heads(lex))


def _after_preposition(words: list[Word], lex: Lexicons, offset: int, needs_head: bool) -> Span | Refusal:
    """After "nach" (`needs_head`) or "laut": the genitive after a noun of saying ("Angaben der
    Polizei" -> der Polizei), else the phrase itself ("ersten Angaben", "el-Baradei", "Verfassung")."""
    at = next((i for i, (_, _, w) in enumerate(words[:MAX_HEAD_AT + 1]) if _is_head(w, lex)), None)
    if at is not None and not all(_modifier(w, lex) for _, _, w in words[:at]) and not _owner_before(words, at):
        at = None
    if at is None:
        kept = [] if needs_head else noun_phrase(words, 0, lex)
        if not kept:
            return Refusal("not-a-party", f"{quoted(' '.join(w for _, _, w in words[:4]))} has no noun "
                           "of saying or knowing")
        return _span(kept, offset)
    if _ends_phrase(words[at][2]):
        return _span(words[:at + 1], offset)
    complement = noun_phrase(words, at + 1, lex, linked=True)
    if not complement and at + 1 < len(words) and key(words[at + 1][2]) in lex.set("according_origins"):
        complement = noun_phrase(words, at + 2, lex)  # "nach Angaben aus Regierungskreisen"
    if complement:
        return _span(complement, offset)
    bare = bare_genitive(words, at + 1, lex)  # "Angaben libanesischer Sicherheitskreise": the whole phrase
    return _span(words[:at + 1] + bare, offset)


def _owner_before(words: list[Word], at: int) -> bool:
    """A name in the genitive right before the noun of saying, the phrase's first word ("nach Grupps
    Meinung", "nach Schäubles Idee")."""
    word = words[0][2] if words else ""
    return at == 1 and capitalised(word) and word.endswith("s") and len(word) > 3 and not _ends_phrase(word)


def bare_genitive(words: list[Word], at: int, lex: Lexicons) -> list[Word]:
    """A genitive plural with no article after the head noun: adjectives, then a capitalised noun
    ("Einschätzung politischer Beobachter", "Schätzungen französischer Behörden")."""
    i = at
    while i < len(words) and _genitive_plural_adjective(words[i][2], lex):
        i += 1
    if i == at or i >= len(words) or not capitalised(words[i][2]):
        return []
    return words[at:i + 1]


def _modifier(word: str, lex: Lexicons) -> bool:
    """A word before a head noun inside its phrase: an article, a possessive, an adjective."""
    k = key(word)
    return not _ends_phrase(word) and k not in lex.set("aux") and (
        k in lex.set("determiners") or k in lex.set("genitive_links") or adjective(word, lex))


def noun_phrase(words: list[Word], at: int, lex: Lexicons, linked: bool = False) -> list[Word]:
    """The noun phrase from words[at]: articles and adjectives, a noun or a name (its capitalised words,
    particles and a bracket), and genitives after it when a capital follows their article ("der
    Polizei der Stadt Bonn"; "der NASA der überwiegende Teil" stops at NASA). `linked`: it must open
    with a genitive link ("der", "des", "von"), and a "von" is left out ("von Beobachtern")."""
    links = lex.set("genitive_links")
    if linked and (at >= len(words) or key(words[at][2]) not in links):
        return []
    if at < len(words) and key(words[at][2]) in lex.set("affiliation_words"):
        at += 1
    i, kept_to, linked_on = at, -1, False
    while i < len(words):
        word, k = words[i][2], key(words[i][2])
        if kept_to >= 0 and k in links and _capital_follows(words, i + 1, lex) \
                and (i + 1 >= len(words) or key(words[i + 1][2]) not in lex.set("time_openers")):
            linked_on = True  # a genitive after the noun: "der Polizei der Stadt"
        elif _name_word(words, i, lex) or (i == at and _bare_name(word, lex)):
            kept_to, linked_on = i, False  # the noun or a word of the name (or one in lower case: "laut dpa")
        elif (kept_to >= 0 and not linked_on) or not _modifier(word, lex) or (linked_on and not _genitive_modifier(
                words[i - 1][2], word, lex)):
            break  # (a genitive's adjectives go on: "des Presseamtes des russischen Ministeriums")
        if _ends_phrase(word):
            break
        i += 1
    return words[at:kept_to + 1] if kept_to >= at else []


def _name_word(words: list[Word], i: int, lex: Lexicons) -> bool:
    word = words[i][2]
    return capitalised(word) or word.startswith("(") or (
        key(word) in lex.set("name_particles") and i + 1 < len(words) and capitalised(words[i + 1][2])
        and key(words[i + 1][2]) not in lex.set("time_openers"))  # "der Polizei vom Montag"


def _genitive_modifier(before: str, word: str, lex: Lexicons) -> bool:
    """A word between a genitive link and its noun: after "des" any article or adjective ("des russischen
    Ministeriums"), after a link that is a nominative too ("der") only the weak ending "-en" ("der
    griechischen Sektion", not "der größte Teil", a new subject)."""
    if key(before) not in lex.set("genitive_links"):
        return True
    return key(before) in lex.set("genitive_only_links") or key(word).endswith("en")


def _bare_name(word: str, lex: Lexicons) -> bool:
    """A name written in lower case right after the cue ("dpa"): no function word, verb or pronoun."""
    k = key(word)
    return k.isascii() and not _ends_phrase(word) and k not in stop_words(lex) and k not in party_openers(lex) \
        and not adjective(word, lex)


def _capital_follows(words: list[Word], i: int, lex: Lexicons) -> bool:
    """A capitalised word at i, or after one adjective ("des russischen Zivilschutzministeriums")."""
    if i < len(words) and capitalised(words[i][2]):
        return True
    return i + 1 < len(words) and adjective(words[i][2], lex) and capitalised(words[i + 1][2])


def _genitive_plural_adjective(word: str, lex: Lexicons) -> bool:
    """An adjective with the strong genitive plural ending "-er" ("politischer", "einiger"); not an
    adverb, a preposition or an article that ends the same way (`not_adjectives`: "wieder", "über")."""
    k = key(word)
    return adjective(word, lex) and k.endswith("er") and len(k) > 4 and k not in lex.set("not_adjectives") \
        and k not in lex.set("determiners") and k not in lex.set("prepositions") and k not in lex.set("aux")


def _before_cue(text: str, start: int, end: int, lex: Lexicons, offset: int, needs_head: bool) -> Span | Refusal:
    """The noun phrase that ends right before "zufolge" or a postposed "nach", read backwards: nouns,
    names, their adjectives, articles and genitives, up to the first word of another kind. Before
    "nach" it ends with a noun of saying or knowing ("Seiner Meinung nach"; "fuhr nach" is no cue)."""
    words = tokens(text, lex, start, end)
    if not words or (needs_head and not _is_head(words[-1][2], lex)):
        return Refusal("not-a-party", f"{quoted(words[-1][2] if words else '')} is no noun of "
                       "saying or knowing")
    openers = union(lex.set("determiners"), lex.set("personal_pronouns"), lex.set("genitive_links"))
    first = len(words) - 1
    for i in range(len(words) - 1, max(-1, len(words) - 1 - MAX_BACK_WORDS), -1):
        word = words[i][2]
        if i < len(words) - 1 and _ends_phrase(word):
            break
        k = key(word)
        if adjective(word, lex) and i > 0 and capitalised(words[i - 1][2]) and key(words[i - 1][2]) not in openers:
            break  # "Samstag starben behördlichen Angaben": after a noun, a lower-case word is its verb
        if capitalised(word) or k in openers or adjective(word, lex) or (
                k in lex.set("prepositions") and i + 1 < len(words) and capitalised(words[i + 1][2])
                and i > 0 and capitalised(words[i - 1][2])):
            first = i
            continue
        break
    kept = words[first:]
    while kept and key(kept[0][2]) in lex.set("prepositions"):
        kept = kept[1:]
    return _span(kept, offset) if kept else Refusal("no-words", "no phrase before the cue")


def adjective(word: str, lex: Lexicons) -> bool:
    """A lower-case inflected adjective or participle ("ersten", "eigenen", "behördlichen",
    "schleswig-holsteinischen": the set `adjective_endings`)."""
    return word.replace("-", "").isalpha() and word[:1].islower() and word.endswith(lex.endings("adjective_endings"))


def _ends_phrase(word: str) -> bool:
    return word[-1:] in ",;:"


def _span(words: list[Word], offset: int) -> Span:
    start, end = words[0][0], words[-1][1]
    return Span(start + offset, end + offset)
