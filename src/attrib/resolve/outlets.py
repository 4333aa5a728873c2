"""Outlet references: "the paper", "the agency", "the Times" -> the outlet of that kind named earlier."""

from __future__ import annotations

from attrib.model import Claim
from attrib.resolve.context import Context, note
from attrib.rulebook.lexicon import normalize_name


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
        key = normalize_name(claim.outlet)
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
        if claim.source_kind == "outlet" and claim.source and normalize_name(claim.source) == key:
            claim.source_resolved = target
        note(claim, "outlet reference", f"{written} -> {target}")
        named.append(target)
