"""Where a captured phrase stands in its match, which decides how the grammar reads it."""

from __future__ import annotations

from attrib.record import FrozenRecord


class Place(FrozenRecord):
    """Where a captured phrase stands, which decides how it is read."""

    __slots__ = ("any_party", "bare_noun_ok", "before_cue", "open_left", "whole")

    def __init__(self, before_cue: bool, bare_noun_ok: bool = False, open_left: bool = False, whole: bool = False,
                 any_party: bool = False) -> None:
        self.before_cue = before_cue  # the phrase ends where the cue starts
        self.bare_noun_ok = bare_noun_ok  # a lone common noun will do (a via or listener, not a source)
        self.open_left = open_left  # the phrase opens the match: it must open a clause too
        self.whole = whole  # the pattern anchors it at the sentence start: it may not be cut
        self.any_party = any_party  # after "according to": any phrase of two words names a source
