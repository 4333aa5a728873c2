"""The subject of a sentence as its speaker: "Mr. Putin also veered ..., saying" -> Mr. Putin."""

from __future__ import annotations

from attrib.grammar.english.clauses import after_opening_adverbial
from attrib.grammar.english.phrases import phrase_before_cue
from attrib.grammar.english.words import WORD_SPAN, Word, ends_with, key, name_links, name_word
from attrib.grammar.refusal import Refusal
from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import Lexicons, union

#: a subject has at most this many words before its verb
_MAX_SUBJECT_WORDS = 8
#: a name before its verb has at most this many words
_MAX_NAME_WORDS = 5


def sentence_subject(sentence: Sentence, lex: Lexicons) -> Span | Refusal:
    """The noun phrase that opens the sentence, up to its verb: "Mr. Putin also veered ..., saying"
    -> Mr. Putin. Words stop it that are auxiliaries, adverbs of the verb group, cue verbs, "-ed"
    words or punctuation; refused when that leaves no plausible speaker."""
    words: list[Word] = []
    stops = union(lex.set("aux"), lex.set("cue_adverbs"))
    for m in WORD_SPAN.finditer(sentence.text, after_opening_adverbial(sentence.text, lex)):
        word = m.group()
        word_key = key(word)
        if word_key in stops or word_key in lex.cue_kinds or not word_key or (
                ends_with(word_key, lex, "past_participle_endings") and len(words) > 0):
            break
        words.append((m.start(), m.end(), word))
        if word[-1] in ",;:" or len(words) > _MAX_SUBJECT_WORDS or word_key in lex.set("personal_pronouns"):
            break  # a pronoun is a whole subject: "She chose ..." -> She
    if not words:
        return Refusal("no-subject", "the sentence has no subject before its verb")
    kept: list[Word] | Refusal | None = _name_before_verb(words, lex)
    if not kept and words[-1][2][-1] not in ";:" and len(words) <= _MAX_SUBJECT_WORDS:
        kept = phrase_before_cue(words, lex)
    if isinstance(kept, Refusal):
        return Refusal("no-subject", f"the sentence has no plausible subject: {kept.reason}")
    if not kept:
        return Refusal("no-subject", "the sentence has no plausible subject")
    start, end = kept[0][0], kept[-1][1]
    while end > start and sentence.text[end - 1] in ",;:":
        end -= 1
    return Span(sentence.start + start, sentence.start + end)


def _name_before_verb(words: list[Word], lex: Lexicons) -> list[Word] | None:
    """A capitalised name that opens the clause and a lower-case word after it, which is then its
    verb: "Cruz took the stage ..." -> Cruz. Not "Trump campaign manager Corey Lewandowski"."""
    run: list[Word] = []
    for word in words:
        text = word[2]
        if name_word(text, lex) or (run and key(text) in lex.set("person_titles")):
            run.append(word)
            if text.endswith(","):
                return None  # "Smith, a nurse, ...": an apposition, not a verb, follows
            continue
        word_key = key(text)
        if not run or word_key in lex.set("role_nouns") or word_key in lex.set("organisation_words") \
                or word_key in name_links(lex) or _describes_a_name(words, word, lex):
            return None
        break
    else:
        return None
    first = key(run[0][2])
    if first in lex.set("determiners") or first in lex.set("personal_pronouns") or len(run) > _MAX_NAME_WORDS:
        return None
    return run


def _describes_a_name(words: list[Word], word: Word, lex: Lexicons) -> bool:
    """A hyphenated lower-case word before a name describes it ("Democratic front-runner Jane Roe was"),
    it is no verb."""
    at = words.index(word)
    return "-" in word[2] and at + 1 < len(words) and name_word(words[at + 1][2], lex)
