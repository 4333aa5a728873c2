"""The publisher: a dateline's outlet ("WASHINGTON (Reuters) -") or a closing credit line vouches for
every claim of the article."""

from __future__ import annotations

import re

from attrib.model import Claim
from attrib.resolve.context import Context, note
from attrib.rulebook.lexicon import Lexicons

# "WASHINGTON (Reuters) -", "LONDON, Nov 27 (AFP) –", "(AP) —": a place, an optional date, the outlet
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Za-z0-9., ]{1,30})?\s*)?\((?P<outlet>[^()]{1,40})\)\s*[-–—:]"
)
#: the dateline opens the story's first paragraph of text, after a headline and a byline or date line
DATELINE_WITHIN_SENTENCES = 4

def resolve_publisher(claims: list[Claim], ctx: Context) -> None:
    """A dateline's outlet ("WASHINGTON (Reuters) -"), or a closing credit line, publishes every claim.

    The text's own credit wins over ctx.publisher (a page's site name): a wire story on a portal
    is vouched for by the wire.
    """
    if not claims:
        return
    publisher = None
    for claim in claims[:DATELINE_WITHIN_SENTENCES]:
        m = _DATELINE.match(claim.text)
        found = ctx.lexicons.outlets.lookup(m.group("outlet")) if m else None
        if found is not None:
            publisher = found.name
            break
    if publisher is None:
        publisher = _credit_line(claims[-1].text, ctx.lexicons)
    how = "article published by"
    if publisher is None and ctx.publisher:
        publisher, how = ctx.publisher, "page metadata names the publisher"
    if publisher is None:
        return
    for claim in claims:
        claim.publisher = publisher
    note(claims[0], "publisher", f"{how} {publisher}")


def _credit_line(text: str, lex: Lexicons) -> str | None:
    line = text.strip().strip(".")
    found = lex.outlets.lookup(line)
    if found is not None:
        return found.name
    lowered = line.lower()
    for phrase in sorted(lex.set("credit_phrases"), key=len, reverse=True):
        if lowered.startswith(phrase + " "):
            rest = line[len(phrase) + 1 :].split(",")[0].strip()
            hit = lex.outlets.longest_prefix(rest)
            if hit:
                return hit[0].name
    return None
