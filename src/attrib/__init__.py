"""attrib: who says so, and which outlet vouches for it? Claim-by-claim attribution for news text.

    >>> import attrib
    >>> claims = attrib.analyze("The talks failed, officials said.")
    >>> claims[0].source, claims[0].source_kind
    ('officials', 'anonymous')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from attrib.version import __version__

if TYPE_CHECKING:
    from attrib.errors import AttribError, InputError, RuleError
    from attrib.model import CLAIM_FIELDS, Claim, Sentence, Span
    from attrib.pipeline import analyze
    from attrib.rulebook.ruleset import Rule, RuleSet, default_rules, load_rules
    from attrib.text.split import sentence_spans

#: each public name and the module that defines it, imported when the name is first used: importing a
#: module of the package (the command, attrib.cli) then runs nothing of the library before it asks
_HOME = {
    "AttribError": "attrib.errors", "InputError": "attrib.errors", "RuleError": "attrib.errors",
    "CLAIM_FIELDS": "attrib.model", "Claim": "attrib.model", "Sentence": "attrib.model", "Span": "attrib.model",
    "analyze": "attrib.pipeline", "Rule": "attrib.rulebook.ruleset", "RuleSet": "attrib.rulebook.ruleset",
    "default_rules": "attrib.rulebook.ruleset", "load_rules": "attrib.rulebook.ruleset",
    "sentence_spans": "attrib.text.split",
}

__all__ = [
    "CLAIM_FIELDS",
    "AttribError",
    "Claim",
    "InputError",
    "Rule",
    "RuleError",
    "RuleSet",
    "Sentence",
    "Span",
    "__version__",
    "analyze",
    "default_rules",
    "load_rules",
    "sentence_spans",
]


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'attrib' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
