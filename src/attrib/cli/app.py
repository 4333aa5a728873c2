"""The `attrib` command: the typer app and the explicit list of its commands.

Every command is a thin function over the library (attrib.analyze, attrib.load_rules, ...) in its
own module; this module only registers them, so importing a command module changes nothing.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from attrib.cli.cache import cache_app
from attrib.cli.common import stop_on_signals
from attrib.cli.eval import EXAMPLES as EVAL_EXAMPLES
from attrib.cli.eval import eval_command
from attrib.cli.rules import EXPLAIN_EXAMPLES, explain, rules_app
from attrib.cli.run import EXAMPLES as RUN_EXAMPLES
from attrib.cli.run import run
from attrib.cli.sources import EXAMPLES as SOURCES_EXAMPLES
from attrib.cli.sources import sources
from attrib.cli.summary import EXAMPLES as SUMMARY_EXAMPLES
from attrib.cli.summary import summarize
from attrib.version import __version__

HELP = "Who says so, and which outlet vouches for it? Claim-by-claim attribution for news text."

#: the commands, in the order `attrib --help` lists them: (name, function, epilog)
COMMANDS = (("run", run, RUN_EXAMPLES), ("explain", explain, EXPLAIN_EXAMPLES), ("eval", eval_command, EVAL_EXAMPLES),
            ("summarize", summarize, SUMMARY_EXAMPLES), ("sources", sources, SOURCES_EXAMPLES))
GROUPS = (("rules", rules_app), ("cache", cache_app))


def _print_version(value: bool) -> None:
    if value:
        print(f"attrib {__version__}")
        raise typer.Exit(0)


def _group(
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print attrib's version and exit.")] = False,
) -> None:
    """Who says so, and which outlet vouches for it? Claim-by-claim attribution for news text."""


def make_app(only: str | None = None) -> typer.Typer:
    """The attrib command with every command, or with `only` the one named (typer builds each
    registered command's options on every start, ~17 ms for all: a run needs its own)."""
    made = typer.Typer(
        name="attrib",
        help=HELP,
        no_args_is_help=True,
        add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish, PowerShell
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    made.callback(epilog="\b\nExamples:\n  attrib run story.txt\n  attrib explain story.txt --sentence 4\n"
                         "  attrib --install-completion      # tab completion in your shell")(_group)
    for name, function, epilog in COMMANDS:
        if only in (None, name):
            made.command(name, epilog=epilog)(function)
    for name, group in GROUPS:
        if only in (None, name):
            made.add_typer(group, name=name)
    return made


app = make_app()


def _app_for(argv: list[str]) -> typer.Typer:
    """The command the arguments name, alone; the whole app for anything else (help, completion, a typo)."""
    names = {name for name, _, _ in COMMANDS} | {name for name, _ in GROUPS}
    completing = any(key.startswith("_ATTRIB") and key.endswith("_COMPLETE") for key in os.environ)
    if len(argv) > 1 and argv[1] in names and not completing:
        return make_app(argv[1])
    return app


def main() -> None:
    """Console-script entry point (and `python -m attrib`: named attrib, so completion is attrib's)."""
    stop_on_signals()
    try:
        _app_for(sys.argv)(prog_name="attrib")
    except SystemExit as done:
        workers = sys.modules.get("attrib.batch.workers")
        if workers is not None and workers.abandoned:
            # a pool was left with a thread stuck on a dead worker's pipe: exit without joining it
            # (the output file and temporary files are settled already)
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        raise
