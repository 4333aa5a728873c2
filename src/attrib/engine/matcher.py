"""Sentences x compiled rules -> one Match per sentence (or none). This module knows no language.

Rules are tried in priority order; a sentence is only tried against a rule when it contains one word
of each of the rule's keyword sets (the cheap literal prefilter, RuleSet.candidates), and from no
offset beyond where its cue can still follow (CueReach). A regex match then passes the named checks
of the rule's kind (engine.kinds, engine.checks) or is refused with a Refusal; the first match that
passes wins. A CPU-time budget guards against a user's pathological regex (engine.workbound).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from attrib.engine import detail_search
from attrib.engine.candidate import Candidate
from attrib.engine.kinds import RuleKind, kind_of
from attrib.engine.reach import CueReach
from attrib.engine.regexes import DocumentRegexes
from attrib.engine.workbound import BoundHit, OverBudget, RuleStopped, WorkGuard, report_bound
from attrib.grammar import Grammar, Refusal, grammar_for
from attrib.model import Match, Sentence
from attrib.record import Record
from attrib.rulebook.lexicon import Lexicons
from attrib.rulebook.outlet_words import OutletWords, outlet_words
from attrib.rulebook.ruleset import Rule, RuleSet

MAX_TRIES_PER_RULE = 12
#: clause starts a speaker-first rule is tried at in one sentence: each try may read to the end of the
#: sentence, so with no bound a long run of "he said, she said" costs its length squared (a news
#: sentence has a dozen)
MAX_STARTS_PER_RULE = 40
#: how often a match at one clause start is tried again with its refused cue masked
MAX_CUE_RETRIES = 2
#: what a masked cue reads as: a word no cue set holds, of the same length (offsets stay true)
_MASK = "x"
#: CPU-time budget of a user's rule on one sentence: a rule that uses it up stops the run (RuleStopped).
#: The shipped rules are not timed: their shapes are bounded (tests/hostile/test_slowest_sentence.py),
#: and a timer would make their claims depend on the machine's speed and load
RULE_TIME_BUDGET = 0.25
SHIPPED_LAYER = "shipped"
#: longer "sentences" are runs of text without stops (lists, tables, dumps): not given to patterns.
#: No sentence of the shared corpora (news in four languages) is longer than 1,500 characters, and what
#: a rule may cost grows with this (a shipped rule: under 20 ms, test_slowest_sentence)
MAX_SENTENCE_CHARS = 2_000
_EXCERPT_CHARS = 80
#: the slot the outlet check reads (engine.checks.outlet)
OUTLET_SLOT = "outlet"


def candidate_rules(ruleset: RuleSet, words: frozenset[str]) -> list[Rule]:
    """Rules whose every keyword set meets the sentence's words, in the order they are tried."""
    return ruleset.candidates(words)


class Attempt(Record):
    """One rule tried on one sentence: what matched, or the refusal of a regex match (neither: the
    pattern did not match)."""

    __slots__ = ("match", "refused", "rule")

    def __init__(self, rule: str, match: Match | None, refused: Refusal | None = None) -> None:
        self.rule = rule
        self.match = match
        self.refused = refused


#: (sentence n, refusal) of every match refused while a collector is active (`attrib eval` counts them)
_refusal_log: ContextVar[list[tuple[int, Refusal]] | None] = ContextVar("attrib_refusals", default=None)


@contextmanager
def collect_refusals() -> Iterator[list[tuple[int, Refusal]]]:
    """Collect (sentence n, refusal) of every match refused in the enclosed analysis."""
    log: list[tuple[int, Refusal]] = []
    token = _refusal_log.set(log)
    try:
        yield log
    finally:
        _refusal_log.reset(token)


class DocumentRun(Record):
    """What the sentences of one document share: the time guard, the rules' regexes and the outlet words."""

    __slots__ = ("_outlet_words", "guard", "regexes")

    def __init__(self, guard: WorkGuard, regexes: DocumentRegexes) -> None:
        self.guard = guard
        self.regexes = regexes
        self._outlet_words: OutletWords | bool | None = False  # False: not looked up yet

    @classmethod
    def of(cls, ruleset: RuleSet, text: str) -> DocumentRun:
        return cls(WorkGuard(), DocumentRegexes(ruleset, text))

    def outlet_words(self, lex: Lexicons) -> OutletWords | None:
        """rulebook.outlet_words of the lexicons, looked up once per document."""
        if self._outlet_words is False:
            self._outlet_words = outlet_words(lex)
        assert not isinstance(self._outlet_words, bool)
        return self._outlet_words


def match_sentence(sentence: Sentence, ruleset: RuleSet, attempts: list[Attempt] | None = None,
                   run: DocumentRun | None = None) -> Match | None:
    """The first rule match that survives the checks, or None. With `attempts`, every rule tried is
    recorded there (for `attrib explain`, which also tries quoted-claim rules on unquoted sentences).
    `run` is the document's (DocumentRun.of(ruleset, text)); a sentence on its own makes its own."""
    run = run or DocumentRun.of(ruleset, sentence.text)
    log = _refusal_log.get()
    if log is None or attempts is not None:
        return _match_sentence(sentence, ruleset, attempts, attempts is not None, run)
    tried: list[Attempt] = []
    try:
        return _match_sentence(sentence, ruleset, tried, False, run)
    finally:
        log.extend((sentence.n, a.refused) for a in tried if a.refused is not None)


def _match_sentence(sentence: Sentence, ruleset: RuleSet, attempts: list[Attempt] | None, explaining: bool,
                    run: DocumentRun) -> Match | None:
    if len(sentence.text) > MAX_SENTENCE_CHARS:
        report_bound(BoundHit(sentence.n, None, f"{len(sentence.text):,} characters long; patterns are "
                              f"tried on sentences of up to {MAX_SENTENCE_CHARS:,}: {_excerpt(sentence)}"))
        return None
    lex = ruleset.lexicons
    grammar = grammar_for(lex)
    sentence = grammar.lower_headline_cues(sentence, lex)
    reach = CueReach(sentence.text)
    if attempts is None:
        rules = ruleset.rules_to_try(reach.distinct_words, sentence.text, bool(sentence.quoted))
        return _first_match(sentence, lex, grammar, rules, run, reach)
    candidates = candidate_rules(ruleset, reach.words)
    if not candidates:
        return None
    tries = _Tries(sentence, lex, grammar, candidates, attempts, run, reach)
    for rule in candidates:
        kind = kind_of(rule)
        if kind.claim_quoted and not sentence.quoted and not explaining:
            continue  # its claim must be quoted and nothing here is
        found = tries.rule(rule, kind)
        if found is not None:
            return found
    return None


def _first_match(sentence: Sentence, lex: Lexicons, grammar: Grammar, rules: list[Rule], run: DocumentRun,
                 reach: CueReach) -> Match | None:
    """_match_sentence when nothing is recorded: `rules` are those a match can come from (their marks
    in the sentence, their claim quoted if it must be: RuleSet.rules_to_try); one is tried only from
    where its cue can still follow (CueReach), and not at all when it cannot. Nor is a rule that fills
    an {outlet} slot tried on a sentence that names no outlet the outlet check accepts
    (rulebook.outlet_words): only here, with no attempt recorded, so `attrib explain` and `attrib eval`
    still see such a rule's refusals."""
    # found when a rule first needs them: an earlier rule may match
    starts: list[int] | None = None
    names_outlet: bool | None = None
    for i, rule in enumerate(rules):
        limit = reach.cue_limit(rule)
        if limit < 0:
            continue
        if OUTLET_SLOT in rule.required_slots:
            if names_outlet is None:
                words = run.outlet_words(lex)
                names_outlet = words is None or words.may_name(sentence.text)
            if not names_outlet:
                continue
        kind = kind_of(rule)
        if kind.at_clause_starts and starts is None:
            # up to the furthest offset a rule tried at clause starts can match from
            until = max(reach.cue_limit(r) for r in rules[i:] if kind_of(r).at_clause_starts)
            starts = grammar.clause_starts(sentence.text, lex, until)
        regex = rule.compiled or run.regexes.regex(rule)
        if rule.origin.layer != SHIPPED_LAYER:
            found = _guarded(rule, sentence, lex, regex, kind, starts, reach, run)
        elif kind.at_clause_starts:
            found = _at_clause_starts(rule, kind, regex, sentence, lex, grammar, None, starts or [], limit)
        else:
            found = _searched(rule, kind, regex, sentence, lex, grammar, None, limit)
        if found is not None:
            return found
    return None


def _excerpt(sentence: Sentence) -> str:
    text = " ".join(sentence.text[:_EXCERPT_CHARS].split())
    return repr(text + ("…" if len(sentence.text) > _EXCERPT_CHARS else ""))


class _Tries:
    """The rules tried on one sentence with every attempt recorded (explain, eval; _first_match otherwise),
    sharing what they can: the cue reach and the clause starts."""

    __slots__ = ("attempts", "candidates", "grammar", "lex", "reach", "run", "sentence", "starts")

    def __init__(self, sentence: Sentence, lex: Lexicons, grammar: Grammar, candidates: list[Rule],
                 attempts: list[Attempt], run: DocumentRun, reach: CueReach) -> None:
        self.sentence, self.lex, self.grammar = sentence, lex, grammar
        self.candidates, self.attempts, self.run = candidates, attempts, run
        self.reach = reach
        self.starts: list[int] | None = None

    def rule(self, rule: Rule, kind: RuleKind) -> Match | None:
        if kind.at_clause_starts and self.starts is None and self.reach.limit(rule) >= 0:
            # no phrase-first rule is tried from beyond its limit
            until = max(self.reach.limit(r) for r in self.candidates if kind_of(r).at_clause_starts)
            self.starts = self.grammar.clause_starts(self.sentence.text, self.lex, until)
        # compiled before any timer is armed: how long compiling takes must decide nothing
        regex = rule.compiled or self.run.regexes.regex(rule)
        if rule.origin.layer == SHIPPED_LAYER:  # bounded by their shapes (tests/hostile/test_slowest_sentence.py)
            return try_rule(rule, self.sentence, self.lex, self.attempts, self.starts, self.reach, regex, kind)
        return _guarded(rule, self.sentence, self.lex, regex, kind, self.starts, self.reach, self.run, self.attempts)


def _guarded(rule: Rule, sentence: Sentence, lex: Lexicons, regex: re.Pattern[str], kind: RuleKind,
             starts: list[int] | None, reach: CueReach, run: DocumentRun,
             attempts: list[Attempt] | None = None) -> Match | None:
    """try_rule for a user's rule, within its CPU-time budget (its regex compiled before the timer is armed)."""
    detail_search.prepare(regex)
    try:
        with run.guard.budget(RULE_TIME_BUDGET):
            return try_rule(rule, sentence, lex, attempts, starts, reach, regex, kind)
    except OverBudget:
        raise RuleStopped(f"sentence {sentence.n}: rule {rule.id} ({rule.origin}) used more than "
                          f"{RULE_TIME_BUDGET}s of CPU on {_excerpt(sentence)} and was stopped; its "
                          "claims would depend on the machine's speed, so the run stops too (make its "
                          "pattern narrower, or disable it)") from None


def try_rule(rule: Rule, sentence: Sentence, lex: Lexicons, attempts: list[Attempt] | None = None,
             starts: list[int] | None = None, reach: CueReach | None = None,
             regex: re.Pattern[str] | None = None, kind: RuleKind | None = None) -> Match | None:
    """The first acceptable match of one rule in one sentence.

    A pattern that opens with a speaker is only tried where a clause starts (a handful of anchored
    matches instead of a search from every character); any other pattern is searched.
    """
    regex = regex or rule.regex
    assert regex is not None
    kind = kind or kind_of(rule)
    grammar = grammar_for(lex)
    limit = (reach or CueReach(sentence.text)).limit(rule)
    if kind.at_clause_starts:
        if starts is None:
            starts = grammar.clause_starts(sentence.text, lex) if limit >= 0 else []
        return _at_clause_starts(rule, kind, regex, sentence, lex, grammar, attempts, starts, limit)
    return _searched(rule, kind, regex, sentence, lex, grammar, attempts, limit)


def _at_clause_starts(rule: Rule, kind: RuleKind, regex: re.Pattern[str], sentence: Sentence, lex: Lexicons,
                      grammar: Grammar, attempts: list[Attempt] | None, starts: list[int],
                      limit: int) -> Match | None:
    text = sentence.text
    subordinate: Match | None = None
    subordinate_end = 0
    for start in starts[:MAX_STARTS_PER_RULE]:
        if start > limit:
            break  # starts ascend: no cue follows this one or any later one
        if subordinate is not None and start < subordinate_end:
            continue
        m, found = _first_accepted(rule, kind, regex, sentence, lex, grammar, attempts, start)
        if m is None or not isinstance(found, Match):
            continue
        if subordinate is None and grammar.opens_with_subordinator(text, start, lex):
            # "When the moderator pointed out ..., the candidate said ...": look for the main
            # clause's speaker after the subordinate clause's comma; keep this one as fallback
            comma = text.find(",", m.end("cue") if "cue" in m.re.groupindex else start)
            if comma > 0:
                subordinate, subordinate_end = found, comma
                continue
        return found
    if subordinate is not None:
        return subordinate
    if attempts is not None and not any(a.rule == rule.id for a in attempts):
        attempts.append(Attempt(rule.id, None))
    return None


def _first_accepted(rule: Rule, kind: RuleKind, regex: re.Pattern[str], sentence: Sentence, lex: Lexicons,
                    grammar: Grammar, attempts: list[Attempt] | None,
                    start: int) -> tuple[re.Match[str] | None, Match | Refusal | None]:
    """The match at a clause start and its verdict. A match refused for its cue ("refugee | advocates
    say": the noun, not the verb) is tried again with that cue masked, so a later cue of the same
    clause can be the one ("refugee advocates | say"); offsets stay those of the sentence."""
    text = sentence.text
    m: re.Match[str] | None = None
    found: Match | Refusal | None = None
    for _ in range(MAX_CUE_RETRIES + 1):
        m = regex.match(text, start)
        if m is None:
            return m, found
        found = validate(rule.id, kind, m, sentence, lex, grammar)
        if attempts is not None:
            attempts.append(_attempt(rule.id, found))
        cue = m.span("cue") if "cue" in m.re.groupindex and m.group("cue") else None
        if isinstance(found, Match) or found.slot == "source" or cue is None:
            return m, found
        text = text[:cue[0]] + _MASK * (cue[1] - cue[0]) + text[cue[1]:]
    return m, found


def _searched(rule: Rule, kind: RuleKind, regex: re.Pattern[str], sentence: Sentence, lex: Lexicons,
              grammar: Grammar, attempts: list[Attempt] | None, limit: int) -> Match | None:
    text = sentence.text
    pos = 0
    for _ in range(MAX_TRIES_PER_RULE):
        m = detail_search.search(regex, text, pos) if pos <= limit else None
        if m is None:
            if attempts is not None and pos == 0:
                attempts.append(Attempt(rule.id, None))
            return None
        found = validate(rule.id, kind, m, sentence, lex, grammar)
        if attempts is not None:
            attempts.append(_attempt(rule.id, found))
        if isinstance(found, Match):
            return found
        # a refused source may start later ("In 2016, Trump, ..., said"): retry from the next
        # position; any other refusal is about this cue, so retry after it
        cue_end = m.end("cue") if "cue" in m.re.groupindex and m.group("cue") else -1
        pos = max(pos + 1, m.start() + 1 if found.slot == "source" or cue_end < 0 else cue_end)
        if pos >= len(text):
            return None
    return None


def _attempt(rule_id: str, found: Match | Refusal) -> Attempt:
    return Attempt(rule_id, found, None) if isinstance(found, Match) else Attempt(rule_id, None, found)


def validate(rule_id: str, kind: RuleKind, m: re.Match[str], sentence: Sentence, lex: Lexicons,
             grammar: Grammar) -> Match | Refusal:
    """A regex match through the checks of its rule's kind: the Match, or the first refusal."""
    candidate = Candidate.of(rule_id, m, sentence, lex, grammar, kind.anchored)
    for check in kind.checks:
        verdict = check.run(candidate)  # Check.__call__, without its call on the way
        if verdict is not None:
            return check.refusal(verdict)
    return candidate.match()
