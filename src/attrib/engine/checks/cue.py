"""Checks of the cue: where it stands and what the words around it make of it."""

from __future__ import annotations

from collections.abc import Callable

from attrib.engine.candidate import Candidate
from attrib.engine.checks.register import check
from attrib.grammar import quoted
from attrib.model import Span
from attrib.text.quotes import inside

#: the marks that close a quoted claim before its speaker ('"...," he added')
_QUOTE_CLOSERS = ("\"", "”", "’", "'")
#: the slots that name who speaks and how, where the attribution opens
_SPEAKER_SLOTS = frozenset({"source", "cue", "outlet", "via", "listener", "channel"})
#: how far before the cue (in characters) a negation is looked for
NEGATION_REACH = 40


@check("cue-in-quotation", "the cue stands inside a quotation: the quoted person says it, nobody reports it")
def cue_in_quotation(c: Candidate) -> str | None:
    cue = c.cue
    if cue is not None and inside(c.sentence.quoted, cue.start, cue.end) and not _incise(c, cue):
        return f"the cue {quoted(c.text(cue))} is inside a quotation"
    return None


def _incise(c: Candidate, cue: Span) -> bool:
    """An inverted cue set off by commas inside the quotation it reports: French keeps the incise
    within the quotation marks ("« Moi, dit-il, j'ai l'impression … »"; set subject_inverted)."""
    before = c.before(cue).rstrip()
    return before.endswith(",") and c.after(cue).lstrip().startswith(",") \
        and c.text(cue).lower() in c.lex.set("subject_inverted")


@check("cue-negated", "words right before the cue cancel it or make it no report: 'did not say', 'to say' "
                      "(lexicon set blocked_before)")
def cue_negated(c: Candidate) -> str | None:
    cue = c.cue
    if cue is None:
        return None
    local = cue.start - c.offset
    phrase = c.grammar.negating_phrase(c.sentence.text[max(0, local - NEGATION_REACH):local], c.lex)
    return None if phrase is None else f"{quoted(phrase)} before the cue negates it or makes it no report"


@check("passive-cue", "a passive cue reports nobody's claim: 'he was told', 'visas were denied' "
                      "(but 'It was reported that ...' is attributed, to nobody named)", slot=None)
def passive_cue(c: Candidate) -> str | None:
    cue = c.cue
    if cue is None or not c.grammar.is_passive(c.text(cue), c.lex) or _agent_speaks(c):
        return None
    source = c.slots.get("source")
    subject = c.text(source) if source is not None else None
    if not c.grammar.impersonal_report(subject, c.after(cue).lstrip().lower(), c.lex):
        return f"the cue {quoted(c.text(cue))} is passive: nobody speaks"
    c.slots.pop("source", None)  # "It was reported that ...": attributed, but nobody is named
    return None


def _agent_speaks(c: Candidate) -> bool:
    """The {source} is the agent right after the cue: "was first reported by the Courier"."""
    cue, source = c.cue, c.slots.get("source")
    if cue is None or source is None or source.start < cue.end:
        return False
    between = c.sentence.text[cue.end - c.offset:source.start - c.offset].split()
    return len(between) == 1 and between[0].lower() in c.lex.set("agent_markers")


def _after_cue(c: Candidate) -> str:
    """The text after the cue, or nothing when the claim came before it."""
    cue = c.cue
    assert cue is not None
    claim = c.slots.get("claim")
    return "" if claim is not None and claim.end <= cue.start else c.after(cue)


def _describes(c: Candidate, test: Callable[[str], bool], what: str) -> str | None:
    """Refused, saying `what`, when `test` holds of the text after the cue (nothing when the claim
    came before it)."""
    return f"{quoted(c.cue_text)} {what}" if c.cue is not None and test(_after_cue(c)) else None


@check("request-not-claim", "a request reports an act, not a claim ('asking the government to act'), "
                            "unless it asks a question or a quotation follows")
def request_not_claim(c: Candidate) -> str | None:
    return _describes(c, lambda after: c.grammar.request_without_question(c.cue_kind, after, c.lex),
                      "asks for an act, not a claim")


@check("action-before-to", "a cue verb before 'to' reports nothing: 'continued to treat her' "
                           "(lexicon set actions_before_to)")
def action_before_to(c: Candidate) -> str | None:
    return _describes(c, lambda after: c.grammar.action_before_to(c.cue_text, after, c.lex),
                      "before 'to' is an action, not a report")


@check("participle-by", "a participle before 'by' describes, nobody speaks: 'a condition characterized by'")
def participle_by(c: Candidate) -> str | None:
    return _describes(c, lambda after: not _agent_speaks(c) and c.grammar.participle_before_agent(
        c.cue_text, after, c.lex), "before 'by' describes, nobody speaks")


@check("participle-modifier", "a cue's past participle right before its object's preposition describes a noun: "
                              "'a bombing blamed on militants', 'a man accused of fraud' (participle_modifiers)")
def participle_modifier(c: Candidate) -> str | None:
    before = c.before(c.cue).split()[-1:] if c.cue is not None else []
    if not before or not before[0][:1].islower():
        return None  # "an explosion that Mayor Bill de Blasio described as ...": the name is the subject
    if c.cue is not None and c.grammar.participle_modifier(c.cue_text, _after_cue(c), c.lex):
        return f"{quoted(c.cue_text)} describes the noun before it, nobody speaks"
    return None


@check("naming-participle", "a naming participle after a common noun gives its name, nobody speaks: 'a group "
                             "called Ginbot 7', 'a party called Anti-Prom' (lexicon set naming_participles)")
def naming_participle(c: Candidate) -> str | None:
    if c.cue is None:
        return None
    before = c.before(c.cue)
    if c.grammar.naming_participle(before, c.cue_text, _after_cue(c), c.lex):
        return f"{quoted(c.cue_text)} names the noun before it, nobody speaks"
    return None


@check("state-not-view", "a verb of finding or feeling before a reflexive pronoun, a participle or an intensifier "
                          "describes a state, it reports no view: 'found himself in trouble', 'felt blindsided' "
                          "(lexicon sets state_verbs, feeling_verbs, reflexive_pronouns)")
def state_not_view(c: Candidate) -> str | None:
    return _describes(c, lambda after: c.grammar.state_not_view(c.cue_text, after, c.lex),
                      "describes its subject's state, it reports no view")


@check("belief-before-to", "a belief verb before 'to' describes, it reports nobody's view: 'both considered to be'")
def belief_before_to(c: Candidate) -> str | None:
    return _describes(c, lambda after: c.grammar.belief_before_to(c.cue_text, c.cue_kind, after, c.lex),
                      "before 'to' describes, it reports nobody's view")


@check("no-content", "a cue verb that reports only what follows it as a clause, a quotation or a colon has "
                     "none: 'posted the video after waiting', 'Economy adds 90,000 jobs' (lexicon set "
                     "cues_needing_content); nor does a cue whose particle makes another verb: 'showed up at "
                     "the rally' (other_sense_phrasals)")
def no_content(c: Candidate) -> str | None:
    opening = min((span.start for name, span in c.slots.items() if name in _SPEAKER_SLOTS), default=c.offset)
    before = c.sentence.text[:opening - c.offset].rstrip()
    if before.endswith(_QUOTE_CLOSERS) or before.lower().endswith(", as") or (
            before.rstrip("\"”’'").endswith((",", "?", "!")) and c.grammar.holds_verb(before, c.lex)):
        # '"The summit accomplished too little," he added on Twitter.', '..., as police have said.'
        return None  # the content came first
    claim = c.slots.get("claim")
    if c.cue is not None and claim is not None and claim.start >= c.cue.end \
            and not any(ch.isalnum() for ch in c.text(claim)) and not c.text(claim).rstrip().endswith((":", ",")):
        # "The firm lowered its profit forecast." (but "Rathbun stated," introduces what follows)
        return f"nothing is reported after {quoted(c.cue_text)}"
    if c.cue is not None and c.grammar.content_missing(c.cue_text, _after_cue(c), c.lex):
        return f"{quoted(c.cue_text)} is followed by no reported content"
    return None


@check("noun-cue", "a cue form that is also a common noun reads as the noun: after a determiner or possessive "
                   "('the report', 'his remarks'), or before a verb, an auxiliary or a preposition ('No credible "
                   "reports support the rumor', 'The next jobs report is due'), or before a role noun ('press "
                   "secretary'; lexicon set noun_like_cues)")
def noun_cue(c: Candidate) -> str | None:
    cue = c.cue
    if cue is None:
        return None
    before = c.before(cue)
    if c.grammar.cue_reads_as_noun(c.text(cue), before, _after_cue(c), c.lex) \
            or c.grammar.cue_before_role(c.text(cue), c.after(cue), c.lex):
        return f"{quoted(c.text(cue))} reads as a noun here"
    return None


@check("speech-cue", "never refuses: a stance or request cue gives way to the speech cue of the same subject "
                     "after it ('criticized the prime minister, saying ...' -> saying; 'praised ... and said' "
                     "-> said)", own_refusals=False)
def speech_cue(c: Candidate) -> str | None:
    cue = c.cue
    if cue is None or (c.cue_text.split() or [""])[-1].lower() not in c.lex.set("yielding_cues"):
        return None
    local = cue.end - c.offset
    found = c.grammar.later_speech_cue(c.sentence.text, local, c.lex)
    if found is not None and not inside(c.sentence.quoted, c.offset + found[0], c.offset + found[1]):
        c.slots["cue"] = Span(c.offset + found[0], c.offset + found[1])
        c.forget_cue()
    return None
