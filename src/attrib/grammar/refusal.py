"""Why a match was refused: the name of the check that refused it and a reason about this sentence."""

from __future__ import annotations

from attrib.record import FrozenRecord


class Refusal(FrozenRecord):
    """A check's verdict against a match: `fronted-phrase`, '"After the match" is a fronted phrase'."""

    __slots__ = ("check", "reason", "slot")

    def __init__(self, check: str, reason: str, slot: str | None = None) -> None:
        self.check = check
        self.reason = reason
        #: the slot the refusal is about ("source": a later match may start after it), if any
        self.slot = slot

    def __str__(self) -> str:
        return f"{self.reason} [{self.check}]"

    def about(self, slot: str) -> Refusal:
        """The same refusal, about `slot`."""
        return Refusal(self.check, self.reason, slot)


def quoted(text: str) -> str:
    """A phrase as a reason quotes it: on one line, in double quotes."""
    return '"' + " ".join(text.split()) + '"'
