"""Plain dataclasses that flow through the pipeline: split -> match -> resolve -> report/export.

Every offset is a character offset into the original document text, never into a normalised copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

from attrib.record import FrozenRecord, Record

#: The JSON Lines / CSV contract, in its stable key order (documented in README.md).
CLAIM_FIELDS: tuple[str, ...] = (
    "doc",
    "n",
    "start",
    "end",
    "text",
    "attributed",
    "source",
    "source_resolved",
    "source_kind",
    "outlet",
    "via",
    "cue",
    "channel",
    "quote",
    "rule",
    "publisher",
    "cue_kind",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "source_entity",
    "source_name",
    "lang",
)

SOURCE_KINDS = ("named", "anonymous", "document", "outlet")
QUOTE_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) into the document text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its position in the document, its paragraph and the quoted ranges inside it."""

    n: int  # 1-based position in the document
    start: int
    end: int
    text: str
    paragraph: int
    #: ranges (document offsets) of this sentence that lie inside quotation marks
    quoted: tuple[Span, ...] = ()
    #: True when the sentence starts inside a quotation opened in an earlier sentence
    opens_inside_quote: bool = False
    #: True when a quotation is still open at the end of the sentence
    ends_inside_quote: bool = False


class Match(FrozenRecord):
    """What one rule found in one sentence: the rule id and the span of every captured slot."""

    __slots__ = ("cue_kind", "cue_text", "rule", "slots")

    def __init__(self, rule: str, slots: dict[str, Span], cue_text: str, cue_kind: str | None = None) -> None:
        self.rule = rule
        self.slots = slots
        self.cue_text = cue_text  # the cue as reported: auxiliaries kept, adverbs dropped
        self.cue_kind = cue_kind


class _SpanEdge:
    """A read-only attribute of a Claim: where the span of one of its slots starts or ends."""

    def __init__(self, slot: str, end: bool) -> None:
        self.slot, self.end = slot, end

    @overload
    def __get__(self, claim: None, owner: type) -> _SpanEdge: ...

    @overload
    def __get__(self, claim: Claim, owner: type) -> int | None: ...

    def __get__(self, claim: Claim | None, owner: type) -> _SpanEdge | int | None:
        if claim is None:
            return self
        span = claim.spans.get(self.slot)
        return None if span is None else span.end if self.end else span.start


@dataclass(slots=True)
class Claim:
    """One record per sentence, attributed or not. The exported fields are CLAIM_FIELDS."""

    doc: str
    n: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    attributed: bool = False
    source: str | None = None
    source_resolved: str | None = None
    source_kind: str | None = None
    outlet: str | None = None
    via: str | None = None
    cue: str | None = None
    channel: str | None = None
    quote: str | None = None
    rule: str | None = None
    publisher: str | None = None
    #: slot spans (document offsets) behind the fields above, for explain and highlighting
    spans: dict[str, Span] = field(default_factory=dict)
    #: the kind of cue: speech, position, belief, report, distancing ("claimed", "alleged") ...
    cue_kind: str | None = None
    #: the party the source names, as an id of the document's entity table ("e3"), and its fullest
    #: name (null for a party with no name: "a spokeswoman")
    source_entity: str | None = None
    source_name: str | None = None
    #: the language the document was read in (its pack's code: en, de, fr, es ...)
    lang: str = "en"
    #: notes left by resolvers, in order: "coreference: it -> The Russian defense ministry"
    notes: list[str] = field(default_factory=list)
    #: the document's own fields carried into every record (a JSON Lines corpus's url, date, ...)
    meta: dict[str, object] = field(default_factory=dict)

    #: document offsets where the source and the cue as written start and end (null when the sentence
    #: names none; the cue's span is its first word, as in the `cue` field)
    source_start = _SpanEdge("source", end=False)
    source_end = _SpanEdge("source", end=True)
    cue_start = _SpanEdge("cue", end=False)
    cue_end = _SpanEdge("cue", end=True)

    def as_record(self, kept: Sequence[str] = ()) -> dict[str, object]:
        """The exported record, keys in the contract's order, then the `kept` document fields."""
        record = {name: getattr(self, name) for name in CLAIM_FIELDS}
        for name in kept:
            record[name] = self.meta.get(name)
        return record


class Document(Record):
    """A document on its way through the pipeline."""

    __slots__ = ("date", "id", "publisher", "sentences", "text", "title")

    def __init__(self, id: str, text: str, sentences: list[Sentence] | None = None, publisher: str | None = None,
                 date: str | None = None, title: str | None = None) -> None:
        self.id = id
        self.text = text
        self.sentences = sentences if sentences is not None else []
        self.publisher = publisher
        #: from a web page's metadata (HTML input): publication date (YYYY-MM-DD) and headline
        self.date = date
        self.title = title
