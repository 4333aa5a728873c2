"""The attrib command: thin typer commands over the library."""

from attrib.cli.app import app, main

__all__ = ["app", "main"]
