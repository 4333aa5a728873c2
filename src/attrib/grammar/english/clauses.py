"""Where clauses start: the offsets a speaker's phrase may open at, the start of a sentence's
subject, subordinate clauses, and Title Case headlines."""

from __future__ import annotations

import re
from dataclasses import replace

from attrib.grammar.english.words import WORD, WORD_SPAN, ends_with, key
from attrib.model import Sentence
from attrib.rulebook.lexicon import Lexicons, union

#: a clause opens after a word ending in one of these (or in '', a double quote of some archives)
_OPENING_PUNCTUATION = frozenset(",;:(“”\"—–―‘’")
#: how far back (in characters, from the next word) that punctuation may stand
_OPENING_REACH = 12
#: the same marks before a phrase, and ’ and '' that close quotes in many styles
_CLAUSE_OPENERS = frozenset(",;:(“”\"—–―‘’'")
#: punctuation written onto a headline's words
_HEADLINE_PUNCTUATION = ".,:;!?”\"'’"
#: a headline has at least this many words, and this share of them capitalised
_HEADLINE_WORDS = 4
_HEADLINE_CAPITALISED = 0.7


def clause_starts(text: str, lex: Lexicons, until: int | None = None) -> list[int]:
    """Offsets where a clause can start: the sentence start, after opening punctuation, after a
    clause boundary word or a sentence adverb. A speaker that opens a pattern starts at one.
    With `until`, the offsets up to there only."""
    boundaries = union(lex.set("clause_boundaries"), lex.set("leading_adverbs"))
    starts: list[int] = []
    previous = ""
    previous_end = end = 0
    for token in text.split():  # the words WORD_SPAN finds; only spaces lie between them
        start = text.find(token, end)
        if until is not None and start > until:
            break
        end = start + len(token)
        # a word may open with a quote mark or bracket: the phrase starts after it
        lead = end - len(token.lstrip("“\"‘'(["))
        # only spaces lie between the previous word and this one, so opening punctuation must end it
        reach = max(0, start - _OPENING_REACH)
        opens = not previous or (previous_end - 1 >= reach and text[previous_end - 1] in _OPENING_PUNCTUATION) \
            or (previous_end - 2 >= reach and previous.endswith("''")) \
            or previous.lower().strip(",;:.“”\"'’") in boundaries
        # offsets ascend, so a repeat can only be the last one
        if (opens or lead != start) and (not starts or starts[-1] != lead):
            starts.append(lead)
        previous, previous_end = token, end
    return starts


def starts_clause(before: str, lex: Lexicons) -> bool:
    """True when a phrase starting after `before` starts a clause: at the start, after punctuation,
    or after a clause boundary word or a sentence adverb."""
    before = before.rstrip()
    if not before or before[-1] in _CLAUSE_OPENERS:
        return True
    last = WORD.findall(before.lower())[-1:] or [""]
    return last[0] in lex.set("clause_boundaries") or last[0] in lex.set("leading_adverbs")


def opens_with_subordinator(text: str, start: int, lex: Lexicons) -> bool:
    """True when the phrase at `start` sits in a sentence-initial subordinate clause ("When X said ...")."""
    first = WORD.match(text.lstrip("“\"‘'("))
    if first is None or first.group().lower() not in lex.set("subordinators"):
        return False
    return text.find(",", 0, start) < 0


def lower_headline_cues(sentence: Sentence, lex: Lexicons) -> Sentence:
    """In a Title Case headline ("Obama Says Museum Will Open"), cue verbs are capitalised too: lower
    their first letter (same length, so every offset stays true) so that the rules see them."""
    tokens = sentence.text.split()  # the words WORD_SPAN finds (\s is str.isspace), but cheaper
    if len(tokens) < _HEADLINE_WORDS or sum(t[0].isupper() for t in tokens) < _HEADLINE_CAPITALISED * len(tokens):
        return sentence
    words = list(WORD_SPAN.finditer(sentence.text))
    chars = list(sentence.text)
    changed = False
    for w in words[1:]:
        token = w.group().rstrip(_HEADLINE_PUNCTUATION)
        if token[:1].isupper() and token.lower() in lex.cue_kinds and token[1:].islower():
            chars[w.start()] = token[0].lower()
            changed = True
    return replace(sentence, text="".join(chars)) if changed else sentence


#: an opening phrase before the subject has at most this many words ("In a widely read column in the
#: day before the debate, two speechwriters ...")
_OPENING_PHRASE_WORDS = 14


def after_opening_adverbial(text: str, lex: Lexicons) -> int:
    """Where the subject can start: after "And then", and after opening phrases up to their commas
    ("In May, a federal judge sided with ..." -> "a federal judge"; "Here in Columbia, Sanders ...";
    "On Thursday, after remaining neutral, Warren ...")."""
    skippable = union(lex.set("leading_adverbs"), lex.set("conjunctions"))
    openers = union(lex.set("prepositions"), lex.set("phrase_prepositions"), lex.set("time_openers"),
                    lex.set("subordinators"))
    words = list(WORD_SPAN.finditer(text))
    position, i = 0, 0
    while i < len(words):
        word = key(words[i].group())
        if word in openers or _opening_phrase(words[i:], lex):
            comma = next((j for j in range(i, min(i + _OPENING_PHRASE_WORDS, len(words)))
                          if words[j].group().endswith(",")), None)
            if comma is None:
                return position
            position, i = words[comma].end(), comma + 1
            continue
        if word not in skippable:
            break
        position, i = words[i].end(), i + 1  # "And then", "Meanwhile,", "However,"
    return position


#: a time phrase that opens a sentence ("Hours later,") has at most this many words
_TIME_PHRASE_WORDS = 4


def _opening_phrase(words: list[re.Match[str]], lex: Lexicons) -> bool:
    """A sentence opening with a participle ("Chastened by it,", "During the speech,"; not "United Nations
    officials,") or with a short time phrase ending in a time word ("Hours later,", "A week ago,")."""
    if len(words) < 2:
        return False
    first = key(words[0].group())
    if words[1].group()[:1].islower() and _participle(first, lex):
        return True
    comma = next((j for j in range(min(_TIME_PHRASE_WORDS, len(words))) if words[j].group().endswith(",")), None)
    return comma is not None and comma > 0 and key(words[comma].group()) in lex.set("time_openers")


def _participle(word: str, lex: Lexicons) -> bool:
    """A participle opening a sentence opens a phrase before the subject ("Chastened by the analyses,")."""
    return word not in lex.cue_kinds and (ends_with(word, lex, "past_participle_endings")
                                          or ends_with(word, lex, "present_participle_endings"))
