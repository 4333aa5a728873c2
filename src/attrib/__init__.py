"""attrib: who says so, and which outlet vouches for it? Claim-by-claim attribution for news text.

    >>> import attrib
    >>> claims = attrib.analyze("The talks failed, officials said.")
    >>> claims[0].source, claims[0].source_kind
    ('officials', 'anonymous')
"""

from attrib.errors import AttribError, InputError, RuleError
from attrib.model import CLAIM_FIELDS, Claim, Sentence, Span
from attrib.pipeline import analyze
from attrib.rulebook.ruleset import Rule, RuleSet, default_rules, load_rules
from attrib.text.split import sentence_spans
from attrib.version import __version__

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
