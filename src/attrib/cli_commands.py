"""Registers the command groups that live in their own modules (one module per command group)."""
from . import (
    cli_eval,  # noqa: F401
    cli_rules,  # noqa: F401  (attrib rules ..., attrib explain)
    cli_summary,  # noqa: F401
)
