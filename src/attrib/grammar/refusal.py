"""Why a match was refused: the name of the check that refused it and a reason about this sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Refusal:
    """A check's verdict against a match: `fronted-phrase`, '"After the match" is a fronted phrase'."""

    check: str
    reason: str
    #: the slot the refusal is about ("source": a later match may start after it), if any
    slot: str | None = None

    def __str__(self) -> str:
        return f"{self.reason} [{self.check}]"


def quoted(text: str) -> str:
    """A phrase as a reason quotes it: on one line, in double quotes."""
    return '"' + " ".join(text.split()) + '"'
