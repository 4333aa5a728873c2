"""Checks of the {outlet}: it must be an outlet of the lexicon (or named after its description), and
not the object of a phrase before it."""

from __future__ import annotations

from attrib.engine.candidate import Candidate
from attrib.engine.checks.register import Verdict, check
from attrib.grammar import quoted
from attrib.model import Span


@check("outlet-in-phrase", "an {outlet} that opens the match belongs to a phrase before it "
                           "('a columnist for the site Pando said')")
def outlet_in_phrase(c: Candidate) -> Verdict:
    found = c.found
    if "outlet" in c.slots and found.start("outlet") == found.start() \
            and c.grammar.follows_preposition(c.sentence.text[:found.start()], c.lex):
        return f"{quoted(c.text(c.slots['outlet']))} is the object of the phrase before it"
    return None


@check("unknown-outlet", "the {outlet} is no outlet of the lexicon, nor a name after an outlet's description "
                         "('the German weekly Der Spiegel')")
def unknown_outlet(c: Candidate) -> Verdict:
    span = c.slots.get("outlet")
    if span is None:
        return None
    text = c.text(span)
    skip, found = 0, c.lex.outlets.longest_prefix(text)
    if found is None or found[0].type == "reference":  # "the website GunBroker.com" names its outlet
        described = c.grammar.outlet_after_description(text, c.lex)
        if described is not None:
            skip, found = described[0], (described[1], described[2])
    if found is None:
        return f"{quoted(text)} is not in the outlets lexicon"
    start = span.start + skip
    c.slots["outlet"] = Span(start, start + found[1])
    return None


@check("outlet-in-longer-name", "the {outlet} is only the start of a longer name ('The National Weather Service' "
                                "is no outlet 'The National')")
def outlet_in_longer_name(c: Candidate) -> Verdict:
    span = c.slots.get("outlet")
    if span is None or "outlet" not in c.found.re.groupindex:
        return None
    caught_end = c.offset + c.found.end("outlet")
    rest = c.sentence.text[span.end - c.offset:caught_end - c.offset]
    if c.grammar.longer_name_after(rest, c.lex) and not c.grammar.is_possessive(c.text(span), c.lex):
        return f"{quoted(c.text(span))} is the start of a longer name, {quoted(c.text(span) + rest.rstrip())}"
    return None
