"""A speaker's noun phrase, read from the left: determiners, the head and its complements ("le
porte-parole de la mission onusienne", "der Sprecher des Ministeriums", "el piloto de los Yanquis de
Nueva York"), up to the first word that opens something else (a preposition other than a genitive
link, a relative pronoun, an auxiliary, an adverb of the verb group). Before the cue what follows the
phrase must be an adjunct ("… en Syrie fait remarquer", "Der Minister hat am Montag gesagt"); after
it, it is left out ("a déclaré Jean Morel dans le Nord").
"""

from __future__ import annotations

from dataclasses import dataclass

from attrib.grammar.common.words import (
    MAX_SOURCE_WORDS,
    Word,
    capitalised,
    key,
    name_word,
    party_openers,
    stop_words,
    text_of,
    tokens,
)
from attrib.grammar.place import Place
from attrib.grammar.refusal import Refusal, quoted
from attrib.model import Span
from attrib.rulebook.lexicon import Lexicons, union

#: the most words an adjunct between a speaker and a verb-final cue may have ("am Montag in Berlin")
MAX_ADJUNCT_WORDS = 8
#: the most determiners and quantifiers a phrase opens with ("tous les", "alle diese")
_MAX_OPENERS = 3


@dataclass(frozen=True, slots=True)
class Style:
    """How a language writes its phrases, as its grammar module says."""

    #: a capital marks every noun (German), not a name: a title before a name is kept with it
    nouns_capitalised: bool = False


def trim_noun_phrase(text: str, span: Span, offset: int, lex: Lexicons, place: Place,
                     style: Style) -> Span | Refusal:
    """Cut a captured window down to the speaker's noun phrase, or refuse it with a named reason."""
    local_start, local_end = span.start - offset, span.end - offset
    words = tokens(text, lex, local_start, local_end)
    if not words:
        return Refusal("no-words", "the phrase is empty")
    kept = _before_cue(text, words, lex, place) if place.before_cue else _after_cue(words, lex, place)
    if isinstance(kept, Refusal):
        return kept
    if not style.nouns_capitalised:
        kept = name_after_title(kept, lex)
    kept = name_before_affiliation(kept, lex)
    start, end = kept[0][0], kept[-1][1]
    while end > start and text[end - 1] in ",;:.)" and not _keeps_stop(text[start:end], lex):
        end -= 1
    return Span(start + offset, end + offset)


def _keeps_stop(phrase: str, lex: Lexicons) -> bool:
    """"(PS)" keeps its bracket; "B. Obama" or "Jr." keep their period; "... Romney." does not."""
    last = phrase.split()[-1]
    if last.endswith(")"):
        return "(" in last
    bare = last.rstrip(".").lstrip("(")
    return last.endswith(".") and (len(bare) == 1 or bare.lower() in lex.split.titles | lex.split.other)


def _before_cue(text: str, words: list[Word], lex: Lexicons, place: Place) -> list[Word] | Refusal:
    if place.open_left and not starts_clause(text[:words[0][0]], lex):
        return Refusal("mid-clause", f"{quoted(text_of(words))} starts in the middle of a clause")
    words = _after_last_boundary(words, lex)
    words = without_leading(words, union(lex.set("leading_adverbs"), lex.set("conjunctions")), keep_last=False)
    if words and key(words[0][2]) in lex.set("prepositions"):
        words = _after_opening_phrase(words, lex)
    if not words:
        return Refusal("no-speaker-left", "nothing is left once the opening phrase goes")
    end = read_phrase(words, lex)
    if end == 0:
        return Refusal("not-a-party", f"{quoted(text_of(words))} names no party: no name, determiner, "
                       "pronoun or role")
    refusal = _adjunct_refusal(words[:end], words[end:], lex)
    return refusal if refusal is not None else _party_or_refusal(words[:end], lex)


def _after_cue(words: list[Word], lex: Lexicons, place: Place) -> list[Word] | Refusal:
    words = without_leading(words, union(lex.set("cue_adverbs"), lex.set("time_openers")))
    if not words:
        return Refusal("no-words", "only adverbs follow the cue")
    first = key(words[0][2])
    if first in lex.set("clause_boundaries") or first in lex.set("cannot_start_phrase"):
        return Refusal("clause-after-cue", f"{quoted(text_of(words))} is a clause, not a speaker")
    end = read_phrase(words, lex)
    kept = words[:end]
    if not kept:
        return Refusal("clause-after-cue", f"{quoted(text_of(words))} is a clause, not a speaker")
    if place.bare_noun_ok or place.any_party:
        return kept
    if len(kept) == 1 and not capitalised(kept[0][2]) and first not in union(
            lex.set("role_nouns"), lex.set("personal_pronouns"), lex.set("document_nouns")):
        return Refusal("bare-noun", f"{quoted(kept[0][2])} is a bare noun, no source")
    return _party_or_refusal(kept, lex)


#: the longest opening phrase of a set that `without_leading` drops, in words ("de son côté", "por su parte")
_LEADING_WORDS = 3


def without_leading(words: list[Word], leading: frozenset[str], keep_last: bool = True) -> list[Word]:
    """The words without the words and phrases of `leading` that open them ("mais", "De son côté,");
    the last word stays when `keep_last` ("…, a-t-il dit, lui": a pronoun the set lists as an adverb)."""
    while len(words) > keep_last:
        size = next((n for n in range(min(_LEADING_WORDS, len(words) - keep_last), 0, -1)
                     if " ".join(key(w) for _, _, w in words[:n]) in leading), 0)
        if not size:
            return words
        words = words[size:]
    return words


def _after_last_boundary(words: list[Word], lex: Lexicons) -> list[Word]:
    """The words after the last clause boundary ("…, et le ministre a dit" -> le ministre), unless the
    boundary joins two names ("Obama et Romney")."""
    boundaries = lex.set("clause_boundaries")
    cut = 0
    for i, (_, _, w) in enumerate(words):
        if key(w) in boundaries and not _joins_names(words, i, lex):
            cut = i + 1
    return words[cut:]


def _joins_names(words: list[Word], i: int, lex: Lexicons) -> bool:
    """"et", "y", "und" between two capitalised words join one party's name or two parties as one."""
    return key(words[i][2]) in lex.set("coordinators") and 0 < i < len(words) - 1 \
        and capitalised(words[i - 1][2]) and capitalised(words[i + 1][2])


def _after_opening_phrase(words: list[Word], lex: Lexicons) -> list[Word]:
    """The subject after an opening phrase with no comma ("En 2010 il a dit" -> il): it starts at a
    determiner or a pronoun; none leaves nothing."""
    openers = union(lex.set("personal_pronouns"), lex.set("determiners"))
    for i in range(2, min(5, len(words))):
        if key(words[i][2]) in openers:
            return words[i:]
    return []


def read_phrase(words: list[Word], lex: Lexicons) -> int:
    """How many of the words make one noun phrase, read from the left: openers, then words up to a
    stop word (a genitive link with its complement goes on: "de la mission", "des Ministeriums")."""
    stops, links = stop_words(lex), lex.set("genitive_links")
    openers = party_openers(lex)
    i = 0
    while i < len(words) and i < _MAX_OPENERS and key(words[i][2]) in openers:
        i += 1
    while i < len(words) and i < MAX_SOURCE_WORDS:
        word = words[i][2]
        k = key(word)
        if i > 0 and words[i - 1][2][-1] in ",;:":
            break  # "Anne Giraud, présidente …": the phrase ends at its comma
        if k in links and i > 0:
            if i + 1 >= len(words):
                break
            while i + 2 < len(words) and key(words[i + 1][2]) in openers:
                i += 1  # "de esta comisión", "des Ministeriums": the complement's own determiners
        elif (k in stops or (k in lex.cue_kinds and not capitalised(word))) and not _joins_names(words, i, lex):
            break
        i += 1
    trailing = links | lex.set("determiners")
    while i > 0 and key(words[i - 1][2]) in trailing:
        i -= 1  # "le ministre de" is no whole phrase
    return i


def _adjunct_refusal(phrase: list[Word], rest: list[Word], lex: Lexicons) -> Refusal | None:
    """What lies between a speaker and its cue must be an adjunct: a phrase of place or time, an
    adverb ("Der Minister hat am Montag"), and, where the language splits its verb group, the finite
    auxiliary before it (`split_verb_aux`); anything else makes the words a clause."""
    if not rest:
        return None
    first = key(rest[0][2])
    adjunct = union(lex.set("prepositions"), lex.set("cue_adverbs"), lex.set("time_openers"),
                    lex.set("split_verb_aux"))
    verbs = [w for _, _, w in rest[1:] if key(w) in lex.set("aux") or (key(w) in lex.cue_kinds and not capitalised(w))]
    if first in adjunct and not verbs and len(rest) <= MAX_ADJUNCT_WORDS:
        return None
    return Refusal("reads-as-clause", f"{quoted(text_of(phrase + rest))} reads as a clause, not a speaker")


def _party_or_refusal(words: list[Word], lex: Lexicons) -> list[Word] | Refusal:
    """The phrase, when it can name a party; else why not."""
    first = key(words[0][2])
    text = quoted(text_of(words))
    if first in lex.set("personal_pronouns") and len(words) > 1 \
            and key(words[1][2]) not in lex.set("pronoun_companions"):
        return Refusal("pronoun-clause", f"{text}: a pronoun is a whole subject, the rest is a clause")
    if any(key(w) in lex.set("aux") for _, _, w in words):
        return Refusal("verb-inside", f"{text} holds a verb: a clause")
    if len(words) > MAX_SOURCE_WORDS:
        return Refusal("too-long", f"{text} has more than {MAX_SOURCE_WORDS} words")
    if capitalised(words[0][2]) or words[0][2][:1].isdigit() or first in party_openers(lex) \
            or first in lex.set("role_nouns") or first in _anonymity_openers(lex):
        return words
    return Refusal("not-a-party", f"{text} names no party: no name, determiner, pronoun or role")


def _anonymity_openers(lex: Lexicons) -> frozenset[str]:
    """The first words of the anonymity phrases ("fuentes", "sources")."""
    return lex.derived("common_anonymity_openers", lambda: frozenset(
        p.split()[0] for p in lex.set("anonymity_phrases") if p.split()))


def starts_clause(before: str, lex: Lexicons) -> bool:
    """True when a phrase after `before` starts a clause: at the start, after punctuation or a quote
    mark, or after a clause boundary word or a sentence adverb."""
    before = before.rstrip()
    if not before or before[-1] in opening_marks(lex):
        return True
    last = key(before.split()[-1])
    return last in lex.set("clause_boundaries") or last in lex.set("leading_adverbs") \
        or last in lex.set("subordinators")


def opening_marks(lex: Lexicons) -> frozenset[str]:
    """Punctuation after which a clause opens: , ; : ( dashes and every quotation mark of the pack."""
    def build() -> frozenset[str]:
        marks = {*",;:(—–―-"}
        for opening, closing in lex.split.quote_pairs + lex.split.inner_quote_pairs:
            marks.update(opening + closing)
        return frozenset(marks)
    return lex.derived("common_opening_marks", build)


def name_after_title(words: list[Word], lex: Lexicons) -> list[Word]:
    """Just the name, where lower-case words describe it ("le président Obama", "l'ancien leader
    socialiste Paul Kerjean", "La guía de turismo chilena Rosa Quispe") -> the name;
    a name after a preposition is no speaker's ("les services de Manuel Valls"), and a determiner
    alone describes nothing ("la Junta de Extremadura")."""
    determiners = lex.set("determiners")
    at = next((i for i, (_, _, w) in enumerate(words) if i > 0 and capitalised(w)), None)
    if at is None:
        return words
    described = [key(w) for _, _, w in words[:at]]
    run = words[at:]
    articles = union(lex.set("articles"), lex.set("elided_words")) - lex.set("genitive_links")
    before = [w for w in described if w not in articles] or [""]  # "de l'Intérieur": "de" is before
    if all(w in determiners for w in described) or not all(name_word(w, lex) for _, _, w in run) \
            or before[-1] in union(lex.set("prepositions"), lex.set("genitive_links"), lex.set("name_particles")) \
            or any(capitalised(w) and key(w) not in determiners for _, _, w in words[:at]):
        return words
    return run


def name_before_affiliation(words: list[Word], lex: Lexicons) -> list[Word]:
    """A person's name before an affiliation ("Rami Abd al-Rahman de l'Observatoire syrien") -> the
    name; the affiliation names an organisation (a word of `organisation_words`, or an acronym), so
    a particle inside a name stays ("Loyola de Palacio", "José de la Fuente")."""
    affiliations = lex.set("affiliation_words")
    openers = union(lex.set("determiners"), lex.set("elided_words"))
    for i, (_, _, w) in enumerate(words):
        if i >= 2 and key(w) in affiliations:
            rest = [x for _, _, x in words[i + 1:]]
            while rest and key(rest[0]) in openers:
                rest = rest[1:]
            if rest and (key(rest[0]) in lex.set("organisation_words") or (rest[0].isupper() and len(rest[0]) > 1)):
                return words[:i]
        if not name_word(w, lex):
            return words
    return words
