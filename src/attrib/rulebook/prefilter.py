"""What every match of a compiled pattern must hold, read off its tree: the keyword sets a sentence
must hit before the pattern is worth trying, the words of its cue, the marks before the cue and a word
after it, and the punctuation it holds (RuleSet.candidates and engine.reach use them)."""

from __future__ import annotations

import re
from functools import lru_cache

from attrib.record import FrozenRecord
from attrib.rulebook.pattern import DEFAULT_CUE_SET, Node

#: the characters besides \w that a SENTENCE_WORD holds (engine.reach tests single characters with it)
WORD_JOINERS = "’'-"
#: a word of a sentence as the keyword prefilter sees it (engine.reach splits sentences with it): a
#: pattern word or phrase is reduced to these too, so "U.S." needs the words "u" and "s", never "u.s."
SENTENCE_WORD = re.compile(rf"[\w{WORD_JOINERS}]+")


def word_tokens(text: str) -> list[str]:
    """The lower-cased words of a text as the keyword prefilter sees them."""
    return SENTENCE_WORD.findall(text.lower())


def _word_keyword(word: str) -> frozenset[str] | None:
    """A pattern word's keyword: its longest token ("told" -> told, "U.S." -> u); None when it has no
    token at all (a word of punctuation only cannot be looked for)."""
    tokens = word_tokens(word)
    return frozenset({max(tokens, key=len)}) if tokens else None


def literal_keywords(tree: Node, sets: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """Keyword sets a sentence must hit (one word of each) before the pattern is worth trying.

    Only required (non-optional) words, sets and cues count; each contributes the first words of
    its phrases, lower-cased. A sentence whose words miss any one set cannot match.
    """
    required: list[frozenset[str]] = []

    def visit(node: Node) -> frozenset[str] | None:
        if node.kind == "word":
            return _word_keyword(node.value)
        if node.kind == "set":
            return _first_words(sets.get(node.value, frozenset()))
        if node.kind == "slot" and node.value == "cue":
            words: frozenset[str] = frozenset()
            for set_name in (node.arg or DEFAULT_CUE_SET).split("|"):
                words |= _last_words(sets.get(set_name.strip(), frozenset()))
            return words
        if node.kind == "alt":
            options = [first_of_seq(c) for c in node.children]
            if any(o is None for o in options):
                return None
            return frozenset().union(*[o for o in options if o is not None])
        return None

    def first_of_seq(node: Node) -> frozenset[str] | None:
        if node.kind != "seq":
            return visit(node)
        for child in node.children:
            found = visit(child)
            if found is not None:
                return found
        return None

    top = tree.children if tree.kind == "seq" else (tree,)
    for child in top:
        found = visit(child)
        if found:
            required.append(found)
    return required


@lru_cache(maxsize=256)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first token of each phrase; empty (no requirement) when a phrase has none."""
    return _edge_tokens(phrases, 0)


@lru_cache(maxsize=256)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return _edge_tokens(phrases, -1)


def _edge_tokens(phrases: frozenset[str], at: int) -> frozenset[str]:
    found = set()
    for phrase in phrases:
        if phrase.strip():
            tokens = word_tokens(phrase)
            if not tokens:  # a phrase of punctuation only: the sentence's words cannot show it
                return frozenset()
            found.add(tokens[at])
    return frozenset(found)


#: a cue's first word that is found again, whole, among a sentence's lower-cased words (see _lowers_back)
_PLAIN_CUE_WORD = re.compile(r"[\w’'-]+")


def _lowers_back(word: str) -> bool:
    """Whether a cue's first word, lower-cased, is what str.lower() makes of it as a sentence writes it:
    as listed, or with its first letter as a capital when that is one letter ("Dijo", "Äußerte"; not
    a dotless ı or a long ſ, whose capitals lower to other letters). A sigma lowers by what follows it."""
    first = word[:1]
    capital = first.upper()
    return (len(capital) != 1 or capital.lower() == first) and "σ" not in word and "ς" not in word


#: a word of a pattern found again among a sentence's lower-cased words: (?i) matches more than
#: lower() gives back only for i and s (dotless ı, long ſ), so words with them are left out
_PLAIN_PATTERN_WORD = re.compile(r"[a-hj-rt-z0-9]+")


#: the characters a pattern's `,` matches one of (a quoted claim may end with ? or ! instead)
COMMA_MARKS = ",?!"
#: a pattern word that is punctuation alone, matched as written ("--")
_PUNCTUATION_WORD = re.compile(r"[^\w\s]+")


class CueNeeds(FrozenRecord):
    """What every match of a pattern holds around its required {cue} (one outside [...] and ( | ))."""

    __slots__ = ("commas", "cue", "marks", "word_after")

    def __init__(self, cue: Node | None = None, commas: int = 0, word_after: str | None = None,
                 marks: str = COMMA_MARKS) -> None:
        self.cue = cue
        #: how many punctuation marks of the pattern come before the cue, in every match (a `,` or
        #: those of each branch of a ( | ) group, its fewest) ...
        self.commas = commas
        self.marks = marks  # ... each of them one of these characters
        self.word_after = word_after  # a plain word the pattern requires after the cue, lower-cased


def _mark_chars(node: Node) -> str:
    """The characters a punctuation node of a pattern matches one of."""
    return COMMA_MARKS if node.value == "," else node.value


def _marks_in(node: Node) -> tuple[int, str]:
    """How many punctuation marks every match of a part holds (alternatives: their fewest), and the
    characters they may be. A word of punctuation alone ("--") counts as one of its characters."""
    if node.kind == "punct":
        return 1, _mark_chars(node)
    if node.kind == "word" and _PUNCTUATION_WORD.fullmatch(node.value) and node.value.lower() == node.value.upper():
        return 1, node.value
    if node.kind == "seq":
        found = [_marks_in(child) for child in node.children]
        return sum(n for n, _ in found), "".join(chars for _, chars in found)
    if node.kind == "alt":
        found = [_marks_in(child) for child in node.children]
        return min(n for n, _ in found), "".join(chars for _, chars in found)
    return 0, ""  # an optional part, or no punctuation


def cue_needs(tree: Node) -> CueNeeds:
    """The required {cue} of a pattern, the punctuation marks before it and a plain word after it."""
    top = list(tree.children if tree.kind == "seq" else (tree,))
    cue: Node | None = None
    commas, marks = 0, COMMA_MARKS
    while top:
        node = top.pop(0)
        if node.kind == "seq":  # a plain ( ... ) group is as required as its parent
            top[:0] = node.children
        elif cue is None and node.kind in ("punct", "alt"):
            count, chars = _marks_in(node)
            if count:
                commas += count
                marks += "".join(c for c in dict.fromkeys(chars) if c not in marks)
        elif cue is None and node.kind == "slot" and node.value == "cue":
            cue = node
        elif cue is not None and node.kind == "word" and _PLAIN_PATTERN_WORD.fullmatch(node.value.lower()):
            return CueNeeds(cue, commas, node.value.lower(), marks)
    return CueNeeds(cue, commas, marks=marks) if cue is not None else CueNeeds()


def required_marks(tree: Node) -> tuple[str, ...]:
    """For each quote mark or punctuation that every match holds, the characters it can match
    (one of them must be in the sentence): `,` also matches ? and ! (before a closing quote)."""
    top = list(tree.children if tree.kind == "seq" else (tree,))
    marks: list[str] = []
    while top:
        node = top.pop(0)
        if node.kind == "seq":
            top[:0] = node.children
        elif node.kind == "quote":
            marks.append("\"“”«»'")  # '' is a double quote too
        elif node.kind == "punct":
            marks.append(",?!" if node.value == "," else node.value)
    return tuple(dict.fromkeys(marks))


def required_slots(tree: Node) -> frozenset[str]:
    """The slots every match of a pattern fills (those outside [...] and ( | ))."""
    top = list(tree.children if tree.kind == "seq" else (tree,))
    slots: set[str] = set()
    while top:
        node = top.pop(0)
        if node.kind == "seq":
            top[:0] = node.children
        elif node.kind == "slot":
            slots.add(node.value)
    return frozenset(slots)


def required_cue_words(tree: Node, sets: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The first words of the cue forms of the required {cue}, or None. A match contains one of
    them, as a whole word, at or after where it starts (first words, not last: "lash out", "hit
    back" end on common words)."""
    node = cue_needs(tree).cue
    if node is None:
        return None
    words: frozenset[str] = frozenset()
    for set_name in (node.arg or DEFAULT_CUE_SET).split("|"):
        words |= _first_words(sets.get(set_name.strip(), frozenset()))
    return words if _all_plain(words) else None


@lru_cache(maxsize=64)
def _all_plain(words: frozenset[str]) -> bool:
    return all(_PLAIN_CUE_WORD.fullmatch(w) and _lowers_back(w) for w in words)
