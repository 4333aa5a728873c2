"""Registers the command groups that live in their own modules (one module per command group)."""
from . import cli_rules  # noqa: F401  (attrib rules ..., attrib explain)
