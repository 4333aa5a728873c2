"""`attrib cache info` and `attrib cache clear`: the cache folder of parsed rule files and phrase regexes."""

from __future__ import annotations

import typer

from attrib.cli.common import examples, guarded

EXAMPLES = examples("attrib cache info", "attrib cache clear")

cache_app = typer.Typer(help="The cache folder: parsed rule files and regexes, rebuilt whenever needed.",
                        no_args_is_help=True, epilog=EXAMPLES)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB"


@cache_app.command("info", epilog=examples("attrib cache info"))
def cache_info() -> None:
    """Where the cache folder is, how much it holds, and its size cap."""
    with guarded():
        from attrib.rulebook import cache

        found = cache.info()
        state = "" if cache.caching() else " (off: ATTRIB_NO_CACHE is set)"
        print(f"cache folder: {found.path}{state}")
        print(f"{found.files} files, {_size(found.size)} (capped at {_size(cache.MAX_CACHE_BYTES)})")
        for kind, (files, size) in sorted(found.by_kind.items()):
            print(f"  {kind}: {files} files, {_size(size)}")


@cache_app.command("clear", epilog=examples("attrib cache clear"))
def cache_clear() -> None:
    """Remove every file of the cache folder (attrib rebuilds what it needs on its next run)."""
    with guarded():
        from attrib.rulebook import cache

        removed = cache.clear()
        print(f"removed {removed.files} files, {_size(removed.size)} from {removed.path}")
