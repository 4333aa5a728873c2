"""The register of named checks (`CHECKS`, see register.py) and the modules that fill it: one module
a group of checks. A new check is a function with the `@check` decorator in one of them (or in a new
module imported here), and its name in the kinds that run it (engine.kinds)."""

from __future__ import annotations

from attrib.engine.checks import cue, outlet, speaker
from attrib.engine.checks.register import CHECKS, Check, check
from attrib.grammar import Grammar


def refusal_names(grammar: Grammar) -> dict[str, str]:
    """Every name a refusal can carry, with what it refuses: the engine's checks, then the grammar's
    refusals of a phrase (which the phrase checks pass on)."""
    names = {name: c.description for name, c in CHECKS.items() if c.own_refusals}
    for name, description in grammar.REFUSALS.items():
        names.setdefault(name, description)
    return names


__all__ = ["CHECKS", "Check", "check", "cue", "outlet", "refusal_names", "speaker"]
