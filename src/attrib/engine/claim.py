"""Match -> Claim: the fields a rule's match gives a sentence's claim, as the slots say. Who stands
behind a possessive, a document or a description, and what a relative pronoun stands for, are the
resolvers' business (attrib.resolve)."""

from __future__ import annotations

from attrib.grammar import grammar_for
from attrib.model import Claim, Match, Sentence, Span
from attrib.rulebook.ruleset import RuleSet
from attrib.text.quotes import letters, quoted_share

#: a claim this share quoted (or more) is a direct quote
DIRECT_SHARE = 0.9


def quote_kind(sentence: Sentence, doc_text: str, slots: dict[str, Span]) -> str:
    """direct | mixed | indirect, from how much of the claim is inside quotation marks.

    The claim is the {claim} slot when the rule captures one, else the sentence minus the span
    from the first to the last attribution slot.
    """
    claim = slots.get("claim")
    if claim is not None and any(c.isalnum() for c in doc_text[claim.start:claim.end]):
        parts = [(claim.start, claim.end)]
    else:  # no claim slot, or only the full stop after '“…,” he surmised.'
        attribution = [s for name, s in slots.items() if not name.startswith("detail")]
        parts = [(sentence.start, sentence.end)]
        if attribution:
            first, last = min(s.start for s in attribution), max(s.end for s in attribution)
            parts = [(sentence.start, first), (last, sentence.end)]
    counts = [letters(doc_text, s, e) for s, e in parts]
    total = sum(counts)
    if not total:
        return "indirect"
    quoted = sum(quoted_share(sentence.quoted, doc_text, s, e) * n for (s, e), n in zip(parts, counts, strict=True))
    share = quoted / total
    if share >= DIRECT_SHARE:
        return "direct"
    return "mixed" if share > 0 else "indirect"


def flat(text: str) -> str:
    """A field value on one line: a hard wrap inside "a statement on\\nTelegram" is just a space."""
    return " ".join(text.split())


def claim_from_match(claim: Claim, sentence: Sentence, match: Match, doc_text: str, ruleset: RuleSet) -> None:
    """Fill an attributed claim's fields from its match."""
    lex = ruleset.lexicons
    rule = ruleset.get(match.rule)
    slots = match.slots
    claim.attributed = True
    claim.rule = match.rule
    claim.spans = dict(slots)
    claim.cue = flat(match.cue_text) or (rule.cue if rule else None) or None
    claim.cue_kind = match.cue_kind
    outlet_span = slots.get("outlet")
    listener = slots.get("listener")
    if outlet_span is None and listener is not None and lex.outlets.recognise(listener.slice(doc_text)) is not None:
        outlet_span = claim.spans["outlet"] = listener  # "told Reuters": the outlet heard it
    if outlet_span is not None:
        found = lex.outlets.recognise(outlet_span.slice(doc_text))
        claim.outlet = found.name if found else flat(outlet_span.slice(doc_text))
    source_span = slots.get("source") or outlet_span
    if source_span is not None:
        claim.source = flat(source_span.slice(doc_text))
        claim.spans["source"] = source_span
        forced = rule.source_kind if rule else None
        claim.source_kind = forced or ("outlet" if source_span is outlet_span
                                       else grammar_for(lex).classify_source(claim.source, lex))
    if "via" in slots:
        claim.via = flat(slots["via"].slice(doc_text))
    if "channel" in slots:
        claim.channel = flat(slots["channel"].slice(doc_text))
    claim.quote = quote_kind(sentence, doc_text, slots)
