"""The rule pattern language: parse a journalist-readable pattern and compile it to one regex.

    {claim}, {source} {cue} [in {channel}].
    Citing {source}, {outlet} {cue:report} [that] {claim}

- words match themselves (any case); `"` matches any double quote mark;
  `^` is the sentence start; `,` also swallows closing quotes after it (`…,” he said`, `…,’” she said`) and
  matches `?` or `!` before a closing quote (`…?” she asked`); a final `.` is the sentence end;
- `{slot}` or `{slot:set}` captures a slot (SLOTS below); `<set>` matches any phrase of a named set
  without capturing it; `[...]` is optional; `(a | b c)` are alternatives.

The language has no repetition operator, and only the `claim` slot is open-ended, at most once per
pattern, so a compiled pattern cannot backtrack catastrophically: every other slot is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from attrib.rulebook.regex_cache import cache_path, caching, read_cached, write_cached

#: slot name -> what it captures (documented in docs/rules.md)
SLOTS: dict[str, str] = {
    "claim": "what is claimed: any text (at most one per pattern)",
    "source": "who says it: a noun phrase of up to 12 words",
    "cue": "the reporting verb group with its auxiliaries, from a cue set (default: reporting)",
    "outlet": "a news outlet from the outlets lexicon",
    "channel": "the medium: a statement, a post on X, a news conference ...",
    "via": "the party the source relied on ('..., citing Z'): a noun phrase",
    "listener": "who was told: a noun phrase ('told reporters')",
    "detail": "words that belong to no field: an apposition (', a nurse at the hospital'), up to 20 words",
}
DEFAULT_CUE_SET = "reporting"

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<slot>\{[^{}]*\})
    | (?P<setref><[^<>]*>)
    | (?P<open>[\[(])
    | (?P<close>[\])])
    | (?P<bar>\|)
    | (?P<quote>["“”])
    | (?P<begin>\^)
    | (?P<punct>[,:;—–]|\.(?=\s|$|[\])|]))
    | (?P<word>[^\s{}<>\[\]()|"“”,:;—–]+)
    | (?P<bad>\S)
    )""",
    re.VERBOSE,
)


class PatternError(ValueError):
    """A pattern that cannot compile; `column` is the 1-based position inside the pattern."""

    def __init__(self, column: int, message: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True, slots=True)
class Node:
    kind: str  # word | punct | quote | end | slot | set | opt | alt | seq
    value: str = ""
    arg: str = ""
    children: tuple[Node, ...] = ()
    column: int = 0


@dataclass(slots=True)
class Vocabulary:
    """What a pattern may refer to: named phrase sets and the regex shape of each slot."""

    sets: dict[str, frozenset[str]]
    slot_shapes: dict[str, str] = field(default_factory=dict)
    #: regex text of each cue slot variant, built once per vocabulary rather than once per rule
    cue_bodies: dict[str, str] = field(default_factory=dict)


def tokenize(pattern: str) -> list[tuple[str, str, int]]:
    tokens = []
    for m in _TOKEN.finditer(pattern):
        kind = m.lastgroup or "bad"
        column = m.start(kind) + 1
        if kind == "bad":
            raise PatternError(column, f"unexpected character {m.group(kind)!r}")
        tokens.append((kind, m.group(kind), column))
    return tokens


def parse(pattern: str) -> Node:
    """Parse a pattern into a tree; raises PatternError with the column of the problem."""
    tokens = tokenize(pattern)
    pos = 0

    def parse_seq(closers: str) -> Node:
        nonlocal pos
        branches: list[list[Node]] = [[]]
        while pos < len(tokens):
            kind, text, column = tokens[pos]
            if kind == "close":
                if text not in closers:
                    raise PatternError(column, f"unexpected {text!r}")
                break
            pos += 1
            if kind == "bar":
                if "]" in closers or not closers:
                    raise PatternError(column, "'|' is only allowed inside ( ... )")
                branches.append([])
                continue
            branches[-1].append(parse_atom(kind, text, column))
        seqs = [Node("seq", children=tuple(b)) for b in branches]
        if any(not s.children for s in seqs):
            column = tokens[pos - 1][2] if pos else 1
            raise PatternError(column, "empty alternative or group")
        return seqs[0] if len(seqs) == 1 else Node("alt", children=tuple(seqs))

    def parse_atom(kind: str, text: str, column: int) -> Node:
        nonlocal pos
        if kind == "open":
            closer = "]" if text == "[" else ")"
            inner = parse_seq(closer)
            if pos >= len(tokens) or tokens[pos][1] != closer:
                raise PatternError(column, f"{text!r} is never closed")
            pos += 1
            return Node("opt", children=(inner,), column=column) if text == "[" else inner
        if kind == "slot":
            name, _, arg = text[1:-1].strip().partition(":")
            name, arg = name.strip(), arg.strip()
            if name not in SLOTS:
                raise PatternError(column, f"unknown slot {{{name}}}; slots are: {', '.join(SLOTS)}")
            return Node("slot", value=name, arg=arg, column=column)
        if kind == "setref":
            return Node("set", value=text[1:-1].strip(), column=column)
        if kind == "quote":
            return Node("quote", column=column)
        if kind == "begin":
            return Node("begin", column=column)
        if kind == "punct":
            return Node("punct", value=text, column=column)
        return Node("word", value=text, column=column)

    tree = parse_seq("")
    if pos < len(tokens):
        raise PatternError(tokens[pos][2], f"unexpected {tokens[pos][1]!r}")
    # a final "." means the end of the sentence
    if tree.kind == "seq" and tree.children and tree.children[-1].kind == "punct" \
            and tree.children[-1].value == ".":
        tree = Node("seq", children=(*tree.children[:-1], Node("end", column=tree.children[-1].column)))
    return tree


def walk(node: Node) -> Iterable[Node]:
    yield node
    for child in node.children:
        yield from walk(child)


def slots_of(node: Node) -> list[Node]:
    return [n for n in walk(node) if n.kind == "slot"]


def _trie(phrases: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _trie_regex(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _trie_regex(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # longer phrases first: a regex alternation takes the first branch that fits
        return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else (
            f"{body}?" if len(body) == 1 else f"(?:{body})?")
    return body


def phrase_regex(phrases: Iterable[str], ignore_case: bool = True) -> str:
    """One regex for a set of phrases, as a prefix tree (compiles and matches fast even for thousands
    of phrases); longer phrases win over their prefixes; a space matches any whitespace."""
    return _phrase_regex(phrases if isinstance(phrases, frozenset) else frozenset(phrases), ignore_case)


@lru_cache(maxsize=256)  # every rule with a {cue} needs the same big alternation: build it once
def _phrase_regex(phrases: frozenset[str], ignore_case: bool) -> str:
    if len(phrases) < _CACHE_FROM or not caching():
        return _build_phrase_regex(phrases, ignore_case)
    # building the prefix tree of the big cue and outlet sets is most of a cold start: keep it on disk
    key = ("\n".join(sorted(phrases)) + f"\n{ignore_case}").encode()
    path = cache_path("phrases", key)
    stored = read_cached(path)
    if isinstance(stored, tuple) and stored[0] == key:
        return str(stored[1])
    built = _build_phrase_regex(phrases, ignore_case)
    write_cached(path, (key, built))
    return built


_CACHE_FROM = 100  # phrases; smaller sets build faster than a cache file reads


def _build_phrase_regex(phrases: frozenset[str], ignore_case: bool) -> str:
    cleaned = {" ".join(p.split()) for p in phrases if p.strip()}
    if ignore_case:
        cleaned = {p.lower() for p in cleaned}
    body = _trie_regex(_trie(cleaned)) or "(?!)"
    return ("(?i:" if ignore_case else "(?:") + body + ")"


_WORDY = frozenset({"word", "slot", "set"})


def _edge_kind(node: Node, last: bool) -> str:
    """The kind of the element a node starts with (or ends with, when `last`), for separators."""
    if node.kind == "seq":
        return _edge_kind(node.children[-1 if last else 0], last) if node.children else "punct"
    if node.kind == "alt":
        kinds = {_edge_kind(c, last) for c in node.children}
        return kinds.pop() if len(kinds) == 1 else "mixed"
    if node.kind == "opt":
        return "mixed"
    return node.kind


def _first_kind(node: Node) -> str:
    return _edge_kind(node, last=False)


def _last_kind(node: Node) -> str:
    return _edge_kind(node, last=True)


#: slots whose length is open (a noun phrase, any words): two of them side by side can split the
#: words between them in very many ways, and a failing match then tries every split
_BOUNDED_SLOTS = frozenset({"cue", "channel"})  # cue: a phrase set; channel: ends on a channel noun


def _refuse_adjacent_open_slots(node: Node, after_open: bool) -> bool:
    """Raise PatternError when two open-length slots can meet with no word or mark between them.

    Returns whether `node` can end with an open slot (so the next part must not start with one).
    """
    if node.kind == "seq":
        for child in node.children:
            after_open = _refuse_adjacent_open_slots(child, after_open)
        return after_open
    if node.kind == "alt":
        return any([_refuse_adjacent_open_slots(c, after_open) for c in node.children])
    if node.kind == "opt":  # may be absent: what came before can meet what comes after
        return _refuse_adjacent_open_slots(node.children[0], after_open) or after_open
    if node.kind == "slot" and node.value not in _BOUNDED_SLOTS and not node.arg:
        if after_open:
            raise PatternError(node.column, f"{{{node.value}}} follows another slot with no word or "
                               "punctuation between them; add one (two open slots side by side make "
                               "matching very slow)")
        return True
    return False


class Compiler:
    """Turns a parsed pattern into a regex string with named groups, using a Vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.used: dict[str, int] = {}
        #: a lookahead for what follows the slot being compiled ("" if none is known), see _lookahead
        self.follows = ""

    def compile(self, tree: Node) -> str:
        claims = [n for n in slots_of(tree) if n.value == "claim"]
        if len(claims) > 1:
            raise PatternError(claims[1].column, "a pattern may have only one {claim} slot")
        seen: set[str] = set()
        for slot in slots_of(tree):
            if slot.value in seen and slot.value != "detail":
                raise PatternError(slot.column, f"slot {{{slot.value}}} appears twice")
            seen.add(slot.value)
        _refuse_adjacent_open_slots(tree, False)
        body = self._node(tree, last=True)
        top = tree.children if tree.kind == "seq" else (tree,)
        if top and top[0].kind == "slot" and top[0].value == "claim":
            # a leading claim can always start at 0, so anchoring changes nothing but stops the
            # regex engine from retrying the whole sentence from every position
            body = r"\A" + body
        return body

    def _sep(self, previous: str, current: str) -> str:
        if previous in _WORDY and current in _WORDY:
            return r"\s+"
        return r"\s*"

    def _node(self, node: Node, last: bool = False) -> str:
        if node.kind == "seq":
            out, previous = [], "start"
            for i, child in enumerate(node.children):
                # a slot right before the final "." also runs to the end of the sentence
                child_last = last and (i == len(node.children) - 1 or (
                    i == len(node.children) - 2 and node.children[-1].kind == "end"))
                following = node.children[i + 1] if i + 1 < len(node.children) else None
                self.follows = self._lookahead(following) if child.kind == "slot" and following else ""
                if previous in ("start", "begin") or child.kind == "end":
                    out.append(self._node(child, last=child_last))
                elif child.kind == "opt":
                    # the separator goes inside the optional group, so an absent part leaves no gap
                    inner = child.children[0]
                    sep = self._sep(previous, _first_kind(inner))
                    out.append(f"(?:{sep}{self._node(inner, last=child_last)})?")
                else:
                    out.append(self._sep(previous, _first_kind(child)) + self._node(child, last=child_last))
                previous = "mixed" if child.kind == "opt" else _last_kind(child)
            return "".join(out)
        if node.kind in ("alt", "opt"):
            self.follows = ""  # what follows a part of these is not known here
        if node.kind == "alt":
            return "(?:" + "|".join(self._node(c, last=last) for c in node.children) + ")"
        if node.kind == "opt":
            return f"(?:{self._node(node.children[0], last=last)})?"
        if node.kind == "word":
            return r"(?<![\w’'-])(?i:" + re.escape(node.value) + r")(?![\w’'-])"
        if node.kind == "quote":
            return "(?:[\"“”«»]|'')"
        if node.kind == "begin":
            return r"\A"
        if node.kind == "punct":
            if node.value == ",":
                # "…,” he said" and "…?” she asked": a quoted claim ends with , or with ? ! and its quote
                # (nested quotes close together: …,’” ; archives put a space: …, '' he said; "!!!")
                # (“ closes too, as a typo: "Apparently not,“ he said.)
                return r"(?:,(?:\s?(?:[\"”’»'“]|'')){0,2}|[?!]+(?:[\"”’»'“]|''){1,2})"
            return re.escape(node.value)
        if node.kind == "end":
            return r"\s*(?:[.!?…]+|\.\.\.)?[\"”’'»)\]]*\s*$"
        if node.kind == "set":
            return self._set(node.value, node.column)
        if node.kind == "slot":
            return self._slot(node, last)
        raise PatternError(node.column, f"cannot compile {node.kind}")  # pragma: no cover

    def _lookahead(self, node: Node) -> str:
        """`(?=...)` for a slot's next part, as the sequence writes it after the slot: a word, a
        punctuation mark or a cue (regexes without groups); else "". A phrase slot checks it
        before its costly end checks; it only refuses phrase ends that nothing could follow."""
        if node.kind in ("word", "punct", "quote"):
            body = self._node(node)
        elif node.kind == "slot" and node.value == "cue":
            body = self._cue_body(node)
        else:
            return ""
        return f"(?={self._sep('slot', _first_kind(node))}{body})"

    def _set(self, name: str, column: int) -> str:
        phrases = self.vocabulary.sets.get(name)
        if phrases is None:
            raise PatternError(column, f"unknown set <{name}>")
        if not phrases:
            raise PatternError(column, f"set <{name}> is empty")
        return r"(?<![\w’'-])" + phrase_regex(phrases) + r"(?![\w’'-])"

    def _slot(self, node: Node, last: bool) -> str:
        name = node.value
        self.used[name] = self.used.get(name, 0) + 1
        if name == "claim":
            body = r"[\s\S]+" if last else r"[\s\S]+?"  # a sentence may hold hard line breaks
        elif name == "detail":
            # a sentence's inner stops are abbreviations ("Mr. Obama"), so only ! and ? end a detail
            body = r"[^!?]{1,200}" if last else r"[^!?]{1,200}?"
            count = self.used[name]
            if count > 1:  # several details: detail, detail2, ... (regex group names must differ)
                return f"(?P<detail{count}>{body})"
        elif name == "cue":
            body = self._cue_body(node)
        else:
            if node.arg:
                phrases = self.vocabulary.sets.get(node.arg)
                if phrases is None:
                    raise PatternError(node.column, f"unknown set {node.arg!r} for {{{name}}}")
                body = r"(?<![\w’'-])" + phrase_regex(phrases) + r"(?![\w’'-])"
            else:
                body = self.vocabulary.slot_shapes[name]
        return f"(?P<{name}>{body})"

    def _cue_body(self, node: Node) -> str:
        key = node.arg or DEFAULT_CUE_SET
        if key in self.vocabulary.cue_bodies:
            return self.vocabulary.cue_bodies[key]
        set_names = [s.strip() for s in (node.arg or DEFAULT_CUE_SET).split("|")]
        forms: set[str] = set()
        for set_name in set_names:
            phrases = self.vocabulary.sets.get(set_name)
            if phrases is None:
                raise PatternError(node.column, f"unknown cue set {set_name!r}")
            forms |= phrases
        lead = self.vocabulary.slot_shapes["cue_lead"]
        # an -ing form needs an auxiliary ("is saying"), unless the rule asks for the participles
        # set itself (", saying ...")
        bare_ing = self.vocabulary.sets.get("participles", frozenset()) if "participles" in set_names else set()
        ing = (forms - bare_ing) & self.vocabulary.sets.get("ing_forms", frozenset())
        finite = forms - ing
        # verbs match as written in lower case ("States" is not "states"); a cue may open the
        # sentence with a capital ("According to ...", "Said the mayor: ...")
        capitalised = {f[:1].upper() + f[1:] for f in finite}
        alternatives = [rf"(?:{lead}\s+){{0,4}}" + phrase_regex(finite, ignore_case=False),
                        r"(?:(?<![\s\S])|(?<=[“\"‘(\[]))" + phrase_regex(capitalised, ignore_case=False)]
        if ing:  # an -ing form needs an auxiliary: "is saying", not "began speaking"; tried first so
            # the longest verb group wins ("was quoted as saying", not the passive "was quoted")
            alternatives.insert(0, rf"(?:{lead}\s+){{1,4}}" + phrase_regex(ing, ignore_case=False))
            # ... or the auxiliary is a clitic on the word before: "He’s claiming", "they're saying"
            after_clitic = r"(?:(?<=['’]s\s)|(?<=['’]re\s)|(?<=['’]m\s))"
            alternatives.insert(1, after_clitic + phrase_regex(ing, ignore_case=False))
        body = r"(?<![\w’'-])(?:" + "|".join(alternatives) + r")(?![\w’'-])"
        self.vocabulary.cue_bodies[key] = body
        return body


def literal_keywords(tree: Node, sets: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """Keyword sets a sentence must hit (one word of each) before the pattern is worth trying.

    Only required (non-optional) words, sets and cues count; each contributes the first words of
    its phrases, lower-cased. A sentence whose words miss any one set cannot match.
    """
    required: list[frozenset[str]] = []

    def visit(node: Node) -> frozenset[str] | None:
        if node.kind == "word":
            return frozenset({node.value.lower()})
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
    return frozenset(p.split()[0].lower() for p in phrases if p.split())


@lru_cache(maxsize=256)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[-1].lower() for p in phrases if p.split())


#: a cue's first word that is found again, whole, among a sentence's lower-cased words: as written or
#: capitalised, an ASCII word like this is a whole run of word characters and lowers back to itself
_PLAIN_CUE_WORD = re.compile(r"[a-z0-9’'-]+")


#: a word of a pattern found again among a sentence's lower-cased words: (?i) matches more than
#: lower() gives back only for i and s (dotless ı, long ſ), so words with them are left out
_PLAIN_PATTERN_WORD = re.compile(r"[a-hj-rt-z0-9]+")


@dataclass(frozen=True, slots=True)
class CueNeeds:
    """What every match of a pattern holds around its required {cue} (one outside [...] and ( | ))."""

    cue: Node | None = None
    commas: int = 0  # `,` of the pattern before the cue
    word_after: str | None = None  # a plain word the pattern requires after the cue, lower-cased


def cue_needs(tree: Node) -> CueNeeds:
    """The required {cue} of a pattern, the commas before it and a plain word after it."""
    top = list(tree.children if tree.kind == "seq" else (tree,))
    cue: Node | None = None
    commas = 0
    while top:
        node = top.pop(0)
        if node.kind == "seq":  # a plain ( ... ) group is as required as its parent
            top[:0] = node.children
        elif cue is None and node.kind == "punct" and node.value == ",":
            commas += 1
        elif cue is None and node.kind == "slot" and node.value == "cue":
            cue = node
        elif cue is not None and node.kind == "word" and _PLAIN_PATTERN_WORD.fullmatch(node.value.lower()):
            return CueNeeds(cue, commas, node.value.lower())
    return CueNeeds(cue, commas) if cue is not None else CueNeeds()


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
    return all(_PLAIN_CUE_WORD.fullmatch(w) for w in words)
