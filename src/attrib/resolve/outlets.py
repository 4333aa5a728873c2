"""Outlet references ("the paper", "the Times" -> the outlet named earlier) and coordinated outlets
("The Wall Street Journal and the Financial Times reported" -> the first, the other noted)."""

from __future__ import annotations

from attrib.model import Claim, Span
from attrib.resolve.context import Context, note
from attrib.rulebook.lexicon import OutletIndex


def resolve_outlet_references(claims: list[Claim], ctx: Context) -> None:
    """"the paper", "the agency", "the Times" -> the outlet of that kind named earlier in the article."""
    index = ctx.lexicons.outlets
    named: list[str] = []
    for claim in claims:
        if claim.outlet is not None and index.recognise(claim.outlet) is not None:
            named.append(claim.outlet)
            continue
        if claim.outlet is None:
            continue
        key = index.key(claim.outlet)
        candidates = index.short_forms.get(key)
        target = None
        if candidates:
            target = next((n for n in reversed(named) if any(c.name == n for c in candidates)),
                          candidates[0].name)
        elif key in index.generic:
            types = index.generic[key]
            # an outlet the lexicon does not list ("the Northfield Gazette") is of any type
            target = next((n for n in reversed(named)
                           if (o := index.recognise(n)) is not None and (o.type in types or o.type == "unknown")),
                          None)
        if target is None:
            continue
        written = claim.outlet
        claim.outlet = target
        if claim.source_kind == "outlet" and claim.source and index.key(claim.source) == key:
            claim.source_resolved = target
        note(claim, "outlet reference", f"{written} -> {target}")
        named.append(target)


#: the longest outlet name read back from "... and", in words
_MAX_OUTLET_WORDS = 6


def resolve_coordinated_outlets(claims: list[Claim], ctx: Context) -> None:
    """"The Wall Street Journal and the Financial Times reported ...": the claim's outlet is the first
    outlet named and its source the whole coordination; the other outlet is an alternative, noted on
    the claim (the record has one outlet)."""
    index = ctx.lexicons.outlets
    coordinators = ctx.lexicons.set("coordinators")
    for claim in claims:
        span = claim.spans.get("outlet")
        if not claim.attributed or span is None or claim.outlet is None:
            continue
        words = ctx.text[claim.start:span.start].split()
        if len(words) < 2 or words[-1].lower() not in coordinators:
            continue
        first = _outlet_ending(words[:-1], index)
        if first is None:
            continue
        name, written = first
        second = claim.outlet
        start = ctx.text.rfind(written, claim.start, span.start)
        claim.outlet, claim.spans["outlet"] = name, Span(start, start + len(written))
        if claim.source_kind == "outlet" and claim.spans.get("source") == span:
            claim.spans["source"] = Span(start, span.end)
            claim.source = " ".join(ctx.text[start:span.end].split())
            claim.source_resolved = None
        note(claim, "coordinated outlets", f"{written} and {second}: outlet {name}, also {second}")


def _outlet_ending(words: list[str], index: OutletIndex) -> tuple[str, str] | None:
    """The listed outlet named by the last words, as (its name, the words): "... The Wall Street Journal"."""
    for count in range(min(_MAX_OUTLET_WORDS, len(words)), 0, -1):
        written = " ".join(words[-count:])
        if written[-1:] in ",;:" or not written[:1].isupper():
            continue
        found = index.lookup(written)
        if found is not None and (count == len(words) or words[-count - 1][-1:] in ",;:(“\"—–"):
            return found.name, written
    return None
