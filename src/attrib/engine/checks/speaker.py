"""Checks of who speaks: the {source}, {via} and {listener} phrases are trimmed to a noun phrase or
refused (the grammar names why), a label must be a name, an unnamed source may not be named, and
no speaker may stand inside a quotation."""

from __future__ import annotations

from attrib.engine.candidate import Candidate
from attrib.engine.checks.register import Verdict, check
from attrib.grammar import Place, Refusal, quoted
from attrib.model import Span
from attrib.text.quotes import inside, quoted_share

#: a label's claim must be a sentence of at least this many words ("WALLACE: ...")
MIN_LABEL_CLAIM_WORDS = 3
#: a quoted claim is at least this share inside quotation marks
MIN_QUOTED_SHARE = 0.5
_PHRASE_SLOTS = ("source", "via", "listener")


def _trim(c: Candidate, name: str) -> Verdict:
    """Narrow a phrase slot to its noun phrase, or the grammar's refusal of it."""
    span = c.slots.get(name)
    if span is None:
        return None
    cue, found = c.cue, c.found
    at = found.start(name)
    place = Place(before_cue=bool(cue and span.end <= cue.start), bare_noun_ok=name != "source",
                  any_party=bool(cue and c.text(cue).lower() in c.lex.set("according")),
                  open_left=at == found.start(),
                  whole=(c.anchored and (at == 0 or c.sentence.text[:at].rstrip().endswith(",")))
                  or _right_after_claim(c, span))
    trimmed = c.grammar.trim_noun_phrase(c.sentence.text, span, c.offset, c.lex, place)
    if isinstance(trimmed, Refusal):
        return trimmed.about(name)
    c.slots[name] = trimmed
    return None


def _right_after_claim(c: Candidate, span: Span) -> bool:
    """A phrase right after the claim's comma ("…, adding that police fired back") is taken whole: cut,
    it would be a speaker inside another clause."""
    claim = c.slots.get("claim")
    if claim is None or claim.end > span.start:
        return False
    between = c.sentence.text[claim.end - c.offset:span.start - c.offset]
    return between.strip().strip("\"”’'") == "," or between.strip() == ","


def _source_to_read(c: Candidate) -> Span | None:
    """The {source} as the pattern caught it, unless it is a relative pronoun ("who", resolved later)."""
    span = c.slots.get("source")
    if span is None or c.grammar.is_relative_pronoun(c.text(span), c.lex):
        return None
    return span


@check("no-subject", "the rule takes the sentence's subject as the speaker, and the sentence has none that "
                     "can be one (source_shape: subject)", slot="source")
def no_subject(c: Candidate) -> Verdict:
    subject = c.grammar.sentence_subject(c.sentence, c.lex)
    if isinstance(subject, Refusal):
        return subject
    c.slots["source"] = subject
    return None


@check("source-phrase", "the {source} must be a noun phrase naming a party; the grammar's refusal names why "
                        "it is not (fronted-phrase, reads-as-clause, not-a-party ...)", slot="source",
       own_refusals=False)
def source_phrase(c: Candidate) -> Verdict:
    return _trim(c, "source") if _source_to_read(c) is not None else None


@check("via-phrase", "the {via} must be a noun phrase (a lone common noun will do)", slot="via",
       own_refusals=False)
def via_phrase(c: Candidate) -> Verdict:
    return _trim(c, "via")


@check("listener-phrase", "the {listener} must be a noun phrase (a lone common noun will do)", slot="listener",
       own_refusals=False)
def listener_phrase(c: Candidate) -> Verdict:
    return _trim(c, "listener")


@check("speaker-label", "a label's speaker is one to four capitalised words and what follows it a sentence "
                        "(source_shape: name)", slot="source")
def speaker_label(c: Candidate) -> Verdict:
    span = _source_to_read(c)
    if span is None:
        return None
    claim = c.slots.get("claim", span)
    if c.grammar.is_name(c.text(span), c.lex) and (
            claim.end <= span.start or len(c.text(claim).split()) >= MIN_LABEL_CLAIM_WORDS):
        return None
    return f"{quoted(c.text(span))} is no name with a sentence after it"


@check("heading-label", "a label before a colon is page furniture, not a speaker: a section heading ('ENERGY:', "
                        "'ASIA'S DAY:'), a dateline ('DUBAI: Despite ...'), a row of figures ('Gold: $2,318') or "
                        "a table's header (lexicon set heading_words)", slot="source")
def heading_label(c: Candidate) -> Verdict:
    span = _source_to_read(c)
    if span is None or not c.after(span).startswith(":"):
        return None  # a label is followed by its colon; "..., said Jane Roe" is no label
    reason = c.grammar.heading_label(c.text(span), c.after(span)[1:], c.sentence.n, c.lex)
    return None if reason is None else f"{quoted(c.text(span))} is {reason}"


def _source_of_kinds(c: Candidate, kinds: tuple[str, ...], takes: str) -> Verdict:
    """The source must be of one of `kinds` (as the grammar classifies it)."""
    span = _source_to_read(c)
    kind = c.grammar.classify_source(c.text(span), c.lex) if span is not None else kinds[0]
    if span is None or kind in kinds:
        return None
    return f"{quoted(c.text(span))} is a {kind or 'pronoun'} source, and the rule takes {takes}"


@check("unnamed-source", "the rule takes only unnamed sources: a role, an anonymity phrase or a document "
                         "(source_shape: unnamed)", slot="source")
def unnamed_source(c: Candidate) -> Verdict:
    return _source_of_kinds(c, ("anonymous", "document"), "unnamed ones")


@check("document-source", "the rule takes only documents: a phrase headed by a document noun ('the filing', "
                          "'the post'; source_shape: document)", slot="source")
def document_source(c: Candidate) -> Verdict:
    return _source_of_kinds(c, ("document",), "documents")


@check("name-in-apposition", "never refuses: an unnamed speaker followed by its name speaks as that name "
                             "('His mother, Elena Mireles, told ...')", own_refusals=False)
def name_in_apposition(c: Candidate) -> Verdict:
    named = c.grammar.name_in_apposition(c.sentence, c.slots, c.lex)
    if named is not None:
        c.slots["source"] = named
    return None


@check("negated-source", "the speaker is nobody: 'No news outlet has reported ...', 'None of the officials said' "
                         "(lexicon set negating_determiners): the claim is the writer's", slot="source")
def negated_source(c: Candidate) -> Verdict:
    span = _source_to_read(c)
    text = c.text(span) if span is not None else ""  # (no word of a set is empty)
    if (text.split() or [""])[0].lower() in c.lex.set("negating_determiners"):
        return f"{quoted(text)} names nobody: the claim is the writer's"
    return None


@check("speaker-in-quotation", "the {source}, {via} or {listener} stands inside a quotation")
def speaker_in_quotation(c: Candidate) -> Verdict:
    for name in _PHRASE_SLOTS:
        span = c.slots.get(name)
        if span and inside(c.sentence.quoted, span.start, span.end) and not _label_in_quotation(c, name, span) \
                and not _quoted_name(c, span):
            return Refusal("speaker-in-quotation", f"the {{{name}}} {quoted(c.text(span))} is inside a quotation",
                           name)
    return None


def _quoted_name(c: Candidate, span: Span) -> bool:
    """A name written in a pack's quotation marks for names ("Laut „Bild“", set quoted_name_marks): the
    marks set off a title, not somebody's words. None in English."""
    text = c.text(span).strip()
    return any(text[:1] == pair[0] and text[-1:] == pair[1] for pair in c.lex.set("quoted_name_marks")
               if len(pair) == 2) and len(text.split()) <= _QUOTED_NAME_WORDS


#: the most words of a name in quotation marks ("„Rundschau am Sonntag“")
_QUOTED_NAME_WORDS = 4


def _label_in_quotation(c: Candidate, name: str, span: Span) -> bool:
    """A transcript's label inside the quote mark that opens its paragraph: '"WALLACE: Let's start'."""
    before = c.before(span).strip()
    return name == "source" and c.after(span).startswith(":") and len(before) == 1 \
        and not before.isalnum() and c.grammar.is_name(c.text(span), c.lex)


@check("claim-not-quoted", "the rule needs a quoted claim (claim_quoted: true), and the {claim} is mostly "
                           "outside quotation marks")
def claim_not_quoted(c: Candidate) -> Verdict:
    claim = c.slots.get("claim")
    offset = c.offset
    local_quotes = tuple(Span(q.start - offset, q.end - offset) for q in c.sentence.quoted)
    if claim is None or quoted_share(local_quotes, c.sentence.text, claim.start - offset,
                                     claim.end - offset) < MIN_QUOTED_SHARE:
        return "the claim is not quoted"
    return None
