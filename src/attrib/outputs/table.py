"""Claims -> a readable table and the "who vouches for what" summary (rich; plain when piped)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from attrib.model import Claim
from attrib.outputs.summary import Summary, summarize

KIND_LABEL = {"named": "named", "anonymous": "anon.", "document": "document", "outlet": "outlet"}


def shorten(text: str, width: int) -> str:
    """One line, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1].rsplit(" ", 1)[0]
    return (cut if len(cut) > width // 2 else flat[: width - 1]) + "…"


def _refs(claims: Sequence[Claim], many_docs: bool) -> str:
    return ", ".join(f"{c.doc}#{c.n}" if many_docs else f"#{c.n}" for c in claims)


def print_report(claims: Sequence[Claim], out: IO[str] | None = None, title: str | None = None,
                 width: int | None = None) -> None:
    """Print the claims table and the summary below it."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=width, highlight=False, soft_wrap=False)
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
        table.add_row(
            f"{claim.doc}#{claim.n}" if many_docs else str(claim.n),
            shorten(claim.text, sentence_width),
            (" ".join(source.split()) + (f" ({kind})" if kind else "")) if claim.attributed else "—",
            claim.outlet or "",
            f"{cue}, {claim.quote}" if claim.attributed else "",
            style=None if claim.attributed else "dim",
        )
    console.print(table)
    print_summary(summarize(claims), console, many_docs)


def print_summary(summary: Summary, console: object, many_docs: bool = False) -> None:
    from rich.console import Console

    assert isinstance(console, Console)
    console.print("[bold]Who vouches for what[/bold]")
    if summary.publishers:
        names = ", ".join(sorted(summary.publishers))
        console.print(f"  published by: {names}")
    if summary.by_outlet:
        console.print("  outlets carrying claims:")
        for outlet, claims in sorted(summary.by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            console.print(f"    {outlet}: {len(claims)} claim{'s' * (len(claims) != 1)} "
                          f"({_refs(claims, many_docs)})")
    else:
        console.print("  no outlet carries any claim")
    if summary.without_outlet:
        console.print("  sources speaking without an outlet:")
        for who, claims in sorted(summary.without_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            console.print(f"    {' '.join(who.split())}: {len(claims)} ({_refs(claims, many_docs)})")
    share = summary.unattributed_share
    console.print(f"  unattributed: {summary.unattributed} of {summary.total} sentences ({share:.0%})")
