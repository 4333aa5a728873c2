"""attrib: who says so, and which outlet vouches for it? Claim-by-claim attribution for news text.

    >>> import attrib
    >>> claims = attrib.analyze("The talks failed, officials said.")
    >>> claims[0].source, claims[0].source_kind
    ('officials', 'anonymous')
"""

from .errors import AttribError, InputError, RuleError
from .model import CLAIM_FIELDS, Claim, Sentence, Span
from .pipeline import analyze, default_rules
from .ruleset import Rule, RuleSet, load_rules
from .split import sentence_spans

__version__ = "0.1.0"

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
