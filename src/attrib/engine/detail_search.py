"""`regex.search` for a pattern that opens with a {detail} ("{detail} {source:gap_speakers} {cue} ..."),
found without trying the detail from every offset.

Such a regex is `(?P<detail>[^!?]{1,N}?)` and then the rest R. Searched as it stands, the regex engine
tries R after every length of the detail from every offset: N tries at each of a sentence's offsets,
nearly all of them in vain. The same match is found by searching R alone: a match of the whole starts
where the earliest offset R matches at can still be reached by a detail (at most N characters back,
none of them ! or ?, and at least one), and is then the whole regex matched from that start. The
offsets R matches at are found left to right by R's own search, which is cheap.
"""

from __future__ import annotations

import re

from attrib.rulebook.rule import compiled_regex

#: the compiled lazy detail a pattern opens with (rulebook.compiler): its longest length is group 1
_LEADING_DETAIL = re.compile(r"\(\?P<detail>\[\^!\?\]\{1,(\d+)\}\?\)")
_STOPS = "!?"  # the characters a detail cannot hold

#: regex text -> (R compiled, the detail's longest length), or None for a regex that opens otherwise
_plans: dict[str, tuple[re.Pattern[str], int] | None] = {}


def _plan(pattern: str) -> tuple[re.Pattern[str], int] | None:
    found = _plans.get(pattern, _plans)
    if found is not _plans:
        return found  # type: ignore[return-value]
    lead = _LEADING_DETAIL.match(pattern)
    plan = (compiled_regex(pattern[lead.end():]), int(lead.group(1))) if lead and lead.end() < len(pattern) \
        else None
    _plans[pattern] = plan
    return plan


def prepare(regex: re.Pattern[str]) -> None:
    """Compile what `search` needs for this regex now (before a timer is armed around the search)."""
    _plan(regex.pattern)


def search(regex: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """regex.search(text, pos), the same match, faster for a regex that opens with a {detail}."""
    plan = _plan(regex.pattern)
    if plan is None:
        return regex.search(text, pos)
    rest, longest = plan
    at = pos + 1  # a detail holds one character at least
    while (found := rest.search(text, at)) is not None:
        at = found.start()
        start = max(pos, at - longest, *(text.rfind(stop, 0, at) + 1 for stop in _STOPS))
        if start < at:
            # the earliest start any detail reaches R from, and R's earliest offset from there
            return regex.match(text, start) or regex.search(text, pos)
        at += 1
    return None
