"""A set of phrases as one regex: a prefix tree, so that thousands of phrases compile and match fast
(the cue sets hold a thousand verb forms each). The text of a big set's regex is kept in the cache
folder, since building its tree is much of a cold start."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from attrib.rulebook import cache


def _trie(phrases: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _char(char: str, either_case: bool) -> str:
    if char == " ":
        return r"\s+"
    if either_case and char.upper() != char and len(char.upper()) == 1:
        return f"[{re.escape(char)}{re.escape(char.upper())}]"
    return re.escape(char)


def _trie_regex(node: dict[str, dict], either_case_first: bool = False) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [_char(char, either_case_first) + _trie_regex(node[char]) for char in sorted(k for k in node if k)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # longer phrases first: a regex alternation takes the first branch that fits
        return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else (
            f"{body}?" if len(body) == 1 else f"(?:{body})?")
    return body


def phrase_regex(phrases: Iterable[str], ignore_case: bool = True, either_case_first: bool = False) -> str:
    """One regex for a set of phrases, as a prefix tree (compiles and matches fast even for thousands
    of phrases); longer phrases win over their prefixes; a space matches any whitespace. With
    `either_case_first`, a phrase's first letter may also be written in capitals ("Said")."""
    return _phrase_regex(phrases if isinstance(phrases, frozenset) else frozenset(phrases), ignore_case,
                         either_case_first)


#: sets of at least this many phrases have their regex text kept in the cache folder
_CACHE_FROM = 100


@lru_cache(maxsize=512)  # every rule with a {cue} needs the same big alternation: build it once
def _phrase_regex(phrases: frozenset[str], ignore_case: bool, either_case_first: bool) -> str:
    if len(phrases) < _CACHE_FROM:
        return _build_phrase_regex(phrases, ignore_case, either_case_first)
    # building the prefix tree of the big cue sets is much of a cold start: keep its text on disk
    key = ("\n".join(sorted(phrases)) + f"\n{ignore_case}\n{either_case_first}").encode()
    stored = cache.read("phrases", key)
    if isinstance(stored, str):
        return stored
    built = _build_phrase_regex(phrases, ignore_case, either_case_first)
    cache.write("phrases", key, built)
    return built


def _build_phrase_regex(phrases: frozenset[str], ignore_case: bool, either_case_first: bool) -> str:
    cleaned = {" ".join(p.split()) for p in phrases if p.strip()}
    if ignore_case:
        cleaned = {p.lower() for p in cleaned}
    body = _trie_regex(_trie(cleaned), either_case_first) or "(?!)"
    return ("(?i:" if ignore_case else "(?:") + body + ")"
