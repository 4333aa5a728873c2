"""What every resolver gets and shares: the document's context, notes, and one way to hand a
speaker's attribution to another claim or to clear a claim's."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from attrib.grammar import Grammar, grammar_for
from attrib.model import Claim, Sentence
from attrib.record import Record
from attrib.resolve.entities import EntityTable
from attrib.rulebook.lexicon import Lexicons


class Context(Record):
    __slots__ = ("entities", "lexicons", "paragraph_rules", "publisher", "sentences", "source_kinds", "text")

    def __init__(self, text: str, sentences: list[Sentence], lexicons: Lexicons,
                 paragraph_rules: frozenset[str] = frozenset(), publisher: str | None = None,
                 source_kinds: Mapping[str, str] | None = None, entities: EntityTable | None = None) -> None:
        self.text, self.sentences, self.lexicons = text, sentences, lexicons
        #: ids of the rules whose speaker holds the rest of the paragraph (`continues: paragraph`)
        self.paragraph_rules = paragraph_rules
        #: the publisher known from outside the text (a web page's site name), used when the text shows none
        self.publisher = publisher
        #: rule id -> the source kind the rule forces (`source_kind:`), for rules that force one
        self.source_kinds = source_kinds if source_kinds is not None else {}
        #: the document's entity table, once coreference has built it
        self.entities = entities

    @property
    def grammar(self) -> Grammar:
        return grammar_for(self.lexicons)


Resolver = Callable[[list[Claim], Context], None]


def note(claim: Claim, resolver: str, what: str) -> None:
    """Every change a resolver makes is noted on the claim: "coreference: it -> the ministry"."""
    claim.notes.append(f"{resolver}: {what}")


def inherit(claim: Claim, speaker: Claim, rule: str | None, quote: str | None, with_cue: bool = False) -> None:
    """The claim is attributed as the speaker's: same source, outlet and via; its cue and channel
    too when `with_cue` (a colon introduction), else none (a quotation's later sentences)."""
    claim.attributed = True
    claim.source, claim.source_resolved = speaker.source, speaker.source_resolved
    claim.source_entity, claim.source_name = speaker.source_entity, speaker.source_name
    claim.source_kind, claim.outlet, claim.via = speaker.source_kind, speaker.outlet, speaker.via
    claim.cue, claim.channel, claim.cue_kind = (speaker.cue, speaker.channel, speaker.cue_kind) if with_cue \
        else (None, None, None)
    claim.rule, claim.quote = rule, quote


def clear(claim: Claim) -> None:
    """The claim is no attribution after all."""
    claim.attributed = False
    claim.source = claim.source_resolved = claim.source_kind = claim.outlet = claim.via = None
    claim.source_entity = claim.source_name = None
    claim.cue = claim.channel = claim.quote = claim.rule = claim.cue_kind = None
    claim.spans = {}
