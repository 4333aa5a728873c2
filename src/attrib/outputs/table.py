"""Claims -> a readable table and the "who vouches for what" summary (rich; plain when piped)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import IO

from attrib.model import Claim
from attrib.outputs.summary import Summary, summarize
from attrib.outputs.terminal import console as make_console
from attrib.outputs.terminal import one_line

KIND_LABEL = {"named": "named", "anonymous": "anon.", "document": "document", "outlet": "outlet"}


def shorten(text: str, width: int) -> str:
    """One line (control characters escaped), cut at a word boundary with an ellipsis."""
    flat = one_line(text)
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1].rsplit(" ", 1)[0]
    return (cut if len(cut) > width // 2 else flat[: width - 1]) + "…"


def _refs(claims: Sequence[Claim], many_docs: bool) -> str:
    return ", ".join(f"{one_line(c.doc)}#{c.n}" if many_docs else f"#{c.n}" for c in claims)


def print_report(claims: Sequence[Claim], out: IO[str] | None = None, title: str | None = None,
                 width: int | None = None) -> None:
    """Print the claims table and the summary below it."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console = make_console(out, width)
    many_docs = len({c.doc for c in claims}) > 1
    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=True, expand=True, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("sentence", ratio=4, overflow="fold")
    table.add_column("source (kind)", ratio=3, overflow="fold")
    table.add_column("outlet", ratio=2, min_width=13, overflow="fold")
    table.add_column("cue, quote", ratio=2, min_width=12, overflow="fold")
    # about two lines of the sentence column: enough to recognise the sentence
    sentence_width = max(36, console.width // 2)
    for claim in claims:
        source = claim.source or ""
        if claim.source_resolved and claim.source_resolved != claim.source:
            source = f"{source} → {claim.source_resolved}"
        kind = KIND_LABEL.get(claim.source_kind or "", "")
        cue = claim.cue or ("(continues)" if claim.attributed else "")
        cells = (
            f"{one_line(claim.doc)}#{claim.n}" if many_docs else str(claim.n),
            shorten(claim.text, sentence_width),
            (one_line(source) + (f" ({kind})" if kind else "")) if claim.attributed else "—",
            one_line(claim.outlet or ""),
            one_line(f"{cue}, {claim.quote}") if claim.attributed else "",
        )  # Text, not str: a bracket in an article is not rich markup
        table.add_row(*(Text(cell) for cell in cells), style=None if claim.attributed else "dim")
    console.print(table)
    print_summary(summarize(claims), console, many_docs)


def print_summary(summary: Summary, console: object, many_docs: bool = False) -> None:
    from rich.console import Console

    assert isinstance(console, Console)
    console.print("Who vouches for what", style="bold")
    say = functools.partial(console.print, markup=False)  # names come from the article: not markup
    if summary.publishers:
        names = ", ".join(one_line(name) for name in sorted(summary.publishers))
        say(f"  published by: {names}")
    if summary.by_outlet:
        say("  outlets carrying claims:")
        for outlet, claims in sorted(summary.by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            say(f"    {one_line(outlet)}: {len(claims)} claim{'s' * (len(claims) != 1)} "
                f"({_refs(claims, many_docs)})")
    else:
        say("  no outlet carries any claim")
    if summary.without_outlet:
        say("  sources speaking without an outlet:")
        for who, claims in sorted(summary.without_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            say(f"    {one_line(who)}: {len(claims)} ({_refs(claims, many_docs)})")
    share = summary.unattributed_share
    say(f"  unattributed: {summary.unattributed} of {summary.total} sentences ({share:.0%})")
