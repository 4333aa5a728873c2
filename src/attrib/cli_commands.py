"""Registers the command groups that live in their own modules (one module per command group)."""
from . import cli_summary  # noqa: F401
