"""The register of named checks. A check is a small function of a Candidate that returns why the
match is refused (a reason, or a Refusal from the grammar with its own name) or None; it may narrow
the candidate's slots on the way (a noun phrase trimmed to its speaker). Which checks a rule runs,
and in what order, is its kind's business (engine.kinds)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from attrib.engine.candidate import Candidate
from attrib.grammar import Refusal

Verdict = str | Refusal | None
CheckFunction = Callable[[Candidate], Verdict]


class Check(NamedTuple):
    """A named check: its function, what it refuses (for the docs and `attrib eval`), the slot its
    refusals are about (a refused {source} may start later in the sentence), and whether it refuses
    under its own name (a phrase step passes on the grammar's refusals, which carry their own)."""

    name: str
    description: str
    run: CheckFunction
    slot: str | None = None
    own_refusals: bool = True

    def __call__(self, candidate: Candidate) -> Refusal | None:
        verdict = self.run(candidate)
        return None if verdict is None else self.refusal(verdict)

    def refusal(self, verdict: str | Refusal) -> Refusal:
        """The refusal a verdict of this check's function stands for."""
        if isinstance(verdict, str):
            return Refusal(self.name, verdict, self.slot)
        return verdict if verdict.slot is not None or self.slot is None else verdict.about(self.slot)


CHECKS: dict[str, Check] = {}


def check(name: str, description: str, slot: str | None = None,
          own_refusals: bool = True) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under its name (a decorator)."""

    def register(run: CheckFunction) -> CheckFunction:
        if name in CHECKS:
            raise ValueError(f"check {name!r} is registered twice")
        CHECKS[name] = Check(name, description, run, slot, own_refusals)
        return run

    return register
