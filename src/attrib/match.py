"""Sentences x compiled rules -> one Match per sentence (or none), then the Claim it implies.

Rules are tried in priority order; a sentence is only tried against a rule when it contains one word
of each of the rule's keyword sets (the cheap literal prefilter). The first match that survives the
checks (cue outside quotes, not negated, a plausible source, a known outlet) wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import Lexicons, normalize_name
from .model import Claim, Match, Sentence, Span
from .quotes import inside, quoted_share
from .ruleset import Rule, RuleSet
from .workbound import BoundHit, OverBudget, report_bound, work_budget

_WORD = re.compile(r"[\w’'-]+")
_WORD_SPAN = re.compile(r"\S+")
MAX_SOURCE_WORDS = 12
MAX_TRIES_PER_RULE = 6
#: CPU-time budget of one rule on one sentence; a rule over it is skipped there and reported
RULE_TIME_BUDGET = 0.25
#: longer "sentences" are runs of text without stops (lists, tables, dumps): not given to patterns
MAX_SENTENCE_CHARS = 5_000


def sentence_words(text: str) -> frozenset[str]:
    """The lower-cased words of a sentence, for the keyword prefilter."""
    return frozenset(_WORD.findall(text.lower()))


def candidate_rules(ruleset: RuleSet, words: frozenset[str]) -> Iterator[Rule]:
    """Rules whose every keyword set meets the sentence's words, in the order they are tried."""
    for rule in ruleset.rules:
        if all(not kw.isdisjoint(words) for kw in rule.keywords):
            yield rule


@dataclass(slots=True)
class Attempt:
    """One rule tried on one sentence, for `attrib explain`: what matched and why it was refused."""

    rule: str
    match: Match | None
    refused: str | None = None


def match_sentence(sentence: Sentence, ruleset: RuleSet, attempts: list[Attempt] | None = None) -> Match | None:
    """The first rule match that survives the checks, or None."""
    if len(sentence.text) > MAX_SENTENCE_CHARS:
        report_bound(BoundHit(sentence.n, None, f"{len(sentence.text):,} characters long; patterns are "
                              f"tried on sentences of up to {MAX_SENTENCE_CHARS:,}: {_excerpt(sentence)}"))
        return None
    words = sentence_words(sentence.text)
    for rule in candidate_rules(ruleset, words):
        try:
            with work_budget(RULE_TIME_BUDGET):
                found = try_rule(rule, sentence, ruleset.lexicons, attempts)
        except OverBudget:
            report_bound(BoundHit(sentence.n, rule.id, f"rule {rule.id} ({rule.origin}) stopped after "
                                  f"{RULE_TIME_BUDGET}s and was skipped for {_excerpt(sentence)}"))
            continue
        if found is not None:
            return found
    return None


def _excerpt(sentence: Sentence) -> str:
    text = " ".join(sentence.text[:80].split())
    return repr(text + ("…" if len(sentence.text) > 80 else ""))


def try_rule(rule: Rule, sentence: Sentence, lex: Lexicons, attempts: list[Attempt] | None = None) -> Match | None:
    assert rule.regex is not None
    text, pos = sentence.text, 0
    for _ in range(MAX_TRIES_PER_RULE):
        m = rule.regex.search(text, pos)
        if m is None:
            if attempts is not None and pos == 0:
                attempts.append(Attempt(rule.id, None, "the pattern does not match"))
            return None
        found, why = _validate(rule, m, sentence, lex)
        if attempts is not None:
            attempts.append(Attempt(rule.id, found, why))
        if found is not None:
            return found
        cue_end = m.end("cue") if "cue" in m.re.groupindex and m.group("cue") else -1
        pos = max(pos + 1, cue_end if cue_end > 0 else m.start() + 1)
        if pos >= len(text):
            return None
    return None


def _span(m: re.Match[str], name: str, offset: int) -> Span | None:
    if name not in m.re.groupindex or m.group(name) is None:
        return None
    start, end = m.span(name)
    while start < end and m.string[start].isspace():
        start += 1
    while end > start and m.string[end - 1].isspace():
        end -= 1
    return Span(offset + start, offset + end) if end > start else None


def _ends_with_phrase(prefix: str, phrases: frozenset[str]) -> bool:
    words = _WORD.findall(prefix.lower().replace("’", "'"))[-3:]
    return any(" ".join(words[i:]) in phrases for i in range(len(words)))


def _validate(rule: Rule, m: re.Match[str], sentence: Sentence, lex: Lexicons) -> tuple[Match | None, str | None]:
    offset = sentence.start
    slots: dict[str, Span] = {}
    for name in ("claim", "source", "cue", "outlet", "channel", "via", "listener", "detail"):
        span = _span(m, name, offset)
        if span is not None:
            slots[name] = span
    cue = slots.get("cue")
    if cue is not None:
        if inside(sentence.quoted, cue.start, cue.end):
            return None, "the cue is inside a quotation"
        local = cue.start - offset
        if _ends_with_phrase(sentence.text[max(0, local - 40):local], lex.set("blocked_before")):
            return None, "the cue is negated or not a report (e.g. 'did not say', 'to say')"
    for name in ("source", "via", "listener"):
        if name in slots:
            trimmed = trim_noun_phrase(sentence.text, slots[name], offset, lex, before_cue=bool(
                cue and slots[name].end <= cue.start), bare_noun_ok=name == "listener")
            if trimmed is None:
                return None, f"{{{name}}} {_doc_slice(sentence, slots[name])!r} is not a plausible noun phrase"
            slots[name] = trimmed
    if "outlet" in slots:
        outlet_text = _doc_slice(sentence, slots["outlet"])
        found = lex.outlets.longest_prefix(outlet_text)
        if found is None:
            return None, f"{outlet_text!r} is not in the outlets lexicon"
        slots["outlet"] = Span(slots["outlet"].start, slots["outlet"].start + found[1])
    for name in ("source", "via", "listener"):
        span = slots.get(name)
        if span and inside(sentence.quoted, span.start, span.end):
            return None, f"{{{name}}} is inside a quotation"
    cue_text = cue_words(_doc_slice(sentence, cue), lex) if cue else ""
    kind = lex.cue_kinds.get(cue_text.split()[-1].lower()) if cue_text else None
    if cue_text and kind is None:
        kind = lex.cue_kinds.get(cue_text.lower())
    return Match(rule=rule.id, slots=slots, cue_text=cue_text, cue_kind=kind), None


def _doc_slice(sentence: Sentence, span: Span) -> str:
    return sentence.text[span.start - sentence.start : span.end - sentence.start]


def cue_words(cue: str, lex: Lexicons) -> str:
    """The cue as reported: auxiliaries kept, adverbs dropped ("has also said" -> "has said")."""
    adverbs = lex.set("cue_adverbs")
    words = [w for w in cue.split() if w.lower() not in adverbs]
    return " ".join(words) if words else cue.strip()


def trim_noun_phrase(text: str, span: Span, offset: int, lex: Lexicons, before_cue: bool,
                     bare_noun_ok: bool = False) -> Span | None:
    """Cut a captured window down to the noun phrase next to the cue; None if it is not one.

    Before the cue the phrase ends at the cue and starts after the last clause boundary word
    (", and the Kremlin said" -> the Kremlin); after the cue it starts at the cue and ends before
    the first one ("according to officials who ..." -> officials).
    """
    local_start, local_end = span.start - offset, span.end - offset
    words = [(m.start(), m.end(), m.group())
             for m in _WORD_SPAN.finditer(text, local_start, local_end)]
    if not words:
        return None
    boundaries = lex.set("clause_boundaries")

    def key(word: str) -> str:
        return word.lower().strip(".,;:’'\"“”()").replace("’", "'")

    if before_cue:
        cut = 0
        for i, (_, _, w) in enumerate(words):
            if key(w) in boundaries and not _coordination(words, i, lex):
                cut = i + 1
        words = words[cut:]
        leading = lex.set("leading_adverbs")
        while len(words) > 1 and key(words[0][2]) in leading:
            words = words[1:]
    else:
        for i, (_, _, w) in enumerate(words):
            if i > 0 and key(w) in boundaries and key(w) not in ("of", "from", "with", "for"):
                words = words[:i]
                break
    if not words or len(words) > MAX_SOURCE_WORDS:
        return None
    if before_cue and any(key(w) in lex.set("aux") for _, _, w in words):
        return None  # "It was the first call": a verb inside means a clause, not a noun phrase
    first = key(words[0][2])
    if not before_cue:
        # after the cue the phrase is delimited by the pattern; refuse only a clause ("according to
        # what he said") or a bare article
        # "according to plan" is not a source; "according to officials" / "to reports" / "to data" are
        lone_common_noun = not bare_noun_ok and len(words) == 1 and words[0][2][:1].islower() and not (
            first in lex.set("role_nouns") or first in lex.set("personal_pronouns")
            or (first in lex.set("document_nouns") and (first.endswith("s") or first == "data")))
        ok = bool(first) and first not in boundaries and first not in lex.set("aux") \
            and first not in lex.set("cannot_start_phrase") and not lone_common_noun
        return Span(words[0][0] + offset, words[-1][1] + offset) if ok else None
    if not first or not (words[0][2][0].isupper() or words[0][2][0].isdigit() or first in lex.set("determiners")
                         or first in lex.set("personal_pronouns") or first in lex.set("role_nouns")
                         or first in lex.set("anonymity_phrases")):
        return None
    start, end = words[0][0], words[-1][1]
    while end > start and text[end - 1] in ",;:":
        end -= 1
    return Span(start + offset, end + offset)


def _coordination(words: list[tuple[int, int, str]], i: int, lex: Lexicons) -> bool:
    """True when "and" joins names inside one phrase ("both Moscow and Washington"), not two clauses."""
    if words[i][2].lower() != "and" or i == 0 or i + 1 >= len(words):
        return False
    before = [w for _, _, w in words[:i]]
    after = words[i + 1][2]
    if len(before) > 3 or not after[:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in ("both", "either") for w in before)


# --- from a match to the claim it implies -----------------------------------------------------------

def classify_source(source: str, lex: Lexicons) -> str | None:
    """named | anonymous | document | outlet; None for a pronoun (a resolver decides)."""
    norm = normalize_name(source)
    words = norm.split()
    if not words:
        return None
    if norm in lex.set("personal_pronouns"):
        return None
    if lex.outlets.lookup(source) is not None:
        return "outlet"
    if any(phrase in norm for phrase in lex.set("anonymity_phrases") if " " in phrase):
        return "anonymous"
    head = head_noun(words, lex)
    if head in lex.set("document_nouns"):
        return "document"
    has_name = any(w[:1].isupper() for w in source.split()[1:]) or (
        source[:1].isupper() and words[0] not in lex.set("determiners"))
    if head in lex.set("role_nouns") and not _name_after_role(source, lex):
        return "anonymous"
    if not has_name and head in lex.set("role_nouns"):
        return "anonymous"
    return "named"


def head_noun(words: list[str], lex: Lexicons) -> str:
    """The head of a noun phrase: the last word before its first preposition."""
    preps = lex.set("prepositions")
    head_words: list[str] = []
    for w in words:
        if head_words and w in preps:
            break
        head_words.append(w)
    return head_words[-1].strip(".,") if head_words else ""


def _name_after_role(source: str, lex: Lexicons) -> bool:
    """'White House spokesman Josh Earnest': a capitalised name follows the role noun."""
    tokens = source.replace("’", "'").split()
    roles = lex.set("role_nouns")
    for i, w in enumerate(tokens[:-1]):
        if w.lower() in roles and tokens[i + 1][:1].isupper():
            return True
    return False


def quote_kind(sentence: Sentence, doc_text: str, slots: dict[str, Span]) -> str:
    """direct | mixed | indirect, from how much of the claim is inside quotation marks.

    The claim is the {claim} slot when the rule captures one, else the sentence minus the span
    from the first to the last attribution slot.
    """
    if "claim" in slots:
        parts = [(slots["claim"].start, slots["claim"].end)]
    else:
        attribution = [s for name, s in slots.items() if name != "detail"]
        parts = [(sentence.start, sentence.end)]
        if attribution:
            first, last = min(s.start for s in attribution), max(s.end for s in attribution)
            parts = [(sentence.start, first), (last, sentence.end)]
    letters = sum(1 for s, e in parts for c in doc_text[s:e] if c.isalnum())
    if not letters:
        return "indirect"
    quoted = sum(quoted_share(sentence.quoted, doc_text, s, e) * sum(1 for c in doc_text[s:e] if c.isalnum())
                 for s, e in parts)
    share = quoted / letters
    if share >= 0.9:
        return "direct"
    return "mixed" if share > 0 else "indirect"


def flat(text: str) -> str:
    """A field value on one line: a hard wrap inside "a statement on\nTelegram" is just a space."""
    return " ".join(text.split())


def claim_from_match(claim: Claim, sentence: Sentence, match: Match, doc_text: str, ruleset: RuleSet) -> None:
    """Fill an attributed claim's fields from its match."""
    lex = ruleset.lexicons
    rule = ruleset.get(match.rule)
    slots = match.slots
    claim.attributed = True
    claim.rule = match.rule
    claim.spans = dict(slots)
    claim.cue = flat(match.cue_text) or None
    claim.cue_kind = match.cue_kind
    outlet_span = slots.get("outlet")
    listener = slots.get("listener")
    if outlet_span is None and listener is not None:
        found = lex.outlets.lookup(listener.slice(doc_text))
        if found is not None:
            outlet_span = listener
            claim.spans["outlet"] = listener
    if outlet_span is not None:
        found = lex.outlets.lookup(outlet_span.slice(doc_text))
        claim.outlet = found.name if found else flat(outlet_span.slice(doc_text))
    source_span = slots.get("source") or outlet_span
    if source_span is not None:
        claim.source = flat(source_span.slice(doc_text))
        claim.spans["source"] = source_span
        claim.source_kind = (rule.source_kind if rule and rule.source_kind else
                             ("outlet" if source_span is outlet_span else classify_source(claim.source, lex)))
    if "via" in slots:
        claim.via = flat(slots["via"].slice(doc_text))
    if "channel" in slots:
        claim.channel = flat(slots["channel"].slice(doc_text))
    claim.quote = quote_kind(sentence, doc_text, slots)
