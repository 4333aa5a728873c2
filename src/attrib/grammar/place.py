"""Where a captured phrase stands in its match, which decides how the grammar reads it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """Where a captured phrase stands, which decides how it is read."""

    before_cue: bool  # the phrase ends where the cue starts
    bare_noun_ok: bool = False  # a lone common noun will do (a via or listener, not a source)
    open_left: bool = False  # the phrase opens the match: it must open a clause too
    whole: bool = False  # the pattern anchors it at the sentence start: it may not be cut
    any_party: bool = False  # after "according to": any phrase of two words names a source
