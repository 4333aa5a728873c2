"""Where clauses start in the shared grammars, the subject that opens a sentence, and the labels
before a colon that are page furniture rather than a speaker."""

from __future__ import annotations

import re

from attrib.grammar.common.phrases import Style, name_after_title, opening_marks, read_phrase, without_leading
from attrib.grammar.common.words import Word, capitalised, key, tokens
from attrib.grammar.refusal import Refusal
from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import Lexicons, union

#: how far back (in characters) opening punctuation may stand before the next word
_OPENING_REACH = 4
_FIGURE_START = re.compile(r"\s*[-+$€£¥]?\d")
#: an all-capital label this early in an article is its dateline
_DATELINE_SENTENCES = 3


def clause_starts(text: str, lex: Lexicons, until: int | None = None) -> list[int]:
    """Offsets where a clause can start: the sentence start, after opening punctuation or a quote
    mark, after a clause boundary word, a subordinator or a sentence adverb. With `until`, the
    offsets up to there only."""
    boundaries = union(lex.set("clause_boundaries"), lex.set("leading_adverbs"), lex.set("subordinators"))
    marks = opening_marks(lex)
    openers = "".join(marks) + "(["
    starts: list[int] = []
    previous_end = -1
    previous = ""
    for start, end, word in tokens(text, lex):
        if until is not None and start > until:
            break
        lead = start + len(word) - len(word.lstrip(openers))
        after_mark = previous_end < 0 or not marks.isdisjoint(text[max(0, previous_end - 1):
                                                                   min(start, previous_end + _OPENING_REACH)])
        if (after_mark or lead != start or key(previous) in boundaries) and (not starts or starts[-1] != lead):
            starts.append(lead)
        previous_end, previous = end, word
    return starts


def opens_with_subordinator(text: str, start: int, lex: Lexicons) -> bool:
    """True when the phrase at `start` sits in a sentence-initial subordinate clause ("Alors que X ...")."""
    words = tokens(text, lex)
    if not words or key(words[0][2]) not in lex.set("subordinators"):
        return False
    return text.find(",", 0, start) < 0


def lower_headline_cues(sentence: Sentence, lex: Lexicons) -> Sentence:
    """Headlines in these languages capitalise only their first word (and German its nouns): nothing to lower."""
    return sentence


def sentence_subject(sentence: Sentence, lex: Lexicons, style: Style) -> Span | Refusal:
    """The noun phrase that opens the sentence, after its leading adverbs and conjunctions (a title
    before a name dropped, where the language writes names apart: "Le premier ministre Jean-Marc
    Ayrault" -> Jean-Marc Ayrault)."""
    words: list[Word] = without_leading(_after_opening_adjunct(tokens(sentence.text, lex), lex),
                                         union(lex.set("leading_adverbs"), lex.set("conjunctions")))
    end = read_phrase(words, lex) if words else 0
    if end == 0 or key(words[0][2]) in lex.set("prepositions"):
        return Refusal("no-subject", "the sentence has no subject before its verb")
    kept = words[:end]
    if not (capitalised(kept[0][2]) or key(kept[0][2]) in lex.set("determiners")):
        return Refusal("no-subject", "the sentence opens with no speaker's phrase")
    if not style.nouns_capitalised:
        kept = name_after_title(kept, lex)
    start, stop = kept[0][0], kept[-1][1]
    while stop > start and sentence.text[stop - 1] in ",;:":
        stop -= 1
    return Span(sentence.start + start, sentence.start + stop)


#: the longest opening adjunct a sentence's subject may follow, in words
_OPENING_ADJUNCT_WORDS = 12


def _after_opening_adjunct(words: list[Word], lex: Lexicons) -> list[Word]:
    """The words after an opening adjunct set off by a comma ("Lors de son discours mardi, le premier
    ministre …" -> le premier ministre …); the words as they are when none opens the sentence."""
    if not words or key(words[0][2]) not in lex.set("prepositions"):
        return words
    for i, (_, _, word) in enumerate(words[:_OPENING_ADJUNCT_WORDS]):
        if word.endswith(","):
            return words[i + 1:]
    return words


def heading_label(label: str, after: str, sentence_n: int, lex: Lexicons) -> str | None:
    """Why a label before a colon is page furniture and no speaker, or None."""
    words = [key(w) for w in label.split()]
    if any(w in lex.set("heading_words") for w in words):
        return "a section heading"
    if label.isupper() and len(words) == 1 and 1 < sentence_n <= _DATELINE_SENTENCES:
        return "a dateline"
    if _FIGURE_START.match(after):
        return "the label of a row of figures"
    row = after.split()[:4]
    if not row or any(w.endswith(":") for w in row):
        return "the header of a table"
    return None


def longer_name_after(rest: str, lex: Lexicons) -> str | None:
    """The capitalised word that goes on a name right after it, or None."""
    words = rest.split()
    if not words or not rest[:1].isspace():
        return None
    first = words[0].strip(".,;:’'\"“”()«»„")
    if not first[:1].isupper() or key(first) in lex.set("time_openers") or key(first) in lex.split.before_number:
        return None
    return first
