"""The attrib command: thin typer commands over the library.

The command imports the library and typer (tens of thousands of objects, all kept) with Python's cyclic
garbage collector paused, then freezes what it imported: the collector never walks those objects again,
where it would otherwise have walked them over and over finding nothing (~10 ms of a 0.25 s start).
Only the command does this (`import attrib`, the library, leaves the collector alone).
"""

import gc

gc.disable()
try:
    import attrib.pipeline  # noqa: F401  (the library every command runs, imported with the collector paused)
    from attrib.cli.app import app, main
finally:
    gc.freeze()
    gc.enable()

__all__ = ["app", "main"]
