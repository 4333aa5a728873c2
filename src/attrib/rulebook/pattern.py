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

from attrib.record import FrozenRecord

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
#: what one pattern may hold (a hostile or mistaken rule file cannot make loading slow or deep):
#: its length in characters, its alternatives (`|` in all its groups; a long list belongs in a set,
#: `<name>`, which compiles to a prefix tree) and how deep its groups nest
MAX_PATTERN_CHARS = 1_000
MAX_ALTERNATIVES = 50
MAX_GROUP_DEPTH = 8

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


class Node(FrozenRecord):
    """A node of a parsed pattern: its kind, text, slot argument, children and column."""

    __slots__ = ("arg", "children", "column", "kind", "value")

    def __init__(self, kind: str, value: str = "", arg: str = "", children: tuple[Node, ...] = (),
                 column: int = 0) -> None:
        self.kind = kind  # word | punct | quote | end | slot | set | opt | alt | seq
        self.value, self.arg, self.children, self.column = value, arg, children, column


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
    if len(pattern) > MAX_PATTERN_CHARS:
        raise PatternError(MAX_PATTERN_CHARS + 1, f"the pattern is {len(pattern):,} characters long; patterns "
                           f"are limited to {MAX_PATTERN_CHARS:,}")
    parser = _Parser(tokenize(pattern))
    tree = parser.sequence("")
    if parser.pos < len(parser.tokens):
        raise PatternError(parser.tokens[parser.pos][2], f"unexpected {parser.tokens[parser.pos][1]!r}")
    # a final "." means the end of the sentence
    if tree.kind == "seq" and tree.children and tree.children[-1].kind == "punct" \
            and tree.children[-1].value == ".":
        tree = Node("seq", children=(*tree.children[:-1], Node("end", column=tree.children[-1].column)))
    return tree


#: tokens that stand for themselves in the tree: (their node kind, whether the node keeps their text)
_SIMPLE = {"quote": ("quote", False), "begin": ("begin", False), "punct": ("punct", True), "word": ("word", True)}


class _Parser:
    """A recursive-descent parser over the pattern's tokens."""

    def __init__(self, tokens: list[tuple[str, str, int]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0  # of the group being read
        self.alternatives = 0

    def sequence(self, closers: str) -> Node:
        """Atoms up to one of `closers` (not consumed), in alternatives split by `|`."""
        branches: list[list[Node]] = [[]]
        while self.pos < len(self.tokens):
            kind, text, column = self.tokens[self.pos]
            if kind == "close":
                if text not in closers:
                    raise PatternError(column, f"unexpected {text!r}")
                break
            self.pos += 1
            if kind == "bar":
                if "]" in closers or not closers:
                    raise PatternError(column, "'|' is only allowed inside ( ... )")
                self.alternatives += 1
                if self.alternatives > MAX_ALTERNATIVES:
                    raise PatternError(column, f"more than {MAX_ALTERNATIVES} alternatives in one pattern; put "
                                       "a long list of words in a set of a lexicon and write <its_name>")
                branches.append([])
                continue
            branches[-1].append(self.atom(kind, text, column))
        seqs = [Node("seq", children=tuple(b)) for b in branches]
        if any(not s.children for s in seqs):
            column = self.tokens[self.pos - 1][2] if self.pos else 1
            raise PatternError(column, "empty alternative or group")
        return seqs[0] if len(seqs) == 1 else Node("alt", children=tuple(seqs))

    def atom(self, kind: str, text: str, column: int) -> Node:
        if kind == "open":
            return self.group(text, column)
        if kind == "slot":
            name, _, arg = text[1:-1].strip().partition(":")
            name, arg = name.strip(), arg.strip()
            if name not in SLOTS:
                raise PatternError(column, f"unknown slot {{{name}}}; slots are: {', '.join(SLOTS)}")
            return Node("slot", value=name, arg=arg, column=column)
        if kind == "setref":
            return Node("set", value=text[1:-1].strip(), column=column)
        node_kind, keeps_text = _SIMPLE[kind]
        return Node(node_kind, value=text if keeps_text else "", column=column)

    def group(self, opener: str, column: int) -> Node:
        """`[ ... ]` (optional) or `( ... )` (alternatives), up to its closer."""
        closer = "]" if opener == "[" else ")"
        self.depth += 1
        if self.depth > MAX_GROUP_DEPTH:
            raise PatternError(column, f"groups nested more than {MAX_GROUP_DEPTH} deep")
        inner = self.sequence(closer)
        self.depth -= 1
        if self.pos >= len(self.tokens) or self.tokens[self.pos][1] != closer:
            raise PatternError(column, f"{opener!r} is never closed")
        self.pos += 1
        return Node("opt", children=(inner,), column=column) if opener == "[" else inner


def walk(node: Node) -> Iterable[Node]:
    yield node
    for child in node.children:
        yield from walk(child)


def slots_of(node: Node) -> list[Node]:
    return [n for n in walk(node) if n.kind == "slot"]
