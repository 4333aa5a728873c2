"""The `attrib` command: the typer app and the explicit list of its commands.

Every command is a thin function over the library (attrib.analyze, attrib.load_rules, ...) in its
own module; this module only registers them, so importing a command module changes nothing.
"""

from __future__ import annotations

import typer

from attrib.cli.eval import eval_command
from attrib.cli.rules import explain, rules_app
from attrib.cli.run import run
from attrib.cli.summary import summarize

HELP = "Who says so, and which outlet vouches for it? Claim-by-claim attribution for news text."

app = typer.Typer(
    name="attrib",
    help=HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _group() -> None:
    """Who says so, and which outlet vouches for it? Claim-by-claim attribution for news text."""


app.command()(run)
app.command()(explain)
app.command("eval")(eval_command)
app.command()(summarize)
app.add_typer(rules_app, name="rules")


def main() -> None:
    """Console-script entry point."""
    app()
